package knowledge

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"sort"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/goccy/go-yaml"

	"receptioncoach/coach"
)

// Question is a labelled trainee question: the passages that answer it are
// named by document (a prefix of the file name) and a phrase of their text.
type Question struct {
	Q       string   `yaml:"q" json:"q"`
	Set     string   `yaml:"set" json:"set,omitempty"` // dev or holdout
	Answers []Answer `yaml:"answers" json:"answers"`
	Cards   []string `yaml:"cards" json:"cards,omitempty"` // cards that answer it too
}

// Answer names a passage that answers a question.
type Answer struct {
	Doc string `yaml:"doc" json:"doc"` // prefix of the source file name
	Has string `yaml:"has" json:"has"` // phrase of the passage, either script
}

// ParseQuestions reads a labelled question set (YAML list).
func ParseQuestions(r io.Reader) ([]Question, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read questions: %w", err)
	}
	var qs []Question
	if err := yaml.UnmarshalWithOptions(data, &qs, yaml.DisallowUnknownField()); err != nil {
		return nil, fmt.Errorf("parse questions: %w", err)
	}
	for i, q := range qs {
		if strings.TrimSpace(q.Q) == "" {
			return nil, fmt.Errorf("question %d: q is empty", i+1)
		}
		if len(q.Answers) == 0 {
			return nil, fmt.Errorf("question %d (%s): no answers", i+1, q.Q)
		}
		for _, a := range q.Answers {
			if a.Doc == "" || a.Has == "" {
				return nil, fmt.Errorf("question %d (%s): answer needs doc and has", i+1, q.Q)
			}
		}
	}
	return qs, nil
}

// EvalResult is the retrieval quality and latency of one system.
type EvalResult struct {
	System    string        `json:"system"`
	Questions int           `json:"questions"`
	Hit1      float64       `json:"hit1"`
	Hit5      float64       `json:"hit5"`
	MRR       float64       `json:"mrr"` // over the top 10
	P50       time.Duration `json:"p50"`
	P99       time.Duration `json:"p99"`
	// Misses lists the questions with no answer in the top 5.
	Misses []string `json:"misses,omitempty"`
}

// EvalOptions configures Evaluate.
type EvalOptions struct {
	Corpora   []string
	Questions []Question
	Set       string // only questions of this set ("" = all)
	Rounds    int    // times each query is run for latency (default 20)
}

// retriever is one system under evaluation.
type retriever struct {
	name   string
	search func(ctx context.Context, q string) ([]coach.Passage, error)
	cards  bool // card answers count
	close  func() error
}

// Evaluate measures, over the labelled questions, stock bleve (cjk analyzer,
// one passage per paragraph of the raw texts), the same with the
// Traditional→Simplified analyzer, the project's pipeline over the texts
// alone, and the pipeline with the cards.
func Evaluate(ctx context.Context, opt EvalOptions) ([]EvalResult, error) {
	if opt.Rounds <= 0 {
		opt.Rounds = 20
	}
	var qs []Question
	for _, q := range opt.Questions {
		if opt.Set == "" || q.Set == opt.Set {
			qs = append(qs, q)
		}
	}
	if len(qs) == 0 {
		return nil, fmt.Errorf("no questions to evaluate")
	}
	f, err := newFolder()
	if err != nil {
		return nil, err
	}
	files, _ := collect(opt.Corpora)
	if len(files) == 0 {
		return nil, fmt.Errorf("no documents in %s", strings.Join(opt.Corpora, ", "))
	}

	var systems []retriever
	for _, analyzer := range []string{cjk.AnalyzerName, analyzerName} {
		r, err := paragraphRetriever(ctx, files, analyzer)
		if err != nil {
			return nil, err
		}
		systems = append(systems, r)
	}
	for _, withCards := range []bool{false, true} {
		lib, err := Open(ctx, Config{Corpora: opt.Corpora, noCards: !withCards, Logger: discardLogger()})
		if err != nil {
			return nil, err
		}
		name := "pipeline, texts only"
		if withCards {
			name = "pipeline, texts + cards"
		}
		systems = append(systems, retriever{
			name:   name,
			search: func(ctx context.Context, q string) ([]coach.Passage, error) { return lib.Search(ctx, q, 10) },
			cards:  withCards,
			close:  lib.Close,
		})
	}
	defer func() {
		for _, s := range systems {
			s.close()
		}
	}()

	var out []EvalResult
	for _, s := range systems {
		res := EvalResult{System: s.name, Questions: len(qs)}
		var times []time.Duration
		for _, q := range qs {
			var hits []coach.Passage
			for i := 0; i < opt.Rounds; i++ {
				start := time.Now()
				hits, err = s.search(ctx, q.Q)
				times = append(times, time.Since(start))
				if err != nil {
					return nil, fmt.Errorf("%s: %q: %w", s.name, q.Q, err)
				}
			}
			rank := firstRelevant(f, q, hits, s.cards)
			if rank == 1 {
				res.Hit1++
			}
			if rank >= 1 && rank <= 5 {
				res.Hit5++
			} else {
				res.Misses = append(res.Misses, q.Q)
			}
			if rank >= 1 {
				res.MRR += 1 / float64(rank)
			}
		}
		n := float64(len(qs))
		res.Hit1 /= n
		res.Hit5 /= n
		res.MRR /= n
		sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
		res.P50 = times[len(times)*50/100]
		res.P99 = times[len(times)*99/100]
		out = append(out, res)
	}
	return out, nil
}

// firstRelevant returns the 1-based rank of the first passage that answers
// q, or 0.
func firstRelevant(f *folder, q Question, hits []coach.Passage, cards bool) int {
	for i, h := range hits {
		if answers(f, q, h, cards) {
			return i + 1
		}
	}
	return 0
}

// answers reports whether a passage is one of a question's answers.
func answers(f *folder, q Question, p coach.Passage, cards bool) bool {
	if strings.HasPrefix(p.Source, "card:") {
		if !cards {
			return false
		}
		id := strings.TrimPrefix(p.Source, "card:")
		for _, c := range q.Cards {
			if c == id {
				return true
			}
		}
		return false
	}
	text := compact(f.fold(p.Text))
	for _, a := range q.Answers {
		if strings.HasPrefix(p.Source, a.Doc) && strings.Contains(text, compact(f.fold(a.Has))) {
			return true
		}
	}
	return false
}

// compact drops white space, so labels match across line breaks.
func compact(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// paragraphRetriever indexes every non-empty line of the raw texts as a
// passage with a stock mapping and the given analyzer, and searches with a
// plain match query: the baseline.
func paragraphRetriever(ctx context.Context, files []sourceFile, analyzer string) (retriever, error) {
	m := bleve.NewIndexMapping()
	if analyzer == analyzerName {
		if err := addAnalyzer(m); err != nil {
			return retriever{}, err
		}
	}
	m.DefaultAnalyzer = analyzer
	idx, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return retriever{}, fmt.Errorf("create baseline index: %w", err)
	}
	type para struct{ source, text string }
	paras := map[string]para{}
	b := idx.NewBatch()
	for _, f := range files {
		text, err := decodeText(f.data)
		if err != nil {
			continue
		}
		for i, line := range strings.Split(text, "\n") {
			if line = trimSpace(line); line == "" {
				continue
			}
			id := fmt.Sprintf("%s#%d", f.name, i+1)
			paras[id] = para{f.name, line}
			if err := b.Index(id, map[string]any{"text": line}); err != nil {
				idx.Close()
				return retriever{}, fmt.Errorf("index baseline: %w", err)
			}
		}
	}
	if err := idx.Batch(b); err != nil {
		idx.Close()
		return retriever{}, fmt.Errorf("index baseline: %w", err)
	}
	name := "bleve cjk, paragraphs"
	if analyzer != cjk.AnalyzerName {
		name = "bleve cjk+t2s, paragraphs"
	}
	return retriever{
		name: name,
		search: func(ctx context.Context, q string) ([]coach.Passage, error) {
			mq := bleve.NewMatchQuery(q)
			mq.SetField("text")
			res, err := idx.SearchInContext(ctx, bleve.NewSearchRequestOptions(mq, 10, 0, false))
			if err != nil {
				return nil, err
			}
			out := make([]coach.Passage, 0, len(res.Hits))
			for _, h := range res.Hits {
				p := paras[h.ID]
				out = append(out, coach.Passage{Source: p.source, Text: p.text, Score: h.Score})
			}
			return out, nil
		},
		close: idx.Close,
	}, nil
}

func discardLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }
