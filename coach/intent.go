package coach

// Intents are what a visitor reply means to do; the engine picks one per
// turn and the voice (scripted lines or a model) phrases it. Lines in persona
// and scenario files are keyed by these names. Slots in lines: {name}, {age},
// {home}, {office}, {date}, {goal}, {owner}, {missing}, {fact}, {said}, {key}.
var intentDocs = [...][2]string{
	{"opening", "first words at the door"},
	{"greet", "answer to a greeting or small talk"},
	{"seat", "answer to being offered a seat or water"},
	{"identity", "says who they are and where they live"},
	{"assured", "answer to the officer saying the matter will be recorded and handled fairly"},
	{"record", "answer to seeing the officer write it down"},
	{"story", "tells the next part of the story (scenario story beats come first)"},
	{"empathy", "answer to sympathy or reassurance"},
	{"apology", "answer to an apology"},
	{"fact", "tells a fact asked about; {fact} is the fact's text"},
	{"evasive", "dodges a question about a hidden fact while trust is low"},
	{"answer_unknown", "answer to a question it cannot place"},
	{"policy_ok", "accepts a plain explanation of the policy"},
	{"policy_push", "pushes back on the policy"},
	{"example_ok", "understands through an example or comparison"},
	{"summary_ok", "confirms the officer's restatement"},
	{"summary_missing", "corrects a restatement that left something out; {missing}"},
	{"referral_ok", "accepts a referral to the named office; {office}"},
	{"referral_vague", "asks which office exactly, after a vague referral"},
	{"date_ok", "takes note of the date given; {date}"},
	{"hope", "answer to words of hope at the end"},
	{"rude", "reaction to rudeness or scolding"},
	{"confront", "reaction to being contradicted or argued with"},
	{"rushed", "reaction to being hurried"},
	{"blamed", "reaction to being blamed"},
	{"promise_seize", "seizes a promise or half-promise"},
	{"promise_recall", "comes back to an earlier half-promise"},
	{"buck", "reaction to being passed on without a clear office"},
	{"officialese", "reaction to slogans and officialese"},
	{"gift_offer", "offers a gift or a meal"},
	{"gift_refused", "reaction to a polite refusal of the gift"},
	{"gift_taken", "reaction when the officer accepts the gift"},
	{"money_probe", "probes for money or favours"},
	{"bought", "reaction to being offered money or special treatment"},
	{"threat", "threatens to go higher or make a scene"},
	{"press", "presses the demand again"},
	{"silence", "goes quiet or answers slowly"},
	{"filler", "generic answer when nothing else fits"},
	{"leave_satisfied", "leaves calmed and satisfied"},
	{"leave_date", "leaves with the agreed date; {date}"},
	{"storm_out", "storms out"},
	{"escalate", "leaves to go to a higher level"},
	{"recall", "a returning visitor recalls what the officer said last time; {said}"},
	{"group_reps", "a group answers a request to choose representatives"},
	{"group_noise", "several visitors talk at once"},
}

// Intents returns every intent name with a one-line description.
func Intents() map[string]string {
	m := make(map[string]string, len(intentDocs))
	for _, d := range intentDocs {
		m[d[0]] = d[1]
	}
	return m
}

// KnownIntent reports whether name is an intent.
func KnownIntent(name string) bool {
	for _, d := range intentDocs {
		if d[0] == name {
			return true
		}
	}
	return false
}
