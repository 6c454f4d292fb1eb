package openai

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	goopenai "github.com/sashabaranov/go-openai"

	"receptioncoach/coach"
)

// Streaming limits of a visitor reply.
const (
	// holdRunes of a reply are held back and checked before the first delta
	// goes out, so that most broken replies never reach the page.
	holdRunes = 10
	// speakLimitRunes is where a reply counts as far too long (twice what
	// the prompt asks for); the stream is cut off there.
	speakLimitRunes = 2 * speakReplyRunes
	// speakMaxTokens bounds the model's output.
	speakMaxTokens = 256
	// maxRawBytes bounds what is read of one reply, think blocks included.
	maxRawBytes = 64 << 10
)

// Speak phrases one visitor reply through the model, streaming it to onDelta
// (which may be nil) as it arrives; onDelta runs on the caller's goroutine
// and never after Speak returns. It returns the whole checked reply. On a
// timeout, an HTTP or API error, an empty, garbled or out-of-character reply
// it returns a *FallbackError, counts it and logs it; the caller then uses
// req.Scripted. If FallbackError.Streamed is set, some text already went to
// onDelta and the caller must replace it with the final scripted text.
func (c *Client) Speak(ctx context.Context, req coach.VoiceRequest, onDelta func(string)) (string, error) {
	start := time.Now()
	text, err := c.speak(ctx, req, onDelta)
	c.count(false, err)
	var fe *FallbackError
	if errors.As(err, &fe) {
		c.logFallback(ctx, "reply", fe, time.Since(start))
		return "", err
	}
	c.logger.Debug("llm reply", "model", c.model, "intent", req.Intent, "runes", utf8.RuneCountInString(text), "elapsed", time.Since(start).Round(time.Millisecond))
	return text, nil
}

func (c *Client) speak(ctx context.Context, req coach.VoiceRequest, onDelta func(string)) (string, error) {
	msgs := speakMessages(req)
	k := checker{
		limit:   speakLimitRunes,
		ground:  groundOf(msgs),
		labels:  []string{strings.TrimSpace(req.Visitor.Name), "来访者", "来访群众", "群众", "访客", "回复", "回答"},
		officer: true,
	}
	call, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()

	stream, err := c.api.CreateChatCompletionStream(call, c.request(msgs, speakMaxTokens, 0.8))
	if err != nil {
		return "", callFailure(ctx, call, fmt.Errorf("open stream: %w", err), false)
	}
	defer stream.Close()

	var raw strings.Builder
	var sent string // the part of the reply already passed to onDelta
	var stop goopenai.FinishReason
	for {
		chunk, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", callFailure(ctx, call, fmt.Errorf("read stream: %w", err), sent != "")
		}
		for _, ch := range chunk.Choices {
			if ch.Index != 0 {
				continue
			}
			if ch.Delta.Refusal != "" {
				return "", &FallbackError{Reason: ReasonOffCharacter, Detail: "refusal", Streamed: sent != ""}
			}
			raw.WriteString(ch.Delta.Content)
			if ch.FinishReason != "" {
				stop = ch.FinishReason
			}
		}
		if raw.Len() > maxRawBytes {
			return "", &FallbackError{Reason: ReasonGarbled, Detail: "too long", Streamed: sent != ""}
		}
		text := k.clean(raw.String())
		if fe := k.check(text, false); fe != nil {
			fe.Streamed = sent != ""
			return "", fe
		}
		if show := showable(text); onDelta != nil && len(show) > len(sent) && strings.HasPrefix(show, sent) {
			onDelta(show[len(sent):])
			sent = show
		}
	}
	switch stop {
	case goopenai.FinishReasonLength:
		return "", &FallbackError{Reason: ReasonGarbled, Detail: "cut off at the token limit", Streamed: sent != ""}
	case goopenai.FinishReasonContentFilter:
		return "", &FallbackError{Reason: ReasonError, Detail: "content filter", Streamed: sent != ""}
	}
	text := finish(k.clean(raw.String()))
	if fe := k.check(text, true); fe != nil {
		fe.Streamed = sent != ""
		return "", fe
	}
	if onDelta != nil && len(text) > len(sent) && strings.HasPrefix(text, sent) {
		onDelta(text[len(sent):])
	}
	return text, nil
}

// showable returns the part of a streaming reply that may go to the page
// now: nothing until holdRunes have arrived and they read as Chinese, and
// never a trailing quote or space that the finished reply will drop.
func showable(text string) string {
	if utf8.RuneCountInString(text) < holdRunes {
		return ""
	}
	if han, other := script(text); han == 0 || float64(han) < 0.7*float64(han+other) {
		return ""
	}
	return strings.TrimRightFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(closeQuotes, r)
	})
}

// groundOf joins the text of a prompt: what a reply may take numbers from.
func groundOf(msgs []goopenai.ChatCompletionMessage) string {
	var b strings.Builder
	for _, m := range msgs {
		b.WriteString(m.Content)
		b.WriteByte('\n')
	}
	return b.String()
}
