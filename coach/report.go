package coach

// Report is the scored outcome of a talk. Its JSON form is a contract:
// overall, stages (all six keys) and violations keep their names and meaning.
type Report struct {
	Overall    int                  `json:"overall"`
	Stages     map[Stage]StageScore `json:"stages"`
	Violations []Violation          `json:"violations"`

	Persona  Persona      `json:"persona,omitempty"`
	Scenario string       `json:"scenario,omitempty"`
	Ending   string       `json:"ending,omitempty"` // see Ending* constants
	Fit      *PersonaFit  `json:"fit,omitempty"`    // how well the approach fitted the visitor type
	Order    []Stage      `json:"order,omitempty"`  // stages in the order the talk reached them
	Skipped  []Stage      `json:"skipped,omitempty"`
	Cap      *ScoreCap    `json:"cap,omitempty"`    // set when a compliance blocker capped the overall score
	Better   []BetterLine `json:"better,omitempty"` // weak trainee turns with a better line
	Mood     *Mood        `json:"mood,omitempty"`   // visitor's mood at the end
	Summary  string       `json:"summary,omitempty"`
	Turns    []Turn       `json:"turns,omitempty"` // tagged transcript
	Comment  string       `json:"comment,omitempty"`
}

// StageScore is one stage's score with the evidence behind it.
type StageScore struct {
	Score    int        `json:"score"`
	Evidence []Evidence `json:"evidence"`
	Advice   []string   `json:"advice"`
	Cites    []Passage  `json:"cites,omitempty"` // guidance behind the advice

	// Calibration is set when the stage model overruled the evidence
	// points on whether the stage was done (see StageModel).
	Calibration *Calibration `json:"calibration,omitempty"`
}

// Calibration records a stage verdict the stage model changed.
type Calibration struct {
	Points int     `json:"points"` // the evidence points, before calibration
	Done   float64 `json:"p_done"` // the model's probability that a trainer counts the stage done
	Note   string  `json:"note"`   // the explanation shown to the trainee
}

// Evidence points at a trainee turn that earned (or cost) stage credit.
type Evidence struct {
	Turn  int    `json:"turn"`
	Quote string `json:"quote"`
	Note  string `json:"note,omitempty"`
}

// Violation is a breach of the reception rules.
type Violation struct {
	Code  string `json:"code"`
	Turn  int    `json:"turn"`
	Quote string `json:"quote"`
	Note  string `json:"note,omitempty"`

	learned bool // found by the learned fault model alone
	doubted bool // found by the rules, but the learned model is near-certain it is absent
}

// Violation codes. The first seven are a contract; others may be added.
const (
	ViolationRude         = "rude"
	ViolationFalsePromise = "false_promise"
	ViolationBuckPassing  = "buck_passing"
	ViolationConfront     = "confront"
	ViolationBuyPeace     = "buy_peace"
	ViolationOfficialese  = "officialese"
	ViolationAcceptGift   = "accept_gift"
	ViolationInconsistent = "inconsistent"
)

// ViolationCodes lists the contract violation codes, in a fixed order.
func ViolationCodes() []string {
	return []string{ViolationRude, ViolationFalsePromise, ViolationBuckPassing, ViolationConfront, ViolationBuyPeace, ViolationOfficialese, ViolationAcceptGift}
}

// PersonaFit scores the approach against the visitor type's right approach.
type PersonaFit struct {
	Score  int      `json:"score"`
	Good   []string `json:"good,omitempty"`
	Missed []string `json:"missed,omitempty"`
}

// ScoreCap records a compliance blocker that capped the overall score.
type ScoreCap struct {
	Max    int    `json:"max"`
	Reason string `json:"reason"`
}

// BetterLine suggests what to have said instead of a weak trainee turn.
type BetterLine struct {
	Turn  int      `json:"turn"`
	Quote string   `json:"quote"`
	Line  string   `json:"line"`
	Why   string   `json:"why"`
	Cite  *Passage `json:"cite,omitempty"`
}

// Endings of a talk.
const (
	EndingSatisfied = "satisfied"   // calmed and leaves satisfied
	EndingDate      = "agreed_date" // leaves with an agreed date
	EndingStormOut  = "storm_out"   // storms out
	EndingEscalate  = "escalate"    // threatens or goes to a higher level
	EndingOpen      = "open"        // the trainee ended the talk before it settled
)
