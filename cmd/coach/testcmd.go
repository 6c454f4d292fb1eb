package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"receptioncoach/coach"
	"receptioncoach/scenarios"
)

// runTest plays the test talks of scenario files:
// `coach test [-v] [--talk] [--json] [--run TEXT] [PATH…]`; without PATH, the built-in scenarios.
// It prints PASS/FAIL lines and "N passed, M failed", and fails when a test fails.
func runTest(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("test", e.stderr)
	verbose := fs.Bool("v", false, "print the talk of every failing test")
	all := fs.Bool("talk", false, "print the talk of every test")
	asJSON := fs.Bool("json", false, "print one JSON result per line, then a summary object")
	run := fs.String("run", "", "run only tests whose scenario/test name contains `TEXT`")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	lib, err := scenarios.Open("")
	if err != nil {
		return err
	}
	var results []scenarios.TestResult
	var problems []scenarios.Problem
	if len(paths) == 0 {
		all, err := lib.Scenarios(ctx)
		if err != nil {
			return err
		}
		rz := coach.NewTurnRecognizer()
		for _, sc := range all {
			results = append(results, scenarios.RunTests(sc, rz)...)
		}
	} else {
		results, problems = scenarios.TestFiles(lib, paths)
	}
	passed, failed := 0, len(problems)
	for _, p := range problems {
		fmt.Fprintf(e.stderr, "%s\n", p)
	}
	for _, r := range results {
		if *run != "" && !strings.Contains(r.Name(), *run) {
			continue
		}
		if r.Pass {
			passed++
		} else {
			failed++
		}
		if *asJSON {
			if !*all && !(*verbose && !r.Pass) {
				r.Turns = nil
			}
			if err := writeJSON(e, r); err != nil {
				return err
			}
			continue
		}
		fmt.Fprintln(e.stdout, r.String())
		if *all || *verbose && !r.Pass {
			printTestTalk(e, r)
		}
	}
	if *asJSON {
		if err := writeJSON(e, map[string]int{"passed": passed, "failed": failed}); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(e.stdout, "%d passed, %d failed\n", passed, failed)
	}
	if failed > 0 {
		return errors.New("some tests failed")
	}
	return nil
}

// printTestTalk prints a test's talk turn by turn, with the visitor's mood.
func printTestTalk(e env, r scenarios.TestResult) {
	for _, t := range r.Turns {
		if t.Role == coach.RoleTrainee {
			fmt.Fprintf(e.stdout, "    接访: %s  %v %v\n", t.Text, t.Moves, t.Faults)
			continue
		}
		mood := ""
		if t.Mood != nil {
			mood = fmt.Sprintf("  [怒%d 信%d]", t.Mood.Anger, t.Mood.Trust)
		}
		fmt.Fprintf(e.stdout, "    来访: %s%s\n", t.Text, mood)
	}
	fmt.Fprintf(e.stdout, "    => ending %s, anger %d, trust %d, overall %d, violations [%s], revealed [%s], stages %v\n",
		r.Ending, r.Mood.Anger, r.Mood.Trust, r.Overall, joinOrNone(r.Violations), joinOrNone(r.Revealed), stageScores(r.Stages))
}

func stageScores(m map[coach.Stage]int) string {
	s := ""
	for _, st := range coach.Stages() {
		if v, ok := m[st]; ok {
			s += fmt.Sprintf(" %s=%d", st, v)
		}
	}
	return "{" + s + " }"
}

func joinOrNone(s []string) string { return strings.Join(s, ", ") }
