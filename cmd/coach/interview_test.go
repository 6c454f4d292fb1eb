package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// interviewCmd runs `coach interview ARGS` and returns stdout, stderr and the error.
func interviewCmd(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut, getenv: func(string) string { return "" }}
	err := runInterview(context.Background(), e, args)
	return out.String(), errOut.String(), err
}

// TestInterviewEval prints the Spearman figure and guards it from falling.
func TestInterviewEval(t *testing.T) {
	out, _, err := interviewCmd(t, "", "eval", "--dir", filepath.Join("..", "..", "testdata", "interview"), "--json")
	if err != nil {
		t.Fatal(err)
	}
	var rep evalReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if testing.Verbose() {
		for _, r := range rep.Rows {
			t.Logf("%-20s %-8s label %3d score %3d %v", r.Question, r.Kind, r.Label, r.Score, r.Traps)
		}
		t.Logf("per question: %v", rep.PerQuestion)
	}
	t.Logf("%d answers, %d questions, Spearman %.3f", rep.Answers, rep.Questions, rep.Spearman)
	if rep.Questions < 10 || rep.Answers < 40 {
		t.Fatalf("labelled set too small: %d questions, %d answers", rep.Questions, rep.Answers)
	}
	if rep.Spearman < 0.85 {
		t.Errorf("Spearman %.3f below the 0.85 target", rep.Spearman)
	}
}

func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
