package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"receptioncoach/coach"
)

// mapenv returns a getenv over m.
func mapenv(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestLLMConfig(t *testing.T) {
	full := map[string]string{
		"OPENAI_API_KEY":    "sk-env",
		"OPENAI_BASE_URL":   "http://localhost:11434/v1",
		"COACH_LLM_MODEL":   "qwen2.5:7b",
		"COACH_LLM_TIMEOUT": "20s",
	}
	tests := []struct {
		name    string
		env     map[string]string
		args    []string
		want    llmConfig
		enabled bool
		openErr string // expected error code of open; "" for none
		parse   bool   // flag parsing must fail
	}{
		{name: "Nothing", env: nil, want: llmConfig{BaseURL: defaultLLMBaseURL, Timeout: 15 * time.Second}},
		{name: "Env", env: full, want: llmConfig{APIKey: "sk-env", BaseURL: "http://localhost:11434/v1", Model: "qwen2.5:7b", Timeout: 20 * time.Second}, enabled: true},
		{
			name: "FlagsOverrideEnv", env: full,
			args: []string{"--llm-base-url", "http://gpu-box:8000/v1", "--llm-model", "Qwen/Qwen2.5-7B-Instruct", "--llm-timeout", "3s", "--llm-key", "sk-flag"},
			want: llmConfig{APIKey: "sk-flag", BaseURL: "http://gpu-box:8000/v1", Model: "Qwen/Qwen2.5-7B-Instruct", Timeout: 3 * time.Second}, enabled: true,
		},
		{name: "ModelByFlagOnly", args: []string{"--llm-model", "gpt-4o-mini"}, want: llmConfig{BaseURL: defaultLLMBaseURL, Model: "gpt-4o-mini", Timeout: 15 * time.Second}, enabled: true},
		{name: "BadEnvTimeout", env: map[string]string{"COACH_LLM_MODEL": "m", "COACH_LLM_TIMEOUT": "15"}, want: llmConfig{BaseURL: defaultLLMBaseURL, Model: "m", Timeout: 15 * time.Second}, enabled: true, openErr: coach.EINVALID},
		{name: "ZeroEnvTimeout", env: map[string]string{"COACH_LLM_MODEL": "m", "COACH_LLM_TIMEOUT": "0s"}, want: llmConfig{BaseURL: defaultLLMBaseURL, Model: "m", Timeout: 15 * time.Second}, enabled: true, openErr: coach.EINVALID},
		{name: "BadEnvTimeoutUnusedWithoutModel", env: map[string]string{"COACH_LLM_TIMEOUT": "soon"}, want: llmConfig{BaseURL: defaultLLMBaseURL, Timeout: 15 * time.Second}},
		{name: "FlagFixesBadEnvTimeout", env: map[string]string{"COACH_LLM_MODEL": "m", "COACH_LLM_TIMEOUT": "soon"}, args: []string{"--llm-timeout", "2s"}, want: llmConfig{BaseURL: defaultLLMBaseURL, Model: "m", Timeout: 2 * time.Second}, enabled: true},
		{name: "BadFlagTimeout", args: []string{"--llm-timeout", "soon"}, parse: true},
		{name: "NegativeFlagTimeout", args: []string{"--llm-timeout", "-1s"}, parse: true},
		{name: "BadBaseURL", env: map[string]string{"COACH_LLM_MODEL": "m", "OPENAI_BASE_URL": "localhost:11434"}, want: llmConfig{BaseURL: "localhost:11434", Model: "m", Timeout: 15 * time.Second}, enabled: true, openErr: coach.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			fs := newFlagSet("serve", &out)
			c := addLLMFlags(fs, mapenv(tt.env))
			_, err := parseFlags(fs, tt.args)
			if tt.parse {
				if err == nil {
					t.Fatalf("bad flags were accepted: %+v", c)
				}
				return
			}
			if err != nil {
				t.Fatalf("parse: %v (%s)", err, out.String())
			}
			if c.APIKey != tt.want.APIKey || c.BaseURL != tt.want.BaseURL || c.Model != tt.want.Model || c.Timeout != tt.want.Timeout {
				t.Errorf("config = %+v, want %+v", *c, tt.want)
			}
			if c.enabled() != tt.enabled {
				t.Errorf("enabled = %v", c.enabled())
			}
			voice, commenter, err := c.open(slog.New(slog.NewTextHandler(io.Discard, nil)))
			if got := coach.ErrorCode(err); got != tt.openErr {
				t.Fatalf("open: code %q (%v), want %q", got, err, tt.openErr)
			}
			if (voice != nil) != (tt.enabled && tt.openErr == "") || (commenter != nil) != (voice != nil) {
				t.Errorf("open gave voice %v, commenter %v", voice, commenter)
			}
		})
	}
}

// TestLLMConfigSpeaks wires the configured voice to a fake model server and
// checks that the settings reach the request.
func TestLLMConfigSpeaks(t *testing.T) {
	var gotModel, gotAuth string
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Model string `json:"model"`
		}
		_ = json.NewDecoder(r.Body).Decode(&req)
		gotModel, gotAuth = req.Model, r.Header.Get("Authorization")
		w.Header().Set("Content-Type", "text/event-stream")
		fmt.Fprint(w, `data: {"choices":[{"index":0,"delta":{"content":"我都跑了三趟了,钱到底啥时候给?"}}]}`+"\n\n")
		fmt.Fprint(w, "data: [DONE]\n\n")
	}))
	defer ts.Close()

	fs := newFlagSet("play", io.Discard)
	c := addLLMFlags(fs, mapenv(map[string]string{"OPENAI_BASE_URL": "http://unused.invalid/v1", "COACH_LLM_MODEL": "env-model", "OPENAI_API_KEY": "ollama"}))
	if _, err := parseFlags(fs, []string{"--llm-base-url", ts.URL + "/v1", "--llm-model", "flag-model"}); err != nil {
		t.Fatal(err)
	}
	voice, _, err := c.open(slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	text, err := voice.Speak(context.Background(), coach.VoiceRequest{Intent: "press", Scripted: "钱到底什么时候给?我都跑了三趟了。"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if text != "我都跑了三趟了,钱到底啥时候给?" || gotModel != "flag-model" || gotAuth != "Bearer ollama" {
		t.Errorf("reply %q, model %q, auth %q", text, gotModel, gotAuth)
	}
}
