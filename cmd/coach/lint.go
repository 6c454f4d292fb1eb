package main

import (
	"context"
	"fmt"

	"receptioncoach/scenarios"
)

// runLint checks scenario and persona voice files: `coach lint [--json] PATH…`.
// Every problem is printed as file:line:col: message on stdout; the command
// fails when there is at least one.
func runLint(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("lint", e.stderr)
	asJSON := fs.Bool("json", false, "print the problems as a JSON array of {file,line,col,message}")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		fmt.Fprintln(e.stderr, "usage: coach lint [--json] PATH…  (scenario files, voice files or folders of them)")
		return errUsage
	}
	problems := scenarios.LintPaths(paths)
	if *asJSON {
		if problems == nil {
			problems = []scenarios.Problem{}
		}
		if err := writeJSON(e, problems); err != nil {
			return err
		}
	} else {
		for _, p := range problems {
			fmt.Fprintln(e.stdout, p.String())
		}
	}
	if n := len(problems); n > 0 {
		return fmt.Errorf("%d problem(s)", n)
	}
	return nil
}
