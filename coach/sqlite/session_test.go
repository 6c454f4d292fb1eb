package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"receptioncoach/coach"
	"receptioncoach/coach/sqlite"
)

func writeFile(path, text string) error {
	return os.WriteFile(path, []byte(text), 0o644)
}

// newSession returns a session fixture with the given ID.
func newSession(id string, started time.Time) *coach.Session {
	return &coach.Session{
		ID:         id,
		ScenarioID: "confused-land",
		Persona:    coach.PersonaConfused,
		Title:      "土地承包政策咨询",
		User:       "trainee-1",
		StartedAt:  started,
	}
}

// talk returns four turns of a short talk starting at t0.
func talk(t0 time.Time) []coach.Turn {
	return []coach.Turn{
		{Index: 0, Role: coach.RoleVisitor, Text: "同志,我想问问地的事。", Time: t0, Mood: &coach.Mood{Anger: 30, Trust: 40}, Stage: coach.StageIntroduction},
		{Index: 1, Role: coach.RoleTrainee, Text: "大爷您好,先坐下喝口水。", Time: t0.Add(5 * time.Second), Stage: coach.StageIntroduction, Moves: []string{"greet", "seat"}},
		{Index: 2, Role: coach.RoleVisitor, Text: "好,好,谢谢你。", Time: t0.Add(6 * time.Second), Mood: &coach.Mood{Anger: 20, Trust: 55}, Stage: coach.StageIntroduction},
		{Index: 3, Role: coach.RoleTrainee, Text: "这事不归我们管。", Time: t0.Add(30 * time.Second), Stage: coach.StageCoordination, Faults: []string{"buck_passing"}},
	}
}

func TestSessionStore_CreateSession(t *testing.T) {
	ctx := context.Background()
	t0 := time.Date(2025, 3, 1, 9, 0, 0, 123456789, time.UTC)
	for name, dsn := range dsns(t) {
		t.Run(name, func(t *testing.T) {
			db := MustOpenDB(t, dsn)
			s := sqlite.NewSessionStore(db)
			tests := []struct {
				name string
				sess *coach.Session
				code string
			}{
				{"OK", newSession("s1", t0), ""},
				{"ErrConflict", newSession("s1", t0), coach.ECONFLICT},
				{"ErrIDRequired", newSession(" ", t0), coach.EINVALID},
				{"ErrScenarioRequired", &coach.Session{ID: "s2"}, coach.EINVALID},
				{"ErrNil", nil, coach.EINVALID},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					err := s.CreateSession(ctx, tt.sess)
					if got := coach.ErrorCode(err); got != tt.code {
						t.Fatalf("code = %q, want %q (err %v)", got, tt.code, err)
					}
					if err != nil && coach.ErrorMessage(err) == "内部错误" {
						t.Fatalf("domain error lacks a message: %v", err)
					}
				})
			}
		})
	}
}

func TestSessionStore_DefaultStartTime(t *testing.T) {
	db := sqlite.NewDB(sqlite.MemoryDSN)
	db.Now = fixedClock()
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s := sqlite.NewSessionStore(db)
	ctx := context.Background()
	if err := s.CreateSession(ctx, newSession("s1", time.Time{})); err != nil {
		t.Fatal(err)
	}
	if err := s.AppendTurn(ctx, "s1", coach.Turn{Index: 0, Role: coach.RoleTrainee, Text: "您好"}); err != nil {
		t.Fatal(err)
	}
	got, err := s.FindSession(ctx, "s1")
	if err != nil {
		t.Fatal(err)
	}
	if got.StartedAt.IsZero() || got.Turns[0].Time.IsZero() {
		t.Fatalf("zero times not defaulted: %v %v", got.StartedAt, got.Turns[0].Time)
	}
	if !got.Turns[0].Time.After(got.StartedAt) {
		t.Fatalf("turn time %v not after start %v", got.Turns[0].Time, got.StartedAt)
	}
}

func TestSessionStore_AppendTurn(t *testing.T) {
	ctx := context.Background()
	t0 := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	for name, dsn := range dsns(t) {
		t.Run(name, func(t *testing.T) {
			db := MustOpenDB(t, dsn)
			s := sqlite.NewSessionStore(db)
			for _, id := range []string{"open", "done"} {
				if err := s.CreateSession(ctx, newSession(id, t0)); err != nil {
					t.Fatal(err)
				}
			}
			if err := s.FinishSession(ctx, "done", t0.Add(time.Minute), &coach.Report{Overall: 50}); err != nil {
				t.Fatal(err)
			}
			turn := talk(t0)[0]
			tests := []struct {
				name    string
				session string
				turn    coach.Turn
				code    string
			}{
				{"OK", "open", turn, ""},
				{"ErrConflict", "open", turn, coach.ECONFLICT},
				{"ErrNotFound", "missing", turn, coach.ENOTFOUND},
				{"ErrEnded", "done", turn, coach.EENDED},
				{"ErrRole", "open", coach.Turn{Index: 1, Role: "boss", Text: "x"}, coach.EINVALID},
				{"ErrIndex", "open", coach.Turn{Index: -1, Role: coach.RoleTrainee, Text: "x"}, coach.EINVALID},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					err := s.AppendTurn(ctx, tt.session, tt.turn)
					if got := coach.ErrorCode(err); got != tt.code {
						t.Fatalf("code = %q, want %q (err %v)", got, tt.code, err)
					}
				})
			}
		})
	}
}

func TestSessionStore_FinishSession(t *testing.T) {
	ctx := context.Background()
	t0 := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	db := MustOpenDB(t, sqlite.MemoryDSN)
	s := sqlite.NewSessionStore(db)
	if err := s.CreateSession(ctx, newSession("s1", t0)); err != nil {
		t.Fatal(err)
	}
	report := &coach.Report{Overall: 72, Ending: coach.EndingDate}
	tests := []struct {
		name    string
		session string
		code    string
	}{
		{"OK", "s1", ""},
		{"ErrEnded", "s1", coach.EENDED},
		{"ErrNotFound", "missing", coach.ENOTFOUND},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := s.FinishSession(ctx, tt.session, t0.Add(time.Minute), report)
			if got := coach.ErrorCode(err); got != tt.code {
				t.Fatalf("code = %q, want %q (err %v)", got, tt.code, err)
			}
		})
	}
}

func TestSessionStore_FindSession(t *testing.T) {
	ctx := context.Background()
	t0 := time.Date(2025, 3, 1, 9, 0, 0, 987654321, time.FixedZone("CST", 8*3600))
	for name, dsn := range dsns(t) {
		t.Run(name, func(t *testing.T) {
			db := MustOpenDB(t, dsn)
			s := sqlite.NewSessionStore(db)
			want := newSession("s1", t0)
			if err := s.CreateSession(ctx, want); err != nil {
				t.Fatal(err)
			}
			want.Turns = talk(t0)
			for _, turn := range want.Turns {
				if err := s.AppendTurn(ctx, "s1", turn); err != nil {
					t.Fatal(err)
				}
			}
			end := t0.Add(2 * time.Minute)
			want.EndedAt = &end
			want.Ending = coach.EndingStormOut
			want.Report = &coach.Report{
				Overall: 41,
				Stages: map[coach.Stage]coach.StageScore{
					coach.StageIntroduction: {Score: 80, Evidence: []coach.Evidence{{Turn: 1, Quote: "大爷您好"}}, Advice: []string{}},
				},
				Violations: []coach.Violation{{Code: coach.ViolationBuckPassing, Turn: 3, Quote: "这事不归我们管。"}},
				Ending:     coach.EndingStormOut,
			}
			if err := s.FinishSession(ctx, "s1", end, want.Report); err != nil {
				t.Fatal(err)
			}

			t.Run("OK", func(t *testing.T) {
				got, err := s.FindSession(ctx, "s1")
				if err != nil {
					t.Fatal(err)
				}
				assertSession(t, got, want)
			})
			t.Run("ErrNotFound", func(t *testing.T) {
				_, err := s.FindSession(ctx, "missing")
				if coach.ErrorCode(err) != coach.ENOTFOUND {
					t.Fatalf("err = %v, want not found", err)
				}
				if coach.ErrorMessage(err) != "找不到会话 missing。" {
					t.Fatalf("message = %q", coach.ErrorMessage(err))
				}
			})
		})
	}
}

// TestSessionStore_Restart writes turns, closes the database as a server
// would on exit, reopens the same file and reads every finished turn back.
func TestSessionStore_Restart(t *testing.T) {
	ctx := context.Background()
	dsn := filepath.Join(t.TempDir(), "data", "coach.db")
	t0 := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	turns := talk(t0)

	db := sqlite.NewDB(dsn)
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	s := sqlite.NewSessionStore(db)
	if err := s.CreateSession(ctx, newSession("s1", t0)); err != nil {
		t.Fatal(err)
	}
	for _, turn := range turns[:3] {
		if err := s.AppendTurn(ctx, "s1", turn); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	db = MustOpenDB(t, dsn)
	s = sqlite.NewSessionStore(db)
	got, err := s.FindSession(ctx, "s1")
	if err != nil {
		t.Fatal(err)
	}
	want := newSession("s1", t0)
	want.Turns = turns[:3]
	assertSession(t, got, want)

	// The talk goes on after the restart.
	if err := s.AppendTurn(ctx, "s1", turns[3]); err != nil {
		t.Fatal(err)
	}
	if got, err = s.FindSession(ctx, "s1"); err != nil {
		t.Fatal(err)
	} else if len(got.Turns) != 4 {
		t.Fatalf("turns = %d, want 4", len(got.Turns))
	}
}

func TestSessionStore_ListSessions(t *testing.T) {
	ctx := context.Background()
	t0 := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	for name, dsn := range dsns(t) {
		t.Run(name, func(t *testing.T) {
			db := MustOpenDB(t, dsn)
			s := sqlite.NewSessionStore(db)
			for i, id := range []string{"a", "b", "c"} {
				sess := newSession(id, t0.Add(time.Duration(i)*time.Hour))
				if id == "c" {
					sess.User = "trainee-2"
					sess.ScenarioID = "veteran-money"
				}
				if err := s.CreateSession(ctx, sess); err != nil {
					t.Fatal(err)
				}
			}
			for _, turn := range talk(t0)[:2] {
				if err := s.AppendTurn(ctx, "a", turn); err != nil {
					t.Fatal(err)
				}
			}
			if err := s.FinishSession(ctx, "a", t0.Add(time.Minute), &coach.Report{Overall: 66, Ending: coach.EndingSatisfied}); err != nil {
				t.Fatal(err)
			}
			tests := []struct {
				name   string
				filter coach.SessionFilter
				want   []string
			}{
				{"OK", coach.SessionFilter{}, []string{"c", "b", "a"}},
				{"User", coach.SessionFilter{User: "trainee-1"}, []string{"b", "a"}},
				{"Scenario", coach.SessionFilter{Scenario: "veteran-money"}, []string{"c"}},
				{"Limit", coach.SessionFilter{Limit: 1}, []string{"c"}},
				{"None", coach.SessionFilter{User: "nobody"}, []string{}},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					list, err := s.ListSessions(ctx, tt.filter)
					if err != nil {
						t.Fatal(err)
					}
					ids := []string{}
					for _, sum := range list {
						ids = append(ids, sum.ID)
					}
					if !reflect.DeepEqual(ids, tt.want) {
						t.Fatalf("ids = %v, want %v", ids, tt.want)
					}
				})
			}
			t.Run("Summary", func(t *testing.T) {
				list, err := s.ListSessions(ctx, coach.SessionFilter{User: "trainee-1"})
				if err != nil {
					t.Fatal(err)
				}
				a := list[1]
				if a.Turns != 2 || a.Overall == nil || *a.Overall != 66 || a.Ending != coach.EndingSatisfied || a.EndedAt == nil {
					t.Fatalf("summary = %+v", a)
				}
				if b := list[0]; b.Overall != nil || b.EndedAt != nil || b.Turns != 0 {
					t.Fatalf("open summary = %+v", b)
				}
			})
		})
	}
}

// assertSession compares sessions field by field, times by instant.
func assertSession(t *testing.T, got, want *coach.Session) {
	t.Helper()
	if got.ID != want.ID || got.ScenarioID != want.ScenarioID || got.Persona != want.Persona ||
		got.Title != want.Title || got.User != want.User || !got.StartedAt.Equal(want.StartedAt) {
		t.Fatalf("session = %+v, want %+v", got, want)
	}
	if (got.EndedAt == nil) != (want.EndedAt == nil) || (got.EndedAt != nil && !got.EndedAt.Equal(*want.EndedAt)) {
		t.Fatalf("ended = %v, want %v", got.EndedAt, want.EndedAt)
	}
	if got.Ending != want.Ending {
		t.Fatalf("ending = %q, want %q", got.Ending, want.Ending)
	}
	if len(got.Turns) != len(want.Turns) {
		t.Fatalf("turns = %d, want %d", len(got.Turns), len(want.Turns))
	}
	for i := range want.Turns {
		g, w := got.Turns[i], want.Turns[i]
		if !g.Time.Equal(w.Time) {
			t.Fatalf("turn %d time = %v, want %v", i, g.Time, w.Time)
		}
		g.Time, w.Time = time.Time{}, time.Time{}
		if !reflect.DeepEqual(g, w) {
			t.Fatalf("turn %d = %+v, want %+v", i, g, w)
		}
	}
	if !reflect.DeepEqual(got.Report, want.Report) {
		t.Fatalf("report = %+v, want %+v", got.Report, want.Report)
	}
}
