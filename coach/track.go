package coach

// Tracker places each trainee turn in one of the six stages as the talk goes
// and remembers the order in which the stages were reached.
type Tracker struct {
	current Stage
	reached map[Stage]int // stage → index of the first trainee turn in it
	order   []Stage
}

// NewTracker starts a tracker at the introduction.
func NewTracker() *Tracker {
	return &Tracker{current: StageIntroduction, reached: map[Stage]int{}}
}

// Current returns the stage the talk is in.
func (t *Tracker) Current() Stage { return t.current }

// StageOf returns the stage a turn with these moves belongs to: the stage most
// of its moves belong to, the later one on a tie; "" when no move has a stage.
func StageOf(moves []string) Stage {
	count := map[Stage]int{}
	for _, m := range moves {
		if info, ok := MoveByKey(m); ok && info.Stage != "" {
			count[info.Stage]++
		}
	}
	var best Stage
	for _, s := range Stages() {
		if count[s] > 0 && count[s] >= count[best] {
			best = s
		}
	}
	return best
}

// Observe places the trainee turn at index turn with the given moves and
// returns its stage. A turn with no staged move stays in the current stage.
func (t *Tracker) Observe(turn int, moves []string) Stage {
	if s := StageOf(moves); s != "" {
		t.current = s
	}
	// Every stage a turn's moves touch counts as reached.
	for _, m := range moves {
		if info, ok := MoveByKey(m); ok && info.Stage != "" {
			t.reach(info.Stage, turn)
		}
	}
	t.reach(t.current, turn)
	return t.current
}

func (t *Tracker) reach(s Stage, turn int) {
	if _, ok := t.reached[s]; ok {
		return
	}
	t.reached[s] = turn
	t.order = append(t.order, s)
}

// Order returns the stages in the order they were first reached.
func (t *Tracker) Order() []Stage { return append([]Stage(nil), t.order...) }

// Reached reports whether the stage has been reached.
func (t *Tracker) Reached(s Stage) bool {
	_, ok := t.reached[s]
	return ok
}

// Skipped returns the stages never reached although a later stage was.
func (t *Tracker) Skipped() []Stage {
	last := -1
	for s := range t.reached {
		if s.Order() > last {
			last = s.Order()
		}
	}
	var out []Stage
	for _, s := range Stages() {
		if s.Order() < last && !t.Reached(s) {
			out = append(out, s)
		}
	}
	return out
}
