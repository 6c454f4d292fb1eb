package coach

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The four question categories of the structured interview bank.
const (
	CategoryInterpersonal = "人际交往意识与技巧"
	CategoryEmergency     = "应急应变"
	CategoryOrganizing    = "组织协调"
	CategoryAnalysis      = "综合分析"
)

// InterviewCategories returns the categories in display order.
func InterviewCategories() []string {
	return []string{CategoryInterpersonal, CategoryEmergency, CategoryOrganizing, CategoryAnalysis}
}

// Phases of a well-built answer, in order. For analysis questions the same
// three read as: state the view, analyse, propose measures.
const (
	PhaseOpen   = "open"   // calm the person down and take ownership
	PhaseHandle = "handle" // deal with the matter
	PhaseFollow = "follow" // follow up and improve
)

// Phases returns the answer phases in order.
func Phases() []string { return []string{PhaseOpen, PhaseHandle, PhaseFollow} }

// PhaseName returns a phase's Chinese name.
func PhaseName(p string) string {
	switch p {
	case PhaseOpen:
		return "稳情绪、担责任"
	case PhaseHandle:
		return "解决问题"
	case PhaseFollow:
		return "跟进与改进"
	}
	return p
}

// Default times of a question, in seconds.
const (
	DefaultThinkSeconds  = 60
	DefaultAnswerSeconds = 180
)

// Spoken Chinese runs at about 200–250 characters a minute.
const (
	SpeechMinPerMinute = 200
	SpeechMaxPerMinute = 250
)

// MaxAnswerRunes is the longest answer accepted, in characters.
const MaxAnswerRunes = 5000

// DefaultTrapPenalty is the share of the score (per cent) a trap takes when its file gives none.
const DefaultTrapPenalty = 15

// Question is one structured-interview question with what a good answer
// covers, the traps it must avoid and a model outline. Question files are
// YAML (scenarios/interview/*.yaml).
type Question struct {
	ID            string     `yaml:"id" json:"id"`
	Title         string     `yaml:"title" json:"title"`
	Category      string     `yaml:"category" json:"category"`
	Prompt        string     `yaml:"prompt" json:"prompt"`
	ThinkSeconds  int        `yaml:"think_seconds" json:"think_seconds"`
	AnswerSeconds int        `yaml:"answer_seconds" json:"answer_seconds"`
	Points        []KeyPoint `yaml:"points" json:"points"`
	Traps         []Trap     `yaml:"traps" json:"traps"`
	Outline       []string   `yaml:"outline" json:"outline"` // model answer outline, in order

	// File is where the question was loaded from; set by the loader.
	File string `yaml:"-" json:"-"`
}

// KeyPoint is something a good answer covers.
type KeyPoint struct {
	ID       string `yaml:"id" json:"id"`
	Text     string `yaml:"text" json:"text"`
	Required bool   `yaml:"required" json:"required"`
	Weight   int    `yaml:"weight" json:"weight"` // 1–5; 0 means 1
	Phase    string `yaml:"phase" json:"phase"`   // see Phase* constants
	// Match lists recognisers; a sentence hitting any one covers the point.
	// See ParseConceptMatcher for their form.
	Match []string `yaml:"match" json:"match"`
}

// Trap is a mistake an answer must avoid.
type Trap struct {
	ID      string   `yaml:"id" json:"id"`
	Text    string   `yaml:"text" json:"text"`
	Penalty int      `yaml:"penalty" json:"penalty"` // per cent of the score taken; 0 means DefaultTrapPenalty
	Match   []string `yaml:"match" json:"match"`
	// Hollow marks a trap of empty words (slogans): it counts only when the
	// answer says little else, i.e. when the key-point coverage is below
	// HollowCoverage and its hits are at least MinHits sentences or half of
	// the answer's sentences.
	Hollow bool `yaml:"hollow" json:"hollow,omitempty"`
	// IgnoreNegation counts hits even after a negation word, for traps whose
	// words are already negative ("不能让我们背锅").
	IgnoreNegation bool   `yaml:"ignore_negation" json:"ignore_negation,omitempty"`
	MinHits        int    `yaml:"min_hits" json:"min_hits,omitempty"`
	Advice         string `yaml:"advice" json:"advice,omitempty"`
}

// HollowCoverage is the key-point coverage below which slogans count as a trap.
const HollowCoverage = 0.5

// QuestionInfo is what a candidate sees before answering: no key points,
// traps or outline.
type QuestionInfo struct {
	ID            string `json:"id"`
	Title         string `json:"title"`
	Category      string `json:"category"`
	Prompt        string `json:"prompt"`
	ThinkSeconds  int    `json:"think_seconds"`
	AnswerSeconds int    `json:"answer_seconds"`
}

// Info returns the public part of the question, with default times applied.
func (q *Question) Info() QuestionInfo {
	return QuestionInfo{
		ID: q.ID, Title: q.Title, Category: q.Category, Prompt: q.Prompt,
		ThinkSeconds: q.thinkSeconds(), AnswerSeconds: q.answerSeconds(),
	}
}

func (q *Question) thinkSeconds() int {
	if q.ThinkSeconds <= 0 {
		return DefaultThinkSeconds
	}
	return q.ThinkSeconds
}

func (q *Question) answerSeconds() int {
	if q.AnswerSeconds <= 0 {
		return DefaultAnswerSeconds
	}
	return q.AnswerSeconds
}

// Validate checks a question for the problems a loader must reject.
func (q *Question) Validate() error {
	var errs []string
	if strings.TrimSpace(q.ID) == "" {
		errs = append(errs, "id is required")
	}
	if strings.TrimSpace(q.Title) == "" {
		errs = append(errs, "title is required")
	}
	if strings.TrimSpace(q.Prompt) == "" {
		errs = append(errs, "prompt is required")
	}
	known := false
	for _, c := range InterviewCategories() {
		known = known || c == q.Category
	}
	if !known {
		errs = append(errs, fmt.Sprintf("category %q must be one of %s", q.Category, strings.Join(InterviewCategories(), ", ")))
	}
	if q.ThinkSeconds < 0 || q.ThinkSeconds > 900 || q.AnswerSeconds < 0 || q.AnswerSeconds > 900 {
		errs = append(errs, "think_seconds and answer_seconds must be within 0–900")
	}
	if len(q.Points) == 0 {
		errs = append(errs, "points needs at least one key point")
	}
	if len(q.Outline) == 0 {
		errs = append(errs, "outline needs at least one line")
	}
	seen := map[string]bool{}
	required := 0
	for i, p := range q.Points {
		where := fmt.Sprintf("points[%d]", i)
		if p.ID == "" {
			errs = append(errs, where+": id is required")
		} else if seen[p.ID] {
			errs = append(errs, fmt.Sprintf("%s: duplicate id %q", where, p.ID))
		}
		seen[p.ID] = true
		if p.Required {
			required++
		}
		if strings.TrimSpace(p.Text) == "" {
			errs = append(errs, where+": text is required")
		}
		if p.Weight < 0 || p.Weight > 5 {
			errs = append(errs, where+": weight must be within 0–5")
		}
		switch p.Phase {
		case PhaseOpen, PhaseHandle, PhaseFollow:
		default:
			errs = append(errs, fmt.Sprintf("%s: phase %q must be one of open, handle, follow", where, p.Phase))
		}
		errs = append(errs, matcherErrors(where, p.Match)...)
	}
	if len(q.Points) > 0 && required == 0 {
		errs = append(errs, "points: at least one key point must be required")
	}
	for i, t := range q.Traps {
		errs = append(errs, t.problems(fmt.Sprintf("traps[%d]", i), seen)...)
	}
	if len(errs) > 0 {
		return Errorf(EINVALID, "question %s: %s", q.ID, strings.Join(errs, "; "))
	}
	return nil
}

// ValidateTraps checks a list of traps shared by every question.
func ValidateTraps(traps []Trap) error {
	var errs []string
	seen := map[string]bool{}
	for i, t := range traps {
		errs = append(errs, t.problems(fmt.Sprintf("traps[%d]", i), seen)...)
	}
	if len(errs) > 0 {
		return Errorf(EINVALID, "common traps: %s", strings.Join(errs, "; "))
	}
	return nil
}

// severeTrapPenalty is the penalty from which a trap's sentences earn no key point.
const severeTrapPenalty = 15

// penalty returns the trap's penalty with the default applied.
func (t Trap) penalty() int {
	if t.Penalty == 0 {
		return DefaultTrapPenalty
	}
	return t.Penalty
}

// problems lists what is wrong with a trap; seen holds IDs used so far.
func (t Trap) problems(where string, seen map[string]bool) []string {
	var errs []string
	if t.ID == "" {
		errs = append(errs, where+": id is required")
	} else if seen[t.ID] {
		errs = append(errs, fmt.Sprintf("%s: duplicate id %q", where, t.ID))
	}
	seen[t.ID] = true
	if strings.TrimSpace(t.Text) == "" {
		errs = append(errs, where+": text is required")
	}
	if t.Penalty < 0 || t.Penalty > 100 {
		errs = append(errs, where+": penalty must be within 0–100")
	}
	return append(errs, matcherErrors(where, t.Match)...)
}

func matcherErrors(where string, match []string) []string {
	if len(match) == 0 {
		return []string{where + ": match needs at least one recognizer"}
	}
	var errs []string
	for j, m := range match {
		if _, err := ParseConceptMatcher(m); err != nil {
			errs = append(errs, fmt.Sprintf("%s.match[%d]: %v", where, j, err))
		}
	}
	return errs
}

// ConceptMatcher finds a concept in a sentence in varied wording: the sentence
// must contain at least one term of every group, in any order.
type ConceptMatcher [][]string

// ParseConceptMatcher reads a recognizer written as groups joined by "+", each
// group a list of synonyms joined by "|": "道歉|致歉|对不起 + 让您久等|等了". A
// term may use "…" to mean "these parts in this order, up to eight characters
// apart": "等…一个小时".
func ParseConceptMatcher(s string) (ConceptMatcher, error) {
	var r ConceptMatcher
	for _, g := range strings.Split(s, "+") {
		var group []string
		for _, term := range strings.Split(g, "|") {
			term = answerNormalize(strings.TrimSpace(term))
			if term == "" {
				return nil, fmt.Errorf("empty term in %q", s)
			}
			if strings.HasPrefix(term, "…") || strings.HasSuffix(term, "…") {
				return nil, fmt.Errorf("term %q cannot start or end with …", term)
			}
			group = append(group, term)
		}
		r = append(r, group)
	}
	return r, nil
}

// conceptMaxGap is the most characters allowed between the parts of a "…" term.
const conceptMaxGap = 8

// find returns the position (in runes) of the earliest group hit in
// sentence, or -1 when some group has no term in it. sentence must be
// normalized.
func (r ConceptMatcher) find(sentence string) int {
	first := -1
	for _, group := range r {
		pos := -1
		for _, term := range group {
			if p := conceptTermIndex(sentence, term); p >= 0 && (pos < 0 || p < pos) {
				pos = p
			}
		}
		if pos < 0 {
			return -1
		}
		if first < 0 || pos < first {
			first = pos
		}
	}
	return first
}

// conceptTermIndex finds term in s and returns its rune position or -1. Parts
// separated by "…" must appear in order with at most conceptMaxGap runes between.
func conceptTermIndex(s, term string) int {
	parts := strings.Split(term, "…")
	if len(parts) == 1 {
		i := strings.Index(s, term)
		if i < 0 {
			return -1
		}
		return utf8.RuneCountInString(s[:i])
	}
	for start := 0; start < len(s); {
		i := strings.Index(s[start:], parts[0])
		if i < 0 {
			return -1
		}
		i += start
		if conceptPartsFollow(s[i+len(parts[0]):], parts[1:]) {
			return utf8.RuneCountInString(s[:i])
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		start = i + size
	}
	return -1
}

// conceptPartsFollow reports whether parts follow each other in s, each starting
// within conceptMaxGap runes of the end of the one before.
func conceptPartsFollow(s string, parts []string) bool {
	if len(parts) == 0 {
		return true
	}
	for off := 0; off < len(s); {
		j := strings.Index(s[off:], parts[0])
		if j < 0 {
			return false
		}
		j += off
		if utf8.RuneCountInString(s[:j]) > conceptMaxGap {
			return false
		}
		if conceptPartsFollow(s[j+len(parts[0]):], parts[1:]) {
			return true
		}
		_, size := utf8.DecodeRuneInString(s[j:])
		off = j + size
	}
	return false
}

// quoteMarks are dropped by answerNormalize so that a negation reaches
// through quotes: 不留“再想想办法”的口子.
const quoteMarks = "\"'“”‘’「」『』"

// answerNormalize folds full-width forms and case and drops spaces so that
// recognizers compare plain text.
func answerNormalize(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			r -= 0xFEE0
		case r == 0x3000:
			continue
		}
		if unicode.IsSpace(r) || strings.ContainsRune(quoteMarks, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// AnswerSentences splits an answer into sentences at Chinese and Western stops
// and line breaks; empty pieces are dropped.
func AnswerSentences(text string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if s := strings.TrimSpace(b.String()); s != "" {
			out = append(out, s)
		}
		b.Reset()
	}
	for _, r := range text {
		switch r {
		case '。', '\uFF01', '\uFF1F', '\uFF1B', '!', '?', ';', '\n', '\r', '…':
			if r != '\n' && r != '\r' {
				b.WriteRune(r)
			}
			flush()
		default:
			b.WriteRune(r)
		}
	}
	flush()
	return out
}

// answerNegations returns words that, just before a trap's words, turn the
// sentence into its opposite: "绝不能说不归我管".
func answerNegations() []string {
	return []string{"不能", "不会", "不应", "不该", "不可", "不要", "不是说", "不得", "绝不", "决不", "而不是", "避免", "切忌", "杜绝", "防止", "不再", "别", "拒绝", "反对", "忌"}
}

// answerNegationWindow is how many characters before a trap hit are searched for a negation.
const answerNegationWindow = 10

// answerNegated reports whether a negation word ends within
// answerNegationWindow runes before position pos (in runes) of the
// normalized sentence s, or a bare 不/没/别/勿/未 within three runes.
func answerNegated(s string, pos int) bool {
	runes := []rune(s)
	if pos > len(runes) {
		pos = len(runes)
	}
	from := pos - answerNegationWindow
	if from < 0 {
		from = 0
	}
	before := string(runes[from:pos])
	for _, w := range answerNegations() {
		if strings.Contains(before, w) {
			return true
		}
	}
	// A bare negation must sit just before the words: 不删帖, 不留再想想办法.
	for i := max(0, pos-3); i < pos; i++ {
		if strings.ContainsRune("不没别勿未", runes[i]) {
			return true
		}
	}
	return false
}

// InterviewResult is the scored answer to one question. Its JSON form is a
// contract: score, points (id, hit, quote) and traps keep their names.
type InterviewResult struct {
	QuestionID string         `json:"question"`
	Title      string         `json:"title"`
	Score      int            `json:"score"`
	Points     []PointResult  `json:"points"`
	Traps      []TrapResult   `json:"traps"`
	Coverage   int            `json:"coverage"` // weighted share of key points covered, 0–100
	Structure  StructureScore `json:"structure"`
	Length     LengthScore    `json:"length"`
	Missed     []string       `json:"missed_required,omitempty"` // IDs of required points not covered
	Outline    []string       `json:"outline"`
	Advice     []string       `json:"advice"`
}

// PointResult says whether an answer covered a key point, and where.
type PointResult struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	Required bool   `json:"required"`
	Weight   int    `json:"weight"`
	Phase    string `json:"phase"`
	Hit      bool   `json:"hit"`
	Quote    string `json:"quote"`              // the sentence that hit it, "" when missed
	Sentence int    `json:"sentence,omitempty"` // its position, from 1
}

// TrapResult is a trap the answer fell into.
type TrapResult struct {
	ID      string `json:"id"`
	Text    string `json:"text"`
	Quote   string `json:"quote"`
	Penalty int    `json:"penalty"` // per cent of the score taken
	Advice  string `json:"advice,omitempty"`
}

// StructureScore rates the order of the answer: calm and own → handle →
// follow up.
type StructureScore struct {
	Score   int      `json:"score"`   // 0–100
	Present []string `json:"present"` // phases the answer reached
	Order   []string `json:"order"`   // phases in the order the answer reached them
	InOrder bool     `json:"in_order"`
	Note    string   `json:"note"`
}

// LengthScore rates the answer's length against the answer time.
type LengthScore struct {
	Score       int    `json:"score"` // 0–100
	Chars       int    `json:"chars"`
	Seconds     int    `json:"seconds"`      // estimated speaking time
	TimeSeconds int    `json:"time_seconds"` // answer time allowed
	MinChars    int    `json:"min_chars"`    // a full answer at the slow rate
	MaxChars    int    `json:"max_chars"`    // what fits at the fast rate
	Note        string `json:"note"`
}

// Weights of the parts of the interview score (they add up to 100).
const (
	weightCoverage  = 65
	weightStructure = 20
	weightLength    = 15
)

// coverageExponent bends the coverage curve (see ScoreAnswer).
const coverageExponent = 0.7

// ScoreAnswer scores an answer to q. It is a pure function: the same answer
// always gets the same result. EINVALID for an empty or oversized answer.
func ScoreAnswer(q *Question, commonTraps []Trap, answer string) (*InterviewResult, error) {
	if strings.TrimSpace(answer) == "" {
		return nil, Errorf(EINVALID, "回答是空的。")
	}
	if n := utf8.RuneCountInString(answer); n > MaxAnswerRunes {
		return nil, Errorf(EINVALID, "回答太长(%d 字),最多 %d 字。", n, MaxAnswerRunes)
	}
	if !utf8.ValidString(answer) {
		return nil, Errorf(EINVALID, "回答不是有效的 UTF-8 文本。")
	}
	sentences := AnswerSentences(answer)
	norm := make([]string, len(sentences))
	for i, s := range sentences {
		norm[i] = answerNormalize(s)
	}

	res := &InterviewResult{QuestionID: q.ID, Title: q.Title, Points: []PointResult{}, Traps: []TrapResult{}, Outline: q.Outline, Advice: []string{}}

	// Traps first: a sentence that falls into a severe trap ("不归我管,你自己打
	// 电话找他") earns no key point, even if it names the right people.
	traps := append(append([]Trap{}, commonTraps...), q.Traps...)
	trapHits := make([][]int, len(traps))
	tainted := make([]bool, len(norm))
	for i, t := range traps {
		trapHits[i] = allMatches(compileMatchers(t.Match), norm, !t.IgnoreNegation)
		if !t.Hollow && t.penalty() >= severeTrapPenalty {
			for _, j := range trapHits[i] {
				tainted[j] = true
			}
		}
	}
	clean := make([]string, len(norm))
	for i := range norm {
		if !tainted[i] {
			clean[i] = norm[i]
		}
	}

	total, got := 0, 0
	for _, p := range q.Points {
		w := p.Weight
		if w == 0 {
			w = 1
		}
		total += w
		pr := PointResult{ID: p.ID, Text: p.Text, Required: p.Required, Weight: w, Phase: p.Phase}
		if i := firstMatch(compileMatchers(p.Match), clean); i >= 0 {
			pr.Hit, pr.Quote, pr.Sentence = true, sentences[i], i+1
			got += w
		} else if p.Required {
			res.Missed = append(res.Missed, p.ID)
		}
		res.Points = append(res.Points, pr)
	}
	coverage := float64(got) / float64(total)
	res.Coverage = int(coverage*100 + 0.5)

	keep := 1.0
	for i, t := range traps {
		hits := trapHits[i]
		if len(hits) == 0 {
			continue
		}
		if t.Hollow {
			min := t.MinHits
			if min <= 0 {
				min = 1
			}
			mostly := 2*len(hits) >= len(sentences) // slogans make up half the answer
			if (len(hits) < min && !mostly) || coverage >= HollowCoverage {
				continue
			}
		}
		pen := t.penalty()
		keep *= 1 - float64(pen)/100
		res.Traps = append(res.Traps, TrapResult{ID: t.ID, Text: t.Text, Quote: sentences[hits[0]], Penalty: pen, Advice: t.Advice})
	}

	res.Structure = scoreAnswerStructure(res.Points, len(sentences))
	res.Length = scoreAnswerLength(answer, q.answerSeconds())

	// Coverage counts on a concave curve: the first key points an answer
	// reaches matter most, and a thin but concrete answer stays above one
	// that says nothing.
	raw := float64(weightCoverage)*math.Pow(coverage, coverageExponent) +
		float64(weightStructure)*float64(res.Structure.Score)/100 +
		float64(weightLength)*float64(res.Length.Score)/100
	// Each trap takes its penalty as a share of what is left, so a trap
	// costs a strong answer more points than a weak one and weak answers
	// keep their order instead of all falling to zero.
	res.Score = max(0, min(100, int(raw*keep+0.5)))
	res.Advice = interviewAdvice(res)
	return res, nil
}

// compileMatchers parses recognizers, skipping malformed ones (Validate reports them).
func compileMatchers(match []string) []ConceptMatcher {
	var rs []ConceptMatcher
	for _, m := range match {
		if r, err := ParseConceptMatcher(m); err == nil {
			rs = append(rs, r)
		}
	}
	return rs
}

// firstMatch returns the first sentence any recognizer hits, or -1.
func firstMatch(rs []ConceptMatcher, norm []string) int {
	for i, s := range norm {
		if matchSentence(rs, s, false) {
			return i
		}
	}
	return -1
}

// allMatches returns every sentence the recognizers hit; with skipNegated,
// hits that follow a negation word do not count.
func allMatches(rs []ConceptMatcher, norm []string, skipNegated bool) []int {
	var hits []int
	for i, s := range norm {
		if matchSentence(rs, s, skipNegated) {
			hits = append(hits, i)
		}
	}
	return hits
}

func matchSentence(rs []ConceptMatcher, s string, skipNegated bool) bool {
	for _, r := range rs {
		if pos := r.find(s); pos >= 0 && !(skipNegated && answerNegated(s, pos)) {
			return true
		}
	}
	return false
}

// scoreAnswerStructure rates which phases the answer reached and whether it
// reached them in order: half for presence, half for order.
func scoreAnswerStructure(points []PointResult, sentences int) StructureScore {
	first := map[string]int{}
	for _, p := range points {
		if !p.Hit {
			continue
		}
		if at, ok := first[p.Phase]; !ok || p.Sentence < at {
			first[p.Phase] = p.Sentence
		}
	}
	st := StructureScore{Present: []string{}, Order: []string{}}
	for _, ph := range Phases() {
		if _, ok := first[ph]; ok {
			st.Present = append(st.Present, ph)
		}
	}
	st.Order = append(st.Order, st.Present...)
	sort.SliceStable(st.Order, func(i, j int) bool { return first[st.Order[i]] < first[st.Order[j]] })
	pairs, ordered := 0, 0
	for i := 0; i < len(st.Present); i++ {
		for j := i + 1; j < len(st.Present); j++ {
			pairs++
			if first[st.Present[i]] <= first[st.Present[j]] {
				ordered++
			}
		}
	}
	presence := float64(len(st.Present)) / float64(len(Phases()))
	order := 0.0
	if pairs > 0 {
		order = float64(ordered) / float64(pairs)
	}
	st.InOrder = pairs > 0 && ordered == pairs
	st.Score = int(100*(presence+order*presence)/2 + 0.5)
	var missing []string
	for _, ph := range Phases() {
		if _, ok := first[ph]; !ok {
			missing = append(missing, PhaseName(ph))
		}
	}
	switch {
	case len(st.Present) == 0:
		st.Note = "看不出回答的层次:先稳住情绪、承担责任,再解决问题,最后跟进改进。"
	case len(missing) > 0:
		st.Note = "缺少“" + strings.Join(missing, "”“") + "”这一层。"
	case !st.InOrder:
		st.Note = "层次顺序有些乱:先稳情绪、担责任,再处理,最后跟进改进。"
	default:
		st.Note = "层次清楚:先稳情绪、担责任,再处理,最后跟进改进。"
	}
	return st
}

// scoreAnswerLength rates the answer's length against what fits the answer time
// at 200–250 spoken characters a minute. Full marks run from 45% of the
// slow-rate length up to 120% of the fast-rate length; below, the score rises
// from nothing at 5%.
func scoreAnswerLength(answer string, seconds int) LengthScore {
	n := 0
	for _, r := range answer {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	ls := LengthScore{
		Chars:       n,
		Seconds:     int(float64(n)*60/float64((SpeechMinPerMinute+SpeechMaxPerMinute)/2) + 0.5),
		TimeSeconds: seconds,
		MinChars:    SpeechMinPerMinute * seconds / 60,
		MaxChars:    SpeechMaxPerMinute * seconds / 60,
	}
	low := 0.45 * float64(ls.MinChars)
	high := 1.2 * float64(ls.MaxChars)
	floor := 0.05 * float64(ls.MinChars)
	switch x := float64(n); {
	case x <= floor:
		ls.Score = 0
		ls.Note = "回答太短,几乎没有展开。"
	case x < low:
		ls.Score = int(100*(x-floor)/(low-floor) + 0.5)
		ls.Note = fmt.Sprintf("回答偏短:约 %d 字,规定时间内可以讲 %d–%d 字。", n, ls.MinChars, ls.MaxChars)
	case x <= high:
		ls.Score = 100
		ls.Note = fmt.Sprintf("长度合适:约 %d 字,讲出来约 %d 秒。", n, ls.Seconds)
	default:
		over := (x - high) / high
		ls.Score = max(40, int(100*(1-over)+0.5))
		ls.Note = fmt.Sprintf("回答偏长:约 %d 字,讲完约 %d 秒,超过了 %d 秒。", n, ls.Seconds, seconds)
	}
	return ls
}

// interviewAdvice turns a result into a few lines of advice.
func interviewAdvice(res *InterviewResult) []string {
	advice := []string{}
	for _, p := range res.Points {
		if !p.Hit && p.Required {
			advice = append(advice, "必答要点没有答到:"+p.Text)
		}
	}
	for _, t := range res.Traps {
		if t.Advice != "" {
			advice = append(advice, t.Advice)
		} else {
			advice = append(advice, "避免:"+t.Text)
		}
	}
	if res.Structure.Score < 70 {
		advice = append(advice, res.Structure.Note)
	}
	if res.Length.Score < 70 {
		advice = append(advice, res.Length.Note)
	}
	return advice
}

// InterviewAttempt is one stored answer to a question with its result.
type InterviewAttempt struct {
	ID         string           `json:"id"`
	QuestionID string           `json:"question"`
	Title      string           `json:"title"`
	Category   string           `json:"category"`
	User       string           `json:"user,omitempty"`
	Answer     string           `json:"answer"`
	Seconds    int              `json:"seconds"` // time the candidate took, 0 when unknown
	Speech     bool             `json:"speech,omitempty"`
	CreatedAt  time.Time        `json:"created_at"`
	Score      int              `json:"score"`
	Result     *InterviewResult `json:"result"`
}

// InterviewAttemptSummary is a line in the list of past attempts.
type InterviewAttemptSummary struct {
	ID         string    `json:"id"`
	QuestionID string    `json:"question"`
	Title      string    `json:"title"`
	Category   string    `json:"category"`
	User       string    `json:"user,omitempty"`
	CreatedAt  time.Time `json:"created_at"`
	Score      int       `json:"score"`
	Seconds    int       `json:"seconds"`
}

// InterviewFilter narrows ListAttempts.
type InterviewFilter struct {
	User     string // "" for all users
	Question string // "" for all questions
	Limit    int    // 0 for a default of 100
}

// InterviewSubmission is a candidate's answer as the page or CLI sends it.
type InterviewSubmission struct {
	QuestionID string `json:"question"`
	Answer     string `json:"answer"`
	User       string `json:"user,omitempty"`
	Seconds    int    `json:"seconds,omitempty"`
	Speech     bool   `json:"speech,omitempty"`
}

// QuestionSource lists and finds interview questions. Implemented by the
// scenarios package.
type QuestionSource interface {
	// Questions returns every question, ordered by category then ID.
	Questions(ctx context.Context) ([]*Question, error)
	// Question returns one question. ENOTFOUND when missing.
	Question(ctx context.Context, id string) (*Question, error)
	// CommonTraps returns the traps every question shares.
	CommonTraps(ctx context.Context) ([]Trap, error)
}

// InterviewStore persists interview attempts.
type InterviewStore interface {
	// CreateAttempt stores an attempt. EINVALID on a missing ID or question; ECONFLICT on a duplicate ID.
	CreateAttempt(ctx context.Context, a *InterviewAttempt) error
	// FindAttempt returns one attempt with its result. ENOTFOUND when missing.
	FindAttempt(ctx context.Context, id string) (*InterviewAttempt, error)
	// ListAttempts returns summaries, newest first.
	ListAttempts(ctx context.Context, f InterviewFilter) ([]InterviewAttemptSummary, error)
}

// InterviewService is what the web and CLI layers use for interview practice.
type InterviewService interface {
	// Questions returns the public part of every question, ordered by category then ID.
	Questions(ctx context.Context) ([]QuestionInfo, error)
	// Question returns the public part of one question. ENOTFOUND when missing.
	Question(ctx context.Context, id string) (QuestionInfo, error)
	// Score scores an answer without storing it. ENOTFOUND for an unknown
	// question; EINVALID for an empty or oversized answer.
	Score(ctx context.Context, questionID, answer string) (*InterviewResult, error)
	// Submit scores an answer and stores the attempt. Errors as Score.
	Submit(ctx context.Context, sub InterviewSubmission) (*InterviewAttempt, error)
	// Attempt returns a stored attempt. ENOTFOUND when missing.
	Attempt(ctx context.Context, id string) (*InterviewAttempt, error)
	// Attempts lists stored attempts, newest first.
	Attempts(ctx context.Context, f InterviewFilter) ([]InterviewAttemptSummary, error)
}

// Interviewer runs interview practice: it scores answers against the
// question bank and stores attempts. It implements InterviewService.
type Interviewer struct {
	// Bank supplies the questions. Required.
	Bank QuestionSource
	// Store keeps attempts; nil means attempts are scored but not kept.
	Store InterviewStore
	// Now returns the current time; defaults to time.Now.
	Now func() time.Time
	// NewID returns a fresh attempt ID; defaults to a random hex ID.
	NewID func() string
}

var _ InterviewService = (*Interviewer)(nil)

// Questions returns the public part of every question.
func (iv *Interviewer) Questions(ctx context.Context) ([]QuestionInfo, error) {
	qs, err := iv.Bank.Questions(ctx)
	if err != nil {
		return nil, err
	}
	infos := make([]QuestionInfo, 0, len(qs))
	for _, q := range qs {
		infos = append(infos, q.Info())
	}
	return infos, nil
}

// Question returns the public part of one question. ENOTFOUND when missing.
func (iv *Interviewer) Question(ctx context.Context, id string) (QuestionInfo, error) {
	q, err := iv.Bank.Question(ctx, id)
	if err != nil {
		return QuestionInfo{}, err
	}
	return q.Info(), nil
}

// Score scores an answer without storing it.
func (iv *Interviewer) Score(ctx context.Context, questionID, answer string) (*InterviewResult, error) {
	q, err := iv.Bank.Question(ctx, questionID)
	if err != nil {
		return nil, err
	}
	common, err := iv.Bank.CommonTraps(ctx)
	if err != nil {
		return nil, err
	}
	return ScoreAnswer(q, common, answer)
}

// Submit scores an answer and stores the attempt when a store is set.
func (iv *Interviewer) Submit(ctx context.Context, sub InterviewSubmission) (*InterviewAttempt, error) {
	if sub.Seconds < 0 || sub.Seconds > 24*3600 {
		return nil, Errorf(EINVALID, "用时 %d 秒不合理。", sub.Seconds)
	}
	if utf8.RuneCountInString(sub.User) > 100 {
		return nil, Errorf(EINVALID, "用户名太长。")
	}
	q, err := iv.Bank.Question(ctx, sub.QuestionID)
	if err != nil {
		return nil, err
	}
	res, err := iv.Score(ctx, sub.QuestionID, sub.Answer)
	if err != nil {
		return nil, err
	}
	now, newID := iv.Now, iv.NewID
	if now == nil {
		now = time.Now
	}
	if newID == nil {
		newID = newAttemptID
	}
	a := &InterviewAttempt{
		ID: newID(), QuestionID: q.ID, Title: q.Title, Category: q.Category,
		User: sub.User, Answer: sub.Answer, Seconds: sub.Seconds, Speech: sub.Speech,
		CreatedAt: now().UTC(), Score: res.Score, Result: res,
	}
	if iv.Store != nil {
		if err := iv.Store.CreateAttempt(ctx, a); err != nil {
			return nil, fmt.Errorf("store attempt: %w", err)
		}
	}
	return a, nil
}

// Attempt returns a stored attempt. ENOTFOUND when missing or when no store is set.
func (iv *Interviewer) Attempt(ctx context.Context, id string) (*InterviewAttempt, error) {
	if iv.Store == nil {
		return nil, Errorf(ENOTFOUND, "找不到答题记录 %s。", id)
	}
	return iv.Store.FindAttempt(ctx, id)
}

// Attempts lists stored attempts, newest first; empty when no store is set.
func (iv *Interviewer) Attempts(ctx context.Context, f InterviewFilter) ([]InterviewAttemptSummary, error) {
	if iv.Store == nil {
		return []InterviewAttemptSummary{}, nil
	}
	return iv.Store.ListAttempts(ctx, f)
}

// newAttemptID returns 16 random hex digits.
func newAttemptID() string {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		// crypto/rand does not fail on supported platforms; fall back to time.
		return strconv.FormatInt(time.Now().UnixNano(), 16)
	}
	return hex.EncodeToString(b[:])
}

// Spearman returns the Spearman rank correlation of x and y (ties get their
// average rank). It returns 0 when the lengths differ, there are fewer than
// two values, or either list is constant.
func Spearman(x, y []float64) float64 {
	if len(x) != len(y) || len(x) < 2 {
		return 0
	}
	rx, ry := spearmanRanks(x), spearmanRanks(y)
	return pearsonCorrelation(rx, ry)
}

// spearmanRanks returns the 1-based spearmanRanks of v, ties averaged.
func spearmanRanks(v []float64) []float64 {
	idx := make([]int, len(v))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return v[idx[a]] < v[idx[b]] })
	r := make([]float64, len(v))
	for i := 0; i < len(idx); {
		j := i
		for j+1 < len(idx) && v[idx[j+1]] == v[idx[i]] {
			j++
		}
		avg := float64(i+j)/2 + 1
		for k := i; k <= j; k++ {
			r[idx[k]] = avg
		}
		i = j + 1
	}
	return r
}

// pearsonCorrelation returns the Pearson correlation of x and y, 0 when either is constant.
func pearsonCorrelation(x, y []float64) float64 {
	n := float64(len(x))
	var mx, my float64
	for i := range x {
		mx += x[i]
		my += y[i]
	}
	mx /= n
	my /= n
	var sxy, sxx, syy float64
	for i := range x {
		dx, dy := x[i]-mx, y[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	if sxx == 0 || syy == 0 {
		return 0
	}
	return sxy / math.Sqrt(sxx*syy)
}
