package coach

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

// stageExamples is a toy set: a stage is done exactly when its "good"
// feature is present.
func stageExamples() []StageExample {
	var out []StageExample
	for i := range 40 {
		ex := StageExample{Group: "g", Features: map[Stage]map[string]float64{}, Done: map[Stage]bool{}}
		for _, s := range Stages() {
			f := map[string]float64{"noise": float64(i%3) / 3}
			if i%2 == 0 {
				f["good"] = 1
				ex.Done[s] = true
			}
			ex.Features[s] = f
		}
		out = append(out, ex)
	}
	return out
}

func TestTrainStageModelLearnsAndRoundTrips(t *testing.T) {
	m := TrainStageModel(stageExamples(), DefaultStageTrainConfig())
	m.Digest = "toy"
	for _, s := range Stages() {
		if p := m.Prob(s, map[string]float64{"good": 1}); p < 0.8 {
			t.Errorf("%s: p(done | good) = %.2f, want high", s, p)
		}
		if p := m.Prob(s, map[string]float64{}); p > 0.2 {
			t.Errorf("%s: p(done | nothing) = %.2f, want low", s, p)
		}
	}
	text, err := m.MarshalText()
	if err != nil {
		t.Fatal(err)
	}
	again, err := ParseStageModel(text)
	if err != nil {
		t.Fatal(err)
	}
	if again.Digest != "toy" {
		t.Fatalf("digest %q", again.Digest)
	}
	f := map[string]float64{"good": 1, "noise": 0.5, "unknown": 1}
	for _, s := range Stages() {
		if a, b := m.Prob(s, f), again.Prob(s, f); math.Abs(a-b) > 1e-5 {
			t.Errorf("%s: %.6f before writing, %.6f after", s, a, b)
		}
	}
	text2, _ := TrainStageModel(stageExamples(), DefaultStageTrainConfig()).MarshalText()
	m.Digest = ""
	text1, _ := m.MarshalText()
	if string(text1) != string(text2) {
		t.Fatal("training twice on the same data gave different models")
	}
}

func TestParseStageModelRejectsBadInput(t *testing.T) {
	full := ""
	for _, s := range Stages() {
		full += "bias\t" + string(s) + "\t0\n"
	}
	for _, tt := range []struct {
		name, data, want string
	}{
		{"empty", "", "no bias"},
		{"unknown stage", "bias\topening\t1\n", "unknown stage"},
		{"bad number", "bias\tintroduction\tx\n", "bad number"},
		{"not a number", full + "w\tsummary\tgot:restate\tNaN\n", "bad number"},
		{"unknown record", full + "weight\tsummary\tx\t1\n", "cannot read"},
		{"feature without a name", full + "w\tsummary\t\t1\n", "cannot read"},
		{"binary", "\x00\x01\x02PK", "cannot read"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseStageModel([]byte(tt.data))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want %q", err, tt.want)
			}
		})
	}
	if _, err := ParseStageModel([]byte("# comment\n" + full)); err != nil {
		t.Fatalf("a model with biases only: %v", err)
	}
}

func TestEmbeddedStageModelLoads(t *testing.T) {
	m, err := EmbeddedStageModel()
	if err != nil || m == nil {
		t.Fatalf("embedded stage model: %v, %v", m, err)
	}
}

// A stage model that disagrees with the evidence points moves the stage
// across the line and says why; the overall score stays the one the
// evidence points give.
func TestStageCalibration(t *testing.T) {
	turns := []Turn{
		{Role: RoleVisitor, Text: "同志,我来问问我家低保的事。"},
		{Role: RoleTrainee, Text: "大娘您好,快请坐,先喝口水。路上冷吧?您是哪个村的?"},
		{Role: RoleVisitor, Text: "北洼村的。"},
	}
	biases := func(intro float64) string {
		text := ""
		for _, s := range Stages() {
			b := -8.0 // not done
			if s == StageIntroduction {
				b = intro
			}
			text += "bias\t" + string(s) + "\t" + strconv.FormatFloat(b, 'f', -1, 64) + "\n"
		}
		return text
	}
	plain := Score(ScoreInput{Persona: PersonaConfused, Turns: turns}.WithRecognizer(NewRuleRecognizer()))
	intro := plain.Stages[StageIntroduction].Score
	if intro < 60 {
		t.Fatalf("introduction %d by evidence points; the test needs a done introduction", intro)
	}
	for _, tt := range []struct {
		name      string
		introBias float64
		want      int
		calibrate bool
	}{
		{"model agrees", 8, intro, false},
		{"model says not done", -8, calibratedNotDone, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, err := ParseStageModel([]byte(biases(tt.introBias)))
			if err != nil {
				t.Fatal(err)
			}
			r := Score(ScoreInput{Persona: PersonaConfused, Turns: turns}.WithRecognizer(NewRuleRecognizer().WithStageModel(m)))
			got := r.Stages[StageIntroduction]
			if got.Score != tt.want {
				t.Errorf("introduction %d, want %d", got.Score, tt.want)
			}
			if c := got.Calibration; (c != nil) != tt.calibrate {
				t.Fatalf("calibration %+v, want one: %v", c, tt.calibrate)
			} else if c != nil && (c.Points != intro || !strings.Contains(c.Note, "按未完成计")) {
				t.Errorf("calibration %+v", c)
			}
			if r.Overall != plain.Overall {
				t.Errorf("overall %d with the stage model, %d without: calibration must not move it", r.Overall, plain.Overall)
			}
			// A stage the points left undone and the model agrees on is untouched.
			if s := r.Stages[StageSummary]; s.Score != plain.Stages[StageSummary].Score || s.Calibration != nil {
				t.Errorf("summary %+v, want it as the points left it", s)
			}
		})
	}
}
