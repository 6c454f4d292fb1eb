package knowledge

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"receptioncoach/coach"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestCards(t *testing.T) {
	cards, err := loadCards(cardFiles)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, c := range cards {
		ids[c.ID] = true
	}
	// Every technique of the domain brief has its card.
	required := []string{
		"stage-introduction", "stage-first-talk", "stage-listening", "stage-presentation", "stage-summary", "stage-coordination",
		"persona-confused", "persona-resentful", "persona-pestering", "persona-unwell", "persona-veteran",
		"persona-choleric", "persona-sanguine", "persona-phlegmatic", "persona-melancholic",
		"truth-hint", "truth-questioning", "truth-knowledge", "truth-confront",
		"words-welcome", "words-reassure", "words-hope",
		"dont-rude", "dont-false-promise", "dont-buck-passing", "dont-confront", "dont-buy-peace",
		"dont-officialese", "dont-gifts", "dont-interrupt", "dont-rush", "dont-blame",
		"procedure-reception", "procedure-case-classes", "procedure-record", "principles-talk",
		"group-visits", "mind-styles", "interview-answer", "interview-role",
	}
	for _, id := range required {
		if !ids[id] {
			t.Errorf("card %s missing", id)
		}
	}
	for _, s := range coach.Stages() {
		if !slices.ContainsFunc(cards, func(c Card) bool { return slices.Contains(c.Stages, s) }) {
			t.Errorf("no card for stage %s", s)
		}
	}
	for _, p := range coach.Personas() {
		if !slices.ContainsFunc(cards, func(c Card) bool { return slices.Contains(c.Personas, p.Key) }) {
			t.Errorf("no card for persona %s", p.Key)
		}
	}

	dir := corpusDir(t)
	f, err := newFolder()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := collect([]string{dir})
	var corpus strings.Builder
	names := map[string]bool{}
	for _, file := range files {
		names[file.name] = true
		text, err := decodeText(file.data)
		if err != nil {
			t.Fatal(err)
		}
		corpus.WriteString(hanOnly(f.fold(text)))
		corpus.WriteString("|")
	}
	const window = 12 // Han characters in a row that may not come from the texts
	for _, c := range cards {
		if !names[c.Source] {
			t.Errorf("card %s: source %q is not a file of the corpus", c.ID, c.Source)
		}
		han := []rune(hanOnly(f.fold(c.Title + "|" + c.PlainBody())))
		for i := 0; i+window <= len(han); i++ {
			if s := string(han[i : i+window]); strings.Contains(corpus.String(), s) {
				t.Errorf("card %s copies the corpus: %q", c.ID, s)
				break
			}
		}
	}
}

// hanOnly keeps Han characters and marks every other run with one "|", so
// that windows do not span punctuation.
func hanOnly(s string) string {
	var b strings.Builder
	gap := false
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			b.WriteRune(r)
			gap = false
		} else if !gap {
			b.WriteByte('|')
			gap = true
		}
	}
	return b.String()
}

func TestParseCardErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"NoFrontMatter", "just text", "front matter"},
		{"Unclosed", "---\nid: a\n", "not closed"},
		{"UnknownField", "---\nid: a\ntitle: t\nsource: s\ncolour: red\n---\nbody", "colour"},
		{"BadStage", "---\nid: a\ntitle: t\nsource: s\nstages: [chatting]\n---\nbody", "unknown stage"},
		{"BadPersona", "---\nid: a\ntitle: t\nsource: s\npersonas: [grumpy]\n---\nbody", "unknown persona"},
		{"EmptyBody", "---\nid: a\ntitle: t\nsource: s\n---\n", "body is empty"},
		{"BadID", "---\nid: A B\ntitle: t\nsource: s\n---\nbody", "id"},
		{"BrokenYAML", "---\nid: [a\n---\nbody", "front matter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseCard([]byte(tt.data))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to mention %q", err, tt.want)
			}
		})
	}
}

func TestSearchBothScripts(t *testing.T) {
	l := mustOpen(t, Config{Corpora: []string{corpusDir(t)}})
	ctx := context.Background()
	for _, q := range []string{"倾听阶段", "傾聽階段"} {
		res, err := l.Search(ctx, q, 5)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, p := range res {
			if strings.HasPrefix(p.Source, "001_") && strings.Contains(p.Text, "傾聽階段") {
				found = true
				if !strings.Contains(p.Highlight, "<mark>傾聽") {
					t.Errorf("%s: highlight %q does not mark the Traditional text", q, p.Highlight)
				}
				if !slices.Contains(p.Stages, coach.StageListening) {
					t.Errorf("%s: passage stages %v, want listening", q, p.Stages)
				}
				if !strings.Contains(p.Title, "傾聽階段") {
					t.Errorf("%s: title %q lacks the heading", q, p.Title)
				}
			}
			if p.Source == "" || p.Text == "" || p.Score <= 0 || p.ID == "" {
				t.Errorf("%s: incomplete passage %+v", q, p)
			}
		}
		if !found {
			t.Errorf("%s: the Traditional listening passage is not in the top 5", q)
		}
	}
	// Cards come back with their card source.
	res, err := l.Search(ctx, "乱许愿", 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) == 0 || res[0].Source != "card:dont-false-promise" || res[0].Title == "" {
		t.Errorf("乱许愿: top result %+v, want card:dont-false-promise", res)
	}
}

func TestSearchInvalid(t *testing.T) {
	l := mustOpen(t, Config{})
	for _, q := range []string{"", "   ", strings.Repeat("接访", 101)} {
		_, err := l.Search(context.Background(), q, 5)
		if coach.ErrorCode(err) != coach.EINVALID || coach.ErrorMessage(err) == "" {
			t.Errorf("Search(%.10q…) err = %v, want EINVALID", q, err)
		}
	}
	res, err := l.Search(context.Background(), "怎么办", 0)
	if err != nil {
		t.Fatalf("only question words: %v", err)
	}
	if len(res) > defaultK {
		t.Errorf("k=0 gave %d results, want at most %d", len(res), defaultK)
	}
}

func TestPersistAndRebuild(t *testing.T) {
	src := corpusDir(t)
	corpus := t.TempDir()
	files, _ := collect([]string{src})
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(corpus, f.name), f.data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dir := filepath.Join(t.TempDir(), "index")
	ctx := context.Background()
	open := func() *Library {
		t.Helper()
		l, err := Open(ctx, Config{Dir: dir, Corpora: []string{corpus}, Logger: quietLogger()})
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	search := func(l *Library, q string) []string {
		t.Helper()
		res, err := l.Search(ctx, q, 5)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, p := range res {
			ids = append(ids, p.ID)
		}
		return ids
	}

	l := open()
	if l.Stats().Reused {
		t.Error("first open reused an index")
	}
	first := search(l, "倾听的时候能不能打断")
	l.Close()

	l = open()
	if !l.Stats().Reused {
		t.Error("second open rebuilt an unchanged index")
	}
	if again := search(l, "倾听的时候能不能打断"); !slices.Equal(first, again) {
		t.Errorf("reopened index ranks %v, built one %v", again, first)
	}
	l.Close()

	// A new document triggers a rebuild and is found.
	if err := os.WriteFile(filepath.Join(corpus, "trainer.md"), []byte("# 自编要点\n\n接待外地来访人时,先问清楚回程车次,再安排谈话时间。"), 0o644); err != nil {
		t.Fatal(err)
	}
	l = open()
	if l.Stats().Reused {
		t.Error("open after adding a document reused the old index")
	}
	if ids := search(l, "回程车次"); len(ids) == 0 || !strings.HasPrefix(ids[0], "trainer.md#") {
		t.Errorf("new document not found: %v", ids)
	}
	l.Close()

	// A damaged index is rebuilt, not fatal.
	if err := os.RemoveAll(filepath.Join(dir, indexDir)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, indexDir), []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	l = open()
	if l.Stats().Reused {
		t.Error("damaged index reused")
	}
	if ids := search(l, "回程车次"); len(ids) == 0 {
		t.Error("rebuilt index finds nothing")
	}
	l.Close()

	// A stale mapping version is rebuilt.
	var m manifest
	data, _ := os.ReadFile(filepath.Join(dir, manifestFile))
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	m.Version--
	data, _ = json.Marshal(m)
	os.WriteFile(filepath.Join(dir, manifestFile), data, 0o644)
	l = open()
	if l.Stats().Reused {
		t.Error("index of an older mapping version reused")
	}
	l.Close()
}

func TestUnwritableDataDirFallsBackToMemory(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "file")
	os.WriteFile(blocker, []byte("x"), 0o644)
	l, err := Open(context.Background(), Config{Dir: filepath.Join(blocker, "index"), Logger: quietLogger()})
	if err != nil {
		t.Fatalf("Open with an unwritable dir: %v", err)
	}
	defer l.Close()
	if res, err := l.Search(context.Background(), "推诿", 3); err != nil || len(res) == 0 {
		t.Errorf("in-memory fallback search: %v, %d results", err, len(res))
	}
}

func TestProblemsAreReportedAndSkipped(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", []byte("三、倾听阶段\n来访人说话时点头回应,手上记录,眼睛看着对方。"))
	write("good.docx", makeDocx(t, [][2]string{{"Heading1", "回访"}, {"", "结案一个月后打电话回访,问问还有什么困难。"}}))
	write("gbk.txt", gbk(t, "陈述阶段\n用拉家常的口气讲政策,效果更好。"))
	write("empty.txt", nil)
	write("photo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))
	write("broken.docx", []byte("not a zip at all"))
	write("slides.pptx", []byte("PK"))
	write(".hidden.txt", []byte("隐藏文件不读"))
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "sub", "more.md"), []byte("# 子目录\n子目录里的文档也会被读取。"), 0o644)

	l := mustOpen(t, Config{Corpora: []string{dir, filepath.Join(dir, "missing")}})
	var got []string
	for _, p := range l.Problems() {
		if p.Reason == "" {
			t.Errorf("problem %s has no reason", p.File)
		}
		got = append(got, filepath.Base(p.File))
	}
	slices.Sort(got)
	want := []string{"broken.docx", "empty.txt", "missing", "photo.txt", "slides.pptx"}
	if !slices.Equal(got, want) {
		t.Errorf("problems = %v, want %v", got, want)
	}
	if st := l.Stats(); st.Documents != 4 {
		t.Errorf("documents = %d, want 4 (good.txt, good.docx, gbk.txt, sub/more.md)", st.Documents)
	}
	for q, src := range map[string]string{"点头回应": "good.txt", "打电话回访": "good.docx", "拉家常的口气": "gbk.txt", "子目录里的文档": "sub/more.md"} {
		res, err := l.Search(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(res, func(p coach.Passage) bool { return p.Source == src }) {
			t.Errorf("%s: %s not found", q, src)
		}
	}
}

func TestHint(t *testing.T) {
	l := mustOpen(t, Config{Corpora: []string{corpusDir(t)}})
	ctx := context.Background()

	res, err := l.Hint(ctx, coach.HintQuery{
		Stage:       coach.StageListening,
		Persona:     coach.PersonaResentful,
		VisitorLine: "我在厂里干了二十年,说下放就下放,这口气我咽不下去!",
	}, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 3 {
		t.Fatalf("got %d passages, want 3", len(res))
	}
	if !strings.HasPrefix(res[0].Source, "card:") || strings.HasPrefix(res[1].Source, "card:") {
		t.Errorf("want a card then a text passage, got %s, %s", res[0].Source, res[1].Source)
	}
	for _, p := range res {
		if p.Source == "" || p.Text == "" {
			t.Errorf("passage without source or text: %+v", p)
		}
	}
	if !slices.Contains(res[0].Stages, coach.StageListening) && !slices.Contains(res[0].Personas, coach.PersonaResentful) {
		t.Errorf("first card %s fits neither the stage nor the visitor", res[0].Source)
	}

	// Faults and stage gaps named by the report find the card behind the advice.
	topics := []struct {
		stage coach.Stage
		topic string
		card  string
	}{
		{coach.StageCoordination, "乱许愿", "dont-false-promise"},
		{coach.StageCoordination, "推诿", "dont-buck-passing"},
		{coach.StagePresentation, "顶撞", "dont-confront"},
		{coach.StageCoordination, "花钱买平安", "dont-buy-peace"},
		{coach.StagePresentation, "套话", "dont-officialese"},
		{coach.StageCoordination, "收礼", "dont-gifts"},
		{coach.StageListening, "训斥", "dont-rude"},
		{coach.StageListening, "打断", "dont-interrupt"},
		{coach.StageListening, "催促", "dont-rush"},
		{coach.StagePresentation, "指责", "dont-blame"},
		{coach.StageSummary, "没有复述核对", "stage-summary"},
		{coach.StageIntroduction, "没有问候让座", "stage-introduction"},
		{coach.StageCoordination, "没有约定答复时间", "stage-coordination"},
		{"", "false_promise", "dont-false-promise"},
	}
	for _, tt := range topics {
		res, err := l.Hint(ctx, coach.HintQuery{Stage: tt.stage, Persona: coach.PersonaVeteran, Topic: tt.topic}, 1)
		if err != nil {
			t.Fatal(err)
		}
		if len(res) != 1 || res[0].Source != "card:"+tt.card {
			got := ""
			if len(res) > 0 {
				got = res[0].Source
			}
			t.Errorf("Hint(%s, %q) = %s, want card:%s", tt.stage, tt.topic, got, tt.card)
		}
	}

	for _, bad := range []coach.HintQuery{{}, {Stage: "chatting"}, {Persona: "grumpy"}} {
		if _, err := l.Hint(ctx, bad, 3); coach.ErrorCode(err) != coach.EINVALID {
			t.Errorf("Hint(%+v) err = %v, want EINVALID", bad, err)
		}
	}
}

func TestQuestionLabels(t *testing.T) {
	dir := corpusDir(t)
	qs := loadQuestions(t)
	if len(qs) < 60 {
		t.Errorf("%d questions, want at least 60", len(qs))
	}
	f, err := newFolder()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := collect([]string{dir})
	cards, _ := loadCards(cardFiles)
	for _, q := range qs {
		for _, a := range q.Answers {
			ok := false
			for _, file := range files {
				if strings.HasPrefix(file.name, a.Doc) && strings.Contains(compact(f.fold(string(file.data))), compact(f.fold(a.Has))) {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%s: label %s/%q is not in the corpus", q.Q, a.Doc, a.Has)
			}
		}
		for _, id := range q.Cards {
			if !slices.ContainsFunc(cards, func(c Card) bool { return c.ID == id }) {
				t.Errorf("%s: unknown card %s", q.Q, id)
			}
		}
	}
}

func loadQuestions(t *testing.T) []Question {
	t.Helper()
	fh, err := os.Open(filepath.Join("..", "testdata", "search", "questions.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	qs, err := ParseQuestions(fh)
	if err != nil {
		t.Fatal(err)
	}
	return qs
}

// TestRetrievalQuality guards the measured quality on the labelled set
// (quality only; speed is measured by coach eval-search and the benchmarks).
func TestRetrievalQuality(t *testing.T) {
	dir := corpusDir(t)
	res, err := Evaluate(context.Background(), EvalOptions{Corpora: []string{dir}, Questions: loadQuestions(t), Rounds: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		t.Logf("%-26s hit@1 %.3f hit@5 %.3f MRR %.3f", r.System, r.Hit1, r.Hit5, r.MRR)
		if r.System == "pipeline, texts only" && (r.Hit5 < 0.9 || r.MRR < 0.8) {
			t.Errorf("pipeline on the raw texts: hit@5 %.3f MRR %.3f, want ≥ 0.9 and ≥ 0.8; misses: %q", r.Hit5, r.MRR, r.Misses)
		}
	}
}

// TestRankingGolden pins the top results of a few queries; run with
// -update after a deliberate ranking change.
func TestRankingGolden(t *testing.T) {
	l := mustOpen(t, Config{Corpora: []string{corpusDir(t)}})
	queries := []string{
		"傾聽", "上访人大吵大闹怎么办", "老上访户缠访", "闹访 无理取闹", "定心话", "集体访选代表", "面试 老人投诉",
	}
	type row struct {
		Query string   `json:"query"`
		Top   []string `json:"top"`
	}
	var got []row
	for _, q := range queries {
		res, err := l.Search(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		r := row{Query: q}
		for _, p := range res {
			r.Top = append(r.Top, p.ID)
		}
		got = append(got, r)
	}
	data, _ := json.MarshalIndent(got, "", "  ")
	data = append(data, '\n')
	path := filepath.Join("..", "testdata", "search", "golden", "ranking.json")
	if *update {
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden (run with -update to create): %v", err)
	}
	if string(want) != string(data) {
		t.Errorf("ranking changed; run go test ./knowledge -run Golden -update if intended\ngot:\n%s\nwant:\n%s", data, want)
	}
}
