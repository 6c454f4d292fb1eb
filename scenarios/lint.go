package scenarios

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"

	"receptioncoach/coach"
)

// MaxStoryRunes is the longest story beat lint accepts, in characters.
const MaxStoryRunes = 200

// MaxReachableTrust is the highest min_trust lint accepts for a hidden fact:
// above it the fact practically never comes out.
const MaxReachableTrust = 90

// schemaJSON is the JSON Schema of the scenario format (go:embed needs a
// package-level variable; it is never written).
//
//go:embed schema.json
var schemaJSON []byte

// Schema returns the JSON Schema (draft 2020-12) of the scenario format, for
// editors: a copy the caller may keep.
func Schema() []byte { return append([]byte(nil), schemaJSON...) }

// CaseClass is one class of petition matter (DOMAIN.md §4).
type CaseClass struct {
	Key  string `json:"key"`
	Name string `json:"name"`
}

// Cases returns the known case classes in display order.
func Cases() []CaseClass {
	return []CaseClass{
		{"land_contract", "土地承包"},
		{"demolition", "征收拆迁补偿"},
		{"pension", "养老保险、养老金"},
		{"heating", "供暖"},
		{"wages", "拖欠工资"},
		{"dibao", "低保"},
		{"sent_down", "下放、精简、知青政策"},
		{"neighbour", "邻里纠纷"},
		{"litigation", "涉法涉诉"},
		{"other_office", "属于其他部门的事"},
		{"consultation", "政策咨询"},
		{"property", "物业"},
		{"medical", "医疗"},
		{"education", "教育"},
		{"other", "其他"},
	}
}

// KnownCase reports whether key is a case class.
func KnownCase(key string) bool {
	for _, c := range Cases() {
		if c.Key == key {
			return true
		}
	}
	return false
}

// Slots returns the slot names a line may use (without braces); {said} and
// {key} serve second visits and group visits.
func Slots() []string {
	return []string{"name", "age", "home", "office", "date", "goal", "owner", "missing", "fact", "said", "key"}
}

// Endings returns the talk endings a test may expect.
func Endings() []string {
	return []string{coach.EndingSatisfied, coach.EndingDate, coach.EndingStormOut, coach.EndingEscalate, coach.EndingOpen}
}

// ViolationCodes returns the violation codes a test may name.
func ViolationCodes() []string {
	return []string{coach.ViolationRude, coach.ViolationFalsePromise, coach.ViolationBuckPassing, coach.ViolationConfront,
		coach.ViolationBuyPeace, coach.ViolationOfficialese, coach.ViolationAcceptGift, coach.ViolationInconsistent}
}

// voiceOptionalIntents are intents a persona voice file may leave out: those
// used only by group visits and second visits, which their scenarios supply.
func voiceOptionalIntents() []string { return []string{"group_reps", "group_noise", "recall"} }

// requiredSlots are slots without which an intent's line loses its content.
func requiredSlots() map[string]string {
	return map[string]string{"fact": "fact", "summary_missing": "missing", "referral_ok": "office", "date_ok": "date", "leave_date": "date"}
}

// onlySlots are slots filled only in one intent's lines.
func onlySlots() map[string]string {
	return map[string]string{"fact": "fact", "missing": "summary_missing"}
}

// LintPaths lints files and folders. A folder stands for the .yaml and .yml
// files directly inside it and those in its personas/ subfolder (linted as
// persona voice files). Problems come per path in the order given, sorted by
// position inside a file; duplicate scenario ids across the files are
// reported at the second one. Unreadable paths are problems, not errors.
func LintPaths(paths []string) []Problem {
	var out []Problem
	type seen struct {
		file      string
		line, col int
	}
	ids := map[string]seen{}
	for _, f := range expandPaths(paths, &out) {
		data, err := readFileLimited(f.path)
		if err != nil {
			out = append(out, Problem{File: f.path, Line: 1, Col: 1, Message: "cannot read: " + errMessage(err)})
			continue
		}
		res := lintFile(f.path, data, f.voice)
		if res.id != "" {
			if first, ok := ids[res.id]; ok {
				res.problems = append(res.problems, Problem{File: f.path, Line: res.idLine, Col: res.idCol,
					Message: fmt.Sprintf("duplicate scenario id %q (also in %s:%d:%d)", res.id, first.file, first.line, first.col)})
				sortProblems(res.problems)
			} else {
				ids[res.id] = seen{f.path, res.idLine, res.idCol}
			}
		}
		out = append(out, res.problems...)
	}
	return out
}

// Lint checks one file, a scenario or a persona voice file (told apart by
// its keys), and returns every problem found, sorted by position.
func Lint(name string, data []byte) []Problem {
	return lintFile(name, data, false).problems
}

// lintTarget is one file to lint.
type lintTarget struct {
	path  string
	voice bool
}

func expandPaths(paths []string, problems *[]Problem) []lintTarget {
	var out []lintTarget
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			*problems = append(*problems, Problem{File: p, Line: 1, Col: 1, Message: "cannot read: " + errMessage(err)})
			continue
		}
		if !info.IsDir() {
			out = append(out, lintTarget{path: p, voice: filepath.Base(filepath.Dir(p)) == "personas"})
			continue
		}
		files, err := yamlFiles(p)
		if err != nil {
			*problems = append(*problems, Problem{File: p, Line: 1, Col: 1, Message: "cannot read folder: " + errMessage(err)})
			continue
		}
		for _, f := range files {
			out = append(out, lintTarget{path: f})
		}
		voiceDir := filepath.Join(p, "personas")
		if vi, err := os.Stat(voiceDir); err == nil && vi.IsDir() {
			voices, err := yamlFiles(voiceDir)
			if err != nil {
				*problems = append(*problems, Problem{File: voiceDir, Line: 1, Col: 1, Message: "cannot read folder: " + errMessage(err)})
				continue
			}
			for _, f := range voices {
				out = append(out, lintTarget{path: f, voice: true})
			}
		}
	}
	return out
}

// readFileLimited reads at most MaxFileSize+1 bytes of a file, so that an
// oversized file is reported without being read whole.
func readFileLimited(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, MaxFileSize+1))
}

// yamlFiles lists the .yaml and .yml files directly inside dir, sorted.
func yamlFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if e.IsDir() || !isYAML(e.Name()) {
			continue
		}
		out = append(out, filepath.Join(dir, e.Name()))
	}
	sort.Strings(out)
	return out, nil
}

// errMessage strips the path an *os.PathError repeats.
func errMessage(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// lintResult is what linting one file found.
type lintResult struct {
	problems      []Problem
	id            string // the scenario id, "" for voice files and unreadable ones
	idLine, idCol int
}

// linter collects the problems of one file.
type linter struct {
	name     string
	ix       *yamlIndex
	problems []Problem
}

func (l *linter) at(line, col int, format string, args ...any) {
	l.problems = append(l.problems, Problem{File: l.name, Line: line, Col: col, Message: fmt.Sprintf(format, args...)})
}

// atKey reports a problem at the key of path.
func (l *linter) atKey(path, format string, args ...any) {
	line, col := l.ix.key(path)
	l.at(line, col, format, args...)
}

// atVal reports a problem at the value of path.
func (l *linter) atVal(path, format string, args ...any) {
	line, col := l.ix.val(path)
	l.at(line, col, format, args...)
}

func lintFile(name string, data []byte, voiceHint bool) lintResult {
	l := &linter{name: name, ix: newYAMLIndex(nil)}
	if _, err := checkText(data); err != nil {
		l.at(1, 1, "%s", err.Error())
		return lintResult{problems: l.problems}
	}
	f, err := parser.ParseBytes(data, 0)
	if err != nil {
		p := yamlProblem(name, err)
		return lintResult{problems: []Problem{p}}
	}
	l.ix = newYAMLIndex(f)
	if len(f.Docs) > 1 {
		line, col := 1, 1
		if d := f.Docs[1]; d != nil {
			tk := d.Start
			if tk == nil && d.Body != nil {
				tk = startToken(d.Body)
			}
			if q := tokenPos(tk); q.line > 0 {
				line, col = q.line, q.col
			}
		}
		l.at(line, col, "only one scenario per file: a second YAML document starts here")
	}
	var body ast.Node
	if len(f.Docs) > 0 {
		body = f.Docs[0].Body
	}
	if mappingEntries(body) == nil {
		l.at(1, 1, "the file must be a YAML mapping (keys such as id, persona, title)")
		return lintResult{problems: l.problems}
	}
	if voiceHint || looksLikeVoice(body) {
		l.lintVoice(body, data)
		sortProblems(l.problems)
		return lintResult{problems: l.problems}
	}
	res := l.lintScenario(body, data)
	sortProblems(l.problems)
	res.problems = l.problems
	return res
}

// checkText rejects what readLimited rejects: oversized, binary, non-UTF-8 and empty files.
func checkText(data []byte) ([]byte, error) {
	return readLimited(strings.NewReader(string(data)))
}

// looksLikeVoice reports whether a document's top-level keys are those of a
// persona voice file: lines, no id, nothing but persona, mood and lines.
func looksLikeVoice(body ast.Node) bool {
	hasLines := false
	for _, mv := range mappingEntries(body) {
		switch keyText(mv) {
		case "lines":
			hasLines = true
		case "persona", "mood":
		default:
			return false
		}
	}
	return hasLines
}

func sortProblems(ps []Problem) {
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].Line != ps[j].Line {
			return ps[i].Line < ps[j].Line
		}
		return ps[i].Col < ps[j].Col
	})
}

// decodeInto reports unknown fields (all of them) and decodes leniently, so
// that the remaining checks run even when a key is misspelt. It returns
// false when the value could not be decoded at all.
func (l *linter) decodeInto(body ast.Node, data []byte, v any) bool {
	unknownFields(body, reflect.TypeOf(v), "", func(path, key string) {
		l.atKey(path, "unknown field %q", key)
	})
	if err := yaml.Unmarshal(data, v); err != nil {
		var ue *yaml.UnknownFieldError
		if errors.As(err, &ue) {
			return true
		}
		p := yamlProblem(l.name, err)
		l.problems = append(l.problems, p)
		return false
	}
	return true
}

func (l *linter) lintScenario(body ast.Node, data []byte) lintResult {
	var sc coach.Scenario
	if !l.decodeInto(body, data, &sc) {
		return lintResult{}
	}
	res := lintResult{id: strings.TrimSpace(sc.ID)}
	res.idLine, res.idCol = l.ix.val("id")
	if err := sc.Validate(); err != nil {
		for _, m := range validationMessages(err) {
			if p, isKey := validationPath(m, l.ix); isKey {
				l.atKey(p, "%s", m)
			} else {
				l.atVal(p, "%s", m)
			}
		}
	}
	if sc.ID != "" {
		base := filepath.Base(l.name)
		if stem := strings.TrimSuffix(base, filepath.Ext(base)); isYAML(base) && stem != sc.ID {
			l.atVal("id", "id %q differs from the file name %q: name the file %s.yaml", sc.ID, base, sc.ID)
		}
	}
	l.lintPublic(&sc)
	l.lintDemands(&sc)
	l.lintFacts(&sc)
	l.lintLines(&sc)
	l.lintTests(&sc)
	return res
}

// validationMessages splits a Validate error into its messages.
func validationMessages(err error) []string {
	msg := coach.ErrorMessage(err)
	if i := strings.Index(msg, ": "); i >= 0 && strings.HasPrefix(msg, "scenario ") {
		msg = msg[i+2:]
	}
	return strings.Split(msg, "; ")
}

var indexedPathRE = regexp.MustCompile(`^[a-z_]+(\[[0-9]+\])?(\.[a-z_]+(\[[0-9]+\])?)*$`)

// validationPath guesses the YAML path a Validate message is about and
// whether to point at its key rather than its value: "facts[2]: id is
// required" → facts[2].id, "lines: unknown intent \"x\"" → the key lines.x,
// "stance \"maybe\" must be …" → stance.
func validationPath(msg string, ix *yamlIndex) (string, bool) {
	if head, rest, ok := strings.Cut(msg, ": "); ok && indexedPathRE.MatchString(head) {
		if q := quoted(rest); q != "" && ix.has(head+"."+q) {
			return head + "." + q, true
		}
		if m := fieldInMessageRE.FindStringSubmatch(rest); m != nil {
			f := m[1] + m[2]
			if ix.has(head + "." + f) {
				return head + "." + f, false
			}
		}
		return head, false
	}
	switch {
	case strings.HasPrefix(msg, "unknown persona"):
		return "persona", false
	case strings.HasPrefix(msg, "mood"):
		return "mood", true
	}
	word := msg
	if i := strings.IndexAny(word, " :"); i >= 0 {
		word = word[:i]
	}
	if indexedPathRE.MatchString(word) {
		return word, false
	}
	return "", false
}

// fieldInMessageRE finds the field a message names: "id is required",
// "duplicate id".
var fieldInMessageRE = regexp.MustCompile(`^(?:([a-z_]+) is required|duplicate ([a-z_]+))`)

var quotedRE = regexp.MustCompile(`"([^"]*)"`)

func quoted(s string) string {
	if m := quotedRE.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	return ""
}

func (l *linter) lintPublic(sc *coach.Scenario) {
	if sc.Case == "" {
		l.atKey("case", "case is empty: choose one of %s", caseList())
	} else if !KnownCase(sc.Case) {
		l.atVal("case", "unknown case %q: choose one of %s", sc.Case, caseList())
	}
	for _, f := range []struct{ key, val, why string }{
		{"summary", sc.Summary, "one public line for the scenario list"},
		{"owner", sc.Owner, "the office that owns the matter"},
		{"goal", sc.Goal, "the demand in the visitor's own words"},
	} {
		if strings.TrimSpace(f.val) == "" && !(f.key == "owner" && sc.Stance == coach.StanceNotOurs) {
			l.atKey(f.key, "%s is empty: write %s", f.key, f.why)
		}
	}
}

func caseList() string {
	keys := make([]string, 0, len(Cases()))
	for _, c := range Cases() {
		keys = append(keys, c.Key)
	}
	return strings.Join(keys, ", ")
}

func (l *linter) lintDemands(sc *coach.Scenario) {
	ids := map[string]bool{}
	for i, d := range sc.Demands {
		p := fmt.Sprintf("demands[%d]", i)
		switch {
		case strings.TrimSpace(d.ID) == "":
			l.atVal(p, "%s: id is required", p)
		case ids[d.ID]:
			l.atVal(p+".id", "%s: duplicate demand id %q", p, d.ID)
		}
		ids[d.ID] = true
		if len(d.Keys) == 0 {
			l.atVal(p, "%s: a demand needs keys (2–5 words a restatement would use)", p)
		}
		for j, k := range d.Keys {
			kp := fmt.Sprintf("%s.keys[%d]", p, j)
			l.checkWord(kp, k, "key")
		}
	}
}

// checkWord reports empty and one-character match words.
func (l *linter) checkWord(path, w, what string) {
	switch n := utf8.RuneCountInString(strings.TrimSpace(w)); {
	case n == 0:
		l.atVal(path, "%s: empty %s", path, what)
	case n == 1:
		l.atVal(path, "%s: %s %q is one character and matches almost any line; use two characters or more", path, what, w)
	}
}

func (l *linter) lintFacts(sc *coach.Scenario) {
	for i, f := range sc.Facts {
		p := fmt.Sprintf("facts[%d]", i)
		for j, w := range f.Ask {
			l.checkWord(fmt.Sprintf("%s.ask[%d]", p, j), w, "ask word")
		}
		if f.MinTrust < 0 || f.MinTrust > 100 {
			l.atVal(p+".min_trust", "%s: min_trust %d must be within 0–100", p, f.MinTrust)
		} else if f.Hidden && f.MinTrust > MaxReachableTrust {
			l.atVal(p+".min_trust", "%s: min_trust %d is above %d: the fact practically never comes out", p, f.MinTrust, MaxReachableTrust)
		}
		l.checkSlots(p+".text", f.Text, "fact text")
		l.checkSlots(p+".evasive", f.Evasive, "evasive")
	}
}

func (l *linter) lintLines(sc *coach.Scenario) {
	for i, s := range sc.Opening {
		l.checkSlots(fmt.Sprintf("opening[%d]", i), s, "opening")
	}
	for i, s := range sc.Story {
		p := fmt.Sprintf("story[%d]", i)
		l.checkSlots(p, s, "story")
		if n := utf8.RuneCountInString(s); n > MaxStoryRunes {
			l.atVal(p, "%s: a story beat of %d characters is too long (at most %d); split it", p, n, MaxStoryRunes)
		}
	}
	l.checkIntentLines(sc.Lines, false)
}

// checkIntentLines checks the lines of each intent: known intent, slots.
func (l *linter) checkIntentLines(lines map[string][]string, voice bool) {
	intents := make([]string, 0, len(lines))
	for k := range lines {
		intents = append(intents, k)
	}
	sort.Strings(intents)
	req := requiredSlots()
	for _, intent := range intents {
		p := "lines." + intent
		if !coach.KnownIntent(intent) {
			if voice { // a scenario's unknown intents are reported by Validate
				l.atKey(p, "unknown intent %q", intent)
			}
			continue
		}
		if len(lines[intent]) == 0 {
			l.atKey(p, "%s: no lines", p)
		}
		for i, s := range lines[intent] {
			lp := fmt.Sprintf("%s[%d]", p, i)
			if strings.TrimSpace(s) == "" {
				l.atVal(lp, "%s: empty line", lp)
				continue
			}
			l.checkSlots(lp, s, intent)
			if slot, ok := req[intent]; ok && !strings.Contains(s, "{"+slot+"}") {
				l.atVal(lp, "%s: a %s line needs the slot {%s}", lp, intent, slot)
			}
		}
	}
}

var slotRE = regexp.MustCompile(`\{([^{}\s]{0,20})\}`)

// slotNames returns the slot names used in s, in order.
func slotNames(s string) []string {
	var out []string
	for _, m := range slotRE.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out
}

// checkSlots reports unknown slots and slots that are never filled where
// they stand. intent is the intent the line belongs to ("opening", "story",
// "evasive" for those fields).
func (l *linter) checkSlots(path, s, intent string) {
	known := map[string]bool{}
	for _, k := range Slots() {
		known[k] = true
	}
	only := onlySlots()
	for _, name := range slotNames(s) {
		switch {
		case !known[name]:
			l.atVal(path, "%s: unknown slot {%s}; known slots: {%s}", path, name, strings.Join(Slots(), "} {"))
		case only[name] != "" && only[name] != intent:
			l.atVal(path, "%s: slot {%s} is only filled in %s lines", path, name, only[name])
		}
	}
}

func (l *linter) lintTests(sc *coach.Scenario) {
	facts := map[string]bool{}
	for _, f := range sc.Facts {
		facts[f.ID] = true
	}
	names := map[string]bool{}
	for i, tt := range sc.Tests {
		p := fmt.Sprintf("tests[%d]", i)
		switch {
		case strings.TrimSpace(tt.Name) == "":
			l.atVal(p, "%s: name is required", p)
		case names[tt.Name]:
			l.atVal(p+".name", "%s: duplicate test name %q", p, tt.Name)
		}
		names[tt.Name] = true
		if len(tt.Lines) == 0 {
			l.atVal(p, "%s: a test talk needs lines", p)
		}
		for j, s := range tt.Lines {
			lp := fmt.Sprintf("%s.lines[%d]", p, j)
			if strings.TrimSpace(s) == "" {
				l.atVal(lp, "%s: empty line", lp)
			} else if n := utf8.RuneCountInString(s); n > coach.MaxLineRunes {
				l.atVal(lp, "%s: a line of %d characters is longer than %d", lp, n, coach.MaxLineRunes)
			}
		}
		l.lintExpect(p+".expect", tt.Expect, facts)
	}
}

func (l *linter) lintExpect(p string, e coach.TestExpect, facts map[string]bool) {
	if e.Ending != "" && !contains(Endings(), e.Ending) {
		l.atVal(p+".ending", "%s.ending: unknown ending %q; one of %s", p, e.Ending, strings.Join(Endings(), ", "))
	}
	for i, v := range e.Violations {
		if !contains(ViolationCodes(), v) {
			l.atVal(fmt.Sprintf("%s.violations[%d]", p, i), "%s.violations: unknown violation code %q; one of %s", p, v, strings.Join(ViolationCodes(), ", "))
		}
	}
	if e.NoViolations && len(e.Violations) > 0 {
		l.atKey(p+".no_violations", "%s: no_violations contradicts the violations listed", p)
	}
	for i, id := range e.RevealedFacts {
		if !facts[id] {
			l.atVal(fmt.Sprintf("%s.revealed[%d]", p, i), "%s.revealed: no fact with id %q", p, id)
		}
	}
	l.checkRange(p+".anger", e.Anger)
	l.checkRange(p+".trust", e.Trust)
	l.checkRange(p+".overall", e.Overall)
	stages := make([]string, 0, len(e.Stages))
	for k := range e.Stages {
		stages = append(stages, string(k))
	}
	sort.Strings(stages)
	for _, k := range stages {
		sp := p + ".stages." + k
		if !coach.Stage(k).Valid() {
			l.atKey(sp, "%s.stages: unknown stage %q; one of %s", p, k, stageList())
			continue
		}
		l.checkRange(sp, e.Stages[coach.Stage(k)])
	}
}

func (l *linter) checkRange(p string, r *coach.Range) {
	if r == nil {
		return
	}
	for _, b := range []struct {
		name string
		v    *int
	}{{"min", r.Min}, {"max", r.Max}} {
		if b.v != nil && (*b.v < 0 || *b.v > 100) {
			l.atVal(p+"."+b.name, "%s.%s: %d is outside 0–100", p, b.name, *b.v)
		}
	}
	if r.Min != nil && r.Max != nil && *r.Min > *r.Max {
		l.atVal(p, "%s: min %d is above max %d", p, *r.Min, *r.Max)
	}
}

func stageList() string {
	var s []string
	for _, st := range coach.Stages() {
		s = append(s, string(st))
	}
	return strings.Join(s, ", ")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (l *linter) lintVoice(body ast.Node, data []byte) {
	var v PersonaVoice
	if !l.decodeInto(body, data, &v) {
		return
	}
	if !v.Persona.Valid() {
		l.atVal("persona", "unknown persona %q", v.Persona)
	}
	if v.Mood.Anger < 0 || v.Mood.Anger > 100 || v.Mood.Trust < 0 || v.Mood.Trust > 100 {
		l.atKey("mood", "mood anger and trust must be within 0–100")
	}
	l.checkIntentLines(v.Lines, true)
	var missing []string
	for name := range coach.Intents() {
		if _, ok := v.Lines[name]; !ok && !contains(voiceOptionalIntents(), name) {
			missing = append(missing, name)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		l.atKey("lines", "lines: missing intents %s (a voice file needs lines for every intent but %s)",
			strings.Join(missing, ", "), strings.Join(voiceOptionalIntents(), ", "))
	}
}

// ---- positions ----

// yamlIndex maps the paths of a YAML document ("facts[2].ask[0]",
// "lines.press") to positions, so that a problem found in the decoded value
// is reported at the line and column it comes from.
type yamlIndex struct {
	keys  map[string]pos // position of a mapping key
	vals  map[string]pos // position of a value or sequence item
	kinds map[string]ast.NodeType
}

// pos is a 1-based line and column.
type pos struct{ line, col int }

// newYAMLIndex indexes the first document of a parsed file (nil for an empty index).
func newYAMLIndex(f *ast.File) *yamlIndex {
	ix := &yamlIndex{keys: map[string]pos{}, vals: map[string]pos{}, kinds: map[string]ast.NodeType{}}
	if f == nil || len(f.Docs) == 0 {
		return ix
	}
	ix.walk(f.Docs[0].Body, "")
	return ix
}

func tokenPos(tk *token.Token) pos {
	if tk == nil || tk.Position == nil {
		return pos{}
	}
	return pos{tk.Position.Line, tk.Position.Column}
}

// unwrap skips tags and anchors to the node they decorate.
func unwrap(n ast.Node) ast.Node {
	for n != nil {
		switch v := n.(type) {
		case *ast.TagNode:
			n = v.Value
		case *ast.AnchorNode:
			n = v.Value
		default:
			return n
		}
	}
	return nil
}

// mappingEntries returns the key/value pairs of a mapping node (or of a
// single key/value node); nil for anything else.
func mappingEntries(n ast.Node) []*ast.MappingValueNode {
	switch v := unwrap(n).(type) {
	case *ast.MappingNode:
		return v.Values
	case *ast.MappingValueNode:
		return []*ast.MappingValueNode{v}
	}
	return nil
}

func keyText(mv *ast.MappingValueNode) string {
	if mv.Key == nil {
		return ""
	}
	if tk := mv.Key.GetToken(); tk != nil {
		return tk.Value
	}
	return mv.Key.String()
}

func joinPath(parent, key string) string {
	if parent == "" {
		return key
	}
	return parent + "." + key
}

func (ix *yamlIndex) walk(n ast.Node, path string) {
	n = unwrap(n)
	if n == nil {
		return
	}
	ix.kinds[path] = n.Type()
	if _, ok := ix.vals[path]; !ok {
		ix.vals[path] = tokenPos(startToken(n))
	}
	switch v := n.(type) {
	case *ast.MappingNode, *ast.MappingValueNode:
		for _, mv := range mappingEntries(v) {
			p := joinPath(path, keyText(mv))
			if mv.Key != nil {
				ix.keys[p] = tokenPos(mv.Key.GetToken())
			}
			if mv.Value != nil {
				ix.vals[p] = tokenPos(startToken(mv.Value))
			}
			ix.walk(mv.Value, p)
		}
	case *ast.SequenceNode:
		for i, item := range v.Values {
			p := path + "[" + strconv.Itoa(i) + "]"
			ix.vals[p] = tokenPos(startToken(item))
			ix.walk(item, p)
		}
	}
}

// startToken returns the token that marks where a value starts: for a block
// mapping its first key, else the node's own token.
func startToken(n ast.Node) *token.Token {
	n = unwrap(n)
	if n == nil {
		return nil
	}
	if m, ok := n.(*ast.MappingNode); ok && !m.IsFlowStyle && len(m.Values) > 0 && m.Values[0].Key != nil {
		return m.Values[0].Key.GetToken()
	}
	if mv, ok := n.(*ast.MappingValueNode); ok && mv.Key != nil {
		return mv.Key.GetToken()
	}
	return n.GetToken()
}

// key returns the position of the key at path, falling back to its value,
// then to the nearest enclosing path present, then to 1:1.
func (ix *yamlIndex) key(path string) (int, int) {
	for p := path; ; p = parentPath(p) {
		if q := ix.keys[p]; q.line > 0 {
			return q.line, q.col
		}
		if q := ix.vals[p]; q.line > 0 && p != "" {
			return q.line, q.col
		}
		if p == "" {
			return 1, 1
		}
	}
}

// val returns the position of the value at path, falling back like key.
func (ix *yamlIndex) val(path string) (int, int) {
	if q := ix.vals[path]; q.line > 0 && ix.kinds[path] != ast.NullType {
		return q.line, q.col
	}
	return ix.key(path)
}

// has reports whether path is present in the document.
func (ix *yamlIndex) has(path string) bool {
	_, ok := ix.kinds[path]
	return ok
}

// parentPath strips the last segment: "a.b[2]" → "a.b", "a.b" → "a", "a" → "".
func parentPath(p string) string {
	if strings.HasSuffix(p, "]") {
		if i := strings.LastIndexByte(p, '['); i >= 0 {
			return p[:i]
		}
	}
	if i := strings.LastIndexByte(p, '.'); i >= 0 {
		return p[:i]
	}
	return ""
}

// yamlFields returns the YAML keys of a struct type with their field types.
func yamlFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name := strings.ToLower(f.Name)
		if tag, ok := f.Tag.Lookup("yaml"); ok {
			if n, _, _ := strings.Cut(tag, ","); n == "-" {
				continue
			} else if n != "" {
				name = n
			}
		}
		out[name] = f.Type
	}
	return out
}

// unknownFields walks a YAML node against the Go type it decodes into and
// calls report for every mapping key the type does not have.
func unknownFields(n ast.Node, t reflect.Type, path string, report func(path, key string)) {
	n = unwrap(n)
	if n == nil {
		return
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Struct:
		fields := yamlFields(t)
		for _, mv := range mappingEntries(n) {
			k := keyText(mv)
			ft, ok := fields[k]
			if !ok {
				report(joinPath(path, k), k)
				continue
			}
			unknownFields(mv.Value, ft, joinPath(path, k), report)
		}
	case reflect.Map:
		for _, mv := range mappingEntries(n) {
			unknownFields(mv.Value, t.Elem(), joinPath(path, keyText(mv)), report)
		}
	case reflect.Slice:
		if s, ok := n.(*ast.SequenceNode); ok {
			for i, item := range s.Values {
				unknownFields(item, t.Elem(), path+"["+strconv.Itoa(i)+"]", report)
			}
		}
	}
}
