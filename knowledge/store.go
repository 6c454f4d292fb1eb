package knowledge

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

// Files kept in the data dir.
const (
	manifestFile = "manifest.json"
	passagesFile = "passages.json"
	indexDir     = "bleve"
)

// sourceFile is a document found in a corpus folder.
type sourceFile struct {
	name string // shown as the passage source: path inside its folder
	data []byte
}

// collect reads every file under the corpus folders. Files that cannot be
// read, have an unsupported format or are too large become problems.
func collect(dirs []string) ([]sourceFile, []IngestProblem) {
	var files []sourceFile
	var problems []IngestProblem
	used := map[string]bool{}
	seenDirs := map[string]bool{}
	for _, dir := range dirs {
		if abs, err := filepath.Abs(dir); err == nil {
			if seenDirs[abs] {
				continue // the same folder given twice
			}
			seenDirs[abs] = true
		}
		info, err := os.Stat(dir)
		if err != nil || !info.IsDir() {
			problems = append(problems, IngestProblem{File: dir, Reason: "文件夹不存在或无法打开"})
			continue
		}
		var paths []string
		walkErr := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				problems = append(problems, IngestProblem{File: path, Reason: "无法读取: " + err.Error()})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if path != dir && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				paths = append(paths, path)
			}
			return nil
		})
		if walkErr != nil {
			problems = append(problems, IngestProblem{File: dir, Reason: "无法读取: " + walkErr.Error()})
		}
		sort.Strings(paths)
		for _, path := range paths {
			rel, err := filepath.Rel(dir, path)
			if err != nil {
				rel = filepath.Base(path)
			}
			name := filepath.ToSlash(rel)
			if used[name] {
				name = filepath.ToSlash(filepath.Join(filepath.Base(dir), rel))
			}
			if !supportedExt(filepath.Ext(path)) {
				problems = append(problems, IngestProblem{File: name, Reason: fmt.Sprintf("不支持的格式 %s(支持 .txt .md .html .docx)", filepath.Ext(path))})
				continue
			}
			info, err := os.Stat(path)
			if err == nil && info.Size() > maxFileBytes {
				problems = append(problems, IngestProblem{File: name, Reason: fmt.Sprintf("文件太大(超过 %d MB)", maxFileBytes>>20)})
				continue
			}
			data, err := os.ReadFile(path)
			if err != nil {
				problems = append(problems, IngestProblem{File: name, Reason: "无法读取: " + err.Error()})
				continue
			}
			used[name] = true
			files = append(files, sourceFile{name: name, data: data})
		}
	}
	return files, problems
}

// fingerprint identifies what an index was built from: the mapping
// version, the cards, the synonyms and every document's name and content.
func fingerprint(cards []Card, files []sourceFile, problems []IngestProblem) string {
	h := sha256.New()
	fmt.Fprintf(h, "mapping %d\n", mappingVersion)
	fmt.Fprintf(h, "synonyms %d %s\n", len(synonymsText), synonymsText)
	for _, c := range cards {
		b, _ := json.Marshal(c)
		fmt.Fprintf(h, "card %d %s\n", len(b), b)
	}
	for _, f := range files {
		fmt.Fprintf(h, "file %q %d\n", f.name, len(f.data))
		h.Write(f.data)
	}
	for _, p := range problems {
		fmt.Fprintf(h, "problem %q\n", p.File)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// manifest is written beside a persisted index, last, once the index and
// the passages are in place.
type manifest struct {
	Version     int             `json:"version"`
	Fingerprint string          `json:"fingerprint"`
	Built       time.Time       `json:"built"`
	Documents   int             `json:"documents"`
	Problems    []IngestProblem `json:"problems,omitempty"` // files found but not usable
}

// reuse opens the index persisted in dir if it was built from the same
// inputs by the same mapping version.
func (l *Library) reuse(dir, fp string) bool {
	data, err := os.ReadFile(filepath.Join(dir, manifestFile))
	if err != nil {
		return false
	}
	var m manifest
	if err := json.Unmarshal(data, &m); err != nil || m.Version != mappingVersion || m.Fingerprint != fp {
		return false
	}
	data, err = os.ReadFile(filepath.Join(dir, passagesFile))
	if err != nil {
		return false
	}
	var ps []passage
	if err := json.Unmarshal(data, &ps); err != nil {
		l.logger.Warn("knowledge passages unreadable; rebuilding", "dir", dir, "err", err)
		return false
	}
	idx, err := bleve.Open(filepath.Join(dir, indexDir))
	if err != nil {
		l.logger.Warn("knowledge index unreadable; rebuilding", "dir", dir, "err", err)
		return false
	}
	if n, err := idx.DocCount(); err != nil || n != uint64(len(ps)) {
		idx.Close()
		l.logger.Warn("knowledge index out of step with its passages; rebuilding", "dir", dir)
		return false
	}
	l.index = idx
	l.setPassages(ps)
	l.problems = m.Problems
	l.stats.Documents = m.Documents
	return true
}

// persist builds the index in dir and writes the passages and the manifest
// beside it. The manifest goes last, so a build cut short is redone.
func (l *Library) persist(ctx context.Context, dir, fp string, ps []passage, problems []IngestProblem, docs int) (bleve.Index, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create data dir: %w", err)
	}
	if err := os.Remove(filepath.Join(dir, manifestFile)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("remove old manifest: %w", err)
	}
	tmp := filepath.Join(dir, indexDir+".tmp-"+strconv.FormatInt(time.Now().UnixNano(), 36))
	idx, err := buildIndex(ctx, tmp, ps)
	if err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	if err := idx.Close(); err != nil {
		os.RemoveAll(tmp)
		return nil, fmt.Errorf("close new index: %w", err)
	}
	final := filepath.Join(dir, indexDir)
	if err := os.RemoveAll(final); err != nil {
		os.RemoveAll(tmp)
		return nil, fmt.Errorf("remove old index: %w", err)
	}
	if err := os.Rename(tmp, final); err != nil {
		os.RemoveAll(tmp)
		return nil, fmt.Errorf("move new index: %w", err)
	}
	data, err := json.Marshal(ps)
	if err != nil {
		return nil, fmt.Errorf("encode passages: %w", err)
	}
	if err := writeFileAtomic(filepath.Join(dir, passagesFile), data); err != nil {
		return nil, err
	}
	m := manifest{Version: mappingVersion, Fingerprint: fp, Built: time.Now().UTC(), Documents: docs, Problems: problems}
	data, err = json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode manifest: %w", err)
	}
	if err := writeFileAtomic(filepath.Join(dir, manifestFile), data); err != nil {
		return nil, err
	}
	idx, err = bleve.Open(final)
	if err != nil {
		return nil, fmt.Errorf("reopen index: %w", err)
	}
	return idx, nil
}

func writeFileAtomic(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	return nil
}

// buildIndex indexes passages at path ("" = in memory, scorch).
func buildIndex(ctx context.Context, path string, ps []passage) (bleve.Index, error) {
	m, err := buildIndexMapping()
	if err != nil {
		return nil, err
	}
	var idx bleve.Index
	if path == "" {
		idx, err = bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	} else {
		idx, err = bleve.New(path, m)
	}
	if err != nil {
		return nil, fmt.Errorf("create index: %w", err)
	}
	b := idx.NewBatch()
	for i := range ps {
		if err := ctx.Err(); err != nil {
			idx.Close()
			return nil, err
		}
		p := &ps[i]
		d := indexDoc{Text: p.Text, Title: strings.TrimSpace(p.Title + " " + p.Keywords), Source: p.Source, Kind: kindDoc}
		if p.Card {
			d.Kind = kindCard
		}
		for _, s := range p.Stages {
			d.Stages = append(d.Stages, string(s))
		}
		for _, pe := range p.Personas {
			d.Personas = append(d.Personas, string(pe))
		}
		if err := b.Index(p.ID, d); err != nil {
			idx.Close()
			return nil, fmt.Errorf("index %s: %w", p.ID, err)
		}
	}
	if err := idx.Batch(b); err != nil {
		idx.Close()
		return nil, fmt.Errorf("index batch: %w", err)
	}
	return idx, nil
}
