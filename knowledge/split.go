package knowledge

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"receptioncoach/coach"
)

// Passage sizes, in runes.
const (
	passageMax  = 300 // merge paragraphs up to this length
	passageMin  = 60  // a passage shorter than this is topped up from the next paragraph
	longPara    = 420 // paragraphs longer than this are cut at sentence ends
	headingMax  = 24  // longest heading label taken from a numbered line
	softHeading = 20  // longest unnumbered line taken for a title
)

// passage is one retrievable unit: a card or a piece of a document.
type passage struct {
	ID       string          `json:"id"`
	Source   string          `json:"source"`
	Title    string          `json:"title,omitempty"`
	Text     string          `json:"text"`
	Fold     string          `json:"fold"` // Text folded, rune for rune
	Keywords string          `json:"keywords,omitempty"`
	Stages   []coach.Stage   `json:"stages,omitempty"`
	Personas []coach.Persona `json:"personas,omitempty"`
	Card     bool            `json:"card,omitempty"`
	Line     int             `json:"line,omitempty"` // paragraph number where it starts
}

// Heading patterns of Chinese documents, tried on folded text, with the
// level each one stands for.
var headingPatterns = []struct {
	re    *regexp.Regexp
	level int
}{
	{regexp.MustCompile(`^第[一二三四五六七八九十百零〇\d]+[篇章部]`), 1},
	{regexp.MustCompile(`^[一二三四五六七八九十]{1,3}\s*[、,.]`), 2},
	{regexp.MustCompile(`^\([一二三四五六七八九十]{1,3}\)`), 3},
	{regexp.MustCompile(`^\d{1,2}(?:\s*[、.](?:[^\d]|$)|\s+\S)`), 4},
	{regexp.MustCompile(`^\(\d{1,2}\)`), 5},
}

const softLevel = 7

// headingOf returns the heading level of a folded line and the length in
// runes of its label (the whole line when rest is false), or level 0 for a
// body line.
func headingOf(folded string) (level int, labelRunes int, rest bool) {
	for _, p := range headingPatterns {
		if !p.re.MatchString(folded) {
			continue
		}
		runes := []rune(folded)
		if len(runes) <= 30 && !strings.ContainsAny(folded, "。;") {
			return p.level, len(runes), false
		}
		end := len(runes)
		for i, r := range runes {
			if r == '。' || r == ':' || r == '?' || r == '!' || (unicode.IsSpace(r) && i > 3) {
				end = i
				break
			}
		}
		label := runes[:end]
		if len(label) > headingMax || strings.ContainsAny(string(label), ",;") {
			return 0, 0, false
		}
		remainder := strings.TrimLeft(string(runes[end:]), "。:?! \t\u3000")
		if remainder == "" {
			return p.level, end, false
		}
		return p.level, end, true
	}
	n := utf8.RuneCountInString(folded)
	if n >= 2 && n <= softHeading && !strings.ContainsAny(folded, "。,;:?!、") && hasHan(folded) {
		return softLevel, n, false
	}
	return 0, 0, false
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// heading is an entry of the heading path.
type heading struct {
	level int
	label string
	line  string // original line, until shown in a passage
}

// splitter turns the blocks of documents into passages. One splitter is
// used for a whole build so that paragraphs repeated across documents are
// dropped too.
type splitter struct {
	fold *folder
	seen map[string]bool
}

func newSplitter(f *folder) *splitter {
	return &splitter{fold: f, seen: map[string]bool{}}
}

// split cuts one document into passages that keep their heading context.
func (s *splitter) split(source string, blocks []block) []passage {
	var (
		out      []passage
		path     []heading
		cur      []string
		curLen   int
		curLine  int
		lastSoft bool
	)
	title := func() string {
		var parts []string
		for _, h := range path {
			if len(parts) > 0 && s.fold.fold(parts[len(parts)-1]) == s.fold.fold(h.label) {
				continue
			}
			parts = append(parts, h.label)
		}
		return strings.Join(parts, " › ")
	}
	flush := func() {
		if len(cur) == 0 {
			return
		}
		text := strings.Join(cur, "\n")
		t := title()
		if n := len(out); n > 0 && curLen < passageMin && out[n-1].Title == t &&
			utf8.RuneCountInString(out[n-1].Text)+curLen <= passageMax+passageMin {
			// A short tail joins the passage before it.
			prev := out[n-1]
			out[n-1] = s.newPassage(prev.ID, source, t, prev.Text+"\n"+text, prev.Line)
		} else {
			out = append(out, s.newPassage(source+"#"+strconv.Itoa(n+1), source, t, text, curLine))
		}
		cur, curLen, curLine = nil, 0, 0
	}
	// push opens a heading; line is its text as shown at the top of the
	// first passage under it ("" when the line is shown as body anyway).
	push := func(level int, label, line string) {
		flush()
		for len(path) > 0 && path[len(path)-1].level >= level {
			path = path[:len(path)-1]
		}
		label = strings.TrimRight(label, "。:: \t")
		path = append(path, heading{level: level, label: label, line: line})
	}
	add := func(text string, line int) {
		n := utf8.RuneCountInString(text)
		if curLen > 0 && curLen+n > passageMax && curLen >= passageMin {
			flush()
		}
		if curLine == 0 {
			curLine = line
		}
		if len(cur) == 0 {
			// A passage starts with the headings not yet shown above it.
			for i := range path {
				if path[i].line != "" {
					cur = append(cur, path[i].line)
					curLen += utf8.RuneCountInString(path[i].line)
					path[i].line = ""
				}
			}
		}
		cur = append(cur, text)
		curLen += n
	}

	for _, b := range blocks {
		text := cleanLine(b.Text)
		if text == "" {
			continue
		}
		folded := s.fold.fold(text)
		if isDebris(folded) {
			continue
		}
		if b.Heading > 0 {
			push(b.Heading, text, text)
			lastSoft = false
			continue
		}
		level, labelRunes, rest := headingOf(folded)
		if level == softLevel {
			if key := dedupeKey(folded); s.seen[key] {
				continue
			} else {
				s.seen[key] = true
			}
			if !lastSoft {
				push(softLevel, text, text)
			} else {
				add(text, b.Line)
			}
			lastSoft = true
			continue
		}
		lastSoft = false
		if level > 0 {
			if !rest {
				push(level, text, text)
				continue
			}
			push(level, string([]rune(text)[:labelRunes]), "")
		}
		if key := dedupeKey(folded); utf8.RuneCountInString(key) >= 12 {
			if s.seen[key] {
				continue
			}
			s.seen[key] = true
		}
		if utf8.RuneCountInString(text) > longPara {
			flush()
			for _, piece := range cutSentences(text, passageMax) {
				add(piece, b.Line)
				flush()
			}
			continue
		}
		add(text, b.Line)
	}
	flush()
	return out
}

// cutSentences cuts a long paragraph at sentence ends into pieces of about
// max runes.
func cutSentences(text string, max int) []string {
	var sentences []string
	start := 0
	runes := []rune(text)
	for i, r := range runes {
		if isSentenceEnd(r) {
			sentences = append(sentences, string(runes[start:i+1]))
			start = i + 1
		}
	}
	if start < len(runes) {
		sentences = append(sentences, string(runes[start:]))
	}
	// Aim for pieces of even length rather than a long one and a stub.
	total := len(runes)
	pieces := (total + max - 1) / max
	target := total / pieces
	var out []string
	var b strings.Builder
	n := 0
	for _, s := range sentences {
		sn := utf8.RuneCountInString(s)
		if n > 0 && n+sn > target+target/4 {
			out = append(out, b.String())
			b.Reset()
			n = 0
		}
		b.WriteString(s)
		n += sn
	}
	if n > 0 {
		out = append(out, b.String())
	}
	return out
}

// newPassage builds a passage and tags it with the stages and personas its
// heading context and text speak of.
func (s *splitter) newPassage(id, source, title, text string, line int) passage {
	p := passage{ID: id, Source: source, Title: title, Text: text, Line: line}
	p.Fold = string(s.fold.foldRunes(text))
	ft := s.fold.fold(title)
	p.Stages = tagStages(ft, p.Fold)
	p.Personas = tagPersonas(ft, p.Fold)
	return p
}

// Words that place a passage in a stage: in its heading context, or in its
// text as "…阶段" or as one of the stage's set phrases.
var stageWords = []struct {
	stage   coach.Stage
	heading []string
	text    []string
}{
	{coach.StageIntroduction, []string{"导入"}, []string{"导入阶段", "欢迎话"}},
	{coach.StageFirstTalk, []string{"初谈"}, []string{"初谈阶段"}},
	{coach.StageListening, []string{"倾听", "聆听", "听取"}, []string{"倾听阶段", "定心话"}},
	{coach.StagePresentation, []string{"陈述"}, []string{"陈述阶段"}},
	{coach.StageSummary, []string{"归纳", "梳理"}, []string{"归纳阶段", "复述一遍"}},
	{coach.StageCoordination, []string{"协调"}, []string{"协调阶段", "希望话"}},
}

func tagStages(foldedTitle, foldedText string) []coach.Stage {
	var out []coach.Stage
	for _, w := range stageWords {
		if containsAny(foldedTitle, w.heading) || containsAny(foldedText, w.text) {
			out = append(out, w.stage)
		}
	}
	return out
}

// Words that tie a passage to a visitor type.
var personaWords = []struct {
	persona coach.Persona
	words   []string
}{
	{coach.PersonaConfused, []string{"带着疑惑", "带者疑惑"}},
	{coach.PersonaResentful, []string{"带着怨气"}},
	{coach.PersonaPestering, []string{"缠访"}},
	{coach.PersonaUnwell, []string{"精神有问题", "精神病"}},
	{coach.PersonaVeteran, []string{"信访油子"}},
	{coach.PersonaCholeric, []string{"胆汁质"}},
	{coach.PersonaSanguine, []string{"多血质"}},
	{coach.PersonaPhlegmatic, []string{"黏液质"}},
	{coach.PersonaMelancholic, []string{"抑郁质"}},
}

func tagPersonas(foldedTitle, foldedText string) []coach.Persona {
	var out []coach.Persona
	for _, w := range personaWords {
		if containsAny(foldedTitle, w.words) || containsAny(foldedText, w.words) {
			out = append(out, w.persona)
		}
	}
	return out
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// isWordRune reports letters, digits and Han characters: what counts when
// comparing paragraphs.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isSentenceEnd reports the punctuation that ends a sentence, in either width.
func isSentenceEnd(r rune) bool {
	switch r {
	case '。', '!', '?', ';', '\uFF01', '\uFF1F', '\uFF1B':
		return true
	}
	return false
}
