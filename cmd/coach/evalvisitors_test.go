package main

import (
	"encoding/json"
	"strings"
	"testing"

	"receptioncoach/coach"
)

func TestEvalVisitors(t *testing.T) {
	code, out, errs := runCmd(t, "", "eval-visitors", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var sum visitorEvalSummary
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatal(err)
	}
	if len(sum.Types) != len(coach.Personas()) {
		t.Fatalf("%d types measured, want %d", len(sum.Types), len(coach.Personas()))
	}
	for _, v := range sum.Types {
		if v.Scenarios < 3 {
			t.Errorf("%s: %d scenarios, want at least 3", v.Persona, v.Scenarios)
		}
		if v.Replies != listenTurns {
			t.Errorf("%s: %.1f replies in the listening talk, want %d", v.Persona, v.Replies, listenTurns)
		}
		if v.Distinct <= 0 || v.Distinct > 1 || v.GoodAnger < 0 || v.RudeTrust > 100 {
			t.Errorf("%s: figures out of range: %+v", v.Persona, v)
		}
	}
	code, out, _ = runCmd(t, "", "eval-visitors")
	if code != 0 || !strings.Contains(out, "summary: mood gap ≥15 met by ") {
		t.Fatalf("exit %d:\n%s", code, out)
	}
}

// TestTalksFitScenario checks the generated lines use the scenario.
func TestTalksFitScenario(t *testing.T) {
	sc := &coach.Scenario{Owner: "县社保中心", Demands: []coach.Demand{{Text: "补发养老金"}, {Text: "说明原因"}},
		Facts: []coach.Fact{{ID: "a", Hidden: true, Ask: []string{"存折"}}, {ID: "b", Ask: []string{"身体"}}}}
	talk := strings.Join(goodTalk(sc), "\n")
	for _, want := range []string{"县社保中心", "一是补发养老金,二是说明原因", "存折"} {
		if !strings.Contains(talk, want) {
			t.Errorf("good talk lacks %q:\n%s", want, talk)
		}
	}
	if strings.Contains(talk, "身体") {
		t.Errorf("good talk asks about an open fact:\n%s", talk)
	}
	if n := len(listeningTalk()); n != listenTurns {
		t.Errorf("listening talk has %d lines", n)
	}
}
