package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"

	"receptioncoach/knowledge"
)

// runIngest checks and indexes folders of documents:
// coach ingest [--data DIR] [--json] DIR…. Every file that cannot be used
// is listed with the reason; the exit status is 1 when any was skipped.
func runIngest(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("ingest", e.stderr)
	data := fs.String("data", "", "data dir to keep the index in (its index/ folder); default: check only, nothing written")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	dirs, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(dirs) == 0 {
		fmt.Fprintln(e.stderr, "usage: coach ingest [--data DIR] [--json] DIR…")
		return errUsage
	}
	cfg := knowledge.Config{
		Corpora: dirs,
		Logger:  slog.New(slog.NewTextHandler(io.Discard, nil)), // problems are printed below
	}
	if *data != "" {
		cfg.Dir = filepath.Join(*data, "index")
	}
	lib, err := knowledge.Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer lib.Close()
	st, problems := lib.Stats(), lib.Problems()
	if *asJSON {
		out := struct {
			knowledge.Stats
			Problems []knowledge.IngestProblem `json:"problems"`
		}{st, problems}
		if out.Problems == nil {
			out.Problems = []knowledge.IngestProblem{}
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			return err
		}
	} else {
		for _, p := range problems {
			fmt.Fprintf(e.stdout, "跳过 %s: %s\n", p.File, p.Reason)
		}
		how := "新建索引"
		if st.Reused {
			how = "沿用已有索引"
		}
		if cfg.Dir == "" {
			how = "仅检查,未写入"
		}
		fmt.Fprintf(e.stdout, "读取 %d 个文档,切分为 %d 段,另有 %d 张内置卡片;跳过 %d 个文件(%s,用时 %s)\n",
			st.Documents, st.Passages, st.Cards, len(problems), how, st.Took.Round(1e6))
	}
	if len(problems) > 0 {
		return fmt.Errorf("有 %d 个文件未能读取,见上", len(problems))
	}
	return nil
}
