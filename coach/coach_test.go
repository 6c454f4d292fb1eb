package coach

import (
	"context"
	"testing"
	"time"
)

// countingStore is a SessionStore that counts what it is asked to store.
type countingStore struct {
	created, turns, finished int
}

func (s *countingStore) CreateSession(ctx context.Context, sess *Session) error {
	s.created++
	return nil
}
func (s *countingStore) AppendTurn(ctx context.Context, id string, t Turn) error {
	s.turns++
	return nil
}
func (s *countingStore) FinishSession(ctx context.Context, id string, at time.Time, r *Report) error {
	s.finished++
	return nil
}
func (s *countingStore) FindSession(ctx context.Context, id string) (*Session, error) {
	return nil, Errorf(ENOTFOUND, "no")
}
func (s *countingStore) ListSessions(ctx context.Context, f SessionFilter) ([]SessionSummary, error) {
	return nil, nil
}

// oneScenario serves a single scenario.
type oneScenario struct{ sc *Scenario }

func (o oneScenario) Scenarios(ctx context.Context) ([]*Scenario, error) {
	return []*Scenario{o.sc}, nil
}
func (o oneScenario) Scenario(ctx context.Context, id string) (*Scenario, error) {
	if id != o.sc.ID {
		return nil, Errorf(ENOTFOUND, "no scenario %s", id)
	}
	return o.sc, nil
}

func TestCoachStoresTalks(t *testing.T) {
	tests := []struct {
		name      string
		ephemeral bool
		want      countingStore
	}{
		{"OK", false, countingStore{created: 1, turns: 3, finished: 1}},
		{"Ephemeral", true, countingStore{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := &countingStore{}
			sc := testScenario(PersonaConfused)
			c := &Coach{Scenarios: oneScenario{sc}, Store: store, Now: fixedNow,
				Ephemeral: func(id string) bool { return tt.ephemeral && id == sc.ID }}
			ctx := context.Background()
			sess, _, err := c.Start(ctx, sc.ID, "")
			if err != nil {
				t.Fatal(err)
			}
			if _, err := c.Say(ctx, sess.ID, "您好,请坐。", nil); err != nil {
				t.Fatal(err)
			}
			if _, err := c.Hint(ctx, sess.ID); err != nil {
				t.Fatal(err)
			}
			rep, err := c.End(ctx, sess.ID)
			if err != nil || len(rep.Stages) != 6 {
				t.Fatalf("end: %v %+v", err, rep)
			}
			if *store != tt.want {
				t.Fatalf("stored %+v, want %+v", *store, tt.want)
			}
			if _, err := c.Say(ctx, sess.ID, "还在吗?", nil); ErrorCode(err) != ENOTFOUND {
				t.Fatalf("say after end: %v", err)
			}
		})
	}
	c := &Coach{Scenarios: oneScenario{testScenario(PersonaConfused)}}
	if _, _, err := c.Start(context.Background(), "nope", ""); ErrorCode(err) != ENOTFOUND {
		t.Fatalf("unknown scenario: %v", err)
	}
}

// TestCoachSharesRecognizer checks that the talks of one Coach share one
// recogniser, built on first use, so that starting a talk does not rebuild
// the tables and reread the models.
func TestCoachSharesRecognizer(t *testing.T) {
	ctx := context.Background()
	c := &Coach{Scenarios: oneScenario{testScenario(PersonaConfused)}, Now: fixedNow}
	var talks []*Talk
	for range 2 {
		sess, _, err := c.Start(ctx, "t-confused", "")
		if err != nil {
			t.Fatal(err)
		}
		lt, err := c.liveTalk(ctx, sess.ID)
		if err != nil {
			t.Fatal(err)
		}
		talks = append(talks, lt.talk)
	}
	if talks[0].rec == nil || talks[0].rec != talks[1].rec {
		t.Fatalf("talks have recognisers %p and %p, want one shared", talks[0].rec, talks[1].rec)
	}
	given := NewRuleRecognizer()
	c = &Coach{Scenarios: oneScenario{testScenario(PersonaConfused)}, Now: fixedNow, Recognizer: given}
	sess, _, err := c.Start(ctx, "t-confused", "")
	if err != nil {
		t.Fatal(err)
	}
	if lt, _ := c.liveTalk(ctx, sess.ID); lt.talk.rec != given {
		t.Fatal("the Coach's own Recognizer was not used")
	}
}

// BenchmarkStart measures opening a talk on a Coach that has served one
// before: the shared recogniser is already built.
func BenchmarkStart(b *testing.B) {
	ctx := context.Background()
	c := &Coach{Scenarios: oneScenario{testScenario(PersonaConfused)}}
	if _, _, err := c.Start(ctx, "t-confused", ""); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, _, err := c.Start(ctx, "t-confused", ""); err != nil {
			b.Fatal(err)
		}
	}
}
