package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"slices"
	"sort"

	"receptioncoach/coach"
)

// stageData is the labelled material for the stage model.
type stageData struct {
	examples []coach.StageExample
	keys     []string // per example: set/file
	digest   string
}

// runTrainStages trains the stage model:
// `coach train-stages [--out FILE] [--check]`.
func runTrainStages(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("train-stages", e.stderr)
	out := fs.String("out", "coach/stagemodel.tsv", "write the model to `FILE`")
	check := fs.Bool("check", false, "only report whether the model in --out was trained on the current data and features")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	} else if len(pos) > 0 {
		return fmt.Errorf("unexpected argument %q", pos[0])
	}
	data, err := loadStageData(ctx, trainingTalkDirs)
	if err != nil {
		return err
	}
	if *check {
		return checkModel(e, *out, data.digest, func(raw []byte) (string, error) {
			m, err := coach.ParseStageModel(raw)
			if err != nil {
				return "", err
			}
			return m.Digest, nil
		})
	}
	m, rep := trainStageModel(ctx, data, coach.DefaultStageTrainConfig())
	if ctx.Err() != nil {
		return ctx.Err()
	}
	printStageReport(e.stdout, rep)
	return writeModel(e, *out, m)
}

// loadStageData scores every labelled talk with the fault model but without
// a stage model, and keeps what the stage model reads of each stage.
func loadStageData(ctx context.Context, talkDirs []string) (*stageData, error) {
	d := &stageData{}
	rz := coach.NewTurnRecognizer().WithStageModel(nil)
	h := sha256.New()
	for _, dir := range talkDirs {
		talks, err := loadLabelled(dir)
		if err != nil {
			return nil, err
		}
		group := filepath.Base(dir)
		for _, t := range talks {
			in := t.input(rz)
			ex := coach.StageExample{Group: group, Features: coach.StageFeatures(in), Done: map[coach.Stage]bool{}}
			for _, s := range t.Label.StagesDone {
				ex.Done[coach.Stage(s)] = true
			}
			d.examples = append(d.examples, ex)
			d.keys = append(d.keys, group+"/"+t.file)
			// The digest covers what the model learns from: the labels and
			// the features, which change with the rules and the fault model.
			fmt.Fprintf(h, "%q %q\n", group, t.file)
			for _, s := range coach.Stages() {
				fs := ex.Features[s]
				names := make([]string, 0, len(fs))
				for f := range fs {
					names = append(names, f)
				}
				sort.Strings(names)
				fmt.Fprintf(h, "%s %v", s, ex.Done[s])
				for _, f := range names {
					fmt.Fprintf(h, " %s=%.6f", f, fs[f])
				}
				fmt.Fprintln(h)
			}
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
	d.digest = hex.EncodeToString(h.Sum(nil))[:16]
	return d, nil
}

// stageReport is what cross-validation measured while training.
type stageReport struct {
	Talks  int
	Groups []string
	Digest string
	// Per stage and per group: right verdicts of the evidence points alone
	// (in-sample: the rules were tuned on these talks) and of the model
	// (out of fold: each group judged by a model trained without it).
	Stage map[coach.Stage][3]int // points right, model right, total
	Group map[string][3]int
	Flips [2]int // out of fold: verdicts the model changed that were right, and wrong
	// Margin[k]: right verdicts, out of fold, when the model overrules the
	// points only if its probability is at least flipMargins[k] from 0.5.
	Margin []int
	Total  int
}

// flipMargins are the margins the report compares; Score uses the first.
var flipMargins = []float64{0, 0.1, 0.2, 0.3}

// trainStageModel measures the model by leaving one author group out at a
// time, then trains it on all the talks.
func trainStageModel(ctx context.Context, d *stageData, cfg coach.StageTrainConfig) (*coach.StageModel, *stageReport) {
	rep := &stageReport{Talks: len(d.examples), Digest: d.digest, Stage: map[coach.Stage][3]int{}, Group: map[string][3]int{}, Margin: make([]int, len(flipMargins))}
	for _, ex := range d.examples {
		if !slices.Contains(rep.Groups, ex.Group) {
			rep.Groups = append(rep.Groups, ex.Group)
		}
	}
	for _, g := range rep.Groups {
		var train []coach.StageExample
		for _, ex := range d.examples {
			if ex.Group != g {
				train = append(train, ex)
			}
		}
		m := coach.TrainStageModel(train, cfg)
		for _, ex := range d.examples {
			if ex.Group != g {
				continue
			}
			for _, s := range coach.Stages() {
				want := ex.Done[s]
				byPoints := ex.Features[s]["points>=50"] == 1
				p := m.Prob(s, ex.Features[s])
				byModel := p >= 0.5
				for k, mg := range flipMargins {
					v := byPoints
					if math.Abs(p-0.5) >= mg {
						v = byModel
					}
					if v == want {
						rep.Margin[k]++
					}
				}
				rep.Total++
				st, gr := rep.Stage[s], rep.Group[g]
				if byPoints == want {
					st[0]++
					gr[0]++
				}
				if byModel == want {
					st[1]++
					gr[1]++
				}
				st[2]++
				gr[2]++
				rep.Stage[s], rep.Group[g] = st, gr
				if byModel != byPoints {
					if byModel == want {
						rep.Flips[0]++
					} else {
						rep.Flips[1]++
					}
				}
			}
		}
		if ctx.Err() != nil {
			return nil, nil
		}
	}
	m := coach.TrainStageModel(d.examples, cfg)
	m.Digest = d.digest
	return m, rep
}

// printStageReport writes the cross-validated figures.
func printStageReport(w io.Writer, rep *stageReport) {
	fmt.Fprintf(w, "examples: %d labelled talks in %d author groups; data %s\n", rep.Talks, len(rep.Groups), rep.Digest)
	fmt.Fprintln(w, "stage verdict accuracy (done at score >= 50): evidence points alone in-sample (the rules were tuned on these talks), model leave-one-author-group-out")
	fmt.Fprintf(w, "%-14s %7s %7s\n", "stage", "points", "model")
	var tot [3]int
	for _, s := range coach.Stages() {
		c := rep.Stage[s]
		fmt.Fprintf(w, "%-14s %7.3f %7.3f\n", s, ratio(c[0], c[2]), ratio(c[1], c[2]))
		for k := range tot {
			tot[k] += c[k]
		}
	}
	fmt.Fprintf(w, "%-14s %7.3f %7.3f\n", "all", ratio(tot[0], tot[2]), ratio(tot[1], tot[2]))
	fmt.Fprintln(w, "by author group:")
	for _, g := range rep.Groups {
		c := rep.Group[g]
		fmt.Fprintf(w, "  %-14s %7.3f %7.3f\n", g, ratio(c[0], c[2]), ratio(c[1], c[2]))
	}
	fmt.Fprintf(w, "verdicts the model changed, out of fold: %d right, %d wrong\n", rep.Flips[0], rep.Flips[1])
	fmt.Fprint(w, "accuracy when the model overrules the points only at |p-0.5| >= margin:")
	for k, mg := range flipMargins {
		fmt.Fprintf(w, "  %.1f: %.3f", mg, ratio(rep.Margin[k], rep.Total))
	}
	fmt.Fprintln(w)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
