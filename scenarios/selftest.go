package scenarios

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"receptioncoach/coach"
)

// TestResult is the outcome of one test talk carried by a scenario file.
type TestResult struct {
	Scenario   string              `json:"scenario"`
	Test       string              `json:"test"`
	Pass       bool                `json:"pass"`
	Diffs      []string            `json:"diffs,omitempty"` // what differed from the expectation, with actual values
	Lines      int                 `json:"lines"`           // trainee lines in the test
	Said       int                 `json:"said"`            // lines said before the visitor left
	Ending     string              `json:"ending"`
	Mood       coach.Mood          `json:"mood"`
	Overall    int                 `json:"overall"`
	Violations []string            `json:"violations"`
	Stages     map[coach.Stage]int `json:"stages"`
	Revealed   []string            `json:"revealed"`
	Turns      []coach.Turn        `json:"turns,omitempty"` // the talk, for reading a failure
}

// Name returns "scenario/test".
func (r TestResult) Name() string { return r.Scenario + "/" + r.Test }

// String formats the result as a PASS or FAIL line.
func (r TestResult) String() string {
	if r.Pass {
		return "PASS " + r.Name()
	}
	return "FAIL " + r.Name() + ": " + strings.Join(r.Diffs, "; ")
}

// Play plays trainee lines through a new talk with a fixed clock: Open, then
// Say each line until the visitor leaves, then Finish. It returns the talk
// and how many lines were said; a line the engine rejects is an error. rz
// recognises the lines (nil builds one; see coach.NewTalk).
func Play(sc *coach.Scenario, rz *coach.TurnRecognizer, lines []string) (*coach.Talk, int, error) {
	clock := time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	t := coach.NewTalk(sc, rz, func() time.Time {
		clock = clock.Add(20 * time.Second)
		return clock
	})
	t.Open()
	said := 0
	for i, line := range lines {
		if t.Ended() {
			break
		}
		if _, err := t.Say(line); err != nil {
			t.Finish()
			return t, said, fmt.Errorf("line %d: %s", i+1, coach.ErrorMessage(err))
		}
		said++
	}
	t.Finish()
	return t, said, nil
}

// RunTests plays every test talk of a scenario and checks its expectations.
// The scenario should be completed with its persona's lines (Library.Complete).
// rz recognises the lines of all the tests (nil builds one).
func RunTests(sc *coach.Scenario, rz *coach.TurnRecognizer) []TestResult {
	if rz == nil {
		rz = coach.NewTurnRecognizer()
	}
	out := make([]TestResult, 0, len(sc.Tests))
	for _, tt := range sc.Tests {
		out = append(out, RunTest(sc, rz, tt))
	}
	return out
}

// RunTest plays one test talk and checks its expectations. rz is as for Play.
func RunTest(sc *coach.Scenario, rz *coach.TurnRecognizer, tt coach.ScenarioTest) TestResult {
	res := TestResult{Scenario: sc.ID, Test: tt.Name, Lines: len(tt.Lines), Stages: map[coach.Stage]int{}}
	talk, said, err := Play(sc, rz, tt.Lines)
	res.Said = said
	if err != nil {
		res.Diffs = append(res.Diffs, err.Error())
	}
	st := talk.State()
	rep := talk.Report()
	res.Ending = rep.Ending
	res.Mood = st.Mood()
	res.Overall = rep.Overall
	res.Revealed = st.Revealed
	res.Turns = talk.Turns()
	for _, v := range rep.Violations {
		if !contains(res.Violations, v.Code) {
			res.Violations = append(res.Violations, v.Code)
		}
	}
	for k, s := range rep.Stages {
		res.Stages[k] = s.Score
	}
	res.Diffs = append(res.Diffs, res.check(tt.Expect)...)
	res.Pass = len(res.Diffs) == 0
	return res
}

// check compares the outcome with the expectation.
func (r *TestResult) check(e coach.TestExpect) []string {
	var d []string
	if e.Ending != "" && e.Ending != r.Ending {
		left := ""
		if r.Said < r.Lines {
			left = fmt.Sprintf(" after line %d of %d", r.Said, r.Lines)
		}
		d = append(d, fmt.Sprintf("ending %s%s, want %s", r.Ending, left, e.Ending))
	}
	d = appendRange(d, "anger", r.Mood.Anger, e.Anger)
	d = appendRange(d, "trust", r.Mood.Trust, e.Trust)
	d = appendRange(d, "overall", r.Overall, e.Overall)
	for _, v := range e.Violations {
		if !contains(r.Violations, v) {
			d = append(d, fmt.Sprintf("violation %s not reported (reported: %s)", v, listOrNone(r.Violations)))
		}
	}
	if e.NoViolations && len(r.Violations) > 0 {
		d = append(d, fmt.Sprintf("violations reported (%s), want none", strings.Join(r.Violations, ", ")))
	}
	keys := make([]string, 0, len(e.Stages))
	for k := range e.Stages {
		keys = append(keys, string(k))
	}
	sort.Slice(keys, func(i, j int) bool { return coach.Stage(keys[i]).Order() < coach.Stage(keys[j]).Order() })
	for _, k := range keys {
		score, ok := r.Stages[coach.Stage(k)]
		if !ok {
			d = append(d, fmt.Sprintf("stage %s not in the report", k))
			continue
		}
		d = appendRange(d, "stage "+k, score, e.Stages[coach.Stage(k)])
	}
	for _, id := range e.RevealedFacts {
		if !contains(r.Revealed, id) {
			d = append(d, fmt.Sprintf("fact %s not revealed (revealed: %s)", id, listOrNone(r.Revealed)))
		}
	}
	return d
}

func appendRange(d []string, what string, v int, r *coach.Range) []string {
	if r == nil || r.Contains(v) {
		return d
	}
	if r.Min != nil && v < *r.Min {
		return append(d, fmt.Sprintf("%s %d below min %d", what, v, *r.Min))
	}
	return append(d, fmt.Sprintf("%s %d above max %d", what, v, *r.Max))
}

func listOrNone(s []string) string {
	if len(s) == 0 {
		return "none"
	}
	return strings.Join(s, ", ")
}

// TestFiles loads the scenario files at paths (files or folders, read as
// LintPaths reads them; persona voice files are skipped), completes each
// with lib's persona voices and runs its tests. Files that do not load come
// back as problems.
func TestFiles(lib *Library, paths []string) ([]TestResult, []Problem) {
	var problems []Problem
	var out []TestResult
	var rz *coach.TurnRecognizer
	for _, f := range expandPaths(paths, &problems) {
		if f.voice {
			continue
		}
		sc, err := LoadFile(f.path)
		if err != nil {
			var pe *ParseError
			if errors.As(err, &pe) {
				problems = append(problems, pe.Problems...)
			} else {
				problems = append(problems, Problem{File: f.path, Line: 1, Col: 1, Message: errMessage(err)})
			}
			continue
		}
		if rz == nil {
			rz = coach.NewTurnRecognizer()
		}
		out = append(out, RunTests(lib.Complete(sc), rz)...)
	}
	return out, problems
}
