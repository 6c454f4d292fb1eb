package openai

import (
	"context"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"

	goopenai "github.com/sashabaranov/go-openai"

	"receptioncoach/coach"
)

// commentMaxTokens bounds the model's output for a comment.
const commentMaxTokens = 512

// Comment writes a short trainer's comment (at most 200 runes) grounded only
// in the rule-based findings of req.Report and the cited guidance; it never
// changes or adds a score. A reply that is late, broken, garbled, out of
// character or brings in a number the findings do not hold is a
// *FallbackError (counted and logged), and the report then has no comment.
func (c *Client) Comment(ctx context.Context, req coach.CommentRequest) (string, error) {
	if req.Report == nil {
		return "", coach.Errorf(coach.EINVALID, "没有可点评的报告")
	}
	start := time.Now()
	text, err := c.comment(ctx, req)
	c.count(true, err)
	var fe *FallbackError
	if errors.As(err, &fe) {
		c.logFallback(ctx, "comment", fe, time.Since(start))
		return "", err
	}
	c.logger.Debug("llm comment", "model", c.model, "runes", utf8.RuneCountInString(text), "elapsed", time.Since(start).Round(time.Millisecond))
	return text, nil
}

func (c *Client) comment(ctx context.Context, req coach.CommentRequest) (string, error) {
	msgs := commentMessages(req)
	k := checker{limit: commentReplyRunes, ground: groundOf(msgs), labels: []string{"点评", "评语", "带教点评", "老师点评"}}
	call, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()

	resp, err := c.api.CreateChatCompletion(call, c.request(msgs, commentMaxTokens, 0.5))
	if err != nil {
		return "", callFailure(ctx, call, fmt.Errorf("create completion: %w", err), false)
	}
	if len(resp.Choices) == 0 {
		return "", &FallbackError{Reason: ReasonEmpty, Detail: "no choices"}
	}
	ch := resp.Choices[0]
	if ch.Message.Refusal != "" {
		return "", &FallbackError{Reason: ReasonOffCharacter, Detail: "refusal"}
	}
	if ch.FinishReason == goopenai.FinishReasonContentFilter {
		return "", &FallbackError{Reason: ReasonError, Detail: "content filter"}
	}
	text := finish(k.clean(ch.Message.Content))
	if text == "" {
		return "", &FallbackError{Reason: ReasonEmpty}
	}
	n := utf8.RuneCountInString(text)
	if n > 2*commentReplyRunes {
		return "", &FallbackError{Reason: ReasonGarbled, Detail: fmt.Sprintf("too long: %d runes", n)}
	}
	limit := commentReplyRunes
	if ch.FinishReason == goopenai.FinishReasonLength && n <= limit {
		limit = n - 1 // drop the unfinished last sentence
	}
	// Models often overshoot a length they are asked for: keep the whole
	// sentences that fit.
	if cut, ok := cutSentences(text, limit); ok && cut != "" {
		text = cut
	} else if n > limit {
		return "", &FallbackError{Reason: ReasonGarbled, Detail: "no sentence end within the limit"}
	}
	if fe := k.check(text, true); fe != nil {
		return "", fe
	}
	return text, nil
}
