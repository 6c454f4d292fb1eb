package main

import (
	"context"
	"fmt"
	"strings"

	"receptioncoach/coach"
	"receptioncoach/scenarios"
)

// Targets of the visitor measurement (issue 5, "Measured").
const (
	targetMoodGap  = 15   // rude anger ≥ good anger + 15, rude trust ≤ good trust − 15
	targetDistinct = 0.80 // share of distinct visitor replies in a 20-turn talk
	listenTurns    = 20
)

// visitorEval is the measurement of one visitor type.
type visitorEval struct {
	Persona     coach.Persona `json:"persona"`
	Name        string        `json:"name"`
	Scenarios   int           `json:"scenarios"`
	GoodAnger   float64       `json:"good_anger"`
	GoodTrust   float64       `json:"good_trust"`
	RudeAnger   float64       `json:"rude_anger"`
	RudeTrust   float64       `json:"rude_trust"`
	AngerGap    float64       `json:"anger_gap"`      // rude − good
	TrustGap    float64       `json:"trust_gap"`      // good − rude
	Distinct    float64       `json:"distinct"`       // mean share of distinct replies in a 20-turn talk
	Replies     float64       `json:"listen_replies"` // mean replies the visitor gave in that talk (20 unless they left)
	GoodEndings []string      `json:"good_endings"`
	RudeEndings []string      `json:"rude_endings"`
	MoodOK      bool          `json:"mood_ok"`
	DistinctOK  bool          `json:"distinct_ok"`
}

// visitorEvalSummary is the whole measurement.
type visitorEvalSummary struct {
	Types       []visitorEval `json:"types"`
	MoodMet     int           `json:"mood_targets_met"`
	DistinctMet int           `json:"distinct_targets_met"`
	AllMet      bool          `json:"all_targets_met"`
}

// runEvalVisitors measures how every visitor type answers a well-conducted
// and a rude talk, and how varied its replies are:
// `coach eval-visitors [--json] [--scenarios DIR] [-v]`.
func runEvalVisitors(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("eval-visitors", e.stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	dir := fs.String("scenarios", "", "also load the trainer's scenario folder `DIR`")
	verbose := fs.Bool("v", false, "print every scenario's figures")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	lib, err := scenarios.Open(*dir)
	if err != nil {
		return err
	}
	all, err := lib.Scenarios(ctx)
	if err != nil {
		return err
	}
	sum, lines, err := evaluateVisitors(all)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e, sum)
	}
	if *verbose {
		for _, l := range lines {
			fmt.Fprintln(e.stdout, l)
		}
		fmt.Fprintln(e.stdout)
	}
	fmt.Fprintln(e.stdout, "mean final anger/trust after a good and a rude talk; gaps are rude−good anger and good−rude trust;")
	fmt.Fprintln(e.stdout, "distinct = share of distinct visitor replies in a 20-line listening talk (replies given)")
	fmt.Fprintf(e.stdout, "%-12s %2s  %-12s %-12s %-13s %-14s %-22s %s\n", "type", "n", "good a/t", "rude a/t", "gap a/t", "distinct", "targets", "name")
	for _, v := range sum.Types {
		fmt.Fprintf(e.stdout, "%-12s %2d  %5.1f/%-6.1f %5.1f/%-6.1f %+5.1f/%+-7.1f %5.1f%% (%4.1f)  %-9s %-12s %s\n",
			v.Persona, v.Scenarios, v.GoodAnger, v.GoodTrust, v.RudeAnger, v.RudeTrust, v.AngerGap, v.TrustGap,
			100*v.Distinct, v.Replies, mark(v.MoodOK, "mood"), mark(v.DistinctOK, "distinct"), v.Name)
	}
	fmt.Fprintf(e.stdout, "summary: mood gap ≥%d met by %d/%d types; distinct replies ≥%.0f%% met by %d/%d types; all targets met: %v\n",
		targetMoodGap, sum.MoodMet, len(sum.Types), 100*targetDistinct, sum.DistinctMet, len(sum.Types), sum.AllMet)
	return nil
}

func mark(ok bool, what string) string {
	if ok {
		return what + " ok"
	}
	return what + " MISSED"
}

// evaluateVisitors plays the three talks through every scenario and averages
// the figures per visitor type. It also returns one line per scenario.
func evaluateVisitors(all []*coach.Scenario) (visitorEvalSummary, []string, error) {
	var sum visitorEvalSummary
	var lines []string
	rz := coach.NewTurnRecognizer()
	for _, p := range coach.Personas() {
		v := visitorEval{Persona: p.Key, Name: p.Name}
		for _, sc := range all {
			if sc.Persona != p.Key {
				continue
			}
			good, _, err := scenarios.Play(sc, rz, goodTalk(sc))
			if err != nil {
				return sum, nil, fmt.Errorf("%s good talk: %w", sc.ID, err)
			}
			rude, _, err := scenarios.Play(sc, rz, rudeTalk())
			if err != nil {
				return sum, nil, fmt.Errorf("%s rude talk: %w", sc.ID, err)
			}
			listen, _, err := scenarios.Play(sc, rz, listeningTalk())
			if err != nil {
				return sum, nil, fmt.Errorf("%s listening talk: %w", sc.ID, err)
			}
			g, r := good.State(), rude.State()
			d, n := distinctShare(listen.Turns())
			v.Scenarios++
			v.GoodAnger += float64(g.Anger)
			v.GoodTrust += float64(g.Trust)
			v.RudeAnger += float64(r.Anger)
			v.RudeTrust += float64(r.Trust)
			v.Distinct += d
			v.Replies += float64(n)
			v.GoodEndings = append(v.GoodEndings, g.Ending)
			v.RudeEndings = append(v.RudeEndings, r.Ending)
			lines = append(lines, fmt.Sprintf("%-34s good %3d/%-3d %-11s  rude %3d/%-3d %-11s  distinct %3.0f%% of %d",
				sc.ID, g.Anger, g.Trust, g.Ending, r.Anger, r.Trust, r.Ending, 100*d, n))
		}
		if v.Scenarios == 0 {
			continue
		}
		n := float64(v.Scenarios)
		v.GoodAnger /= n
		v.GoodTrust /= n
		v.RudeAnger /= n
		v.RudeTrust /= n
		v.Distinct /= n
		v.Replies /= n
		v.AngerGap = v.RudeAnger - v.GoodAnger
		v.TrustGap = v.GoodTrust - v.RudeTrust
		v.MoodOK = v.AngerGap >= targetMoodGap && v.TrustGap >= targetMoodGap
		v.DistinctOK = v.Distinct >= targetDistinct
		if v.MoodOK {
			sum.MoodMet++
		}
		if v.DistinctOK {
			sum.DistinctMet++
		}
		sum.Types = append(sum.Types, v)
	}
	sum.AllMet = len(sum.Types) > 0 && sum.MoodMet == len(sum.Types) && sum.DistinctMet == len(sum.Types)
	return sum, lines, nil
}

// distinctShare is the share of distinct texts among the visitor's replies
// (the opening excluded), and the number of replies.
func distinctShare(turns []coach.Turn) (float64, int) {
	seen := map[string]bool{}
	n := 0
	for i, t := range turns {
		if t.Role != coach.RoleVisitor || i == 0 {
			continue
		}
		n++
		seen[strings.TrimSpace(t.Text)] = true
	}
	if n == 0 {
		return 0, 0
	}
	return float64(len(seen)) / float64(n), n
}

// goodTalk is a well-conducted talk that fits any scenario: a warm welcome,
// an assurance, open questions and sympathy, a question drawn from each
// hidden fact's ask words, a plain policy explanation, a restatement of the
// demands, a referral to the owning office with a date, and words of hope.
func goodTalk(sc *coach.Scenario) []string {
	lines := []string{
		"您好,请坐,先喝口水,有什么事慢慢说。",
		"您贵姓?家住在哪儿?",
		"您放心,您反映的事我都一条条记下来,一定认真对待、公正处理。",
		"您慢慢说,这事是怎么一回事?",
		"嗯,您接着说,我听着。",
		"这么长时间没个结果,搁谁心里都不好受,您的心情我理解。",
		"后来呢?",
	}
	for _, f := range sc.Facts {
		if f.Hidden && len(f.Ask) > 0 {
			lines = append(lines, fmt.Sprintf("我再问一句,%s这方面是怎么回事?", f.Ask[0]))
		}
	}
	lines = append(lines, "我跟您讲讲政策:这类事情按规定办,要看材料、讲证据,符合条件的该办的一定办,不符合的我也不能随口答应您。")
	if r := restatement(sc); r != "" {
		lines = append(lines, r)
	}
	owner := sc.Owner
	if owner == "" {
		owner = "我们"
	}
	lines = append(lines,
		fmt.Sprintf("这件事归%s负责,我今天就把材料转过去,五个工作日内给您回话。", owner),
		"您放宽心,事情总会有个说法,咱们一步一步来,问题会解决好的。",
	)
	return lines
}

// restatement restates the scenario's demands in a good summary.
func restatement(sc *coach.Scenario) string {
	if len(sc.Demands) == 0 {
		return ""
	}
	nums := []string{"一是", "二是", "三是", "四是", "五是"}
	var parts []string
	for i, d := range sc.Demands {
		if i >= len(nums) {
			break
		}
		parts = append(parts, nums[i]+d.Text)
	}
	return "我归纳一下,您今天反映的主要是这几件事:" + strings.Join(parts, ",") + "。我说得对不对?"
}

// rudeTalk is a badly conducted talk: hurrying, scolding, passing the buck.
func rudeTalk() []string {
	return []string{
		"有什么事快说,我这儿忙着呢。",
		"说重点!别东拉西扯的。",
		"你这事不归我们管,去找有关部门。",
		"吵什么吵?你这人怎么这么不讲理!",
		"爱上哪告上哪告去,我管不了。",
		"行了行了,下一个!",
	}
}

// listeningTalk is twenty varied but plausible listening lines.
func listeningTalk() []string {
	cycle := []string{"嗯。", "您接着说。", "后来呢?", "我理解。", "具体是哪一年的事?", "还有呢?", "嗯,我在听。",
		"您说的这个情况我记下了。", "那时候是谁跟您说的?", "然后呢?"}
	out := make([]string, 0, listenTurns)
	for i := 0; i < listenTurns; i++ {
		out = append(out, cycle[i%len(cycle)])
	}
	return out
}
