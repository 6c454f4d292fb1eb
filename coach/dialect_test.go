package coach

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCantonesePairsKeepTheLength(t *testing.T) {
	if len(cantonesePairs)%2 != 0 {
		t.Fatalf("odd number of words: %d", len(cantonesePairs))
	}
	for i := 0; i < len(cantonesePairs); i += 2 {
		from, to := cantonesePairs[i], cantonesePairs[i+1]
		if len(from) != len(to) || utf8.RuneCountInString(from) != utf8.RuneCountInString(to) {
			t.Errorf("%q → %q changes the length", from, to)
		}
	}
}

func TestMandarinReading(t *testing.T) {
	tests := []struct{ in, want string }{
		{"得啦得啦，交畀我。", "得啦得啦，交给我。"},
		{"唔好意思，佢哋唔係咁讲嘅。", "不好意思，他们不是这讲的。"},
		{"你系咪住喺呢度？", "你是不住在这里？"},
		{"您呢？我们联系一下。", "您呢？我们联系一下。"}, // Mandarin 呢 and 系 stay
	}
	for _, tt := range tests {
		if got := mandarinReading(tt.in); got != tt.want {
			t.Errorf("mandarinReading(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRecognizeCantoneseQuotesTheTraineesWords(t *testing.T) {
	rz := NewRuleRecognizer()
	tests := []struct{ text, key, quote string }{
		{"唔使担心，我保证帮你搞掂。", FaultFalsePromise, "我保证帮你搞掂"},
		{"唔使担心，我保证帮你搞掂。", MoveReassure, "唔使担心"},
	}
	for _, tt := range tests {
		rec := rz.Recognize(tt.text)
		if got, ok := rec.Quotes[tt.key]; !ok || got != tt.quote {
			t.Errorf("Recognize(%q)[%s] = %q (found %v), want %q", tt.text, tt.key, got, ok, tt.quote)
		}
		for k, q := range rec.Quotes {
			if !strings.Contains(tt.text, q) {
				t.Errorf("Recognize(%q): quote %s %q is not the trainee's words", tt.text, k, q)
			}
		}
	}
}
