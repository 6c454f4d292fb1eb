package knowledge

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/mapping"
	"golang.org/x/text/encoding/simplifiedchinese"

	"receptioncoach/coach"
)

func gbk(t *testing.T, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseDocument(t *testing.T) {
	body := "接待时先请来访人坐下,再听他慢慢讲。"
	tests := []struct {
		name     string
		file     string
		data     []byte
		want     []block // Text and Heading only
		errMatch string  // substring of the skip reason
	}{
		{name: "UTF8", file: "a.txt", data: []byte("标题\n\n" + body + "\r\n"), want: []block{{Text: "标题"}, {Text: body}}},
		{name: "UTF8BOM", file: "a.txt", data: append([]byte{0xEF, 0xBB, 0xBF}, body...), want: []block{{Text: body}}},
		{name: "GB18030", file: "a.txt", data: gbk(t, "傾聽階段\n"+body), want: []block{{Text: "傾聽階段"}, {Text: body}}},
		{name: "Markdown", file: "a.md", data: []byte("# 倾听\n\n- " + body + "\n```\ncode 不算\n```\n"), want: []block{{Text: "倾听", Heading: 1}, {Text: body}}},
		{name: "HTML", file: "a.html", data: []byte(`<html><head><title>t</title><style>p{}</style></head><body><h2>三、倾听</h2><p>` + body + `</p><script>var x="不要"</script><p>甲&amp;乙</p></body></html>`),
			want: []block{{Text: "三、倾听", Heading: 2}, {Text: body}, {Text: "甲&乙"}}},
		{name: "Docx", file: "a.docx", data: makeDocx(t, [][2]string{{"Heading1", "接访要点"}, {"", body}, {"2", "二级标题"}, {"", "第二段"}}),
			want: []block{{Text: "接访要点", Heading: 1}, {Text: body}, {Text: "二级标题", Heading: 2}, {Text: "第二段"}}},
		{name: "Empty", file: "a.txt", data: nil, errMatch: "空"},
		{name: "OnlySpace", file: "a.txt", data: []byte(" \n\n\t"), errMatch: "没有可用的正文"},
		{name: "Binary", file: "a.txt", data: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), errMatch: "二进制"},
		{name: "WrongEncoding", file: "a.txt", data: []byte{0x81, 0x20, 0x82, 0x21, 0xFF, 0xFF, 0x83, 0x0a, 0x84, 0x22}, errMatch: "编码"},
		{name: "BrokenDocx", file: "a.docx", data: []byte("PK\x03\x04 not really a zip"), errMatch: "docx"},
		{name: "Unsupported", file: "a.pdf", data: []byte("%PDF-1.4"), errMatch: "不支持"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseDocument(tt.file, tt.data)
			if tt.errMatch != "" {
				var de *docError
				if !errors.As(err, &de) || !strings.Contains(de.reason, tt.errMatch) {
					t.Fatalf("err = %v, want a skip reason containing %q", err, tt.errMatch)
				}
				return
			}
			if err != nil {
				t.Fatalf("parseDocument: %v", err)
			}
			var simple []block
			for _, b := range got {
				simple = append(simple, block{Text: b.Text, Heading: b.Heading})
			}
			if !slices.Equal(simple, tt.want) {
				t.Errorf("blocks = %+v\nwant %+v", simple, tt.want)
			}
		})
	}
}

func TestSplitCleansAndKeepsContext(t *testing.T) {
	f, err := newFolder()
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("来访人情绪平稳时可以多讲几句,把道理讲透。", 30)
	blocks := []block{
		{Text: "讲稿.docx"},
		{Text: "上传人:b****7 文档编号:23641821 上传时间:2023-05-19 格式:DOCX 页数:17"},
		{Text: "第1页 / 共17页"},
		{Text: "接访的几点体会"},
		{Text: "三、傾聽階段"},
		{Text: "0123456789abcdef0123456789abcdef1、先让人把话讲完,不要急着下结论,有疑问当场问清楚。"},
		{Text: "先让人把话讲完,不要急着下结论,有疑问当场问清楚。"},
		{Text: "????"},
		{Text: "四、陈述阶段。" + long},
		{Text: "展开阅读全文"},
		{Text: "copyright@ 2008-2022 某某网站版权所有"},
	}
	ps := newSplitter(f).split("x.txt", blocks)
	var all strings.Builder
	for _, p := range ps {
		all.WriteString(p.Text)
		if len([]rune(p.Fold)) != len([]rune(p.Text)) {
			t.Errorf("%s: folded text not rune-aligned", p.ID)
		}
	}
	for _, junk := range []string{"上传人", "第1页", "展开阅读全文", "copyright", "0123456789abcdef", "????", "讲稿.docx"} {
		if strings.Contains(all.String(), junk) {
			t.Errorf("debris %q kept", junk)
		}
	}
	if n := strings.Count(all.String(), "先让人把话讲完"); n != 1 {
		t.Errorf("repeated paragraph kept %d times, want 1", n)
	}
	var listening *passage
	for i := range ps {
		if strings.Contains(ps[i].Text, "先让人把话讲完") {
			listening = &ps[i]
		}
	}
	if listening == nil {
		t.Fatal("listening passage lost")
	}
	if !strings.Contains(listening.Title, "三、傾聽階段") || !slices.Contains(listening.Stages, coach.StageListening) {
		t.Errorf("listening passage: title %q stages %v, want heading context and stage listening", listening.Title, listening.Stages)
	}
	if !strings.HasPrefix(listening.Text, "三、傾聽階段") {
		t.Errorf("first passage under a heading should show it: %q", listening.Text)
	}
	pieces := 0
	for _, p := range ps {
		if strings.Contains(p.Title, "四、陈述阶段") {
			pieces++
			if n := len([]rune(p.Text)); n > passageMax+passageMax/2 {
				t.Errorf("piece of a long paragraph has %d runes", n)
			}
			if !slices.Contains(p.Stages, coach.StagePresentation) {
				t.Errorf("piece %s lost its stage", p.ID)
			}
		}
	}
	if pieces < 2 {
		t.Errorf("long paragraph cut into %d pieces, want ≥ 2", pieces)
	}
}

func TestHeadingOf(t *testing.T) {
	tests := []struct {
		line  string
		level int
		rest  bool
	}{
		{"第一篇:浅谈接访艺术", 1, false},
		{"三、倾听阶段。初谈完成后,即进入倾听的阶段,要让来访人把事情讲清楚,不要重复。", 2, true},
		{"(二)接谈梳理。", 3, false},
		{"1、热情接待。", 4, false},
		{"1 做好初信初访工作,夯实第一道防线", 4, false},
		{"(1)聆听诉说。", 5, false},
		{"1.要落实一位接访人员负责记录,将群众反映的问题详细记录清楚,不明之处要即时询问。", 0, false},
		{"接访工作制度", softLevel, false},
		{"基本观念是什么?", 0, false},
	}
	for _, tt := range tests {
		level, _, rest := headingOf(tt.line)
		if level != tt.level || rest != tt.rest {
			t.Errorf("headingOf(%q) = level %d rest %v, want %d %v", tt.line, level, rest, tt.level, tt.rest)
		}
	}
}

func TestAnalyzerFoldsScripts(t *testing.T) {
	m, err := buildIndexMapping()
	if err != nil {
		t.Fatal(err)
	}
	an := m.(*mapping.IndexMappingImpl).AnalyzerNamed(analyzerName)
	if an == nil {
		t.Fatal("analyzer not found")
	}
	tests := []struct {
		in   string
		want []string
	}{
		{"傾聽階段", []string{"倾听", "听阶", "阶段"}},
		{"倾听阶段", []string{"倾听", "听阶", "阶段"}},
		{"歡迎話", []string{"欢迎", "迎话"}},
		{"ＡＢＣ接訪", []string{"abc", "接访"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range an.Analyze([]byte(tt.in)) {
			got = append(got, string(tok.Term))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Analyze(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestChunkQuery(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"他说话的时候我能插嘴打断吗", []string{"说话", "能插嘴打断"}},
		{"怎么了解来访人的目的", []string{"了解来访人", "目的"}},
		{"倾听阶段要做什么?", []string{"倾听阶段要做"}},
		{"怎么办", nil},
		{"5人以下", []string{"5人以下"}},
	}
	for _, tt := range tests {
		if got := chunkQuery(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("chunkQuery(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHighlight(t *testing.T) {
	f, err := newFolder()
	if err != nil {
		t.Fatal(err)
	}
	text := "三、傾聽階段。<注意>不要打斷。"
	got := highlight(text, string(f.foldRunes(text)), []string{"倾听", "打断"})
	want := "三、<mark>傾聽</mark>階段。&lt;注意&gt;不要<mark>打斷</mark>。"
	if got != want {
		t.Errorf("highlight = %q, want %q", got, want)
	}
}
