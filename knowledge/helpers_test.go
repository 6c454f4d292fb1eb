package knowledge

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
)

// corpusDir returns the method texts folder (../shared/corpus from the repo
// root). Without it the test fails under CI=true and is skipped otherwise.
func corpusDir(tb testing.TB) string {
	tb.Helper()
	dir := filepath.Join("..", "..", "shared", "corpus")
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("corpus folder %s is missing: tests need the method texts at ../shared/corpus from the repo root", dir)
		}
		tb.Skipf("corpus folder %s not found (../shared/corpus from the repo root); skipping", dir)
	}
	return dir
}

func quietLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// mustOpen opens a library over the corpus, in memory.
func mustOpen(tb testing.TB, cfg Config) *Library {
	tb.Helper()
	if cfg.Logger == nil {
		cfg.Logger = quietLogger()
	}
	l, err := Open(context.Background(), cfg)
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	tb.Cleanup(func() { l.Close() })
	return l
}

// makeDocx builds a minimal .docx whose paragraphs have the given styles
// ("" for body).
func makeDocx(tb testing.TB, paras [][2]string) []byte {
	tb.Helper()
	var body bytes.Buffer
	body.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	for _, p := range paras {
		body.WriteString("<w:p>")
		if p[0] != "" {
			body.WriteString(`<w:pPr><w:pStyle w:val="` + p[0] + `"/></w:pPr>`)
		}
		body.WriteString("<w:r><w:t>")
		xmlEscape(&body, p[1])
		body.WriteString("</w:t></w:r></w:p>")
	}
	body.WriteString("</w:body></w:document>")
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, content := range map[string][]byte{
		"[Content_Types].xml": []byte(`<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`),
		"word/document.xml":   body.Bytes(),
	} {
		w, err := zw.Create(name)
		if err != nil {
			tb.Fatal(err)
		}
		w.Write(content)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func xmlEscape(w *bytes.Buffer, s string) {
	for _, r := range s {
		switch r {
		case '<':
			w.WriteString("&lt;")
		case '>':
			w.WriteString("&gt;")
		case '&':
			w.WriteString("&amp;")
		default:
			w.WriteRune(r)
		}
	}
}
