package main

import (
	"context"
	"encoding/json"
	"fmt"

	"receptioncoach/coach"
	"receptioncoach/scenarios"
)

// runScenarios lists the scenarios: `coach scenarios [--json] [--scenarios DIR]`.
func runScenarios(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("scenarios", e.stderr)
	asJSON := fs.Bool("json", false, "print JSON: [{\"id\",\"persona\",\"title\"}]")
	dir := fs.String("scenarios", "", "also load the trainer's scenario folder `DIR`")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	lib, err := scenarios.Open(*dir)
	if err != nil {
		return err
	}
	all, err := lib.Scenarios(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		type item struct {
			ID      string        `json:"id"`
			Persona coach.Persona `json:"persona"`
			Title   string        `json:"title"`
		}
		out := make([]item, 0, len(all))
		for _, sc := range all {
			out = append(out, item{sc.ID, sc.Persona, sc.Title})
		}
		return writeJSON(e, out)
	}
	for _, sc := range all {
		info, _ := sc.Persona.Info()
		fmt.Fprintf(e.stdout, "%-32s %-12s %s\n", sc.ID, info.Name, sc.Title)
	}
	for _, p := range lib.DirProblems() {
		fmt.Fprintln(e.stderr, p)
	}
	return nil
}

func writeJSON(e env, v any) error {
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
