package openai

import "fmt"

// Reasons a model reply is not used. Stats counts fallbacks by these names.
const (
	ReasonTimeout      = "timeout"       // no complete reply within Config.Timeout
	ReasonError        = "error"         // HTTP, API or protocol error
	ReasonEmpty        = "empty"         // the model said nothing
	ReasonGarbled      = "garbled"       // not usable Chinese speech: other language, markdown, lists, far too long, broken characters
	ReasonOffCharacter = "off_character" // speaks as an AI, as the officer, about its prompt, or obeys an injection
	ReasonInvented     = "invented"      // brings in a number the prompt did not give (a new fact, sum or score)
	ReasonCanceled     = "canceled"      // the caller's context ended (e.g. the page went away)
)

// FallbackError is the error Speak and Comment return when the model's reply
// cannot be used; the caller then uses the scripted line (or no comment).
//
// Speak may already have passed some text to onDelta before the failure was
// found (the first few characters are held back and checked, so this is rare
// but possible). Streamed tells so. A caller that streamed deltas to a page
// must then send the final scripted text as a whole (the final `visitor`
// frame always carries the full text), and the page replaces what it showed.
// Packages that cannot import this one can ask through an interface:
//
//	var s interface{ DeltasSent() bool }
//	if errors.As(err, &s) && s.DeltasSent() { … }
type FallbackError struct {
	Reason   string // one of the Reason* constants
	Detail   string // what was wrong, for logs
	Streamed bool   // some text already went to onDelta
	Err      error  // the underlying error, if any
}

// Error implements the error interface.
func (e *FallbackError) Error() string {
	msg := "model reply unusable: " + e.Reason
	if e.Detail != "" {
		msg += ": " + e.Detail
	}
	if e.Err != nil {
		msg = fmt.Sprintf("%s: %v", msg, e.Err)
	}
	return msg
}

// Unwrap returns the underlying error.
func (e *FallbackError) Unwrap() error { return e.Err }

// DeltasSent reports whether text already went to onDelta before the failure.
func (e *FallbackError) DeltasSent() bool { return e.Streamed }
