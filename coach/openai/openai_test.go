package openai

import (
	"io"
	"log/slog"
	"testing"
	"time"

	"receptioncoach/coach"
)

func TestNew(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		code string // "" when New succeeds
	}{
		{"OK", Config{BaseURL: "http://localhost:11434/v1", Model: "qwen2.5:7b"}, ""},
		{"TrailingSlash", Config{BaseURL: "https://api.example.com/v1/", Model: "m", APIKey: "k", Timeout: time.Second}, ""},
		{"NoPath", Config{BaseURL: "http://localhost:8000", Model: "m"}, ""},
		{"ErrModelRequired", Config{BaseURL: "http://localhost:11434/v1"}, coach.EINVALID},
		{"ErrModelBlank", Config{BaseURL: "http://localhost:11434/v1", Model: "  "}, coach.EINVALID},
		{"ErrBaseURLRequired", Config{Model: "m"}, coach.EINVALID},
		{"ErrBaseURLScheme", Config{BaseURL: "localhost:11434/v1", Model: "m"}, coach.EINVALID},
		{"ErrBaseURLFTP", Config{BaseURL: "ftp://host/v1", Model: "m"}, coach.EINVALID},
		{"ErrBaseURLNoHost", Config{BaseURL: "http:///v1", Model: "m"}, coach.EINVALID},
		{"ErrBaseURLBroken", Config{BaseURL: "http://[::1", Model: "m"}, coach.EINVALID},
		{"ErrNegativeTimeout", Config{BaseURL: "http://localhost/v1", Model: "m", Timeout: -time.Second}, coach.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
			c, err := New(tt.cfg)
			if got := coach.ErrorCode(err); got != tt.code {
				t.Fatalf("New: code %q (%v), want %q", got, err, tt.code)
			}
			if err != nil {
				if coach.ErrorMessage(err) == "" || coach.ErrorMessage(err) == "内部错误" {
					t.Errorf("no user message: %v", err)
				}
				return
			}
			if c.timeout <= 0 || c.logger == nil {
				t.Errorf("defaults not applied: timeout %v", c.timeout)
			}
			if tt.cfg.Timeout == 0 && c.timeout != DefaultTimeout {
				t.Errorf("timeout = %v, want %v", c.timeout, DefaultTimeout)
			}
		})
	}
}

func TestRequestFitsModel(t *testing.T) {
	tests := []struct {
		model      string
		maxTokens  int
		completion int
		hasTemp    bool
	}{
		{"qwen2.5:7b", 256, 0, true},
		{"gpt-4o-mini", 256, 0, true},
		{"gpt-5-mini", 0, 256 * 8, false},
		{"o3-mini", 0, 256 * 8, false},
	}
	for _, tt := range tests {
		c, err := New(Config{BaseURL: "http://localhost/v1", Model: tt.model})
		if err != nil {
			t.Fatal(err)
		}
		req := c.request(nil, 256, 0.8)
		if req.MaxTokens != tt.maxTokens || req.MaxCompletionTokens != tt.completion || (req.Temperature != 0) != tt.hasTemp {
			t.Errorf("%s: max_tokens %d, max_completion_tokens %d, temperature %v", tt.model, req.MaxTokens, req.MaxCompletionTokens, req.Temperature)
		}
	}
}
