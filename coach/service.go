package coach

import "context"

// Reply is what the visitor says after a trainee turn, with the state the page shows.
type Reply struct {
	Text   string `json:"text"`
	Mood   Mood   `json:"mood"`
	Stage  Stage  `json:"stage"`
	Intent string `json:"intent,omitempty"`
	Ended  bool   `json:"ended,omitempty"`
	Ending string `json:"ending,omitempty"`
	// The trainee turn as recognised.
	Moves  []string `json:"moves,omitempty"`
	Faults []string `json:"faults,omitempty"`
}

// ScenarioSource lists and finds scenarios.
type ScenarioSource interface {
	// Scenarios returns every scenario, ordered by persona then ID.
	Scenarios(ctx context.Context) ([]*Scenario, error)
	// Scenario returns one scenario. ENOTFOUND when missing.
	Scenario(ctx context.Context, id string) (*Scenario, error)
}

// Service is what the web and CLI layers use to run practice talks.
type Service interface {
	// ListScenarios returns the public part of every scenario.
	ListScenarios(ctx context.Context) ([]ScenarioInfo, error)
	// Start opens a talk with a scenario and returns the session and the visitor's opening. ENOTFOUND for an unknown scenario.
	Start(ctx context.Context, scenarioID, user string) (*Session, Reply, error)
	// Say takes a trainee line and returns the visitor's reply. onDelta, when
	// not nil, receives the reply text as it is produced. EINVALID for an empty
	// or oversized line; ENOTFOUND for an unknown session; EENDED after the end.
	Say(ctx context.Context, sessionID, text string, onDelta func(string)) (Reply, error)
	// Hint returns guidance for the current moment of the talk. ENOTFOUND for an unknown session.
	Hint(ctx context.Context, sessionID string) ([]Passage, error)
	// End finishes the talk and returns its report. ENOTFOUND for an unknown session.
	End(ctx context.Context, sessionID string) (*Report, error)
	// Session returns a stored or live session. ENOTFOUND when missing.
	Session(ctx context.Context, id string) (*Session, error)
	// Sessions lists past and open talks, newest first.
	Sessions(ctx context.Context, f SessionFilter) ([]SessionSummary, error)
	// Search finds guidance for a free-text query.
	Search(ctx context.Context, query string, k int) ([]Passage, error)
}

// MaxLineRunes is the longest trainee line accepted, in characters.
const MaxLineRunes = 2000
