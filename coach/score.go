package coach

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// ScoreInput is a transcript to score.
type ScoreInput struct {
	Persona  Persona
	Scenario *Scenario // optional: demands, stance and owner sharpen the score
	Turns    []Turn
	Memory   *Memory // optional: the answer given on an earlier visit

	recognizer *TurnRecognizer
}

// WithRecognizer returns the input set to use rz, so that many scorings
// share one recogniser instead of building their tables each time.
func (in ScoreInput) WithRecognizer(rz *TurnRecognizer) ScoreInput {
	in.recognizer = rz
	return in
}

// stageWeights weigh the stages in the overall score.
var stageWeights = [...]float64{0.12, 0.12, 0.24, 0.18, 0.16, 0.18}

// keptShare is the share of the earned score that penalties cannot take.
const keptShare = 0.1

// Blocker caps: a compliance breach fails the talk whatever else went well.
const blockerCap = 40

// Score rates a transcript against the six stages, the visitor type and the
// rules. It is a pure function of its input: same talk, same report.
func Score(in ScoreInput) *Report {
	rz := in.recognizer
	if rz == nil {
		rz = NewTurnRecognizer()
	}
	sc := analyse(in, rz)
	r := &Report{
		Stages:     map[Stage]StageScore{},
		Violations: sc.violations(),
		Persona:    in.Persona,
		Order:      sc.tracker.Order(),
		Skipped:    sc.tracker.Skipped(),
		Turns:      sc.tagged,
	}
	if in.Scenario != nil {
		r.Scenario = in.Scenario.ID
	}
	// The overall score weighs the evidence points; the stage model only
	// calibrates each stage's verdict (see StageModel).
	var weighted float64
	for i, s := range Stages() {
		weighted += stageWeights[i] * float64(sc.stagePoints(s))
		r.Stages[s] = sc.stageScore(s, rz.stages, r.Violations)
	}
	r.Fit = sc.fit()
	overall := 0.8*weighted + 0.2*float64(r.Fit.Score)
	// Faults take points off, but never all that the stage work earned: a
	// bad talk that still listened ranks above one that did nothing.
	overall = math.Max(overall-sc.penalty(r.Violations), overall*keptShare)
	if len(sc.trainee) == 0 {
		overall = 0
	}
	r.Overall = clamp(int(math.Round(overall)))
	if c := sc.blocker(r.Violations); c != nil && r.Overall > c.Max {
		r.Overall = c.Max
		r.Cap = c
	} else if c != nil {
		r.Cap = c
	}
	r.Better = sc.better()
	r.Summary = summarize(r)
	return r
}

// StageFeatures returns what the stage model reads of each stage of a talk
// (see StageModel): the evidence points and the moves that earned them, the
// faults and violations, the visitor type and how much of the talk the stage
// took. Training a stage model starts from it.
func StageFeatures(in ScoreInput) map[Stage]map[string]float64 {
	rz := in.recognizer
	if rz == nil {
		rz = NewTurnRecognizer()
	}
	sc := analyse(in, rz)
	vs := sc.violations()
	out := map[Stage]map[string]float64{}
	for _, s := range Stages() {
		out[s] = sc.stageFeatures(s, vs)
	}
	return out
}

// analyse recognises every trainee turn, tracks the stages and tallies the
// evidence points.
func analyse(in ScoreInput, rz *TurnRecognizer) *scoring {
	sc := &scoring{rushRE: rz.rushRE, waterRE: rz.waterRE, handoffRE: rz.handoffRE, in: in, recs: map[int]Recognition{}, tracker: NewTracker(), stages: map[Stage]*stageTally{}}
	for _, s := range Stages() {
		sc.stages[s] = &stageTally{}
	}
	var tagged []Turn
	visitor := "" // the visitor's line the trainee answers
	for i, t := range in.Turns {
		t.Index = i
		if t.Role == RoleTrainee {
			rec := rz.RecognizeReply(visitor, t.Text)
			sc.recs[i] = rec
			t.Stage = sc.tracker.Observe(i, rec.Moves)
			t.Moves, t.Faults = rec.Moves, rec.Faults
			sc.trainee = append(sc.trainee, i)
		} else {
			t.Stage = sc.tracker.Current()
			visitor = t.Text
		}
		tagged = append(tagged, t)
	}
	// Read each line again in the light of the visitor's reaction to it.
	for _, i := range sc.trainee {
		if i+1 < len(in.Turns) && in.Turns[i+1].Role != RoleTrainee {
			rec := rz.Corroborate(sc.recs[i], in.Turns[i].Text, in.Turns[i+1].Text)
			sc.recs[i] = rec
			tagged[i].Faults = rec.Faults
		}
	}
	// Let the learned model review the faults of each line.
	for _, i := range sc.trainee {
		visitor := ""
		if i > 0 && in.Turns[i-1].Role != RoleTrainee {
			visitor = in.Turns[i-1].Text
		}
		rec := rz.Judge(sc.recs[i], in.Persona, visitor, in.Turns[i].Text)
		sc.recs[i] = rec
		tagged[i].Faults = rec.Faults
	}
	sc.tally()
	sc.tagged = tagged
	return sc
}

type stageTally struct {
	points   float64
	evidence []Evidence
	advice   []string
	got      map[string]bool // keys credited
	lost     map[string]bool // keys debited
}

func (st *stageTally) credit(key string, pts float64, turn int, quote string) {
	if st.got == nil {
		st.got = map[string]bool{}
	}
	st.points += pts
	if !st.got[key] {
		info, ok := MoveByKey(key)
		switch {
		case !ok && key == "frame":
			info.Name = "营造宽松气氛"
		case !ok && key == "call":
			info.Name = "当场打电话落实"
		}
		st.evidence = append(st.evidence, Evidence{Turn: turn, Quote: quote, Note: info.Name})
	}
	st.got[key] = true
}

func (st *stageTally) debit(key string, pts float64, turn int, quote string) {
	if st.lost == nil {
		st.lost = map[string]bool{}
	}
	st.lost[key] = true
	st.points -= pts
	info, _ := MoveByKey(key)
	st.evidence = append(st.evidence, Evidence{Turn: turn, Quote: quote, Note: "扣分:" + info.Name})
}

type scoring struct {
	rushRE       *regexp.Regexp // an opening that goes straight to the matter
	waterRE      *regexp.Regexp
	handoffRE    *regexp.Regexp // a referral that hands over: a note, a call, a name
	in           ScoreInput
	recs         map[int]Recognition
	trainee      []int
	tracker      *Tracker
	tagged       []Turn             // the turns with their stages, moves and faults
	talkFeatures map[string]float64 // the stage model's whole-talk features, once worked out
	stages       map[Stage]*stageTally
	counts       map[string]int
	specific     int // specific questions credited
}

// tally credits each recognised move to its stage.
func (sc *scoring) tally() {
	sc.counts = map[string]int{}
	st := sc.stages
	furthest := -1 // the furthest stage reached before the current turn
	for n, i := range sc.trainee {
		rec := sc.recs[i]
		if n > 0 {
			if o := StageOf(sc.recs[sc.trainee[n-1]].Moves).Order(); o > furthest {
				furthest = o
			}
		}
		q := func(k string) string { return rec.Quotes[k] }
		for _, m := range rec.Moves {
			sc.counts[m]++
			c := sc.counts[m]
			switch m {
			case MoveGreeting:
				if c == 1 {
					st[StageIntroduction].credit(m, 20, i, q(m))
				}
			case MoveSeat:
				if c == 1 {
					pts := 20.0
					if sc.water(i) {
						pts += 15 // a seat and a drink of water
					}
					st[StageIntroduction].credit(m, pts, i, q(m))
				}
			case MoveSmallTalk:
				if n >= 3 {
					sc.counts[m]-- // chat about the weather mid-talk is not an introduction
					break
				}
				if sc.counts[m] == 1 {
					st[StageIntroduction].credit(m, 30, i, q(m))
				}
			case MoveAskIdentity:
				if c == 1 {
					st[StageIntroduction].credit(m, 25, i, q(m))
				}
			case MoveAssure:
				if furthest > StageListening.Order() || rec.Has(FaultOfficialese) {
					break // said after the policy was presented: not a first talk
				}
				if c == 1 {
					st[StageFirstTalk].credit(m, 55, i, q(m))
				} else if c == 2 {
					st[StageFirstTalk].credit(m, 10, i, q(m))
				}
			case MoveRecord:
				if c == 1 {
					pts := 30.0
					if n < 3 {
						pts = 50 // an early word that it will all be written down
					}
					st[StageFirstTalk].credit(m, pts, i, q(m))
				}
			case MoveAskReps:
				if c == 1 {
					st[StageFirstTalk].credit(m, 25, i, q(m))
				}
			case MoveEncourage, MoveOpenQuestion:
				if k := sc.counts[MoveEncourage] + sc.counts[MoveOpenQuestion]; k == 1 {
					st[StageListening].credit(m, 20, i, q(m))
				} else if k == 2 {
					st[StageListening].credit(m, 5, i, q(m))
				}
			case MoveSpecificQ:
				// Fact-finding questions are the substance of listening:
				// up to two a turn and three in all.
				for k := 0; k < min(rec.Specific, 2) && sc.specific < 3; k++ {
					sc.specific++
					pts := 15.0
					if sc.specific == 1 {
						pts = 50 // one real question, answered, is what listening needs most
					}
					st[StageListening].credit(m, pts, i, q(m))
				}
			case MoveClarify:
				if c == 1 {
					st[StageListening].credit(m, 10, i, q(m))
				}
			case MoveEmpathy, MoveReassure, MoveAcknowledge:
				k := sc.counts[MoveEmpathy] + sc.counts[MoveReassure] + sc.counts[MoveAcknowledge]
				if k == 1 {
					st[StageListening].credit(m, 20, i, q(m))
				} else if k <= 3 {
					st[StageListening].credit(m, 5, i, q(m))
				}
			case MoveExplainPolicy:
				if c == 1 {
					st[StagePresentation].credit(m, 55, i, q(m))
				} else if c == 2 {
					st[StagePresentation].credit(m, 10, i, q(m))
				}
			case MoveExample:
				if c == 1 {
					st[StagePresentation].credit(m, 30, i, q(m))
				}
			case MoveFirmNo:
				if c == 1 {
					pts := 15.0
					if sc.firmNeeded() {
						pts = 30
					}
					st[StagePresentation].credit(m, pts, i, q(m))
				}
			case MoveRestate:
				if c == 1 {
					st[StageSummary].credit(m, 60, i, q(m))
					if missing := sc.missing(i); missing != "" {
						st[StageSummary].debit(m, 20, i, q(m))
						st[StageSummary].advice = append(st[StageSummary].advice, "归纳时漏了来访人的一项诉求:"+missing+"。复述要把每一项都说到。")
					}
				}
			case MoveCheckRestate:
				if c == 1 {
					st[StageSummary].credit(m, 40, i, q(m))
				}
			case MoveCommitDate:
				if c == 1 && !tainted(rec) {
					st[StageCoordination].credit(m, 50, i, q(m))
				}
			case MoveReferral:
				if c == 1 && !tainted(rec) && !rec.Has(FaultRude) {
					pts := 30.0
					if rec.Has(MoveNextSteps) || rec.Has(MoveCommitDate) || sc.handoffRE.MatchString(sc.in.Turns[i].Text) {
						pts = 50 // a real hand-over: a note, a call or a date
					}
					if sc.in.Scenario != nil && sc.in.Scenario.Stance != StanceNotOurs && !sameOffice(rec.Office, sc.in.Scenario.Owner) {
						pts -= 15
					}
					st[StageCoordination].credit(m, pts, i, q(m))
				}
			case MoveNextSteps:
				if c == 1 {
					st[StageCoordination].credit(m, 25, i, q(m))
				}
			case MoveHope:
				if c == 1 {
					st[StageCoordination].credit(m, 20, i, q(m))
				}
			}
		}
		for _, f := range rec.Faults {
			// A learned fault takes its stage points but does not count
			// towards the caps and the fit, which need the rules' evidence
			// or a model that is near-certain.
			if !slices.Contains(rec.Learned, f) || slices.Contains(rec.Sure, f) {
				sc.counts[f]++
			}
			switch f {
			case FaultRush:
				st[StageListening].debit(f, 30, i, q(f))
			case FaultBlame:
				st[StageListening].debit(f, 15, i, q(f))
				st[StagePresentation].debit(f, 15, i, q(f))
			case FaultConfront:
				st[StageListening].debit(f, 20, i, q(f))
			case FaultCorrect:
				if sc.in.Persona == PersonaUnwell {
					st[StageListening].debit(f, 20, i, q(f))
				}
			case FaultOfficialese:
				st[StagePresentation].debit(f, 25, i, q(f))
			case FaultBuckPassing:
				st[StageCoordination].debit(f, 35, i, q(f))
			case FaultFalsePromise, FaultHalfPromise:
				st[StageCoordination].debit(f, 35, i, q(f))
			case FaultRude:
				st[StageFirstTalk].debit(f, 20, i, q(f))
				st[StageListening].debit(f, 20, i, q(f))
			}
		}
		// An early warm frame ("有话坐下慢慢说", "不急,您慢慢说") sets up the
		// talk as a first talk does, and eases the introduction.
		if n < 3 && (rec.Has(MoveEncourage) || rec.Has(MoveReassure)) && !st[StageFirstTalk].got["frame"] {
			st[StageFirstTalk].credit("frame", 40, i, firstQuote(rec, MoveEncourage, MoveReassure))
			if n == 0 {
				st[StageIntroduction].credit("frame", 15, i, firstQuote(rec, MoveEncourage, MoveReassure))
			}
		}
		// A call made there and then ("我现在就给村里打个电话", "（打完电话）
		// 说好了") hands the matter over while the visitor is still here.
		if !tainted(rec) && !rec.Has(FaultRude) && !rec.Has(FaultBuckPassing) && !st[StageCoordination].got["call"] {
			if m := onTheSpotRE.FindString(sc.in.Turns[i].Text); m != "" {
				st[StageCoordination].credit("call", 45, i, clauseWith(sc.in.Turns[i].Text, m))
			}
		}
		// A greeting and a seat together make a welcome; arguing or scolding
		// in the first breath spoils it.
		if st[StageIntroduction].got[MoveGreeting] && st[StageIntroduction].got[MoveSeat] && !st[StageIntroduction].got["welcome"] {
			st[StageIntroduction].got["welcome"] = true
			st[StageIntroduction].points += 10
		}
		if n == 0 && (rec.Has(FaultConfront) || rec.Has(FaultRude)) {
			f := FaultConfront
			if rec.Has(FaultRude) {
				f = FaultRude
			}
			st[StageIntroduction].debit(f, 25, i, q(f))
		}
		// Opening cold: the first turn goes straight to the matter.
		if n == 0 && !rec.Has(MoveSmallTalk) && !rec.Has(MoveAskIdentity) && sc.curtOpening(sc.in.Turns[i].Text) {
			st[StageIntroduction].debit(MoveGreeting, 20, i, truncateRunes(sc.in.Turns[i].Text, 30))
		}
		if n == 0 && !rec.Has(MoveGreeting) && !rec.Has(MoveSeat) && !rec.Has(MoveSmallTalk) {
			st[StageIntroduction].advice = append(st[StageIntroduction].advice, "一开口就直奔问题。先问好、让座倒水、寒暄两句,等对方情绪缓下来再谈事。")
		}
		// A first talk is short: a lecture there builds a wall.
		if sc.tracker != nil && rec.Has(MoveAssure) && rec.Runes > 160 && sc.counts[MoveAssure] == 1 {
			st[StageFirstTalk].debit(MoveAssure, 20, i, truncateRunes(rec.Quotes[MoveAssure], 40))
			st[StageFirstTalk].advice = append(st[StageFirstTalk].advice, "初谈讲得太长。初谈几句话即可:表明会认真记录、依政策公正处理,把时间留给对方。")
		}
	}
	// A group visit starts with choosing representatives.
	if sc.in.Scenario != nil && len(sc.in.Scenario.Group) > 0 && sc.counts[MoveAskReps] == 0 {
		st[StageFirstTalk].points -= 25
		st[StageFirstTalk].advice = append(st[StageFirstTalk].advice, "集体来访,先请大家推选代表(不超过五人),其余的人到休息室等候,再和代表、特别是带头的关键人物谈。")
	}
	// A confused visitor needs plain words: jargon without an example is not a presentation.
	if sc.in.Persona == PersonaConfused && sc.counts[MoveExplainPolicy] > 0 && sc.counts[MoveExample] == 0 {
		st[StagePresentation].points -= 20
		st[StagePresentation].advice = append(st[StagePresentation].advice, "对带着疑惑来的群众,光讲条文不够,要举身边的例子、打个比方。")
	}
	// Arguing while explaining turns a presentation into a quarrel.
	if sc.counts[FaultConfront] > 0 {
		st[StagePresentation].points -= 20
	}
	// A promise beyond policy takes back the policy that was explained: the
	// visitor leaves believing the promise, not the explanation.
	if code, _ := sc.violationCode(FaultHalfPromise); (sc.counts[FaultFalsePromise] > 0 || sc.counts[FaultHalfPromise] > 0 && code != "") && st[StagePresentation].points > 0 {
		st[StagePresentation].points -= 35
		st[StagePresentation].advice = append(st[StagePresentation].advice, "讲完政策又许了愿,等于把讲清的界限收了回去。政策讲到哪一步,承诺就只能到哪一步。")
	}
	listeningTurns := 0
	for _, i := range sc.trainee {
		if StageOf(sc.recs[i].Moves) == StageListening {
			listeningTurns++
		}
	}
	if listeningTurns >= 3 {
		st[StageListening].points += 10
	}
	// Arguing with the visitor's account, or cutting them off, means the
	// listening was not done, however many questions were asked.
	argued := sc.counts[FaultConfront] > 0 || sc.in.Persona == PersonaUnwell && sc.counts[FaultCorrect] > 0
	if (argued || sc.counts[FaultRush] > 0) && st[StageListening].points > 40 {
		st[StageListening].points = 40
		st[StageListening].advice = append(st[StageListening].advice, "和来访人争辩、打断对方,倾听就断了。先听完、应着,有出入的地方留到核实时再说。")
	}
}

// onTheSpotRE is a phone call made during the talk, or just made.
var onTheSpotRE = regexp.MustCompile(`打完电话|挂了电话|挂上电话|放下电话|电话打完|(现在|这就|当场|当着(您|你)的面)(就)?(给|跟|和|替|帮)[^,。!?]{1,10}打(个|一个)?电话`)

// tainted reports whether a turn's coordination is bought or promised away.
func tainted(rec Recognition) bool {
	return rec.Has(FaultBuyPeace) || rec.Has(FaultFalsePromise)
}

// curtOpening reports whether a first turn has a short clause that goes
// straight to the matter: "什么事?", "说吧。"
func (sc *scoring) curtOpening(text string) bool {
	for _, cl := range splitClauses(text) {
		if utf8.RuneCountInString(cl.text) <= 7 && sc.rushRE.MatchString(cl.text) {
			return true
		}
	}
	return false
}

func firstQuote(rec Recognition, keys ...string) string {
	for _, k := range keys {
		if q, ok := rec.Quotes[k]; ok {
			return q
		}
	}
	return ""
}

// water reports whether trainee turn i offers a drink.
func (sc *scoring) water(i int) bool { return sc.waterRE.MatchString(sc.in.Turns[i].Text) }

// firmNeeded reports whether the matter calls for a clear no.
func (sc *scoring) firmNeeded() bool {
	if sc.in.Scenario != nil {
		return sc.in.Scenario.Stance == StanceUnreasonable || sc.in.Scenario.Stance == StanceNotOurs
	}
	return sc.in.Persona == PersonaPestering || sc.in.Persona == PersonaVeteran
}

// missing returns a demand the restatement at turn i left out.
func (sc *scoring) missing(i int) string {
	if sc.in.Scenario == nil {
		return ""
	}
	text := sc.in.Turns[i].Text
	// A restatement may span the turn and the next trainee turn.
	for _, d := range sc.in.Scenario.Demands {
		covered := len(d.Keys) == 0
		for _, k := range d.Keys {
			if strings.Contains(text, k) {
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

// stageAdvice is what to do when a stage is weak.
var stageAdvice = map[Stage][]string{
	StageIntroduction: {"先问候(您好/大爷您好),让座、倒杯水,聊一两句天气或路上辛苦,再问怎么称呼、家住哪里,不要一上来就问“什么事”。"},
	StageFirstTalk:    {"初谈要短而暖:告诉对方会认真听、认真记,会按政策公平处理,先把对方的心安下来。"},
	StageListening:    {"让来访人把话说完,不要打断;先用开放式问题(“您慢慢说,是怎么回事?”),再追问时间、金额、经过等具体问题;情绪激动时说一句定心话。"},
	StagePresentation: {"用大白话讲清政策依据,举身边的例子或打个比方;能办的讲怎么办,暂时办不了的讲清原因,不合理的讲明界限,不要讲空话套话。"},
	StageSummary:      {"把对方反映的问题和诉求逐条复述一遍(“我归纳一下,您主要是三件事……”),再当场问一句“我说得对不对,有没有漏的?”"},
	StageCoordination: {"说清下一步:谁来办、怎么办、什么时候给答复;不归本单位管的,说出具体主管部门并开转办单;最后说几句希望话送别。"},
}

// stagePoints returns the evidence points stage s earned, 0–100.
func (sc *scoring) stagePoints(s Stage) int {
	return clamp(int(math.Round(sc.stages[s].points)))
}

// Where a calibrated verdict puts a stage the evidence points misjudged.
const (
	calibratedNotDone = 45
	calibratedDone    = 55
)

// stageScore reports stage s: its evidence points, calibrated by m (if not
// nil) where the model and the points disagree on whether it was done.
func (sc *scoring) stageScore(s Stage, m *StageModel, vs []Violation) StageScore {
	t := sc.stages[s]
	points := sc.stagePoints(s)
	score := points
	var cal *Calibration
	if m != nil {
		p := m.Prob(s, sc.stageFeatures(s, vs))
		pct := int(math.Round(100 * p))
		switch {
		case points >= 50 && p < 0.5:
			score = min(points, calibratedNotDone)
			cal = &Calibration{Points: points, Done: p, Note: fmt.Sprintf("按找到的话语可得 %d 分;但对照培训师评过的谈话,这样的表现多判为没做到位(算作完成的可能约 %d%%),按未完成计。", points, pct)}
		case points < 50 && p >= 0.5:
			score = max(points, calibratedDone)
			cal = &Calibration{Points: points, Done: p, Note: fmt.Sprintf("按找到的话语只得 %d 分;但对照培训师评过的谈话,这样的表现多判为已经做到(算作完成的可能约 %d%%),按完成计。", points, pct)}
		}
	}
	ss := StageScore{Score: score, Evidence: t.evidence, Advice: t.advice, Calibration: cal}
	if ss.Evidence == nil {
		ss.Evidence = []Evidence{}
	}
	if score < 60 {
		ss.Advice = append(ss.Advice, stageAdvice[s]...)
	}
	if ss.Advice == nil {
		ss.Advice = []string{}
	}
	return ss
}

// stageFeatures describes stage s for the stage model. Counts are damped
// with log1p so that one more question moves the model less than the first.
func (sc *scoring) stageFeatures(s Stage, vs []Violation) map[string]float64 {
	t := sc.stages[s]
	points := sc.stagePoints(s)
	f := map[string]float64{"points": float64(points) / 100}
	if points >= 50 {
		f["points>=50"] = 1
	}
	for k := range t.got {
		f["got:"+k] = 1
	}
	for k := range t.lost {
		f["lost:"+k] = 1
	}
	inStage := 0
	for _, i := range sc.trainee {
		if sc.tagged[i].Stage == s {
			inStage++
		}
	}
	for k, x := range sc.wholeTalkFeatures(vs) {
		f[k] = x
	}
	f["stage_turns"] = math.Log1p(float64(inStage))
	return f
}

// wholeTalkFeatures are the stage model's features that do not depend on
// the stage; they are worked out once per talk.
func (sc *scoring) wholeTalkFeatures(vs []Violation) map[string]float64 {
	if sc.talkFeatures != nil {
		return sc.talkFeatures
	}
	counts := map[string]int{}
	for _, i := range sc.trainee {
		rec := sc.recs[i]
		for _, m := range rec.Moves {
			counts["move:"+m]++
		}
		for _, x := range rec.Faults {
			counts["fault:"+x]++
		}
	}
	f := map[string]float64{}
	for k, n := range counts {
		f[k] = math.Log1p(float64(n))
	}
	for _, v := range vs {
		f["violation:"+v.Code] = 1
	}
	f["persona:"+string(sc.in.Persona)] = 1
	f["turns"] = math.Log1p(float64(len(sc.trainee)))
	sc.talkFeatures = f
	return f
}

// deferralRE finds a deferral ("再研究研究", "回头想想办法"): after a clear
// no it implies the answer may still change.
var deferralRE = regexp.MustCompile(`(研究|合计|考虑|想想办法|想办法|再说|再看看|以后再)`)

// violations lists the rule breaches, one per offending turn and code.
func (sc *scoring) violations() []Violation {
	out := []Violation{}
	firmSaid := false // the trainee has already said the demand has no basis
	promised := false // a false promise has been made
	for _, i := range sc.trainee {
		rec := sc.recs[i]
		seen := map[string]bool{}
		for _, f := range rec.Faults {
			code, note := sc.violationCode(f)
			if f == FaultHalfPromise && code == "" && firmSaid && deferralRE.MatchString(rec.Quotes[f]) {
				code, note = ViolationFalsePromise, "已经说明没有政策依据,又留了口子"
			}
			if f == FaultHalfPromise && code == "" && promised {
				code, note = ViolationFalsePromise, "许过的愿又拖着不落地"
			}
			if code == "" || seen[code] {
				continue
			}
			seen[code] = true
			sure := slices.Contains(rec.Sure, f)
			learned := slices.Contains(rec.Learned, f) && !sure
			doubted := slices.Contains(rec.Doubted, f)
			switch {
			case sure:
				note += "(学习模型据措辞判断,把握很大)"
			case learned:
				note += "(学习模型据措辞判断,未一票否决)"
			case doubted && capping(code, sc.in.Persona):
				note += "(学习模型认为此句不像违规,未一票否决,请培训师复核)"
			}
			out = append(out, Violation{Code: code, Turn: i, Quote: rec.Quotes[f], Note: note, learned: learned, doubted: doubted})
		}
		if bad, note := sc.in.Memory.Inconsistent(rec); bad && !seen[ViolationInconsistent] {
			seen[ViolationInconsistent] = true
			out = append(out, Violation{Code: ViolationInconsistent, Turn: i, Quote: sc.in.Turns[i].Text, Note: note})
		}
		// A deferral that is really a half-promise is not also officialese.
		if seen[ViolationFalsePromise] && seen[ViolationOfficialese] && rec.Has(FaultHalfPromise) {
			for k := len(out) - 1; k >= 0; k-- {
				if out[k].Turn == i && out[k].Code == ViolationOfficialese {
					out = append(out[:k], out[k+1:]...)
					break
				}
			}
		}
		if rec.Has(MoveFirmNo) {
			firmSaid = true
		}
		if seen[ViolationFalsePromise] {
			promised = true
		}
	}
	return out
}

// noBasisPersona reports whether a visitor of type p brings, as a rule, a
// demand without basis (a pestering or a practised petitioner), so that a
// hedge on it is itself a violation.
func noBasisPersona(p Persona) bool {
	return p == PersonaPestering || p == PersonaVeteran
}

func (sc *scoring) violationCode(fault string) (string, string) {
	switch fault {
	case FaultRude:
		return ViolationRude, "态度粗暴、训斥或讥讽来访人"
	case FaultFalsePromise:
		return ViolationFalsePromise, "超出政策和权限的承诺"
	case FaultHalfPromise:
		noBasis := noBasisPersona(sc.in.Persona)
		if sc.in.Scenario != nil {
			noBasis = noBasis || sc.in.Scenario.Stance == StanceUnreasonable || sc.in.Scenario.Stance == StanceNotOurs
		}
		if !noBasis {
			return "", ""
		}
		return ViolationFalsePromise, "半句许诺:对没有政策依据的诉求留了口子"
	case FaultBuckPassing:
		return ViolationBuckPassing, "推给别人却不说清由谁负责"
	case FaultConfront:
		return ViolationConfront, "与来访人争辩、当面顶撞"
	case FaultCorrect:
		if sc.in.Persona != PersonaUnwell {
			return "", ""
		}
		return ViolationConfront, "纠正精神异常来访人的想法,等于当面顶撞"
	case FaultBuyPeace:
		return ViolationBuyPeace, "用钱物或特殊照顾换息访"
	case FaultOfficialese:
		return ViolationOfficialese, "空话套话,没有实际内容"
	case FaultAcceptGift:
		return ViolationAcceptGift, "收受来访人的礼品或吃请"
	}
	return "", ""
}

// penalty is what violations and other faults take off the overall score.
func (sc *scoring) penalty(vs []Violation) float64 {
	p := 0.0
	for _, v := range vs {
		switch v.Code {
		case ViolationRude:
			p += 12
		case ViolationBuckPassing:
			p += 10
		case ViolationConfront:
			p += 10
		case ViolationOfficialese:
			p += 6
		case ViolationFalsePromise, ViolationBuyPeace, ViolationAcceptGift:
			p += 10
		case ViolationInconsistent:
			p += 15
		}
	}
	p += 5 * float64(sc.counts[FaultRush])
	p += 6 * float64(sc.counts[FaultBlame])
	return p
}

// capping reports whether a violation code is a compliance breach that caps
// the overall score for a visitor type.
func capping(code string, persona Persona) bool {
	switch code {
	case ViolationFalsePromise, ViolationBuyPeace, ViolationAcceptGift:
		return true
	case ViolationConfront:
		return persona == PersonaUnwell
	}
	return false
}

// blocker returns the cap a compliance breach puts on the overall score.
func (sc *scoring) blocker(vs []Violation) *ScoreCap {
	for _, v := range vs {
		// A breach fails a talk only when the rules found it and the
		// model does not flatly disagree.
		if v.learned || v.doubted || !capping(v.Code, sc.in.Persona) {
			continue
		}
		return &ScoreCap{Max: blockerCap, Reason: capReasons[v.Code]}
	}
	return nil
}

// capReasons say why each compliance breach capped the talk.
var capReasons = map[string]string{
	ViolationFalsePromise: "乱许愿:超出政策的承诺一票否决",
	ViolationBuyPeace:     "花钱买平安一票否决",
	ViolationAcceptGift:   "收受礼品一票否决",
	ViolationConfront:     "与精神异常的来访人当面顶撞一票否决",
}

// fit checks the approach against the visitor type's right approach.
func (sc *scoring) fit() *PersonaFit {
	f := &PersonaFit{}
	check := func(ok bool, good, missed string) {
		if ok {
			f.Good = append(f.Good, good)
		} else {
			f.Missed = append(f.Missed, missed)
		}
	}
	c := sc.counts
	listen := c[MoveEncourage] + c[MoveOpenQuestion] + c[MoveAcknowledge]
	feel := c[MoveEmpathy] + c[MoveReassure]
	switch sc.in.Persona {
	case PersonaConfused:
		check(c[MoveExample] > 0, "用了举例、打比方等大白话", "没有用身边的例子或打比方把政策讲通俗")
		check(c[MoveExplainPolicy] > 0, "讲解了政策", "没有把政策本身讲清楚")
		check(c[FaultOfficialese] == 0 && c[FaultRush] == 0, "没有打官腔、没有不耐烦", "出现了套话或不耐烦")
	case PersonaResentful:
		check(listen >= 2, "让来访人把气撒出来、把话说完", "没有让来访人把话说完、把气撒出来")
		check(feel > 0, "表达了同情和理解", "没有表达同情和理解")
		check(c[FaultRush]+c[FaultConfront] == 0, "没有打断和顶撞", "打断或顶撞了来访人")
		check(sc.presentedAfterListening(), "先听后讲", "还没听完就开始讲政策")
	case PersonaPestering:
		check(c[MoveFirmNo] > 0, "给了明确、不留口子的答复", "没有给出明确的答复")
		check(c[FaultHalfPromise]+c[FaultFalsePromise] == 0, "没有暗示、没有半句许诺", "留了口子或许了愿,缠访人会抓住不放")
		check(feel+c[MoveHope] > 0, "在坚持原则的同时关心其本人", "只讲原则,没有关心其本人")
	case PersonaUnwell:
		check(c[FaultConfront] == 0, "没有呛着、没有争辩纠正", "与来访人争辩或纠正其说法")
		check(c[MoveAcknowledge]+feel+c[MoveEncourage] >= 2, "听着、顺着答应着", "没有顺着听、顺着应")
		check(c[FaultRude]+c[FaultBlame] == 0, "没有嘲笑和指责", "出现了嘲笑或指责")
	case PersonaVeteran:
		check(c[MoveExplainPolicy]+c[MoveFirmNo] > 0, "按政策解释,立场坚定", "没有依政策讲清界限")
		check(c[FaultBuyPeace]+c[FaultFalsePromise]+c[FaultHalfPromise] == 0, "没有花钱买平安、没有许好处", "用钱物、照顾或许诺换平安")
		check(c[FaultRude]+c[FaultConfront] == 0, "冷静不激动", "被激得动了气")
	case PersonaCholeric:
		check(sc.avgRunes() >= 25, "话说得长、说得透", "三言两语打发,没有把道理说透")
		check(c[FaultRude]+c[FaultConfront] == 0, "没有以火对火", "以火对火,顶了回去")
		check(feel+listen > 0, "耐心劝导", "缺少耐心劝导")
	case PersonaSanguine:
		check(c[MoveExplainPolicy] > 0, "用政策法规引导", "没有用政策法规引导")
		check(c[MoveExample]+c[MoveRestate] > 0, "帮对方看到事情全貌", "没有帮对方全面地看问题")
	case PersonaPhlegmatic:
		check(c[FaultRush] == 0, "给了对方考虑和回答的时间", "催促了对方")
		check(feel+c[MoveEncourage] > 0, "热情诚恳,不以冷对冷", "态度偏冷,没有热情引导")
	case PersonaMelancholic:
		check(c[FaultBlame]+c[FaultRude] == 0, "没有当面指责", "当面指责了来访人")
		check(feel > 0, "好言相劝、心平气和", "缺少安慰和好言相劝")
		check(listen >= 1, "认真听完对方申述", "没有认真听完对方申述")
	default:
		check(listen+feel > 0, "耐心倾听", "没有耐心倾听")
	}
	if sc.in.Scenario != nil && len(sc.in.Scenario.Group) > 0 {
		check(c[MoveAskReps] > 0, "请群众推选了代表", "没有请群众推选代表,七嘴八舌谈不下去")
	}
	if sc.in.Memory != nil {
		check(c[FaultFalsePromise]+c[FaultHalfPromise] == 0 || sc.in.Memory.Answer == AnswerPromise, "前后口径一致", "前后口径不一致")
	}
	total := len(f.Good) + len(f.Missed)
	if total > 0 {
		f.Score = int(math.Round(100 * float64(len(f.Good)) / float64(total)))
	}
	return f
}

// presentedAfterListening reports whether listening came before the first explanation.
func (sc *scoring) presentedAfterListening() bool {
	listened := 0
	for _, i := range sc.trainee {
		rec := sc.recs[i]
		if rec.Has(MoveExplainPolicy) || rec.Has(MoveFirmNo) {
			return listened >= 2
		}
		if rec.Has(MoveEncourage) || rec.Has(MoveOpenQuestion) || rec.Has(MoveEmpathy) || rec.Has(MoveSpecificQ) {
			listened++
		}
	}
	return listened >= 2
}

func (sc *scoring) avgRunes() int {
	if len(sc.trainee) == 0 {
		return 0
	}
	n := 0
	for _, i := range sc.trainee {
		n += utf8.RuneCountInString(sc.in.Turns[i].Text)
	}
	return n / len(sc.trainee)
}

// betterLines are what to say instead of a fault, and why.
var betterLines = map[string][2]string{
	FaultRude:         {"您别着急,有什么委屈慢慢说,我都听着、都记下来。", "粗暴训斥只会激化矛盾,让来访人筑起防御之墙。"},
	FaultConfront:     {"您说的情况我记下了,我们会去核实清楚。您先喝口水,慢慢说。", "争辩纠正只会让对方更激动;先听着、应着,事实留给核实。"},
	FaultBlame:        {"事情已经这样了,咱们一起看看下一步怎么办最好。", "当面指责会让对方退缩或翻脸,于解决问题无益。"},
	FaultRush:         {"您不着急,慢慢说,我听着呢。", "催促打断会打乱对方思路,也让对方觉得不被重视。"},
	FaultBuckPassing:  {"这件事归具体的主管部门管,我给您开个转办单,写明找哪个部门、哪位同志,您拿着去就行。", "只说“不归我们管”是推诿;要说清由谁负责、怎么去找。"},
	FaultOfficialese:  {"说具体点:这件事我们下周三前去核实,核实完给您打电话答复。", "套话空话没有内容,来访人听了只会更不信任。"},
	FaultFalsePromise: {"您的要求我记下了。按现行政策这一条办不了,我不能给您打包票;能做的是……", "超出政策的承诺兑现不了,只会引来反复上访。"},
	FaultHalfPromise:  {"这件事按政策没有办法办,我今天跟您说清楚,以后也是这个答复。", "半句许诺会被当成承诺抓住不放,尤其对缠访人。"},
	FaultBuyPeace:     {"您的困难如果符合救助条件,可以按程序申请;但不能因为上访就给钱。", "花钱买平安会助长“大闹大解决”,让问题越来越多。"},
	FaultAcceptGift:   {"您的心意我领了,东西请您拿回去,我们有纪律,不能收。", "收受礼品违反纪律,也会让来访人以为事情可以走后门。"},
	FaultCorrect:      {"您这些天确实不好受,这个我信。咱们先把您家里人叫来,一起想办法让您睡踏实。", "对精神异常的来访人,纠正他的想法就是顶撞;顺着他的感受说,再请家属或社区帮忙。"},
}

// better suggests a better line for each turn that had a fault.
func (sc *scoring) better() []BetterLine {
	var out []BetterLine
	for _, i := range sc.trainee {
		rec := sc.recs[i]
		for _, f := range rec.Faults {
			bl, ok := betterLines[f]
			if !ok {
				continue
			}
			if f == FaultHalfPromise || f == FaultCorrect {
				if code, _ := sc.violationCode(f); code == "" {
					continue
				}
			}
			out = append(out, BetterLine{Turn: i, Quote: rec.Quotes[f], Line: bl[0], Why: bl[1]})
			break
		}
	}
	return out
}

// summarize writes one line on the talk.
func summarize(r *Report) string {
	type ss struct {
		s Stage
		v int
	}
	var list []ss
	for s, v := range r.Stages {
		list = append(list, ss{s, v.Score})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].v != list[j].v {
			return list[i].v > list[j].v
		}
		return list[i].s.Order() < list[j].s.Order()
	})
	if len(list) == 0 {
		return ""
	}
	best, worst := list[0], list[len(list)-1]
	var b strings.Builder
	b.WriteString("做得最好的是" + best.s.Name() + "阶段,最需要加强的是" + worst.s.Name() + "阶段。")
	if len(r.Violations) > 0 {
		b.WriteString("有违规行为,须重点纠正。")
	}
	if r.Cap != nil {
		b.WriteString(r.Cap.Reason + "。")
	}
	return b.String()
}
