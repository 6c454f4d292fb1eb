package main

import (
	"errors"
	"flag"
	"log/slog"
	"time"

	"receptioncoach/coach"
	"receptioncoach/coach/openai"
)

// defaultLLMBaseURL is used when OPENAI_BASE_URL and --llm-base-url are unset.
const defaultLLMBaseURL = "https://api.openai.com/v1"

// llmConfig holds the model settings; flags override the environment.
type llmConfig struct {
	APIKey, BaseURL, Model string
	Timeout                time.Duration

	// timeoutErr is a bad COACH_LLM_TIMEOUT; open reports it unless
	// --llm-timeout replaced the value.
	timeoutErr error
}

// addLLMFlags registers --llm-base-url, --llm-model, --llm-timeout and
// --llm-key on fs, with defaults from OPENAI_BASE_URL, COACH_LLM_MODEL,
// COACH_LLM_TIMEOUT (a Go duration, default 15s) and OPENAI_API_KEY.
func addLLMFlags(fs *flag.FlagSet, getenv func(string) string) *llmConfig {
	c := &llmConfig{
		APIKey:  getenv("OPENAI_API_KEY"),
		BaseURL: getenv("OPENAI_BASE_URL"),
		Model:   getenv("COACH_LLM_MODEL"),
		Timeout: openai.DefaultTimeout,
	}
	if c.BaseURL == "" {
		c.BaseURL = defaultLLMBaseURL
	}
	if s := getenv("COACH_LLM_TIMEOUT"); s != "" {
		d, err := time.ParseDuration(s)
		switch {
		case err != nil:
			c.timeoutErr = coach.Errorf(coach.EINVALID, "COACH_LLM_TIMEOUT 不是有效的时长:%q(应形如 15s、1m)", s)
		case d <= 0:
			c.timeoutErr = coach.Errorf(coach.EINVALID, "COACH_LLM_TIMEOUT 必须大于零:%q", s)
		default:
			c.Timeout = d
		}
	}
	fs.StringVar(&c.BaseURL, "llm-base-url", c.BaseURL, "OpenAI-compatible API base URL including /v1 (env OPENAI_BASE_URL)")
	fs.StringVar(&c.Model, "llm-model", c.Model, "model that voices the visitor; empty keeps the scripted voice (env COACH_LLM_MODEL)")
	fs.Var(&timeoutFlag{c}, "llm-timeout", "time limit of one model reply, e.g. 15s (env COACH_LLM_TIMEOUT)")
	fs.StringVar(&c.APIKey, "llm-key", c.APIKey, "API key; prefer the env OPENAI_API_KEY, which ps does not show")
	return c
}

// enabled reports whether a model is configured.
func (c *llmConfig) enabled() bool { return c.Model != "" }

// open returns the model's voice and commenter, or nil, nil, nil when no
// model is configured. Bad settings are coach.EINVALID errors.
func (c *llmConfig) open(logger *slog.Logger) (coach.Voice, coach.Commenter, error) {
	if !c.enabled() {
		return nil, nil, nil
	}
	if c.timeoutErr != nil {
		return nil, nil, c.timeoutErr
	}
	client, err := openai.New(openai.Config{
		APIKey:  c.APIKey,
		BaseURL: c.BaseURL,
		Model:   c.Model,
		Timeout: c.Timeout,
		Logger:  logger,
	})
	if err != nil {
		return nil, nil, err
	}
	if logger != nil {
		logger.Info("llm voice on", "base_url", c.BaseURL, "model", c.Model, "timeout", c.Timeout, "key_set", c.APIKey != "")
	}
	return client, client, nil
}

// timeoutFlag is the --llm-timeout flag: setting it replaces the value (and
// any error) that came from COACH_LLM_TIMEOUT.
type timeoutFlag struct{ c *llmConfig }

// String returns the current value.
func (f *timeoutFlag) String() string {
	if f.c == nil {
		return ""
	}
	return f.c.Timeout.String()
}

// Set parses a Go duration.
func (f *timeoutFlag) Set(s string) error {
	d, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	if d <= 0 {
		return errors.New("必须大于零")
	}
	f.c.Timeout = d
	f.c.timeoutErr = nil
	return nil
}
