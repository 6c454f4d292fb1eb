package coach

import "time"

// Role says who spoke a turn.
type Role string

// The roles of a talk.
const (
	RoleTrainee Role = "trainee"
	RoleVisitor Role = "visitor"
)

// Mood is the visitor's emotional state as the page shows it; both on 0–100.
type Mood struct {
	Anger int `json:"anger"`
	Trust int `json:"trust"`
}

// Turn is one line of a talk.
type Turn struct {
	Index int       `json:"index"`          // position in the talk, from 0
	Role  Role      `json:"role"`           // trainee or visitor
	Text  string    `json:"text"`           // what was said
	Time  time.Time `json:"time,omitzero"`  // when it was said
	Mood  *Mood     `json:"mood,omitempty"` // visitor turns: mood after the turn
	Stage Stage     `json:"stage,omitempty"`
	// Moves and Faults are the recognised moves of a trainee turn (keys of MoveInfo).
	Moves  []string `json:"moves,omitempty"`
	Faults []string `json:"faults,omitempty"`
}
