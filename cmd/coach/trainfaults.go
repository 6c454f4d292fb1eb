package main

import (
	"context"
	"crypto/sha256"
	"encoding"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"receptioncoach/coach"
	"receptioncoach/scenarios"
)

// trainingTalkDirs are the labelled talk sets the fault model learns from.
// Held-out sets are not listed here until they have been measured.
var trainingTalkDirs = []string{
	"testdata/talks",
	"testdata/talks-holdout",
	"testdata/talks-train",
	"testdata/talks-fresh",
	"testdata/talks-fresh2",
	"testdata/talks-train2",
	"testdata/talks-fresh3",
	"testdata/talks-fresh4",
	"testdata/talks-train3",
	"testdata/talks-fresh5",
	"testdata/talks-train4",
	"testdata/talks-fresh6",
	"testdata/talks-train5",
	"testdata/talks-train6",
	"testdata/talks-fresh7",
	"testdata/talks-fresh8",
	"testdata/talks-fresh9",
	"testdata/talks-fresh10",
	"testdata/talks-fresh11",
	"testdata/talks-fresh12",
	"testdata/talks-fresh13",
	"testdata/talks-fresh14",
	"testdata/talks-fresh15",
	"testdata/talks-fresh16",
	"testdata/talks-fresh17",
	"testdata/talks-fresh18",
	"testdata/talks-fresh19",
	"testdata/talks-fresh20",
	"testdata/talks-fresh21",
	"testdata/talks-fresh22",
	"testdata/talks-fresh23",
	"testdata/talks-fresh24",
	"testdata/talks-fresh25",
	"testdata/talks-fresh26",
	"testdata/talks-fresh27",
	"testdata/talks-fresh28",
	"testdata/talks-fresh29",
	"testdata/talks-fresh30",
	"testdata/talks-fresh31",
	"testdata/talks-fresh32",
	"testdata/talks-fresh33",
	"testdata/talks-fresh34",
	"testdata/talks-fresh35",
	"testdata/talks-fresh36",
	"testdata/talks-fresh37",
	"testdata/talks-fresh38",
	"testdata/talks-fresh39",
	"testdata/talks-fresh40",
	"testdata/talks-fresh41",
	"testdata/talks-fresh42",
	"testdata/talks-fresh43",
	"testdata/talks-fresh44",
	"testdata/talks-fresh45",
	"testdata/talks-fresh46",
	"testdata/talks-fresh47",
	"testdata/talks-fresh48",
	"testdata/talks-fresh49",
	"testdata/talks-fresh50",
	"testdata/talks-fresh51",
	"testdata/talks-fresh52",
	"testdata/talks-fresh53",
	"testdata/talks-fresh54",
	"testdata/talks-fresh55",
	"testdata/talks-fresh56",
	"testdata/talks-fresh57",
	"testdata/talks-fresh58",
	"testdata/talks-fresh59",
	"testdata/talks-fresh60",
	"testdata/talks-fresh61",
	"testdata/talks-fresh62",
	"testdata/talks-fresh63",
	"testdata/talks-fresh64",
	"testdata/talks-fresh65",
	"testdata/talks-fresh66",
	"testdata/talks-fresh67",
	"testdata/talks-fresh68",
	"testdata/talks-fresh69",
	"testdata/talks-fresh70",
	"testdata/talks-fresh71",
	"testdata/talks-fresh72",
	"testdata/talks-fresh73",
	"testdata/talks-fresh74",
	"testdata/talks-fresh75",
	"testdata/talks-fresh76",
	"testdata/talks-fresh77",
	"testdata/talks-fresh78",
	"testdata/talks-fresh79",
	"testdata/talks-fresh80",
	"testdata/talks-fresh81",
	"testdata/talks-fresh82",
	"testdata/talks-fresh83",
	"testdata/talks-fresh84",
	"testdata/talks-fresh85",
}

// trainingLineFiles are the labelled single-line files the model learns from.
var trainingLineFiles = []string{"testdata/lines/lines.jsonl", "testdata/lines-fresh/lines.jsonl", "testdata/lines-train/lines.jsonl", "testdata/lines-fresh2/lines.jsonl", "testdata/lines-train2/lines.jsonl", "testdata/lines-fresh3/lines.jsonl", "testdata/lines-train3/lines.jsonl", "testdata/lines-train4/lines.jsonl", "testdata/lines-fresh4/lines.jsonl", "testdata/lines-fresh5/lines.jsonl", "testdata/lines-fresh6/lines.jsonl", "testdata/lines-train5/lines.jsonl", "testdata/lines-train6/lines.jsonl", "testdata/lines-train7/lines.jsonl", "testdata/lines-train8/lines.jsonl"}

// precisionFloor is the precision the model must have shown, on authors it
// was not trained on, before it may add a fault the rules missed.
//
// The figure and the lowest threshold in addGrid come from an honest trial:
// the session-2 rules (commit 0007522), which never saw talks-train2,
// talks-fresh3 or the lines set, plus a model trained only on the older
// sets. On those three sets violation F1 went from 0.561 (rules alone,
// precision 0.80) to 0.659 with additions at 0.2 (precision 0.80), and
// additions at lower probabilities cost precision fast. Letting that model
// also drop faults the rules found below 0.01 raised precision to 0.86 but
// lowered F1 to 0.650; with 27 author groups it pays (see dropBelow).
//
// The codes that can be compliance breaches are grave charges in a
// trainee's report, so the model needs blockerPrecisionFloor to add them.
// Confrontation is one of them. With an unwell visitor, where it is a
// breach, the model needs unwellFloor (see addSide.floor). Until session 7
// it never added it there: a trial in session 5 at precisionFloor
// (threshold 0.35) lowered ρ on talks-fresh4. At 0.9 and then 0.95, with
// its own threshold, it raised rules+model F1 for that side from 0.50 to
// 0.75 out of fold, and the whole talks scored by fold models did not rank
// worse on any set.
const (
	precisionFloor        = 0.75
	blockerPrecisionFloor = 0.9
	unwellFloor           = 0.95
)

// talkFloor is the out-of-fold precision the model's additions must also
// have on the trainee turns of whole talks. The single-line sets are rich
// in faults by design; in a real talk most turns are clean, so a threshold
// that is precise on the lines adds many wrong faults to talks. On the
// session-7 data, rude added at 0.2 was right 16 times and wrong 52 times
// on talk turns; an addition helps violation F1 only when it is right more
// often than about F1/2 of the time, hence 0.5. With it, whole talks
// scored by fold models went from violation P/R/F1 0.76/0.86/0.81 to
// 0.80/0.86/0.83, and rules+model on all lines stayed at F1 0.84.
const talkFloor = 0.5

// doubtBelow is where the model doubts a compliance breach the rules found
// (coach.FaultModel.Doubt): a doubted breach is still reported but does not
// cap the talk. Out of fold on the session-5 data (with lines-train and
// talks-train3), the breaches doubted below 0.02 were 10 of the rules'
// mistakes against 1 right call; at 0.05 it would be 14 mistakes against 7
// right calls, a worse trade. `coach train-faults` prints the counts again.
const doubtBelow = 0.02

// dropBelow is where the model overrules the rules on the faults that are
// no compliance breach (coach.FaultModel.Drop). Out of fold on the session-7
// data, the rules' rude, buck-passing, officialese and sane-visitor
// confront findings below 0.02 were wrong 29 times and right 5 (the
// "rule faults at p<0.02" column); whole talks scored by fold models went
// from violation P/R/F1 0.79/0.83/0.81 to 0.81/0.83/0.82 and mean ρ from
// 0.923 to 0.926, with no talk set worse. At 0.05, F1 was the same and
// recall lower. Session 2's trial of this (F1 0.659 to 0.650) had a
// model trained on far fewer authors.
const dropBelow = 0.02

// sureAbove is where the model's addition counts like the rules' own
// finding (coach.FaultModel.Sure), so that a compliance breach it adds caps
// the talk. Out of fold on the session-7 data, additions at 0.9 or above
// were right 223 times and wrong 6 times (`coach train-faults` prints the
// counts per code). Whole talks scored with such fold models ranked closer
// to the trainers: over the twelve talk sets of session 6, mean ρ 0.929
// against 0.931, talks-fresh5 0.912 against 0.933, and no set ranked worse;
// 0.8 and 0.95 gave the same ρ.
const sureAbove = 0.9

// addFloor returns the out-of-fold precision the model needs to add code.
func addFloor(code string) float64 {
	switch code {
	case coach.ViolationFalsePromise, coach.ViolationBuyPeace, coach.ViolationAcceptGift, coach.ViolationConfront:
		return blockerPrecisionFloor
	}
	return precisionFloor
}

// faultData is the labelled material for the fault model, with what the
// rules alone find in each line.
type faultData struct {
	examples []coach.FaultExample
	rules    [][]string // per example: the codes the rules alone give
	keys     []string   // per example: where it comes from (set/file@turn, or file/id)
	digest   string
}

// runTrainFaults trains the fault model:
// `coach train-faults [--out FILE] [--check] [-v]`.
func runTrainFaults(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("train-faults", e.stderr)
	out := fs.String("out", "coach/faultmodel.tsv", "write the model to `FILE`")
	check := fs.Bool("check", false, "only report whether the model in --out was trained on the current data")
	verbose := fs.Bool("v", false, "print the precision and recall of each code at every threshold")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	} else if len(pos) > 0 {
		return fmt.Errorf("unexpected argument %q", pos[0])
	}
	data, err := loadFaultData(ctx, trainingTalkDirs, trainingLineFiles)
	if err != nil {
		return err
	}
	if *check {
		return checkModel(e, *out, data.digest, func(raw []byte) (string, error) {
			m, err := coach.ParseFaultModel(raw)
			if err != nil {
				return "", err
			}
			return m.Digest, nil
		})
	}
	clean, err := exemplaryLines(ctx)
	if err != nil {
		return err
	}
	m, rep := trainFaultModel(ctx, data, clean, coach.DefaultTrainConfig())
	if ctx.Err() != nil {
		return ctx.Err()
	}
	printFaultReport(e.stdout, rep, *verbose)
	if err := printTalksOutOfFold(ctx, e.stdout, rep.folds); err != nil {
		return err
	}
	return writeModel(e, *out, m)
}

// checkModel reports whether the model file at path was trained on the data
// with digest want; digestOf parses the file and returns its digest.
func checkModel(e env, path, want string, digestOf func([]byte) (string, error)) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read model: %w", err)
	}
	got, err := digestOf(raw)
	if err != nil {
		return err
	}
	if got != want {
		return fmt.Errorf("%s is stale: trained on %s, the data is now %s; run `make model`", path, got, want)
	}
	fmt.Fprintf(e.stdout, "%s is up to date (%s)\n", path, want)
	return nil
}

// writeModel writes a trained model to path.
func writeModel(e env, path string, m encoding.TextMarshaler) error {
	text, err := m.MarshalText()
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, text, 0o644); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	fmt.Fprintf(e.stdout, "wrote %s (%d bytes)\n", path, len(text))
	return nil
}

// loadFaultData reads the labelled talks and lines, turns each trainee line
// into an example, and records what the rules alone find in it.
func loadFaultData(ctx context.Context, talkDirs, lineFiles []string) (*faultData, error) {
	d := &faultData{}
	rz := coach.NewRuleRecognizer()
	for _, dir := range talkDirs {
		talks, err := loadLabelled(dir)
		if err != nil {
			return nil, err
		}
		group := filepath.Base(dir)
		for _, t := range talks {
			in := t.input(rz)
			rep := coach.Score(in)
			for i, tt := range t.Turns {
				if tt.Role != coach.RoleTrainee {
					continue
				}
				ex := coach.FaultExample{Group: group, Persona: t.Persona, Text: tt.Text}
				if i > 0 && t.Turns[i-1].Role != coach.RoleTrainee {
					ex.Visitor = t.Turns[i-1].Text
				}
				for _, v := range t.Label.Violations {
					if v.Turn == i && !slices.Contains(ex.Codes, v.Code) {
						ex.Codes = append(ex.Codes, v.Code)
					}
				}
				var got []string
				for _, v := range rep.Violations {
					if v.Turn == i && v.Code != coach.ViolationInconsistent && !slices.Contains(got, v.Code) {
						got = append(got, v.Code)
					}
				}
				d.examples = append(d.examples, ex)
				d.rules = append(d.rules, got)
				d.keys = append(d.keys, fmt.Sprintf("%s/%s@%d", group, t.file, i))
			}
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
	for _, f := range lineFiles {
		lines, err := loadLines(f)
		if err != nil {
			return nil, err
		}
		group := filepath.Base(filepath.Dir(f))
		for _, l := range lines {
			d.examples = append(d.examples, coach.FaultExample{Group: group, Persona: coach.Persona(l.Persona), Visitor: l.Visitor, Text: l.Text, Codes: l.Codes})
			d.rules = append(d.rules, lineViolations(rz, l))
			d.keys = append(d.keys, group+"/"+l.ID)
		}
	}
	d.digest = digestExamples(d.examples)
	return d, nil
}

// digestExamples fingerprints exactly what a model learns from: every
// example's group, visitor type, lines and codes, in order. Notes, scores
// and formatting of the labelled files do not count.
func digestExamples(examples []coach.FaultExample) string {
	h := sha256.New()
	for _, ex := range examples {
		fmt.Fprintf(h, "%q %q %q %q %q\n", ex.Group, ex.Persona, ex.Visitor, ex.Text, ex.Codes)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// inTalk reports whether example i is a trainee turn of a whole talk.
func (d *faultData) inTalk(i int) bool { return strings.Contains(d.keys[i], "@") }

// lineViolations returns the codes Score gives a single labelled line.
func lineViolations(rz *coach.TurnRecognizer, l labelledLine) []string {
	in := coach.ScoreInput{Persona: coach.Persona(l.Persona)}.WithRecognizer(rz)
	if l.Visitor != "" {
		in.Turns = append(in.Turns, coach.Turn{Role: coach.RoleVisitor, Text: l.Visitor})
	}
	in.Turns = append(in.Turns, coach.Turn{Role: coach.RoleTrainee, Text: l.Text})
	var got []string
	for _, v := range coach.Score(in).Violations {
		if !slices.Contains(got, v.Code) && v.Code != coach.ViolationInconsistent {
			got = append(got, v.Code)
		}
	}
	return got
}

// faultReport is what cross-validation measured while training.
type faultReport struct {
	Examples int
	Groups   []string
	Digest   string
	Codes    []codeReport

	// folds holds, per author group, the model trained without that group,
	// with the thresholds chosen for the final model.
	folds map[string]*coach.FaultModel
}

// codeReport holds one code's figures: the rules alone (in-sample: the
// rules were tuned on these lines), the model alone and rules plus model
// (both out of fold: each group predicted by a model trained without it).
type codeReport struct {
	Code      string
	Positives int
	Add       float64
	Rules     [3]int // tp, fp, fn
	Model     [3]int
	Hybrid    [3]int
	Doubted   [2]int   // out of fold: rule-found breaches doubted that were right, and wrong
	Sure      [2]int   // out of fold: additions at sureAbove or above that were right, and wrong
	Held      heldLine // the exemplary line the threshold is held above
	Curve     []curvePoint
}

type curvePoint struct {
	At     float64
	TP, FP int
}

var addGrid = []float64{0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95}

// trainFaultModel cross-validates by author group to choose each code's
// thresholds, then trains the model on all the data.
//
// No threshold is set so low that the final model would add a fault to a
// trainee line of the built-in exemplary talks (clean): those talks are the
// product's own examples of good practice, and `coach test` requires them
// to be free of violations.
func trainFaultModel(ctx context.Context, d *faultData, clean []exemplaryLine, cfg coach.TrainConfig) (*coach.FaultModel, *faultReport) {
	var groups []string
	for _, ex := range d.examples {
		if !slices.Contains(groups, ex.Group) {
			groups = append(groups, ex.Group)
		}
	}
	oof := make([][]float64, len(d.examples))
	alone := make([][]float64, len(d.examples)) // without the visitor's line
	folds := map[string]*coach.FaultModel{}
	for _, g := range groups {
		var train []coach.FaultExample
		for _, ex := range d.examples {
			if ex.Group != g {
				train = append(train, ex)
			}
		}
		m := coach.TrainFaultModel(train, cfg)
		folds[g] = m
		for i, ex := range d.examples {
			if ex.Group == g {
				oof[i] = m.Probs(ex.Persona, ex.Visitor, ex.Text)
				alone[i] = m.Probs(ex.Persona, "", ex.Text)
			}
		}
		if ctx.Err() != nil {
			return nil, nil
		}
	}
	m := coach.TrainFaultModel(d.examples, cfg)
	m.Digest = d.digest
	m.Doubt = doubtBelow
	m.Sure = sureAbove
	m.Drop = dropBelow
	rep := &faultReport{Examples: len(d.examples), Groups: groups, Digest: d.digest, folds: folds}
	held := holdAbove(m, clean)
	for k, code := range m.Codes {
		for _, side := range addSides(code) {
			cr := codeReport{Code: side.name, Add: 2, Held: held[side.name]}
			for i, ex := range d.examples {
				if !side.holds(ex.Persona) {
					continue
				}
				if slices.Contains(ex.Codes, code) {
					cr.Positives++
				}
				cr.Rules = tally(cr.Rules, slices.Contains(d.rules[i], code), slices.Contains(ex.Codes, code))
			}
			// The add threshold is the lowest at which the model alone, on
			// authors it never saw, was right at least addFloor of the time.
			for _, at := range addGrid {
				var c, ct [3]int // all examples; additions to turns of whole talks
				for i, ex := range d.examples {
					if !side.holds(ex.Persona) {
						continue
					}
					adds := coach.Adds(code, oof[i][k], alone[i][k], at)
					c = tally(c, adds, slices.Contains(ex.Codes, code))
					if d.inTalk(i) && !slices.Contains(d.rules[i], code) {
						ct = tally(ct, adds, slices.Contains(ex.Codes, code))
					}
				}
				cr.Curve = append(cr.Curve, curvePoint{At: at, TP: c[0], FP: c[1]})
				if cr.Add > 1 && at > cr.Held.P && c[0] >= 3 && float64(c[0]) >= side.floor()*float64(c[0]+c[1]) && float64(ct[0]) >= talkFloor*float64(ct[0]+ct[1]) {
					cr.Add = at
				}
			}
			for i, ex := range d.examples {
				if !side.holds(ex.Persona) {
					continue
				}
				want := slices.Contains(ex.Codes, code)
				added := coach.Adds(code, oof[i][k], alone[i][k], cr.Add)
				if added && oof[i][k] >= sureAbove && !slices.Contains(d.rules[i], code) {
					if want {
						cr.Sure[0]++
					} else {
						cr.Sure[1]++
					}
				}
				cr.Model = tally(cr.Model, added, want)
				cr.Hybrid = tally(cr.Hybrid, slices.Contains(d.rules[i], code) || added, want)
				if slices.Contains(d.rules[i], code) && oof[i][k] < doubtBelow {
					if want {
						cr.Doubted[0]++
					} else {
						cr.Doubted[1]++
					}
				}
			}
			if side.unwell {
				m.ConfrontUnwell = cr.Add
			} else {
				m.Add[k] = cr.Add
			}
			rep.Codes = append(rep.Codes, cr)
		}
	}
	for _, f := range folds {
		f.Add = slices.Clone(m.Add)
		f.ConfrontUnwell = m.ConfrontUnwell
		f.Doubt = m.Doubt
		f.Sure = m.Sure
		f.Drop = m.Drop
	}
	return m, rep
}

// exemplaryLine is a trainee line of a built-in test talk that must stay
// free of violations, with the visitor's line before it.
type exemplaryLine struct {
	persona       coach.Persona
	visitor, text string
}

// exemplaryLines plays the built-in scenarios' test talks that expect no
// violations and returns their trainee lines, each with the visitor's line
// before it. The scripted visitor reacts to the rules alone, so the talk
// does not depend on the fault model.
func exemplaryLines(ctx context.Context) ([]exemplaryLine, error) {
	lib, err := scenarios.Open("")
	if err != nil {
		return nil, err
	}
	scs, err := lib.Scenarios(ctx)
	if err != nil {
		return nil, fmt.Errorf("load scenarios: %w", err)
	}
	var out []exemplaryLine
	rz := coach.NewTurnRecognizer()
	for _, sc := range scs {
		for _, t := range sc.Tests {
			if !t.Expect.NoViolations {
				continue
			}
			visitor := ""
			for _, turn := range scenarios.RunTest(sc, rz, t).Turns {
				if turn.Role != coach.RoleTrainee {
					visitor = turn.Text
					continue
				}
				out = append(out, exemplaryLine{persona: sc.Persona, visitor: visitor, text: turn.Text})
			}
		}
	}
	return out, nil
}

// heldLine is the exemplary line with the highest probability the model
// would add a fault to, per add side: the threshold must stay above P.
type heldLine struct {
	P    float64
	Line string
}

// holdAbove finds, per add side, the exemplary line the final model m would
// most readily add a fault to, judged as Judge judges a line (the rules'
// own findings and Judge's exceptions included). A line is added at a
// threshold when both its probability in context and its probability
// alone reach it (coach.Adds), so the lower of the two is what counts.
func holdAbove(m *coach.FaultModel, clean []exemplaryLine) map[string]heldLine {
	open := *m // every threshold at zero: all that Judge would ever add
	open.Add = make([]float64, len(m.Add))
	open.ConfrontUnwell = 0
	open.Sure, open.Doubt, open.Drop = 0, 0, 0
	rz := coach.NewRuleRecognizer()
	held := map[string]heldLine{}
	for _, l := range clean {
		got := open.Judge(rz.RecognizeReply(l.visitor, l.text), l.persona, l.visitor, l.text)
		if len(got.Learned) == 0 {
			continue
		}
		p := m.Probs(l.persona, l.visitor, l.text)
		alone := m.Probs(l.persona, "", l.text)
		for k, code := range m.Codes {
			if !slices.Contains(got.Learned, code) {
				continue
			}
			at := p[k]
			if code != coach.ViolationAcceptGift {
				at = min(at, alone[k])
			}
			for _, side := range addSides(code) {
				if side.holds(l.persona) && at > held[side.name].P {
					held[side.name] = heldLine{P: at, Line: l.text}
				}
			}
		}
	}
	return held
}

// addSide is the part of the examples over which one add threshold is
// chosen. Confrontation has two (coach.FaultModel.ConfrontUnwell): with an
// unwell visitor, where any correction of the belief is a breach and kind
// words about the feared thing read much like one, it is chosen apart.
type addSide struct {
	name   string
	unwell bool // the confrontation side for unwell visitors
	split  bool // the code is split by visitor type
}

// floor is the out-of-fold precision the model needs to add the code on
// this side. Confronting an unwell visitor is the gravest charge in a
// report, and kind words about the feared thing ("挂失以后就没人能拿它干坏事
// 了") are its common lookalike, so that side needs unwellFloor.
func (s addSide) floor() float64 {
	if s.unwell {
		return unwellFloor
	}
	return addFloor(s.name)
}

func (s addSide) holds(p coach.Persona) bool {
	return !s.split || s.unwell == (p == coach.PersonaUnwell)
}

func addSides(code string) []addSide {
	if code != coach.ViolationConfront {
		return []addSide{{name: code}}
	}
	return []addSide{{name: code, split: true}, {name: code + "/unwell", unwell: true, split: true}}
}

// tally adds one decision to tp, fp, fn counts.
func tally(c [3]int, got, want bool) [3]int {
	switch {
	case got && want:
		c[0]++
	case got:
		c[1]++
	case want:
		c[2]++
	}
	return c
}

func printFaultReport(w io.Writer, rep *faultReport, verbose bool) {
	fmt.Fprintf(w, "examples: %d trainee lines in %d author groups (%s); data %s\n", rep.Examples, len(rep.Groups), strings.Join(rep.Groups, ", "), rep.Digest)
	fmt.Fprintln(w, "rules: in-sample (the rules were tuned on these lines); model and rules+model: leave-one-author-group-out")
	fmt.Fprintf(w, "%-15s %4s %5s  %-17s %-17s %-17s %-9s %s\n", "code", "pos", "add", "rules P/R/F1", "model P/R/F1", "rules+model P/R/F1", fmt.Sprintf("p>=%.2f", sureAbove), fmt.Sprintf("rule faults at p<%.2f", doubtBelow))
	fmt.Fprintf(w, "%-15s %4s %5s  %-17s %-17s %-17s %-9s %s\n", "", "", "", "", "", "", "added r/w", "right/wrong")
	var all [3][3]int
	for _, cr := range rep.Codes {
		add := "never"
		if cr.Add <= 1 {
			add = fmt.Sprintf("%.2f", cr.Add)
		}
		fmt.Fprintf(w, "%-15s %4d %5s  %-17s %-17s %-17s %-9s %d/%d\n", cr.Code, cr.Positives, add, prfText(cr.Rules), prfText(cr.Model), prfText(cr.Hybrid), fmt.Sprintf("%d/%d", cr.Sure[0], cr.Sure[1]), cr.Doubted[0], cr.Doubted[1])
		for j, c := range [][3]int{cr.Rules, cr.Model, cr.Hybrid} {
			for x := range 3 {
				all[j][x] += c[x]
			}
		}
		if cr.Held.Line != "" && cr.Held.P >= 0.2 {
			fmt.Fprintf(w, "    held above %.2f by a built-in exemplary line: %s\n", cr.Held.P, cr.Held.Line)
		}
		if verbose {
			for _, p := range cr.Curve {
				fmt.Fprintf(w, "    at %.2f: model tp %d fp %d\n", p.At, p.TP, p.FP)
			}
		}
	}
	fmt.Fprintf(w, "%-15s %4s %5s  %-17s %-17s %-17s\n", "all", "", "", prfText(all[0]), prfText(all[1]), prfText(all[2]))
}

func prfText(c [3]int) string {
	p, r, f := prf(c[0], c[1], c[2])
	return fmt.Sprintf("%.2f/%.2f/%.2f", p, r, f)
}

// printTalksOutOfFold scores each training talk set as the product would,
// but with the fold model that never saw its author, and prints how the
// whole-talk figures agree with the labels. The rules were tuned on every
// set, so these figures are still kinder than an unseen author's; they show
// what the learned part adds or costs on whole talks.
func printTalksOutOfFold(ctx context.Context, w io.Writer, folds map[string]*coach.FaultModel) error {
	lib, err := scenarios.Open("")
	if err != nil {
		return err
	}
	base := coach.NewTurnRecognizer()
	fmt.Fprintln(w, "whole talks, each set scored with the model trained without its author (rules in-sample):")
	fmt.Fprintf(w, "%-16s %5s %6s %6s  %-17s %-17s\n", "set", "talks", "rho", "rules", "violations P/R/F1", "rules P/R/F1")
	var all, rules [3]int
	var rho, rulesRho float64
	n := 0
	for _, dir := range trainingTalkDirs {
		g := filepath.Base(dir)
		m, ok := folds[g]
		if !ok {
			continue
		}
		talks, err := loadLabelled(dir)
		if err != nil {
			return err
		}
		ev, _, err := evaluateScoring(ctx, lib, base.WithModel(m), talks)
		if err != nil {
			return err
		}
		rv, _, err := evaluateScoring(ctx, lib, base.WithoutModel(), talks)
		if err != nil {
			return err
		}
		c, rc := codeTotals(ev), codeTotals(rv)
		for x := range 3 {
			all[x] += c[x]
			rules[x] += rc[x]
		}
		rho += ev.Spearman
		rulesRho += rv.Spearman
		n++
		fmt.Fprintf(w, "%-16s %5d %6.3f %6.3f  %-17s %-17s\n", g, ev.Talks, ev.Spearman, rv.Spearman, prfText(c), prfText(rc))
	}
	if n > 0 {
		fmt.Fprintf(w, "%-16s %5s %6.3f %6.3f  %-17s %-17s\n", "mean / pooled", "", rho/float64(n), rulesRho/float64(n), prfText(all), prfText(rules))
	}
	return nil
}

// codeTotals sums an evaluation's per-code tp, fp, fn.
func codeTotals(ev *scoreEval) [3]int {
	var c [3]int
	for _, v := range ev.PerCode {
		for x := range 3 {
			c[x] += v[x]
		}
	}
	return c
}
