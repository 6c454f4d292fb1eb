package openai

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"receptioncoach/coach"
)

// testCommentRequest is a scored talk as the scorer would report it.
func testCommentRequest() coach.CommentRequest {
	info, _ := coach.PersonaResentful.Info()
	stages := map[coach.Stage]coach.StageScore{}
	for i, st := range coach.Stages() {
		stages[st] = coach.StageScore{Score: 60 + 5*i, Advice: []string{"先让对方把话说完,再回应"}}
	}
	return coach.CommentRequest{
		Persona: info,
		Report: &coach.Report{
			Overall: 72,
			Stages:  stages,
			Violations: []coach.Violation{
				{Code: coach.ViolationFalsePromise, Turn: 5, Quote: "您放心,这钱下周一定到", Note: "没有依据的承诺"},
			},
			Persona: coach.PersonaResentful,
			Ending:  coach.EndingDate,
			Fit:     &coach.PersonaFit{Score: 65, Good: []string{"让对方说完"}, Missed: []string{"明确答复"}},
			Mood:    &coach.Mood{Anger: 35, Trust: 55},
			Summary: "开场得体,倾听耐心,但答复时许了没有依据的诺。",
		},
		Cites: []coach.Passage{
			{Source: "接待要点卡", Title: "不随口许诺", Text: "答复要有政策依据,办不到的事不说能办,说出口的要兑现。"},
		},
	}
}

func TestComment(t *testing.T) {
	const good = "你开场得体,也耐心听完了大娘的话,这很好。问题在答复时说了“这钱下周一定到”,没有依据的承诺会埋下隐患;下次先查清进度,再给一个办得到的答复日期。总分72分。"
	long := strings.Repeat("你耐心听完了对方的话,这一点做得好。", 12) // 18 runes a sentence, 216 in all
	tests := []struct {
		name    string
		model   fakeModel
		timeout time.Duration
		want    string
		reason  string
	}{
		{name: "OK", model: fakeModel{chunks: []string{good}}, want: good},
		{name: "LabelStripped", model: fakeModel{chunks: []string{"点评:" + good}}, want: good},
		{name: "ChineseScore", model: fakeModel{chunks: []string{"你总分七十二分,契合度六十五分,许诺要有依据。"}}, want: "你总分七十二分,契合度六十五分,许诺要有依据。"},
		{name: "CutToSentences", model: fakeModel{chunks: []string{long}}, want: strings.Repeat("你耐心听完了对方的话,这一点做得好。", 11)},
		{name: "CutOffAtTokens", model: fakeModel{chunks: []string{"你耐心听完了对方的话。许诺要有依据,下次"}, finish: "length"}, want: "你耐心听完了对方的话。"},
		{name: "HTTP500", model: fakeModel{status: 500}, reason: ReasonError},
		{name: "HTTP429", model: fakeModel{status: 429}, reason: ReasonError},
		{name: "Slow", model: fakeModel{chunks: []string{good}, delay: time.Second}, timeout: 100 * time.Millisecond, reason: ReasonTimeout},
		{name: "Empty", model: fakeModel{chunks: []string{" "}}, reason: ReasonEmpty},
		{name: "English", model: fakeModel{chunks: []string{"Good job overall, but you made a promise you cannot keep."}}, reason: ReasonGarbled},
		{name: "List", model: fakeModel{chunks: []string{"优点:\n- 开场得体\n- 耐心倾听"}}, reason: ReasonGarbled},
		{name: "FarTooLong", model: fakeModel{chunks: []string{long + long}}, reason: ReasonGarbled},
		{name: "NewScore", model: fakeModel{chunks: []string{"你这次表现不错,我给你打95分。"}}, reason: ReasonInvented},
		{name: "NewChineseScore", model: fakeModel{chunks: []string{"你这次表现不错,我给你打九十分。"}}, reason: ReasonInvented},
		{name: "AsAModel", model: fakeModel{chunks: []string{"作为一个AI,我认为你做得不错。"}}, reason: ReasonOffCharacter},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			timeout := tt.timeout
			if timeout == 0 {
				timeout = 5 * time.Second
			}
			c, rec := serveFake(t, tt.model, timeout, nil)
			got, err := c.Comment(context.Background(), testCommentRequest())
			sent, body := rec.last(t)
			if s, ok := body["stream"]; ok && s != false {
				t.Errorf("stream = %v, want a plain completion", s)
			}
			if len(sent.Messages) != 2 || sent.Messages[0].Role != "system" || sent.Messages[1].Role != "user" {
				t.Fatalf("messages = %+v", sent.Messages)
			}
			stats := c.Stats()
			if tt.reason == "" {
				if err != nil {
					t.Fatalf("Comment: %v", err)
				}
				if got != tt.want {
					t.Errorf("comment = %q, want %q", got, tt.want)
				}
				if n := utf8.RuneCountInString(got); n > commentReplyRunes {
					t.Errorf("comment has %d runes", n)
				}
				if stats.Comments != 1 {
					t.Errorf("stats = %+v", stats)
				}
				return
			}
			var fe *FallbackError
			if !errors.As(err, &fe) || fe.Reason != tt.reason {
				t.Fatalf("Comment = %q, %v; want a %s fallback", got, err, tt.reason)
			}
			if stats.CommentFallbacks[tt.reason] != 1 || stats.Comments != 0 {
				t.Errorf("stats = %+v", stats)
			}
		})
	}
}

func TestCommentRequest(t *testing.T) {
	c, rec := serveFake(t, fakeModel{chunks: []string{"你耐心听完了对方的话。"}}, 5*time.Second, nil)
	req := testCommentRequest()
	if _, err := c.Comment(context.Background(), req); err != nil {
		t.Fatal(err)
	}
	sent, _ := rec.last(t)
	findings := sent.Messages[1].Content
	for _, want := range []string{"总分:72分", "导入:60分", "协调:85分", "随意许诺", "您放心,这钱下周一定到", "契合度:65分", req.Persona.Approach, "不随口许诺", "带着约定的答复日期离开"} {
		if !strings.Contains(findings, want) {
			t.Errorf("findings lack %q:\n%s", want, findings)
		}
	}
	if !strings.Contains(sent.Messages[0].Content, "不超过200字") {
		t.Errorf("system prompt does not bound the length")
	}
}

func TestCommentNoReport(t *testing.T) {
	c, _ := serveFake(t, fakeModel{chunks: []string{"好"}}, time.Second, nil)
	_, err := c.Comment(context.Background(), coach.CommentRequest{})
	if coach.ErrorCode(err) != coach.EINVALID {
		t.Fatalf("err = %v, want EINVALID", err)
	}
}
