package main

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"receptioncoach/coach"
	"receptioncoach/scenarios"
)

// labelledTalk is a transcript with a trainer's labels (testdata/talks).
type labelledTalk struct {
	transcript
	Quality string `json:"quality"`
	Label   struct {
		Overall    int      `json:"overall"`
		StagesDone []string `json:"stages_done"`
		Violations []struct {
			Code string `json:"code"`
			Turn int    `json:"turn"`
		} `json:"violations"`
	} `json:"label"`
	file string
}

// scoreEval holds the agreement of the scorer with the labels.
type scoreEval struct {
	Talks          int                `json:"talks"`
	Spearman       float64            `json:"spearman"`
	BaselineTurns  float64            `json:"baseline_trainee_turns"`
	BaselineNin    float64            `json:"baseline_nin_count"`
	BaselineChars  float64            `json:"baseline_trainee_characters"`
	Precision      float64            `json:"violation_precision"`
	Recall         float64            `json:"violation_recall"`
	F1             float64            `json:"violation_f1"`
	CodeF1         float64            `json:"violation_f1_by_talk_and_code"`
	StageAccuracy  float64            `json:"stage_accuracy"`
	PointsAccuracy float64            `json:"stage_accuracy_points_alone"` // before the stage model's calibration
	PerStage       map[string]float64 `json:"stage_accuracy_by_stage"`
	PerCode        map[string][3]int  `json:"violations_by_code"` // tp, fp, fn
	Worst          []string           `json:"largest_disagreements"`
}

// runEvalScore measures the scorer against hand-labelled talks:
// `coach eval-score [--dir testdata/talks] [--json] [-v]`.
func runEvalScore(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("eval-score", e.stderr)
	dir := fs.String("dir", "testdata/talks", "folder of labelled talk `DIR`")
	asJSON := fs.Bool("json", false, "print JSON")
	verbose := fs.Bool("v", false, "print every talk's score and disagreements")
	rulesOnly := fs.Bool("rules-only", false, "score with the hand-written rules alone, without the learned fault model")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	talks, err := loadLabelled(*dir)
	if err != nil {
		return err
	}
	lib, err := scenarios.Open("")
	if err != nil {
		return err
	}
	rz := coach.NewTurnRecognizer()
	if *rulesOnly {
		rz = rz.WithoutModel()
	}
	ev, lines, err := evaluateScoring(ctx, lib, rz, talks)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e, ev)
	}
	if *verbose {
		for _, l := range lines {
			fmt.Fprintln(e.stdout, l)
		}
	}
	fmt.Fprintf(e.stdout, "talks: %d\n", ev.Talks)
	fmt.Fprintf(e.stdout, "overall Spearman rho: %.3f  (baselines: trainee turns %.3f, count of 您 %.3f, trainee characters %.3f)\n", ev.Spearman, ev.BaselineTurns, ev.BaselineNin, ev.BaselineChars)
	fmt.Fprintf(e.stdout, "violations (talk, code, turn): precision %.3f recall %.3f F1 %.3f; by talk and code F1 %.3f\n", ev.Precision, ev.Recall, ev.F1, ev.CodeF1)
	for _, c := range slices.Sorted(maps.Keys(ev.PerCode)) {
		v := ev.PerCode[c]
		fmt.Fprintf(e.stdout, "  %-14s tp %2d fp %2d fn %2d\n", c, v[0], v[1], v[2])
	}
	fmt.Fprintf(e.stdout, "stage detection accuracy (done at score >= 50): %.3f  (evidence points alone, before calibration: %.3f)\n", ev.StageAccuracy, ev.PointsAccuracy)
	for _, s := range coach.Stages() {
		fmt.Fprintf(e.stdout, "  %-13s %.3f\n", s, ev.PerStage[string(s)])
	}
	return nil
}

func loadLabelled(dir string) ([]labelledTalk, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no labelled talks in %s", dir)
	}
	var out []labelledTalk
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var t labelledTalk
		if err := json.Unmarshal(data, &t); err != nil {
			return nil, fmt.Errorf("%s: %s", f, jsonErrorAt(data, err))
		}
		t.file = filepath.Base(f)
		out = append(out, t)
	}
	return out, nil
}

// evaluateScoring scores every talk and compares with the labels.
func evaluateScoring(ctx context.Context, lib *scenarios.Library, rz *coach.TurnRecognizer, talks []labelledTalk) (*scoreEval, []string, error) {
	ev := &scoreEval{Talks: len(talks), PerStage: map[string]float64{}}
	var refs, gots []judgement
	var want, turns, nin, chars []float64
	pointsRight := 0
	stageRightBy := map[coach.Stage]int{}
	var lines []string
	type gap struct {
		d    int
		line string
	}
	var gaps []gap
	for _, t := range talks {
		tr := t.transcript
		rep, err := scoreTranscript(ctx, lib, rz, &tr, t.file)
		if err != nil {
			return nil, nil, err
		}
		ref, got := labelJudgement(t), reportJudgement(rep)
		refs, gots = append(refs, ref), append(gots, got)
		want = append(want, ref.overall)
		n, y, c := 0, 0, 0
		for _, tt := range t.Turns {
			if tt.Role == coach.RoleTrainee {
				n++
				y += strings.Count(tt.Text, "您")
				c += utf8.RuneCountInString(tt.Text)
			}
		}
		turns = append(turns, float64(n))
		nin = append(nin, float64(y))
		chars = append(chars, float64(c))

		var miss, extra, stageMiss []string
		for k := range got.violations {
			if !ref.violations[k] {
				extra = append(extra, k)
			}
		}
		for k := range ref.violations {
			if !got.violations[k] {
				miss = append(miss, k)
			}
		}
		for _, s := range coach.Stages() {
			done := ref.stages[string(s)]
			points := rep.Stages[s].Score
			if c := rep.Stages[s].Calibration; c != nil {
				points = c.Points
			}
			if (points >= 50) == done {
				pointsRight++
			}
			if got.stages[string(s)] == done {
				stageRightBy[s]++
			} else {
				stageMiss = append(stageMiss, fmt.Sprintf("%s(%d,want %v)", s, rep.Stages[s].Score, done))
			}
		}
		sort.Strings(miss)
		sort.Strings(extra)
		line := fmt.Sprintf("%-32s got %3d want %3d  missed %v extra %v stages %v", t.file, rep.Overall, t.Label.Overall, miss, extra, stageMiss)
		lines = append(lines, line)
		d := rep.Overall - t.Label.Overall
		if d < 0 {
			d = -d
		}
		gaps = append(gaps, gap{d, line})
	}
	a := agree(refs, gots)
	ev.Spearman, ev.Precision, ev.Recall, ev.F1, ev.CodeF1 = a.Spearman, a.Precision, a.Recall, a.F1, a.CodeF1
	ev.StageAccuracy, ev.PerCode = a.StageAccuracy, a.PerCode
	ev.BaselineTurns = coach.Spearman(turns, want)
	ev.BaselineNin = coach.Spearman(nin, want)
	ev.BaselineChars = coach.Spearman(chars, want)
	ev.PointsAccuracy = float64(pointsRight) / float64(max(len(talks)*len(coach.Stages()), 1))
	for _, s := range coach.Stages() {
		ev.PerStage[string(s)] = float64(stageRightBy[s]) / float64(max(len(talks), 1))
	}
	sort.Slice(gaps, func(i, j int) bool { return gaps[i].d > gaps[j].d })
	for i := 0; i < len(gaps) && i < 5; i++ {
		ev.Worst = append(ev.Worst, gaps[i].line)
	}
	return ev, lines, nil
}

func prf(tp, fp, fn int) (float64, float64, float64) {
	p, r := 1.0, 1.0
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	}
	if p+r == 0 {
		return p, r, 0
	}
	return p, r, 2 * p * r / (p + r)
}
