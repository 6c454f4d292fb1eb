package knowledge

import (
	"regexp"
	"strings"
)

// debrisLine matches whole lines that are web-page furniture rather than
// text: upload and page-counter lines, download buttons, "read more",
// copyright and licence lines, echoes of the file name. Lines are matched
// after folding to Simplified.
var debrisLine = []*regexp.Regexp{
	regexp.MustCompile(`上传人\s*[:]|文档编号\s*[:]|上传时间\s*[:]|文档页数\s*[:]|下载积分\s*[:]`),
	regexp.MustCompile(`^第\s*\d+\s*页\s*/\s*共\s*\d+\s*页$`),
	regexp.MustCompile(`(?i)_第\s*\d+\s*页$`),
	regexp.MustCompile(`^(点击)?查看更多|展开阅读全文|阅读全文|继续阅读|点击(下载|阅读|查看)`),
	regexp.MustCompile(`^(下载资源|资源描述|相关资源|猜你喜欢|相关搜索|相关文档|相关推荐|热门搜索|下载|举报|收藏|分享|打印|返回顶部|上一篇|下一篇)$`),
	regexp.MustCompile(`^下载\s+相关\s+举报$`),
	regexp.MustCompile(`^当前位置\s*[:>]`),
	regexp.MustCompile(`(?i)copyright|©|版权所有|版权声明|icp\s*备|经营许可证|增值电信`),
	regexp.MustCompile(`由会员分享|可在线阅读|珍藏版\)|请在.{1,12}上搜索`),
	regexp.MustCompile(`^论文部分内容阅读$`),
	regexp.MustCompile(`(?i)^[^\s。,]{1,80}\.(docx?|pdf|pptx?|xlsx?|wps|txt)$`),
	regexp.MustCompile(`^[\s?\x{FFFD}]+$`),
}

// inlineJunk matches debris inside a line: long hexadecimal hashes glued to
// the text, runs of question marks standing in for lost characters,
// zero-width characters.
var inlineJunk = regexp.MustCompile(`[0-9a-f]{16,}|[?\x{FF1F}]{2,}|[\x{200b}-\x{200d}\x{2060}]`)

// isDebris reports whether a folded line is page furniture.
func isDebris(folded string) bool {
	for _, re := range debrisLine {
		if re.MatchString(folded) {
			return true
		}
	}
	return false
}

// cleanLine removes inline debris from an original line.
func cleanLine(s string) string {
	return trimSpace(inlineJunk.ReplaceAllString(s, ""))
}

// dedupeKey is the form under which repeated paragraphs are recognised:
// folded, without spaces and punctuation.
func dedupeKey(folded string) string {
	var b strings.Builder
	for _, r := range folded {
		if isWordRune(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
