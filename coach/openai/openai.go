// Package openai gives the visitor a voice, and the report a trainer's
// comment, through any model that speaks the OpenAI chat-completions protocol
// (a hosted API, or Ollama, vLLM or a llama.cpp server on the organisation's
// own machine). It is the only package that imports go-openai.
//
// The visitor engine stays in charge: it has already decided the intent, the
// facts revealed and the scripted line; the model only words them. Every
// reply is checked, and anything late, broken, garbled or out of character
// comes back as a *FallbackError so that the caller uses the scripted line.
package openai

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	goopenai "github.com/sashabaranov/go-openai"

	"receptioncoach/coach"
)

// DefaultTimeout bounds one reply when Config.Timeout is zero.
const DefaultTimeout = 15 * time.Second

// Config configures a Client.
type Config struct {
	APIKey  string        // sent as a bearer token when not empty
	BaseURL string        // must include /v1, e.g. http://localhost:11434/v1
	Model   string        // model name as the server knows it, e.g. qwen2.5:7b
	Timeout time.Duration // per reply; DefaultTimeout when zero
	Logger  *slog.Logger  // slog.Default() when nil
}

// Client is a coach.Voice and coach.Commenter backed by a chat-completions
// model. It is safe for concurrent use.
type Client struct {
	api     *goopenai.Client
	model   string
	timeout time.Duration
	logger  *slog.Logger

	mu    sync.Mutex
	stats Stats
}

var (
	_ coach.Voice     = (*Client)(nil)
	_ coach.Commenter = (*Client)(nil)
)

// Stats counts what the client did, for logs and tests.
type Stats struct {
	Replies          int            // Speak calls answered by the model
	Fallbacks        map[string]int // Speak calls that fell back, by reason
	Comments         int            // Comment calls answered by the model
	CommentFallbacks map[string]int // Comment calls that failed, by reason
}

// New checks cfg and returns a client. A missing model, a missing or
// malformed base URL, or a negative timeout is a coach.EINVALID error.
func New(cfg Config) (*Client, error) {
	model := strings.TrimSpace(cfg.Model)
	if model == "" {
		return nil, coach.Errorf(coach.EINVALID, "未设置模型名称(COACH_LLM_MODEL 或 --llm-model)")
	}
	base := strings.TrimRight(strings.TrimSpace(cfg.BaseURL), "/")
	if base == "" {
		return nil, coach.Errorf(coach.EINVALID, "未设置模型服务地址(OPENAI_BASE_URL 或 --llm-base-url)")
	}
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, coach.Errorf(coach.EINVALID, "模型服务地址无效:%q(应形如 http://localhost:11434/v1)", cfg.BaseURL)
	}
	if cfg.Timeout < 0 {
		return nil, coach.Errorf(coach.EINVALID, "模型超时不能为负数:%s", cfg.Timeout)
	}
	timeout := cfg.Timeout
	if timeout == 0 {
		timeout = DefaultTimeout
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.Default()
	}
	if u.Path == "" {
		// Not an error: some providers serve at the root. Most need /v1.
		logger.Warn("llm base URL has no path; OpenAI-compatible servers usually need /v1", "base_url", base)
	}

	conf := goopenai.DefaultConfig(cfg.APIKey)
	conf.BaseURL = base
	// No client-wide timeout: each call carries its own deadline, and a
	// stream must be allowed to run as long as that deadline allows.
	conf.HTTPClient = &http.Client{}
	return &Client{
		api:     goopenai.NewClientWithConfig(conf),
		model:   model,
		timeout: timeout,
		logger:  logger,
		stats:   Stats{Fallbacks: map[string]int{}, CommentFallbacks: map[string]int{}},
	}, nil
}

// Model returns the configured model name.
func (c *Client) Model() string { return c.model }

// Stats returns a copy of the counters.
func (c *Client) Stats() Stats {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := c.stats
	s.Fallbacks = make(map[string]int, len(c.stats.Fallbacks))
	for k, v := range c.stats.Fallbacks {
		s.Fallbacks[k] = v
	}
	s.CommentFallbacks = make(map[string]int, len(c.stats.CommentFallbacks))
	for k, v := range c.stats.CommentFallbacks {
		s.CommentFallbacks[k] = v
	}
	return s
}

// count records the outcome of one call; err is nil or a *FallbackError.
func (c *Client) count(comment bool, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var fe *FallbackError
	switch {
	case err == nil && comment:
		c.stats.Comments++
	case err == nil:
		c.stats.Replies++
	case errors.As(err, &fe) && comment:
		c.stats.CommentFallbacks[fe.Reason]++
	case errors.As(err, &fe):
		c.stats.Fallbacks[fe.Reason]++
	case comment:
		c.stats.CommentFallbacks[ReasonError]++
	default:
		c.stats.Fallbacks[ReasonError]++
	}
}

// logFallback logs a fallback; a canceled call is not a model problem.
func (c *Client) logFallback(ctx context.Context, what string, fe *FallbackError, elapsed time.Duration) {
	level := slog.LevelWarn
	if fe.Reason == ReasonCanceled {
		level = slog.LevelDebug
	}
	attrs := []any{"model", c.model, "reason", fe.Reason, "streamed", fe.Streamed, "elapsed", elapsed.Round(time.Millisecond)}
	if fe.Detail != "" {
		attrs = append(attrs, "detail", fe.Detail)
	}
	if fe.Err != nil {
		attrs = append(attrs, "err", fe.Err.Error())
	}
	c.logger.Log(ctx, level, "llm "+what+" fallback", attrs...)
}

// callFailure turns an error of a model call into a *FallbackError. parent is
// the caller's context, call the context with the reply deadline.
func callFailure(parent, call context.Context, err error, streamed bool) *FallbackError {
	fe := &FallbackError{Reason: ReasonError, Err: err, Streamed: streamed}
	switch {
	case errors.Is(parent.Err(), context.Canceled):
		fe.Reason = ReasonCanceled
	case call.Err() != nil || errors.Is(err, context.DeadlineExceeded):
		// Our deadline or one the caller set: either way the reply was late.
		fe.Reason = ReasonTimeout
	default:
		var apiErr *goopenai.APIError
		var reqErr *goopenai.RequestError
		switch {
		case errors.As(err, &apiErr):
			fe.Detail = fmt.Sprintf("api error: status %d, type %q", apiErr.HTTPStatusCode, apiErr.Type)
		case errors.As(err, &reqErr):
			fe.Detail = fmt.Sprintf("http status %d", reqErr.HTTPStatusCode)
		}
	}
	return fe
}

// reasoningModel reports whether the model is one that go-openai validates as
// a reasoning model: those take max_completion_tokens and no temperature.
func reasoningModel(model string) bool {
	for _, p := range []string{"o1", "o3", "o4", "gpt-5", "gpt-6"} {
		if strings.HasPrefix(model, p) {
			return true
		}
	}
	return false
}

// request builds a chat request with a token budget and temperature fitted to
// the model family.
func (c *Client) request(msgs []goopenai.ChatCompletionMessage, maxTokens int, temperature float32) goopenai.ChatCompletionRequest {
	req := goopenai.ChatCompletionRequest{Model: c.model, Messages: msgs}
	if reasoningModel(c.model) {
		// Reasoning tokens count against the budget; leave room for them.
		req.MaxCompletionTokens = maxTokens * 8
		return req
	}
	req.MaxTokens = maxTokens
	req.Temperature = temperature
	return req
}
