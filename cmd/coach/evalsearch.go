package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"text/tabwriter"
	"time"

	"receptioncoach/knowledge"
)

// runEvalSearch measures retrieval on a labelled question set: hit@1,
// hit@5, MRR and query latency of stock bleve and of the project's pipeline.
func runEvalSearch(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("eval-search", e.stderr)
	var corpora stringList
	fs.Var(&corpora, "corpus", "folder of method texts (repeatable; default ../shared/corpus)")
	questions := fs.String("questions", "testdata/search/questions.yaml", "labelled question set (YAML)")
	set := fs.String("set", "", "only questions of this set (dev, holdout, …); default all, then each set")
	rounds := fs.Int("rounds", 20, "times each query is run for the latency figures")
	misses := fs.Bool("misses", false, "list the questions each system misses in its top 5")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		fmt.Fprintf(e.stderr, "coach eval-search: unexpected argument %q\n", pos[0])
		return errUsage
	}
	if len(corpora) == 0 {
		corpora = stringList{"../shared/corpus"}
	}
	if *rounds < 1 || *rounds > 1000 {
		return fmt.Errorf("--rounds must be between 1 and 1000")
	}
	f, err := os.Open(*questions)
	if err != nil {
		return fmt.Errorf("open questions: %w", err)
	}
	qs, err := knowledge.ParseQuestions(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", *questions, err)
	}

	type report struct {
		Set     string                 `json:"set"`
		Results []knowledge.EvalResult `json:"results"`
	}
	var reports []report
	sets := []string{*set}
	if *set == "" {
		seen := map[string]bool{"": true}
		for _, q := range qs {
			if !seen[q.Set] {
				seen[q.Set] = true
				sets = append(sets, q.Set)
			}
		}
	}
	for _, s := range sets {
		res, err := knowledge.Evaluate(ctx, knowledge.EvalOptions{Corpora: corpora, Questions: qs, Set: s, Rounds: *rounds})
		if err != nil {
			return err
		}
		reports = append(reports, report{Set: s, Results: res})
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(reports)
	}
	fmt.Fprintf(e.stdout, "questions: %s, corpus: %v, %d runs per query\n", *questions, []string(corpora), *rounds)
	for _, r := range reports {
		name := r.Set
		if name == "" {
			name = "all"
		}
		fmt.Fprintf(e.stdout, "\n[%s: %d questions]\n", name, r.Results[0].Questions)
		tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "system\thit@1\thit@5\tMRR@10\tp50\tp99")
		for _, x := range r.Results {
			fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%s\t%s\n", x.System, x.Hit1, x.Hit5, x.MRR, fmtDur(x.P50), fmtDur(x.P99))
		}
		tw.Flush()
		if *misses {
			for _, x := range r.Results {
				for _, m := range x.Misses {
					fmt.Fprintf(e.stdout, "  miss [%s] %s\n", x.System, m)
				}
			}
		}
	}
	fmt.Fprintln(e.stdout, "\ntargets on the raw texts (pipeline, texts only): hit@5 ≥ 0.90, MRR ≥ 0.80, p50 < 1ms")
	return nil
}

func fmtDur(d time.Duration) string {
	return fmt.Sprintf("%.0fµs", float64(d)/float64(time.Microsecond))
}
