package knowledge

import (
	"html"
	"strings"
	"unicode"
)

// highlight returns text HTML-escaped with the runs that match the query
// terms wrapped in <mark>…</mark>. folded is text folded rune for rune, so
// Traditional text is marked for a Simplified query and back.
func highlight(text, folded string, terms []string) string {
	orig := []rune(text)
	fold := []rune(folded)
	if len(fold) != len(orig) {
		return html.EscapeString(text)
	}
	bigrams := map[[2]rune]bool{}
	var words []string // non-Han terms, matched whole
	for _, t := range terms {
		rs := []rune(t)
		for i := 0; i+1 < len(rs); i++ {
			if unicode.Is(unicode.Han, rs[i]) && unicode.Is(unicode.Han, rs[i+1]) {
				bigrams[[2]rune{rs[i], rs[i+1]}] = true
			}
		}
		for _, w := range strings.FieldsFunc(t, func(r rune) bool { return !(r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r))) }) {
			if len(w) >= 2 {
				words = append(words, w)
			}
		}
	}
	marked := make([]bool, len(fold))
	for i := 0; i+1 < len(fold); i++ {
		if bigrams[[2]rune{fold[i], fold[i+1]}] {
			marked[i], marked[i+1] = true, true
		}
	}
	for _, w := range words {
		wr := []rune(w)
	scan:
		for i := 0; i+len(wr) <= len(fold); i++ {
			for j, r := range wr {
				if fold[i+j] != r {
					continue scan
				}
			}
			for j := i; j < i+len(wr); j++ {
				marked[j] = true
			}
		}
	}
	var b strings.Builder
	for i := 0; i < len(orig); {
		j := i
		for j < len(orig) && marked[j] == marked[i] {
			j++
		}
		chunk := html.EscapeString(string(orig[i:j]))
		if marked[i] {
			b.WriteString("<mark>")
			b.WriteString(chunk)
			b.WriteString("</mark>")
		} else {
			b.WriteString(chunk)
		}
		i = j
	}
	return b.String()
}
