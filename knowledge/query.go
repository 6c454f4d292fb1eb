package knowledge

import (
	"bufio"
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"
)

// synonymsText holds the domain's synonym rules; see the file's header.
//
//go:embed synonyms.txt
var synonymsText string

// synRule expands a query that contains any trigger with the expansions.
type synRule struct {
	triggers   []string
	expansions []string
}

// parseSynonyms reads rules of the form "a, b => c, d" (a or b adds c and d)
// or "a, b, c" (each adds the others), folding every word.
func parseSynonyms(text string, f *folder) ([]synRule, error) {
	var rules []synRule
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		split := func(s string) []string {
			var out []string
			for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '\uFF0C' || r == '、' }) {
				if w = strings.TrimSpace(w); w != "" {
					out = append(out, f.fold(w))
				}
			}
			return out
		}
		if left, right, ok := strings.Cut(line, "=>"); ok {
			r := synRule{triggers: split(left), expansions: split(right)}
			if len(r.triggers) == 0 || len(r.expansions) == 0 {
				return nil, fmt.Errorf("synonyms line %d: want words on both sides of =>", n)
			}
			rules = append(rules, r)
			continue
		}
		words := split(line)
		if len(words) < 2 {
			return nil, fmt.Errorf("synonyms line %d: want at least two words", n)
		}
		rules = append(rules, synRule{triggers: words, expansions: words})
	}
	return rules, sc.Err()
}

// Question words, fillers and pronouns that carry no topic; removed from
// queries (folded, Simplified). Longer phrases are tried first.
var stopPhrases = sortByLength([]string{
	"怎么办", "怎么样", "怎么做", "怎么弄", "怎么回事", "怎么", "怎样", "如何", "咋办", "咋整", "咋",
	"什么", "为什么", "为啥", "干什么", "啥", "哪些", "哪几", "哪个", "哪里", "哪儿", "哪",
	"是不是", "要不要", "能不能", "可不可以", "会不会", "有没有", "行不行", "好不好", "对不对",
	"可以", "应该", "应当", "需要", "一般", "具体", "到底", "究竟", "请问", "谢谢", "老师",
	"我们", "你们", "他们", "她们", "人家", "自己", "大家",
	"这种", "那种", "这个", "那个", "这些", "那些", "这样", "那样", "这么", "那么",
	"一下", "一点", "一些", "有点", "时候", "遇到", "碰到", "的话", "就是", "还是", "或者",
})

// Single characters that split a query (particles, pronouns), unless part of
// one of keepWords.
const splitChars = "的了吗呢吧啊呀嘛哦呗我你他她它该"

var keepWords = []string{"目的", "的确", "了解", "为了", "其他", "你好", "他人", "了结", "有的放矢"}

func sortByLength(words []string) []string {
	sort.SliceStable(words, func(i, j int) bool {
		return utf8.RuneCountInString(words[i]) > utf8.RuneCountInString(words[j])
	})
	return words
}

// term is a piece of a query with its weight.
type term struct {
	text   string
	weight float64
}

// analysed is a query cut into chunks (the user's words, question words
// removed) and expansions (domain synonyms of words it contains).
type analysed struct {
	chunks     []term
	expansions []term
}

// Weights of the parts of a free-text query.
const (
	weightChunk     = 1.0
	weightExpansion = 0.5
	boostTitle      = 0.7 // free text: a heading shared by many passages should not outweigh their text
	boostTitleHint  = 1.5 // hints: a card's title and keywords name its topic
)

// analyse folds a query, removes question words and adds synonyms.
func (l *Library) analyse(q string, weight float64) analysed {
	folded := l.fold.fold(q)
	var a analysed
	seen := map[string]bool{}
	for _, c := range chunkQuery(folded) {
		if !seen[c] {
			seen[c] = true
			a.chunks = append(a.chunks, term{c, weight * weightChunk})
		}
	}
	if len(a.chunks) == 0 {
		// Nothing but question words: search for what was typed.
		if s := strings.TrimSpace(folded); s != "" {
			a.chunks = append(a.chunks, term{s, weight * weightChunk})
			seen[s] = true
		}
	}
	for _, r := range l.synonyms {
		if !containsAny(folded, r.triggers) {
			continue
		}
		for _, e := range r.expansions {
			if !seen[e] && !strings.Contains(folded, e) {
				seen[e] = true
				a.expansions = append(a.expansions, term{e, weight * weightExpansion})
			}
		}
	}
	return a
}

// chunkQuery cuts a folded query at punctuation, question words and
// particles, dropping single Han characters, which match nothing in a bigram
// index.
func chunkQuery(folded string) []string {
	var chunks []string
	var cur strings.Builder
	cut := func() {
		if s := cur.String(); s != "" {
			if utf8.RuneCountInString(s) > 1 || !unicode.Is(unicode.Han, []rune(s)[0]) {
				chunks = append(chunks, s)
			}
		}
		cur.Reset()
	}
	rest := folded
outer:
	for rest != "" {
		for _, w := range keepWords {
			if strings.HasPrefix(rest, w) {
				cur.WriteString(w)
				rest = rest[len(w):]
				continue outer
			}
		}
		for _, w := range stopPhrases {
			if strings.HasPrefix(rest, w) {
				cut()
				rest = rest[len(w):]
				continue outer
			}
		}
		r, size := utf8.DecodeRuneInString(rest)
		rest = rest[size:]
		if strings.ContainsRune(splitChars, r) || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			cut()
			continue
		}
		cur.WriteRune(r)
	}
	cut()
	return chunks
}

// termWeights collects the index terms of query texts, each with the
// highest weight any text gave it, and turns them into one flat disjunction:
// fewer, cheaper clauses than a match query per chunk and field.
type termWeights struct {
	title   float64 // boost of the title field
	an      analysis.Analyzer
	indexed map[string]uint8
	w       map[string]float64
	order   []string
}

func (l *Library) newTermWeights(titleBoost float64) *termWeights {
	return &termWeights{title: titleBoost, an: l.queryAnalyzer, indexed: l.indexed, w: map[string]float64{}}
}

// add adds the terms of analysed text.
func (tw *termWeights) add(a analysed) {
	for _, ts := range [][]term{a.chunks, a.expansions} {
		for _, t := range ts {
			for _, tok := range tw.an.Analyze([]byte(t.text)) {
				k := string(tok.Term)
				if old, ok := tw.w[k]; !ok {
					tw.order = append(tw.order, k)
					tw.w[k] = t.weight
				} else if t.weight > old {
					tw.w[k] = t.weight
				}
			}
		}
	}
}

// clauses returns a term query per term and field.
func (tw *termWeights) clauses() []query.Query {
	var out []query.Query
	for _, k := range tw.order {
		w := tw.w[k]
		for _, f := range []struct {
			name  string
			bit   uint8
			boost float64
		}{{fieldText, inText, 1}, {fieldTitle, inTitle, tw.title}} {
			if tw.indexed[k]&f.bit == 0 {
				continue // not in the index: it cannot match
			}
			q := bleve.NewTermQuery(k)
			q.SetField(f.name)
			q.SetBoost(w * f.boost)
			out = append(out, q)
		}
	}
	return out
}

// terms returns every chunk and expansion, for highlighting.
func (a analysed) terms() []string {
	var out []string
	for _, t := range a.chunks {
		out = append(out, t.text)
	}
	for _, t := range a.expansions {
		out = append(out, t.text)
	}
	return out
}
