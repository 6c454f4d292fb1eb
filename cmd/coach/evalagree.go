package main

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"receptioncoach/coach"
	"receptioncoach/scenarios"
)

// judgement is one reading of a talk, by a trainer's label or by the scorer,
// in the terms the evaluations compare.
type judgement struct {
	overall    float64
	stages     map[string]bool // stages done (score >= 50)
	violations map[string]bool // "code@turn"
	codes      map[string]bool // codes anywhere in the talk
}

func labelJudgement(t labelledTalk) judgement {
	j := judgement{overall: float64(t.Label.Overall), stages: map[string]bool{}, violations: map[string]bool{}, codes: map[string]bool{}}
	for _, s := range t.Label.StagesDone {
		j.stages[s] = true
	}
	for _, v := range t.Label.Violations {
		j.violations[violationKey(v.Code, v.Turn)] = true
		j.codes[v.Code] = true
	}
	return j
}

func reportJudgement(rep *coach.Report) judgement {
	j := judgement{overall: float64(rep.Overall), stages: map[string]bool{}, violations: map[string]bool{}, codes: map[string]bool{}}
	for _, s := range coach.Stages() {
		if rep.Stages[s].Score >= 50 {
			j.stages[string(s)] = true
		}
	}
	for _, v := range rep.Violations {
		j.violations[violationKey(v.Code, v.Turn)] = true
		j.codes[v.Code] = true
	}
	return j
}

// agreement is how far one reading of a set of talks agrees with another
// taken as the reference.
type agreement struct {
	Spearman      float64           `json:"spearman"`
	Precision     float64           `json:"violation_precision"`
	Recall        float64           `json:"violation_recall"`
	F1            float64           `json:"violation_f1"`
	CodeF1        float64           `json:"violation_f1_by_talk_and_code"`
	StageAccuracy float64           `json:"stage_accuracy"`
	PerCode       map[string][3]int `json:"violations_by_code"` // tp, fp, fn
}

// agree compares got with ref talk by talk: ρ of the overall scores,
// violations matched by code and turn, and stage verdicts. eval-score and
// eval-agree both measure with it.
func agree(ref, got []judgement) agreement {
	a := agreement{PerCode: map[string][3]int{}}
	var x, y []float64
	var tp, fp, fn, ctp, cfp, cfn, stageRight, stageAll int
	count := func(code string, k int) {
		c := a.PerCode[code]
		c[k]++
		a.PerCode[code] = c
	}
	for i := range ref {
		r, g := ref[i], got[i]
		x = append(x, g.overall)
		y = append(y, r.overall)
		for k := range g.violations {
			if r.violations[k] {
				tp++
				count(violationCode(k), 0)
			} else {
				fp++
				count(violationCode(k), 1)
			}
		}
		for k := range r.violations {
			if !g.violations[k] {
				fn++
				count(violationCode(k), 2)
			}
		}
		ctp, cfp, cfn = ctp+overlap(g.codes, r.codes), cfp+len(g.codes)-overlap(g.codes, r.codes), cfn+len(r.codes)-overlap(g.codes, r.codes)
		for _, s := range coach.Stages() {
			stageAll++
			if g.stages[string(s)] == r.stages[string(s)] {
				stageRight++
			}
		}
	}
	a.Spearman = coach.Spearman(x, y)
	a.Precision, a.Recall, a.F1 = prf(tp, fp, fn)
	_, _, a.CodeF1 = prf(ctp, cfp, cfn)
	a.StageAccuracy = float64(stageRight) / float64(max(stageAll, 1))
	return a
}

// consensus measures the scorer against what two trainers agree on: the
// overall against their mean; a flagged violation is right when either
// trainer flagged it, and recall counts only the flags both made; stages
// count only where the two agree.
type consensus struct {
	Spearman      float64 `json:"spearman_with_mean"`
	Precision     float64 `json:"violation_precision_against_either"`
	Recall        float64 `json:"violation_recall_of_both"`
	F1            float64 `json:"violation_f1"`
	BothFlagged   int     `json:"violations_both_flagged"`
	StageAccuracy float64 `json:"stage_accuracy_where_agreed"`
	StagesAgreed  int     `json:"stages_agreed"`
}

func agreeWithBoth(a, b, got []judgement) consensus {
	var c consensus
	var x, y []float64
	var right, flagged, found, stageRight int
	for i := range a {
		x = append(x, got[i].overall)
		y = append(y, (a[i].overall+b[i].overall)/2)
		for k := range got[i].violations {
			flagged++
			if a[i].violations[k] || b[i].violations[k] {
				right++
			}
		}
		for k := range a[i].violations {
			if b[i].violations[k] {
				c.BothFlagged++
				if got[i].violations[k] {
					found++
				}
			}
		}
		for _, s := range coach.Stages() {
			if a[i].stages[string(s)] != b[i].stages[string(s)] {
				continue
			}
			c.StagesAgreed++
			if got[i].stages[string(s)] == a[i].stages[string(s)] {
				stageRight++
			}
		}
	}
	c.Spearman = coach.Spearman(x, y)
	c.Precision, c.Recall = 1, 1
	if flagged > 0 {
		c.Precision = float64(right) / float64(flagged)
	}
	if c.BothFlagged > 0 {
		c.Recall = float64(found) / float64(c.BothFlagged)
	}
	if c.Precision+c.Recall > 0 {
		c.F1 = 2 * c.Precision * c.Recall / (c.Precision + c.Recall)
	}
	c.StageAccuracy = float64(stageRight) / float64(max(c.StagesAgreed, 1))
	return c
}

// violationKey names a violation by code and turn ("rude@5"), the unit
// the evaluations match on; violationCode reads the code back.
func violationKey(code string, turn int) string { return fmt.Sprintf("%s@%d", code, turn) }

func violationCode(k string) string { return k[:strings.Index(k, "@")] }

func overlap(a, b map[string]bool) int {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

// agreeEval is the result of `coach eval-agree`.
type agreeEval struct {
	Talks     int       `json:"talks"`
	Trainers  agreement `json:"second_trainer_against_first"`
	ScorerA   agreement `json:"scorer_against_first"`
	ScorerB   agreement `json:"scorer_against_second"`
	Consensus consensus `json:"scorer_against_both"`
}

// talkKey identifies a talk by its persona and words, so two trainers'
// files of the same talk pair up whatever they are named.
func talkKey(t transcript) string {
	var b strings.Builder
	b.WriteString(string(t.Persona))
	for _, tt := range t.Turns {
		b.WriteString("\x00" + string(tt.Role) + "\x00" + strings.TrimSpace(tt.Text))
	}
	return b.String()
}

// runEvalAgree measures how far two trainers who labelled the same talks
// agree, and sets the scorer beside them:
// `coach eval-agree --a DIR --b DIR [--json] [--rules-only]`.
func runEvalAgree(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("eval-agree", e.stderr)
	dirA := fs.String("a", "", "folder of the first trainer's labelled talks `DIR`")
	dirB := fs.String("b", "", "folder of the second trainer's labels of the same talks `DIR`")
	asJSON := fs.Bool("json", false, "print JSON")
	rulesOnly := fs.Bool("rules-only", false, "score with the hand-written rules alone, without the learned fault model")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	if *dirA == "" || *dirB == "" {
		return fmt.Errorf("both --a and --b are needed")
	}
	ev, err := evaluateAgreement(ctx, *dirA, *dirB, *rulesOnly)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e, ev)
	}
	fmt.Fprintf(e.stdout, "talks labelled by both: %d\n", ev.Talks)
	row := func(name string, a agreement) {
		fmt.Fprintf(e.stdout, "%-28s rho %.3f  violations P %.3f R %.3f F1 %.3f (by talk and code %.3f)  stages %.3f\n",
			name, a.Spearman, a.Precision, a.Recall, a.F1, a.CodeF1, a.StageAccuracy)
	}
	row("second trainer vs first:", ev.Trainers)
	row("scorer vs first trainer:", ev.ScorerA)
	row("scorer vs second trainer:", ev.ScorerB)
	c := ev.Consensus
	fmt.Fprintf(e.stdout, "%-28s rho %.3f  violations P %.3f (flagged by either) R %.3f (of %d flagged by both) F1 %.3f  stages %.3f (of %d agreed)\n",
		"scorer vs both trainers:", c.Spearman, c.Precision, c.Recall, c.BothFlagged, c.F1, c.StageAccuracy, c.StagesAgreed)
	fmt.Fprintln(e.stdout, "violations by code, second trainer vs first (tp fp fn):")
	for _, code := range slices.Sorted(maps.Keys(ev.Trainers.PerCode)) {
		v := ev.Trainers.PerCode[code]
		fmt.Fprintf(e.stdout, "  %-14s %2d %2d %2d\n", code, v[0], v[1], v[2])
	}
	return nil
}

// evaluateAgreement pairs the talks of two folders by their words and
// compares the two trainers' labels with each other and with the scorer.
// Every talk of the second folder must be in the first.
func evaluateAgreement(ctx context.Context, dirA, dirB string, rulesOnly bool) (*agreeEval, error) {
	first, err := loadLabelled(dirA)
	if err != nil {
		return nil, err
	}
	second, err := loadLabelled(dirB)
	if err != nil {
		return nil, err
	}
	byKey := map[string]labelledTalk{}
	for _, t := range first {
		byKey[talkKey(t.transcript)] = t
	}
	lib, err := scenarios.Open("")
	if err != nil {
		return nil, err
	}
	rz := coach.NewTurnRecognizer()
	if rulesOnly {
		rz = rz.WithoutModel()
	}
	var ja, jb, js []judgement
	for _, t := range second {
		a, ok := byKey[talkKey(t.transcript)]
		if !ok {
			return nil, fmt.Errorf("%s: no talk in %s has the same persona and turns", t.file, dirA)
		}
		tr := a.transcript
		rep, err := scoreTranscript(ctx, lib, rz, &tr, a.file)
		if err != nil {
			return nil, err
		}
		ja = append(ja, labelJudgement(a))
		jb = append(jb, labelJudgement(t))
		js = append(js, reportJudgement(rep))
	}
	return &agreeEval{
		Talks:     len(second),
		Trainers:  agree(ja, jb),
		ScorerA:   agree(ja, js),
		ScorerB:   agree(jb, js),
		Consensus: agreeWithBoth(ja, jb, js),
	}, nil
}
