package coach

import "strings"

// Answers a trainee may have given on an earlier visit.
const (
	AnswerFirm     = "firm"     // a clear no, with the policy
	AnswerPromise  = "promise"  // a promise or half-promise
	AnswerReferral = "referral" // sent to a named office
	AnswerDate     = "date"     // a date for an answer
)

// Memory is what a returning visitor remembers of the trainee's answer on
// the earlier visit.
type Memory struct {
	SessionID string `json:"session_id,omitempty"`
	Answer    string `json:"answer"` // see Answer* constants
	Quote     string `json:"quote"`  // the trainee's words
	Office    string `json:"office,omitempty"`
	Date      string `json:"date,omitempty"`
}

// RecallAnswer derives the answer the trainee gave in a talk: the last
// decisive move wins. It returns nil when the trainee gave no answer. The
// answer is read from rz's rules alone (Recognize, not Judge), so any
// recogniser will do; nil builds the rule tables.
func RecallAnswer(rz *TurnRecognizer, turns []Turn) *Memory {
	if rz == nil {
		rz = NewRuleRecognizer()
	}
	var m *Memory
	for _, t := range turns {
		if t.Role != RoleTrainee {
			continue
		}
		rec := rz.Recognize(t.Text)
		quote := func(key string) string { return truncateRunes(sentenceWith(t.Text, rec.Quotes[key]), 60) }
		switch {
		case rec.Has(FaultFalsePromise):
			m = &Memory{Answer: AnswerPromise, Quote: quote(FaultFalsePromise)}
		case rec.Has(FaultHalfPromise):
			m = &Memory{Answer: AnswerPromise, Quote: quote(FaultHalfPromise)}
		case rec.Has(MoveFirmNo):
			m = &Memory{Answer: AnswerFirm, Quote: quote(MoveFirmNo)}
		case rec.Has(MoveReferral):
			m = &Memory{Answer: AnswerReferral, Quote: quote(MoveReferral), Office: rec.Office}
		case rec.Has(MoveCommitDate):
			m = &Memory{Answer: AnswerDate, Quote: quote(MoveCommitDate), Date: rec.Date}
		}
	}
	return m
}

// Inconsistent reports whether a trainee turn changes the answer remembered
// from the earlier visit, and how.
func (m *Memory) Inconsistent(rec Recognition) (bool, string) {
	if m == nil {
		return false, ""
	}
	promise := rec.Has(FaultFalsePromise) || rec.Has(FaultHalfPromise)
	switch {
	case m.Answer == AnswerFirm && promise:
		return true, "上次明确答复办不了,这次又松了口"
	case m.Answer == AnswerPromise && rec.Has(MoveFirmNo):
		return true, "上次许过的话,这次又改口不认"
	case m.Answer == AnswerReferral && rec.Has(MoveReferral) && rec.Office != "" && m.Office != "" && !sameOffice(rec.Office, m.Office):
		return true, "上次让去" + m.Office + ",这次又换成" + rec.Office
	}
	return false, ""
}

// sentenceWith returns the whole sentence of text that contains part.
func sentenceWith(text, part string) string {
	start := 0
	for i, r := range text {
		switch r {
		case '\u3002', '\uff01', '\uff1f', '!', '?', '\n':
			if s := text[start:i]; strings.Contains(s, part) {
				return strings.TrimSpace(s)
			}
			start = i + len(string(r))
		}
	}
	return strings.TrimSpace(text[start:])
}
