package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"unicode/utf8"

	"receptioncoach/coach"
)

// labelledLine is one trainee line with the violations a trainer found in
// it (testdata/lines/lines.jsonl).
type labelledLine struct {
	ID      string   `json:"id"`
	Persona string   `json:"persona"`
	Visitor string   `json:"visitor"`
	Text    string   `json:"text"`
	Codes   []string `json:"codes"`
	Note    string   `json:"note"`
}

// lineEval is what `coach eval-lines` measures.
type lineEval struct {
	Lines     int               `json:"lines"`
	Precision float64           `json:"violation_precision"`
	Recall    float64           `json:"violation_recall"`
	F1        float64           `json:"violation_f1"`
	Exact     float64           `json:"exact_match"`        // share of lines whose codes match exactly
	PerCode   map[string][3]int `json:"violations_by_code"` // tp, fp, fn
}

// maxLineFile bounds the labelled-lines file.
const maxLineFile = 8 << 20

// runEvalLines measures violation recognition on single labelled lines:
// `coach eval-lines [--file testdata/lines/lines.jsonl] [--json] [-v]`.
func runEvalLines(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("eval-lines", e.stderr)
	file := fs.String("file", "testdata/lines/lines.jsonl", "labelled lines `FILE` (JSON Lines)")
	asJSON := fs.Bool("json", false, "print JSON")
	verbose := fs.Bool("v", false, "print every line the scorer gets wrong")
	rulesOnly := fs.Bool("rules-only", false, "recognise with the hand-written rules alone, without the learned fault model")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	lines, err := loadLines(*file)
	if err != nil {
		return err
	}
	rz := coach.NewTurnRecognizer()
	if *rulesOnly {
		rz = rz.WithoutModel()
	}
	ev, misses := evaluateLines(ctx, rz, lines)
	if *asJSON {
		return writeJSON(e, ev)
	}
	if *verbose {
		for _, m := range misses {
			fmt.Fprintln(e.stdout, m)
		}
	}
	fmt.Fprintf(e.stdout, "lines: %d\n", ev.Lines)
	fmt.Fprintf(e.stdout, "violations (line, code): precision %.3f recall %.3f F1 %.3f; lines exactly right %.3f\n", ev.Precision, ev.Recall, ev.F1, ev.Exact)
	for _, c := range slices.Sorted(maps.Keys(ev.PerCode)) {
		v := ev.PerCode[c]
		_, _, f1 := prf(v[0], v[1], v[2])
		fmt.Fprintf(e.stdout, "  %-14s tp %3d fp %3d fn %3d  F1 %.3f\n", c, v[0], v[1], v[2], f1)
	}
	return nil
}

// loadLines reads and checks a JSON Lines file of labelled lines.
func loadLines(name string) ([]labelledLine, error) {
	st, err := os.Stat(name)
	if err != nil {
		return nil, fmt.Errorf("open labelled lines: %w", err)
	}
	if st.Size() > maxLineFile {
		return nil, fmt.Errorf("%s: %d bytes, more than the %d allowed", name, st.Size(), maxLineFile)
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("read labelled lines: %w", err)
	}
	if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
		return nil, fmt.Errorf("%s: not UTF-8 text", name)
	}
	valid := map[string]bool{}
	for _, c := range coach.ViolationCodes() {
		valid[c] = true
	}
	var out []labelledLine
	seen := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), maxLineFile)
	for n := 1; sc.Scan(); n++ {
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 {
			continue
		}
		var l labelledLine
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&l); err != nil {
			return nil, fmt.Errorf("%s:%d: %s", name, n, jsonErrorAt(raw, err))
		}
		switch {
		case strings.TrimSpace(l.Text) == "":
			return nil, fmt.Errorf("%s:%d: empty text", name, n)
		case !coach.Persona(l.Persona).Valid():
			return nil, fmt.Errorf("%s:%d: unknown persona %q", name, n, l.Persona)
		case seen[l.ID]:
			return nil, fmt.Errorf("%s:%d: id %q used twice", name, n, l.ID)
		}
		for _, c := range l.Codes {
			if !valid[c] {
				return nil, fmt.Errorf("%s:%d: unknown violation code %q", name, n, c)
			}
		}
		seen[l.ID] = true
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read labelled lines: %w", err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no labelled lines", name)
	}
	return out, nil
}

// evaluateLines scores each line as the answer to its visitor line and
// compares the violation codes with the labels.
func evaluateLines(ctx context.Context, rz *coach.TurnRecognizer, lines []labelledLine) (*lineEval, []string) {
	ev := &lineEval{Lines: len(lines), PerCode: map[string][3]int{}}
	var tp, fp, fn, exact int
	var misses []string
	for _, l := range lines {
		if ctx.Err() != nil {
			break
		}
		got := lineViolations(rz, l)
		right := true
		for _, c := range got {
			v := ev.PerCode[c]
			if slices.Contains(l.Codes, c) {
				v[0]++
				tp++
			} else {
				v[1]++
				fp++
				right = false
			}
			ev.PerCode[c] = v
		}
		for _, c := range l.Codes {
			if !slices.Contains(got, c) {
				v := ev.PerCode[c]
				v[2]++
				ev.PerCode[c] = v
				fn++
				right = false
			}
		}
		if right {
			exact++
		} else {
			misses = append(misses, fmt.Sprintf("%-16s got %v want %v  %s", l.ID, got, l.Codes, l.Text))
		}
	}
	ev.Precision, ev.Recall, ev.F1 = prf(tp, fp, fn)
	ev.Exact = float64(exact) / float64(len(lines))
	return ev, misses
}
