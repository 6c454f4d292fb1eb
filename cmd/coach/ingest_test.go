package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestIngest(t *testing.T) {
	docs := t.TempDir()
	os.WriteFile(filepath.Join(docs, "notes.md"), []byte("# 回访\n结案后一个月内打电话回访,问问还有什么难处。"), 0o644)
	os.WriteFile(filepath.Join(docs, "scan.txt"), []byte("\x00\x01\x02binary"), 0o644)
	data := t.TempDir()

	code, out, errs := knowledgeCmd(t, "ingest", "--data", data, docs)
	if code != 1 {
		t.Errorf("exit %d, want 1 when a file is skipped", code)
	}
	if !strings.Contains(out, "跳过 scan.txt") || !strings.Contains(out, "读取 1 个文档") || !strings.Contains(out, "新建索引") {
		t.Errorf("unexpected report:\n%s%s", out, errs)
	}
	if _, err := os.Stat(filepath.Join(data, "index", "manifest.json")); err != nil {
		t.Errorf("index not written: %v", err)
	}

	os.Remove(filepath.Join(docs, "scan.txt"))
	code, out, errs = knowledgeCmd(t, "ingest", "--data", data, "--json", docs)
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	var res struct {
		Documents int               `json:"documents"`
		Reused    bool              `json:"reused"`
		Problems  []json.RawMessage `json:"problems"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, out)
	}
	if res.Documents != 1 || len(res.Problems) != 0 || res.Reused {
		t.Errorf("after removing the bad file: %+v (want 1 document, no problems, a rebuild)", res)
	}
	code, out, _ = knowledgeCmd(t, "ingest", "--data", data, docs)
	if code != 0 || !strings.Contains(out, "沿用已有索引") {
		t.Errorf("unchanged folder should reuse the index: exit %d\n%s", code, out)
	}
}

func TestIngestUsage(t *testing.T) {
	if code, _, errs := knowledgeCmd(t, "ingest"); code != 2 || !strings.Contains(errs, "usage") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}
