// Package knowledge is the guidance library: cards written in the
// project's own words, ingestion of the method texts and of a trainer's own
// documents, and a bleve index that folds Traditional to Simplified so either
// script finds both. It implements coach.Guide.
package knowledge

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"

	"receptioncoach/coach"
)

// Config says where the index lives and what to ingest.
type Config struct {
	Dir     string       // data dir where the index persists ("" = in-memory, nothing written)
	Corpora []string     // extra document folders to ingest (trainer's docs, the method texts)
	Logger  *slog.Logger // nil = slog.Default()

	// noCards leaves the cards out of the index (for measuring the
	// documents alone).
	noCards bool
}

// IngestProblem is a file skipped at ingestion, with the reason in words
// for the trainer.
type IngestProblem struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

// Stats describes an opened library.
type Stats struct {
	Documents int           `json:"documents"` // documents ingested
	Passages  int           `json:"passages"`  // passages from documents
	Cards     int           `json:"cards"`
	Reused    bool          `json:"reused"` // the persisted index was reused
	Took      time.Duration `json:"took"`   // time to open
}

// Library finds guidance in the cards and the ingested documents. It is
// safe for concurrent use.
type Library struct {
	logger   *slog.Logger
	fold     *folder
	synonyms []synRule
	// queryAnalyzer cuts folded query text into index terms.
	queryAnalyzer analysis.Analyzer
	// indexed tells which fields each term of the index occurs in, so that
	// queries skip terms that cannot match.
	indexed  map[string]uint8
	index    bleve.Index
	passages map[string]*passage
	cards    []Card
	problems []IngestProblem
	stats    Stats

	closeOnce sync.Once
	closeErr  error
}

var _ coach.Guide = (*Library)(nil)

// Limits on queries.
const (
	maxQueryRunes = 200
	maxK          = 50
	defaultK      = 5
)

// Open builds the library, or reopens the index persisted in cfg.Dir when
// neither the mapping version nor the documents nor the cards changed. A
// document that cannot be read is reported by Problems and skipped; a data
// dir that cannot be written falls back to an in-memory index.
func Open(ctx context.Context, cfg Config) (*Library, error) {
	start := time.Now()
	logger := cfg.Logger
	if logger == nil {
		logger = slog.Default()
	}
	f, err := newFolder()
	if err != nil {
		return nil, err
	}
	syn, err := parseSynonyms(synonymsText, f)
	if err != nil {
		return nil, fmt.Errorf("load synonyms: %w", err)
	}
	var cards []Card
	if !cfg.noCards {
		if cards, err = loadCards(cardFiles); err != nil {
			return nil, fmt.Errorf("load cards: %w", err)
		}
	}
	m, err := buildIndexMapping()
	if err != nil {
		return nil, err
	}
	qa := m.AnalyzerNamed(queryAnalyzerName)
	if qa == nil {
		return nil, fmt.Errorf("query analyzer %s not defined", queryAnalyzerName)
	}
	l := &Library{logger: logger, fold: f, synonyms: syn, cards: cards, queryAnalyzer: qa}

	files, problems := collect(cfg.Corpora)
	fp := fingerprint(cards, files, problems)
	if cfg.Dir != "" {
		if ok := l.reuse(cfg.Dir, fp); ok {
			l.problems = append(problems, l.problems...)
			l.stats.Reused = true
			l.stats.Took = time.Since(start)
			l.logProblems()
			return l, nil
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	passages, parseProblems, docs := l.parse(files)
	l.problems = append(problems, parseProblems...)
	l.setPassages(passages)
	l.stats.Documents = docs
	if cfg.Dir != "" {
		idx, err := l.persist(ctx, cfg.Dir, fp, passages, parseProblems, docs)
		if err == nil {
			l.index = idx
		} else {
			if ctxErr := ctx.Err(); ctxErr != nil {
				return nil, ctxErr
			}
			logger.Warn("knowledge index not persisted; using memory", "dir", cfg.Dir, "err", err)
		}
	}
	if l.index == nil {
		idx, err := buildIndex(ctx, "", passages)
		if err != nil {
			return nil, err
		}
		l.index = idx
	}
	l.stats.Took = time.Since(start)
	l.logProblems()
	return l, nil
}

func (l *Library) logProblems() {
	for _, p := range l.problems {
		l.logger.Warn("document skipped", "file", p.File, "reason", p.Reason)
	}
}

// parse turns files into passages (cards first), returning the problems of
// files that could not be used and the number of documents read.
func (l *Library) parse(files []sourceFile) ([]passage, []IngestProblem, int) {
	sp := newSplitter(l.fold)
	var out []passage
	for _, c := range l.cards {
		out = append(out, sp.cardPassage(c))
	}
	var problems []IngestProblem
	docs := 0
	for _, f := range files {
		blocks, err := parseDocument(f.name, f.data)
		if err != nil {
			problems = append(problems, IngestProblem{File: f.name, Reason: reasonOf(err)})
			continue
		}
		ps := sp.split(f.name, blocks)
		if len(ps) == 0 {
			problems = append(problems, IngestProblem{File: f.name, Reason: "没有可用的正文(只有标题或网页杂项)"})
			continue
		}
		docs++
		out = append(out, ps...)
	}
	return out, problems, docs
}

func reasonOf(err error) string {
	var de *docError
	if errors.As(err, &de) {
		return de.reason
	}
	return "无法读取: " + err.Error()
}

func (l *Library) setPassages(ps []passage) {
	l.passages = make(map[string]*passage, len(ps))
	l.stats.Passages, l.stats.Cards = 0, 0
	l.indexed = map[string]uint8{}
	mark := func(text string, field uint8) {
		for _, tok := range l.queryAnalyzer.Analyze([]byte(text)) {
			l.indexed[string(tok.Term)] |= field
		}
	}
	for i := range ps {
		p := &ps[i]
		l.passages[p.ID] = p
		if p.Card {
			l.stats.Cards++
		} else {
			l.stats.Passages++
		}
		mark(p.Fold, inText)
		mark(l.fold.fold(p.Title+" "+p.Keywords), inTitle)
	}
}

// Fields a term occurs in, as bits of Library.indexed.
const (
	inText uint8 = 1 << iota
	inTitle
)

// Close releases the index. Closing twice is harmless.
func (l *Library) Close() error {
	l.closeOnce.Do(func() {
		if l.index == nil {
			return
		}
		if err := l.index.Close(); err != nil {
			l.closeErr = fmt.Errorf("close index: %w", err)
		}
	})
	return l.closeErr
}

// Cards returns the built-in guidance cards, sorted by id.
func (l *Library) Cards() []Card {
	return append([]Card(nil), l.cards...)
}

// Card returns the card with the given id.
func (l *Library) Card(id string) (Card, bool) {
	for _, c := range l.cards {
		if c.ID == id {
			return c, true
		}
	}
	return Card{}, false
}

// Problems returns the files skipped at ingestion, with the reason.
func (l *Library) Problems() []IngestProblem {
	return append([]IngestProblem(nil), l.problems...)
}

// Stats describes what was ingested and how the library was opened.
func (l *Library) Stats() Stats { return l.stats }

// Search returns up to k passages (cards and documents) for a free-text
// query, best first. An empty or oversized query is EINVALID.
func (l *Library) Search(ctx context.Context, q string, k int) ([]coach.Passage, error) {
	q = strings.TrimSpace(q)
	if q == "" {
		return nil, coach.Errorf(coach.EINVALID, "请输入要搜索的内容")
	}
	if utf8.RuneCountInString(q) > maxQueryRunes {
		return nil, coach.Errorf(coach.EINVALID, "搜索内容太长(最多 %d 字)", maxQueryRunes)
	}
	a := l.analyse(q, 1)
	tw := l.newTermWeights(boostTitle)
	tw.add(a)
	return l.run(ctx, query.NewDisjunctionQuery(tw.clauses()), "", clampK(k), a.terms())
}

func clampK(k int) int {
	if k <= 0 {
		return defaultK
	}
	if k > maxK {
		return maxK
	}
	return k
}

// hit is a passage found by a query, with its score.
type hit struct {
	p     *passage
	score float64
}

// find executes a query, optionally restricted to one kind of passage.
func (l *Library) find(ctx context.Context, q query.Query, kind string, k int) ([]hit, error) {
	if kind != "" {
		kq := bleve.NewTermQuery(kind)
		kq.SetField(fieldKind)
		q = bleve.NewConjunctionQuery(q, kq)
	}
	req := bleve.NewSearchRequestOptions(q, k, 0, false)
	res, err := l.index.SearchInContext(ctx, req)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("search index: %w", err)
	}
	out := make([]hit, 0, len(res.Hits))
	for _, h := range res.Hits {
		if p, ok := l.passages[h.ID]; ok {
			out = append(out, hit{p: p, score: h.Score})
		}
	}
	return out, nil
}

// passageOf returns a hit as a coach.Passage, highlighted for terms.
func passageOf(h hit, terms []string) coach.Passage {
	p := h.p
	return coach.Passage{
		Source:    p.Source,
		Text:      p.Text,
		Score:     h.score,
		ID:        p.ID,
		Title:     p.Title,
		Highlight: highlight(p.Text, p.Fold, terms),
		Stages:    p.Stages,
		Personas:  p.Personas,
	}
}

// run executes a query and returns passages with highlights.
func (l *Library) run(ctx context.Context, q query.Query, kind string, k int, terms []string) ([]coach.Passage, error) {
	hits, err := l.find(ctx, q, kind, k)
	if err != nil {
		return nil, err
	}
	out := make([]coach.Passage, 0, len(hits))
	for _, h := range hits {
		out = append(out, passageOf(h, terms))
	}
	return out, nil
}
