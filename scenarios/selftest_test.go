package scenarios

import (
	"context"
	"strings"
	"testing"

	"receptioncoach/coach"
)

// TestBuiltinSelfTests runs the test talks of every built-in scenario: this
// is how `make test` checks that the visitors still behave as trainers expect.
func TestBuiltinSelfTests(t *testing.T) {
	lib, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	all, err := lib.Scenarios(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	rz := coach.NewTurnRecognizer()
	for _, sc := range all {
		for _, r := range RunTests(sc, rz) {
			if !r.Pass {
				t.Errorf("%s", r)
			}
		}
	}
}

// TestBuiltinHaveTests requires a well-conducted and a badly conducted test
// talk in every built-in scenario.
func TestBuiltinHaveTests(t *testing.T) {
	lib, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	all, err := lib.Scenarios(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, sc := range all {
		if len(sc.Tests) < 2 {
			t.Errorf("%s: %d test talks, want at least 2 (a good and a bad one)", sc.ID, len(sc.Tests))
		}
	}
}

func loadGood(t *testing.T) (*Library, *coach.Scenario) {
	t.Helper()
	lib, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	sc, err := LoadFile("testdata/good/good-minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return lib, lib.Complete(sc)
}

func intp(v int) *int { return &v }

// TestRunTestReportsDifferences checks that wrong expectations fail, each
// with the actual value.
func TestRunTestReportsDifferences(t *testing.T) {
	_, sc := loadGood(t)
	good := sc.Tests[0]
	tests := []struct {
		name   string
		expect coach.TestExpect
		want   string
	}{
		{"ending", coach.TestExpect{Ending: coach.EndingStormOut}, "ending agreed_date"},
		{"anger", coach.TestExpect{Anger: &coach.Range{Min: intp(90)}}, "below min 90"},
		{"trust", coach.TestExpect{Trust: &coach.Range{Max: intp(5)}}, "above max 5"},
		{"overall", coach.TestExpect{Overall: &coach.Range{Max: intp(1)}}, "overall "},
		{"violation", coach.TestExpect{Violations: []string{coach.ViolationRude}}, "violation rude not reported (reported: none)"},
		{"stage", coach.TestExpect{Stages: map[coach.Stage]*coach.Range{coach.StageSummary: {Max: intp(0)}}}, "stage summary "},
		{"revealed", coach.TestExpect{RevealedFacts: []string{"nothing"}}, "fact nothing not revealed (revealed: iou)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := RunTest(sc, nil, coach.ScenarioTest{Name: tt.name, Lines: good.Lines, Expect: tt.expect})
			if r.Pass {
				t.Fatalf("want a failure, got %s", r)
			}
			if !strings.Contains(r.String(), tt.want) {
				t.Fatalf("%q does not contain %q", r.String(), tt.want)
			}
			if !strings.HasPrefix(r.String(), "FAIL good-minimal/"+tt.name+": ") {
				t.Fatalf("bad format: %q", r.String())
			}
		})
	}
	bad := RunTest(sc, nil, coach.ScenarioTest{Name: "bad", Lines: sc.Tests[1].Lines, Expect: coach.TestExpect{NoViolations: true}})
	if bad.Pass || !strings.Contains(bad.String(), "want none") {
		t.Fatalf("no_violations: got %s", bad)
	}
}

// TestRunTestRejectedLine checks that a line the engine refuses fails the test.
func TestRunTestRejectedLine(t *testing.T) {
	_, sc := loadGood(t)
	r := RunTest(sc, nil, coach.ScenarioTest{Name: "empty", Lines: []string{"您好。", "   "}})
	if r.Pass || !strings.Contains(r.String(), "line 2:") {
		t.Fatalf("got %s", r)
	}
}

// TestTestFiles runs the tests of files and folders and reports files that do not load.
func TestTestFiles(t *testing.T) {
	lib, _ := loadGood(t)
	res, problems := TestFiles(lib, []string{"testdata/good", "testdata/lint/syntax.yaml", "testdata/lint/personas/voice.yaml", "testdata/missing.yaml"})
	if len(res) != 2 || !res[0].Pass || !res[1].Pass {
		t.Fatalf("good folder: %v", res)
	}
	if len(problems) != 2 {
		t.Fatalf("want problems for the broken and the missing file, got %v", problems)
	}
	all := problems[0].String() + "\n" + problems[1].String()
	if !strings.Contains(all, "testdata/lint/syntax.yaml:3:1:") || !strings.Contains(all, "testdata/missing.yaml:1:1: cannot read") {
		t.Fatalf("problems: %v", problems)
	}
}
