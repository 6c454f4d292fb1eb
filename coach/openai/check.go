package openai

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// checker decides whether a model reply can be shown. It runs on the text
// seen so far while a reply streams (partial) and on the whole reply.
type checker struct {
	limit   int      // runes beyond which a reply is garbled (far too long)
	ground  string   // the prompt: every number in a reply must appear here
	labels  []string // speaker labels a reply may start with, stripped
	officer bool     // reject replies that speak as the officer
}

// Patterns of a reply that is not plain speech. Compiled regexps are
// read-only and safe for concurrent use; nothing here is ever changed.
var (
	// listLine matches a line that starts like a list item or a heading.
	listLine = regexp.MustCompile(`(?m)^\s*(?:[-*•·#>|]|\d+(?:[.)](?:\s|$)|、\D)|[一二三四五六七八九十]+、)`)
	// metaWord matches a reply that talks as a model about itself or its prompt.
	metaWord = regexp.MustCompile(`(?i)\b(?:AI|A\.I\.|GPT|ChatGPT|LLM|OpenAI|Qwen|Llama|DeepSeek|assistant|prompt|system)\b|人工智能|语言模型|大模型|模型|助手|机器学习|系统提示|提示词|角色设定|系统设定|我的设定|我的指令|扮演|角色|参考台词|用你自己的话|以下是|【|】`)
	// officerWord matches a visitor reply that speaks as the officer.
	officerWord = regexp.MustCompile(`您反映的|你反映的|您的诉求|你的诉求|我们会依法|我们会认真|我们会尽快|我是接待|我是工作人员|作为接待|作为工作人员|请问您贵姓|请问您有什么|请您放心|(?m)^\s*(?:接待员|接待人员|工作人员)\s*[::]`)
	// digits matches a run of Arabic digits (after full-width folding).
	digits = regexp.MustCompile(`\d+`)
	// cnScore matches a score written in Chinese numerals, e.g. 八十五分.
	cnScore = regexp.MustCompile(`([零一二两三四五六七八九十百]+)分`)
)

// check returns a *FallbackError when text is not fit to show; final says
// the reply is complete (otherwise only the checks that hold for any prefix run).
func (k checker) check(text string, final bool) *FallbackError {
	if final && strings.TrimSpace(text) == "" {
		return &FallbackError{Reason: ReasonEmpty}
	}
	if strings.ContainsRune(text, utf8.RuneError) {
		return &FallbackError{Reason: ReasonGarbled, Detail: "broken characters"}
	}
	for _, r := range text {
		if unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r' {
			return &FallbackError{Reason: ReasonGarbled, Detail: "control characters"}
		}
	}
	if strings.Contains(text, "```") || strings.Contains(text, "**") || strings.Contains(text, "](") {
		return &FallbackError{Reason: ReasonGarbled, Detail: "markdown or code"}
	}
	if listLine.MatchString(text) {
		return &FallbackError{Reason: ReasonGarbled, Detail: "list or heading"}
	}
	if n := utf8.RuneCountInString(text); k.limit > 0 && n > k.limit {
		return &FallbackError{Reason: ReasonGarbled, Detail: "too long: " + strconv.Itoa(n) + " runes"}
	}
	if m := metaWord.FindString(text); m != "" {
		return &FallbackError{Reason: ReasonOffCharacter, Detail: "speaks as a model: " + m}
	}
	if k.officer {
		if m := officerWord.FindString(text); m != "" {
			return &FallbackError{Reason: ReasonOffCharacter, Detail: "speaks as the officer: " + strings.TrimSpace(m)}
		}
	}
	han, other := script(text)
	if !final && han+other < 12 {
		return nil
	}
	if han == 0 || float64(han) < 0.7*float64(han+other) {
		return &FallbackError{Reason: ReasonGarbled, Detail: "mostly not Chinese"}
	}
	if final {
		if n := k.newNumber(text); n != "" {
			return &FallbackError{Reason: ReasonInvented, Detail: "number not in the prompt: " + n}
		}
	}
	return nil
}

// script counts Han characters and other letters (Latin, kana, hangul…).
func script(s string) (han, other int) {
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.IsLetter(r):
			other++
		}
	}
	return han, other
}

// newNumber returns the first number in text that the prompt does not hold.
func (k checker) newNumber(text string) string {
	text = foldWidth(text)
	ground := foldWidth(k.ground)
	known := map[string]bool{}
	for _, d := range digits.FindAllString(ground, -1) {
		known[strings.TrimLeft(d, "0")] = true
	}
	for _, d := range digits.FindAllString(text, -1) {
		if !known[strings.TrimLeft(d, "0")] {
			return d
		}
	}
	for _, m := range cnScore.FindAllStringSubmatch(text, -1) {
		if v, ok := cnNumber(m[1]); ok && !known[strconv.Itoa(v)] {
			return m[0]
		}
	}
	return ""
}

// foldWidth turns full-width digits into ASCII digits.
func foldWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return '0' + (r - '０')
		}
		return r
	}, s)
}

// cnNumber reads a Chinese numeral below 1000 (e.g. 八十五, 一百, 六十).
func cnNumber(s string) (int, bool) {
	digit := map[rune]int{'零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	total, cur := 0, -1
	for _, r := range s {
		switch r {
		case '百':
			if cur < 0 {
				cur = 1
			}
			total += cur * 100
			cur = -1
		case '十':
			if cur < 0 {
				cur = 1
			}
			total += cur * 10
			cur = -1
		default:
			d, ok := digit[r]
			if !ok {
				return 0, false
			}
			cur = d
		}
	}
	if cur > 0 {
		total += cur
	}
	return total, true
}

// Quote marks a model may wrap its reply in.
const (
	openQuotes  = "“「『\"'‘"
	closeQuotes = "”」』\"'’"
)

// clean strips what may precede the speech itself: a <think> block of a
// reasoning model, leading space, a speaker label and an opening quote. It
// only ever removes a prefix, so a streamed text stays a prefix of the
// cleaned whole; an unfinished <think> block gives "".
func (k checker) clean(raw string) string {
	s := strings.TrimLeftFunc(raw, unicode.IsSpace)
	if strings.HasPrefix("<think>", s) {
		return "" // the tag is still arriving
	}
	if strings.HasPrefix(s, "<think>") {
		end := strings.Index(s, "</think>")
		if end < 0 {
			return ""
		}
		s = strings.TrimLeftFunc(s[end+len("</think>"):], unicode.IsSpace)
	}
	for _, l := range k.labels {
		if l == "" {
			continue
		}
		for _, colon := range []string{":", ":"} {
			if rest, ok := strings.CutPrefix(s, l+colon); ok {
				s = strings.TrimLeftFunc(rest, unicode.IsSpace)
			}
		}
	}
	if r, size := utf8.DecodeRuneInString(s); size > 0 && strings.ContainsRune(openQuotes, r) {
		s = s[size:]
	}
	return s
}

// finish trims the end of a complete reply: space and a closing quote.
func finish(s string) string {
	s = strings.TrimSpace(s)
	if r, size := utf8.DecodeLastRuneInString(s); size > 0 && strings.ContainsRune(closeQuotes, r) {
		s = strings.TrimSpace(s[:len(s)-size])
	}
	return s
}

// cutSentences shortens s to whole sentences within n runes; ok is false
// when no sentence end falls within n.
func cutSentences(s string, n int) (string, bool) {
	r := []rune(s)
	if len(r) <= n {
		return s, true
	}
	for i := n - 1; i >= 0; i-- {
		if strings.ContainsRune("。!?!?", r[i]) {
			return string(r[:i+1]), true
		}
	}
	return "", false
}
