package coach

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// The stage model calibrates each stage's verdict against trainers. The
// scorer credits a stage with evidence points from the moves it finds (a
// greeting, a restatement, a dated commitment); whether a trainer would count
// the stage as done depends on more than those points: the faults around
// them, the visitor type, how much of the talk the stage took. The model is a
// logistic regression per stage over those facts, learned from the labelled
// talks (`coach train-stages`). When it disagrees with the evidence points
// about whether the stage was done, the stage score crosses the line (45 or
// 55) and the report says why. The overall score is still computed from the
// evidence points: calibrating the verdicts did not rank talks better.

//go:embed stagemodel.tsv
var embeddedStageModel []byte

// StageExample is one labelled talk as the stage model sees it.
type StageExample struct {
	Group    string                       // who wrote it; cross-validation holds a group out whole
	Features map[Stage]map[string]float64 // per stage, from StageFeatures
	Done     map[Stage]bool               // the trainer's verdict per stage
}

// StageTrainConfig sets how a stage model is trained.
type StageTrainConfig struct {
	Iterations int     // passes of full-batch gradient descent
	Rate       float64 // learning rate
	L2         float64 // ridge penalty (the bias is not penalised)
}

// DefaultStageTrainConfig is the configuration `coach train-stages` uses.
func DefaultStageTrainConfig() StageTrainConfig {
	return StageTrainConfig{Iterations: 400, Rate: 0.5, L2: 1}
}

// StageModel holds a logistic model per stage. It is read-only after it is
// built and safe for concurrent use.
type StageModel struct {
	Digest string // what the model was trained on (a digest of the data)

	bias    map[Stage]float64
	weights map[Stage]map[string]float64
}

// Prob returns the probability that a trainer counts stage s as done, given
// its features.
func (m *StageModel) Prob(s Stage, features map[string]float64) float64 {
	z := m.bias[s]
	w := m.weights[s]
	for _, f := range sortedKeys(features) {
		z += w[f] * features[f]
	}
	return sigmoid(z)
}

func sortedKeys(m map[string]float64) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// TrainStageModel fits a stage model to labelled talks. Training is
// deterministic: the same examples give the same model.
func TrainStageModel(examples []StageExample, cfg StageTrainConfig) *StageModel {
	m := &StageModel{bias: map[Stage]float64{}, weights: map[Stage]map[string]float64{}}
	for _, s := range Stages() {
		// Index the features in a fixed order, so sums do not depend on
		// map iteration.
		index := map[string]int{}
		var names []string
		for _, ex := range examples {
			for f := range ex.Features[s] {
				if _, ok := index[f]; !ok {
					index[f] = -1
					names = append(names, f)
				}
			}
		}
		slices.Sort(names)
		for i, f := range names {
			index[f] = i
		}
		type sparse struct {
			idx []int
			val []float64
			y   float64
		}
		rows := make([]sparse, len(examples))
		for k, ex := range examples {
			fs := ex.Features[s]
			for _, f := range sortedKeys(fs) {
				rows[k].idx = append(rows[k].idx, index[f])
				rows[k].val = append(rows[k].val, fs[f])
			}
			if ex.Done[s] {
				rows[k].y = 1
			}
		}
		w := make([]float64, len(names))
		g := make([]float64, len(names))
		var b float64
		n := float64(max(len(rows), 1))
		for it := 0; it < cfg.Iterations; it++ {
			clear(g)
			var gb float64
			for _, r := range rows {
				z := b
				for j, i := range r.idx {
					z += w[i] * r.val[j]
				}
				d := sigmoid(z) - r.y
				gb += d
				for j, i := range r.idx {
					g[i] += d * r.val[j]
				}
			}
			b -= cfg.Rate * gb / n
			for i := range w {
				w[i] -= cfg.Rate * (g[i] + cfg.L2*w[i]) / n
			}
		}
		m.bias[s] = b
		m.weights[s] = map[string]float64{}
		for i, f := range names {
			if w[i] != 0 {
				m.weights[s][f] = w[i]
			}
		}
	}
	return m
}

// MarshalText writes the model in its file format: a digest line, then per
// stage a bias line and one line per feature weight.
func (m *StageModel) MarshalText() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("# Stage model for 接访教练; written by `coach train-stages`, do not edit.\n")
	fmt.Fprintf(&b, "digest\t%s\n", m.Digest)
	num := func(x float64) string { return strconv.FormatFloat(x, 'f', 6, 64) }
	for _, s := range Stages() {
		fmt.Fprintf(&b, "bias\t%s\t%s\n", s, num(m.bias[s]))
		w := m.weights[s]
		for _, f := range sortedKeys(w) {
			if strings.ContainsAny(f, "\t\n") {
				return nil, fmt.Errorf("stage model: feature %q has a tab or newline", f)
			}
			fmt.Fprintf(&b, "w\t%s\t%s\t%s\n", s, f, num(w[f]))
		}
	}
	return b.Bytes(), nil
}

// ParseStageModel reads a model written by MarshalText.
func ParseStageModel(data []byte) (*StageModel, error) {
	m := &StageModel{bias: map[Stage]float64{}, weights: map[Stage]map[string]float64{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	stage := func(key string) (Stage, error) {
		s := Stage(key)
		if !slices.Contains(Stages(), s) {
			return "", fmt.Errorf("stage model line %d: unknown stage %q", n, key)
		}
		return s, nil
	}
	number := func(text string) (float64, error) {
		x, err := strconv.ParseFloat(text, 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
			return 0, fmt.Errorf("stage model line %d: bad number %q", n, text)
		}
		return x, nil
	}
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		switch {
		case fields[0] == "digest" && len(fields) == 2:
			m.Digest = fields[1]
		case fields[0] == "bias" && len(fields) == 3:
			s, err := stage(fields[1])
			if err != nil {
				return nil, err
			}
			x, err := number(fields[2])
			if err != nil {
				return nil, err
			}
			m.bias[s] = x
		case fields[0] == "w" && len(fields) == 4 && fields[2] != "":
			s, err := stage(fields[1])
			if err != nil {
				return nil, err
			}
			x, err := number(fields[3])
			if err != nil {
				return nil, err
			}
			if m.weights[s] == nil {
				m.weights[s] = map[string]float64{}
			}
			m.weights[s][fields[2]] = x
		default:
			return nil, fmt.Errorf("stage model line %d: cannot read %q", n, truncateRunes(line, 40))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read stage model: %w", err)
	}
	for _, s := range Stages() {
		if _, ok := m.bias[s]; !ok {
			return nil, fmt.Errorf("stage model: no bias for stage %s", s)
		}
	}
	return m, nil
}

// EmbeddedStageModel returns the model built into the program. An empty
// embedded file means no model: the evidence points alone decide.
func EmbeddedStageModel() (*StageModel, error) {
	if len(bytes.TrimSpace(embeddedStageModel)) == 0 {
		return nil, nil
	}
	return ParseStageModel(embeddedStageModel)
}
