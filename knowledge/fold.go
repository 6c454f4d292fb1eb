package knowledge

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/liuzl/gocc"
	"golang.org/x/text/width"
)

// charFilterName names the Traditional→Simplified char filter in bleve's
// registry; the index mapping refers to it by this name.
const charFilterName = "receptioncoach_t2s"

// bleve keeps analysis components in a process-wide registry and resolves
// them by name when an index is created or reopened, so the char filter must
// be registered before any bleve.New or bleve.Open. This is the one
// registration the library forces on us; the constructor it records holds no
// state of its own.
func init() {
	if err := registry.RegisterCharFilter(charFilterName, newT2SCharFilter); err != nil {
		panic(fmt.Sprintf("register char filter: %v", err))
	}
}

// t2sCharFilter converts Traditional characters to Simplified before
// tokenizing, so 傾聽 and 倾听 produce the same terms.
type t2sCharFilter struct {
	cc *gocc.OpenCC
}

func newT2SCharFilter(config map[string]interface{}, cache *registry.Cache) (analysis.CharFilter, error) {
	cc, err := gocc.New("t2s")
	if err != nil {
		return nil, fmt.Errorf("load t2s dictionaries: %w", err)
	}
	return &t2sCharFilter{cc: cc}, nil
}

// Filter implements analysis.CharFilter.
func (f *t2sCharFilter) Filter(input []byte) []byte {
	out, err := f.cc.Convert(string(input))
	if err != nil {
		return input
	}
	return []byte(out)
}

// folder folds text the way the analyzer does (Traditional→Simplified,
// full-width→half-width, lower case) for query handling and highlighting.
// It is safe for concurrent use.
type folder struct {
	cc *gocc.OpenCC
}

func newFolder() (*folder, error) {
	cc, err := gocc.New("t2s")
	if err != nil {
		return nil, fmt.Errorf("load t2s dictionaries: %w", err)
	}
	return &folder{cc: cc}, nil
}

// fold returns s in Simplified script, half-width and lower case.
func (f *folder) fold(s string) string {
	out, err := f.cc.Convert(s)
	if err != nil {
		out = s
	}
	return strings.ToLower(width.Fold.String(out))
}

// foldRunes returns the folded form of s with exactly one rune per rune of
// s, so that positions found in the folded form mark the original text.
func (f *folder) foldRunes(s string) []rune {
	orig := []rune(s)
	conv, err := f.cc.Convert(s)
	var folded []rune
	if err == nil && utf8.RuneCountInString(conv) == len(orig) {
		folded = []rune(conv)
	} else {
		// A phrase conversion changed the length: convert rune by rune.
		folded = make([]rune, len(orig))
		for i, r := range orig {
			folded[i] = r
			if c, err := f.cc.Convert(string(r)); err == nil && utf8.RuneCountInString(c) == 1 {
				folded[i], _ = utf8.DecodeRuneInString(c)
			}
		}
	}
	if w := []rune(width.Fold.String(string(folded))); len(w) == len(folded) {
		folded = w
	}
	for i, r := range folded {
		folded[i] = unicode.ToLower(r)
	}
	return folded
}
