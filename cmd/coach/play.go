package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"strings"

	"receptioncoach/coach"
	"receptioncoach/scenarios"
)

// runPlay plays a scenario from stdin: `coach play --scenario ID [--json]`.
// Each non-empty line is the trainee's; each visitor reply is printed, and
// the report at the end of input.
func runPlay(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("play", e.stderr)
	id := fs.String("scenario", "", "scenario `ID` to play (see coach scenarios)")
	asJSON := fs.Bool("json", false, "print one JSON object per line")
	dir := fs.String("scenarios", "", "also load the trainer's scenario folder `DIR`")
	llm := addLLMFlags(fs, e.getenv)
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	if *id == "" {
		return errors.New("--scenario is required (list them with: coach scenarios)")
	}
	lib, err := scenarios.Open(*dir)
	if err != nil {
		return err
	}
	voice, _, err := llm.open(nil)
	if err != nil {
		return err
	}
	c := &coach.Coach{Scenarios: lib, Voice: voice}
	sess, opening, err := c.Start(ctx, *id, "")
	if err != nil {
		return fmt.Errorf("start: %s", coach.ErrorMessage(err))
	}
	show := func(r coach.Reply) error {
		if *asJSON {
			return writeJSON(e, visitorLine{Type: "visitor", Text: r.Text, Mood: r.Mood, Stage: r.Stage})
		}
		fmt.Fprintf(e.stdout, "来访人: %s\n        [怒气 %d · 信任 %d · %s]\n", r.Text, r.Mood.Anger, r.Mood.Trust, r.Stage.Name())
		return nil
	}
	if err := show(opening); err != nil {
		return err
	}
	sc := bufio.NewScanner(e.stdin)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	lineNo, bad := 0, 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		reply, err := c.Say(ctx, sess.ID, line, nil)
		if err != nil {
			bad++
			fmt.Fprintf(e.stderr, "stdin:%d: %s\n", lineNo, coach.ErrorMessage(err))
			continue
		}
		if err := show(reply); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("stdin:%d: read: %w", lineNo+1, err)
	}
	report, err := c.End(ctx, sess.ID)
	if err != nil {
		return fmt.Errorf("end: %w", err)
	}
	if *asJSON {
		if err := writeJSON(e, reportLine{Type: "report", Report: report}); err != nil {
			return err
		}
	} else {
		printReport(e, report)
	}
	if bad > 0 {
		return fmt.Errorf("%d input line(s) were rejected (see above)", bad)
	}
	return nil
}

// visitorLine and reportLine are the JSON lines of `coach play --json`.
type visitorLine struct {
	Type  string      `json:"type"`
	Text  string      `json:"text"`
	Mood  coach.Mood  `json:"mood"`
	Stage coach.Stage `json:"stage"`
}

type reportLine struct {
	Type   string        `json:"type"`
	Report *coach.Report `json:"report"`
}
