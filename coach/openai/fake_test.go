package openai

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	goopenai "github.com/sashabaranov/go-openai"
)

// fakeModel is an httptest server speaking the chat-completions protocol:
// POST /v1/chat/completions, answered as server-sent events when the request
// asks for a stream and as one JSON object otherwise.
type fakeModel struct {
	status int           // HTTP status; 0 means 200
	body   string        // body sent with a non-200 status
	chunks []string      // content pieces: one SSE chunk each, or joined
	raw    []string      // SSE data payloads sent as they are, instead of chunks
	delay  time.Duration // wait before each piece
	finish string        // finish_reason of the reply; "stop" when empty
	// reply, when set, picks the content pieces from the request.
	reply func(req goopenai.ChatCompletionRequest) []string
}

// recorder keeps what the fake model was sent.
type recorder struct {
	mu     sync.Mutex
	reqs   []goopenai.ChatCompletionRequest
	bodies []map[string]any
	paths  []string
	auth   []string
}

func (r *recorder) last(t *testing.T) (goopenai.ChatCompletionRequest, map[string]any) {
	t.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.reqs) == 0 {
		t.Fatal("the model got no request")
	}
	return r.reqs[len(r.reqs)-1], r.bodies[len(r.bodies)-1]
}

// serveFake starts m and returns a client pointed at it.
func serveFake(t testing.TB, m fakeModel, timeout time.Duration, logs *bytes.Buffer) (*Client, *recorder) {
	t.Helper()
	rec := &recorder{}
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions" {
			http.NotFound(w, r)
			return
		}
		var body bytes.Buffer
		if _, err := body.ReadFrom(r.Body); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		var req goopenai.ChatCompletionRequest
		var generic map[string]any
		if err := json.Unmarshal(body.Bytes(), &req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if err := json.Unmarshal(body.Bytes(), &generic); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		rec.mu.Lock()
		rec.reqs = append(rec.reqs, req)
		rec.bodies = append(rec.bodies, generic)
		rec.paths = append(rec.paths, r.URL.Path)
		rec.auth = append(rec.auth, r.Header.Get("Authorization"))
		rec.mu.Unlock()

		if m.status != 0 && m.status != http.StatusOK {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(m.status)
			b := m.body
			if b == "" {
				b = fmt.Sprintf(`{"error":{"message":"fake failure","type":"server_error","code":%d}}`, m.status)
			}
			fmt.Fprint(w, b)
			return
		}
		pieces := m.chunks
		if m.reply != nil {
			pieces = m.reply(req)
		}
		finish := m.finish
		if finish == "" {
			finish = "stop"
		}
		wait := func() bool {
			if m.delay == 0 {
				return true
			}
			select {
			case <-r.Context().Done():
				return false
			case <-time.After(m.delay):
				return true
			}
		}
		if !req.Stream {
			if !wait() {
				return
			}
			resp := goopenai.ChatCompletionResponse{
				ID: "fake", Object: "chat.completion", Model: req.Model,
				Choices: []goopenai.ChatCompletionChoice{{
					Message:      goopenai.ChatCompletionMessage{Role: "assistant", Content: strings.Join(pieces, "")},
					FinishReason: goopenai.FinishReason(finish),
				}},
			}
			w.Header().Set("Content-Type", "application/json")
			_ = json.NewEncoder(w).Encode(resp)
			return
		}
		w.Header().Set("Content-Type", "text/event-stream")
		flusher, _ := w.(http.Flusher)
		send := func(payload string) {
			fmt.Fprintf(w, "data: %s\n\n", payload)
			if flusher != nil {
				flusher.Flush()
			}
		}
		chunk := func(content, reason string) string {
			c := goopenai.ChatCompletionStreamResponse{
				ID: "fake", Object: "chat.completion.chunk", Model: req.Model,
				Choices: []goopenai.ChatCompletionStreamChoice{{
					Delta:        goopenai.ChatCompletionStreamChoiceDelta{Content: content},
					FinishReason: goopenai.FinishReason(reason),
				}},
			}
			b, _ := json.Marshal(c)
			return string(b)
		}
		if m.raw != nil {
			for _, p := range m.raw {
				if !wait() {
					return
				}
				send(p)
			}
		} else {
			for _, p := range pieces {
				if !wait() {
					return
				}
				send(chunk(p, ""))
			}
			send(chunk("", finish))
		}
		send("[DONE]")
	}))
	t.Cleanup(ts.Close)
	if logs == nil {
		logs = &bytes.Buffer{}
	}
	c, err := New(Config{
		APIKey:  "sk-test",
		BaseURL: ts.URL + "/v1",
		Model:   "fake-model",
		Timeout: timeout,
		Logger:  slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
	})
	if err != nil {
		t.Fatal(err)
	}
	return c, rec
}
