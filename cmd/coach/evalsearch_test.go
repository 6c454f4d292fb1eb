package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestEvalSearch(t *testing.T) {
	corpus := methodTexts(t)
	questions := filepath.Join("..", "..", "testdata", "search", "questions.yaml")
	code, out, errs := knowledgeCmd(t, "eval-search", "--corpus", corpus, "--questions", questions, "--rounds", "1")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, sys := range []string{"bleve cjk, paragraphs", "pipeline, texts only", "pipeline, texts + cards"} {
		row := regexp.MustCompile(regexp.QuoteMeta(sys) + `\s+[01]\.\d{3}\s+[01]\.\d{3}\s+[01]\.\d{3}\s+\d+µs\s+\d+µs`)
		if !row.MatchString(out) {
			t.Errorf("no figures for %q in:\n%s", sys, out)
		}
	}
	for _, set := range []string{"[all:", "[dev:", "[holdout:"} {
		if !strings.Contains(out, set) {
			t.Errorf("no %s section", set)
		}
	}
}

func TestEvalSearchBadQuestions(t *testing.T) {
	corpus := methodTexts(t)
	bad := filepath.Join(t.TempDir(), "q.yaml")
	os.WriteFile(bad, []byte("- q: 倾听\n  answers: [oops\n"), 0o644)
	if code, _, errs := knowledgeCmd(t, "eval-search", "--corpus", corpus, "--questions", bad); code != 1 || !strings.Contains(errs, "q.yaml") {
		t.Errorf("broken YAML: exit %d, stderr %q", code, errs)
	}
	if code, _, errs := knowledgeCmd(t, "eval-search", "--questions", "/nonexistent.yaml"); code != 1 || !strings.Contains(errs, "open questions") {
		t.Errorf("missing file: exit %d, stderr %q", code, errs)
	}
}
