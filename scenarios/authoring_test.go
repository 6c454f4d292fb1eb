package scenarios

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"receptioncoach/coach"
)

// draftYAML is a small complete scenario written for these tests.
const draftYAML = `# a test case written for the authoring tests
id: sanguine-test-garden
persona: sanguine
title: 楼下小花园被占了
summary: 退休教师说楼下的小花园被人圈起来种菜。
case: neighbour
stance: not_ours
owner: 社区居委会
visitor:
  name: 许文华
  age: 66
  home: 幸福里小区
  background: 退休中学教师,爱说话。
goal: 让邻居把圈起来的菜地拆了
demands:
  - id: garden
    text: 把小花园恢复成大家能用的样子
    keys: [花园, 菜地, 恢复]
opening:
  - "哎呀同志你好!我来说说我们楼下那个小花园的事。"
story:
  - "楼下本来有块小花园,大家傍晚都去那儿坐坐。"
  - "上个月三楼老刘拿竹篱笆圈了一大块,种上了菜。"
facts:
  - id: asked
    text: "其实我也跟老刘要过他种的黄瓜,吃了两回。"
    hidden: true
    ask: [黄瓜, 吃过, 要过]
    min_trust: 70
`

func openWorkshop(t *testing.T) (*Workshop, string) {
	t.Helper()
	dir := t.TempDir()
	lib, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return &Workshop{Lib: lib, Drafts: &Drafts{Source: lib}}, dir
}

func TestValidID(t *testing.T) {
	tests := []struct {
		id   string
		want bool
	}{
		{"choleric-heating-cold", true},
		{"a", true},
		{"case-2025-01", true},
		{"", false},
		{"..", false},
		{"../etc/passwd", false},
		{"a/b", false},
		{`a\b`, false},
		{"x.yaml", false},
		{"Upper", false},
		{"-lead", false},
		{"trail-", false},
		{"double--dash", false},
		{"with space", false},
		{"中文", false},
		{"draft-abc", false},
		{strings.Repeat("a", 81), false},
		{strings.Repeat("a", 80), true},
	}
	for _, tt := range tests {
		if got := ValidID(tt.id); got != tt.want {
			t.Errorf("ValidID(%q) = %v, want %v", tt.id, got, tt.want)
		}
	}
}

func TestWorkshopLint(t *testing.T) {
	w, _ := openWorkshop(t)
	tests := []struct {
		name      string
		src       string
		wantLine  int
		wantCol   int
		wantInMsg string // "" = no problem expected
	}{
		{name: "clean", src: draftYAML},
		{name: "unknown field", src: strings.Replace(draftYAML, "case: neighbour", "cases: neighbour", 1), wantLine: 6, wantCol: 1, wantInMsg: "未知字段「cases」"},
		{name: "bad persona", src: strings.Replace(draftYAML, "persona: sanguine", "persona: angry", 1), wantLine: 3, wantCol: 10, wantInMsg: "未知的来访人类型「angry」"},
		{name: "bad stance", src: strings.Replace(draftYAML, "stance: not_ours", "stance: maybe", 1), wantLine: 7, wantCol: 9, wantInMsg: "stance(政策定性)「maybe」无效"},
		{name: "hidden fact without ask", src: strings.Replace(draftYAML, "    ask: [黄瓜, 吃过, 要过]\n", "", 1), wantLine: 25, wantCol: 5, wantInMsg: "facts 第 1 条:隐藏情况必须写 ask"},
		{name: "age not a number", src: strings.Replace(draftYAML, "age: 66", "age: 六十六", 1), wantLine: 11, wantCol: 8, wantInMsg: "整数"},
		{name: "unclosed quote", src: strings.Replace(draftYAML, `"楼下本来有块小花园,大家傍晚都去那儿坐坐。"`, `"楼下本来有块小花园`, 1), wantInMsg: "引号没有闭合"},
		{name: "unclosed quote at end", src: draftYAML + "gift: \"一条烟\n", wantLine: 30, wantCol: 7, wantInMsg: "双引号没有闭合"},
		{name: "odd character", src: draftYAML + "gift: @烟\n", wantLine: 30, wantCol: 7, wantInMsg: "字符 '@' 是 YAML 的保留字符"},
		{name: "tab indent", src: strings.Replace(draftYAML, "  name: 许文华", "\tname: 许文华", 1), wantLine: 10, wantCol: 1, wantInMsg: "不能用 Tab 缩进"},
		{name: "id not kebab", src: strings.Replace(draftYAML, "id: sanguine-test-garden", "id: My_Case", 1), wantLine: 2, wantCol: 5, wantInMsg: "id 只能用小写英文字母"},
		{name: "draft id", src: strings.Replace(draftYAML, "id: sanguine-test-garden", "id: draft-x", 1), wantLine: 2, wantCol: 5, wantInMsg: "draft-"},
		{name: "one-character key", src: strings.Replace(draftYAML, "keys: [花园, 菜地, 恢复]", "keys: [花园, 地]", 1), wantLine: 18, wantCol: 16, wantInMsg: "「地」只有一个字"},
		{name: "no summary", src: strings.Replace(draftYAML, "summary: 退休教师说楼下的小花园被人圈起来种菜。\n", "", 1), wantLine: 1, wantCol: 1, wantInMsg: "缺少 summary"},
		{name: "empty", src: "  \n", wantLine: 1, wantCol: 1, wantInMsg: "文件是空的"},
		{name: "binary", src: "id: a\x00\x01\x02", wantLine: 1, wantCol: 1, wantInMsg: "不是 UTF-8 文本"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := w.Lint([]byte(tt.src))
			if ps == nil {
				t.Fatal("Lint must return a non-nil slice")
			}
			if tt.wantInMsg == "" {
				if len(ps) != 0 {
					t.Fatalf("want no problem, got %v", ps)
				}
				return
			}
			if len(ps) == 0 {
				t.Fatal("want a problem, got none")
			}
			for _, p := range ps {
				if !strings.Contains(p.Message, tt.wantInMsg) {
					continue
				}
				if tt.wantLine != 0 && (p.Line != tt.wantLine || p.Col != tt.wantCol) {
					t.Fatalf("problem %q at %d:%d, want %d:%d", p.Message, p.Line, p.Col, tt.wantLine, tt.wantCol)
				}
				if p.Line < 1 || p.Col < 1 {
					t.Fatalf("problem %q has no position", p.Message)
				}
				return
			}
			t.Fatalf("no problem mentions %q: %v", tt.wantInMsg, ps)
		})
	}
}

func TestZhMessage(t *testing.T) {
	rules := zhRules()
	tests := []struct{ in, want string }{
		{`unknown field "colour"`, "未知字段「colour」:字段名写错了,或缩进放错了层级"},
		{`unknown persona ""`, "缺少 persona(来访人类型)"},
		{`facts[2]: duplicate id "iou"`, "facts 第 3 条:id「iou」重复了"},
		{`demands[0]: text is required`, "demands 第 1 条:缺少 text"},
		{`demands[1].keys[0]: key "钱" is one character and matches almost any line; use two characters or more`, "demands 第 2 条.keys 第 1 条:key「钱」只有一个字,几乎什么话都能匹配上,请用两个字以上的词"},
		{`tests[0].expect.ending: unknown ending "happy"; one of satisfied, open`, "tests 第 1 条.expect.ending:未知的结局「happy」,应为 satisfied, open 之一"},
		{`summary is empty: write one public line for the scenario list`, "缺少 summary:写一句学员在列表里看到的简介"},
		{`facts[0]: some future check`, "facts 第 1 条:some future check"},
		{`owner is required when stance is not_ours`, "stance 为 not_ours 时必须写 owner(主管部门)"},
		{`lines: unknown intent "shout"`, "lines:意图「shout」不存在,可用的意图见右侧说明"},
		{`cannot unmarshal string into Go struct field Scenario.Visitor of type int`, "这里应当是整数"},
		{`something new`, "something new"},
	}
	for _, tt := range tests {
		if got := zhMessage(rules, tt.in); got != tt.want {
			t.Errorf("zhMessage(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWorkshopSaveReload saves a scenario and finds it in the same library
// without reopening it, then saves a changed version over it.
func TestWorkshopSaveReload(t *testing.T) {
	w, dir := openWorkshop(t)
	ctx := context.Background()
	const id = "sanguine-test-garden"
	if _, err := w.Lib.Scenario(ctx, id); coach.ErrorCode(err) != coach.ENOTFOUND {
		t.Fatalf("before saving: want not found, got %v", err)
	}
	if ps, err := w.Save(ctx, id, []byte(draftYAML), false); err != nil || len(ps) != 0 {
		t.Fatalf("save: %v %v", ps, err)
	}
	got, err := os.ReadFile(filepath.Join(dir, id+".yaml"))
	if err != nil || string(got) != draftYAML {
		t.Fatalf("file not written as sent: %v", err)
	}
	sc, err := w.Lib.Scenario(ctx, id)
	if err != nil {
		t.Fatalf("saved scenario not picked up: %v", err)
	}
	if sc.Title != "楼下小花园被占了" || sc.Lines["filler"] == nil {
		t.Fatalf("picked up scenario is not complete: title %q, %d intents", sc.Title, len(sc.Lines))
	}
	changed := strings.Replace(draftYAML, "title: 楼下小花园被占了", "title: 楼下小花园种上了菜", 1)
	if ps, err := w.Save(ctx, id, []byte(changed), false); err != nil || len(ps) != 0 {
		t.Fatalf("save again: %v %v", ps, err)
	}
	sc, err = w.Lib.Scenario(ctx, id)
	if err != nil || sc.Title != "楼下小花园种上了菜" {
		t.Fatalf("changed scenario not picked up: %v %+v", err, sc)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Fatalf("want only the saved file in the folder, got %v", names)
	}
	src, builtin, err := w.Load(ctx, id)
	if err != nil || builtin || string(src) != changed {
		t.Fatalf("load own: builtin=%v err=%v", builtin, err)
	}
}

func TestWorkshopSaveRefuses(t *testing.T) {
	w, dir := openWorkshop(t)
	ctx := context.Background()
	builtinID := w.builtins()[0].ID
	builtinSrc, isBuiltin, err := w.Load(ctx, builtinID)
	if err != nil || !isBuiltin {
		t.Fatalf("load built-in %s: %v %v", builtinID, isBuiltin, err)
	}
	tests := []struct {
		name     string
		id       string
		src      string
		override bool
		wantCode string
		wantPs   bool // problems returned
	}{
		{name: "parent dir", id: "..", src: draftYAML, wantCode: coach.EINVALID},
		{name: "traversal", id: "../escape", src: draftYAML, wantCode: coach.EINVALID},
		{name: "absolute", id: "/tmp/escape", src: draftYAML, wantCode: coach.EINVALID},
		{name: "subdir", id: "a/b", src: draftYAML, wantCode: coach.EINVALID},
		{name: "extension", id: "x.yaml", src: draftYAML, wantCode: coach.EINVALID},
		{name: "upper case", id: "Sanguine", src: draftYAML, wantCode: coach.EINVALID},
		{name: "draft prefix", id: "draft-abc", src: draftYAML, wantCode: coach.EINVALID},
		{name: "empty", id: "", src: draftYAML, wantCode: coach.EINVALID},
		{name: "id differs from file", id: "another-name", src: draftYAML, wantCode: coach.EINVALID, wantPs: true},
		{name: "broken yaml", id: "sanguine-test-garden", src: "id: [\n", wantCode: coach.EINVALID, wantPs: true},
		{name: "built-in without override", id: builtinID, src: string(builtinSrc), wantCode: coach.ECONFLICT},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, err := w.Save(ctx, tt.id, []byte(tt.src), tt.override)
			if coach.ErrorCode(err) != tt.wantCode {
				t.Fatalf("want %s, got %v", tt.wantCode, err)
			}
			if (len(ps) > 0) != tt.wantPs {
				t.Fatalf("problems %v, want some: %v", ps, tt.wantPs)
			}
		})
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 0 {
		t.Fatalf("a refused save wrote %d files", len(entries))
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(dir), "escape.yaml")); err == nil {
		t.Fatal("a file was written outside the folder")
	}

	// With override the built-in is replaced; saving again needs no flag.
	mine := strings.Replace(string(builtinSrc), "\ntitle: ", "\ntitle: 我的版本·", 1)
	if ps, err := w.Save(ctx, builtinID, []byte(mine), true); err != nil || len(ps) != 0 {
		t.Fatalf("override: %v %v", ps, err)
	}
	sc, err := w.Lib.Scenario(ctx, builtinID)
	if err != nil || !strings.HasPrefix(sc.Title, "我的版本·") {
		t.Fatalf("override not picked up: %v", err)
	}
	if _, err := w.Save(ctx, builtinID, []byte(mine), false); err != nil {
		t.Fatalf("saving an existing override again: %v", err)
	}

	// Another of the trainer's files already declares the ID.
	other := strings.Replace(draftYAML, "id: sanguine-test-garden", "id: shared-id", 1)
	if err := os.WriteFile(filepath.Join(dir, "other-name.yaml"), []byte(other), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Save(ctx, "shared-id", []byte(other), false); coach.ErrorCode(err) != coach.ECONFLICT {
		t.Fatalf("duplicate id across files: want conflict, got %v", err)
	}
}

func TestWorkshopNoDir(t *testing.T) {
	lib, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	w := &Workshop{Lib: lib, Drafts: &Drafts{Source: lib}}
	if _, err := w.Save(context.Background(), "sanguine-test-garden", []byte(draftYAML), false); coach.ErrorCode(err) != coach.EINVALID {
		t.Fatalf("save without a folder: want invalid, got %v", err)
	}
	list, err := w.List(context.Background())
	if err != nil || len(list) == 0 || list[0].Source != SourceBuiltin {
		t.Fatalf("list without a folder: %v %v", len(list), err)
	}
}

func TestWorkshopLoadAndList(t *testing.T) {
	w, dir := openWorkshop(t)
	ctx := context.Background()
	write := func(name, src string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("sanguine-test-garden.yaml", draftYAML)
	write("broken-one.yaml", "id: broken-one\npersona: [\n")
	write("Not_Listed.yaml", draftYAML)
	write("notes.txt", "not yaml")
	outside := filepath.Join(t.TempDir(), "secret.yaml")
	if err := os.WriteFile(outside, []byte(draftYAML), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "linked.yaml")); err != nil {
		t.Fatal(err)
	}

	list, err := w.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var own []Entry
	builtins := 0
	for _, e := range list {
		switch e.Source {
		case SourceOwn:
			own = append(own, e)
		case SourceBuiltin:
			builtins++
		}
	}
	if builtins != len(w.builtins()) || builtins < 27 {
		t.Fatalf("%d built-ins listed", builtins)
	}
	if len(own) != 2 {
		t.Fatalf("want 2 own files (symlink, bad name and .txt left out), got %+v", own)
	}
	if own[0].ID != "broken-one" || !strings.Contains(own[0].Problem, "第 2 行") {
		t.Fatalf("broken file entry %+v", own[0])
	}
	if own[1].ID != "sanguine-test-garden" || own[1].Title != "楼下小花园被占了" || own[1].PersonaName == "" || own[1].Problem != "" {
		t.Fatalf("own entry %+v", own[1])
	}

	tests := []struct {
		name        string
		id          string
		wantCode    string
		wantBuiltin bool
	}{
		{name: "own", id: "sanguine-test-garden"},
		{name: "broken own", id: "broken-one"},
		{name: "built-in", id: w.builtins()[0].ID, wantBuiltin: true},
		{name: "unknown", id: "no-such-case", wantCode: coach.ENOTFOUND},
		{name: "traversal", id: "../secret", wantCode: coach.EINVALID},
		{name: "symlink out", id: "linked", wantCode: coach.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, builtin, err := w.Load(ctx, tt.id)
			if coach.ErrorCode(err) != tt.wantCode {
				t.Fatalf("want code %q, got %v", tt.wantCode, err)
			}
			if err == nil && (len(src) == 0 || builtin != tt.wantBuiltin) {
				t.Fatalf("got %d bytes, builtin=%v", len(src), builtin)
			}
		})
	}
}

// TestDraftPlayed tries a draft and plays it through the real coach: start,
// three trainee lines, end with a report.
func TestDraftPlayed(t *testing.T) {
	w, _ := openWorkshop(t)
	ctx := context.Background()
	id, ps, err := w.Try(ctx, []byte(draftYAML))
	if err != nil || len(ps) != 0 {
		t.Fatalf("try: %v %v", ps, err)
	}
	if !strings.HasPrefix(id, DraftPrefix) || len(id) < len(DraftPrefix)+16 {
		t.Fatalf("draft id %q", id)
	}
	c := &coach.Coach{Scenarios: w.Drafts}
	sess, open, err := c.Start(ctx, id, "老师")
	if err != nil {
		t.Fatalf("start draft: %v", err)
	}
	if !strings.Contains(open.Text, "小花园") {
		t.Fatalf("opening %q is not the draft's", open.Text)
	}
	if sess.ScenarioID != id || !strings.Contains(sess.Title, "楼下小花园被占了") {
		t.Fatalf("session %+v", sess)
	}
	for _, line := range []string{"许老师您好,请坐,喝口水慢慢说。", "您接着说,后来怎么样了?", "这事归社区居委会调解,我帮您联系他们。"} {
		reply, err := c.Say(ctx, sess.ID, line, nil)
		if err != nil {
			t.Fatalf("say %q: %v", line, err)
		}
		if reply.Text == "" {
			t.Fatalf("no reply to %q", line)
		}
	}
	rep, err := c.End(ctx, sess.ID)
	if err != nil || rep == nil || len(rep.Stages) != 6 {
		t.Fatalf("end: %v %+v", err, rep)
	}

	// Drafts are not listed, and unknown IDs fall through to the library.
	all, err := w.Drafts.Scenarios(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, sc := range all {
		if strings.HasPrefix(sc.ID, DraftPrefix) {
			t.Fatalf("draft %s listed", sc.ID)
		}
	}
	if _, err := w.Drafts.Scenario(ctx, all[0].ID); err != nil {
		t.Fatalf("library scenario through drafts: %v", err)
	}

	// The linter's advice does not stop a try, only a save.
	thin := strings.Replace(draftYAML, "summary: 退休教师说楼下的小花园被人圈起来种菜。\n", "", 1)
	if id, ps, err := w.Try(ctx, []byte(thin)); err != nil || id == "" || len(ps) != 0 {
		t.Fatalf("try without a summary: id=%q ps=%v err=%v", id, ps, err)
	}
	if ps, err := w.Save(ctx, "sanguine-test-garden", []byte(thin), false); coach.ErrorCode(err) != coach.EINVALID || len(ps) != 1 {
		t.Fatalf("save without a summary: ps=%v err=%v", ps, err)
	}

	// A draft with problems is not kept.
	if id, ps, err := w.Try(ctx, []byte("id: x\ncolour: red\n")); err != nil || id != "" || len(ps) == 0 {
		t.Fatalf("broken draft: id=%q ps=%v err=%v", id, ps, err)
	}
}

func TestDraftsExpireAndEvict(t *testing.T) {
	lib, err := Open("")
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2025, 5, 1, 9, 0, 0, 0, time.UTC)
	d := &Drafts{Source: lib, Max: 2, Now: func() time.Time { return now }}
	sc, err := Parse(strings.NewReader(draftYAML), "t.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	first, _ := d.Add(sc)
	now = now.Add(time.Minute)
	second, _ := d.Add(sc)
	now = now.Add(time.Minute)
	third, _ := d.Add(sc)
	if _, err := d.Scenario(ctx, first); coach.ErrorCode(err) != coach.ENOTFOUND {
		t.Fatalf("oldest draft beyond Max: want not found, got %v", err)
	}
	got, err := d.Scenario(ctx, second)
	if err != nil || got.ID != second || sc.ID != "sanguine-test-garden" {
		t.Fatalf("second draft: %v (and the original must keep its id: %s)", err, sc.ID)
	}
	now = now.Add(DraftTTL - time.Minute)
	if _, err := d.Scenario(ctx, second); coach.ErrorCode(err) != coach.ENOTFOUND {
		t.Fatalf("draft older than the TTL: want not found, got %v", err)
	}
	if _, err := d.Scenario(ctx, third); err != nil {
		t.Fatalf("third draft still young: %v", err)
	}
	if _, err := d.Scenario(ctx, "draft-nope"); coach.ErrorCode(err) != coach.ENOTFOUND {
		t.Fatalf("unknown draft: %v", err)
	}
}

// TestBuiltinsLintClean checks that every built-in a trainer may copy lints
// clean in the workshop, so a copy saved under a new id saves.
func TestBuiltinsLintClean(t *testing.T) {
	w, _ := openWorkshop(t)
	for _, sc := range w.builtins() {
		src, builtin, err := w.Load(context.Background(), sc.ID)
		if err != nil || !builtin {
			t.Fatalf("%s: load: %v", sc.ID, err)
		}
		if ps := w.Lint(src); len(ps) > 0 {
			t.Errorf("%s: %v", sc.ID, ps)
		}
	}
}

// TestWorkshopConcurrentSaves saves one scenario from several goroutines
// while the library reads the folder: the reader never meets a half-written
// file, and no temporary file is left behind.
func TestWorkshopConcurrentSaves(t *testing.T) {
	w, dir := openWorkshop(t)
	ctx := context.Background()
	const id = "sanguine-test-garden"
	if _, err := w.Save(ctx, id, []byte(draftYAML), false); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	errs := make(chan error, 64)
	go func() {
		defer close(done)
		for i := 0; i < 200; i++ {
			if _, err := w.Lib.Scenario(ctx, id); err != nil {
				errs <- err
				return
			}
			if ps := w.Lib.DirProblems(); len(ps) > 0 {
				errs <- ps[0]
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 10 {
				src := strings.Replace(draftYAML, "title: 楼下小花园被占了", fmt.Sprintf("title: 楼下小花园 %d-%d", g, i), 1)
				if _, err := w.Save(ctx, id, []byte(src), false); err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	<-done
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("folder has %d entries, want the one file", len(entries))
	}
}

// BenchmarkWorkshopLint measures one lint of the largest built-in scenario,
// what the authoring page asks for after each pause in typing.
func BenchmarkWorkshopLint(b *testing.B) {
	lib, err := Open("")
	if err != nil {
		b.Fatal(err)
	}
	w := &Workshop{Lib: lib}
	var src []byte
	for _, sc := range w.builtins() {
		data, _, err := w.Load(context.Background(), sc.ID)
		if err != nil {
			b.Fatal(err)
		}
		if len(data) > len(src) {
			src = data
		}
	}
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if ps := w.Lint(src); len(ps) > 0 {
			b.Fatal(ps)
		}
	}
}
