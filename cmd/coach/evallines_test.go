package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"receptioncoach/coach"
)

func TestEvalLinesBadInput(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, content, wantErr string
	}{
		{"broken json", `{"id":"a",` + "\n", "bad.jsonl:1"},
		{"unknown field", `{"id":"a","persona":"unwell","visitor":"","text":"嗯","codes":[],"note":"","extra":1}` + "\n", "unknown field"},
		{"unknown code", `{"id":"a","persona":"unwell","visitor":"","text":"嗯","codes":["nasty"],"note":""}` + "\n", `unknown violation code "nasty"`},
		{"unknown persona", `{"id":"a","persona":"angry","visitor":"","text":"嗯","codes":[],"note":""}` + "\n", `unknown persona "angry"`},
		{"empty text", `{"id":"a","persona":"unwell","visitor":"","text":" ","codes":[],"note":""}` + "\n", "empty text"},
		{"duplicate id", `{"id":"a","persona":"unwell","visitor":"","text":"嗯","codes":[],"note":""}` + "\n" + `{"id":"a","persona":"unwell","visitor":"","text":"好","codes":[],"note":""}` + "\n", `bad.jsonl:2: id "a" used twice`},
		{"binary", "\x00\x01\xff\xfe", "not UTF-8"},
		{"empty file", "\n\n", "no labelled lines"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := filepath.Join(dir, "bad.jsonl")
			if err := os.WriteFile(name, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			var out, errOut bytes.Buffer
			code := run(context.Background(), []string{"eval-lines", "--file", name}, nil, &out, &errOut)
			if code == 0 {
				t.Fatalf("exit 0 for bad input; stdout %q", out.String())
			}
			if !strings.Contains(errOut.String(), tt.wantErr) {
				t.Errorf("stderr %q, want it to mention %q", errOut.String(), tt.wantErr)
			}
		})
	}
}

func TestEvalLinesCounts(t *testing.T) {
	name := filepath.Join(t.TempDir(), "lines.jsonl")
	content := `{"id":"r1","persona":"choleric","visitor":"","text":"你烦不烦？有完没完！","codes":["rude"],"note":""}
{"id":"g1","persona":"confused","visitor":"","text":"大娘您慢慢说，我都记下来。","codes":[],"note":""}
{"id":"m1","persona":"confused","visitor":"","text":"大娘您慢慢说，我都记下来。","codes":["rude"],"note":"deliberately mislabelled"}
`
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	lines, err := loadLines(name)
	if err != nil {
		t.Fatal(err)
	}
	ev, misses := evaluateLines(context.Background(), coach.NewTurnRecognizer(), lines)
	if got := ev.PerCode["rude"]; got != [3]int{1, 0, 1} {
		t.Errorf("rude tp/fp/fn %v, want [1 0 1]", got)
	}
	if len(misses) != 1 || !strings.HasPrefix(misses[0], "m1") {
		t.Errorf("misses %q, want only m1", misses)
	}
	if ev.Exact < 0.66 || ev.Exact > 0.67 {
		t.Errorf("exact %.3f, want 2/3", ev.Exact)
	}
}

// TestFaultLinesAgreeWithTrainer guards fault recognition on the labelled
// single lines it was tuned on. The floors sit below the figures `coach
// eval-lines` prints; they are not targets.
func TestFaultLinesAgreeWithTrainer(t *testing.T) {
	rz := coach.NewTurnRecognizer()
	for _, tt := range []struct {
		file      string
		minLines  int
		precision float64
		f1        float64
	}{
		{"lines/lines.jsonl", 300, 0.90, 0.85},
		{"lines-fresh/lines.jsonl", 220, 0.88, 0.85},
		{"lines-train/lines.jsonl", 320, 0.92, 0.88},
		{"lines-fresh2/lines.jsonl", 240, 0.93, 0.90},
		{"lines-train2/lines.jsonl", 310, 0.90, 0.87},
		{"lines-fresh3/lines.jsonl", 240, 0.93, 0.90},
		{"lines-train3/lines.jsonl", 320, 0.92, 0.88},
		{"lines-train4/lines.jsonl", 320, 0.91, 0.93},
		{"lines-fresh4/lines.jsonl", 240, 0.92, 0.90},
		{"lines-fresh5/lines.jsonl", 240, 0.93, 0.90},
		{"lines-fresh6/lines.jsonl", 240, 0.94, 0.93},
		{"lines-train5/lines.jsonl", 320, 0.93, 0.90},
		{"lines-train6/lines.jsonl", 320, 0.92, 0.90},
		{"lines-train7/lines.jsonl", 340, 0.93, 0.89},
		{"lines-train8/lines.jsonl", 420, 0.94, 0.92},
	} {
		t.Run(tt.file, func(t *testing.T) {
			lines, err := loadLines("../../testdata/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if len(lines) < tt.minLines {
				t.Fatalf("only %d labelled lines", len(lines))
			}
			ev, _ := evaluateLines(context.Background(), rz, lines)
			t.Logf("precision %.3f, recall %.3f, F1 %.3f over %d lines", ev.Precision, ev.Recall, ev.F1, ev.Lines)
			if ev.Precision < tt.precision || ev.F1 < tt.f1 {
				t.Errorf("precision %.3f (floor %.2f), F1 %.3f (floor %.2f)", ev.Precision, tt.precision, ev.F1, tt.f1)
			}
			for _, code := range []string{"accept_gift", "buy_peace", "rude"} {
				v := ev.PerCode[code]
				if _, _, f1 := prf(v[0], v[1], v[2]); f1 < 0.78 {
					t.Errorf("%s F1 %.3f below floor 0.78 (tp %d fp %d fn %d)", code, f1, v[0], v[1], v[2])
				}
			}
		})
	}
}
