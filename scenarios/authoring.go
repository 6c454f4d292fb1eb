package scenarios

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"receptioncoach/coach"
)

// This file is the trainers' side of the library: lint, load, try and save
// scenario files written in the browser (issue 5, item 8). The web layer
// reaches it through its own interface (web.Workshop); the two packages
// share only the types below, which are aliases of unnamed struct types so
// that web's identically declared aliases are the very same types.

// LintProblem is one problem of a scenario being written: the 1-based line
// and column it is at and a message in Chinese. web.AuthorProblem is
// declared identically and is the same type.
type LintProblem = struct {
	Line    int    `json:"line"`
	Col     int    `json:"col"`
	Message string `json:"message"`
}

// Entry is one scenario a trainer can open: one of their own files or a
// built-in to start from. web.AuthorEntry is declared identically and is the
// same type.
type Entry = struct {
	ID          string        `json:"id"`
	Title       string        `json:"title"`
	Persona     coach.Persona `json:"persona"`
	PersonaName string        `json:"persona_name"`
	Source      string        `json:"source"`              // SourceOwn or SourceBuiltin
	Overrides   bool          `json:"overrides,omitempty"` // an own file that replaces a built-in
	Problem     string        `json:"problem,omitempty"`   // an own file that does not load: its first problem
}

// Sources of an Entry.
const (
	SourceOwn     = "own"     // a file in the trainer's folder
	SourceBuiltin = "builtin" // an embedded scenario
)

// Draft settings.
const (
	// DraftPrefix starts the ID of every unsaved draft; saved IDs may not use it.
	DraftPrefix = "draft-"
	// DraftTTL is how long a draft stays available for practice talks.
	DraftTTL = time.Hour
	// MaxDrafts bounds the drafts kept at once; the oldest go first.
	MaxDrafts = 50
	// maxSaveID is the longest scenario ID a trainer may save.
	maxSaveID = 80
)

// idPattern is the kebab-case form of a savable scenario ID.
var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// ValidID reports whether id may name a trainer's scenario file: kebab-case
// [a-z0-9-], at most 80 characters, not starting with DraftPrefix.
func ValidID(id string) bool {
	return len(id) <= maxSaveID && idPattern.MatchString(id) && !strings.HasPrefix(id, DraftPrefix)
}

// Workshop lets a trainer list, load, lint, try and save scenarios. Saving
// writes into Lib.Dir only. The zero value is not usable: set Lib, and Drafts
// for Try.
type Workshop struct {
	// Lib is the library saved files are picked up by; Lib.Dir is where they go.
	Lib *Library
	// Drafts holds the unsaved scenarios being tried; the coach must look
	// scenarios up through it for a draft's practice talk to start.
	Drafts *Drafts

	mu sync.Mutex // one save at a time
}

// List returns the trainer's own files (by file name, broken ones included,
// with their first problem) and then every built-in scenario.
func (w *Workshop) List(ctx context.Context) ([]Entry, error) {
	builtins := w.builtins()
	isBuiltin := map[string]bool{}
	for _, sc := range builtins {
		isBuiltin[sc.ID] = true
	}
	var out []Entry
	if w.Lib.Dir != "" {
		entries, err := os.ReadDir(w.Lib.Dir)
		if err != nil {
			return nil, fmt.Errorf("read scenario folder: %w", err)
		}
		for _, e := range entries {
			name := e.Name()
			id, ok := strings.CutSuffix(name, ".yaml")
			if !ok || !e.Type().IsRegular() || !ValidID(id) {
				continue
			}
			en := Entry{ID: id, Source: SourceOwn, Overrides: isBuiltin[id]}
			sc, err := LoadFile(filepath.Join(w.Lib.Dir, name))
			if err != nil {
				if ps := zhProblems(err); len(ps) > 0 {
					en.Problem = fmt.Sprintf("第 %d 行:%s", ps[0].Line, ps[0].Message)
				}
			} else {
				info, _ := sc.Persona.Info()
				en.Title, en.Persona, en.PersonaName = sc.Title, sc.Persona, info.Name
			}
			out = append(out, en)
		}
	}
	for _, sc := range builtins {
		info, _ := sc.Persona.Info()
		out = append(out, Entry{ID: sc.ID, Title: sc.Title, Persona: sc.Persona, PersonaName: info.Name, Source: SourceBuiltin})
	}
	return out, nil
}

// builtins returns the embedded scenarios in library order.
func (w *Workshop) builtins() []*coach.Scenario {
	w.Lib.mu.Lock()
	defer w.Lib.mu.Unlock()
	out := append([]*coach.Scenario(nil), w.Lib.builtin...)
	order := map[coach.Persona]int{}
	for i, p := range coach.Personas() {
		order[p.Key] = i
	}
	sort.SliceStable(out, func(i, j int) bool {
		if order[out[i].Persona] != order[out[j].Persona] {
			return order[out[i].Persona] < order[out[j].Persona]
		}
		return out[i].ID < out[j].ID
	})
	return out
}

// builtinFile returns the embedded file name of the built-in scenario id, or "".
func (w *Workshop) builtinFile(id string) string {
	for _, sc := range w.builtins() {
		if sc.ID == id {
			return sc.File
		}
	}
	return ""
}

// Load returns the YAML text of scenario id: the trainer's own file when
// there is one, else the built-in's (builtin is then true). EINVALID for an
// ID that is not kebab-case, ENOTFOUND when neither exists.
func (w *Workshop) Load(ctx context.Context, id string) ([]byte, bool, error) {
	if !ValidID(id) {
		return nil, false, coach.Errorf(coach.EINVALID, "案例编号无效:只能用小写字母、数字和连字符")
	}
	if w.Lib.Dir != "" {
		data, err := readOwn(w.Lib.Dir, id+".yaml")
		if err == nil {
			return data, false, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, false, err
		}
	}
	if name := w.builtinFile(id); name != "" {
		data, err := builtinFS.ReadFile(name)
		if err != nil {
			return nil, false, fmt.Errorf("read built-in %s: %w", name, err)
		}
		return data, true, nil
	}
	return nil, false, coach.Errorf(coach.ENOTFOUND, "没有这个案例:%s", id)
}

// readOwn reads a regular file inside dir, never following a path out of it.
func readOwn(dir, name string) ([]byte, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("open scenario folder: %w", err)
	}
	defer root.Close()
	info, err := root.Lstat(name)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, coach.Errorf(coach.EINVALID, "%s 不是普通文件", name)
	}
	f, err := root.Open(name)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", name, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if len(data) > MaxFileSize {
		return nil, coach.Errorf(coach.EINVALID, "%s 超过 1 MiB", name)
	}
	return data, nil
}

// Lint returns every problem of src, in Chinese, with positions, sorted:
// those of the project linter (what `coach lint` reports) and of the loader,
// plus a savable ID. None means the file would save.
func (w *Workshop) Lint(src []byte) []LintProblem {
	_, blocking := load(src)
	return mergeProblems(blocking, zhLint(src))
}

// load parses src as the library would and checks its ID; it returns the
// scenario when it would load (and run in a practice talk).
func load(src []byte) (*coach.Scenario, []LintProblem) {
	sc, err := Parse(bytes.NewReader(src), "draft.yaml")
	if err != nil {
		return nil, zhProblems(err)
	}
	if !ValidID(sc.ID) {
		line, col := locate(src, "id")
		msg := "id 只能用小写英文字母、数字和连字符(如 choleric-heating-cold),最长 80 个字符"
		if strings.HasPrefix(sc.ID, DraftPrefix) {
			msg = "id 不能以 draft- 开头(试谈草稿专用)"
		}
		return nil, []LintProblem{{Line: line, Col: col, Message: msg}}
	}
	return sc, []LintProblem{}
}

// zhLint runs the project linter on src, in Chinese. The name has no .yaml
// extension, so the linter does not compare the id with a file name (Save
// compares it with the ID saved under).
func zhLint(src []byte) []LintProblem {
	ps := Lint("draft", src)
	if len(ps) == 0 {
		return nil
	}
	rules := zhRules()
	var out []LintProblem
	for _, p := range ps {
		out = append(out, LintProblem{Line: max(p.Line, 1), Col: max(p.Col, 1), Message: zhMessage(rules, p.Message)})
	}
	return out
}

// mergeProblems returns the linter's problems plus those of the loader's the
// linter did not report in the same words (it may place them a little
// differently), sorted by position.
func mergeProblems(loader, linter []LintProblem) []LintProblem {
	out := append([]LintProblem{}, linter...)
	said := map[string]bool{}
	for _, p := range linter {
		said[p.Message] = true
	}
	for _, p := range loader {
		if !said[p.Message] {
			said[p.Message] = true
			out = append(out, p)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Line != out[j].Line {
			return out[i].Line < out[j].Line
		}
		return out[i].Col < out[j].Col
	})
	return out
}

// Try keeps src as a draft for a practice talk and returns the draft's
// scenario ID (DraftPrefix…). It needs only what the engine needs: a file
// that loads, with a savable ID; otherwise those problems are returned. The
// linter's further advice (an empty summary, a one-character key…) does not
// stop a try; it stops a save.
func (w *Workshop) Try(ctx context.Context, src []byte) (string, []LintProblem, error) {
	sc, ps := load(src)
	if len(ps) > 0 {
		return "", ps, nil
	}
	if w.Drafts == nil {
		return "", nil, coach.Errorf(coach.EINTERNAL, "试谈未启用")
	}
	id, err := w.Drafts.Add(w.Lib.Complete(sc))
	if err != nil {
		return "", nil, err
	}
	return id, nil, nil
}

// Save writes src as <Lib.Dir>/<id>.yaml, atomically (a temporary file
// renamed into place), where the library picks it up without a restart. It
// refuses: an ID that is not kebab-case (EINVALID); a file that does not lint
// clean or whose id field is not id, returning the problems (with an
// EINVALID error);
// replacing a built-in scenario unless override is set or the trainer's file
// already replaces it, and an ID another of the trainer's files already
// declares (ECONFLICT).
func (w *Workshop) Save(ctx context.Context, id string, src []byte, override bool) ([]LintProblem, error) {
	if w.Lib.Dir == "" {
		return nil, coach.Errorf(coach.EINVALID, "服务器没有配置案例文件夹(serve --scenarios),无法保存")
	}
	if !ValidID(id) {
		return nil, coach.Errorf(coach.EINVALID, "案例编号无效:只能用小写字母、数字和连字符,且不能以 draft- 开头")
	}
	sc, ps := load(src)
	if len(ps) == 0 && sc.ID != id {
		line, col := locate(src, "id")
		ps = []LintProblem{{Line: line, Col: col, Message: fmt.Sprintf("文件里的 id「%s」与要保存的编号「%s」不一致", sc.ID, id)}}
	}
	ps = mergeProblems(ps, zhLint(src))
	if len(ps) > 0 {
		return ps, coach.Errorf(coach.EINVALID, "案例有 %d 处问题,没有保存", len(ps))
	}

	w.mu.Lock()
	defer w.mu.Unlock()
	name := id + ".yaml"
	_, statErr := os.Lstat(filepath.Join(w.Lib.Dir, name))
	exists := statErr == nil
	if !exists && !override && w.builtinFile(id) != "" {
		return nil, coach.Errorf(coach.ECONFLICT, "「%s」是内置案例的编号;要用你的版本替换内置案例,请确认覆盖", id)
	}
	all, err := w.Lib.Scenarios(ctx)
	if err != nil {
		return nil, fmt.Errorf("list scenarios: %w", err)
	}
	for _, other := range all {
		own := other.File != "" && filepath.Dir(other.File) == filepath.Clean(w.Lib.Dir)
		if other.ID == id && own && filepath.Base(other.File) != name {
			return nil, coach.Errorf(coach.ECONFLICT, "文件 %s 已经使用了编号「%s」", filepath.Base(other.File), id)
		}
	}
	if err := writeAtomic(w.Lib.Dir, name, src); err != nil {
		return nil, err
	}
	return nil, nil
}

// writeAtomic writes data to dir/name through a temporary file in dir (whose
// name the library ignores) renamed into place. All of it goes through an
// os.Root, so nothing is written outside dir.
func writeAtomic(dir, name string, data []byte) error {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return fmt.Errorf("open scenario folder: %w", err)
	}
	defer root.Close()
	var rnd [8]byte
	if _, err := rand.Read(rnd[:]); err != nil {
		return fmt.Errorf("temporary name: %w", err)
	}
	tmp := "." + name + "." + hex.EncodeToString(rnd[:]) + ".tmp"
	f, err := root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("create temporary file: %w", err)
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = root.Rename(tmp, name)
	}
	if err != nil {
		root.Remove(tmp)
		return fmt.Errorf("save %s: %w", name, err)
	}
	return nil
}

// Drafts is a coach.ScenarioSource that serves Source's scenarios plus the
// unsaved drafts trainers are trying, under IDs DraftPrefix+random, each for
// TTL after it was added. Drafts are not listed by Scenarios, so trainees
// never see them in the scenario list. Set Source; the rest has defaults.
type Drafts struct {
	// Source serves every scenario that is not a draft.
	Source coach.ScenarioSource
	// TTL is how long a draft lives; 0 means DraftTTL.
	TTL time.Duration
	// Max bounds the drafts kept; 0 means MaxDrafts.
	Max int
	// Now is the clock; nil means time.Now.
	Now func() time.Time

	mu     sync.Mutex
	drafts map[string]draft
}

type draft struct {
	sc      *coach.Scenario
	expires time.Time
}

var _ coach.ScenarioSource = (*Drafts)(nil)

func (d *Drafts) now() time.Time {
	if d.Now != nil {
		return d.Now()
	}
	return time.Now()
}

// Add keeps a copy of sc as a draft and returns its ID. The copy's ID is the
// draft's, and its title is marked as a practice run.
func (d *Drafts) Add(sc *coach.Scenario) (string, error) {
	var rnd [12]byte
	if _, err := rand.Read(rnd[:]); err != nil {
		return "", fmt.Errorf("draft id: %w", err)
	}
	id := DraftPrefix + hex.EncodeToString(rnd[:])
	cp := *sc
	cp.ID = id
	cp.Title = "(试谈)" + sc.Title
	cp.File = ""
	ttl, max := d.TTL, d.Max
	if ttl <= 0 {
		ttl = DraftTTL
	}
	if max <= 0 {
		max = MaxDrafts
	}
	now := d.now()
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.drafts == nil {
		d.drafts = map[string]draft{}
	}
	for k, v := range d.drafts {
		if !now.Before(v.expires) {
			delete(d.drafts, k)
		}
	}
	for len(d.drafts) >= max {
		oldest := ""
		for k, v := range d.drafts {
			if oldest == "" || v.expires.Before(d.drafts[oldest].expires) {
				oldest = k
			}
		}
		delete(d.drafts, oldest)
	}
	d.drafts[id] = draft{sc: &cp, expires: now.Add(ttl)}
	return id, nil
}

// Scenarios returns Source's scenarios; drafts are not listed.
func (d *Drafts) Scenarios(ctx context.Context) ([]*coach.Scenario, error) {
	return d.Source.Scenarios(ctx)
}

// Scenario returns a live draft for a DraftPrefix ID, else Source's scenario.
// ENOTFOUND for an unknown or expired draft.
func (d *Drafts) Scenario(ctx context.Context, id string) (*coach.Scenario, error) {
	if !strings.HasPrefix(id, DraftPrefix) {
		return d.Source.Scenario(ctx, id)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	dr, ok := d.drafts[id]
	if !ok || !d.now().Before(dr.expires) {
		delete(d.drafts, id)
		return nil, coach.Errorf(coach.ENOTFOUND, "试谈草稿已过期或不存在,请回到编写页重新点「试谈」")
	}
	return dr.sc, nil
}

// zhProblems turns a Parse error into positioned problems in Chinese.
func zhProblems(err error) []LintProblem {
	var pe *ParseError
	if !errors.As(err, &pe) {
		return []LintProblem{{Line: 1, Col: 1, Message: "无法读取:" + err.Error()}}
	}
	rules := zhRules()
	out := make([]LintProblem, 0, len(pe.Problems))
	for _, p := range pe.Problems {
		out = append(out, LintProblem{Line: max(p.Line, 1), Col: max(p.Col, 1), Message: zhMessage(rules, p.Message)})
	}
	return out
}

// zhRule rewrites one kind of message into Chinese. pattern's groups fill
// the %s verbs of text in order.
type zhRule struct {
	pattern *regexp.Regexp
	text    string
}

// zhTables holds the rules for whole messages and for the part after a
// "path: " prefix (e.g. "facts[2]: text is required").
type zhTables struct {
	whole, tail []zhRule
	path        *regexp.Regexp // a YAML path prefix: facts[2].ask[0]
	index       *regexp.Regexp // [n] in a path
}

// zhRules are the loader's, the linter's and go-yaml's usual messages, in
// Chinese. They are built per lint (no package-level state); a lint has few
// problems. A message no rule knows is kept as it is.
func zhRules() zhTables {
	r := func(p, t string) zhRule { return zhRule{pattern: regexp.MustCompile(p), text: t} }
	return zhTables{
		path:  regexp.MustCompile(`^([a-z_]+(?:\[\d+\])?(?:\.[a-z_]+(?:\[\d+\])?)*): (.+)$`),
		index: regexp.MustCompile(`\[(\d+)\]`),
		whole: []zhRule{
			r(`^unknown field "(.*)"$`, "未知字段「%s」:字段名写错了,或缩进放错了层级"),
			r(`^unknown persona ""$`, "缺少 persona(来访人类型)"),
			r(`^unknown persona "(.*)"$`, "未知的来访人类型「%s」,应为 confused、resentful、pestering、unwell、veteran、choleric、sanguine、phlegmatic、melancholic 之一"),
			r(`^unknown intent "(.*)"$`, "意图「%s」不存在,可用的意图见右侧说明"),
			r(`^id is required$`, "缺少 id(案例编号)"),
			r(`^title is required$`, "缺少 title(标题)"),
			r(`^opening needs at least one line$`, "opening(开场白)至少要有一句"),
			r(`^stance "" must be one of .*$`, "缺少 stance(政策定性):reasonable、partly、unreasonable、not_ours 之一"),
			r(`^stance "(.*)" must be one of .*$`, "stance(政策定性)「%s」无效,应为 reasonable、partly、unreasonable、not_ours 之一"),
			r(`^owner is required when stance is not_ours$`, "stance 为 not_ours 时必须写 owner(主管部门)"),
			r(`^mood anger and trust must be within 0–100$`, "mood 的 anger 和 trust 须在 0 到 100 之间"),
			r(`^case is empty: choose one of (.*)$`, "缺少 case(案件类别),可选:%s"),
			r(`^unknown case "(.*)": choose one of (.*)$`, "未知的案件类别「%s」,可选:%s"),
			r(`^summary is empty: .*$`, "缺少 summary:写一句学员在列表里看到的简介"),
			r(`^owner is empty: .*$`, "缺少 owner:写主管这件事的单位"),
			r(`^goal is empty: .*$`, "缺少 goal:用来访人自己的口吻写诉求"),
			r(`^(\w+) is empty: write (.*)$`, "缺少 %s:%s"),
			r(`^only one scenario per file: .*$`, "一个文件只能写一个案例:这里开始了第二个 YAML 文档(---)"),
			r(`^the file must be a YAML mapping .*$`, "文件须是“键: 值”的形式(id、persona、title 等)"),
			r(`^cannot unmarshal .* into Go struct field .* of type int$`, "这里应当是整数"),
			r(`^cannot unmarshal .* into Go struct field .* of type bool$`, "这里应当是 true 或 false"),
			r(`^cannot unmarshal .* into Go struct field .* of type \[\]string$`, "这里应当是一个列表(每行以“- ”开头,或写成 [a, b])"),
			r(`^cannot unmarshal .* into Go struct field .* of type string$`, "这里应当是一段文字(含冒号等符号时请加双引号)"),
			r(`^cannot unmarshal (.*)$`, "类型不对:%s"),
			r("^found character '\t' that cannot start any token$", "不能用 Tab 缩进,请改用空格"),
			r(`^found character (.*) that cannot start any token$`, "字符 %s 不能出现在这里(需要的话请给整段文字加上双引号)"),
			r(`^('.*') is a reserved character$`, "字符 %s 是 YAML 的保留字符,不能放在开头:请给整段文字加上双引号"),
			r(`^could not find end character of double-quoted text$`, "双引号没有闭合"),
			r(`^could not find end character of single-quoted text$`, "单引号没有闭合"),
			r(`^mapping value is not allowed in this context$`, "这里不能出现“键: 值”:多半是缩进不对,或文字里有冒号却没加引号"),
			r(`^value is not allowed in this context$`, "这里的写法不合 YAML:常见原因是上一行的引号没有闭合、缩进不对,或文字里有冒号却没加引号"),
			r(`^',' or '\]' must be specified$`, "方括号列表里缺少逗号或右括号 ]"),
			r(`^',' or '\}' must be specified$`, "花括号里缺少逗号或右括号 }"),
			r(`^sequence end token '\]' not found$`, "方括号 [ 没有闭合"),
			r(`^mapping end token '\}' not found$`, "花括号 { 没有闭合"),
			r(`^file is empty$`, "文件是空的"),
			r(`^not a UTF-8 text file$`, "不是 UTF-8 文本文件"),
			r(`^file is larger than \d+ bytes$`, "文件超过 1 MiB"),
		},
		tail: []zhRule{
			r(`^id is required$`, "缺少 id"),
			r(`^name is required$`, "缺少 name"),
			r(`^text is required$`, "缺少 text"),
			r(`^duplicate id "(.*)"$`, "id「%s」重复了"),
			r(`^duplicate demand id "(.*)"$`, "id「%s」重复了"),
			r(`^duplicate test name "(.*)"$`, "自测名称「%s」重复了"),
			r(`^a hidden fact needs ask words$`, "隐藏情况必须写 ask(提问里出现哪些词能问出它)"),
			r(`^a demand needs keys .*$`, "诉求需要 keys:学员复述时会说到的 2–5 个词"),
			r(`^unknown intent "(.*)"$`, "意图「%s」不存在,可用的意图见右侧说明"),
			r(`^empty line$`, "有一句是空的"),
			r(`^empty (.*)$`, "%s 是空的"),
			r(`^(.*) "(.*)" is one character and matches almost any line; .*$`, "%s「%s」只有一个字,几乎什么话都能匹配上,请用两个字以上的词"),
			r(`^min_trust (-?\d+) must be within 0–100$`, "min_trust %s 须在 0 到 100 之间"),
			r(`^min_trust (\d+) is above (\d+): .*$`, "min_trust %s 高于 %s,这条情况几乎不可能被问出来"),
			r(`^a story beat of (\d+) characters is too long \(at most (\d+)\); split it$`, "这段经过有 %s 字,太长了(最多 %s 字),请拆成几段"),
			r(`^no lines$`, "没有台词"),
			r(`^a (\S+) line needs the slot \{(.*)\}$`, "%s 的台词必须含占位符 {%s}"),
			r(`^unknown slot \{(.*)\}; known slots: .*$`, "未知的占位符 {%s},可用的占位符见右侧说明"),
			r(`^slot \{(.*)\} is only filled in (\S+) lines$`, "占位符 {%s} 只在 %s 的台词里才会被替换"),
			r(`^a test talk needs lines$`, "自测谈话需要 lines(学员台词)"),
			r(`^a line of (\d+) characters is longer than (\d+)$`, "这句有 %s 字,超过了 %s 字"),
			r(`^unknown ending "(.*)"; one of (.*)$`, "未知的结局「%s」,应为 %s 之一"),
			r(`^unknown violation code "(.*)"; one of (.*)$`, "未知的违规代码「%s」,应为 %s 之一"),
			r(`^no fact with id "(.*)"$`, "facts 里没有 id 为「%s」的情况"),
			r(`^unknown stage "(.*)"; one of (.*)$`, "未知的阶段「%s」,应为 %s 之一"),
			r(`^no_violations contradicts the violations listed$`, "写了 no_violations: true 又列出了 violations,自相矛盾"),
			r(`^min (-?\d+) is above max (-?\d+)$`, "下限 %s 大于上限 %s"),
			r(`^(-?\d+) is outside 0–100$`, "%s 超出了 0–100"),
		},
	}
}

// zhMessage returns msg in Chinese. A "path: message" is shown with the
// path's list indexes counted from 1 (facts 第 3 条); a message no rule
// knows is kept as it is.
func zhMessage(t zhTables, msg string) string {
	if out, ok := applyRules(t.whole, msg); ok {
		return out
	}
	m := t.path.FindStringSubmatch(msg)
	if m == nil {
		return msg
	}
	path := t.index.ReplaceAllStringFunc(m[1], func(ix string) string {
		n, err := strconv.Atoi(ix[1 : len(ix)-1])
		if err != nil {
			return ix
		}
		return fmt.Sprintf(" 第 %d 条", n+1)
	})
	tail, ok := applyRules(t.tail, m[2])
	if !ok {
		tail, _ = applyRules(t.whole, m[2])
		if tail == "" {
			tail = m[2]
		}
	}
	return path + ":" + tail
}

// applyRules rewrites msg with the first rule that matches it.
func applyRules(rules []zhRule, msg string) (string, bool) {
	for _, rule := range rules {
		m := rule.pattern.FindStringSubmatch(msg)
		if m == nil {
			continue
		}
		args := make([]any, 0, len(m)-1)
		for _, g := range m[1:] {
			args = append(args, g)
		}
		return fmt.Sprintf(rule.text, args...), true
	}
	return "", false
}

// IsDraft reports whether a scenario ID names an unsaved draft.
func IsDraft(id string) bool { return strings.HasPrefix(id, DraftPrefix) }
