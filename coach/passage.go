package coach

import "context"

// Passage is a piece of guidance: a card of the project's own library or a
// passage of an indexed method text, with its source named.
type Passage struct {
	Source    string    `json:"source"`              // document or card the text comes from
	Text      string    `json:"text"`                // original text
	Score     float64   `json:"score"`               // relevance, higher is better
	ID        string    `json:"id,omitempty"`        // card id or passage id
	Title     string    `json:"title,omitempty"`     // card title or heading context
	Highlight string    `json:"highlight,omitempty"` // text with matches marked by <mark>…</mark>
	Stages    []Stage   `json:"stages,omitempty"`
	Personas  []Persona `json:"personas,omitempty"`
}

// HintQuery asks for guidance fitted to a moment of a talk.
type HintQuery struct {
	Stage       Stage
	Persona     Persona
	VisitorLine string // the visitor's last line
	TraineeLine string // the trainee's last line, if any
	Topic       string // free text, e.g. a fault to advise on
}

// Guide finds guidance. Implemented by the knowledge package.
type Guide interface {
	// Search returns up to k passages for a free-text query, best first.
	Search(ctx context.Context, query string, k int) ([]Passage, error)
	// Hint returns up to k passages fitted to the moment of a talk.
	Hint(ctx context.Context, q HintQuery, k int) ([]Passage, error)
}
