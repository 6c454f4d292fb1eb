package openai_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"

	"receptioncoach/coach"
	"receptioncoach/coach/openai"
)

// Example shows how a caller uses the voice: stream deltas to the page, and
// on any error fall back to the scripted line, which the final frame carries
// in full so that the page replaces whatever deltas it showed.
func Example() {
	// A stand-in for Ollama: one streamed reply that breaks character.
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		fmt.Fprint(w, `data: {"choices":[{"index":0,"delta":{"content":"好的,我现在是一个AI助手。"}}]}`+"\n\n")
		fmt.Fprint(w, "data: [DONE]\n\n")
	}))
	defer ts.Close()

	voice, err := openai.New(openai.Config{
		BaseURL: ts.URL + "/v1", // e.g. http://localhost:11434/v1
		Model:   "qwen2.5:7b",
		APIKey:  "ollama",
		Logger:  slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	req := coach.VoiceRequest{Intent: "press", Scripted: "钱到底什么时候给?"}
	streamed := false
	text, err := voice.Speak(context.Background(), req, func(delta string) {
		streamed = true // send {"type":"visitor_delta","text":delta}
	})
	if err != nil {
		var fe *openai.FallbackError
		if errors.As(err, &fe) {
			fmt.Println("fallback:", fe.Reason, "deltas shown:", streamed || fe.Streamed)
		}
		text = req.Scripted
	}
	fmt.Println("visitor:", text) // send {"type":"visitor","text":text}
	fmt.Println(voice.Stats().Fallbacks)
	// Output:
	// fallback: off_character deltas shown: false
	// visitor: 钱到底什么时候给?
	// map[off_character:1]
}
