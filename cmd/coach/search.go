package main

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"log/slog"
	"strings"

	"receptioncoach/coach"
	"receptioncoach/knowledge"
)

// runSearch searches the guidance cards and the given document folders:
// coach search [--corpus DIR]… [-k N] [--json] QUERY.
func runSearch(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("search", e.stderr)
	var corpora stringList
	fs.Var(&corpora, "corpus", "folder of documents to search besides the cards (repeatable)")
	k := fs.Int("k", 5, "number of results")
	asJSON := fs.Bool("json", false, `print [{"source","text","score"}]`)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	query := strings.TrimSpace(strings.Join(pos, " "))
	if query == "" {
		fmt.Fprintln(e.stderr, "usage: coach search [--corpus DIR]… [-k N] [--json] QUERY")
		return errUsage
	}
	if *k < 1 || *k > 50 {
		return fmt.Errorf("-k 应在 1 到 50 之间")
	}
	lib, err := knowledge.Open(ctx, knowledge.Config{
		Corpora: corpora,
		Logger:  slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
	})
	if err != nil {
		return err
	}
	defer lib.Close()
	res, err := lib.Search(ctx, query, *k)
	if err != nil {
		return userError(err)
	}
	if *asJSON {
		type hit struct {
			Source string  `json:"source"`
			Text   string  `json:"text"`
			Score  float64 `json:"score"`
		}
		out := make([]hit, 0, len(res))
		for _, p := range res {
			out = append(out, hit{Source: p.Source, Text: p.Text, Score: p.Score})
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	if len(res) == 0 {
		fmt.Fprintln(e.stdout, "没有找到相关内容。")
		return nil
	}
	for i, p := range res {
		fmt.Fprintf(e.stdout, "%d. %s  (%.2f)\n", i+1, p.Source, p.Score)
		if p.Title != "" {
			fmt.Fprintf(e.stdout, "   %s\n", p.Title)
		}
		fmt.Fprintf(e.stdout, "   %s\n\n", strings.ReplaceAll(terminalMarks(p.Highlight), "\n", "\n   "))
	}
	return nil
}

// terminalMarks turns a highlight's <mark> tags into 【】 and unescapes it.
func terminalMarks(h string) string {
	h = strings.NewReplacer("<mark>", "【", "</mark>", "】").Replace(h)
	return html.UnescapeString(h)
}

// userError returns the user-facing message of a domain error, or err.
func userError(err error) error {
	if coach.ErrorCode(err) == coach.EINVALID {
		return fmt.Errorf("%s", coach.ErrorMessage(err))
	}
	return err
}
