package coach

import (
	"fmt"
	"strings"
)

// Policy stances: how the matter stands against policy.
const (
	StanceReasonable   = "reasonable"   // reasonable, and the department can act
	StancePartly       = "partly"       // partly reasonable or not solvable yet
	StanceUnreasonable = "unreasonable" // no policy supports it
	StanceNotOurs      = "not_ours"     // another office owns it
)

// Scenario is one practice case: a visitor, a matter, what is hidden and how
// the visitor talks. Scenario files are YAML (see scenarios/README.md).
type Scenario struct {
	ID      string  `yaml:"id" json:"id"`
	Persona Persona `yaml:"persona" json:"persona"`
	Title   string  `yaml:"title" json:"title"`
	Summary string  `yaml:"summary" json:"summary"` // one line for the scenario list
	Case    string  `yaml:"case" json:"case"`       // case class, e.g. land_contract
	Stance  string  `yaml:"stance" json:"stance"`   // see Stance* constants
	Owner   string  `yaml:"owner" json:"owner"`     // office that owns the matter
	Visitor Visitor `yaml:"visitor" json:"visitor"`
	Goal    string  `yaml:"goal" json:"goal"` // what the visitor wants
	// Demands are the visitor's problems and demands, each in a few words; a
	// good summary restates all of them.
	Demands []Demand `yaml:"demands" json:"demands"`
	Mood    Mood     `yaml:"mood" json:"mood"` // mood at the door
	Opening []string `yaml:"opening" json:"opening"`
	// Story is what the visitor tells, beat by beat, while being listened to.
	Story []string `yaml:"story" json:"story"`
	Facts []Fact   `yaml:"facts" json:"facts"`
	// Gift is something the visitor brought to offer (e.g. 一条烟); when set,
	// the visitor offers it once the talk turns to what happens next.
	Gift string `yaml:"gift" json:"gift,omitempty"`
	// Lines override or extend the persona's default lines, by intent.
	Lines map[string][]string `yaml:"lines" json:"lines,omitempty"`
	// Revisit makes this a second visit: the ID of the scenario whose earlier
	// talk with the same trainee (by user name) the visitor remembers.
	Revisit string `yaml:"revisit" json:"revisit,omitempty"`
	// Group makes this a group visit of three to five visitors; the key
	// person speaks for them once representatives are chosen.
	Group []Member       `yaml:"group" json:"group,omitempty"`
	Tests []ScenarioTest `yaml:"tests" json:"tests,omitempty"`

	// File is where the scenario was loaded from; set by the loader.
	File string `yaml:"-" json:"-"`
}

// Visitor is who comes through the door.
type Visitor struct {
	Name       string `yaml:"name" json:"name"`
	Age        int    `yaml:"age" json:"age"`
	Home       string `yaml:"home" json:"home"` // where they live
	Background string `yaml:"background" json:"background"`
}

// Member is one visitor of a group visit.
type Member struct {
	Name string `yaml:"name" json:"name"`
	Role string `yaml:"role" json:"role"` // e.g. 带头人, 老工友
	Key  bool   `yaml:"key" json:"key"`   // the key person the trainee should work with
}

// KeyMember returns the group's key person (the first member when none is marked).
func (s *Scenario) KeyMember() Member {
	for _, m := range s.Group {
		if m.Key {
			return m
		}
	}
	if len(s.Group) > 0 {
		return s.Group[0]
	}
	return Member{Name: s.Visitor.Name}
}

// Demand is one of the visitor's problems or demands.
type Demand struct {
	ID   string   `yaml:"id" json:"id"`
	Text string   `yaml:"text" json:"text"`
	Keys []string `yaml:"keys" json:"keys"` // words that show a summary covers it
}

// Fact is something the visitor knows. A hidden fact comes out only when the
// trainee asks about it (a question containing one of Ask) with enough trust.
type Fact struct {
	ID       string   `yaml:"id" json:"id"`
	Text     string   `yaml:"text" json:"text"`     // what the visitor says when it comes out
	Hidden   bool     `yaml:"hidden" json:"hidden"` // told only to the right question
	Ask      []string `yaml:"ask" json:"ask"`       // words of a question that draws it out
	MinTrust int      `yaml:"min_trust" json:"min_trust"`
	Evasive  string   `yaml:"evasive" json:"evasive,omitempty"` // said when asked with too little trust
}

// ScenarioTest is a test talk carried by a scenario file.
type ScenarioTest struct {
	Name   string     `yaml:"name" json:"name"`
	Lines  []string   `yaml:"lines" json:"lines"` // trainee lines
	Expect TestExpect `yaml:"expect" json:"expect"`
}

// TestExpect is the outcome a test talk must reach.
type TestExpect struct {
	Ending        string           `yaml:"ending" json:"ending,omitempty"`
	Anger         *Range           `yaml:"anger" json:"anger,omitempty"`
	Trust         *Range           `yaml:"trust" json:"trust,omitempty"`
	Overall       *Range           `yaml:"overall" json:"overall,omitempty"`
	Violations    []string         `yaml:"violations" json:"violations,omitempty"`
	NoViolations  bool             `yaml:"no_violations" json:"no_violations,omitempty"`
	Stages        map[Stage]*Range `yaml:"stages" json:"stages,omitempty"`
	RevealedFacts []string         `yaml:"revealed" json:"revealed,omitempty"`
}

// Range is an inclusive bound; a nil end is open.
type Range struct {
	Min *int `yaml:"min" json:"min,omitempty"`
	Max *int `yaml:"max" json:"max,omitempty"`
}

// Contains reports whether v lies in r.
func (r *Range) Contains(v int) bool {
	if r == nil {
		return true
	}
	return (r.Min == nil || v >= *r.Min) && (r.Max == nil || v <= *r.Max)
}

// ScenarioInfo is what a trainee may see of a scenario before the report.
type ScenarioInfo struct {
	ID          string  `json:"id"`
	Persona     Persona `json:"persona"`
	PersonaName string  `json:"persona_name"`
	Title       string  `json:"title"`
	Summary     string  `json:"summary"`
	Case        string  `json:"case,omitempty"`
	VisitorName string  `json:"visitor_name,omitempty"`
}

// Info returns the public part of the scenario.
func (s *Scenario) Info() ScenarioInfo {
	info, _ := s.Persona.Info()
	return ScenarioInfo{ID: s.ID, Persona: s.Persona, PersonaName: info.Name, Title: s.Title, Summary: s.Summary, Case: s.Case, VisitorName: s.Visitor.Name}
}

// Validate checks a scenario for the problems a loader must reject.
func (s *Scenario) Validate() error {
	var errs []string
	if strings.TrimSpace(s.ID) == "" {
		errs = append(errs, "id is required")
	}
	if !s.Persona.Valid() {
		errs = append(errs, fmt.Sprintf("unknown persona %q", s.Persona))
	}
	if strings.TrimSpace(s.Title) == "" {
		errs = append(errs, "title is required")
	}
	if len(s.Opening) == 0 {
		errs = append(errs, "opening needs at least one line")
	}
	switch s.Stance {
	case StanceReasonable, StancePartly, StanceUnreasonable, StanceNotOurs:
	default:
		errs = append(errs, fmt.Sprintf("stance %q must be one of reasonable, partly, unreasonable, not_ours", s.Stance))
	}
	if s.Stance == StanceNotOurs && strings.TrimSpace(s.Owner) == "" {
		errs = append(errs, "owner is required when stance is not_ours")
	}
	if s.Mood.Anger < 0 || s.Mood.Anger > 100 || s.Mood.Trust < 0 || s.Mood.Trust > 100 {
		errs = append(errs, "mood anger and trust must be within 0–100")
	}
	seen := map[string]bool{}
	for i, f := range s.Facts {
		if f.ID == "" {
			errs = append(errs, fmt.Sprintf("facts[%d]: id is required", i))
		} else if seen[f.ID] {
			errs = append(errs, fmt.Sprintf("facts[%d]: duplicate id %q", i, f.ID))
		}
		seen[f.ID] = true
		if f.Text == "" {
			errs = append(errs, fmt.Sprintf("facts[%d]: text is required", i))
		}
		if f.Hidden && len(f.Ask) == 0 {
			errs = append(errs, fmt.Sprintf("facts[%d]: a hidden fact needs ask words", i))
		}
	}
	for i, d := range s.Demands {
		if d.Text == "" {
			errs = append(errs, fmt.Sprintf("demands[%d]: text is required", i))
		}
	}
	if n := len(s.Group); n > 0 && (n < 3 || n > 5) {
		errs = append(errs, fmt.Sprintf("group: a group visit has three to five members, not %d", n))
	}
	keys := 0
	for i, m := range s.Group {
		if strings.TrimSpace(m.Name) == "" {
			errs = append(errs, fmt.Sprintf("group[%d]: name is required", i))
		}
		if m.Key {
			keys++
		}
	}
	if len(s.Group) > 0 && keys != 1 {
		errs = append(errs, fmt.Sprintf("group: exactly one member must be key, not %d", keys))
	}
	for intent := range s.Lines {
		if !KnownIntent(intent) {
			errs = append(errs, fmt.Sprintf("lines: unknown intent %q", intent))
		}
	}
	if len(errs) > 0 {
		return Errorf(EINVALID, "scenario %s: %s", s.ID, strings.Join(errs, "; "))
	}
	return nil
}
