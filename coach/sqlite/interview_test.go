package sqlite_test

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"receptioncoach/coach"
	"receptioncoach/coach/sqlite"
)

// newAttempt returns an attempt fixture.
func newAttempt(id, question, user string, at time.Time) *coach.InterviewAttempt {
	return &coach.InterviewAttempt{
		ID: id, QuestionID: question, Title: "老人久等发火要投诉", Category: coach.CategoryInterpersonal,
		User: user, Answer: "大爷您先坐,我代表单位向您道歉。", Seconds: 150, Speech: true,
		CreatedAt: at, Score: 71,
		Result: &coach.InterviewResult{
			QuestionID: question, Score: 71, Coverage: 60,
			Points:  []coach.PointResult{{ID: "apologise", Text: "道歉", Required: true, Weight: 3, Phase: coach.PhaseOpen, Hit: true, Quote: "我代表单位向您道歉。", Sentence: 1}},
			Traps:   []coach.TrapResult{},
			Outline: []string{"先道歉"},
			Advice:  []string{},
		},
	}
}

func TestInterviewStore_CreateAttempt(t *testing.T) {
	ctx := context.Background()
	t0 := time.Date(2025, 5, 1, 8, 0, 0, 0, time.UTC)
	for name, dsn := range dsns(t) {
		t.Run(name, func(t *testing.T) {
			s := sqlite.NewInterviewStore(MustOpenDB(t, dsn))
			noResult := newAttempt("a3", "elderly-waiting", "", t0)
			noResult.Result = nil
			tests := []struct {
				name string
				a    *coach.InterviewAttempt
				code string
			}{
				{"OK", newAttempt("a1", "elderly-waiting", "u1", t0), ""},
				{"ErrConflict", newAttempt("a1", "elderly-waiting", "u1", t0), coach.ECONFLICT},
				{"ErrIDRequired", newAttempt("", "elderly-waiting", "u1", t0), coach.EINVALID},
				{"ErrQuestionRequired", newAttempt("a2", "", "u1", t0), coach.EINVALID},
				{"ErrResultRequired", noResult, coach.EINVALID},
				{"ErrNil", nil, coach.EINVALID},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					err := s.CreateAttempt(ctx, tt.a)
					if got := coach.ErrorCode(err); got != tt.code {
						t.Fatalf("code = %q, want %q (err %v)", got, tt.code, err)
					}
				})
			}
		})
	}
}

func TestInterviewStore_FindAttempt(t *testing.T) {
	ctx := context.Background()
	t0 := time.Date(2025, 5, 1, 8, 0, 0, 5, time.FixedZone("CST", 8*3600))
	dsn := filepath.Join(t.TempDir(), "coach.db")
	want := newAttempt("a1", "elderly-waiting", "u1", t0)

	// Write, close and reopen: the attempt survives a restart.
	db := sqlite.NewDB(dsn)
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	if err := sqlite.NewInterviewStore(db).CreateAttempt(ctx, want); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	s := sqlite.NewInterviewStore(MustOpenDB(t, dsn))

	t.Run("OK", func(t *testing.T) {
		got, err := s.FindAttempt(ctx, "a1")
		if err != nil {
			t.Fatal(err)
		}
		if !got.CreatedAt.Equal(want.CreatedAt) {
			t.Fatalf("created = %v, want %v", got.CreatedAt, want.CreatedAt)
		}
		got.CreatedAt = want.CreatedAt
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("attempt = %+v\nwant %+v", got, want)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		_, err := s.FindAttempt(ctx, "missing")
		if coach.ErrorCode(err) != coach.ENOTFOUND || coach.ErrorMessage(err) != "找不到答题记录 missing。" {
			t.Fatalf("err = %v", err)
		}
	})
}

func TestInterviewStore_ListAttempts(t *testing.T) {
	ctx := context.Background()
	t0 := time.Date(2025, 5, 1, 8, 0, 0, 0, time.UTC)
	for name, dsn := range dsns(t) {
		t.Run(name, func(t *testing.T) {
			db := MustOpenDB(t, dsn)
			s := sqlite.NewInterviewStore(db)
			for i, a := range []*coach.InterviewAttempt{
				newAttempt("a", "elderly-waiting", "u1", t0),
				newAttempt("b", "queue-jump", "u1", t0.Add(time.Minute)),
				newAttempt("c", "elderly-waiting", "u2", t0.Add(2*time.Minute)),
			} {
				a.Score = 50 + i
				if err := s.CreateAttempt(ctx, a); err != nil {
					t.Fatal(err)
				}
			}
			// Attempts live in the same database as sessions.
			if err := sqlite.NewSessionStore(db).CreateSession(ctx, newSession("s1", t0)); err != nil {
				t.Fatal(err)
			}
			tests := []struct {
				name   string
				filter coach.InterviewFilter
				want   []string
			}{
				{"OK", coach.InterviewFilter{}, []string{"c", "b", "a"}},
				{"User", coach.InterviewFilter{User: "u1"}, []string{"b", "a"}},
				{"Question", coach.InterviewFilter{Question: "elderly-waiting"}, []string{"c", "a"}},
				{"Limit", coach.InterviewFilter{Limit: 2}, []string{"c", "b"}},
				{"None", coach.InterviewFilter{User: "nobody"}, []string{}},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					list, err := s.ListAttempts(ctx, tt.filter)
					if err != nil {
						t.Fatal(err)
					}
					ids := []string{}
					for _, a := range list {
						ids = append(ids, a.ID)
					}
					if !reflect.DeepEqual(ids, tt.want) {
						t.Fatalf("ids = %v, want %v", ids, tt.want)
					}
				})
			}
			list, _ := s.ListAttempts(ctx, coach.InterviewFilter{Question: "queue-jump"})
			if b := list[0]; b.Score != 51 || b.Seconds != 150 || b.Title == "" || b.Category != coach.CategoryInterpersonal || !b.CreatedAt.Equal(t0.Add(time.Minute)) {
				t.Fatalf("summary = %+v", b)
			}
		})
	}
}

// TestInterviewStore_Interviewer runs the domain service on the real store.
func TestInterviewStore_Interviewer(t *testing.T) {
	ctx := context.Background()
	q := &coach.Question{
		ID: "q", Title: "题", Category: coach.CategoryEmergency, Prompt: "出事了。",
		Points:  []coach.KeyPoint{{ID: "p", Text: "道歉", Required: true, Phase: coach.PhaseOpen, Match: []string{"道歉"}}},
		Outline: []string{"道歉"},
	}
	iv := &coach.Interviewer{Bank: oneQuestion{q}, Store: sqlite.NewInterviewStore(MustOpenDB(t, sqlite.MemoryDSN))}
	a, err := iv.Submit(ctx, coach.InterviewSubmission{QuestionID: "q", Answer: "我先道歉。"})
	if err != nil {
		t.Fatal(err)
	}
	got, err := iv.Attempt(ctx, a.ID)
	if err != nil || got.Score != a.Score || !got.Result.Points[0].Hit {
		t.Fatalf("stored = %+v, %v", got, err)
	}
	list, err := iv.Attempts(ctx, coach.InterviewFilter{})
	if err != nil || len(list) != 1 || list[0].ID != a.ID {
		t.Fatalf("list = %+v, %v", list, err)
	}
}

type oneQuestion struct{ q *coach.Question }

func (b oneQuestion) Questions(context.Context) ([]*coach.Question, error) {
	return []*coach.Question{b.q}, nil
}

func (b oneQuestion) Question(_ context.Context, id string) (*coach.Question, error) {
	if id != b.q.ID {
		return nil, coach.Errorf(coach.ENOTFOUND, "找不到题目 %s。", id)
	}
	return b.q, nil
}

func (b oneQuestion) CommonTraps(context.Context) ([]coach.Trap, error) { return nil, nil }
