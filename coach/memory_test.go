package coach

import (
	"strings"
	"testing"
)

func TestRecallAnswer(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"firm", []string{"您好,请坐。", "按政策,您家这种情况不符合低保条件,办不了。"}, AnswerFirm},
		{"promise", []string{"按政策办不了。", "这样吧,说不定能给你办下来。"}, AnswerPromise},
		{"referral", []string{"这事归县民政局管,您去那里问。"}, AnswerReferral},
		{"none", []string{"您好,请坐。"}, ""},
	}
	// The rules alone (nil) and a full recogniser, as a Coach shares, must
	// recall the same answer.
	full := NewTurnRecognizer()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, rz := range []*TurnRecognizer{nil, full} {
				m := RecallAnswer(rz, transcriptOf(tt.lines))
				got := ""
				if m != nil {
					got = m.Answer
				}
				if got != tt.want {
					t.Fatalf("answer %q, want %q (%+v)", got, tt.want, m)
				}
			}
		})
	}
}

func TestRevisitInconsistent(t *testing.T) {
	sc := testScenario(PersonaPestering)
	sc.Revisit = sc.ID
	mem := &Memory{Answer: AnswerFirm, Quote: "您家这种情况不符合低保条件"}

	talk := NewTalk(sc, nil, fixedNow)
	talk.SetMemory(mem)
	open := talk.Open()
	if open.Intent != "recall" || !strings.Contains(open.Text, "不符合低保条件") {
		t.Fatalf("opening %q (%s) does not recall the last answer", open.Text, open.Intent)
	}
	if _, err := talk.Say("这回嘛,说不定能给你办下来。"); err != nil {
		t.Fatal(err)
	}
	r := talk.Report()
	found := false
	for _, v := range r.Violations {
		if v.Code == ViolationInconsistent {
			found = true
		}
	}
	if !found {
		t.Fatalf("no inconsistent violation in %+v", r.Violations)
	}

	// The same answer again is consistent.
	talk = NewTalk(sc, nil, fixedNow)
	talk.SetMemory(mem)
	talk.Open()
	talk.Say("还是上次那句话,按政策不符合条件,办不了。")
	for _, v := range talk.Report().Violations {
		if v.Code == ViolationInconsistent {
			t.Fatalf("consistent answer reported: %+v", v)
		}
	}
}

func TestGroupVisit(t *testing.T) {
	sc := testScenario(PersonaCholeric)
	sc.Group = []Member{{Name: "赵长林", Key: true}, {Name: "孙桂芝"}, {Name: "钱卫东"}}
	if err := sc.Validate(); err != nil {
		t.Fatal(err)
	}
	talk := NewTalk(sc, nil, fixedNow)
	open := talk.Open()
	if !strings.Contains(open.Text, "\u3010") || strings.Count(open.Text, "\u3010") < 2 {
		t.Fatalf("before representatives, several visitors speak: %q", open.Text)
	}
	calmBefore := talk.State()
	talk.Say("您别着急,慢慢说。")
	halfCalmed := talk.State()
	r, _ := talk.Say("人来得多,大家先推选三五个代表,其他人先到休息室坐。")
	if r.Intent != "group_reps" || !talk.State().RepsChosen {
		t.Fatalf("asking for representatives: intent %s, state %v", r.Intent, talk.State())
	}
	r, _ = talk.Say("赵师傅,您说说是怎么回事?")
	if !strings.HasPrefix(r.Text, "\u3010赵长林\u3011") || strings.Count(r.Text, "\u3010") != 1 {
		t.Fatalf("after representatives, the key person speaks alone: %q", r.Text)
	}
	if calmBefore.Anger-halfCalmed.Anger > 4 {
		t.Fatalf("a crowd should calm slowly before representatives: %d → %d", calmBefore.Anger, halfCalmed.Anger)
	}
	rep := talk.Report()
	if rep.Stages[StageFirstTalk].Score == 0 {
		t.Fatal("asking for representatives earns no first-talk credit")
	}
	// Without representatives, the report says so.
	talk = NewTalk(sc, nil, fixedNow)
	talk.Open()
	talk.Say("您好,请坐,慢慢说。")
	if !strings.Contains(strings.Join(talk.Report().Stages[StageFirstTalk].Advice, ""), "推选代表") {
		t.Fatal("no advice to choose representatives")
	}
	bad := sc
	bad.Group = bad.Group[:2]
	if err := bad.Validate(); err == nil {
		t.Fatal("a two-person group must not validate")
	}
}
