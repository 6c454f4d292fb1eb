package coach

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The fault model is a second opinion on the seven violation codes, learned
// from lines that trainers labelled. The hand-written recogniser knows the
// wordings it was taught; the model reads character n-grams of the line, the
// visitor's line before it and the visitor type, so it also reacts to
// wordings nobody wrote a rule for. It adds a fault the rules missed, at a
// threshold per code chosen on lines the model had not been trained on (see
// `coach train-faults`). When it is near-certain a compliance breach the
// rules found is absent, it marks the breach as doubted: still reported, but
// it no longer caps the talk. Any other fault the rules found it takes out
// when it is near-certain the fault is absent (see Judge).

//go:embed faultmodel.tsv
var embeddedFaultModel []byte

// FaultExample is one trainee line with the violation codes a trainer gave it.
type FaultExample struct {
	Group   string // who wrote it; cross-validation holds a group out whole
	Persona Persona
	Visitor string // the visitor's line just before, if any
	Text    string
	Codes   []string
}

// FaultModel scores a trainee line for each violation code: a logistic
// model per code over binary features. It is read-only after it is built
// and safe for concurrent use.
type FaultModel struct {
	Codes []string  // the violation codes, in ViolationCodes order
	Bias  []float64 // per code
	Add   []float64 // per code: add a fault the rules missed at this probability or above (>1: never)
	// ConfrontUnwell replaces Add for confrontation with an unwell visitor,
	// chosen apart because kind words about the feared thing read much
	// like correcting the belief (>1: never).
	ConfrontUnwell float64
	Doubt          float64 // doubt a compliance breach the rules found below this probability (0: never)
	// Sure is where an added fault stops being a second opinion: at this
	// probability or above it counts like one the rules found, and a
	// compliance breach caps the talk (0: never).
	Sure float64
	// Drop is where the model overrules the rules on a fault that is no
	// compliance breach (rude, buck-passing, officialese, confronting a
	// visitor who is not unwell): below this probability the fault is
	// taken out (0: never).
	Drop   float64
	Digest string // what the model was trained on (a digest of the data)

	weights map[string][]float64 // feature → weight per code
}

// TrainConfig sets how a fault model is trained.
type TrainConfig struct {
	Epochs    int     // passes of full-batch AdaGrad
	Rate      float64 // AdaGrad learning rate
	L2        float64 // ridge penalty per example
	PosWeight float64 // weight of a positive example against a negative one
	MinCount  int     // a feature must occur in this many training lines
}

// DefaultTrainConfig is the configuration `coach train-faults` uses.
func DefaultTrainConfig() TrainConfig {
	return TrainConfig{Epochs: 120, Rate: 0.3, L2: 1e-4, PosWeight: 3, MinCount: 2}
}

// faultNorm maps ASCII punctuation to its full-width form and digits to one
// digit, so that "5000元" and "3000元" share their n-grams.
var faultNorm = strings.NewReplacer(
	",", "，", "?", "？", "!", "！", ";", "；", ":", "：", "(", "（", ")", "）",
	"1", "0", "2", "0", "3", "0", "4", "0", "5", "0", "6", "0", "7", "0", "8", "0", "9", "0",
)

// FaultFeatures lists the features of a trainee line: character 1- to
// 3-grams of the line (with its start and end marked), with an unwell
// visitor its 2- and 3-grams again under their own names, 1- and 2-grams of
// the visitor's line before it, the visitor type and the line's length
// class. The n-grams are read from the Mandarin reading of both lines
// (mandarinReading). Each feature appears once.
func FaultFeatures(persona Persona, visitor, text string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(f string) {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	// compact is the Mandarin reading of the line without spaces, as both
	// the n-grams and the length class read it (the reading keeps the
	// length).
	compact := func(s string) string { return mandarinReading(strings.Join(strings.Fields(s), "")) }
	grams := func(prefix, s string, min, max int) {
		rs := []rune("^" + faultNorm.Replace(s) + "$")
		for n := min; n <= max; n++ {
			for i := 0; i+n <= len(rs); i++ {
				g := rs[i : i+n]
				if n == 1 && !(unicode.Is(unicode.Han, g[0]) || unicode.IsPunct(g[0])) {
					continue
				}
				add(prefix + string(g))
			}
		}
	}
	line := compact(text)
	grams("t:", line, 1, 3)
	if persona == PersonaUnwell {
		grams("u:", line, 2, 3)
	}
	if visitor != "" {
		grams("v:", compact(visitor), 1, 2)
	}
	add("p:" + string(persona))
	add("n:" + lengthBucket(line))
	return out
}

// lengthBucket names the length class of a line without its spaces, so
// that the model learns how often lines of that length commit each fault: a
// short line has few n-grams, and without it a curt "后来呢?" drifts towards
// the base rate.
func lengthBucket(line string) string {
	n := utf8.RuneCountInString(line)
	switch {
	case n <= 4:
		return "4"
	case n <= 8:
		return "8"
	case n <= 16:
		return "16"
	case n <= 32:
		return "32"
	case n <= 64:
		return "64"
	}
	return "more"
}

// Probs returns, per code in m.Codes, the probability that the line commits it.
func (m *FaultModel) Probs(persona Persona, visitor, text string) []float64 {
	z := slices.Clone(m.Bias)
	for _, f := range FaultFeatures(persona, visitor, text) {
		if w, ok := m.weights[f]; ok {
			for k := range z {
				z[k] += w[k]
			}
		}
	}
	for k := range z {
		z[k] = sigmoid(z[k])
	}
	return z
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// faultKeys are the recogniser's faults that yield each violation code.
var faultKeys = map[string][]string{
	ViolationRude:         {FaultRude},
	ViolationFalsePromise: {FaultFalsePromise, FaultHalfPromise},
	ViolationBuckPassing:  {FaultBuckPassing},
	ViolationConfront:     {FaultConfront, FaultCorrect},
	ViolationBuyPeace:     {FaultBuyPeace},
	ViolationOfficialese:  {FaultOfficialese},
	ViolationAcceptGift:   {FaultAcceptGift},
}

// doubtable are the codes whose rule-found breach the model may doubt: the
// ones that cap a talk whatever the visitor. Confronting an unwell visitor
// is left to the rules, as the model reads kind corrections as harmless.
var doubtable = []string{ViolationFalsePromise, ViolationBuyPeace, ViolationAcceptGift}

// Judge reviews the recogniser's faults in one trainee line with the model.
//   - A fault the rules missed is added when the model is confident of it,
//     and listed in Recognition.Learned. Its quote is the clause the model
//     finds most telling.
//     An added fault the model is near-certain of (m.Sure) is also listed
//     in Recognition.Sure.
//   - A compliance breach the rules found but the model is near-certain is
//     absent stays a fault and is listed in Recognition.Doubted. Any other
//     fault the rules found is taken out when the model is near-certain
//     it is absent (m.Drop).
//
// The scorer reports both kinds and takes points for them, but neither
// fails a talk outright: a compliance cap needs the rules and the model
// not to disagree, or the model to be near-certain on its own.
func (m *FaultModel) Judge(rec Recognition, persona Persona, visitor, text string) Recognition {
	if m == nil {
		return rec
	}
	p := m.Probs(persona, visitor, text)
	// The rules below read Mandarin; the model's n-grams read the Mandarin
	// reading of the line already (FaultFeatures).
	said := mandarinReading(text)
	// The probabilities of the words without the visitor's line are worked
	// out only when some code reaches its threshold in context.
	var alone []float64
	wordsAlone := func(k int) float64 {
		if visitor == "" {
			return p[k]
		}
		if alone == nil {
			alone = m.Probs(persona, "", text)
		}
		return alone[k]
	}
	var add, doubt, sure, drop []string
	for k, code := range m.Codes {
		var found []string
		for _, f := range faultKeys[code] {
			// Correcting a belief is confronting only an unwell visitor;
			// with anyone else it neither counts nor stops the model.
			if f == FaultCorrect && persona != PersonaUnwell {
				continue
			}
			// A hedge is a violation only with a visitor whose demand has
			// no basis; with anyone else it leaves the code to the model.
			if f == FaultHalfPromise && !noBasisPersona(persona) {
				continue
			}
			if rec.Has(f) {
				found = append(found, f)
			}
		}
		if len(found) > 0 {
			if p[k] < m.Doubt && slices.Contains(doubtable, code) {
				doubt = append(doubt, found...)
			}
			if p[k] < m.Drop && !slices.Contains(doubtable, code) && !(code == ViolationConfront && persona == PersonaUnwell) {
				drop = append(drop, found...)
			}
			continue
		}
		at := m.Add[k]
		if code == ViolationConfront && persona == PersonaUnwell {
			at = m.ConfrontUnwell
		}
		// Officialese is stock phrasing instead of substance; a line in
		// which the rules found substance (a policy explained, a date, an
		// owner, the promise to listen and be fair) is not officialese
		// however stock some of its words are.
		if code == ViolationOfficialese && substantive(rec) && !(m.Sure > 0 && p[k] >= m.Sure && onlyExplained(rec)) {
			continue
		}
		if p[k] < at || !Adds(code, p[k], wordsAlone(k), at) {
			continue
		}
		// A certainty about the office's own step ("一定给您讲明白",
		// "三天内一定给您回话") is a commitment, not a promise of an
		// outcome, however much it reads like one; a line that says the
		// outcome cannot be had is a warning.
		if code == ViolationFalsePromise && (onlyOwnSteps(said) || outcomeDeniedRE.MatchString(said)) {
			continue
		}
		// "晚上啊……这个不太好吧" after an invitation hesitates; it takes
		// nothing, however gift-laden the visitor's line.
		if code == ViolationAcceptGift && (demurRE.MatchString(said) || bareThanks(said)) {
			continue
		}
		add = append(add, code)
		if m.Sure > 0 && p[k] >= m.Sure {
			sure = append(sure, code)
		}
	}
	if len(add) == 0 && len(doubt) == 0 && len(drop) == 0 {
		return rec
	}
	out := rec
	if len(drop) > 0 {
		out.Quotes = make(map[string]string, len(rec.Quotes))
		for key, q := range rec.Quotes {
			if !slices.Contains(drop, key) {
				out.Quotes[key] = q
			}
		}
		out.Faults = slices.DeleteFunc(slices.Clone(rec.Faults), func(f string) bool { return slices.Contains(drop, f) })
		rec = out
	}
	out.Doubted = append(slices.Clone(rec.Doubted), doubt...)
	if len(add) == 0 {
		return out
	}
	out.Quotes = make(map[string]string, len(rec.Quotes)+len(add))
	for key, q := range rec.Quotes {
		out.Quotes[key] = q
	}
	out.Learned = slices.Clone(rec.Learned)
	out.Sure = append(slices.Clone(rec.Sure), sure...)
	for _, code := range add {
		out.Quotes[code] = m.telling(code, persona, visitor, text)
		out.Learned = append(out.Learned, code)
	}
	out.Faults = nil
	for _, mv := range Moves() {
		if _, ok := out.Quotes[mv.Key]; ok && mv.Fault {
			out.Faults = append(out.Faults, mv.Key)
		}
	}
	return out
}

// Adds reports whether the model adds code at threshold at, given its
// probability p for the line in context and alone for the line's words
// without the visitor's line before them. Both must reach the threshold:
// the visitor's words may clear a line ("您放心" after a threat is not a
// promise) but cannot make a fault of it ("后来呢?" after a visitor falls
// silent is not rude however the silence reads). Accepting a gift is the
// exception: the gift is in the visitor's line, and "那就谢谢了" is only a
// fault after an offer. On the session-7 data, out of fold, this raised
// whole-talk violation F1 from 0.80 to 0.81 and cost 0.01 on the lines.
func Adds(code string, p, alone, at float64) bool {
	if code == ViolationAcceptGift {
		return p >= at
	}
	return p >= at && alone >= at
}

// outcomeDeniedRE says the outcome cannot be had ("托人也托不成"): a line
// that says so is a warning, not a promise, whatever else it names.
var outcomeDeniedRE = regexp.MustCompile(`(托|办|批|要|走)不(成|下来|通)|没(有)?(这个)?可能|不可能(办|批|给|成)`)

// demurRE are words that demur at an offer without taking it. None of the
// 442 labelled gift acceptances up to talks-fresh62 contains one.
var demurRE = regexp.MustCompile(`不太好吧|不好吧|不太好啊|不太合适|不妥|不方便`)

// bareThanks reports whether a line only protests that the visitor is too
// kind ("哎呀柴叔,您这太客气了。") and takes nothing. Of the labelled talk
// lines up to talks-fresh69 that say "太客气", every acceptance adds a
// taking word (那我就, 行, 一定到, 尝尝, 谢谢, 放这儿); of those that add
// none and refuse nothing, none is labelled an acceptance (8 lines), nor
// is any in the line sets.
func bareThanks(text string) bool {
	return strings.Contains(text, "太客气") && !takingRE.MatchString(text)
}

// takingRE are words that take what is offered.
var takingRE = regexp.MustCompile(`那我|我就|那就|行|好的|一定|尝|捧场|下不为例|恭敬不如从命|拿|收|去|不推|喝|吃|用上|谢|放|留下|见外|点开`)

// assuredRE are words of certainty.
var assuredRE = regexp.MustCompile(`一定|肯定|保证|保准|准能|绝对|放心|打包票|打保票|包你|包您|铁定|百分之百|板上钉钉|十拿九稳`)

// onlyOwnSteps reports whether every pledge in text is about the office's
// own steps ("您放心,一定给您讲明白", "您放心,您说的我都记下来,认真对待"):
// the line pledges something ("放心", a word of certainty or "会"), no
// clause with a word of certainty or "会" names anything but the office's
// own steps, and at least one clause names such a step.
func onlyOwnSteps(text string) bool {
	pledged, own := false, 0
	for _, cl := range splitClauses(text) {
		if cl.text == "您放心" || cl.text == "你放心" {
			pledged = true
			continue
		}
		step := ownStepRE.MatchString(cl.text)
		if assuredRE.MatchString(cl.text) || strings.Contains(cl.text, "会") {
			pledged = true
			if certainRE.MatchString(cl.text) || !step {
				return false
			}
		}
		if step {
			own++
		}
	}
	return pledged && own > 0
}

// onlyExplained reports whether the only substance the rules found in a
// line is an explanation of policy or an assurance, which slogans can pass
// for ("养老保险是国家保障和改善民生的一项重大制度安排"): no date, owner,
// example, restatement or next step.
func onlyExplained(rec Recognition) bool {
	for _, k := range []string{MoveExample, MoveCommitDate, MoveReferral, MoveNextSteps, MoveRestate} {
		if rec.Has(k) {
			return false
		}
	}
	return true
}

// substantive reports whether the rules found substance in a line.
func substantive(rec Recognition) bool {
	for _, k := range []string{MoveAssure, MoveExplainPolicy, MoveExample, MoveCommitDate, MoveReferral, MoveNextSteps, MoveRestate} {
		if rec.Has(k) {
			return true
		}
	}
	return false
}

// telling returns the clause of text that the model rates highest for code.
func (m *FaultModel) telling(code string, persona Persona, visitor, text string) string {
	k := slices.Index(m.Codes, code)
	best, bestP := strings.TrimSpace(text), -1.0
	clauses := splitClauses(text)
	if len(clauses) < 2 {
		return best
	}
	for _, cl := range clauses {
		if p := m.Probs(persona, visitor, cl.text)[k]; p > bestP {
			best, bestP = cl.text, p
		}
	}
	return best
}

// TrainFaultModel fits a fault model to labelled lines. Training is
// deterministic: the same examples and configuration give the same model.
// Thresholds are left at "never"; the caller sets Add and Doubt.
func TrainFaultModel(examples []FaultExample, cfg TrainConfig) *FaultModel {
	codes := ViolationCodes()
	feats := make([][]string, len(examples))
	count := map[string]int{}
	for i, ex := range examples {
		feats[i] = FaultFeatures(ex.Persona, ex.Visitor, ex.Text)
		for _, f := range feats[i] {
			count[f]++
		}
	}
	var vocab []string
	for f, n := range count {
		if n >= cfg.MinCount {
			vocab = append(vocab, f)
		}
	}
	slices.Sort(vocab)
	index := make(map[string]int, len(vocab))
	for i, f := range vocab {
		index[f] = i
	}
	rows := make([][]int, len(examples))
	for i := range examples {
		for _, f := range feats[i] {
			if j, ok := index[f]; ok {
				rows[i] = append(rows[i], j)
			}
		}
		slices.Sort(rows[i])
	}
	m := &FaultModel{Codes: codes, ConfrontUnwell: 2, weights: map[string][]float64{}}
	// The codes are fitted apart from one another, so they are fitted at
	// the same time; each writes only its own slot.
	w := make([][]float64, len(codes))
	m.Bias = make([]float64, len(codes))
	m.Add = make([]float64, len(codes))
	var wg sync.WaitGroup
	for k, code := range codes {
		m.Add[k] = 2
		wg.Go(func() {
			y := make([]float64, len(examples))
			cw := make([]float64, len(examples))
			for i, ex := range examples {
				cw[i] = 1
				if slices.Contains(ex.Codes, code) {
					y[i], cw[i] = 1, cfg.PosWeight
				}
			}
			w[k], m.Bias[k] = fitLogistic(rows, y, cw, len(vocab), cfg)
		})
	}
	wg.Wait()
	// Weights are kept to thousandths, and a feature whose weights are all
	// under weightFloor is left out: it hardly moves any probability and
	// would only make the model file larger.
	for j, f := range vocab {
		ws := make([]float64, len(codes))
		keep := false
		for k := range codes {
			ws[k] = math.Round(w[k][j]*weightScale) / weightScale
			keep = keep || math.Abs(ws[k]) >= weightFloor
		}
		if keep {
			m.weights[f] = ws
		}
	}
	for k := range m.Bias {
		m.Bias[k] = math.Round(m.Bias[k]*1e4) / 1e4
	}
	return m
}

// weightScale is the precision of stored weights; weightFloor the smallest
// weight that keeps a feature in the model.
const (
	weightScale = 1000
	weightFloor = 0.005
)

// fitLogistic fits weighted, ridge-penalised logistic regression over binary
// sparse rows with full-batch AdaGrad.
func fitLogistic(rows [][]int, y, cw []float64, dim int, cfg TrainConfig) ([]float64, float64) {
	w := make([]float64, dim)
	g := make([]float64, dim)
	hw := make([]float64, dim)
	var hb float64
	total, pos := 0.0, 0.0
	for i, c := range cw {
		total += c
		pos += c * y[i]
	}
	// Start the bias at the weighted base rate, so that the features only
	// learn how a line differs from the usual one; without this a short
	// line, with few features, drifts towards even odds.
	b := math.Log((pos + 0.5) / (total - pos + 0.5))
	for range cfg.Epochs {
		clear(g)
		var gb float64
		for i, row := range rows {
			z := b
			for _, j := range row {
				z += w[j]
			}
			d := cw[i] * (sigmoid(z) - y[i]) / total
			gb += d
			for _, j := range row {
				g[j] += d
			}
		}
		for j := range w {
			gj := g[j] + cfg.L2*w[j]
			hw[j] += gj * gj
			if hw[j] > 0 {
				w[j] -= cfg.Rate * gj / math.Sqrt(hw[j])
			}
		}
		hb += gb * gb
		if hb > 0 {
			b -= cfg.Rate * gb / math.Sqrt(hb)
		}
	}
	return w, b
}

// The model file is plain text, one record per line, so that a change to
// it reads as a diff:
//
//	# comment
//	digest	<hex>
//	codes	rude	false_promise	…
//	bias	<float per code>
//	add	<float per code>
//	addunwell	<float>          (optional; absent means never)
//	doubt	<float>              (optional; absent means never)
//	sure	<float>               (optional; absent means never)
//	drop	<float>               (optional; absent means never)
//	f	<feature>	<weight per code, in thousandths>

// MarshalText writes the model in its file format.
func (m *FaultModel) MarshalText() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("# Fault model for 接访教练; written by `coach train-faults`, do not edit.\n")
	fmt.Fprintf(&b, "digest\t%s\n", m.Digest)
	fmt.Fprintf(&b, "codes\t%s\n", strings.Join(m.Codes, "\t"))
	row := func(name string, v []float64) {
		b.WriteString(name)
		for _, x := range v {
			b.WriteString("\t" + strconv.FormatFloat(x, 'g', -1, 64))
		}
		b.WriteString("\n")
	}
	row("bias", m.Bias)
	row("add", m.Add)
	if m.ConfrontUnwell <= 1 {
		fmt.Fprintf(&b, "addunwell\t%s\n", strconv.FormatFloat(m.ConfrontUnwell, 'g', -1, 64))
	}
	if m.Doubt > 0 {
		fmt.Fprintf(&b, "doubt\t%s\n", strconv.FormatFloat(m.Doubt, 'g', -1, 64))
	}
	if m.Sure > 0 {
		fmt.Fprintf(&b, "sure\t%s\n", strconv.FormatFloat(m.Sure, 'g', -1, 64))
	}
	if m.Drop > 0 {
		fmt.Fprintf(&b, "drop\t%s\n", strconv.FormatFloat(m.Drop, 'g', -1, 64))
	}
	feats := make([]string, 0, len(m.weights))
	for f := range m.weights {
		feats = append(feats, f)
	}
	slices.Sort(feats)
	for _, f := range feats {
		b.WriteString("f\t" + f)
		for _, x := range m.weights[f] {
			b.WriteString("\t" + strconv.Itoa(int(math.Round(x*weightScale))))
		}
		b.WriteString("\n")
	}
	return b.Bytes(), nil
}

// ParseFaultModel reads a model written by MarshalText.
func ParseFaultModel(data []byte) (*FaultModel, error) {
	m := &FaultModel{ConfrontUnwell: 2, weights: map[string][]float64{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	n := 0
	floats := func(fields []string) ([]float64, error) {
		if len(m.Codes) == 0 {
			return nil, fmt.Errorf("line %d: values before the codes line", n)
		}
		if len(fields) != len(m.Codes) {
			return nil, fmt.Errorf("line %d: %d values for %d codes", n, len(fields), len(m.Codes))
		}
		out := make([]float64, len(fields))
		for i, s := range fields {
			x, err := strconv.ParseFloat(s, 64)
			if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
				return nil, fmt.Errorf("line %d: bad number %q", n, s)
			}
			out[i] = x
		}
		return out, nil
	}
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		var err error
		switch fields[0] {
		case "digest":
			if len(fields) != 2 {
				return nil, fmt.Errorf("fault model line %d: digest takes one value", n)
			}
			m.Digest = fields[1]
		case "codes":
			m.Codes = fields[1:]
			for _, c := range m.Codes {
				if _, ok := faultKeys[c]; !ok {
					return nil, fmt.Errorf("fault model line %d: unknown code %q", n, c)
				}
			}
		case "bias":
			m.Bias, err = floats(fields[1:])
		case "add":
			m.Add, err = floats(fields[1:])
		case "addunwell":
			m.ConfrontUnwell, err = threshold(n, fields, false)
		case "sure":
			m.Sure, err = threshold(n, fields, false)
		case "doubt":
			m.Doubt, err = threshold(n, fields, true)
		case "drop":
			m.Drop, err = threshold(n, fields, true)
		case "f":
			if len(fields) < 2 || fields[1] == "" {
				return nil, fmt.Errorf("fault model line %d: feature without a name", n)
			}
			var w []float64
			w, err = floats(fields[2:])
			for k := range w {
				w[k] /= weightScale
			}
			m.weights[fields[1]] = w
		default:
			return nil, fmt.Errorf("fault model line %d: unknown record %q", n, fields[0])
		}
		if err != nil {
			return nil, fmt.Errorf("fault model: %w", err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read fault model: %w", err)
	}
	if len(m.Codes) == 0 || len(m.Bias) == 0 || len(m.Add) == 0 {
		return nil, fmt.Errorf("fault model: codes, bias and add lines are all required")
	}
	return m, nil
}

// threshold reads a record of one probability: in [0, 1) for a lower bound
// ("doubt"), in (0, 1] for an upper one.
func threshold(n int, fields []string, lower bool) (float64, error) {
	if len(fields) != 2 {
		return 0, fmt.Errorf("line %d: %s takes one value", n, fields[0])
	}
	x, err := strconv.ParseFloat(fields[1], 64)
	if err != nil || (lower && !(x >= 0 && x < 1)) || (!lower && !(x > 0 && x <= 1)) {
		return 0, fmt.Errorf("line %d: bad %s threshold %q", n, fields[0], fields[1])
	}
	return x, nil
}

// EmbeddedFaultModel returns the model built into the program. An empty
// embedded file means no model: the rules alone decide.
func EmbeddedFaultModel() (*FaultModel, error) {
	if len(bytes.TrimSpace(embeddedFaultModel)) == 0 {
		return nil, nil
	}
	return ParseFaultModel(embeddedFaultModel)
}
