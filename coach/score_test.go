package coach

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

func transcriptOf(lines []string) []Turn {
	var turns []Turn
	for i, l := range lines {
		turns = append(turns, Turn{Index: 2 * i, Role: RoleVisitor, Text: "……"})
		turns = append(turns, Turn{Index: 2*i + 1, Role: RoleTrainee, Text: l})
	}
	return turns
}

// TestScoreGolden compares whole reports with golden files.
func TestScoreGolden(t *testing.T) {
	tests := []struct {
		name    string
		persona Persona
		lines   []string
	}{
		{"good-resentful", PersonaResentful, goodTalk},
		{"rude-choleric", PersonaCholeric, rudeTalk},
		{"promise-pestering", PersonaPestering, append(append([]string{}, goodTalk[:7]...), "放心,这事我保证给你办下来。")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score(ScoreInput{Persona: tt.persona, Scenario: testScenario(tt.persona), Turns: transcriptOf(tt.lines)})
			got, err := json.MarshalIndent(r, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "score-"+tt.name+".golden.json")
			if *update {
				if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read golden (run with -update to create): %v", err)
			}
			if string(want) != string(got)+"\n" {
				t.Errorf("report differs from %s; run go test ./coach -run TestScoreGolden -update and review the diff", path)
			}
		})
	}
}

func TestScoreProperties(t *testing.T) {
	good := Score(ScoreInput{Persona: PersonaResentful, Scenario: testScenario(PersonaResentful), Turns: transcriptOf(goodTalk)})
	rude := Score(ScoreInput{Persona: PersonaResentful, Scenario: testScenario(PersonaResentful), Turns: transcriptOf(rudeTalk)})
	if good.Overall < 75 {
		t.Errorf("good talk scored %d", good.Overall)
	}
	if rude.Overall > 25 {
		t.Errorf("rude talk scored %d", rude.Overall)
	}
	for _, s := range Stages() {
		if _, ok := good.Stages[s]; !ok {
			t.Errorf("stage %s missing", s)
		}
	}
	codes := map[string]bool{}
	for _, v := range rude.Violations {
		codes[v.Code] = true
	}
	for _, c := range []string{ViolationRude, ViolationBuckPassing} {
		if !codes[c] {
			t.Errorf("rude talk: violation %s not found in %v", c, rude.Violations)
		}
	}
	// A false promise caps the score whatever else went well.
	promise := Score(ScoreInput{Persona: PersonaPestering, Turns: transcriptOf(append(append([]string{}, goodTalk...), "放心,这事我保证给你办下来。"))})
	if promise.Overall > blockerCap || promise.Cap == nil {
		t.Errorf("false promise: overall %d cap %v", promise.Overall, promise.Cap)
	}
	// No trainee turn: zero.
	empty := Score(ScoreInput{Persona: PersonaConfused, Turns: []Turn{{Role: RoleVisitor, Text: "有人吗"}}})
	if empty.Overall != 0 {
		t.Errorf("empty talk scored %d", empty.Overall)
	}
}

// TestScoreIgnoresPunctuationWidth checks that full-width punctuation, as
// typed on a Chinese keyboard, scores exactly like its ASCII form.
func TestScoreIgnoresPunctuationWidth(t *testing.T) {
	wide := strings.NewReplacer(",", "\uff0c", "?", "\uff1f", "!", "\uff01", ":", "\uff1a", ";", "\uff1b")
	for _, talk := range [][]string{goodTalk, rudeTalk} {
		var lines []string
		for _, l := range talk {
			lines = append(lines, wide.Replace(l))
		}
		ascii := Score(ScoreInput{Persona: PersonaResentful, Turns: transcriptOf(talk)})
		full := Score(ScoreInput{Persona: PersonaResentful, Turns: transcriptOf(lines)})
		if ascii.Overall != full.Overall || len(ascii.Violations) != len(full.Violations) {
			t.Errorf("ASCII punctuation scores %d with %d violations, full-width %d with %d", ascii.Overall, len(ascii.Violations), full.Overall, len(full.Violations))
		}
		for _, s := range Stages() {
			if ascii.Stages[s].Score != full.Stages[s].Score {
				t.Errorf("stage %s: ASCII %d, full-width %d", s, ascii.Stages[s].Score, full.Stages[s].Score)
			}
		}
	}
}
