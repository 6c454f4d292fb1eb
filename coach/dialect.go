package coach

import "strings"

// cantonesePairs maps common written-Cantonese words to Mandarin words of
// the same length, longer words first so that "唔好意思" is read before
// "唔好". Every pair keeps the rune count and the byte length, so that a
// position in the Mandarin reading of a line is the same position in the
// line itself and a quote can be taken back to the trainee's own words
// (see mandarinReading). A bare 呢 or 系 is left alone: both are Mandarin
// too ("您呢?", "联系").
var cantonesePairs = [...]string{
	"唔好意思", "不好意思",
	"係唔係", "是不是", "系唔系", "是不是",
	"话唔定", "说不定", "知唔知", "知不知", "得唔得", "行不行", "好唔好", "好不好",
	"唔该", "谢谢", "唔好", "不要", "唔使", "不用", "唔驶", "不用", "唔得", "不行",
	"唔係", "不是", "唔系", "不是", "係咪", "是不", "系咪", "是不",
	"就系", "就是", "都系", "都是", "只系", "只是",
	"冇问题", "没问题", "冇事", "没事", "乜嘢", "什么",
	"点解", "为何", "点样", "怎样", "点算", "怎办", "点办", "怎办",
	"边度", "哪里", "边个", "哪个", "边间", "哪间", "边位", "哪位",
	"而家", "现在", "宜家", "现在", "依家", "现在", "搞掂", "搞定",
	"咁样", "这样", "噉样", "这样", "嗰度", "那里", "呢度", "这里",
	"呢个", "这个", "呢张", "这张", "呢间", "这间", "呢件", "这件", "呢位", "这位",
	"呢次", "这次", "呢份", "这份", "呢排", "这阵", "呢啲", "这些", "呢单", "这单",
	"琴日", "昨天", "听日", "明天", "今日", "今天", "头先", "刚才", "细个", "小时",
	"畀返", "还给", "俾返", "还给", "交畀", "交给", "交俾", "交给",
	"我哋", "我们", "你哋", "你们", "佢哋", "他们",
	"係", "是", "嘅", "的", "佢", "他", "咗", "了", "喺", "在", "嚟", "来",
	"睇", "看", "揾", "找", "搵", "找", "畀", "给", "俾", "给", "啲", "些",
	"冇", "没", "咩", "啥", "嗰", "那", "噉", "这", "咁", "这", "哋", "们",
	"唔", "不", "嘢", "事", "乜", "啥", "啱", "对", "攞", "拿", "諗", "想", "谂", "想",
	"嘞", "了",
}

// cantonese reads written Cantonese as Mandarin, word for word.
var cantonese = strings.NewReplacer(cantonesePairs[:]...)

// mandarinReading returns text with its written-Cantonese words in
// Mandarin ("交畀我" → "交给我"), of the same length byte for byte. The
// recogniser's cues and the fault model's n-grams are Mandarin; most
// trainees type Mandarin, but some in Guangdong write as they speak.
func mandarinReading(text string) string {
	return cantonese.Replace(text)
}

// restoreQuotes takes the quotes, office and date of rec, read from norm
// (the Mandarin reading of text), back to text's own words: the trainee sees
// what he wrote. A quote not found in norm is left as it is. The words of
// questions stay in Mandarin, as the scenario facts they are matched with.
func restoreQuotes(rec *Recognition, norm, text string) {
	if norm == text {
		return
	}
	back := func(q string) string {
		if q == "" {
			return q
		}
		if i := strings.Index(norm, q); i >= 0 {
			return text[i : i+len(q)]
		}
		return q
	}
	if len(rec.Quotes) > 0 {
		quotes := make(map[string]string, len(rec.Quotes))
		for k, q := range rec.Quotes {
			quotes[k] = back(q)
		}
		rec.Quotes = quotes
	}
	rec.Office = back(rec.Office)
	rec.Date = back(rec.Date)
}
