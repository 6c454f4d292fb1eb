package knowledge

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Limits on what ingestion accepts.
const (
	maxFileBytes    = 16 << 20 // a document file
	maxDocxXMLBytes = 64 << 20 // word/document.xml once unzipped
)

// block is one paragraph of a document as read from the file: its original
// text and, when the file's own markup says so (Markdown #, HTML h1–h6, a
// Word heading style), its heading level.
type block struct {
	Text    string
	Heading int // 0 for body text
	Line    int // 1-based paragraph number in the file
}

// docError is a reason a document is skipped, worded for the trainer.
type docError struct {
	reason string
}

func (e *docError) Error() string { return e.reason }

func skipf(format string, args ...any) error {
	return &docError{reason: fmt.Sprintf(format, args...)}
}

// supportedExt reports whether ingestion reads files with this extension.
func supportedExt(ext string) bool {
	switch strings.ToLower(ext) {
	case ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx":
		return true
	}
	return false
}

// parseDocument turns the bytes of a file into paragraphs. name decides the
// format by its extension. A file that cannot be used returns a *docError.
func parseDocument(name string, data []byte) ([]block, error) {
	if len(data) == 0 {
		return nil, skipf("文件是空的")
	}
	if len(data) > maxFileBytes {
		return nil, skipf("文件太大(超过 %d MB)", maxFileBytes>>20)
	}
	var blocks []block
	switch ext := strings.ToLower(filepath.Ext(name)); ext {
	case ".txt", ".text":
		text, err := decodeText(data)
		if err != nil {
			return nil, err
		}
		blocks = textBlocks(text, false)
	case ".md", ".markdown":
		text, err := decodeText(data)
		if err != nil {
			return nil, err
		}
		blocks = textBlocks(text, true)
	case ".html", ".htm":
		text, err := decodeText(data)
		if err != nil {
			return nil, err
		}
		blocks = htmlBlocks(text)
	case ".docx":
		var err error
		blocks, err = docxBlocks(data)
		if err != nil {
			return nil, err
		}
	default:
		return nil, skipf("不支持的格式 %s(支持 .txt .md .html .docx)", ext)
	}
	for _, b := range blocks {
		if b.Heading == 0 && strings.TrimSpace(b.Text) != "" {
			return blocks, nil
		}
	}
	return nil, skipf("没有可用的正文")
}

// decodeText returns the text of a UTF-8, UTF-16 (with BOM) or
// GB18030/GBK file, refusing binary data and text in an unknown encoding.
func decodeText(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return "", skipf("UTF-16 编码有误")
		}
		return checkText(string(out))
	}
	if looksBinary(data) {
		return "", skipf("不是文本文件(像是二进制文件)")
	}
	if utf8.Valid(data) {
		return checkText(string(data))
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil {
		return "", skipf("编码无法识别(既不是 UTF-8 也不是 GB18030/GBK)")
	}
	text := string(out)
	if bad := strings.Count(text, "\uFFFD"); bad*200 > utf8.RuneCountInString(text) {
		return "", skipf("编码无法识别(既不是 UTF-8 也不是 GB18030/GBK)")
	}
	return checkText(text)
}

// looksBinary reports NUL bytes or many control characters at the start.
func looksBinary(data []byte) bool {
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl*100 > len(head)
}

// checkText refuses decoded text that is mostly unprintable.
func checkText(text string) (string, error) {
	total, bad := 0, 0
	for _, r := range text {
		total++
		if r == utf8.RuneError || (unicode.IsControl(r) && !unicode.IsSpace(r)) {
			bad++
		}
	}
	if total > 0 && bad*50 > total {
		return "", skipf("不是文本文件(含大量乱码或控制字符)")
	}
	return text, nil
}

var mdHeading = regexp.MustCompile(`^(#{1,6})\s+(.*?)\s*#*\s*$`)

// textBlocks splits plain text (or Markdown) into one block per non-empty
// line.
func textBlocks(text string, markdown bool) []block {
	var out []block
	inFence := false
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r")
		if markdown {
			if strings.HasPrefix(strings.TrimSpace(line), "```") {
				inFence = !inFence
				continue
			}
			if inFence {
				continue // code is not guidance
			}
			if m := mdHeading.FindStringSubmatch(line); m != nil {
				out = append(out, block{Text: m[2], Heading: len(m[1]), Line: i + 1})
				continue
			}
			line = strings.TrimLeft(strings.TrimSpace(line), ">*-+ ")
		}
		if t := trimSpace(line); t != "" {
			out = append(out, block{Text: t, Line: i + 1})
		}
	}
	return out
}

var (
	htmlDrop    = regexp.MustCompile(`(?is)<(script|style|head|noscript|template)\b.*?</(script|style|head|noscript|template)\s*>|<!--.*?-->`)
	htmlHeading = regexp.MustCompile(`(?is)<h([1-6])\b[^>]*>(.*?)</h[1-6]\s*>`)
	htmlBlock   = regexp.MustCompile(`(?i)</?(p|div|br|li|tr|td|th|table|section|article|header|footer|ul|ol|dl|dt|dd|blockquote|pre|hr|main|nav|aside|figure|figcaption)\b[^>]*>`)
	htmlTag     = regexp.MustCompile(`(?s)<[^>]*>`)
)

// headingMark prefixes a line that came from an HTML heading.
const headingMark = "\x00h"

// htmlBlocks extracts paragraphs and headings from an HTML page.
func htmlBlocks(page string) []block {
	page = htmlDrop.ReplaceAllString(page, "\n")
	page = htmlHeading.ReplaceAllStringFunc(page, func(s string) string {
		m := htmlHeading.FindStringSubmatch(s)
		inner := strings.ReplaceAll(htmlTag.ReplaceAllString(m[2], ""), "\n", " ")
		return "\n" + headingMark + m[1] + inner + "\n"
	})
	page = htmlBlock.ReplaceAllString(page, "\n")
	page = htmlTag.ReplaceAllString(page, "")
	var out []block
	for i, line := range strings.Split(page, "\n") {
		level := 0
		if strings.HasPrefix(line, headingMark) && len(line) > len(headingMark) {
			level = int(line[len(headingMark)] - '0')
			line = line[len(headingMark)+1:]
		}
		if t := trimSpace(html.UnescapeString(line)); t != "" {
			out = append(out, block{Text: t, Heading: level, Line: i + 1})
		}
	}
	return out
}

var docxHeadingStyle = regexp.MustCompile(`(?i)^(?:heading|标题|title)\s*(\d?)$`)

// docxBlocks reads the paragraphs of a Word .docx file.
func docxBlocks(data []byte) ([]block, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, skipf("不是有效的 .docx 文件(无法解压)")
	}
	var doc *zip.File
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			doc = f
		}
	}
	if doc == nil {
		return nil, skipf("不是有效的 .docx 文件(缺少 word/document.xml)")
	}
	rc, err := doc.Open()
	if err != nil {
		return nil, skipf("不是有效的 .docx 文件(%v)", err)
	}
	defer rc.Close()
	dec := xml.NewDecoder(io.LimitReader(rc, maxDocxXMLBytes))
	var (
		out     []block
		cur     strings.Builder
		level   int
		inText  bool
		inPara  bool
		paraNum int
	)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, skipf("不是有效的 .docx 文件(XML 有误)")
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "p":
				inPara, level = true, 0
				cur.Reset()
			case "t":
				inText = true
			case "tab":
				cur.WriteByte(' ')
			case "br", "cr":
				cur.WriteByte('\n')
			case "pStyle":
				if m := docxHeadingStyle.FindStringSubmatch(xmlAttr(t, "val")); m != nil {
					level = 1
					if n, err := strconv.Atoi(m[1]); err == nil && n > 0 {
						level = n
					}
				} else if n, err := strconv.Atoi(xmlAttr(t, "val")); err == nil && n >= 1 && n <= 9 {
					// Chinese Word names its heading styles "1", "2", …
					level = n
				}
			case "outlineLvl":
				if n, err := strconv.Atoi(xmlAttr(t, "val")); err == nil && n >= 0 && n < 9 {
					level = n + 1
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				if inPara {
					paraNum++
					for _, line := range strings.Split(cur.String(), "\n") {
						if s := trimSpace(line); s != "" {
							out = append(out, block{Text: s, Heading: level, Line: paraNum})
						}
					}
				}
				inPara = false
			}
		case xml.CharData:
			if inText {
				cur.Write(t)
			}
		}
	}
	return out, nil
}

func xmlAttr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// trimSpace trims white space including the ideographic space and NBSP.
func trimSpace(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\u3000' || r == '\u00a0' || r == '\ufeff'
	})
}
