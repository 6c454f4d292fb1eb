package coach_test

import (
	"context"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"receptioncoach/coach"
)

func TestParseConceptMatcher(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    coach.ConceptMatcher
		wantErr bool
	}{
		{"OK", "道歉|致歉 + 久等", coach.ConceptMatcher{{"道歉", "致歉"}, {"久等"}}, false},
		{"FullWidth", "ＡＢ岗|替岗", coach.ConceptMatcher{{"ab岗", "替岗"}}, false},
		{"ErrEmptyTerm", "道歉||致歉", nil, true},
		{"ErrEmptyGroup", "道歉 + ", nil, true},
		{"ErrLeadingGap", "…道歉", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := coach.ParseConceptMatcher(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if !tt.wantErr && !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestAnswerSentences(t *testing.T) {
	got := coach.AnswerSentences("第一句。第二句!第三句?\n第四句;  \n\n第五句……第六句")
	want := []string{"第一句。", "第二句!", "第三句?", "第四句;", "第五句…", "…", "第六句"}
	// "……" splits twice; the lone "…" is a sentence of its own.
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
}

// question returns a small question for scorer tests.
func question() *coach.Question {
	return &coach.Question{
		ID: "q", Title: "老人久等", Category: coach.CategoryInterpersonal, Prompt: "老人等了一个小时。",
		AnswerSeconds: 60,
		Points: []coach.KeyPoint{
			{ID: "apologise", Text: "道歉", Required: true, Weight: 2, Phase: coach.PhaseOpen, Match: []string{"道歉|对不起|抱歉"}},
			{ID: "contact", Text: "联系同事", Required: true, Weight: 2, Phase: coach.PhaseHandle, Match: []string{"联系|打电话|找 + 同事|经办人"}},
			{ID: "improve", Text: "提出改进", Weight: 1, Phase: coach.PhaseFollow, Match: []string{"建议|改进 + 制度|替岗"}},
		},
		Traps: []coach.Trap{
			{ID: "wait", Text: "让他回去等", Penalty: 10, Match: []string{"明天再来"}},
		},
		Outline: []string{"道歉", "联系同事", "改进"},
	}
}

func commonTraps() []coach.Trap {
	return []coach.Trap{
		{ID: "not_mine", Text: "不归我管", Penalty: 20, Match: []string{"不归我管|与…无关"}},
		{ID: "slogans", Text: "空喊口号", Hollow: true, MinHits: 2, Match: []string{"为人民服务|初心|宗旨"}},
		{ID: "blame", Text: "推卸责任", Penalty: 15, IgnoreNegation: true, Match: []string{"背锅"}},
	}
}

func TestScoreAnswer(t *testing.T) {
	model := "大爷,让您久等了,我代表单位向您道歉。" +
		"我马上打电话联系负责的同事,请他尽快过来,您先坐着喝口水。" +
		"事后我会建议科室建立替岗制度,避免再让群众空等。"
	tests := []struct {
		name      string
		answer    string
		hits      []string // IDs of points hit
		traps     []string
		minScore  int
		maxScore  int
		inOrder   bool
		wantQuote map[string]string
	}{
		{
			name: "Model", answer: model,
			hits: []string{"apologise", "contact", "improve"}, traps: []string{},
			minScore: 90, maxScore: 100, inOrder: true,
			wantQuote: map[string]string{"contact": "我马上打电话联系负责的同事,请他尽快过来,您先坐着喝口水。"},
		},
		{
			name:   "Reversed",
			answer: "事后我会建议科室建立替岗制度。我马上打电话联系负责的同事。大爷,我代表单位向您道歉。",
			hits:   []string{"apologise", "contact", "improve"}, traps: []string{},
			minScore: 40, maxScore: 89, inOrder: false,
		},
		{
			name:   "NotMine",
			answer: "这件事不归我管,您明天再来找经办人吧。",
			hits:   []string{}, traps: []string{"not_mine", "wait"},
			minScore: 0, maxScore: 10,
		},
		{
			name:   "NegatedTrap",
			answer: model + "我绝不能说这事不归我管。",
			hits:   []string{"apologise", "contact", "improve"}, traps: []string{},
			minScore: 90, maxScore: 100, inOrder: true,
		},
		{
			name:   "NegationIgnored",
			answer: model + "但这事不能让我们背锅。",
			hits:   []string{"apologise", "contact", "improve"}, traps: []string{"blame"},
			minScore: 70, maxScore: 89, inOrder: true,
		},
		{
			name:   "Slogans",
			answer: "我们要牢记全心全意为人民服务的宗旨。不忘初心。",
			hits:   []string{}, traps: []string{"slogans"},
			minScore: 0, maxScore: 10,
		},
		{
			name:   "SlogansWithSubstance",
			answer: model + "这是为人民服务的宗旨所在。不忘初心。",
			hits:   []string{"apologise", "contact", "improve"}, traps: []string{},
			minScore: 90, maxScore: 100, inOrder: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := coach.ScoreAnswer(question(), commonTraps(), tt.answer)
			if err != nil {
				t.Fatal(err)
			}
			hits := []string{}
			for _, p := range res.Points {
				if p.Hit {
					hits = append(hits, p.ID)
					if p.Quote == "" || !strings.Contains(tt.answer, p.Quote) {
						t.Errorf("point %s quote %q not from the answer", p.ID, p.Quote)
					}
				} else if p.Quote != "" {
					t.Errorf("missed point %s has quote %q", p.ID, p.Quote)
				}
				if want, ok := tt.wantQuote[p.ID]; ok && p.Quote != want {
					t.Errorf("point %s quote = %q, want %q", p.ID, p.Quote, want)
				}
			}
			if !reflect.DeepEqual(hits, tt.hits) {
				t.Errorf("hits = %v, want %v", hits, tt.hits)
			}
			traps := []string{}
			for _, tr := range res.Traps {
				traps = append(traps, tr.ID)
			}
			if !reflect.DeepEqual(traps, tt.traps) {
				t.Errorf("traps = %v, want %v", traps, tt.traps)
			}
			if res.Score < tt.minScore || res.Score > tt.maxScore {
				t.Errorf("score = %d, want %d–%d", res.Score, tt.minScore, tt.maxScore)
			}
			if len(tt.hits) > 1 && res.Structure.InOrder != tt.inOrder {
				t.Errorf("in order = %v, want %v (%+v)", res.Structure.InOrder, tt.inOrder, res.Structure)
			}
			if len(res.Outline) != 3 {
				t.Errorf("outline = %v", res.Outline)
			}
		})
	}
}

func TestScoreAnswer_TrapSentenceEarnsNothing(t *testing.T) {
	res, err := coach.ScoreAnswer(question(), commonTraps(), "这不归我管,你自己打电话找同事。")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Points {
		if p.Hit {
			t.Fatalf("point %s hit by a trap sentence", p.ID)
		}
	}
}

func TestScoreAnswer_Errors(t *testing.T) {
	tests := []struct {
		name   string
		answer string
	}{
		{"ErrEmpty", "  \n "},
		{"ErrTooLong", strings.Repeat("字", coach.MaxAnswerRunes+1)},
		{"ErrNotUTF8", "道歉\xff\xfe"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := coach.ScoreAnswer(question(), nil, tt.answer)
			if coach.ErrorCode(err) != coach.EINVALID {
				t.Fatalf("err = %v, want invalid", err)
			}
		})
	}
}

func TestScoreAnswer_Length(t *testing.T) {
	q := question() // 60 s: 200–250 characters
	tests := []struct {
		name     string
		chars    int
		min, max int
	}{
		{"Empty-ish", 5, 0, 0},
		{"Short", 50, 1, 99},
		{"Full", 200, 100, 100},
		{"TooLong", 600, 40, 99},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := coach.ScoreAnswer(q, nil, strings.Repeat("好", tt.chars))
			if err != nil {
				t.Fatal(err)
			}
			if res.Length.Chars != tt.chars || res.Length.Score < tt.min || res.Length.Score > tt.max {
				t.Fatalf("length = %+v, want score %d–%d", res.Length, tt.min, tt.max)
			}
			if res.Length.MinChars != 200 || res.Length.MaxChars != 250 {
				t.Fatalf("bounds = %d–%d", res.Length.MinChars, res.Length.MaxChars)
			}
		})
	}
}

func TestScoreAnswer_Deterministic(t *testing.T) {
	a := "我先道歉。我马上联系同事。"
	r1, _ := coach.ScoreAnswer(question(), commonTraps(), a)
	r2, _ := coach.ScoreAnswer(question(), commonTraps(), a)
	if !reflect.DeepEqual(r1, r2) {
		t.Fatal("same answer, different results")
	}
}

func TestQuestion_Validate(t *testing.T) {
	tests := []struct {
		name   string
		modify func(q *coach.Question)
		errHas string
	}{
		{"OK", func(q *coach.Question) {}, ""},
		{"ErrCategory", func(q *coach.Question) { q.Category = "闲聊" }, "category"},
		{"ErrNoRequired", func(q *coach.Question) {
			for i := range q.Points {
				q.Points[i].Required = false
			}
		}, "required"},
		{"ErrDuplicatePoint", func(q *coach.Question) { q.Points[1].ID = "apologise" }, "duplicate"},
		{"ErrPhase", func(q *coach.Question) { q.Points[0].Phase = "later" }, "phase"},
		{"ErrMatcher", func(q *coach.Question) { q.Points[0].Match = []string{"a||b"} }, "empty term"},
		{"ErrNoMatch", func(q *coach.Question) { q.Traps[0].Match = nil }, "match"},
		{"ErrWeight", func(q *coach.Question) { q.Points[0].Weight = 9 }, "weight"},
		{"ErrOutline", func(q *coach.Question) { q.Outline = nil }, "outline"},
		{"ErrSeconds", func(q *coach.Question) { q.AnswerSeconds = -1 }, "seconds"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := question()
			tt.modify(q)
			err := q.Validate()
			if tt.errHas == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if coach.ErrorCode(err) != coach.EINVALID || !strings.Contains(coach.ErrorMessage(err), tt.errHas) {
				t.Fatalf("err = %v, want invalid with %q", err, tt.errHas)
			}
		})
	}
}

func TestSpearman(t *testing.T) {
	tests := []struct {
		name string
		x, y []float64
		want float64
	}{
		{"Perfect", []float64{1, 2, 3, 4}, []float64{10, 20, 30, 40}, 1},
		{"Reversed", []float64{1, 2, 3, 4}, []float64{4, 3, 2, 1}, -1},
		{"Monotone", []float64{1, 2, 3, 4}, []float64{1, 8, 27, 64}, 1},
		// Ranks with ties: x = 1, 2.5, 2.5, 4; Pearson of the ranks.
		{"Ties", []float64{1, 2, 2, 3}, []float64{1, 2, 3, 4}, 0.9486832980505138},
		{"Constant", []float64{1, 1, 1}, []float64{1, 2, 3}, 0},
		{"Short", []float64{1}, []float64{1}, 0},
		{"Mismatch", []float64{1, 2}, []float64{1}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := coach.Spearman(tt.x, tt.y); math.Abs(got-tt.want) > 1e-9 {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// bank is a QuestionSource over one question.
type bank struct{ q *coach.Question }

func (b bank) Questions(ctx context.Context) ([]*coach.Question, error) {
	return []*coach.Question{b.q}, nil
}

func (b bank) Question(ctx context.Context, id string) (*coach.Question, error) {
	if id != b.q.ID {
		return nil, coach.Errorf(coach.ENOTFOUND, "找不到题目 %s。", id)
	}
	return b.q, nil
}

func (b bank) CommonTraps(ctx context.Context) ([]coach.Trap, error) { return commonTraps(), nil }

// memStore is an InterviewStore in a map, for service tests.
type memStore struct {
	CreateAttemptFn func(a *coach.InterviewAttempt) error
	attempts        map[string]*coach.InterviewAttempt
}

func (m *memStore) CreateAttempt(ctx context.Context, a *coach.InterviewAttempt) error {
	if m.CreateAttemptFn != nil {
		if err := m.CreateAttemptFn(a); err != nil {
			return err
		}
	}
	m.attempts[a.ID] = a
	return nil
}

func (m *memStore) FindAttempt(ctx context.Context, id string) (*coach.InterviewAttempt, error) {
	a, ok := m.attempts[id]
	if !ok {
		return nil, coach.Errorf(coach.ENOTFOUND, "找不到答题记录 %s。", id)
	}
	return a, nil
}

func (m *memStore) ListAttempts(ctx context.Context, f coach.InterviewFilter) ([]coach.InterviewAttemptSummary, error) {
	var out []coach.InterviewAttemptSummary
	for _, a := range m.attempts {
		out = append(out, coach.InterviewAttemptSummary{ID: a.ID, QuestionID: a.QuestionID, Score: a.Score})
	}
	return out, nil
}

func TestInterviewer(t *testing.T) {
	ctx := context.Background()
	store := &memStore{attempts: map[string]*coach.InterviewAttempt{}}
	now := time.Date(2025, 5, 1, 8, 0, 0, 0, time.UTC)
	iv := &coach.Interviewer{Bank: bank{question()}, Store: store, Now: func() time.Time { return now }, NewID: func() string { return "a1" }}

	t.Run("Questions", func(t *testing.T) {
		qs, err := iv.Questions(ctx)
		if err != nil || len(qs) != 1 || qs[0].ThinkSeconds != coach.DefaultThinkSeconds || qs[0].AnswerSeconds != 60 {
			t.Fatalf("questions = %+v, %v", qs, err)
		}
	})
	t.Run("OK", func(t *testing.T) {
		a, err := iv.Submit(ctx, coach.InterviewSubmission{QuestionID: "q", Answer: "我先道歉。", User: "u", Seconds: 90})
		if err != nil {
			t.Fatal(err)
		}
		if a.ID != "a1" || !a.CreatedAt.Equal(now) || a.Result == nil || a.Score != a.Result.Score || a.Title != "老人久等" {
			t.Fatalf("attempt = %+v", a)
		}
		got, err := iv.Attempt(ctx, "a1")
		if err != nil || got != a {
			t.Fatalf("stored = %+v, %v", got, err)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		_, err := iv.Submit(ctx, coach.InterviewSubmission{QuestionID: "nope", Answer: "道歉"})
		if coach.ErrorCode(err) != coach.ENOTFOUND {
			t.Fatalf("err = %v", err)
		}
		if _, err := iv.Attempt(ctx, "nope"); coach.ErrorCode(err) != coach.ENOTFOUND {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		for _, sub := range []coach.InterviewSubmission{
			{QuestionID: "q", Answer: ""},
			{QuestionID: "q", Answer: "道歉", Seconds: -5},
			{QuestionID: "q", Answer: "道歉", User: strings.Repeat("名", 101)},
		} {
			if _, err := iv.Submit(ctx, sub); coach.ErrorCode(err) != coach.EINVALID {
				t.Fatalf("submit %+v: err = %v", sub, err)
			}
		}
	})
	t.Run("ErrStore", func(t *testing.T) {
		store.CreateAttemptFn = func(a *coach.InterviewAttempt) error { return coach.Errorf(coach.ECONFLICT, "重复") }
		defer func() { store.CreateAttemptFn = nil }()
		if _, err := iv.Submit(ctx, coach.InterviewSubmission{QuestionID: "q", Answer: "道歉"}); coach.ErrorCode(err) != coach.ECONFLICT {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("NoStore", func(t *testing.T) {
		iv := &coach.Interviewer{Bank: bank{question()}}
		a, err := iv.Submit(ctx, coach.InterviewSubmission{QuestionID: "q", Answer: "道歉"})
		if err != nil || len(a.ID) != 16 {
			t.Fatalf("attempt = %+v, %v", a, err)
		}
		list, err := iv.Attempts(ctx, coach.InterviewFilter{})
		if err != nil || len(list) != 0 {
			t.Fatalf("list = %v, %v", list, err)
		}
	})
}

// BenchmarkScoreAnswer measures scoring a 400-character answer against a
// question of the built-in size (about ten points, common traps).
func BenchmarkScoreAnswer(b *testing.B) {
	q := question()
	for i := 0; i < 3; i++ {
		q.Points = append(q.Points, q.Points...)
	}
	for i := range q.Points {
		q.Points[i].ID = fmt.Sprintf("p%d", i)
	}
	answer := strings.Repeat("大爷,让您久等了,我代表单位向您道歉。我马上打电话联系负责的同事。事后我会建议科室建立替岗制度。", 8)
	traps := commonTraps()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := coach.ScoreAnswer(q, traps, answer); err != nil {
			b.Fatal(err)
		}
	}
}
