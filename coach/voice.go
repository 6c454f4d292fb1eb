package coach

import "context"

// VoiceRequest is everything a voice needs to phrase one visitor reply. The
// engine has already decided what happens; the voice only words it.
type VoiceRequest struct {
	Persona  PersonaInfo
	Visitor  Visitor
	Title    string   // the matter, in a few words
	Goal     string   // what the visitor wants
	Known    []string // facts the visitor may speak of now
	Mood     Mood
	Intent   string // see Intents
	Scripted string // the scripted line: the content to convey
	History  []Turn // the talk so far, oldest first
}

// Voice phrases visitor replies, e.g. through a language model.
type Voice interface {
	// Speak returns the reply text. onDelta, when not nil, receives the text
	// as it is produced. An error means the caller should use the scripted line.
	Speak(ctx context.Context, req VoiceRequest, onDelta func(string)) (string, error)
}

// CommentRequest asks for a trainer's narrative comment on a finished talk.
type CommentRequest struct {
	Report  *Report
	Persona PersonaInfo
	Cites   []Passage
}

// Commenter writes a short narrative comment grounded in a report.
type Commenter interface {
	// Comment returns a few sentences in Chinese; an error means no comment.
	Comment(ctx context.Context, req CommentRequest) (string, error)
}
