// Package scenarios holds the built-in practice scenarios and persona voice
// files (embedded YAML) and loads them, with a trainer's own folder on top.
package scenarios

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/goccy/go-yaml"

	"receptioncoach/coach"
)

//go:embed *.yaml personas/*.yaml
var builtinFS embed.FS

// MaxFileSize is the largest scenario file accepted.
const MaxFileSize = 1 << 20

// Builtin returns the embedded scenario files.
func Builtin() fs.FS { return builtinFS }

// Problem is one thing wrong in a scenario file, with its position when known.
type Problem struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Col     int    `json:"col"`
	Message string `json:"message"`
}

// String formats the problem as file:line:col: message.
func (p Problem) String() string {
	return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Col, p.Message)
}

// ParseError holds every problem found in one file.
type ParseError struct {
	Problems []Problem
}

// Error implements error.
func (e *ParseError) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// Parse decodes one scenario strictly (unknown fields are errors) and
// validates it. name is used in error positions.
func Parse(r io.Reader, name string) (*coach.Scenario, error) {
	data, err := readLimited(r)
	if err != nil {
		return nil, &ParseError{[]Problem{{File: name, Line: 1, Col: 1, Message: err.Error()}}}
	}
	var sc coach.Scenario
	if err := decodeStrict(data, &sc); err != nil {
		return nil, &ParseError{[]Problem{yamlProblem(name, err)}}
	}
	sc.File = name
	if err := sc.Validate(); err != nil {
		return nil, &ParseError{validationProblems(name, data, err)}
	}
	return &sc, nil
}

// LoadFile reads and parses one scenario file.
func LoadFile(filename string) (*coach.Scenario, error) {
	f, err := os.Open(filename)
	if err != nil {
		return nil, fmt.Errorf("open scenario: %w", err)
	}
	defer f.Close()
	return Parse(f, filename)
}

// PersonaVoice is a persona's default mood and lines, by intent.
type PersonaVoice struct {
	Persona coach.Persona       `yaml:"persona"`
	Mood    coach.Mood          `yaml:"mood"`
	Lines   map[string][]string `yaml:"lines"`
}

func parseVoice(data []byte, name string) (*PersonaVoice, error) {
	var v PersonaVoice
	if err := decodeStrict(data, &v); err != nil {
		return nil, &ParseError{[]Problem{yamlProblem(name, err)}}
	}
	if !v.Persona.Valid() {
		return nil, &ParseError{[]Problem{{File: name, Line: 1, Col: 1, Message: fmt.Sprintf("unknown persona %q", v.Persona)}}}
	}
	for intent := range v.Lines {
		if !coach.KnownIntent(intent) {
			return nil, &ParseError{[]Problem{{File: name, Line: 1, Col: 1, Message: fmt.Sprintf("unknown intent %q", intent)}}}
		}
	}
	return &v, nil
}

func readLimited(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("file is larger than %d bytes", MaxFileSize)
	}
	if bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) {
		return nil, errors.New("not a UTF-8 text file")
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New("file is empty")
	}
	return data, nil
}

func decodeStrict(data []byte, v any) error {
	return yaml.UnmarshalWithOptions(data, v, yaml.DisallowUnknownField())
}

// yamlProblem turns a go-yaml error into a positioned problem.
func yamlProblem(name string, err error) Problem {
	var ye yaml.Error
	if errors.As(err, &ye) {
		p := Problem{File: name, Line: 1, Col: 1, Message: ye.GetMessage()}
		if tk := ye.GetToken(); tk != nil && tk.Position != nil {
			p.Line, p.Col = tk.Position.Line, tk.Position.Column
		}
		return p
	}
	return Problem{File: name, Line: 1, Col: 1, Message: err.Error()}
}

// validationProblems splits a Validate error into problems, locating each at
// the field it names when it can.
func validationProblems(name string, data []byte, err error) []Problem {
	msg := coach.ErrorMessage(err)
	if i := strings.Index(msg, ": "); i >= 0 && strings.HasPrefix(msg, "scenario ") {
		msg = msg[i+2:]
	}
	var out []Problem
	for _, m := range strings.Split(msg, "; ") {
		line, col := locate(data, m)
		out = append(out, Problem{File: name, Line: line, Col: col, Message: m})
	}
	return out
}

// locate finds the position of the YAML key a validation message is about,
// e.g. "facts[2]: id is required" → the third item of facts.
func locate(data []byte, msg string) (int, int) {
	field := msg
	if i := strings.IndexAny(field, " :"); i >= 0 {
		field = field[:i]
	}
	switch {
	case strings.HasPrefix(msg, "unknown persona"):
		field = "persona"
	case strings.HasPrefix(msg, "stance"):
		field = "stance"
	case strings.HasPrefix(msg, "mood"):
		field = "mood"
	case strings.HasPrefix(msg, "owner"):
		field = "owner"
	case strings.HasPrefix(msg, "opening"):
		field = "opening"
	}
	p, err := yaml.PathString("$." + field)
	if err != nil {
		return 1, 1
	}
	node, err := p.ReadNode(bytes.NewReader(data))
	if err != nil || node == nil || node.GetToken() == nil || node.GetToken().Position == nil {
		return 1, 1
	}
	pos := node.GetToken().Position
	return pos.Line, pos.Column
}

// Library is the set of scenarios: the built-in ones plus, when Dir is set,
// the trainer's folder, re-read when its files change.
type Library struct {
	// Dir is the trainer's scenario folder ("" for built-ins only).
	Dir string

	mu       sync.Mutex
	voices   map[coach.Persona]*PersonaVoice
	builtin  []*coach.Scenario
	dirStamp string
	dirScs   []*coach.Scenario
	dirErrs  []error
}

// Open loads the built-in scenarios and persona voices, and the folder dir when not "".
func Open(dir string) (*Library, error) {
	l := &Library{Dir: dir, voices: map[coach.Persona]*PersonaVoice{}}
	voiceFiles, err := fs.Glob(builtinFS, "personas/*.yaml")
	if err != nil {
		return nil, fmt.Errorf("list persona files: %w", err)
	}
	for _, name := range voiceFiles {
		data, err := builtinFS.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		v, err := parseVoice(data, name)
		if err != nil {
			return nil, err
		}
		l.voices[v.Persona] = v
	}
	files, err := fs.Glob(builtinFS, "*.yaml")
	if err != nil {
		return nil, fmt.Errorf("list scenario files: %w", err)
	}
	for _, name := range files {
		f, err := builtinFS.Open(name)
		if err != nil {
			return nil, fmt.Errorf("open %s: %w", name, err)
		}
		sc, err := Parse(f, name)
		f.Close()
		if err != nil {
			return nil, err
		}
		l.builtin = append(l.builtin, l.complete(sc))
	}
	if dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("create scenario folder: %w", err)
		}
	}
	return l, nil
}

// Voice returns the persona's default voice.
func (l *Library) Voice(p coach.Persona) *PersonaVoice { return l.voices[p] }

// complete fills what a scenario leaves to its persona: the mood at the
// door and the lines for each intent (scenario lines first, then persona lines).
func (l *Library) complete(sc *coach.Scenario) *coach.Scenario {
	v := l.voices[sc.Persona]
	if v == nil {
		return sc
	}
	if sc.Mood == (coach.Mood{}) {
		sc.Mood = v.Mood
	}
	lines := make(map[string][]string, len(v.Lines))
	for intent, ls := range v.Lines {
		lines[intent] = append(lines[intent], ls...)
	}
	for intent, ls := range sc.Lines {
		lines[intent] = append(append([]string(nil), ls...), lines[intent]...)
	}
	sc.Lines = lines
	return sc
}

// Scenarios returns every scenario: built-ins, then the trainer's folder (a
// trainer's scenario with a built-in's ID replaces it). Sorted by persona order then ID.
func (l *Library) Scenarios(ctx context.Context) ([]*coach.Scenario, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.refreshDir()
	byID := map[string]*coach.Scenario{}
	for _, sc := range l.builtin {
		byID[sc.ID] = sc
	}
	for _, sc := range l.dirScs {
		byID[sc.ID] = sc
	}
	out := make([]*coach.Scenario, 0, len(byID))
	for _, sc := range byID {
		out = append(out, sc)
	}
	order := map[coach.Persona]int{}
	for i, p := range coach.Personas() {
		order[p.Key] = i
	}
	sort.Slice(out, func(i, j int) bool {
		if order[out[i].Persona] != order[out[j].Persona] {
			return order[out[i].Persona] < order[out[j].Persona]
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// Scenario returns one scenario by ID. ENOTFOUND when missing.
func (l *Library) Scenario(ctx context.Context, id string) (*coach.Scenario, error) {
	all, err := l.Scenarios(ctx)
	if err != nil {
		return nil, err
	}
	for _, sc := range all {
		if sc.ID == id {
			return sc, nil
		}
	}
	return nil, coach.Errorf(coach.ENOTFOUND, "没有这个案例: %s", id)
}

// DirProblems returns the errors of files in the trainer's folder that did not load.
func (l *Library) DirProblems() []error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.refreshDir()
	return append([]error(nil), l.dirErrs...)
}

// refreshDir re-reads the trainer's folder when a file was added, removed or changed.
func (l *Library) refreshDir() {
	if l.Dir == "" {
		return
	}
	entries, err := os.ReadDir(l.Dir)
	if err != nil {
		l.dirErrs = []error{fmt.Errorf("read scenario folder: %w", err)}
		return
	}
	var stamp strings.Builder
	var names []string
	for _, e := range entries {
		if e.IsDir() || !isYAML(e.Name()) {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		fmt.Fprintf(&stamp, "%s|%d|%d;", e.Name(), info.Size(), info.ModTime().UnixNano())
		names = append(names, e.Name())
	}
	if stamp.String() == l.dirStamp {
		return
	}
	l.dirStamp = stamp.String()
	l.dirScs, l.dirErrs = nil, nil
	for _, name := range names {
		sc, err := LoadFile(filepath.Join(l.Dir, name))
		if err != nil {
			l.dirErrs = append(l.dirErrs, err)
			continue
		}
		l.dirScs = append(l.dirScs, l.complete(sc))
	}
}

// Complete fills a parsed scenario with its persona's defaults, as loading does.
func (l *Library) Complete(sc *coach.Scenario) *coach.Scenario { return l.complete(sc) }

func isYAML(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".yaml" || ext == ".yml"
}

var _ coach.ScenarioSource = (*Library)(nil)
