package scenarios

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"receptioncoach/coach"
)

// TestBuiltin loads every shipped scenario and persona voice.
func TestBuiltin(t *testing.T) {
	lib, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	all, err := lib.Scenarios(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(all) == 0 {
		t.Fatal("no built-in scenarios")
	}
	for _, sc := range all {
		if sc.Lines["filler"] == nil && lib.Voice(sc.Persona) != nil {
			t.Errorf("%s: persona lines were not merged", sc.ID)
		}
		if sc.Mood == (coach.Mood{}) {
			t.Errorf("%s: no mood", sc.ID)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"unknown field", "id: a\npersona: confused\ntitle: t\nstance: reasonable\nopening: [\"x\"]\ncolour: red\n", ":6:1: unknown field \"colour\""},
		{"broken yaml", "id: a\npersona: [confused\n", "x.yaml:"},
		{"bad persona", "id: a\npersona: angry\ntitle: t\nstance: reasonable\nopening: [\"x\"]\n", "x.yaml:2:10: unknown persona \"angry\""},
		{"missing opening", "id: a\npersona: confused\ntitle: t\nstance: reasonable\n", "opening needs at least one line"},
		{"bad stance", "id: a\npersona: confused\ntitle: t\nstance: maybe\nopening: [\"x\"]\n", "x.yaml:4:9: stance \"maybe\""},
		{"binary", "id: a\x00\x01", "not a UTF-8 text file"},
		{"empty", "  \n", "file is empty"},
		{"unknown intent", "id: a\npersona: confused\ntitle: t\nstance: reasonable\nopening: [\"x\"]\nlines:\n  shout: [\"!\"]\n", "unknown intent \"shout\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tt.yaml), "x.yaml")
			if err == nil {
				t.Fatal("want error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %q does not contain %q", err, tt.want)
			}
		})
	}
}

// TestDirReload checks that a trainer's folder is picked up without a restart.
func TestDirReload(t *testing.T) {
	dir := t.TempDir()
	lib, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := lib.Scenario(ctx, "mine"); coach.ErrorCode(err) != coach.ENOTFOUND {
		t.Fatalf("want not found, got %v", err)
	}
	src := "id: mine\npersona: confused\ntitle: 我的案例\nstance: reasonable\nopening: [\"同志,问个事。\"]\n"
	if err := os.WriteFile(filepath.Join(dir, "mine.yaml"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	sc, err := lib.Scenario(ctx, "mine")
	if err != nil {
		t.Fatal(err)
	}
	if sc.Title != "我的案例" {
		t.Fatalf("title %q", sc.Title)
	}
	if err := os.WriteFile(filepath.Join(dir, "broken.yaml"), []byte("id: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := lib.Scenario(ctx, "mine"); err != nil {
		t.Fatalf("a broken file must not hide the good one: %v", err)
	}
	if probs := lib.DirProblems(); len(probs) != 1 {
		t.Fatalf("want one problem, got %v", probs)
	}
}
