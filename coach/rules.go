package coach

// personaRules say how a visitor type's mood answers the trainee's moves.
// Pairs are (anger delta, trust delta).
type personaRules struct {
	vent        int    // how much being let to talk calms them
	feel        int    // how much sympathy calms them
	agree       int    // how much plain acknowledgement (嗯、明白) calms them
	policy      [2]int // a policy explanation
	example     [2]int // a plain example or comparison
	firm        [2]int // a firm, clear no
	rude        [2]int
	confront    [2]int
	blame       [2]int
	rush        [2]int
	bought      [2]int // being offered money or favours
	likesPolicy bool   // takes explanations readily
	escalates   bool   // threatens to go higher when angry
}

// rulesFor returns the rules of a persona, after DOMAIN.md §3 and the source texts.
func rulesFor(p Persona) personaRules {
	switch p {
	case PersonaConfused: // needs plain words and examples
		return personaRules{vent: 1, feel: 1, agree: 1, policy: [2]int{-3, 6}, example: [2]int{-4, 9}, firm: [2]int{2, 1},
			rude: [2]int{18, -16}, confront: [2]int{10, -10}, blame: [2]int{8, -10}, rush: [2]int{8, -8}, bought: [2]int{-2, -2}, likesPolicy: true}
	case PersonaResentful: // must vent first; lectures before that backfire
		return personaRules{vent: 2, feel: 2, agree: 2, policy: [2]int{0, 3}, example: [2]int{-2, 4}, firm: [2]int{4, 1},
			rude: [2]int{28, -18}, confront: [2]int{16, -12}, blame: [2]int{12, -12}, rush: [2]int{14, -10}, bought: [2]int{-2, -1}, escalates: true}
	case PersonaPestering: // respects one unchanging answer; feeds on hints
		return personaRules{vent: 1, feel: 1, agree: 1, policy: [2]int{2, 1}, example: [2]int{1, 2}, firm: [2]int{3, 4},
			rude: [2]int{20, -16}, confront: [2]int{12, -10}, blame: [2]int{10, -8}, rush: [2]int{8, -6}, bought: [2]int{-6, 2}, escalates: true}
	case PersonaUnwell: // settles when heard and agreed with; escalates when contradicted
		return personaRules{vent: 1, feel: 2, agree: 3, policy: [2]int{1, 0}, example: [2]int{0, 2}, firm: [2]int{8, -6},
			rude: [2]int{25, -20}, confront: [2]int{30, -20}, blame: [2]int{12, -12}, rush: [2]int{10, -8}, bought: [2]int{0, 0}}
	case PersonaVeteran: // tests for money; respects calm firmness
		return personaRules{vent: 1, feel: 1, agree: 0, policy: [2]int{1, 3}, example: [2]int{0, 2}, firm: [2]int{4, 4},
			rude: [2]int{22, -16}, confront: [2]int{12, -8}, blame: [2]int{8, -6}, rush: [2]int{8, -6}, bought: [2]int{-8, -4}, escalates: true}
	case PersonaCholeric: // hot; long patient talk cools; heat meets heat
		return personaRules{vent: 2, feel: 1, agree: 1, policy: [2]int{-1, 3}, example: [2]int{-2, 4}, firm: [2]int{6, 1},
			rude: [2]int{30, -18}, confront: [2]int{22, -14}, blame: [2]int{14, -10}, rush: [2]int{16, -10}, bought: [2]int{-2, 0}, likesPolicy: true, escalates: true}
	case PersonaSanguine: // open; needs the whole picture
		return personaRules{vent: 1, feel: 1, agree: 1, policy: [2]int{-3, 6}, example: [2]int{-3, 6}, firm: [2]int{2, 2},
			rude: [2]int{16, -16}, confront: [2]int{10, -10}, blame: [2]int{8, -10}, rush: [2]int{6, -6}, bought: [2]int{-2, 0}, likesPolicy: true}
	case PersonaPhlegmatic: // slow; rushing shuts them down
		return personaRules{vent: 1, feel: 1, agree: 1, policy: [2]int{-2, 4}, example: [2]int{-2, 5}, firm: [2]int{2, 2},
			rude: [2]int{16, -18}, confront: [2]int{10, -12}, blame: [2]int{8, -12}, rush: [2]int{10, -16}, bought: [2]int{0, -2}, likesPolicy: true}
	case PersonaMelancholic: // withdraws at blame; needs kind words
		return personaRules{vent: 1, feel: 2, agree: 2, policy: [2]int{-2, 4}, example: [2]int{-2, 5}, firm: [2]int{3, -2},
			rude: [2]int{18, -22}, confront: [2]int{10, -15}, blame: [2]int{8, -22}, rush: [2]int{8, -12}, bought: [2]int{0, -2}, likesPolicy: true}
	}
	return personaRules{vent: 1, feel: 1, agree: 1, policy: [2]int{-1, 3}, example: [2]int{-1, 3}, firm: [2]int{2, 1},
		rude: [2]int{20, -15}, confront: [2]int{12, -10}, blame: [2]int{8, -8}, rush: [2]int{8, -6}, likesPolicy: true}
}
