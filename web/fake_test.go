package web

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"receptioncoach/coach"
)

// fakeCoach is a coach.Service whose methods call the matching Fn field.
// A call to a method whose field is nil fails with EINTERNAL.
type fakeCoach struct {
	ListScenariosFn func(ctx context.Context) ([]coach.ScenarioInfo, error)
	StartFn         func(ctx context.Context, scenarioID, user string) (*coach.Session, coach.Reply, error)
	SayFn           func(ctx context.Context, sessionID, text string, onDelta func(string)) (coach.Reply, error)
	HintFn          func(ctx context.Context, sessionID string) ([]coach.Passage, error)
	EndFn           func(ctx context.Context, sessionID string) (*coach.Report, error)
	SessionFn       func(ctx context.Context, id string) (*coach.Session, error)
	SessionsFn      func(ctx context.Context, f coach.SessionFilter) ([]coach.SessionSummary, error)
	SearchFn        func(ctx context.Context, query string, k int) ([]coach.Passage, error)
}

var _ coach.Service = (*fakeCoach)(nil)

func notSet(name string) error { return fmt.Errorf("fake: %s not set", name) }

func (f *fakeCoach) ListScenarios(ctx context.Context) ([]coach.ScenarioInfo, error) {
	if f.ListScenariosFn == nil {
		return nil, notSet("ListScenarios")
	}
	return f.ListScenariosFn(ctx)
}

func (f *fakeCoach) Start(ctx context.Context, scenarioID, user string) (*coach.Session, coach.Reply, error) {
	if f.StartFn == nil {
		return nil, coach.Reply{}, notSet("Start")
	}
	return f.StartFn(ctx, scenarioID, user)
}

func (f *fakeCoach) Say(ctx context.Context, sessionID, text string, onDelta func(string)) (coach.Reply, error) {
	if f.SayFn == nil {
		return coach.Reply{}, notSet("Say")
	}
	return f.SayFn(ctx, sessionID, text, onDelta)
}

func (f *fakeCoach) Hint(ctx context.Context, sessionID string) ([]coach.Passage, error) {
	if f.HintFn == nil {
		return nil, notSet("Hint")
	}
	return f.HintFn(ctx, sessionID)
}

func (f *fakeCoach) End(ctx context.Context, sessionID string) (*coach.Report, error) {
	if f.EndFn == nil {
		return nil, notSet("End")
	}
	return f.EndFn(ctx, sessionID)
}

func (f *fakeCoach) Session(ctx context.Context, id string) (*coach.Session, error) {
	if f.SessionFn == nil {
		return nil, notSet("Session")
	}
	return f.SessionFn(ctx, id)
}

func (f *fakeCoach) Sessions(ctx context.Context, fl coach.SessionFilter) ([]coach.SessionSummary, error) {
	if f.SessionsFn == nil {
		return nil, notSet("Sessions")
	}
	return f.SessionsFn(ctx, fl)
}

func (f *fakeCoach) Search(ctx context.Context, query string, k int) ([]coach.Passage, error) {
	if f.SearchFn == nil {
		return nil, notSet("Search")
	}
	return f.SearchFn(ctx, query, k)
}

// demoCoach is an in-memory coach.Service with a few scripted visitors whose
// replies, mood and stage follow simple cues in the trainee's words. It lets
// the websocket and browser tests play whole talks that look like real ones;
// it is not the product's engine.
type demoCoach struct {
	mu       sync.Mutex
	now      func() time.Time
	seq      int
	sessions map[string]*demoTalk
	stream   bool          // send each reply through onDelta in pieces
	delay    time.Duration // pause between streamed pieces
}

type demoTalk struct {
	sess  *coach.Session
	mood  coach.Mood
	beat  int // next story beat
	ended bool
}

func newDemoCoach() *demoCoach {
	base := time.Date(2025, 3, 12, 9, 30, 0, 0, time.Local)
	n := 0
	return &demoCoach{
		sessions: map[string]*demoTalk{},
		now: func() time.Time {
			n++
			return base.Add(time.Duration(n) * 20 * time.Second)
		},
	}
}

var _ coach.Service = (*demoCoach)(nil)

type demoScenario struct {
	info    coach.ScenarioInfo
	mood    coach.Mood
	opening string
	story   []string
}

func demoScenarios() []demoScenario {
	return []demoScenario{
		{coach.ScenarioInfo{ID: "land-quota", Persona: coach.PersonaConfused, PersonaName: "带着疑惑", Title: "添了孙子却分不到地", Summary: "老周家添了人口,想弄明白为什么村里不给调整承包地", Case: "land_contract"},
			coach.Mood{Anger: 25, Trust: 40},
			"同志,我想问个事儿。我家去年添了个孙子,村里说地不能再分,这到底是咋回事?",
			[]string{"我们家六口人,就种着当年分的四亩地,孙子落了户口也没地。", "村干部就说上面有规定,别的啥也不讲,我听不明白。", "我也不是来闹的,就想知道这规定是真是假,以后还能不能调。"}},
		{coach.ScenarioInfo{ID: "sent-down-pension", Persona: coach.PersonaResentful, PersonaName: "带着怨气", Title: "下放职工的退休待遇", Summary: "早年下放回乡的老工人,为待遇问题跑了多年", Case: "sent_down"},
			coach.Mood{Anger: 70, Trust: 15},
			"又是你们这儿!我这把年纪跑了多少趟了,哪回不是让我回去等?今天不给个说法我就不走了!",
			[]string{"六二年厂里一句话就让我们回了老家,说好以后政策落实,结果一等就是几十年。", "跟我一起下放的老李,人家那个县早给办了,凭什么我们这就不行?", "我身体也不好,腿脚不利索,来一趟要倒两回车。"}},
		{coach.ScenarioInfo{ID: "unpaid-wages", Persona: coach.PersonaCholeric, PersonaName: "胆汁质", Title: "工地欠薪要过年", Summary: "农民工班组长替十几个工友讨要拖欠的工钱", Case: "wages"},
			coach.Mood{Anger: 80, Trust: 20},
			"我们十几个人干了大半年,一分钱没拿到!包工头电话不接,你们管不管?",
			[]string{"活是去年三月开始干的,一直干到十一月,说好完工结账。", "总包那边说钱早拨给包工头了,包工头人找不着。", "工友们都等着这钱回家过年,有的孩子学费都交不上。"}},
		{coach.ScenarioInfo{ID: "heating-fee", Persona: coach.PersonaPhlegmatic, PersonaName: "黏液质", Title: "暖气不热还要交全费", Summary: "退休教师反映小区供暖温度不达标", Case: "heating"},
			coach.Mood{Anger: 30, Trust: 35},
			"你好……我是东城小区的住户。我们家暖气一直不太热,想来反映一下。",
			[]string{"屋里温度我量过,白天十四五度,晚上更低。", "给供热公司打过三次电话,来人看了一眼就走了。", "费用是按全额交的,我觉得这不太合理。"}},
	}
}

func (d *demoCoach) scenario(id string) (demoScenario, bool) {
	for _, s := range demoScenarios() {
		if s.info.ID == id {
			return s, true
		}
	}
	return demoScenario{}, false
}

func (d *demoCoach) ListScenarios(ctx context.Context) ([]coach.ScenarioInfo, error) {
	var out []coach.ScenarioInfo
	for _, s := range demoScenarios() {
		out = append(out, s.info)
	}
	return out, nil
}

func (d *demoCoach) Start(ctx context.Context, scenarioID, user string) (*coach.Session, coach.Reply, error) {
	sc, ok := d.scenario(scenarioID)
	if !ok {
		return nil, coach.Reply{}, coach.Errorf(coach.ENOTFOUND, "未找到场景 %s", scenarioID)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	d.seq++
	now := d.now()
	sess := &coach.Session{ID: fmt.Sprintf("s%03d", d.seq), ScenarioID: sc.info.ID, Persona: sc.info.Persona, Title: sc.info.Title, User: user, StartedAt: now}
	mood := sc.mood
	sess.Turns = append(sess.Turns, coach.Turn{Index: 0, Role: coach.RoleVisitor, Text: sc.opening, Time: now, Mood: &mood, Stage: coach.StageIntroduction})
	d.sessions[sess.ID] = &demoTalk{sess: sess, mood: sc.mood}
	return cloneSession(sess), coach.Reply{Text: sc.opening, Mood: sc.mood, Stage: coach.StageIntroduction, Intent: "opening"}, nil
}

// demoCue is a cue in the trainee's words and what it does.
type demoCue struct {
	words   []string
	stage   coach.Stage
	move    string
	fault   string
	anger   int
	trust   int
	replies []string
}

func demoCues() []demoCue {
	return []demoCue{
		{[]string{"滚", "吵什么", "别闹", "烦不烦"}, coach.StageFirstTalk, "", "rude", 35, -25,
			[]string{"你这是什么态度?我是来反映问题的,不是来受气的!", "好啊,你们就是这么对老百姓的?我这就去市里找你们领导!"}},
		{[]string{"保证", "肯定给你办", "包在我身上"}, coach.StageCoordination, "", "false_promise", -5, 5,
			[]string{"这可是你说的啊,我记下了,到时候办不成我还来找你。"}},
		{[]string{"你好", "您好", "大爷", "阿姨", "师傅"}, coach.StageIntroduction, "greeting", "", -6, 8,
			[]string{"哎,你好你好。", "你好。唉,总算有人搭理我了。"}},
		{[]string{"坐", "喝水", "喝口水"}, coach.StageIntroduction, "seat", "", -8, 8,
			[]string{"谢谢,谢谢。走了一路,是有点渴了。", "好,我坐下说。"}},
		{[]string{"理解", "不容易", "难为", "辛苦"}, coach.StageListening, "empathy", "", -12, 10,
			[]string{"你能这么说,我心里就好受多了。", "是啊,这些年真是憋屈。"}},
		{[]string{"慢慢说", "怎么回事", "具体", "什么时候", "详细"}, coach.StageListening, "open_question", "", -5, 6, nil},
		{[]string{"记下", "记录", "登记"}, coach.StageFirstTalk, "record", "", -6, 6,
			[]string{"好,你记仔细点,别漏了。"}},
		{[]string{"政策", "规定", "法律", "打个比方"}, coach.StagePresentation, "explain_policy", "", -4, 8,
			[]string{"哦,原来规定是这么回事,以前没人跟我讲这么细。", "这么一说我大概明白了,可我们家的情况还是难。"}},
		{[]string{"您的意思是", "我复述", "归纳一下", "对不对", "是不是这样"}, coach.StageSummary, "restate", "", -5, 10,
			[]string{"对,就是这几件事,你说得一点不差。"}},
		{[]string{"答复", "负责", "转给", "联系", "工作日", "下周"}, coach.StageCoordination, "commit_date", "", -10, 12,
			[]string{"那行,我就等你们的答复,到时候别让我白跑。", "好,有个准日子我心里就踏实了。"}},
	}
}

func (d *demoCoach) Say(ctx context.Context, sessionID, text string, onDelta func(string)) (coach.Reply, error) {
	text = strings.TrimSpace(text)
	if text == "" || utf8.RuneCountInString(text) > coach.MaxLineRunes {
		return coach.Reply{}, coach.Errorf(coach.EINVALID, "请输入 1 到 %d 字", coach.MaxLineRunes)
	}
	d.mu.Lock()
	t, ok := d.sessions[sessionID]
	if !ok {
		d.mu.Unlock()
		return coach.Reply{}, coach.Errorf(coach.ENOTFOUND, "未找到会话")
	}
	if t.ended {
		d.mu.Unlock()
		return coach.Reply{}, coach.Errorf(coach.EENDED, "谈话已结束")
	}
	sc, _ := d.scenario(t.sess.ScenarioID)
	trainee := coach.Turn{Index: len(t.sess.Turns), Role: coach.RoleTrainee, Text: text, Time: d.now(), Stage: coach.StageListening}
	reply := ""
	for _, c := range demoCues() {
		if !slices.ContainsFunc(c.words, func(w string) bool { return strings.Contains(text, w) }) {
			continue
		}
		if trainee.Stage == coach.StageListening || c.fault != "" {
			trainee.Stage = c.stage
		}
		if c.move != "" && !slices.Contains(trainee.Moves, c.move) {
			trainee.Moves = append(trainee.Moves, c.move)
		}
		if c.fault != "" {
			trainee.Faults = append(trainee.Faults, c.fault)
		}
		t.mood.Anger = min(100, max(0, t.mood.Anger+c.anger))
		t.mood.Trust = min(100, max(0, t.mood.Trust+c.trust))
		if reply == "" && len(c.replies) > 0 {
			reply = c.replies[len(t.sess.Turns)/2%len(c.replies)]
		}
	}
	if reply == "" && t.beat < len(sc.story) {
		reply = sc.story[t.beat]
		t.beat++
	}
	if reply == "" {
		reply = "我要说的就是这些,你看这事到底怎么办?"
	}
	r := coach.Reply{Text: reply, Mood: t.mood, Stage: trainee.Stage, Moves: trainee.Moves, Faults: trainee.Faults}
	if t.mood.Anger >= 95 {
		r.Ended, r.Ending, t.ended = true, coach.EndingStormOut, true
	} else if trainee.Stage == coach.StageCoordination && t.mood.Anger <= 20 && t.mood.Trust >= 60 {
		r.Ended, r.Ending, t.ended = true, coach.EndingDate, true
	}
	mood := t.mood
	visitor := coach.Turn{Index: trainee.Index + 1, Role: coach.RoleVisitor, Text: reply, Time: d.now(), Mood: &mood, Stage: trainee.Stage}
	t.sess.Turns = append(t.sess.Turns, trainee, visitor)
	if r.Ended {
		t.sess.Ending = r.Ending
	}
	stream, delay := d.stream, d.delay
	d.mu.Unlock()

	if stream && onDelta != nil {
		for _, piece := range splitRunes(reply, 4) {
			select {
			case <-ctx.Done():
				return coach.Reply{}, ctx.Err()
			case <-time.After(delay):
			}
			onDelta(piece)
		}
	}
	return r, nil
}

// splitRunes cuts s into pieces of n runes.
func splitRunes(s string, n int) []string {
	var out []string
	r := []rune(s)
	for len(r) > 0 {
		k := min(n, len(r))
		out = append(out, string(r[:k]))
		r = r[k:]
	}
	return out
}

func (d *demoCoach) Hint(ctx context.Context, sessionID string) ([]coach.Passage, error) {
	d.mu.Lock()
	t, ok := d.sessions[sessionID]
	d.mu.Unlock()
	if !ok {
		return nil, coach.Errorf(coach.ENOTFOUND, "未找到会话")
	}
	_ = t
	return []coach.Passage{
		{Source: "接访方法卡片", ID: "card-listen", Title: "让对方把话说完", Text: "来访人情绪激动时先别急着解释,请他坐下慢慢讲,不打断,适时点头并记录,等情绪落下来再谈政策。", Stages: []coach.Stage{coach.StageListening}},
		{Source: "接访方法卡片", ID: "card-reassure", Title: "定心话", Text: "告诉对方:您反映的情况我们都记下了,会按规定认真核实,一定给您一个明确答复。"},
		{Source: "接访方法卡片", ID: "card-plain", Title: "用大白话讲政策", Text: "少用文件里的原话,多拿身边的事打比方,讲完问一句:这样说您听明白了吗?"},
	}, nil
}

func (d *demoCoach) End(ctx context.Context, sessionID string) (*coach.Report, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	t, ok := d.sessions[sessionID]
	if !ok {
		return nil, coach.Errorf(coach.ENOTFOUND, "未找到会话")
	}
	if t.sess.Report != nil {
		return t.sess.Report, nil
	}
	t.ended = true
	rep := demoReport(t)
	end := d.now()
	t.sess.EndedAt = &end
	t.sess.Report = rep
	t.sess.Ending = rep.Ending
	return rep, nil
}

// demoReport scores a demo talk by which stages its trainee turns reached.
func demoReport(t *demoTalk) *coach.Report {
	rep := &coach.Report{Stages: map[coach.Stage]coach.StageScore{}, Violations: []coach.Violation{}, Persona: t.sess.Persona, Scenario: t.sess.ScenarioID}
	seen := map[coach.Stage]bool{}
	for _, turn := range t.sess.Turns {
		if turn.Role != coach.RoleTrainee {
			continue
		}
		if !seen[turn.Stage] {
			seen[turn.Stage] = true
			rep.Order = append(rep.Order, turn.Stage)
		}
		ss := rep.Stages[turn.Stage]
		ss.Evidence = append(ss.Evidence, coach.Evidence{Turn: turn.Index, Quote: turn.Text})
		rep.Stages[turn.Stage] = ss
		for _, f := range turn.Faults {
			rep.Violations = append(rep.Violations, coach.Violation{Code: f, Turn: turn.Index, Quote: turn.Text})
		}
	}
	advice := map[coach.Stage]string{
		coach.StageIntroduction: "开口先问候、让座倒水,问清对方是谁、从哪里来,再慢慢进入正题。",
		coach.StageFirstTalk:    "简短表态:会认真记录、按规定办理,语气平和,不说长篇大道理。",
		coach.StageListening:    "让来访人把话说完,不清楚的地方及时追问,并当面记录。",
		coach.StagePresentation: "用大白话讲清相关政策,举一个身边的例子帮助理解。",
		coach.StageSummary:      "把对方反映的几件事逐条复述一遍,问一句“我说得对不对”。",
		coach.StageCoordination: "说清由哪个部门办理、什么时候答复,最后说几句让人宽心的话。",
	}
	total := 0
	for _, st := range coach.Stages() {
		ss := rep.Stages[st]
		ss.Score = min(100, 35*len(ss.Evidence))
		if ss.Evidence == nil {
			ss.Evidence = []coach.Evidence{}
			rep.Skipped = append(rep.Skipped, st)
		}
		ss.Advice = []string{}
		if ss.Score < 70 {
			ss.Advice = append(ss.Advice, advice[st])
			ss.Cites = []coach.Passage{{Source: "接访方法卡片", Title: st.Name() + "阶段要点", Text: advice[st]}}
		}
		// A stage with one piece of evidence is calibrated as done, as
		// the stage model does, so that the page shows its note.
		if ss.Score == 35 {
			ss.Calibration = &coach.Calibration{Points: 35, Done: 0.72, Note: "按找到的话语只得 35 分;但对照培训师评过的谈话,这样的表现多判为已经做到(算作完成的可能约 72%),按完成计。"}
			ss.Score = 55
		}
		rep.Stages[st] = ss
		total += ss.Score
	}
	rep.Overall = total / 6
	if len(rep.Violations) > 0 {
		rep.Cap = &coach.ScoreCap{Max: 40, Reason: "出现违反接访纪律的言行"}
		rep.Overall = min(rep.Overall, 40)
	}
	rep.Ending = t.sess.Ending
	if rep.Ending == "" {
		rep.Ending = coach.EndingOpen
	}
	mood := t.mood
	rep.Mood = &mood
	rep.Fit = &coach.PersonaFit{Score: 60, Good: []string{"语气平和,没有与来访人争辩"}, Missed: []string{"还可以多给对方一些倾诉的时间"}}
	for _, turn := range t.sess.Turns {
		if turn.Role == coach.RoleTrainee && len(turn.Moves) == 0 {
			rep.Better = append(rep.Better, coach.BetterLine{Turn: turn.Index, Quote: turn.Text, Line: "您别着急,先坐下喝口水,慢慢跟我说说是怎么回事。", Why: "先稳住情绪、表示愿意听,对方才肯把情况讲全。"})
			break
		}
	}
	rep.Summary = "谈话总体平稳,部分阶段还可以做得更完整。"
	rep.Turns = slices.Clone(t.sess.Turns)
	return rep
}

func (d *demoCoach) Session(ctx context.Context, id string) (*coach.Session, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	t, ok := d.sessions[id]
	if !ok {
		return nil, coach.Errorf(coach.ENOTFOUND, "未找到会话 %s", id)
	}
	return cloneSession(t.sess), nil
}

func (d *demoCoach) Sessions(ctx context.Context, f coach.SessionFilter) ([]coach.SessionSummary, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	var out []coach.SessionSummary
	for _, t := range d.sessions {
		s := t.sess
		if f.User != "" && s.User != f.User {
			continue
		}
		sum := coach.SessionSummary{ID: s.ID, ScenarioID: s.ScenarioID, Persona: s.Persona, Title: s.Title, User: s.User, StartedAt: s.StartedAt, EndedAt: s.EndedAt, Turns: len(s.Turns), Ending: s.Ending}
		if s.Report != nil {
			o := s.Report.Overall
			sum.Overall = &o
		}
		out = append(out, sum)
	}
	slices.SortFunc(out, func(a, b coach.SessionSummary) int { return b.StartedAt.Compare(a.StartedAt) })
	return out, nil
}

func (d *demoCoach) Search(ctx context.Context, query string, k int) ([]coach.Passage, error) {
	p := coach.Passage{Source: "接访方法卡片", Title: "来访人情绪激动时", Score: 1.5,
		Text:      "先请来访人坐下,倒杯水,让他把话说完;不要争辩,等他平静下来再讲政策。",
		Highlight: "先请来访人坐下,倒杯水,让他把话说完;不要<mark>争辩</mark>,等他平静下来再讲政策 &lt;b&gt;。"}
	return []coach.Passage{p}[:min(k, 1)], nil
}

func cloneSession(s *coach.Session) *coach.Session {
	c := *s
	c.Turns = slices.Clone(s.Turns)
	return &c
}
