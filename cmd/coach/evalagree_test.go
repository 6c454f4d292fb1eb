package main

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copyRelabelled writes the talks of testdata/talks named in files into a
// new folder under neutral names, passing each through edit, as a second
// trainer's folder would look.
func copyRelabelled(t *testing.T, files []string, edit func(name string, talk map[string]any)) string {
	t.Helper()
	dir := t.TempDir()
	for i, f := range files {
		data, err := os.ReadFile(filepath.Join("../../testdata/talks", f))
		if err != nil {
			t.Fatal(err)
		}
		var talk map[string]any
		if err := json.Unmarshal(data, &talk); err != nil {
			t.Fatal(err)
		}
		edit(f, talk)
		out, err := json.Marshal(talk)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, string(rune('a'+i))+".json"), out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestEvalAgreeCountsDisagreements(t *testing.T) {
	dirA := "../../testdata/talks"
	talks, err := loadLabelled(dirA)
	if err != nil {
		t.Fatal(err)
	}
	// The first talk with one violation and a stage not done is relabelled
	// without the violation and with that stage done; three others keep
	// their labels.
	var withViolation string
	var names []string
	for _, tk := range talks {
		names = append(names, tk.file)
		if withViolation == "" && len(tk.Label.Violations) == 1 && len(tk.Label.StagesDone) < 6 {
			withViolation = tk.file
		}
	}
	if withViolation == "" {
		t.Fatal("no talk with exactly one violation and a stage not done")
	}
	picked := []string{withViolation}
	for _, n := range names {
		if n != withViolation && len(picked) < 4 {
			picked = append(picked, n)
		}
	}
	dirB := copyRelabelled(t, picked, func(name string, talk map[string]any) {
		delete(talk, "quality")
		if name != withViolation {
			return
		}
		label := talk["label"].(map[string]any)
		label["violations"] = []any{}
		done := map[string]bool{}
		for _, s := range label["stages_done"].([]any) {
			done[s.(string)] = true
		}
		for _, s := range []string{"introduction", "first_talk", "listening", "presentation", "summary", "coordination"} {
			if !done[s] {
				label["stages_done"] = append(label["stages_done"].([]any), s)
				break
			}
		}
	})
	ev, err := evaluateAgreement(context.Background(), dirA, dirB, false)
	if err != nil {
		t.Fatal(err)
	}
	if ev.Talks != 4 {
		t.Fatalf("talks %d, want 4", ev.Talks)
	}
	tr := ev.Trainers
	// The second trainer flags nothing the first did not (precision 1) and
	// misses one flag; one stage verdict of 24 differs.
	if tr.Precision != 1 {
		t.Errorf("precision %v, want 1", tr.Precision)
	}
	var fn int
	for _, c := range tr.PerCode {
		fn += c[2]
	}
	if fn != 1 {
		t.Errorf("missed %d flags, want 1", fn)
	}
	if want := 23.0 / 24; math.Abs(tr.StageAccuracy-want) > 1e-9 {
		t.Errorf("stage agreement %v, want %v", tr.StageAccuracy, want)
	}
	if ev.Consensus.StagesAgreed != 23 {
		t.Errorf("stages agreed %d, want 23", ev.Consensus.StagesAgreed)
	}
}

// TestEvalAgreeScorerMatchesEvalScore checks that the scorer's column
// against the first trainer is exactly what eval-score prints for the set.
func TestEvalAgreeScorerMatchesEvalScore(t *testing.T) {
	dir := "../../testdata/talks-fresh14"
	ev, err := evaluateAgreement(context.Background(), dir, dir, false)
	if err != nil {
		t.Fatal(err)
	}
	if ev.Trainers.F1 != 1 || ev.Trainers.Spearman < 0.9999 || ev.Trainers.StageAccuracy != 1 {
		t.Errorf("a folder against itself: %+v", ev.Trainers)
	}
	code, out, errOut := runCmd(t, "", "eval-score", "--dir", dir, "--json")
	if code != 0 {
		t.Fatalf("eval-score exit %d: %s", code, errOut)
	}
	var sc scoreEval
	if err := json.Unmarshal([]byte(out), &sc); err != nil {
		t.Fatal(err)
	}
	if sc.Spearman != ev.ScorerA.Spearman || sc.F1 != ev.ScorerA.F1 || sc.StageAccuracy != ev.ScorerA.StageAccuracy || sc.CodeF1 != ev.ScorerA.CodeF1 {
		t.Errorf("eval-agree scorer column %+v differs from eval-score %+v", ev.ScorerA, sc)
	}
}

func TestEvalAgreeBadInput(t *testing.T) {
	stranger := copyRelabelled(t, []string{firstTalk(t)}, func(_ string, talk map[string]any) {
		turns := talk["turns"].([]any)
		turns[0].(map[string]any)["text"] = "这句话改过了。"
	})
	broken := t.TempDir()
	if err := os.WriteFile(filepath.Join(broken, "t01.json"), []byte(`{"persona": "unwell", "turns": [`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no folders", []string{"eval-agree"}, "both --a and --b"},
		{"talk not in the first folder", []string{"eval-agree", "--a", "../../testdata/talks", "--b", stranger}, "no talk in"},
		{"broken JSON", []string{"eval-agree", "--a", "../../testdata/talks", "--b", broken}, "t01.json"},
		{"empty folder", []string{"eval-agree", "--a", "../../testdata/talks", "--b", t.TempDir()}, "no labelled talks"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCmd(t, "", tt.args...)
			if code != 1 || !strings.Contains(errOut, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit 1 and %q", code, errOut, tt.want)
			}
		})
	}
}

func firstTalk(t *testing.T) string {
	t.Helper()
	files, err := filepath.Glob("../../testdata/talks/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("talks: %v", err)
	}
	return filepath.Base(files[0])
}

// TestScorerAgreesWithSecondTrainer guards the scorer against the blind
// second labels of five sets (testdata/README.md, "Two trainers on the
// same talks"). The first trainers' labels of these talks are training
// data; the second trainers' are not. The floors sit below the measured
// figures (coach eval-agree --a DIR --b DIR prints them); the trainers'
// own agreement is checked so that the pairing stays whole.
func TestScorerAgreesWithSecondTrainer(t *testing.T) {
	tests := []struct {
		set          string
		rho, f1, stg float64 // scorer against the second trainer
		trainersF1   float64
	}{
		{"fresh7", 0.93, 0.84, 0.93, 0.89},
		{"fresh8", 0.84, 0.82, 0.93, 0.93},
		{"fresh13", 0.91, 0.82, 0.92, 0.89},
		{"fresh14", 0.91, 0.80, 0.89, 0.94},
		{"fresh15", 0.90, 0.81, 0.91, 0.89},
	}
	for _, tt := range tests {
		t.Run(tt.set, func(t *testing.T) {
			ev, err := evaluateAgreement(context.Background(), "../../testdata/talks-"+tt.set, "../../testdata/relabel-"+tt.set, false)
			if err != nil {
				t.Fatal(err)
			}
			if ev.Talks != 36 {
				t.Errorf("paired %d talks, want 36", ev.Talks)
			}
			if ev.Trainers.F1 < tt.trainersF1 || ev.Trainers.Spearman < 0.97 {
				t.Errorf("trainers agree at F1 %.3f rho %.3f, below %.2f / 0.97", ev.Trainers.F1, ev.Trainers.Spearman, tt.trainersF1)
			}
			s := ev.ScorerB
			if s.Spearman < tt.rho || s.F1 < tt.f1 || s.StageAccuracy < tt.stg {
				t.Errorf("scorer against the second trainer: rho %.3f F1 %.3f stages %.3f; floors %.2f %.2f %.2f", s.Spearman, s.F1, s.StageAccuracy, tt.rho, tt.f1, tt.stg)
			}
		})
	}
}
