package main

import (
	"context"
	"os"
	"strings"
	"testing"

	"receptioncoach/coach"
)

func fromRepo(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = "../../" + p
	}
	return out
}

// TestFaultModelIsUpToDate fails when labelled data changed after the
// built-in model was trained: run `make model` and commit the new model.
func TestFaultModelIsUpToDate(t *testing.T) {
	d, err := loadFaultData(context.Background(), fromRepo(trainingTalkDirs), fromRepo(trainingLineFiles))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile("../../coach/faultmodel.tsv")
	if err != nil {
		t.Fatal(err)
	}
	m, err := coach.ParseFaultModel(raw)
	if err != nil {
		t.Fatal(err)
	}
	if m.Digest != d.digest {
		t.Fatalf("coach/faultmodel.tsv was trained on data %s, the labelled data is now %s; run `make model`", m.Digest, d.digest)
	}
	if len(d.examples) < 2000 {
		t.Fatalf("only %d training lines", len(d.examples))
	}
}

func TestTrainFaultsCheckRejectsBadModel(t *testing.T) {
	dir := t.TempDir()
	bad := dir + "/m.tsv"
	if err := os.WriteFile(bad, []byte("codes\trude\nbias\t1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	if err := os.Chdir("../.."); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	code, _, stderr := runCmd(t, "", "train-faults", "--check", "--out", bad)
	if code != 1 || !strings.Contains(stderr, "required") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = runCmd(t, "", "train-faults", "--check", "extra")
	if code != 1 || !strings.Contains(stderr, `unexpected argument "extra"`) {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = runCmd(t, "", "train-faults", "--check", "--out", dir+"/missing.tsv")
	if code != 1 || !strings.Contains(stderr, "read model") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}
