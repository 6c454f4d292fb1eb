package coach

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// Coach runs practice talks: it implements Service on top of a scenario
// source, a session store and, optionally, a guide, a voice and a commenter.
type Coach struct {
	Scenarios ScenarioSource
	Store     SessionStore // nil: talks are not persisted
	Guide     Guide        // nil: hints come from the built-in stage advice
	Voice     Voice        // nil: the scripted voice
	Commenter Commenter    // nil: no narrative comment
	Now       func() time.Time
	Logger    *slog.Logger
	// VoiceTimeout bounds one voiced reply; the voice has its own timeout too.
	VoiceTimeout time.Duration
	// Ephemeral, when set, names scenarios whose talks are not stored, such
	// as a trainer's unsaved draft tried out before saving.
	Ephemeral func(scenarioID string) bool
	// Recognizer recognises the trainee's lines in every talk. nil: one is
	// built on first use and shared by all talks.
	Recognizer *TurnRecognizer

	mu   sync.Mutex
	live map[string]*liveTalk
	stat VoiceStats
	rz   *TurnRecognizer // built on first use when Recognizer is nil
}

// VoiceStats counts voiced replies and fallbacks to the scripted line.
type VoiceStats struct {
	Voiced    int `json:"voiced"`
	Fallbacks int `json:"fallbacks"`
}

type liveTalk struct {
	mu      sync.Mutex
	talk    *Talk
	session *Session
	store   SessionStore // nil for a talk that is not stored
}

var _ Service = (*Coach)(nil)

func (c *Coach) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}

// recognizer returns the recogniser the talks share.
func (c *Coach) recognizer() *TurnRecognizer {
	if c.Recognizer != nil {
		return c.Recognizer
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.rz == nil {
		c.rz = NewTurnRecognizer()
	}
	return c.rz
}

func (c *Coach) logger() *slog.Logger {
	if c.Logger != nil {
		return c.Logger
	}
	return slog.Default()
}

// VoiceStats returns the voice counters.
func (c *Coach) VoiceStats() VoiceStats {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.stat
}

// ListScenarios returns the public part of every scenario.
func (c *Coach) ListScenarios(ctx context.Context) ([]ScenarioInfo, error) {
	all, err := c.Scenarios.Scenarios(ctx)
	if err != nil {
		return nil, fmt.Errorf("list scenarios: %w", err)
	}
	out := make([]ScenarioInfo, 0, len(all))
	for _, sc := range all {
		out = append(out, sc.Info())
	}
	return out, nil
}

// Start opens a talk with a scenario.
func (c *Coach) Start(ctx context.Context, scenarioID, user string) (*Session, Reply, error) {
	sc, err := c.Scenarios.Scenario(ctx, scenarioID)
	if err != nil {
		return nil, Reply{}, err
	}
	id, err := newID()
	if err != nil {
		return nil, Reply{}, err
	}
	store := c.Store
	if c.Ephemeral != nil && c.Ephemeral(sc.ID) {
		store = nil
	}
	talk := NewTalk(sc, c.recognizer(), c.now)
	talk.SetMemory(c.recall(ctx, sc, user, ""))
	sess := &Session{ID: id, ScenarioID: sc.ID, Persona: sc.Persona, Title: sc.Title, User: user, StartedAt: c.now()}
	if store != nil {
		if err := store.CreateSession(ctx, sess); err != nil {
			return nil, Reply{}, fmt.Errorf("create session: %w", err)
		}
	}
	reply := talk.Open()
	if err := storeLast(ctx, store, id, talk, 1); err != nil {
		return nil, Reply{}, err
	}
	c.mu.Lock()
	if c.live == nil {
		c.live = map[string]*liveTalk{}
	}
	c.live[id] = &liveTalk{talk: talk, session: sess, store: store}
	c.mu.Unlock()
	out := *sess
	out.Turns = talk.Turns()
	return &out, reply, nil
}

// Say takes a trainee line and returns the visitor's reply.
func (c *Coach) Say(ctx context.Context, sessionID, text string, onDelta func(string)) (Reply, error) {
	lt, err := c.liveTalk(ctx, sessionID)
	if err != nil {
		return Reply{}, err
	}
	lt.mu.Lock()
	defer lt.mu.Unlock()
	reply, err := lt.talk.Say(text)
	if err != nil {
		return Reply{}, err
	}
	reply = c.voice(ctx, lt.talk, reply, onDelta)
	if err := storeLast(ctx, lt.store, sessionID, lt.talk, 2); err != nil {
		return Reply{}, err
	}
	return reply, nil
}

// voice lets the configured voice phrase the scripted reply; on any failure
// the scripted line stands.
func (c *Coach) voice(ctx context.Context, talk *Talk, reply Reply, onDelta func(string)) Reply {
	if c.Voice == nil {
		if onDelta != nil {
			onDelta(reply.Text)
		}
		return reply
	}
	if c.VoiceTimeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.VoiceTimeout)
		defer cancel()
	}
	sc := talk.Scenario()
	info, _ := sc.Persona.Info()
	turns := talk.Turns()
	req := VoiceRequest{
		Persona: info, Visitor: sc.Visitor, Title: sc.Title, Goal: sc.Goal,
		Known: talk.knownFacts(), Mood: reply.Mood, Intent: reply.Intent, Scripted: reply.Text,
		History: turns[:len(turns)-1],
	}
	text, err := c.Voice.Speak(ctx, req, onDelta)
	c.mu.Lock()
	defer c.mu.Unlock()
	if err != nil || text == "" {
		c.stat.Fallbacks++
		c.logger().Warn("voice fell back to the scripted line", "intent", reply.Intent, "err", err)
		return reply
	}
	c.stat.Voiced++
	talk.SetVisitorText(text)
	reply.Text = text
	return reply
}

// knownFacts are the facts the visitor may speak of now: the public ones and
// the hidden ones already drawn out.
func (t *Talk) knownFacts() []string {
	var out []string
	for _, f := range t.sc.Facts {
		if !f.Hidden || t.revealed(f.ID) {
			out = append(out, f.Text)
		}
	}
	return out
}

// storeLast persists the last n turns of a talk; a nil store keeps nothing.
func storeLast(ctx context.Context, store SessionStore, id string, talk *Talk, n int) error {
	if store == nil {
		return nil
	}
	turns := talk.Turns()
	for _, t := range turns[len(turns)-n:] {
		if err := store.AppendTurn(ctx, id, t); err != nil {
			return fmt.Errorf("store turn: %w", err)
		}
	}
	return nil
}

// liveTalk returns the talk in memory, or rebuilds an unfinished stored one
// by replaying its trainee lines (the engine is deterministic).
func (c *Coach) liveTalk(ctx context.Context, id string) (*liveTalk, error) {
	c.mu.Lock()
	lt, ok := c.live[id]
	c.mu.Unlock()
	if ok {
		return lt, nil
	}
	if c.Store == nil {
		return nil, Errorf(ENOTFOUND, "没有这次接谈: %s", id)
	}
	sess, err := c.Store.FindSession(ctx, id)
	if err != nil {
		return nil, err
	}
	if sess.EndedAt != nil {
		return nil, Errorf(EENDED, "这次接谈已经结束")
	}
	sc, err := c.Scenarios.Scenario(ctx, sess.ScenarioID)
	if err != nil {
		return nil, err
	}
	talk, err := Replay(sc, c.recognizer(), c.recall(ctx, sc, sess.User, sess.ID), sess.Turns, c.now)
	if err != nil {
		return nil, err
	}
	lt = &liveTalk{talk: talk, session: sess, store: c.Store}
	c.mu.Lock()
	if c.live == nil {
		c.live = map[string]*liveTalk{}
	}
	if existing, ok := c.live[id]; ok {
		lt = existing
	} else {
		c.live[id] = lt
	}
	c.mu.Unlock()
	return lt, nil
}

// recall finds what a returning visitor remembers: the answer this user gave
// in their latest finished talk of the scenario the visit returns to (or of
// this one), other than the session skip.
func (c *Coach) recall(ctx context.Context, sc *Scenario, user, skip string) *Memory {
	if sc.Revisit == "" || user == "" || c.Store == nil {
		return nil
	}
	for _, id := range []string{sc.Revisit, sc.ID} {
		list, err := c.Store.ListSessions(ctx, SessionFilter{User: user, Scenario: id, Limit: 20})
		if err != nil {
			c.logger().Warn("recall earlier visit", "user", user, "err", err)
			return nil
		}
		for _, s := range list {
			if s.EndedAt == nil || s.ID == skip {
				continue
			}
			full, err := c.Store.FindSession(ctx, s.ID)
			if err != nil {
				continue
			}
			if m := RecallAnswer(c.recognizer(), full.Turns); m != nil {
				m.SessionID = s.ID
				return m
			}
		}
	}
	return nil
}

// Replay rebuilds a talk from stored turns: the trainee lines are said again
// and the stored visitor wording is kept. rz is as for NewTalk; mem is what
// the visitor remembered.
func Replay(sc *Scenario, rz *TurnRecognizer, mem *Memory, turns []Turn, now func() time.Time) (*Talk, error) {
	talk := NewTalk(sc, rz, now)
	talk.SetMemory(mem)
	talk.Open()
	for _, t := range turns {
		switch {
		case t.Role == RoleVisitor:
			talk.SetVisitorText(t.Text)
			if n := len(talk.turns); n > 0 {
				talk.turns[n-1].Time = t.Time
			}
		case t.Role == RoleTrainee:
			if _, err := talk.Say(t.Text); err != nil {
				return nil, fmt.Errorf("replay turn %d: %w", t.Index, err)
			}
			if n := len(talk.turns); n > 1 {
				talk.turns[n-2].Time = t.Time
			}
		}
	}
	return talk, nil
}

// Hint returns guidance for the current moment of the talk.
func (c *Coach) Hint(ctx context.Context, sessionID string) ([]Passage, error) {
	lt, err := c.liveTalk(ctx, sessionID)
	if err != nil {
		return nil, err
	}
	lt.mu.Lock()
	q := HintQuery{Stage: lt.talk.Stage(), Persona: lt.talk.Scenario().Persona, VisitorLine: lt.talk.LastVisitorLine(), TraineeLine: lt.talk.LastTraineeLine()}
	lt.mu.Unlock()
	if c.Guide != nil {
		ps, err := c.Guide.Hint(ctx, q, 3)
		if err == nil && len(ps) > 0 {
			return ps, nil
		}
		if err != nil {
			c.logger().Warn("hint from the guide failed", "err", err)
		}
	}
	return builtinHint(q), nil
}

// builtinHint is the guidance available with no library: the stage advice
// and the persona's approach.
func builtinHint(q HintQuery) []Passage {
	var out []Passage
	for _, a := range stageAdvice[q.Stage] {
		out = append(out, Passage{Source: "接访教练", Title: q.Stage.Name() + "阶段", Text: a, Stages: []Stage{q.Stage}})
	}
	if info, ok := q.Persona.Info(); ok {
		out = append(out, Passage{Source: "接访教练", Title: info.Name + "的来访人", Text: "宜:" + info.Approach + "。忌:" + info.Avoid + "。", Personas: []Persona{q.Persona}})
	}
	if next := q.Stage.Order() + 1; next < len(Stages()) {
		s := Stages()[next]
		for _, a := range stageAdvice[s] {
			out = append(out, Passage{Source: "接访教练", Title: "下一步:" + s.Name() + "阶段", Text: a, Stages: []Stage{s}})
		}
	}
	if len(out) > 3 {
		out = out[:3]
	}
	return out
}

// End finishes the talk and returns its report.
func (c *Coach) End(ctx context.Context, sessionID string) (*Report, error) {
	lt, err := c.liveTalk(ctx, sessionID)
	if err != nil {
		if ErrorCode(err) == EENDED && c.Store != nil {
			sess, ferr := c.Store.FindSession(ctx, sessionID)
			if ferr == nil && sess.Report != nil {
				return sess.Report, nil
			}
		}
		return nil, err
	}
	lt.mu.Lock()
	defer lt.mu.Unlock()
	lt.talk.Finish()
	report := lt.talk.Report()
	c.cite(ctx, report)
	if c.Commenter != nil {
		info, _ := report.Persona.Info()
		if text, err := c.Commenter.Comment(ctx, CommentRequest{Report: report, Persona: info, Cites: allCites(report)}); err == nil {
			report.Comment = text
		} else {
			c.logger().Warn("coach comment failed", "err", err)
		}
	}
	if lt.store != nil {
		if err := lt.store.FinishSession(ctx, sessionID, c.now(), report); err != nil && ErrorCode(err) != EENDED {
			return nil, fmt.Errorf("finish session: %w", err)
		}
	}
	c.mu.Lock()
	delete(c.live, sessionID)
	c.mu.Unlock()
	return report, nil
}

// faultTopics name each fault for a guidance search.
var faultTopics = map[string]string{
	FaultRude: "训斥 态度粗暴", FaultConfront: "顶撞 争辩 呛着", FaultBlame: "指责 火上浇油", FaultRush: "打断 催促",
	FaultBuckPassing: "推诿扯皮", FaultOfficialese: "套话 大话 空洞说教", FaultFalsePromise: "乱许愿",
	FaultHalfPromise: "乱许愿 变相许诺", FaultBuyPeace: "花钱买平安", FaultAcceptGift: "请客送礼 委婉拒绝",
	FaultCorrect: "精神异常 不要争辩 顺着",
}

// cite attaches guidance to each weak stage and better line.
func (c *Coach) cite(ctx context.Context, r *Report) {
	if c.Guide == nil {
		return
	}
	for _, s := range Stages() {
		ss := r.Stages[s]
		if ss.Score >= 60 {
			continue
		}
		ps, err := c.Guide.Hint(ctx, HintQuery{Stage: s, Persona: r.Persona, Topic: s.Name() + "阶段"}, 1)
		if err != nil {
			c.logger().Warn("cite guidance", "stage", s, "err", err)
			continue
		}
		ss.Cites = ps
		r.Stages[s] = ss
	}
	for i, b := range r.Better {
		faults := r.Turns[b.Turn].Faults
		if len(faults) == 0 {
			continue
		}
		ps, err := c.Guide.Hint(ctx, HintQuery{Persona: r.Persona, Topic: faultTopics[faults[0]], TraineeLine: b.Quote}, 1)
		if err == nil && len(ps) > 0 {
			p := ps[0]
			r.Better[i].Cite = &p
		}
	}
}

func allCites(r *Report) []Passage {
	var out []Passage
	for _, s := range Stages() {
		out = append(out, r.Stages[s].Cites...)
	}
	return out
}

// Session returns a live or stored session.
func (c *Coach) Session(ctx context.Context, id string) (*Session, error) {
	c.mu.Lock()
	lt, ok := c.live[id]
	c.mu.Unlock()
	if ok {
		lt.mu.Lock()
		defer lt.mu.Unlock()
		out := *lt.session
		out.Turns = lt.talk.Turns()
		return &out, nil
	}
	if c.Store == nil {
		return nil, Errorf(ENOTFOUND, "没有这次接谈: %s", id)
	}
	return c.Store.FindSession(ctx, id)
}

// Sessions lists past and open talks, newest first.
func (c *Coach) Sessions(ctx context.Context, f SessionFilter) ([]SessionSummary, error) {
	if c.Store == nil {
		return []SessionSummary{}, nil
	}
	return c.Store.ListSessions(ctx, f)
}

// Search finds guidance for a free-text query.
func (c *Coach) Search(ctx context.Context, query string, k int) ([]Passage, error) {
	if c.Guide == nil {
		return nil, Errorf(EINVALID, "没有配置指导材料库")
	}
	if k <= 0 || k > 50 {
		k = 10
	}
	return c.Guide.Search(ctx, query, k)
}

func newID() (string, error) {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", errors.Join(errors.New("new session id"), err)
	}
	return hex.EncodeToString(b[:]), nil
}
