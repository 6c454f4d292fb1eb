package coach

import (
	"context"
	"time"
)

// Session is one practice talk: its scenario, its turns and, when finished, its report.
type Session struct {
	ID         string     `json:"id"`
	ScenarioID string     `json:"scenario"`
	Persona    Persona    `json:"persona"`
	Title      string     `json:"title"`
	User       string     `json:"user,omitempty"`
	StartedAt  time.Time  `json:"started_at"`
	EndedAt    *time.Time `json:"ended_at,omitempty"`
	Ending     string     `json:"ending,omitempty"`
	Turns      []Turn     `json:"turns"`
	Report     *Report    `json:"report,omitempty"`
}

// SessionSummary is a line in the list of past talks.
type SessionSummary struct {
	ID         string     `json:"id"`
	ScenarioID string     `json:"scenario"`
	Persona    Persona    `json:"persona"`
	Title      string     `json:"title"`
	User       string     `json:"user,omitempty"`
	StartedAt  time.Time  `json:"started_at"`
	EndedAt    *time.Time `json:"ended_at,omitempty"`
	Turns      int        `json:"turns"`
	Overall    *int       `json:"overall,omitempty"`
	Ending     string     `json:"ending,omitempty"`
}

// SessionFilter narrows ListSessions.
type SessionFilter struct {
	User     string // "" for all users
	Scenario string // "" for all scenarios
	Limit    int    // 0 for a default of 100
}

// SessionStore persists sessions as they happen.
type SessionStore interface {
	// CreateSession stores a new session (without turns). EINVALID on a missing ID or scenario; ECONFLICT on a duplicate ID.
	CreateSession(ctx context.Context, s *Session) error
	// AppendTurn stores one turn of an open session. ENOTFOUND for an unknown session; EENDED when it is finished.
	AppendTurn(ctx context.Context, sessionID string, t Turn) error
	// FinishSession stores the report and end time. ENOTFOUND for an unknown session.
	FinishSession(ctx context.Context, sessionID string, endedAt time.Time, r *Report) error
	// FindSession returns a session with all its turns and report. ENOTFOUND when missing.
	FindSession(ctx context.Context, id string) (*Session, error)
	// ListSessions returns summaries, newest first.
	ListSessions(ctx context.Context, f SessionFilter) ([]SessionSummary, error)
}
