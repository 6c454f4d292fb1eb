package coach

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
)

func tinyExamples() []FaultExample {
	var ex []FaultExample
	for i := 0; i < 6; i++ {
		ex = append(ex,
			FaultExample{Group: "a", Persona: PersonaResentful, Text: "你嚷什么嚷?烦不烦!", Codes: []string{ViolationRude}},
			FaultExample{Group: "a", Persona: PersonaResentful, Text: "您慢慢说,我都记下来。"},
			FaultExample{Group: "b", Persona: PersonaVeteran, Visitor: "一点心意,您收下。", Text: "那我就收下了,谢谢。", Codes: []string{ViolationAcceptGift}},
			FaultExample{Group: "b", Persona: PersonaVeteran, Visitor: "一点心意,您收下。", Text: "东西您带回去,我们有规定。"},
		)
	}
	return ex
}

func TestTrainFaultModelIsDeterministicAndRoundTrips(t *testing.T) {
	cfg := DefaultTrainConfig()
	trained := TrainFaultModel(tinyExamples(), cfg)
	trained.Doubt = 0.02
	trained.ConfrontUnwell = 0.75
	trained.Drop = 0.02
	a, err := trained.MarshalText()
	if err != nil {
		t.Fatal(err)
	}
	again := TrainFaultModel(tinyExamples(), cfg)
	again.Doubt = 0.02
	again.ConfrontUnwell = 0.75
	again.Drop = 0.02
	b, _ := again.MarshalText()
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings on the same data differ")
	}
	m, err := ParseFaultModel(a)
	if err != nil {
		t.Fatal(err)
	}
	if m.Doubt != 0.02 || m.ConfrontUnwell != 0.75 || m.Drop != 0.02 {
		t.Fatalf("doubt %v and unwell confrontation %v after a round trip, want 0.02 and 0.75", m.Doubt, m.ConfrontUnwell)
	}
	c, _ := m.MarshalText()
	if !bytes.Equal(a, c) {
		t.Fatal("model text does not survive a parse and a write")
	}
	rude := m.Probs(PersonaResentful, "", "你嚷什么嚷?")[0]
	calm := m.Probs(PersonaResentful, "", "您慢慢说。")[0]
	if rude <= calm {
		t.Fatalf("rude line %.2f not above calm line %.2f", rude, calm)
	}
}

func TestParseFaultModelRejectsBadInput(t *testing.T) {
	good := "codes\trude\nbias\t-1\nadd\t0.5\n"
	if _, err := ParseFaultModel([]byte(good)); err != nil {
		t.Fatalf("minimal model: %v", err)
	}
	for _, tc := range []struct{ name, text, want string }{
		{"empty", "", "required"},
		{"binary", "\x00\x01\x02PNG", "unknown record"},
		{"unknown code", "codes\tnasty\n", `unknown code "nasty"`},
		{"short row", "codes\trude\tconfront\nbias\t1\n", "1 values for 2 codes"},
		{"bad number", "codes\trude\nbias\tx\n", `bad number "x"`},
		{"nan", "codes\trude\nbias\tNaN\n", `bad number "NaN"`},
		{"values first", "bias\t1\n", "before the codes"},
		{"nameless feature", good + "f\t\t1\n", "feature without a name"},
		{"doubt out of range", good + "doubt\t1.5\n", `bad doubt threshold "1.5"`},
		{"doubt not a number", good + "doubt\tlow\n", `bad doubt threshold "low"`},
		{"doubt twice over", good + "doubt\t0.1\t0.2\n", "doubt takes one value"},
		{"addunwell out of range", good + "addunwell\t0\n", `bad addunwell threshold "0"`},
		{"addunwell not a number", good + "addunwell\thigh\n", `bad addunwell threshold "high"`},
		{"addunwell twice over", good + "addunwell\t0.7\t0.8\n", "addunwell takes one value"},
		{"drop out of range", good + "drop\t1\n", `bad drop threshold "1"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseFaultModel([]byte(tc.text))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
		})
	}
}

func TestEmbeddedFaultModelLoads(t *testing.T) {
	m, err := EmbeddedFaultModel()
	if err != nil {
		t.Fatal(err)
	}
	if m == nil {
		t.Fatal("no fault model is built in")
	}
	if strings.Join(m.Codes, ",") != strings.Join(ViolationCodes(), ",") {
		t.Fatalf("codes %v", m.Codes)
	}
}

// A fault the model adds is reported and costs points, but it never caps
// the talk: only the rules' evidence fails a talk outright.
func TestLearnedFaultIsReportedButNeverCaps(t *testing.T) {
	m, err := ParseFaultModel([]byte("codes\tfalse_promise\nbias\t5\nadd\t0.5\n"))
	if err != nil {
		t.Fatal(err)
	}
	rz := NewRuleRecognizer().WithModel(m)
	in := ScoreInput{Persona: PersonaPestering, Turns: []Turn{
		{Role: RoleVisitor, Text: "我的事怎么样了?"},
		{Role: RoleTrainee, Text: "大爷您好,快请坐,喝口水。"},
	}}.WithRecognizer(rz)
	r := Score(in)
	if len(r.Violations) != 1 || r.Violations[0].Code != ViolationFalsePromise || !strings.Contains(r.Violations[0].Note, "学习模型") {
		t.Fatalf("violations %+v, want one learned false_promise", r.Violations)
	}
	if r.Cap != nil {
		t.Fatalf("a learned fault capped the talk: %+v", r.Cap)
	}
	plain := Score(ScoreInput{Persona: PersonaPestering, Turns: in.Turns}.WithRecognizer(NewRuleRecognizer()))
	if len(plain.Violations) != 0 || plain.Overall <= r.Overall {
		t.Fatalf("rules alone: %d violations, overall %d; with the learned fault %d", len(plain.Violations), plain.Overall, r.Overall)
	}
}

// Confrontation with an unwell visitor has its own threshold: a model
// without one never adds it there, whatever it adds for other visitors.
func TestConfrontWithUnwellVisitorHasItsOwnThreshold(t *testing.T) {
	const line = "大爷您好,您先喝口水。"
	for _, tc := range []struct {
		name    string
		model   string
		persona Persona
		want    bool
	}{
		{"other visitor, above add", "add\t0.9\n", PersonaVeteran, true},
		{"unwell, no own threshold", "add\t0.9\n", PersonaUnwell, false},
		{"unwell, above own threshold", "add\t2\naddunwell\t0.9\n", PersonaUnwell, true},
		{"unwell, below own threshold", "add\t0.1\naddunwell\t0.999\n", PersonaUnwell, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := ParseFaultModel([]byte("codes\tconfront\nbias\t5\n" + tc.model))
			if err != nil {
				t.Fatal(err)
			}
			rz := NewRuleRecognizer()
			rec := rz.Recognize(line)
			got := m.Judge(rec, tc.persona, "有人天天往我家里放毒气。", line)
			if added := slices.Contains(got.Learned, ViolationConfront); added != tc.want {
				t.Fatalf("learned %v, want confrontation added %v", got.Learned, tc.want)
			}
		})
	}
}

// A hedge the rules found is a violation only with a visitor whose demand
// has no basis. With anyone else it must not stop the model from adding the
// false promise it is sure of ("我去医保局帮您说说,争取全都给您报了").
func TestHedgeLeavesPromiseToModelUnlessNoBasis(t *testing.T) {
	const line = "我去医保局帮您说说,争取全都给您报了。"
	m, err := ParseFaultModel([]byte("codes\tfalse_promise\nbias\t5\nadd\t0.5\n"))
	if err != nil {
		t.Fatal(err)
	}
	rec := NewRuleRecognizer().Recognize(line)
	if !rec.Has(FaultHalfPromise) {
		t.Fatalf("rules found %v, want a half-promise", rec.Faults)
	}
	for _, tc := range []struct {
		persona Persona
		learned bool
	}{
		{PersonaMelancholic, true},
		{PersonaResentful, true},
		{PersonaPestering, false}, // the rules' hedge is the violation already
		{PersonaVeteran, false},
	} {
		t.Run(string(tc.persona), func(t *testing.T) {
			got := m.Judge(rec, tc.persona, "医院说我的病报不了那么多。", line)
			if added := slices.Contains(got.Learned, ViolationFalsePromise); added != tc.learned {
				t.Fatalf("learned %v, want false promise added %v", got.Learned, tc.learned)
			}
		})
	}
}

// A compliance breach the rules found but the model is near-certain is
// absent stays in the report with its penalty, but it no longer caps the
// talk; with a model that agrees, or without a model, it caps.
func TestDoubtedBreachIsReportedButDoesNotCap(t *testing.T) {
	turns := []Turn{
		{Role: RoleVisitor, Text: "这是自家种的花生,您尝尝。"},
		{Role: RoleTrainee, Text: "那我就收下了,谢谢您。"},
	}
	score := func(m *FaultModel) *Report {
		rz := NewRuleRecognizer()
		if m != nil {
			rz = rz.WithModel(m)
		}
		return Score(ScoreInput{Persona: PersonaSanguine, Turns: turns}.WithRecognizer(rz))
	}
	model := func(bias string) *FaultModel {
		m, err := ParseFaultModel([]byte("codes\taccept_gift\nbias\t" + bias + "\nadd\t2\ndoubt\t0.02\n"))
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	for _, tc := range []struct {
		name    string
		model   *FaultModel
		capped  bool
		doubted bool
	}{
		{"rules alone", nil, true, false},
		{"model agrees", model("0"), true, false},
		{"model near-certain it is clean", model("-9"), false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := score(tc.model)
			if len(r.Violations) != 1 || r.Violations[0].Code != ViolationAcceptGift {
				t.Fatalf("violations %+v, want one accept_gift", r.Violations)
			}
			if got := r.Cap != nil; got != tc.capped {
				t.Fatalf("capped %v, want %v (%+v)", got, tc.capped, r.Cap)
			}
			if got := strings.Contains(r.Violations[0].Note, "复核"); got != tc.doubted {
				t.Fatalf("note %q: asks for review %v, want %v", r.Violations[0].Note, got, tc.doubted)
			}
		})
	}
}

func TestOnlyOwnSteps(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"您放心,您说的我都记下来,一定给您讲明白。", true},
		{"三天内一定给您回话。", true},
		{"您放心,这钱肯定给您补上。", false},
		{"一定给您讲明白,钱也肯定给您要回来。", false},
		{"您慢慢说,我都记下来。", false}, // no certainty at all: the model decides
		{"您放心,您说的每一条我都记下来,一定认真对待。", true},
		{"您放心,您说的我都记下来,会认真对待。", true},
		{"您放心,您反映的事我都记下来,认真对待。", true},
		{"您放心,您反映的事我都记下来,会认真处理,也会替您保密。", true},
		{"您放心,您说的每一条我都记下来,一定认真对待,不会推给别人就不管了。", true},
		{"您放心,钱会给您补上。", false},
		{"您说的我都记下来,会给您批下来的。", false},
		{"我都记下来了,回去就给你办了。", false},
		{"不接我们就上门送通知。您放心,这回我给您打保票,三百块一分不差打到您卡上。", false},
	} {
		if got := onlyOwnSteps(tc.text); got != tc.want {
			t.Errorf("onlyOwnSteps(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A line that says the outcome cannot be had is a warning: the model never
// adds a false promise to it, however it rates the words.
func TestModelAddsNoPromiseToAWarning(t *testing.T) {
	m, err := ParseFaultModel([]byte("codes\tfalse_promise\nbias\t5\nadd\t0.5\n"))
	if err != nil {
		t.Fatal(err)
	}
	rz := NewRuleRecognizer()
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"说能帮您跑关系的人,您千万别再给他钱了,办这种事不用托人,也托不成。", false},
		{"您放心,您反映的事我都记下来,认真对待。", false},
		{"这个月底前就给您办下来。", true},
	} {
		got := m.Judge(rz.Recognize(tc.line), PersonaPestering, "", tc.line)
		if added := slices.Contains(got.Learned, ViolationFalsePromise); added != tc.want {
			t.Errorf("%s: learned %v, want a false promise added %v", tc.line, got.Learned, tc.want)
		}
	}
}

// Slogans can pass the rules for a policy explained. A model near-certain
// of officialese adds it to such a line, but not to one with a date, an
// owner, a restatement or a next step, nor when it is merely above its
// threshold.
func TestNearCertainOfficialeseOutweighsExplainedPolicy(t *testing.T) {
	rz := NewRuleRecognizer()
	for _, tc := range []struct {
		bias float64
		line string
		want bool
	}{
		{5, "养老保险是国家保障和改善民生的一项重大制度安排,体现社会公平,广大参保人员要增强参保意识,积极参保。", true},
		{0.5, "养老保险是国家保障和改善民生的一项重大制度安排,体现社会公平,广大参保人员要增强参保意识,积极参保。", false},
		{5, "养老保险按缴费年限算,您交满十五年,我下周三前把测算单给您。", false},
	} {
		m, err := ParseFaultModel([]byte(fmt.Sprintf("codes\tofficialese\nbias\t%g\nadd\t0.5\nsure\t0.9\n", tc.bias)))
		if err != nil {
			t.Fatal(err)
		}
		rec := rz.Recognize(tc.line)
		if !substantive(rec) {
			t.Fatalf("%s: the rules found no substance, so the case tests nothing", tc.line)
		}
		got := m.Judge(rec, PersonaConfused, "", tc.line)
		if added := slices.Contains(got.Learned, ViolationOfficialese); added != tc.want {
			t.Errorf("bias %g, %s: learned %v, want officialese added %v", tc.bias, tc.line, got.Learned, tc.want)
		}
	}
}

// Demurring at an offer takes nothing: the model adds no accepted gift to
// it, however gift-laden the visitor's line.
func TestModelAddsNoGiftToADemur(t *testing.T) {
	m, err := ParseFaultModel([]byte("codes\taccept_gift\nbias\t5\nadd\t0.5\n"))
	if err != nil {
		t.Fatal(err)
	}
	rz := NewRuleRecognizer()
	visitor := "晚上我在街上那家馆子订了一桌,你也来,喝两杯。"
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"晚上啊……这个不太好吧。", false},
		{"这不太合适,您的心意我领不了。", false},
		{"那行,晚上见。", true},
		// Protesting that the visitor is too kind takes nothing; taking
		// words after it do.
		{"哎呀王叔,您这太客气了……", false},
		{"王叔您太客气了,那我就不推了。", true},
	} {
		got := m.Judge(rz.RecognizeReply(visitor, tc.line), PersonaVeteran, visitor, tc.line)
		if added := slices.Contains(got.Learned, ViolationAcceptGift); added != tc.want {
			t.Errorf("%s: learned %v, want an accepted gift added %v", tc.line, got.Learned, tc.want)
		}
	}
}

// A fault that is no compliance breach is taken out when the model is
// near-certain it is absent; a breach, and confronting an unwell visitor,
// stay with the rules.
func TestModelDropsOnlyNonBreaches(t *testing.T) {
	for _, tc := range []struct {
		name, code, line string
		persona          Persona
		fault            string
		kept             bool
	}{
		{"rude dropped", "rude", "吵什么吵,烦不烦!", PersonaCholeric, FaultRude, false},
		{"unwell confront kept", "confront", "没人跟踪你,你想多了。", PersonaUnwell, FaultCorrect, true},
		{"gift kept", "accept_gift", "那我就收下了。", PersonaVeteran, FaultAcceptGift, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := ParseFaultModel([]byte("codes\t" + tc.code + "\nbias\t-9\nadd\t2\ndrop\t0.02\n"))
			if err != nil {
				t.Fatal(err)
			}
			rec := NewRuleRecognizer().Recognize(tc.line)
			if !rec.Has(tc.fault) {
				t.Fatalf("the rules do not find %s in %q", tc.fault, tc.line)
			}
			got := m.Judge(rec, tc.persona, "", tc.line)
			if got.Has(tc.fault) != tc.kept || slices.Contains(got.Faults, tc.fault) != tc.kept {
				t.Fatalf("fault %s kept %v, want %v (faults %v)", tc.fault, got.Has(tc.fault), tc.kept, got.Faults)
			}
		})
	}
}

// Correcting a belief is confronting only an unwell visitor. With anyone
// else the rules' correct_belief must not stand in for confront, nor stop
// the model from adding confront when it is sure of it.
func TestCorrectionCountsAsConfrontOnlyWhenUnwell(t *testing.T) {
	line := "地底下咕噜响,多半是下雨以后地下水在流,这是自然现象。"
	rec := NewRuleRecognizer().Recognize(line)
	if !rec.Has(FaultCorrect) {
		t.Fatalf("the rules do not find %s in %q: %v", FaultCorrect, line, rec.Faults)
	}
	if rec.Has(FaultConfront) {
		t.Fatalf("the rules already find %s; the test needs a line they miss", FaultConfront)
	}
	// A model sure of confront whatever the line (bias 9).
	m, err := ParseFaultModel([]byte("codes\tconfront\nbias\t9\nadd\t0.5\naddunwell\t0.5\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		persona Persona
		learned bool
	}{
		{PersonaResentful, true},
		{PersonaUnwell, false}, // the rules' correction already is the confront
	} {
		got := m.Judge(rec, tc.persona, "", line)
		if added := slices.Contains(got.Learned, ViolationConfront); added != tc.learned {
			t.Errorf("%s: learned %v, want confront added %v", tc.persona, got.Learned, tc.learned)
		}
	}
}
