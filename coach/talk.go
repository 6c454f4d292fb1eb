package coach

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// VisitorState is the visitor's inner state; the engine moves it by rules per
// persona in response to what the trainee did.
type VisitorState struct {
	Anger    int `json:"anger"`    // 0–100
	Trust    int `json:"trust"`    // 0–100
	Openness int `json:"openness"` // 0–100: willingness to tell what is unfavourable
	Patience int `json:"patience"` // 0–100: how much more talk they will take

	Revealed     []string `json:"revealed,omitempty"` // fact IDs that came out
	StoryTold    int      `json:"story_told"`         // story beats told
	Vented       int      `json:"vented"`             // turns the visitor talked freely
	Greeted      bool     `json:"greeted"`
	Seated       bool     `json:"seated"`
	Summarised   bool     `json:"summarised"`
	Promise      string   `json:"promise,omitempty"` // a (half) promise the visitor holds on to
	GiftOffered  bool     `json:"gift_offered"`
	GiftSettled  bool     `json:"gift_settled"`
	MoneyProbed  bool     `json:"money_probed"`
	Threatened   bool     `json:"threatened"`
	Contradicted int      `json:"contradicted"`
	Office       string   `json:"office,omitempty"` // office the trainee referred them to
	Date         string   `json:"date,omitempty"`   // date the trainee committed to
	Answered     bool     `json:"answered"`         // got a clear answer on the demand
	Corrected    bool     `json:"corrected"`        // already corrected a restatement once
	Hoped        bool     `json:"hoped"`
	Inconsistent int      `json:"inconsistent"` // answers changed since the earlier visit
	RepsChosen   bool     `json:"reps_chosen"`  // a group chose its representatives
	Ended        bool     `json:"ended"`
	Ending       string   `json:"ending,omitempty"`
}

// Mood returns the part of the state the page shows.
func (s VisitorState) Mood() Mood { return Mood{Anger: s.Anger, Trust: s.Trust} }

// Talk is one practice talk in progress: the scenario, the visitor's state,
// the stage tracker and the transcript. It does no I/O and is deterministic:
// the same lines give the same replies, states and report.
type Talk struct {
	sc      *Scenario
	rec     *TurnRecognizer
	state   VisitorState
	tracker *Tracker
	turns   []Turn
	recs    map[int]Recognition // trainee turn index → recognition
	next    map[string]int      // intent → next line to use
	now     func() time.Time
	rules   personaRules
	memory  *Memory // what a returning visitor remembers
}

// SetMemory gives a returning visitor the answer they got last time. Call it before Open.
func (t *Talk) SetMemory(m *Memory) { t.memory = m }

// Memory returns what the visitor remembers, or nil.
func (t *Talk) Memory() *Memory { return t.memory }

// NewTalk starts a talk with a scenario. rz recognises the trainee's lines;
// building one takes about a tenth of a second, so a program that runs many
// talks shares one (nil builds one for this talk). now stamps the turns (nil
// for time.Now).
func NewTalk(sc *Scenario, rz *TurnRecognizer, now func() time.Time) *Talk {
	if now == nil {
		now = time.Now
	}
	if rz == nil {
		rz = NewTurnRecognizer()
	}
	t := &Talk{
		sc:      sc,
		rec:     rz,
		tracker: NewTracker(),
		recs:    map[int]Recognition{},
		next:    map[string]int{},
		now:     now,
		rules:   rulesFor(sc.Persona),
	}
	t.state = VisitorState{Anger: sc.Mood.Anger, Trust: sc.Mood.Trust, Openness: 30, Patience: 100}
	return t
}

// Scenario returns the talk's scenario.
func (t *Talk) Scenario() *Scenario { return t.sc }

// State returns a copy of the visitor's state.
func (t *Talk) State() VisitorState {
	s := t.state
	s.Revealed = append([]string(nil), s.Revealed...)
	return s
}

// Turns returns a copy of the transcript.
func (t *Talk) Turns() []Turn { return append([]Turn(nil), t.turns...) }

// Stage returns the stage the talk is in.
func (t *Talk) Stage() Stage { return t.tracker.Current() }

// Ended reports whether the visitor has left.
func (t *Talk) Ended() bool { return t.state.Ended }

// LastVisitorLine returns the visitor's most recent line.
func (t *Talk) LastVisitorLine() string {
	for i := len(t.turns) - 1; i >= 0; i-- {
		if t.turns[i].Role == RoleVisitor {
			return t.turns[i].Text
		}
	}
	return ""
}

// LastTraineeLine returns the trainee's most recent line.
func (t *Talk) LastTraineeLine() string {
	for i := len(t.turns) - 1; i >= 0; i-- {
		if t.turns[i].Role == RoleTrainee {
			return t.turns[i].Text
		}
	}
	return ""
}

// Open returns the visitor's first words and records them.
func (t *Talk) Open() Reply {
	text := t.fill(t.line("opening"), Recognition{})
	if len(t.sc.Opening) > 0 {
		text = t.fill(t.sc.Opening[0], Recognition{})
	}
	intent := "opening"
	if t.memory != nil && t.memory.Quote != "" {
		intent = "recall"
		text = t.fill(t.lineOr("recall", "上回你跟我说「{said}」,我今天又来了。"), Recognition{})
	}
	return t.record(text, intent, Recognition{})
}

// Say takes a trainee line and returns the visitor's reply. It returns an
// EINVALID error for an empty or oversized line and EENDED after the visitor left.
func (t *Talk) Say(line string) (Reply, error) {
	line = strings.TrimSpace(line)
	if line == "" {
		return Reply{}, Errorf(EINVALID, "请输入要说的话")
	}
	if n := utf8.RuneCountInString(line); n > MaxLineRunes {
		return Reply{}, Errorf(EINVALID, "一次最多说 %d 个字,这次有 %d 个字", MaxLineRunes, n)
	}
	if t.state.Ended {
		return Reply{}, Errorf(EENDED, "来访人已经离开,本次接谈已结束")
	}
	visitor := ""
	if n := len(t.turns); n > 0 && t.turns[n-1].Role == RoleVisitor {
		visitor = t.turns[n-1].Text
	}
	// The visitor reacts to what the rules recognise; the learned fault
	// model's second opinion only enters the report (Score).
	rec := t.rec.RecognizeReply(visitor, line)
	idx := len(t.turns)
	stage := t.tracker.Observe(idx, rec.Moves)
	t.recs[idx] = rec
	t.turns = append(t.turns, Turn{Index: idx, Role: RoleTrainee, Text: line, Time: t.now(), Stage: stage, Moves: rec.Moves, Faults: rec.Faults})

	t.update(rec, line)
	intent, text := t.respond(rec)
	return t.record(text, intent, rec), nil
}

// record appends a visitor turn and builds the reply.
func (t *Talk) record(text, intent string, rec Recognition) Reply {
	text = t.groupVoice(text, intent)
	mood := t.state.Mood()
	idx := len(t.turns)
	t.turns = append(t.turns, Turn{Index: idx, Role: RoleVisitor, Text: text, Time: t.now(), Mood: &mood, Stage: t.tracker.Current()})
	return Reply{Text: text, Mood: mood, Stage: t.tracker.Current(), Intent: intent, Ended: t.state.Ended, Ending: t.state.Ending, Moves: rec.Moves, Faults: rec.Faults}
}

// groupVoice names the speaker of a group visit; until representatives are
// chosen, others talk over them.
func (t *Talk) groupVoice(text, intent string) string {
	if len(t.sc.Group) == 0 {
		return text
	}
	key := t.sc.KeyMember()
	speaker := key
	if !t.state.RepsChosen {
		speaker = t.sc.Group[(len(t.turns)/2)%len(t.sc.Group)]
	}
	out := "\u3010" + speaker.Name + "\u3011" + text
	if !t.state.RepsChosen && !t.state.Ended && intent != "group_reps" {
		other := t.sc.Group[(len(t.turns)/2+1)%len(t.sc.Group)]
		noise := t.fill(t.lineOr("group_noise", "(几个人七嘴八舌地嚷起来)"), Recognition{})
		out += "\n\u3010" + other.Name + "\u3011" + noise
	}
	return out
}

// SetVisitorText replaces the text of the last visitor turn, e.g. with the
// wording a voice gave the scripted reply.
func (t *Talk) SetVisitorText(text string) {
	if n := len(t.turns); n > 0 && t.turns[n-1].Role == RoleVisitor {
		t.turns[n-1].Text = text
	}
}

// Finish ends the talk from the trainee's side; the ending stays open unless
// the visitor had already left.
func (t *Talk) Finish() {
	if !t.state.Ended {
		t.state.Ended = true
		t.state.Ending = EndingOpen
	}
}

// Report scores the talk so far.
func (t *Talk) Report() *Report {
	r := Score(ScoreInput{Persona: t.sc.Persona, Scenario: t.sc, Turns: t.turns, Memory: t.memory, recognizer: t.rec})
	r.Ending = t.state.Ending
	if r.Ending == "" {
		r.Ending = EndingOpen
	}
	mood := t.state.Mood()
	r.Mood = &mood
	return r
}

// update moves the visitor's state under the persona's rules.
func (t *Talk) update(rec Recognition, line string) {
	st := &t.state
	r := t.rules
	da, dt := 0, 0
	add := func(a, tr int) { da += a; dt += tr }
	for _, m := range rec.Moves {
		switch m {
		case MoveGreeting:
			if !st.Greeted {
				add(-3, 4)
			}
			st.Greeted = true
		case MoveSeat:
			if !st.Seated {
				add(-5, 5)
			}
			st.Seated = true
		case MoveSmallTalk:
			add(-2, 2)
		case MoveAskIdentity:
			add(0, 2)
		case MoveAssure:
			add(-3, 4)
		case MoveRecord:
			add(-1, 3)
		case MoveEncourage, MoveOpenQuestion:
			add(-2*r.vent, 2)
		case MoveSpecificQ, MoveClarify:
			add(0, 2)
		case MoveEmpathy:
			add(-4*r.feel, 3*r.feel)
		case MoveReassure:
			add(-4, 3)
		case MoveAcknowledge:
			add(-r.agree, r.agree)
		case MoveExplainPolicy:
			add(r.policy[0], r.policy[1])
			if t.sc.Persona == PersonaResentful && st.Vented < 2 {
				add(5, -3) // lectured before being heard
			}
			if t.sc.Persona == PersonaCholeric && utf8.RuneCountInString(line) >= 40 {
				add(-3, 3) // long, patient explanation
			}
			st.Answered = true
		case MoveExample:
			add(r.example[0], r.example[1])
		case MoveFirmNo:
			add(r.firm[0], r.firm[1])
			st.Answered = true
		case MoveRestate:
			add(-3, 5)
			st.Summarised = true
		case MoveCheckRestate:
			add(-1, 3)
		case MoveCommitDate:
			add(-4, 6)
			st.Date = rec.Date
			st.Answered = true
		case MoveReferral:
			st.Office = rec.Office
			if t.sc.Stance == StanceNotOurs || sameOffice(rec.Office, t.sc.Owner) {
				add(-3, 5)
				st.Answered = true
			} else {
				add(0, 1)
			}
		case MoveNextSteps:
			add(-1, 3)
		case MoveHope:
			add(-3, 3)
			st.Hoped = true
		case MoveApology:
			add(-5, 3)
		case MoveRefuseGift:
			if st.GiftOffered {
				st.GiftSettled = true
				add(0, 2)
			}
		}
	}
	if t.sc.Persona == PersonaCholeric && len(rec.Moves) == 0 && len(rec.Faults) == 0 && utf8.RuneCountInString(line) < 8 {
		add(3, -1) // curt answers feed a hot temper
	}
	for _, f := range rec.Faults {
		switch f {
		case FaultRude:
			add(r.rude[0], r.rude[1])
		case FaultConfront:
			add(r.confront[0], r.confront[1])
			st.Contradicted++
		case FaultCorrect:
			if t.sc.Persona == PersonaUnwell && !rec.Has(FaultConfront) {
				add(r.confront[0], r.confront[1]) // any correction contradicts the belief
				st.Contradicted++
			}
		case FaultBlame:
			add(r.blame[0], r.blame[1])
		case FaultRush:
			add(r.rush[0], r.rush[1])
			st.Patience -= 15
		case FaultBuckPassing:
			add(12, -10)
		case FaultOfficialese:
			add(6, -6)
		case FaultFalsePromise, FaultHalfPromise:
			add(-6, 4)
			if st.Promise == "" {
				st.Promise = rec.Quotes[f]
			}
		case FaultBuyPeace:
			add(r.bought[0], r.bought[1])
		case FaultAcceptGift:
			st.GiftSettled = true
			add(-3, 3)
		}
	}
	// A returning visitor holds the officer to last time's answer.
	if bad, _ := t.memory.Inconsistent(rec); bad {
		st.Inconsistent++
		add(10, -10)
	}
	// A crowd calms slowly until it has chosen who speaks for it.
	if len(t.sc.Group) > 0 {
		if rec.Has(MoveAskReps) && !st.RepsChosen {
			st.RepsChosen = true
			add(-6, 6)
		} else if !st.RepsChosen {
			if da < 0 {
				da /= 2
			}
			if dt > 0 {
				dt /= 2
			}
		} else if key := t.sc.KeyMember(); strings.Contains(line, key.Name) || strings.Contains(line, firstRune(key.Name)+"师傅") || strings.Contains(line, firstRune(key.Name)+"大哥") || strings.Contains(line, "老"+firstRune(key.Name)) {
			add(-1, 3) // addressed the key person by name
		}
	}
	// A visitor who is not cut off gets to tell more.
	if rec.Has(MoveEncourage) || rec.Has(MoveOpenQuestion) || rec.Has(MoveEmpathy) || rec.Has(MoveAcknowledge) {
		st.Vented++
	}
	st.Anger = clamp(st.Anger + da)
	st.Trust = clamp(st.Trust + dt)
	st.Openness = clamp(st.Trust + 10*st.Vented/2)
	st.Patience -= 2
	t.settle(rec)
}

// settle decides whether the visitor leaves after this turn.
func (t *Talk) settle(rec Recognition) {
	st := &t.state
	switch {
	case st.Anger >= 90:
		st.Ended = true
		if st.Threatened || t.rules.escalates {
			st.Ending = EndingEscalate
		} else {
			st.Ending = EndingStormOut
		}
	case st.Answered && (rec.Has(MoveHope) || st.Hoped && rec.Has(MoveNextSteps)) && st.Anger <= 45 && st.Trust >= 45,
		st.Answered && st.Date != "" && (rec.Has(MoveReferral) || rec.Has(MoveCommitDate)) && st.Summarised && st.Anger <= 35 && st.Trust >= 60:
		st.Ended = true
		if st.Date != "" {
			st.Ending = EndingDate
		} else {
			st.Ending = EndingSatisfied
		}
	case st.Patience <= 0:
		st.Ended = true
		if st.Anger >= 60 {
			st.Ending = EndingStormOut
		} else {
			st.Ending = EndingOpen
		}
	}
}

// respond picks the reply's intent and words.
func (t *Talk) respond(rec Recognition) (string, string) {
	st := &t.state
	say := func(intent string) (string, string) { return intent, t.fill(t.line(intent), rec) }
	if st.Ended {
		switch st.Ending {
		case EndingDate:
			return say("leave_date")
		case EndingSatisfied:
			return say("leave_satisfied")
		case EndingEscalate:
			return say("escalate")
		case EndingStormOut:
			return say("storm_out")
		default:
			return say("leave_satisfied")
		}
	}
	if len(t.sc.Group) > 0 && rec.Has(MoveAskReps) && t.next["group_reps"] == 0 {
		return say("group_reps")
	}
	// Faults first: the visitor reacts to what hurt most.
	switch {
	case rec.Has(FaultAcceptGift):
		return say("gift_taken")
	case rec.Has(FaultBuyPeace):
		return say("bought")
	case rec.Has(FaultRude):
		return say("rude")
	case rec.Has(FaultConfront):
		return say("confront")
	case rec.Has(FaultBlame):
		if t.sc.Persona == PersonaMelancholic {
			_, a := say("blamed")
			_, b := say("silence")
			return "blamed", a + b
		}
		return say("blamed")
	case rec.Has(FaultBuckPassing):
		return say("buck")
	case rec.Has(FaultRush):
		if t.sc.Persona == PersonaPhlegmatic {
			return say("silence")
		}
		return say("rushed")
	case rec.Has(FaultFalsePromise), rec.Has(FaultHalfPromise):
		return say("promise_seize")
	case rec.Has(FaultOfficialese):
		return say("officialese")
	}
	// update has already settled the gift; answer the refusal itself.
	if st.GiftOffered && rec.Has(MoveRefuseGift) && t.next["gift_refused"] == 0 {
		return say("gift_refused")
	}
	if st.Promise != "" && rec.Has(MoveFirmNo) {
		st.Anger = clamp(st.Anger + 8)
		return say("promise_recall")
	}
	// Coordination: an office, a date, the summary.
	if rec.Has(MoveReferral) {
		return t.maybeGift(say("referral_ok"))
	}
	if rec.Has(MoveCommitDate) {
		return t.maybeGift(say("date_ok"))
	}
	if rec.Has(MoveRestate) {
		if missing := t.missingDemand(); missing != "" && !st.Corrected {
			st.Corrected = true
			return "summary_missing", strings.ReplaceAll(t.fill(t.line("summary_missing"), rec), "{missing}", missing)
		}
		return say("summary_ok")
	}
	if rec.Has(MoveHope) {
		return say("hope")
	}
	// Questions: who they are, a fact, or the story.
	if rec.Has(MoveAskIdentity) && rec.Question {
		i, text := say("identity")
		return t.leadIn(rec, i, text)
	}
	if rec.Question {
		if f, ok := t.askedFact(rec); ok {
			if st.Trust >= f.MinTrust {
				st.reveal(f.ID)
				text := strings.ReplaceAll(t.fill(t.lineOr("fact", "{fact}"), rec), "{fact}", t.fill(f.Text, rec))
				return t.leadIn(rec, "fact", text)
			}
			if f.Evasive != "" {
				return "evasive", t.fill(f.Evasive, rec)
			}
			return say("evasive")
		}
		if rec.Has(MoveOpenQuestion) {
			i, text := t.story(rec)
			return t.leadIn(rec, i, text)
		}
		if rec.Has(MoveSpecificQ) {
			i, text := say("answer_unknown")
			return t.leadIn(rec, i, text)
		}
	}
	// Explanations.
	if rec.Has(MoveExample) {
		if t.rules.likesPolicy {
			return say("example_ok")
		}
		return say("policy_push")
	}
	if rec.Has(MoveExplainPolicy) || rec.Has(MoveFirmNo) {
		accept := t.rules.likesPolicy && st.Anger < 60
		if t.sc.Persona == PersonaResentful {
			accept = st.Vented >= 2 && st.Anger < 60
		}
		if accept || st.Trust >= 60 && st.Anger < 40 {
			return say("policy_ok")
		}
		return say("policy_push")
	}
	// Listening.
	if rec.Has(MoveEmpathy) || rec.Has(MoveReassure) {
		if t.storyLeft() && (t.rules.vent > 1 || t.rules.feel > 1) {
			_, a := say("empathy")
			_, b := t.story(rec)
			return "empathy", a + b
		}
		return say("empathy")
	}
	if rec.Has(MoveEncourage) || rec.Has(MoveAcknowledge) {
		return t.story(rec)
	}
	if rec.Has(MoveRecord) {
		return say("record")
	}
	if rec.Has(MoveAssure) {
		return say("assured")
	}
	if rec.Has(MoveApology) {
		return say("apology")
	}
	if rec.Has(MoveSeat) {
		return say("seat")
	}
	if rec.Has(MoveGreeting) || rec.Has(MoveSmallTalk) {
		return say("greet")
	}
	if rec.Has(MoveNextSteps) {
		return t.maybeGift(say("filler"))
	}
	// Nothing recognised: the visitor's own agenda.
	if t.sc.Persona == PersonaVeteran && !st.MoneyProbed && len(t.turns) >= 5 {
		st.MoneyProbed = true
		return say("money_probe")
	}
	if st.Anger >= 60 && !st.Threatened && t.rules.escalates {
		st.Threatened = true
		return say("threat")
	}
	if st.Promise != "" && t.sc.Persona == PersonaPestering {
		return say("promise_recall")
	}
	if t.storyLeft() && st.Anger < 70 {
		return t.story(rec)
	}
	if len(t.turns)%2 == 0 {
		return say("press")
	}
	return say("filler")
}

func (s *VisitorState) reveal(id string) {
	for _, r := range s.Revealed {
		if r == id {
			return
		}
	}
	s.Revealed = append(s.Revealed, id)
}

// story tells the next beat of the scenario's story, then the persona's generic lines.
func (t *Talk) story(rec Recognition) (string, string) {
	if t.state.StoryTold < len(t.sc.Story) {
		text := t.sc.Story[t.state.StoryTold]
		t.state.StoryTold++
		return "story", t.fill(text, rec)
	}
	// Out of story: a fact not yet told, or the demand.
	for _, f := range t.sc.Facts {
		if !f.Hidden && !t.revealed(f.ID) {
			t.state.reveal(f.ID)
			return "fact", t.fill(f.Text, rec)
		}
	}
	if t.next["story"] <= t.next["press"] && len(t.sc.Lines["story"]) > 0 {
		return "story", t.fill(t.line("story"), rec)
	}
	return "press", t.fill(t.line("press"), rec)
}

func (t *Talk) storyLeft() bool { return t.state.StoryTold < len(t.sc.Story) }

func (t *Talk) revealed(id string) bool {
	for _, r := range t.state.Revealed {
		if r == id {
			return true
		}
	}
	return false
}

// leadIn prefixes a first-time reaction to being seated or greeted.
func (t *Talk) leadIn(rec Recognition, intent, text string) (string, string) {
	if rec.Has(MoveSeat) && t.next["seat"] == 0 {
		return intent, t.fill(t.line("seat"), rec) + text
	}
	return intent, text
}

// maybeGift makes a visitor who brought something offer it once the talk
// turns to what happens next.
func (t *Talk) maybeGift(intent, text string) (string, string) {
	st := &t.state
	if st.GiftOffered {
		return intent, text
	}
	if t.sc.Persona == PersonaVeteran || t.sc.Gift != "" {
		st.GiftOffered = true
		return intent, text + t.fill(t.line("gift_offer"), Recognition{})
	}
	return intent, text
}

// askedFact returns the fact a question asks about, hidden facts first.
func (t *Talk) askedFact(rec Recognition) (Fact, bool) {
	q := strings.Join(rec.Words, " ")
	if q == "" {
		return Fact{}, false
	}
	for _, hidden := range []bool{true, false} {
		for _, f := range t.sc.Facts {
			if f.Hidden != hidden || t.revealed(f.ID) {
				continue
			}
			for _, w := range f.Ask {
				if w != "" && strings.Contains(q, w) {
					return f, true
				}
			}
		}
	}
	return Fact{}, false
}

// missingDemand returns the first demand the trainee's restatement left out.
func (t *Talk) missingDemand() string {
	last := t.LastTraineeLine()
	for _, d := range t.sc.Demands {
		covered := len(d.Keys) == 0
		for _, k := range d.Keys {
			if strings.Contains(last, k) {
				covered = true
				break
			}
		}
		if !covered {
			return d.Text
		}
	}
	return ""
}

// line returns the next line for an intent, in rotation.
func (t *Talk) line(intent string) string {
	return t.lineOr(intent, "……")
}

func (t *Talk) lineOr(intent, fallback string) string {
	lines := t.sc.Lines[intent]
	if len(lines) == 0 {
		return fallback
	}
	i := t.next[intent]
	t.next[intent] = i + 1
	return lines[i%len(lines)]
}

// fill replaces the slots of a line.
func (t *Talk) fill(s string, rec Recognition) string {
	office := t.state.Office
	if rec.Office != "" {
		office = rec.Office
	}
	if office == "" {
		office = t.sc.Owner
	}
	date := t.state.Date
	if rec.Date != "" {
		date = rec.Date
	}
	if date == "" {
		date = "约好的日子"
	}
	age := ""
	if t.sc.Visitor.Age > 0 {
		age = strconv.Itoa(t.sc.Visitor.Age) + "岁"
	}
	said := ""
	if t.memory != nil {
		said = t.memory.Quote
	}
	r := strings.NewReplacer("{name}", t.sc.Visitor.Name, "{age}", age, "{home}", t.sc.Visitor.Home,
		"{office}", office, "{date}", date, "{goal}", t.sc.Goal, "{owner}", t.sc.Owner,
		"{said}", said, "{key}", t.sc.KeyMember().Name)
	return r.Replace(s)
}

// sameOffice reports whether two office names refer to the same office,
// e.g. 县人社局 and 人社局.
func sameOffice(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	return strings.Contains(a, b) || strings.Contains(b, a) || commonSuffixRunes(a, b) >= 2
}

func commonSuffixRunes(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < len(ra) && n < len(rb) && ra[len(ra)-1-n] == rb[len(rb)-1-n] {
		n++
	}
	if n >= 2 {
		// Two shared final characters such as 局 alone do not make the same office.
		core := string(ra[len(ra)-n:])
		if utf8.RuneCountInString(core) <= 1 {
			return 0
		}
	}
	return n
}

func firstRune(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}

func clamp(v int) int {
	if v < 0 {
		return 0
	}
	if v > 100 {
		return 100
	}
	return v
}

// String describes the state for logs.
func (s VisitorState) String() string {
	return fmt.Sprintf("anger=%d trust=%d open=%d patience=%d told=%d vented=%d", s.Anger, s.Trust, s.Openness, s.Patience, s.StoryTold, s.Vented)
}
