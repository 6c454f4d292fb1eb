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

// holdAbove finds the exemplary line the model would most readily fault,
// per side, and leaves out lines the rules already fault or Judge excuses.
func TestHoldAbove(t *testing.T) {
	m, err := coach.ParseFaultModel([]byte("codes\tconfront\tfalse_promise\nbias\t1\t1\nadd\t2\t2\n"))
	if err != nil {
		t.Fatal(err)
	}
	clean := []exemplaryLine{
		{coach.PersonaUnwell, "", "你慢慢说,我听着。"},
		{coach.PersonaCholeric, "", "您先消消气,慢慢说。"},
		{coach.PersonaCholeric, "你们到底管不管?", "您放心,您说的我都记下来,一定给您讲明白。"}, // own steps: never a promise
	}
	held := holdAbove(m, clean)
	for _, side := range []string{"confront", "confront/unwell", "false_promise"} {
		if held[side].Line == "" || held[side].P < 0.7 {
			t.Errorf("%s held by %+v, want a line at p≈0.73", side, held[side])
		}
	}
	if h := holdAbove(m, clean[2:]); h["false_promise"].Line != "" || h["confront"].Line == "" {
		t.Errorf("held %+v: want confront held and no false_promise, which Judge never adds to %q", h, clean[2].text)
	}
}

// The shipped model adds no fault to any trainee line of the built-in
// exemplary talks: train-faults held each threshold above them.
func TestModelSparesExemplaryLines(t *testing.T) {
	m, err := coach.EmbeddedFaultModel()
	if err != nil {
		t.Fatal(err)
	}
	clean, err := exemplaryLines(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(clean) < 100 {
		t.Fatalf("only %d exemplary lines", len(clean))
	}
	rz := coach.NewRuleRecognizer()
	for _, l := range clean {
		if got := m.Judge(rz.RecognizeReply(l.visitor, l.text), l.persona, l.visitor, l.text); len(got.Learned) > 0 {
			t.Errorf("%s %q: the model adds %v", l.persona, l.text, got.Learned)
		}
	}
}
