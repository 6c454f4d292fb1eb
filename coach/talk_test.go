package coach

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// testScenario is a small self-contained scenario with lines for every intent.
func testScenario(p Persona) *Scenario {
	lines := map[string][]string{}
	for intent := range Intents() {
		lines[intent] = []string{intent + "-1", intent + "-2", intent + "-3"}
	}
	lines["fact"] = []string{"{fact}"}
	lines["summary_missing"] = []string{"漏了:{missing}"}
	lines["referral_ok"] = []string{"去{office}是吧"}
	lines["date_ok"] = []string{"{date}我等着"}
	lines["recall"] = []string{"上回你说{said}"}
	return &Scenario{
		ID: "t-" + string(p), Persona: p, Title: "测试", Stance: StanceUnreasonable, Owner: "县人社局",
		Visitor: Visitor{Name: "老李", Age: 70, Home: "东村"},
		Goal:    "补发工资",
		Demands: []Demand{{ID: "pay", Text: "补发工资", Keys: []string{"工资"}}, {ID: "med", Text: "看病报销", Keys: []string{"看病", "报销"}}},
		Mood:    Mood{Anger: 60, Trust: 20},
		Opening: []string{"我要讨个说法!"},
		Story:   []string{"第一段", "第二段", "第三段"},
		Facts: []Fact{
			{ID: "signed", Text: "协议我其实签过字。", Hidden: true, Ask: []string{"签", "协议"}, MinTrust: 40, Evasive: "那个不重要。"},
			{ID: "son", Text: "儿子在外地。"},
		},
		Lines: lines,
	}
}

var fixedNow = func() time.Time { return time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC) }

var goodTalk = []string{
	"大爷您好,外面冷吧?快请坐,喝口热水。",
	"您怎么称呼?家住哪里?",
	"您别着急,我们会认真听、认真记,按政策公平处理。",
	"您慢慢说,到底是怎么回事?",
	"我理解您,换了谁心里都憋屈。您接着说。",
	"后来呢?",
	"我归纳一下,您主要是两件事:一是补发工资,二是看病报销,对不对?",
	"按政策,这种情况不在补发范围里,就好比过了保质期的票,不能再兑了。",
	"看病报销的事归县医保局管,我给您开个转办单,下周三之前我也给您电话答复。",
	"您保重身体,有事随时来找我。",
}

var rudeTalk = []string{
	"什么事?快点说。",
	"说重点,我很忙。",
	"你烦不烦啊,这事不归我们管。",
	"你这是无理取闹,胡搅蛮缠。",
	"爱找谁找谁去。",
}

func play(t *testing.T, sc *Scenario, lines []string) (*Talk, []Reply) {
	t.Helper()
	talk := NewTalk(sc, nil, fixedNow)
	replies := []Reply{talk.Open()}
	for _, l := range lines {
		if talk.Ended() {
			break
		}
		r, err := talk.Say(l)
		if err != nil {
			t.Fatalf("say %q: %v", l, err)
		}
		replies = append(replies, r)
	}
	return talk, replies
}

// TestGoodBeatsRude checks, for every persona, that a well-conducted talk
// leaves the visitor calmer and more trusting than a rude one.
func TestGoodBeatsRude(t *testing.T) {
	for _, p := range Personas() {
		t.Run(string(p.Key), func(t *testing.T) {
			good, _ := play(t, testScenario(p.Key), goodTalk)
			rude, _ := play(t, testScenario(p.Key), rudeTalk)
			g, r := good.State(), rude.State()
			if r.Anger-g.Anger < 15 || g.Trust-r.Trust < 15 {
				t.Errorf("good %v vs rude %v: want anger +15 and trust -15 for rude", g, r)
			}
			if g.Ending != EndingDate {
				t.Errorf("good talk ending %q, want %q", g.Ending, EndingDate)
			}
			if !r.Ended || (r.Ending != EndingStormOut && r.Ending != EndingEscalate) {
				t.Errorf("rude talk ending %q (ended %v), want storm out or escalate", r.Ending, r.Ended)
			}
		})
	}
}

func TestTalkDeterministic(t *testing.T) {
	_, a := play(t, testScenario(PersonaResentful), goodTalk)
	_, b := play(t, testScenario(PersonaResentful), goodTalk)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same lines gave different replies")
	}
	ta, _ := play(t, testScenario(PersonaResentful), goodTalk)
	tb, _ := play(t, testScenario(PersonaResentful), goodTalk)
	if !reflect.DeepEqual(ta.Report(), tb.Report()) {
		t.Fatal("same talk gave different reports")
	}
}

func TestHiddenFactNeedsTrust(t *testing.T) {
	// Asked cold, the visitor dodges.
	_, replies := play(t, testScenario(PersonaConfused), []string{"你签过协议没有?"})
	if got := replies[1].Text; got != "那个不重要。" {
		t.Fatalf("cold question got %q, want the evasive line", got)
	}
	// Asked after trust is built, the fact comes out.
	talk, replies := play(t, testScenario(PersonaConfused), []string{
		"大爷您好,快请坐,喝口水。", "您别着急,我们会认真听、认真记。", "我理解您的难处。", "您当时签过协议没有?",
	})
	if got := replies[len(replies)-1].Text; got != "协议我其实签过字。" {
		t.Fatalf("trusted question got %q (state %v)", got, talk.State())
	}
	if st := talk.State(); len(st.Revealed) != 1 || st.Revealed[0] != "signed" {
		t.Fatalf("revealed %v", st.Revealed)
	}
}

func TestSummaryMissing(t *testing.T) {
	_, replies := play(t, testScenario(PersonaSanguine), []string{"我归纳一下,您主要是要补发工资,对吧?"})
	if got := replies[1].Text; got != "漏了:看病报销" {
		t.Fatalf("got %q", got)
	}
	_, replies = play(t, testScenario(PersonaSanguine), []string{"我归纳一下,您一是要补发工资,二是看病报销,对吧?"})
	if got := replies[1].Intent; got != "summary_ok" {
		t.Fatalf("got %q", got)
	}
}

func TestSlotsPickUpWhatTraineeSaid(t *testing.T) {
	_, replies := play(t, testScenario(PersonaConfused), []string{"这事归县医保局管,您去那里问。"})
	if got := replies[1].Text; got != "去县医保局是吧" {
		t.Fatalf("got %q", got)
	}
	_, replies = play(t, testScenario(PersonaConfused), []string{"我们15个工作日内给您书面答复。"})
	if got := replies[1].Text; got != "15个工作日内我等着" {
		t.Fatalf("got %q", got)
	}
}

func TestSayErrors(t *testing.T) {
	talk := NewTalk(testScenario(PersonaConfused), nil, fixedNow)
	talk.Open()
	if _, err := talk.Say("   "); ErrorCode(err) != EINVALID {
		t.Fatalf("empty: %v", err)
	}
	if _, err := talk.Say(strings.Repeat("说", MaxLineRunes+1)); ErrorCode(err) != EINVALID {
		t.Fatalf("oversized: %v", err)
	}
	if _, err := talk.Say(strings.Repeat("说", MaxLineRunes)); err != nil {
		t.Fatalf("at the limit: %v", err)
	}
	talk.Finish()
	if _, err := talk.Say("还在吗?"); ErrorCode(err) != EENDED {
		t.Fatalf("after end: %v", err)
	}
}

func TestPesteringSeizesHalfPromise(t *testing.T) {
	_, replies := play(t, testScenario(PersonaPestering), []string{"这个嘛,说不定能给你办。", "按政策确实办不了,不在范围里。"})
	if replies[1].Intent != "promise_seize" || replies[2].Intent != "promise_recall" {
		t.Fatalf("intents %q then %q", replies[1].Intent, replies[2].Intent)
	}
}

func TestDistinctReplies(t *testing.T) {
	lines := []string{}
	for i := 0; i < 20; i++ {
		lines = append(lines, []string{"嗯。", "然后呢?", "我理解。", "您接着说。"}[i%4])
	}
	_, replies := play(t, testScenario(PersonaMelancholic), lines)
	seen := map[string]bool{}
	for _, r := range replies[1:] {
		seen[r.Text] = true
	}
	if share := float64(len(seen)) / float64(len(replies)-1); share < 0.5 {
		t.Fatalf("only %.0f%% distinct replies", share*100)
	}
}

func TestGiftRefused(t *testing.T) {
	sc := testScenario(PersonaVeteran)
	talk := NewTalk(sc, nil, fixedNow)
	talk.Open()
	r, _ := talk.Say("这事归县人社局管,我给您开个转办单。")
	if !strings.Contains(r.Text, "gift_offer") {
		t.Fatalf("veteran offered no gift: %q", r.Text)
	}
	r, _ = talk.Say("心意领了,东西您拿回去,我们有规定不能收。")
	if r.Intent != "gift_refused" {
		t.Fatalf("refusal answered with %s: %q", r.Intent, r.Text)
	}
	for _, v := range talk.Report().Violations {
		if v.Code == ViolationAcceptGift {
			t.Fatal("a refused gift reported as accepted")
		}
	}
}
