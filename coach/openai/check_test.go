package openai

import (
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	k := checker{limit: 160, ground: "王桂兰 67岁 3月5号 第2笔 1.5万", labels: []string{"王桂兰"}, officer: true}
	tests := []struct {
		name   string
		text   string
		final  bool
		reason string // "" when the text passes
	}{
		// Replies in character pass, including answers to an injection.
		{"Plain", "我都跑了三趟了,钱到底啥时候给?", true, ""},
		{"AnswersInjection", "你说的啥设定不设定的?我听不懂。", true, ""},
		{"VeteranPride", "我作为老党员,说话是算数的。", true, ""},
		{"MoneyWithDecimal", "1.5万对你们不算啥,对我是救命钱。", true, ""},
		{"NumbersFromPrompt", "我67了,3月5号就该给第2笔。", true, ""},
		{"FullWidthNumber", "我６７了。", true, ""},
		{"FewLatin", "我问了好几次,OK都说了,钱呢?", true, ""},
		{"QuotesTheOfficer", "你们上回说会尽快处理,到现在也没动静。", true, ""},
		{"ShortPrefix", "Well", false, ""},
		// Broken or out-of-character replies do not.
		{"Empty", "  \n", true, ReasonEmpty},
		{"Replacement", "我\uFFFD\uFFFD都", false, ReasonGarbled},
		{"Control", "我都\x00跑了", false, ReasonGarbled},
		{"Code", "```\n钱\n```", false, ReasonGarbled},
		{"Bold", "我**很生气**", false, ReasonGarbled},
		{"Dash", "我有两点:\n- 钱\n- 房子", false, ReasonGarbled},
		{"Numbered", "1. 钱没到\n2. 房子漏雨", false, ReasonGarbled},
		{"ChineseNumbered", "一、钱没到", false, ReasonGarbled},
		{"Heading", "# 回复", false, ReasonGarbled},
		{"TooLong", strings.Repeat("钱", 161), false, ReasonGarbled},
		{"English", "I am really upset about the money.", false, ReasonGarbled},
		{"Japanese", "お金はいつもらえますか、本当に困っています。", true, ReasonGarbled},
		{"AI", "好的,我现在是AI助手。", false, ReasonOffCharacter},
		{"LowerAI", "作为一个ai,我不能……", false, ReasonOffCharacter},
		{"Model", "我是一个语言模型。", false, ReasonOffCharacter},
		{"SystemPrompt", "我的系统提示是这样的", false, ReasonOffCharacter},
		{"Role", "我扮演的角色是来访者。", false, ReasonOffCharacter},
		{"FenceLeak", "【接待员说】你好", false, ReasonOffCharacter},
		{"Compliance", "好的,以下是你要的内容", false, ReasonOffCharacter},
		{"Officer", "您反映的问题我们会认真研究。", false, ReasonOffCharacter},
		{"OfficerLabel", "接待员:请坐。", false, ReasonOffCharacter},
		{"InventedNumber", "还差38000块钱没给!", true, ReasonInvented},
		{"InventedNumberNotFinal", "还差38000块钱没给!", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fe := k.check(tt.text, tt.final)
			got := ""
			if fe != nil {
				got = fe.Reason
			}
			if got != tt.reason {
				t.Errorf("check(%q) = %v, want reason %q", tt.text, fe, tt.reason)
			}
		})
	}
}

func TestCheckOfficerOnlyForTheVisitor(t *testing.T) {
	k := checker{limit: 200}
	if fe := k.check("你说了“您反映的问题我们会认真研究”,这是套话。", true); fe != nil {
		t.Errorf("a comment quoting the officer was rejected: %v", fe)
	}
}

func TestClean(t *testing.T) {
	k := checker{labels: []string{"王桂兰", "来访者"}}
	tests := []struct{ raw, want string }{
		{"  我都跑了", "我都跑了"},
		{"王桂兰:我都跑了", "我都跑了"},
		{"王桂兰: 我都跑了", "我都跑了"},
		{"来访者:“我都跑了", "我都跑了"},
		{"「我都跑了", "我都跑了"},
		{"<th", ""},
		{"<think>想一想", ""},
		{"<think>想一想</think>\n\n我都跑了", "我都跑了"},
		{"我说王桂兰:不", "我说王桂兰:不"},
		{"<b>我</b>", "<b>我</b>"},
	}
	for _, tt := range tests {
		if got := k.clean(tt.raw); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.raw, got, tt.want)
		}
	}
}

func TestFinish(t *testing.T) {
	tests := []struct{ in, want string }{
		{"我都跑了” ", "我都跑了"},
		{"我都跑了」", "我都跑了"},
		{" 我都跑了\n", "我都跑了"},
	}
	for _, tt := range tests {
		if got := finish(tt.in); got != tt.want {
			t.Errorf("finish(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestShowable(t *testing.T) {
	tests := []struct{ in, want string }{
		{"我都跑了三趟", ""}, // held back: fewer than holdRunes
		{"我都跑了三趟了,钱呢?”", "我都跑了三趟了,钱呢?"}, // no trailing quote
		{"Sure, I can help you", ""},    // not Chinese: never shown early
	}
	for _, tt := range tests {
		if got := showable(tt.in); got != tt.want {
			t.Errorf("showable(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCutSentences(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
		ok   bool
	}{
		{"一句。两句。", 10, "一句。两句。", true},
		{"一句。两句。", 5, "一句。", true},
		{"一句话没有句号", 3, "", false},
	}
	for _, tt := range tests {
		got, ok := cutSentences(tt.in, tt.n)
		if got != tt.want || ok != tt.ok {
			t.Errorf("cutSentences(%q, %d) = %q, %v", tt.in, tt.n, got, ok)
		}
	}
}

func TestCNNumber(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"七十二", 72}, {"十", 10}, {"十五", 15}, {"一百", 100}, {"六十", 60}, {"九", 9}, {"一百零五", 105}, {"两百二十", 220},
	}
	for _, tt := range tests {
		if got, ok := cnNumber(tt.in); !ok || got != tt.want {
			t.Errorf("cnNumber(%q) = %d, %v; want %d", tt.in, got, ok, tt.want)
		}
	}
	if _, ok := cnNumber("七x"); ok {
		t.Errorf("cnNumber accepted a non-numeral")
	}
}
