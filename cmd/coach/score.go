package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"receptioncoach/coach"
	"receptioncoach/scenarios"
)

// maxTranscriptBytes bounds a transcript file.
const maxTranscriptBytes = 4 << 20

// transcript is the input of `coach score`; other fields are ignored.
type transcript struct {
	Persona  coach.Persona `json:"persona"`
	Scenario string        `json:"scenario"`
	Turns    []struct {
		Role coach.Role `json:"role"`
		Text string     `json:"text"`
	} `json:"turns"`
}

// input is the talk as the scorer reads it, recognised by rz. Unlike
// scoreTranscript it does not check the talk: the labelled sets it serves
// are checked when they are loaded.
func (t transcript) input(rz *coach.TurnRecognizer) coach.ScoreInput {
	in := coach.ScoreInput{Persona: t.Persona}.WithRecognizer(rz)
	for _, tt := range t.Turns {
		in.Turns = append(in.Turns, coach.Turn{Role: tt.Role, Text: tt.Text})
	}
	return in
}

// runScore scores a transcript file: `coach score [--json] FILE` (FILE may be - for stdin).
func runScore(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("score", e.stderr)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	dir := fs.String("scenarios", "", "also load the trainer's scenario folder `DIR`")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("want one transcript FILE, got %d arguments", len(pos))
	}
	in, err := readTranscript(e, pos[0])
	if err != nil {
		return err
	}
	lib, err := scenarios.Open(*dir)
	if err != nil {
		return err
	}
	report, err := scoreTranscript(ctx, lib, nil, in, pos[0])
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e, report)
	}
	printReport(e, report)
	return nil
}

// readTranscript reads and decodes a transcript, naming the file and the
// position of any syntax error.
func readTranscript(e env, name string) (*transcript, error) {
	var r io.Reader
	if name == "-" {
		r = e.stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxTranscriptBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: read: %w", name, err)
	}
	if len(data) > maxTranscriptBytes {
		return nil, fmt.Errorf("%s: file is larger than %d bytes", name, maxTranscriptBytes)
	}
	if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
		return nil, fmt.Errorf("%s: not a UTF-8 JSON text file", name)
	}
	var t transcript
	if err := json.Unmarshal(data, &t); err != nil {
		return nil, fmt.Errorf("%s: %s", name, jsonErrorAt(data, err))
	}
	return &t, nil
}

// jsonErrorAt adds line:col to a JSON syntax or type error.
func jsonErrorAt(data []byte, err error) string {
	var off int64 = -1
	switch e := err.(type) {
	case *json.SyntaxError:
		off = e.Offset
	case *json.UnmarshalTypeError:
		off = e.Offset
	}
	if off < 0 {
		return err.Error()
	}
	line, col := 1, 1
	for _, b := range data[:min(int(off), len(data))] {
		if b == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	return fmt.Sprintf("line %d, col %d: %v", line, col, err)
}

// scoreTranscript validates a transcript and scores it.
// rz may be nil: a recogniser with the built-in fault model is made for it.
func scoreTranscript(ctx context.Context, lib *scenarios.Library, rz *coach.TurnRecognizer, t *transcript, name string) (*coach.Report, error) {
	var sc *coach.Scenario
	if t.Scenario != "" {
		s, err := lib.Scenario(ctx, t.Scenario)
		if err != nil {
			return nil, fmt.Errorf("%s: scenario %q: %s", name, t.Scenario, coach.ErrorMessage(err))
		}
		sc = s
		if t.Persona == "" {
			t.Persona = s.Persona
		}
	}
	if !t.Persona.Valid() {
		return nil, fmt.Errorf("%s: persona %q must be one of confused, resentful, pestering, unwell, veteran, choleric, sanguine, phlegmatic, melancholic", name, t.Persona)
	}
	if len(t.Turns) == 0 {
		return nil, fmt.Errorf("%s: turns is empty", name)
	}
	turns := make([]coach.Turn, 0, len(t.Turns))
	for i, tt := range t.Turns {
		if tt.Role != coach.RoleTrainee && tt.Role != coach.RoleVisitor {
			return nil, fmt.Errorf("%s: turns[%d]: role %q must be trainee or visitor", name, i, tt.Role)
		}
		if n := utf8.RuneCountInString(tt.Text); n > coach.MaxLineRunes*4 {
			return nil, fmt.Errorf("%s: turns[%d]: text has %d characters, more than %d", name, i, n, coach.MaxLineRunes*4)
		}
		turns = append(turns, coach.Turn{Index: i, Role: tt.Role, Text: strings.TrimSpace(tt.Text)})
	}
	in := coach.ScoreInput{Persona: t.Persona, Scenario: sc, Turns: turns}
	if rz != nil {
		in = in.WithRecognizer(rz)
	}
	return coach.Score(in), nil
}

// endingNames are the endings in Chinese.
var endingNames = map[string]string{
	coach.EndingSatisfied: "来访人情绪平复,满意离开",
	coach.EndingDate:      "约定了答复时间后离开",
	coach.EndingStormOut:  "来访人愤然离去",
	coach.EndingEscalate:  "来访人扬言越级上访",
	coach.EndingOpen:      "接谈人结束了接谈",
}

// printReport writes a readable report.
func printReport(e env, r *coach.Report) {
	w := e.stdout
	fmt.Fprintf(w, "\n== 接谈报告 ==\n总分: %d/100\n", r.Overall)
	if r.Ending != "" {
		fmt.Fprintf(w, "结局: %s\n", endingNames[r.Ending])
	}
	if r.Cap != nil {
		fmt.Fprintf(w, "封顶: %d 分(%s)\n", r.Cap.Max, r.Cap.Reason)
	}
	for _, s := range coach.Stages() {
		ss := r.Stages[s]
		fmt.Fprintf(w, "\n[%s] %d\n", s.Name(), ss.Score)
		if ss.Calibration != nil {
			fmt.Fprintf(w, "  校准: %s\n", ss.Calibration.Note)
		}
		for _, ev := range ss.Evidence {
			fmt.Fprintf(w, "  · 第%d句 %s:「%s」\n", ev.Turn+1, ev.Note, ev.Quote)
		}
		for _, a := range ss.Advice {
			fmt.Fprintf(w, "  建议: %s\n", a)
		}
		for _, c := range ss.Cites {
			fmt.Fprintf(w, "  依据(%s): %s\n", c.Source, truncateRunes(c.Text, 80))
		}
	}
	if r.Fit != nil {
		fmt.Fprintf(w, "\n对症程度: %d\n", r.Fit.Score)
		for _, g := range r.Fit.Good {
			fmt.Fprintf(w, "  ✓ %s\n", g)
		}
		for _, m := range r.Fit.Missed {
			fmt.Fprintf(w, "  ✗ %s\n", m)
		}
	}
	if len(r.Violations) > 0 {
		fmt.Fprintln(w, "\n违规:")
		for _, v := range r.Violations {
			fmt.Fprintf(w, "  第%d句 [%s] %s:「%s」\n", v.Turn+1, v.Code, v.Note, v.Quote)
		}
	}
	if len(r.Better) > 0 {
		fmt.Fprintln(w, "\n更好的说法:")
		for _, b := range r.Better {
			fmt.Fprintf(w, "  第%d句「%s」→「%s」(%s)\n", b.Turn+1, b.Quote, b.Line, b.Why)
		}
	}
	if r.Summary != "" {
		fmt.Fprintf(w, "\n%s\n", r.Summary)
	}
}

func truncateRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
