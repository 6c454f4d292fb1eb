package scenarios_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"receptioncoach/coach"
	"receptioncoach/scenarios"
)

func TestBuiltinQuestionBank(t *testing.T) {
	ctx := context.Background()
	b, err := scenarios.BuiltinQuestionBank()
	if err != nil {
		t.Fatal(err)
	}
	qs, err := b.Questions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) < 30 {
		t.Fatalf("%d questions, want at least 30", len(qs))
	}
	perCategory := map[string]int{}
	for _, q := range qs {
		perCategory[q.Category]++
	}
	for _, c := range coach.InterviewCategories() {
		if perCategory[c] < 3 {
			t.Errorf("category %s has %d questions", c, perCategory[c])
		}
	}
	q, err := b.Question(ctx, "elderly-waiting")
	if err != nil {
		t.Fatal(err)
	}
	if q.Category != coach.CategoryInterpersonal {
		t.Fatalf("elderly-waiting category = %s", q.Category)
	}
	traps, err := b.CommonTraps(ctx)
	if err != nil || len(traps) == 0 {
		t.Fatalf("common traps = %v, %v", traps, err)
	}
	if _, err := b.Question(ctx, "missing"); coach.ErrorCode(err) != coach.ENOTFOUND {
		t.Fatalf("err = %v, want not found", err)
	}
}

// TestBuiltinOutlinesScoreWell scores each question's own outline: a
// candidate who says everything in the outline must not fall into a trap and
// must cover the required points. It keeps recognisers and outlines in step.
func TestBuiltinOutlinesScoreWell(t *testing.T) {
	ctx := context.Background()
	b, err := scenarios.BuiltinQuestionBank()
	if err != nil {
		t.Fatal(err)
	}
	traps, _ := b.CommonTraps(ctx)
	qs, _ := b.Questions(ctx)
	for _, q := range qs {
		t.Run(q.ID, func(t *testing.T) {
			res, err := coach.ScoreAnswer(q, traps, strings.Join(q.Outline, "。\n"))
			if err != nil {
				t.Fatal(err)
			}
			for _, tr := range res.Traps {
				t.Errorf("outline falls into trap %s: %q", tr.ID, tr.Quote)
			}
			if len(res.Missed) > 0 {
				t.Errorf("outline misses required points %v", res.Missed)
			}
		})
	}
}

func TestParseInterview(t *testing.T) {
	good := `
questions:
  - id: q1
    title: 题目
    category: 应急应变
    prompt: 发生了一件事。
    points:
      - id: p1
        text: 要点
        required: true
        phase: open
        match: ["道歉|致歉"]
    outline: [先道歉]
`[1:]
	tests := []struct {
		name   string
		files  map[string]string
		errHas string
	}{
		{"OK", map[string]string{"a.yaml": good}, ""},
		{"ErrUnknownField", map[string]string{"a.yaml": strings.Replace(good, "prompt:", "promt:", 1)}, "a.yaml"},
		{"ErrBrokenYAML", map[string]string{"a.yaml": "questions: [\n  - id: q1\n"}, "a.yaml"},
		{"ErrBinary", map[string]string{"a.yaml": "questions:\x00\x01\x02"}, "UTF-8"},
		{"ErrInvalid", map[string]string{"a.yaml": strings.Replace(good, "应急应变", "闲聊", 1)}, "category"},
		{"ErrEmpty", map[string]string{"a.yaml": "# nothing\n"}, "没有"},
		{"ErrDuplicate", map[string]string{"a.yaml": good, "b.yaml": good}, "重复"},
		{"ErrSharedTrapID", map[string]string{
			"a.yaml": strings.Replace(good, "    outline:", "    traps:\n      - id: t\n        text: 陷阱\n        match: [x]\n    outline:", 1),
			"c.yaml": "traps:\n  - id: t\n    text: 公共陷阱\n    match: [y]\n",
		}, "公共陷阱"},
		{"ErrTooBig", map[string]string{"a.yaml": good + "# " + strings.Repeat("x", scenarios.MaxInterviewFileSize) + "\n"}, "超过"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, text := range tt.files {
				fsys[name] = &fstest.MapFile{Data: []byte(text)}
			}
			b, err := scenarios.LoadQuestionBank(fsys)
			if tt.errHas == "" {
				if err != nil {
					t.Fatal(err)
				}
				q, err := b.Question(context.Background(), "q1")
				if err != nil || q.File != "a.yaml" || q.Info().AnswerSeconds != coach.DefaultAnswerSeconds {
					t.Fatalf("question = %+v, %v", q, err)
				}
				return
			}
			if err == nil || !strings.Contains(coach.ErrorMessage(err)+err.Error(), tt.errHas) {
				t.Fatalf("err = %v, want one mentioning %q", err, tt.errHas)
			}
		})
	}
}
