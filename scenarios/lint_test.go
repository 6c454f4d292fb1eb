package scenarios

import (
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestLintGolden lints the bad example files and compares every problem,
// with its position, against testdata/lint.golden.
func TestLintGolden(t *testing.T) {
	problems := LintPaths([]string{"testdata/lint", "testdata/lint/dup1", "testdata/lint/dup2"})
	var b strings.Builder
	for _, p := range problems {
		b.WriteString(p.String())
		b.WriteString("\n")
	}
	golden := filepath.Join("testdata", "lint.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./scenarios -run TestLintGolden -update)", err)
	}
	if b.String() != string(want) {
		t.Errorf("lint output differs from %s (rerun with -update after checking):\n--- got\n%s--- want\n%s", golden, b.String(), want)
	}
}

// TestLintCases checks single problems and their positions.
func TestLintCases(t *testing.T) {
	const head = "id: x\npersona: confused\ntitle: t\nsummary: s\ncase: consultation\nstance: reasonable\nowner: 县社保中心\ngoal: 问个事\nopening: [\"同志,问个事。\"]\n"
	tests := []struct {
		name, yaml string
		want       []string // each must start a problem line
	}{
		{"clean", head, nil},
		{"unknown fields, all of them", head + "colour: red\nvisitor:\n  name: 甲\n  nmae: 乙\n",
			[]string{"x.yaml:10:1: unknown field \"colour\"", "x.yaml:13:3: unknown field \"nmae\""}},
		{"unknown case", strings.Replace(head, "consultation", "roads", 1),
			[]string{"x.yaml:5:7: unknown case \"roads\": choose one of land_contract, demolition, pension, heating, wages, dibao, sent_down, neighbour, litigation, other_office, consultation, property, medical, education, other"}},
		{"one-character ask word", head + "facts:\n  - id: f\n    text: 秘密\n    hidden: true\n    ask: [钱, 存款]\n    min_trust: 40\n",
			[]string{"x.yaml:14:11: facts[0].ask[0]: ask word \"钱\" is one character and matches almost any line; use two characters or more"}},
		{"unreachable fact", head + "facts:\n  - id: f\n    text: 秘密\n    hidden: true\n    ask: [存款]\n    min_trust: 91\n",
			[]string{"x.yaml:15:16: facts[0]: min_trust 91 is above 90: the fact practically never comes out"}},
		{"demand without keys", head + "demands:\n  - id: d\n    text: 要钱\n",
			[]string{"x.yaml:11:5: demands[0]: a demand needs keys (2–5 words a restatement would use)"}},
		{"unknown slot", head + "story:\n  - \"我叫{nmae}。\"\n",
			[]string{"x.yaml:11:5: story[0]: unknown slot {nmae}; known slots: {name} {age} {home} {office} {date} {goal} {owner} {missing} {fact} {said} {key}"}},
		{"long story beat", head + "story:\n  - \"" + strings.Repeat("很长", 101) + "\"\n",
			[]string{"x.yaml:11:5: story[0]: a story beat of 202 characters is too long (at most 200); split it"}},
		{"unknown intent from Validate", head + "lines:\n  shout: [\"啊\"]\n",
			[]string{"x.yaml:11:3: lines: unknown intent \"shout\""}},
		{"test expectations", head + "tests:\n  - name: t\n    lines: [\"您好\"]\n    expect:\n      ending: happy\n      stages: {greeting: {min: 1}}\n      violations: [swear]\n",
			[]string{
				"x.yaml:14:15: tests[0].expect.ending: unknown ending \"happy\"; one of satisfied, agreed_date, storm_out, escalate, open",
				"x.yaml:15:16: tests[0].expect.stages: unknown stage \"greeting\"; one of introduction, first_talk, listening, presentation, summary, coordination",
				"x.yaml:16:20: tests[0].expect.violations: unknown violation code \"swear\"; one of rude, false_promise, buck_passing, confront, buy_peace, officialese, accept_gift, inconsistent",
			}},
		{"type error", head + "visitor:\n  age: old\n", []string{"x.yaml:11:8: cannot unmarshal string"}},
		{"second document", head + "---\nid: y\n", []string{"x.yaml:10:1: only one scenario per file: a second YAML document starts here"}},
		{"binary", "id: x\x00", []string{"x.yaml:1:1: not a UTF-8 text file"}},
		{"not UTF-8", "id: \xb2\xe2\n", []string{"x.yaml:1:1: not a UTF-8 text file"}},
		{"empty", "\n \n", []string{"x.yaml:1:1: file is empty"}},
		{"oversized", "id: x\n#" + strings.Repeat("a", MaxFileSize), []string{"x.yaml:1:1: file is larger than 1048576 bytes"}},
		{"voice file", "persona: confused\nlines:\n  greet: [\"你好\"]\n  yell: [\"啊\"]\n", []string{"x.yaml:4:3: unknown intent \"yell\""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range Lint("x.yaml", []byte(tt.yaml)) {
				got = append(got, p.String())
			}
			if tt.want == nil && len(got) > 0 {
				t.Fatalf("want no problems, got:\n%s", strings.Join(got, "\n"))
			}
			for _, w := range tt.want {
				if !hasPrefix(got, w) {
					t.Errorf("missing problem\n  %s\ngot:\n  %s", w, strings.Join(got, "\n  "))
				}
			}
		})
	}
}

// TestLintAgreesWithParse checks that lint never passes a file the loader
// rejects, on every example file and every built-in scenario.
func TestLintAgreesWithParse(t *testing.T) {
	check := func(name string, data []byte) {
		_, perr := Parse(strings.NewReader(string(data)), name)
		problems := Lint(name, data)
		if perr != nil && len(problems) == 0 {
			t.Errorf("%s: Parse rejects it (%v) but lint finds nothing", name, perr)
		}
	}
	err := filepath.WalkDir("testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !isYAML(path) || strings.Contains(path, "personas") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		check(path, data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := fs.Glob(Builtin(), "*.yaml")
	for _, f := range files {
		data, err := fs.ReadFile(Builtin(), f)
		if err != nil {
			t.Fatal(err)
		}
		check(f, data)
	}
}

// TestLintGoodFiles checks that the good examples are clean.
func TestLintGoodFiles(t *testing.T) {
	for _, p := range LintPaths([]string{"testdata/good"}) {
		t.Errorf("unexpected problem: %s", p)
	}
}

// TestLintBuiltin checks that the shipped scenario and voice files are clean.
func TestLintBuiltin(t *testing.T) {
	for _, p := range LintPaths([]string{"."}) {
		t.Errorf("%s", p)
	}
}

func hasPrefix(lines []string, prefix string) bool {
	for _, l := range lines {
		if strings.HasPrefix(l, prefix) {
			return true
		}
	}
	return false
}
