package main

import (
	"context"
	"os"
	"strings"
	"testing"

	"receptioncoach/coach"
)

// TestStageModelIsUpToDate fails when the labelled talks, the rules or the
// fault model changed after the built-in stage model was trained: run
// `make model` and commit the new models.
func TestStageModelIsUpToDate(t *testing.T) {
	d, err := loadStageData(context.Background(), fromRepo(trainingTalkDirs))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile("../../coach/stagemodel.tsv")
	if err != nil {
		t.Fatal(err)
	}
	m, err := coach.ParseStageModel(raw)
	if err != nil {
		t.Fatal(err)
	}
	if m.Digest != d.digest {
		t.Fatalf("coach/stagemodel.tsv was trained on %s, the talks and their features are now %s; run `make model`", m.Digest, d.digest)
	}
	if len(d.examples) < 400 {
		t.Fatalf("only %d training talks", len(d.examples))
	}
}

func TestTrainStagesCheckRejectsBadModel(t *testing.T) {
	dir := t.TempDir()
	bad := dir + "/m.tsv"
	if err := os.WriteFile(bad, []byte("digest\tx\nbias\tintroduction\t1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	if err := os.Chdir("../.."); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--check", "--out", bad}, "no bias for stage first_talk"},
		{[]string{"--check", "extra"}, `unexpected argument "extra"`},
		{[]string{"--check", "--out", dir + "/missing.tsv"}, "read model"},
	} {
		code, _, stderr := runCmd(t, "", append([]string{"train-stages"}, tt.args...)...)
		if code != 1 || !strings.Contains(stderr, tt.want) {
			t.Errorf("%v: exit %d, stderr %q, want %q", tt.args, code, stderr, tt.want)
		}
	}
}
