package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var problemLineRE = regexp.MustCompile(`^[^:]+:[0-9]+:[0-9]+: .+$`)

func TestLintCommand(t *testing.T) {
	dir := t.TempDir()
	good := "id: mine\npersona: confused\ntitle: 我的案例\nsummary: 问个事。\ncase: consultation\nstance: reasonable\nowner: 县社保中心\ngoal: 问个事\nopening: [\"同志,问个事。\"]\n"
	bad := strings.Replace(good, "id: mine", "id: broken", 1) + "colour: red\nstory: [\"{who}来了\"]\n"
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	mine := write("mine.yaml", good)
	broken := write("broken.yml", bad)
	binary := write("binary.yaml", "\x00\x01\x02")
	write("notes.txt", "ignored in a folder")

	tests := []struct {
		name  string
		args  []string
		code  int
		lines []string // problem lines expected on stdout, in order
	}{
		{"clean file", []string{"lint", mine}, 0, nil},
		{"broken file", []string{"lint", broken}, 1, []string{broken + ":10:1: unknown field \"colour\"", broken + ":11:9: story[0]: unknown slot {who}"}},
		{"binary file", []string{"lint", binary}, 1, []string{binary + ":1:1: not a UTF-8 text file"}},
		{"folder, all problems", []string{"lint", dir}, 1, []string{binary + ":1:1:", broken + ":10:1:", broken + ":11:9:"}},
		{"missing path", []string{"lint", filepath.Join(dir, "nope.yaml")}, 1, []string{filepath.Join(dir, "nope.yaml") + ":1:1: cannot read"}},
		{"built-in voice file", []string{"lint", "../../scenarios/personas/confused.yaml"}, 0, nil},
		{"no path", []string{"lint"}, 2, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, "", tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, out, errs)
			}
			got := strings.Split(strings.TrimRight(out, "\n"), "\n")
			if out == "" {
				got = nil
			}
			if len(got) != len(tt.lines) {
				t.Fatalf("got %d lines, want %d:\n%s", len(got), len(tt.lines), out)
			}
			for i, w := range tt.lines {
				if !strings.HasPrefix(got[i], w) || !problemLineRE.MatchString(got[i]) {
					t.Errorf("line %d: %q, want prefix %q", i+1, got[i], w)
				}
			}
		})
	}

	code, out, _ := runCmd(t, "", "lint", "--json", broken)
	var ps []struct {
		File    string `json:"file"`
		Line    int    `json:"line"`
		Col     int    `json:"col"`
		Message string `json:"message"`
	}
	if code != 1 || json.Unmarshal([]byte(out), &ps) != nil || len(ps) != 2 || ps[0].Line != 10 || ps[0].Col != 1 {
		t.Fatalf("--json: exit %d, %s", code, out)
	}
}
