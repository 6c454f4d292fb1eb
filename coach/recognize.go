package coach

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Move keys: what a trainee turn does. Faults are moves that break the rules.
const (
	MoveGreeting      = "greeting"
	MoveSeat          = "seat"
	MoveSmallTalk     = "small_talk"
	MoveAskIdentity   = "ask_identity"
	MoveAssure        = "assure"
	MoveRecord        = "record"
	MoveEncourage     = "encourage"
	MoveOpenQuestion  = "open_question"
	MoveSpecificQ     = "specific_question"
	MoveClarify       = "clarify"
	MoveEmpathy       = "empathy"
	MoveReassure      = "reassure"
	MoveExplainPolicy = "explain_policy"
	MoveExample       = "plain_example"
	MoveRestate       = "restate"
	MoveCheckRestate  = "check_restate"
	MoveCommitDate    = "commit_date"
	MoveReferral      = "referral"
	MoveNextSteps     = "next_steps"
	MoveHope          = "hope"
	MoveApology       = "apology"
	MoveAcknowledge   = "acknowledge"
	MoveRefuseGift    = "refuse_gift"
	MoveFirmNo        = "firm_no"
	MoveAskReps       = "ask_representatives"
	FaultRude         = "rude"
	FaultFalsePromise = "false_promise"
	FaultHalfPromise  = "half_promise"
	FaultBuckPassing  = "buck_passing"
	FaultConfront     = "confront"
	FaultBuyPeace     = "buy_peace"
	FaultOfficialese  = "officialese"
	FaultAcceptGift   = "accept_gift"
	FaultRush         = "rush"
	FaultBlame        = "blame"
	// FaultCorrect is correcting what the visitor believes ("那是自然现象").
	// It is a fault only with a visitor who is mentally unwell, where any
	// correction of the belief counts as confronting.
	FaultCorrect = "correct_belief"
)

// MoveInfo describes a move or fault for people.
type MoveInfo struct {
	Key   string `json:"key"`
	Name  string `json:"name"`
	Stage Stage  `json:"stage,omitempty"` // the stage the move belongs to; "" for faults and neutral moves
	Fault bool   `json:"fault,omitempty"`
}

// Moves returns every move and fault the recogniser knows.
func Moves() []MoveInfo {
	return []MoveInfo{
		{MoveGreeting, "问候", StageIntroduction, false},
		{MoveSeat, "让座倒水", StageIntroduction, false},
		{MoveSmallTalk, "寒暄拉家常", StageIntroduction, false},
		{MoveAskIdentity, "询问身份住址", StageIntroduction, false},
		{MoveAssure, "表明会认真公正处理", StageFirstTalk, false},
		{MoveRecord, "告知记录", StageFirstTalk, false},
		{MoveEncourage, "鼓励继续说", StageListening, false},
		{MoveOpenQuestion, "开放式提问", StageListening, false},
		{MoveSpecificQ, "具体追问", StageListening, false},
		{MoveClarify, "澄清确认", StageListening, false},
		{MoveEmpathy, "表达理解同情", StageListening, false},
		{MoveReassure, "定心话", StageListening, false},
		{MoveExplainPolicy, "讲解政策", StagePresentation, false},
		{MoveExample, "举例打比方", StagePresentation, false},
		{MoveFirmNo, "明确讲清不能办的界限", StagePresentation, false},
		{MoveRestate, "复述归纳诉求", StageSummary, false},
		{MoveCheckRestate, "当场核对", StageSummary, false},
		{MoveCommitDate, "限期答复", StageCoordination, false},
		{MoveReferral, "指明主管部门", StageCoordination, false},
		{MoveNextSteps, "说明下一步", StageCoordination, false},
		{MoveHope, "希望话", StageCoordination, false},
		{MoveAcknowledge, "应答附和", StageListening, false},
		{MoveApology, "道歉", "", false},
		{MoveRefuseGift, "婉拒礼品", "", false},
		{MoveAskReps, "请选派代表", StageFirstTalk, false},
		{FaultRude, "态度粗暴/训斥", "", true},
		{FaultFalsePromise, "乱许愿", "", true},
		{FaultHalfPromise, "半句许诺", "", true},
		{FaultBuckPassing, "推诿扯皮", "", true},
		{FaultConfront, "顶撞争辩", "", true},
		{FaultBuyPeace, "花钱买平安", "", true},
		{FaultOfficialese, "套话官腔", "", true},
		{FaultAcceptGift, "收受礼品", "", true},
		{FaultRush, "催促打断", "", true},
		{FaultBlame, "指责来访人", "", true},
		{FaultCorrect, "纠正对方的想法", "", true},
	}
}

// MoveByKey returns the description of a move key.
func MoveByKey(key string) (MoveInfo, bool) {
	for _, m := range Moves() {
		if m.Key == key {
			return m, true
		}
	}
	return MoveInfo{}, false
}

// Recognition is what one trainee turn did.
type Recognition struct {
	Moves    []string          // moves in the order of Moves()
	Faults   []string          // faults in the order of Moves()
	Quotes   map[string]string // move or fault → the clause that showed it
	Office   string            // an office named in a referral, if any
	Date     string            // a date or deadline named, if any
	Question bool              // the turn asks the visitor something
	Specific int               // how many specific questions the turn asks
	Words    []string          // content words of questions (for fact matching)
	Runes    int               // length in characters
	Learned  []string          // faults the learned model added; the rules did not find them
	Sure     []string          // the learned faults the model is near-certain of: they count like the rules'
	Doubted  []string          // rule-found faults the learned model is near-certain are absent
}

// Has reports whether the turn showed the move or fault.
func (r Recognition) Has(key string) bool {
	_, ok := r.Quotes[key]
	return ok
}

// cue is a pattern that shows a move: plain substrings (any of them), or a
// regular expression. Negatable cues do not count when a negation word stands
// just before them in the same clause.
type cue struct {
	words     []string
	re        *regexp.Regexp
	negatable bool
	near      bool // negation must stand right before the cue (2 characters)
	question  bool // only in a question clause
	statement bool // only in a clause that is not a question
}

// TurnRecognizer recognises moves and faults in trainee lines. It is safe for
// concurrent use; build it once with NewTurnRecognizer.
type TurnRecognizer struct {
	cues      map[string][]cue
	dateRE    *regexp.Regexp
	officeRE  *regexp.Regexp
	vagueRE   *regexp.Regexp
	qWordRE   *regexp.Regexp
	answerRE  *regexp.Regexp // words of an answer promised by a date
	referRE   *regexp.Regexp // verbs that send the visitor to an office
	pushRE    *regexp.Regexp // verbs that push the visitor away
	noteRE    *regexp.Regexp // referral notes
	enumRE    *regexp.Regexp // 一是……二是, 两件事
	firmRE    *regexp.Regexp // 不在……范围, 不符合……政策
	explainRE *regexp.Regexp
	attribRE  *regexp.Regexp // words that attribute a point to the visitor
	channelRE *regexp.Regexp // other, legitimate channels of help
	dueRE     *regexp.Regexp // what is due by policy
	hypoRE    *regexp.Regexp // hypotheticals
	outcomeRE *regexp.Regexp // outcomes a hedge may dangle
	hedgeRE   *regexp.Regexp // hedges
	connRE    *regexp.Regexp // an outcome got through connections
	tagRE     *regexp.Regexp // confirmation tags

	offerRE    *regexp.Regexp // money, a quota, a job or a favour offered
	stopRE     *regexp.Regexp // ... on condition that the visitor stops
	raiseRE    *regexp.Regexp // "再加三千": more money on top
	kinJobRE   *regexp.Regexp // a job for a relative
	guessRE    *regexp.Regexp // a guess at the owner
	refusedRE  *regexp.Regexp // an office that already said no
	favourRE   *regexp.Regexp // a word in the right ear
	demandRE   *regexp.Regexp // the visitor's own demand being restated
	actRE      *regexp.Regexp // the officer undertakes to act himself
	rhetoricRE *regexp.Regexp // a scornful rhetorical question
	slogans    []cue          // kinds of slogan; literal kinds are word lists, which are faster
	figureRE   *regexp.Regexp // a concrete figure: an amount, a count, a year

	// Used by the scorer.
	rushRE    *regexp.Regexp // an opening that goes straight to the matter
	waterRE   *regexp.Regexp // a drink offered
	handoffRE *regexp.Regexp // a referral that hands over: a note, a call, a name

	model  *FaultModel // the learned second opinion on faults; nil: rules alone
	stages *StageModel // calibrates the stage verdicts; nil: evidence points alone
}

func cueWords(ws ...string) cue { return cue{words: ws} }
func cueNeg(ws ...string) cue   { return cue{words: ws, negatable: true} }

// cueNegNear is cueNeg with the negation right before the cue, for faults,
// where a 没 earlier in the clause ("没交那能怪谁") must not cancel them.
func cueNegNear(ws ...string) cue { return cue{words: ws, negatable: true, near: true} }
func cueQ(ws ...string) cue       { return cue{words: ws, question: true} }
func cueStmt(ws ...string) cue    { return cue{words: ws, statement: true, negatable: true} }
func cueStmtPlain(ws ...string) cue {
	return cue{words: ws, statement: true}
}
func cueRx(expr string) cue    { return cue{re: regexp.MustCompile(expr)} }
func cueNegRx(expr string) cue { return cue{re: regexp.MustCompile(expr), negatable: true} }

const datePattern = `((下|本|这|这个|下个)(周|星期|礼拜)[一二三四五六日天]?|周[一二三四五六日]|星期[一二三四五六日天]|礼拜[一二三四五六天]|[0-9一二两三四五六七八九十]+个?(工作日|工作天|天|日|星期|周|礼拜|个月|月)(之内|以内|内|后|左右)?|(本|这个|下个|下)月(底|初|中旬|上旬|下旬|[0-9一二三四五六七八九十]+[号日])|月底|年底|年前|节前|明天|后天|[0-9一二三四五六七八九十]+月[0-9一二三四五六七八九十]+[号日]|[0-9一二三四五六七八九十]+[号日](之前|以前|前)|三天|五天|一周|一个星期|两周|半个月|一个月)`

const officePattern = `((人社局|人力资源和社会保障局|住建局|自然资源局|农业农村局|民政局|信访局|信访办|司法局|司法所|派出所|公安局|法院|检察院|仲裁委|仲裁委员会|劳动监察大队|监察大队|农经站|经管站|街道办事处|街道办|居委会|村委会|镇政府|乡政府|镇党委|房管局|征收办|拆迁办|热力公司|供热公司|客服中心|服务中心|卫健委|医保局|教育局|市场监管局|城管局|交通局|退役军人事务局|财政局|税务局|法律援助中心|调解委员会|民政办|社会事务办|交警大队|交警队|社保所|财政所|供电所|农技站|卫生院|网格员|社区|人民调解委|综治中心|物业公司|社保中心|社保局|劳动仲裁|应急局|水利局|林业局|环保局|生态环境局|国土所|规划局|法律援助|信访科|办公室|管委会|建设办|城建办|综治办|安监办|扶贫办|计生办|残联|妇联|工会|人武部|武装部|民政所|文化站|林业站|水利站|土管所|规划办|执法局|执法大队|公积金中心|登记中心|政务服务中心|市长热线|人民法庭|仲裁院|公证处|消协|消费者协会|供水公司|自来水公司|燃气公司|供电公司|医务科|教务处|学籍科))`

// NewTurnRecognizer builds the recogniser's tables, with the fault model
// built into the program as a second opinion on faults.
func NewTurnRecognizer() *TurnRecognizer {
	r := NewRuleRecognizer()
	model, err := EmbeddedFaultModel()
	if err != nil {
		// The embedded model is part of the program and tested like code.
		panic(fmt.Sprintf("coach: embedded fault model: %v", err))
	}
	r.model = model
	stages, err := EmbeddedStageModel()
	if err != nil {
		panic(fmt.Sprintf("coach: embedded stage model: %v", err))
	}
	r.stages = stages
	return r
}

// NewRuleRecognizer builds the recogniser's tables without a fault model:
// the hand-written rules alone decide. Training a model starts from it.
func NewRuleRecognizer() *TurnRecognizer {
	r := &TurnRecognizer{
		dateRE:     regexp.MustCompile(datePattern),
		officeRE:   regexp.MustCompile(officePattern),
		vagueRE:    regexp.MustCompile(`(有关部门|相关部门|别的部门|其他部门|其它部门|别的单位|上级|别处|别的地方)`),
		qWordRE:    regexp.MustCompile(`(什么|怎么|怎样|哪|几|多少|谁|为什么|为啥|是不是|是否|有没有|有无|能不能|可不可以|吗|呢|咋|啥)`),
		answerRE:   regexp.MustCompile(`(答复|回复|回话|结果|通知|回音|消息|信儿|打电话|联系您|联系你|告诉您|告诉你|给您|给你|办好|办完|办结|处理完|上门|回访|出结果|出意见|说法|交代)`),
		referRE:    regexp.MustCompile(`(去|找|到|转|交|联系|负责|管|归|属于|受理|办理|反映|起诉|申请|咨询|问问|对接|出具|开|写|介绍)`),
		pushRE:     regexp.MustCompile(`(去找|你找|您找|去问|你去|您去|找他们|让他们)`),
		noteRE:     regexp.MustCompile(`(条子|介绍信|转办单|便函|转办|交办单)`),
		explainRE:  regexp.MustCompile(explainMarkers),
		channelRE:  regexp.MustCompile(`(救助|补助|低保|申请|条件|渠道|复测|复查|鉴定|法律援助)`),
		rushRE:     regexp.MustCompile(`(什么事|啥事|什么问题|什么情况|说吧|你说吧|怎么了)`),
		waterRE:    regexp.MustCompile(`(水|茶)`),
		handoffRE:  regexp.MustCompile(`(条子|转办单|介绍信|便函|打电话|打个电话|联系好|说一声|打招呼|找.{1,3}(同志|科长|主任|股长)|电话号码|地址|几楼|窗口)`),
		tagRE:      regexp.MustCompile(`^[^,。]{0,6}(是吧|对吧|好吧|行吧|好吗|行吗|可以吗|是不是啊)$`),
		hedgeRE:    regexp.MustCompile(`(说不定|也许|或许|没准|兴许|尽量|争取|可能|看有没有|路子|估摸|有戏|看能不能|应该能|估计能|大概能|八成|多半能|应该可以|估计可以)`),
		connRE:     regexp.MustCompile(`(我都熟|我熟|挺熟|很熟|熟得很|关系铁|我都认识|有熟人|老同学|老战友|老朋友|我认识|关系好|关系不错|托人|找关系|走关系|走动走动|递个话|打个招呼|说一声)[^。!?]{0,24}(免了|给免|办下来|能办|给办|给你办|给您办|没问题|批下来|就行了|准成|能成|往上提|提一提|缓一缓|就过去了|问题不大|能给(您|你)?补|补报|报上|能报|能批|能办|多算|找补)`),
		hypoRE:     regexp.MustCompile(`(要是|如果|假如|若是|假设)[^,。]{0,10}(说|讲|答应)|(不会|不能|不敢)[^,。]{0,6}(跟|和|给)(你|您)(说|讲)`),
		outcomeRE:  regexp.MustCompile(`(办了|把这事办|往上提|往上靠|补一点|多少补|提一提|多给|多补|加一点|补上|补回|补给|补发|给您补|给你补|给您办|给你办|办下来|办成|批下来|批了|赔|拿到|要回|恢复|落实|按干部待遇|给您解决|给你解决|补差价|补差额|列进去|列入|纳入|补报|报上|报销|多算|找补|算进去)`),
		dueRE:      regexp.MustCompile(`(能办的|该办的|符合条件|该给的|该是你的|该是您的|能报的|该报的|按规矩|按政策|按规定|依法|该补的|该退的)`),
		attribRE:   regexp.MustCompile(`(您|你)(刚才|今天|这次)?(问的|来问|想问|说的|讲的|反映|提的|要的|想要|想让|的诉求|的要求|的意思是|是想|是要|主要是|今天来是|觉得|担心)`),
		enumRE:     regexp.MustCompile(`(一个是.{1,40}(一个是|再一个|另一个)|再一个是|这两样|[两三四五几]样事|一是.{1,30}二是|第一.{1,30}第二|其一.{1,30}其二|[两三四五几]件事|[两三四五几]个问题|[两三四五几]个方面|[两三四五几]个要求|[两三四五几]项诉求|[两三四五几]个诉求|[两三四五几]点要求)`),
		offerRE:    regexp.MustCompile(`([0-9一二两三四五六七八九十百]+[千万]?(块|元|千|万)|红包|好处|指标|名额|工作|岗位|临时工|公益岗|活儿|救助|补助|低保|补贴|辛苦费|路费|慰问金|当(个)?保安|环卫的活|门面房|米面油|袋米|桶油|多分|信封|医药费|慰问|吃顿饭|两条烟|开个价|凑一凑|好商量|都能谈)`),
		stopRE:     regexp.MustCompile(`((别|不要|甭|不许|不准|不再|别再|不要再|先别)[^,。!?]{0,4}(来|跑|去|往|上访|闹|告|找|折腾|出县|出省|进京|催|追|提|反映|往上)|拿(着|了|上)(钱)?(就)?回去|就到这儿|到此|压一压|别提了|不提了|不上访|不去北京|不去市里|不去省里|不去堵|把其他人劝住|不再组织|答应我|安生|消停|息访|罢访|到此为止|就算了结|就此了结|了结了|好交代|交差|签个字[^。]{0,6}不|不往上)`),
		raiseRE:    regexp.MustCompile(`再(加|给|补|多给)(你|您)?[0-9一二两三四五六七八九十百]+[千万]?(块|元|千|万|百)`),
		guessRE:    regexp.MustCompile(`(还是哪|或者哪|还是别的|说不上来|说不好|拿不准|不知道归|不清楚归|哪儿转转|碰碰运气)`),
		refusedRE:  regexp.MustCompile(`(都说了|说了不|不给办|不给你办|不给您办|不管|拒绝|不受理|推)`),
		kinJobRE:   regexp.MustCompile(`(儿子|闺女|女儿|孙子|孙女|媳妇|女婿|侄子|外甥)[^。]{0,12}(招人|临时工|工作|岗位|上班)|(招人|临时工|岗位|招工)[^。]{0,16}(儿子|闺女|女儿|孙子|孙女|媳妇|女婿|侄子|外甥)`),
		favourRE:   regexp.MustCompile(`(打个?招呼|说一声|递个话|留一个|留个|先给|给你安排|给您安排|安排上|塞进去|弄进去)`),
		demandRE:   regexp.MustCompile(`(你|您)(们)?(今天)?(要|想|想要|要求|提出|说要|的要求|的诉求|非要)`),
		actRE:      regexp.MustCompile(`(我|我们|咱)(帮|替|给|来|去|现在|马上|这就|今天|明天|回头)[^,。]{0,6}(问|打电话|打个电话|查|联系|核实|了解|打听|协调|落实|找)`),
		rhetoricRE: regexp.MustCompile(`(才|倒|还|现在|能怪|怪谁|凭什么|干啥|干什么)`),
		slogans: []cue{
			cueRx(`(一贯|始终|一直|历来)(坚持|把|高度|重视|秉持|是|以|将|都把)`),
			cueRx(`(放在|摆在|作为)(突出|首要|重要|第一|头等)?(位置|首位|大事|工作标准|重要工作)`),
			cueRx(`(高度|十分|非常|特别)(重视|关注)`),
			cueRx(`(切实|坚决|全力|积极|扎实|稳妥|妥善|全面|着力|大力)(维护|保障|推进|解决|处理|落实|贯彻|加强|做好|保护)`),
			cueRx(`(进一步|不断|持续)(加强|做好|提高|完善|压实|改进|提升|优化|推进)`),
			cueRx(`(坚持|秉持|贯彻)[^,。]{0,8}(导向|原则|理念|宗旨|思想|方针|精神)`),
			cueWords("以人民为中心", "以人为本", "为人民服务", "执政为民", "全心全意", "人民群众的", "惠民工程", "民生工程", "民心工程", "获得感", "幸福感", "安全感", "急难愁盼", "有诉必应", "接诉即办", "问题导向", "压实责任", "层层落实", "常抓不懈", "齐抓共管", "务求实效", "和谐稳定", "维护稳定", "维稳", "大局", "党和政府", "相信组织", "相信政府", "相信党", "无小事", "刀刃上", "满意的答复", "群众满意"),
			cueRx(`按(照)?(上级|有关|相关|上面)(的)?(文件|规定|程序|政策|精神)[^,。]{0,4}(执行|办理|处理|为准|走)|按(照)?(文件|程序)[^,。]{0,4}(执行|办理|处理|走)`),
			cueRx(`(转|交|反映|报)(给|到)(相关|有关|上级)(单位|部门|领导)|向(相关|有关|上级)(单位|部门|领导)(反映|汇报|报告)`),
			cueRx(`(耐心)(等候|等待)|(等候|等待)(通知|消息|答复)`),
			cueWords("一视同仁", "严肃性", "依法依规办事", "按政策办事", "原则性"),
			cueWords("讲大局", "讲稳定", "发展成果", "人民共享", "经济社会发展", "社会稳定", "顾全大局"),
			cueWords("研究研究", "统筹考虑", "综合考虑", "通盘考虑", "研究决定", "领导研究", "认真研究"),
			cueRx(`(理性表达|依法理性|合法合理|依法依规[^,。]{0,2}(处理|办理|解决))`),
			cueRx(`(严格)?按(照)?程序(推进|进行|办|走|来)|一切(都)?(会)?(依法依规|按程序|按规定)`),
		},
		figureRE: regexp.MustCompile(`[0-9一二两三四五六七八九十百千万]+(块|元|千|万|年|个月|天|岁|亩|平|%|成|号|户|口|人|次|分|度)`),
		firmRE:   regexp.MustCompile(`(不在.{0,12}范围|不符合.{0,10}(政策|规定|条件)|没有.{0,6}(政策|依据|先例)|政策.{0,6}不支持|法律.{0,6}不支持|不能.{0,6}(答应|满足|支持)|(满足|答应)不了)`),
	}
	r.cues = map[string][]cue{
		MoveGreeting: {
			cueRx(`^[\p{Han}]{0,3}(先生|女士|同志|师傅|老师|大爷|大娘|叔|姨|婶|伯|哥|姐|嫂|爷|奶|姑|舅|娭毑|老乡|老人家|乡亲们|大家|各位|主任|书记|村长|妹子|妹儿|兄弟|小伙子|姑娘|阿婆|婆婆|阿公|老伯|老表|嬢嬢|孃孃|老师傅)(们)?(好|您好|你好|早|上午好|下午好)`),
			cueRx(`^(哟|哎|哎呀|嗨)?(老|小|大)?[\p{Han}]{0,2}(姐|哥|叔|姨|婶|伯|嫂|嫂子|爷|奶|妹子|兄弟|娘)(好|您好|你好|啊|呀|来了|您来了)?$`),
			cueRx(`^(老人家|老大爷|大爷|大娘|大叔|大婶|大妈|阿姨|大姐|大哥|老哥|老姐|老师傅|师傅|老乡|同志|大伯|奶奶|爷爷|婶子|叔叔|叔|小伙子|姑娘|大嫂|老同志|老板|老总|老人|各位|乡亲们|老[\p{Han}])(好|您好|你好|啊|呀|来了|您来了)?$`),
			cueWords("你好", "您好", "早上好", "上午好", "下午好", "晚上好", "欢迎", "来啦", "来了啊", "大爷好", "大娘好", "阿姨好", "大姐好", "大哥好", "老人家好", "师傅好", "老师傅好", "同志好", "各位好", "大家好"),
		},
		MoveSeat: {
			cueRx(`^(来|快|先|请)?(坐)+(吧|下|着)?$`),
			cueRx(`^(快坐)+$`),
			cueNeg("请坐", "坐下", "坐这", "坐吧", "坐会", "坐着说", "坐下说", "快坐", "先坐", "坐一会", "您坐", "你坐", "喝水", "喝口水", "倒杯水", "倒水", "喝点水", "喝杯", "喝口茶", "倒杯茶", "喝茶", "来杯", "歇会", "歇一歇", "休息一下", "椅子", "凳子", "暖暖手", "擦擦汗", "坐下说", "坐着", "坐会儿", "进来坐", "来坐", "坐踏实", "这边坐", "椅子上", "润润嗓子", "热水", "水您拿着", "捂捂手", "烤烤", "歇口气", "歇歇脚", "喘口气"),
		},
		MoveSmallTalk: {
			cueWords("淋着", "淋雨", "下着雨", "雨天", "路滑", "热坏了", "冻着", "路远", "好事情", "恭喜", "孩子多大", "孙子多大", "忙不忙", "农忙", "收成", "地里活", "最近忙", "吃过了", "吃过饭", "饿不饿", "渴了吧", "冷坏了", "晒黑", "走累了", "腿脚", "身体好", "身体可好", "身体咋样", "老伴", "孩子们都好", "穿这么少", "进城", "几点出的门", "天不亮", "一大早", "冻透", "冻坏", "冻得", "穿得", "穿这么", "穿够", "穿少了"),
			cueWords("天冷", "天热", "天气", "外面冷", "外头冷", "外面热", "下雨", "下雪", "路上", "大老远", "跑一趟", "跑这一趟", "累了吧", "累坏了", "吃饭了", "吃了吗", "身体怎么样", "身体还好", "身子骨", "身体挺", "冷不冷", "热不热", "坐车", "走过来", "走了多远", "骑车", "家里人都好", "挺冷", "真冷", "冷吧", "热吧", "冻着了", "冻坏了", "晒坏了", "风大", "刚下班", "早饭", "多穿点", "凉了", "天凉", "降温", "变天", "冷了", "热了", "风大", "还疼", "疼不疼", "好点没", "好点了", "身子", "精神头", "气色", "硬朗", "膝盖", "腰腿", "吃了没", "鞋湿", "淋湿", "雨大", "大热天", "大冷天", "这么远", "起得早", "早起", "专门从", "赶了多久", "走过来的", "坐车来", "骑车来", "好久不见", "脸色不错", "气色不错", "稀客", "咋有空", "怎么有空", "家里都好", "最近怎么样", "最近好吗", "家里好吧", "是喜事", "喜事", "这么早", "早饭"),
		},
		MoveAskIdentity: {
			{re: regexp.MustCompile(`哪(个|一个|块|片)(村|屯|寨|组|队|社区|小区|镇|乡|街道|楼|单元)`), question: true},
			cueQ("怎么称呼", "贵姓", "叫什么", "姓什么", "名字", "哪个村", "住哪", "住在哪", "家住", "哪里人", "哪儿人", "哪的人", "哪儿的", "哪里的", "哪个单位", "哪个厂", "多大年纪", "多大岁数", "高寿", "今年多大", "几口人", "家里情况", "家里都有", "家在哪", "哪个小区", "哪个社区", "哪个镇", "哪个乡", "家里还有", "几了", "多大了", "今年高寿", "哪个工地", "哪个村的", "从哪儿来", "打哪儿来", "在哪儿上班", "做什么工作", "干什么的"),
			cueWords("先认识一下", "认识一下", "自我介绍", "我是这里的", "我姓", "我叫", "我是信访", "我是接待", "我是值班", "我是今天", "我是负责"),
		},
		MoveAssure: {
			cueNegRx(`(讲|说|解释|弄|搞|查|问|理|捋|算|对|核)(个)?(清楚|明白|透|到底|为止)`),
			cueNeg("这事我接", "我接了", "我来办", "咱现在就办", "现在就办", "落到具体人", "说多久都行", "想说多久", "一句一句", "一样一样给", "一件一件", "一条一条", "管到底", "跟到底", "不会让您白跑", "不会让你白跑", "不让您白跑", "不让你白跑", "心里有个底", "给您个明白", "给你个明白"),
			cueNeg("认真记录", "认真听", "认真对待", "认真了解", "认真核实", "认真调查", "认真研究", "认真处理", "好好听", "仔细听", "仔细记", "尽力帮", "尽量帮", "帮您弄清", "帮你弄清", "帮您理一理", "帮您把事情", "帮你把事情", "帮您想想", "帮你想想", "给您提供帮助", "公平", "公正", "秉公", "一碗水端平", "实事求是", "依法依规", "按政策", "按照政策", "照政策", "有政策依据", "不会敷衍", "不会糊弄", "负责到底", "为您服务", "为你服务", "就是帮大家", "就是给大家解决", "专门接待", "有话尽管", "尽管说", "一定帮您", "一定帮你", "把情况弄清楚", "把事情弄清楚", "把情况搞清楚", "把事情搞清楚", "了解清楚", "问清楚", "搞明白", "捋清楚", "理清楚", "弄明白", "弄清楚", "搞清楚", "查清楚", "问明白", "讲明白", "说明白", "弄个准信", "给您个准信", "给你个准信", "认真听", "不打断", "不打岔", "陪您", "陪你", "今天就把", "今天把", "今天给您", "今天给你", "今天咱", "咱们一起", "我们一起", "帮您把", "帮你把", "帮您看看", "帮你看看", "帮您查", "帮你查", "给您查", "把疙瘩解开", "疙瘩解开", "给您交个底", "有什么话今天", "都倒出来", "尽管讲", "照实说", "如实反映", "一定认真", "认真听取", "不糊弄", "不推", "说透", "摊开", "把账摊开", "坐下慢慢说", "慢慢问", "赶紧弄清楚"),
		},
		MoveRecord: {
			{re: regexp.MustCompile(`(我|这边|本子|笔|咱)[^,。?]{0,6}记(着|下|上|好|清楚|全|录|在)`), statement: true, negatable: true},
			cueStmt("记下来", "记下了", "记录下来", "做记录", "记一下", "记上", "写下来", "写上", "做个笔记", "做笔记", "本子上", "我记着", "我都记着", "我记着了", "记好", "记清楚", "记全", "一条条记", "一条一条记", "认真记录", "详细记录", "我来记", "给您记", "给你记"),
		},
		MoveEncourage: {
			cueWords("接着说", "继续说", "您继续", "你继续", "往下说", "然后呢", "后来呢", "还有呢", "慢慢说", "慢慢讲", "你说吧", "您讲", "说说看", "详细说", "具体说说", "具体讲讲", "展开说说", "我听着", "我在听", "我听您说", "您先说", "你先说", "您说吧", "您请说", "您说说", "你说说", "把话说完", "说完", "不着急", "尽管说", "都说出来", "说出来", "讲出来", "嗯嗯", "是这样啊", "原来是这样", "这样啊", "您讲", "你讲", "您接着", "你接着", "往下讲", "我等着", "想好了再说", "想好了慢慢说", "不着急", "您请讲", "说下去", "请讲"),
		},
		MoveOpenQuestion: {
			cueQ("什么事", "怎么回事", "什么情况", "发生了什么", "遇到了什么", "遇到什么", "什么困难", "哪些问题", "什么问题", "说说", "讲讲", "经过", "怎么了", "咋回事", "啥事", "有什么要", "想反映", "要反映", "想让我们", "希望我们", "需要我们", "想要什么", "有什么诉求", "诉求是", "具体是", "什么想法", "怎么想的", "怎么打算", "有什么顾虑", "还有什么", "还有别的", "其他的", "有什么难处", "难处"),
		},
		MoveClarify: {
			cueWords("您的意思是", "你的意思是", "您是说", "你是说", "您是想", "你是想", "我确认一下", "确认一下", "也就是说", "是不是说", "没听明白", "没听清", "再说一遍", "具体指", "是指", "我理解得对", "我这么理解", "我没理解错", "我听明白了", "明白您的意思"),
		},
		MoveEmpathy: {
			cueNeg("理解您", "理解你", "能理解", "我理解", "理解的", "换了谁", "换作是我", "换成我", "换谁", "要是我", "搁谁", "心情", "不容易", "委屈", "难为您", "难为你", "辛苦", "着急", "难受", "感同身受", "确实难", "确实不易", "体谅", "同情", "不好受", "憋屈", "受苦", "受罪", "受累", "吃了不少苦", "吃苦", "心里苦", "心疼", "生气是", "生气也", "有气", "有火", "窝火", "冤", "寒心", "难处", "苦衷", "操心", "揪心", "闹心", "不放心", "担心是", "怕也是", "换位", "火气", "搁谁都", "换谁都", "谁都得", "咽不下", "心里一定", "心里不是滋味", "不是滋味", "心里堵", "心里慌", "心里急", "被糊弄", "吃亏", "一辈子", "那是一辈子"),
		},
		MoveReassure: {
			cueWords("别着急", "不要着急", "先别急", "不要急", "别急", "别激动", "不要激动", "消消气", "别生气", "放心", "别担心", "不用担心", "不要担心", "别害怕", "不用怕", "不要怕", "有我们在", "不会不管", "不会不理", "我们会管", "一定给您个答复", "一定给你个答复", "一定会给您答复", "给您一个答复", "给你一个答复", "给您一个交代", "给您个说法", "给你个说法", "给您一个说法", "给你一个说法", "会认真调查", "会认真对待", "会调查清楚", "会弄清楚", "会查清楚", "不会不了了之", "事情总能", "总会有办法", "慢慢来", "喝口水缓缓", "缓一缓", "深呼吸", "安心", "别这么想", "别多想", "不要这么想", "别往自己身上揽", "不是您的错", "不是你的错", "也没关系", "没关系的", "不要紧", "不碍事", "别慌", "不用慌", "我等着您", "不急", "您歇", "先歇"),
		},
		MoveExplainPolicy: {
			cueStmt("政策", "规定", "法律", "法规", "条例", "文件", "办法规定", "标准", "范围", "条件", "依据", "按照", "根据", "依照", "第", "条款", "合同法", "承包法", "劳动法", "信访条例", "社会保险法", "民法典", "诉讼", "判决", "裁定", "程序上", "法院判", "政策上", "政策是", "规定是", "规定里", "按规定", "按国家", "国家规定", "省里规定", "县里规定", "明文"),
		},
		MoveExample: {
			cueWords("比如", "打个比方", "打比方", "就好比", "好比", "就像", "就好像", "举个例子", "举例", "比方说", "拿您", "拿你", "就跟", "相当于", "好像是", "譬如", "打个比喻", "换句话说", "说白了", "通俗", "简单说", "简单讲", "大白话", "说简单点"),
		},
		MoveFirmNo: {
			cueWords("办不了", "办不到", "没有政策依据", "没有依据", "不符合政策", "不符合规定", "不在政策范围", "不在范围", "不能办", "不能给", "不能满足", "满足不了", "没法满足", "没办法满足", "这个要求不行", "不支持", "不会因为", "闹也没用", "闹也解决不了", "上访也", "不能开这个口子", "开不了这个口子", "没有这个政策", "政策不允许", "法律不允许", "不合理", "超出", "答复还是", "还是那句话", "跟上次一样", "和上次一样", "口径", "不会变", "不会改变", "始终是"),
		},
		MoveRestate: {
			cueRx(`(我|咱)[^,。?]{0,8}(捋|理|归拢|归纳|总结|梳理|复述|重复|核|顺|对)(一|了)?(遍|下|捋|理|拢|顺)`),
			cueRx(`从头(讲|说|捋|理|顺|对|过)(一)?(遍|下)`),
			cueRx(`^(您|你)(家|们)?(的)?(情况|事|事情|问题|意思|要求|诉求|想法)(就|主要|其实)?是$`),
			cueWords("总结一下", "归纳一下", "复述一下", "重复一下", "我复述", "理一理", "捋一捋", "捋一下", "梳理一下", "理一下", "刚才您说的", "刚才你说的", "刚才您讲的", "您刚才说", "你刚才说", "您的诉求", "你的诉求", "您的要求", "你的要求", "您主要是", "你主要是", "概括", "归纳起来", "我听下来", "听下来", "我的理解是", "您想要的是", "你想要的是", "您是希望", "你是希望", "您的意思我理一下", "您今天来主要", "我说一下", "我说一遍", "我重复", "跟您核一下", "跟你核一下", "我核一下", "核对一下", "我给您理", "给您捋", "给你捋", "跟您对一下", "跟你对一下", "对一下", "我理解下来", "您的事是", "你的事是", "您这事是", "你这事是", "我记的是", "我听到的", "对一遍", "复一遍", "说一遍", "过一遍", "理一遍", "您要的是", "你要的是", "您要求的是", "你要求的是", "您想要", "你想要", "您想让", "你想让", "是这意思吧", "是这个意思吧", "我把您今天说的", "我把你今天说的", "把今天的话"),
		},
		MoveCheckRestate: {
			{re: regexp.MustCompile(`(是|就是)?(这|那)(两|三|几|四)(样|件|个|点|条)(事)?(吧|吗|对吧|对不对|没错吧)$`), question: true},
			cueQ("对不对", "对吧", "是不是这样", "说得对", "对吗", "没错吧", "有没有遗漏", "有没有漏", "漏了", "还有没有", "有没有补充", "要补充", "需要补充", "还有补充", "准确吗", "是这样吗", "是这个意思吗", "理解得对", "有出入", "全不全", "落下"),
		},
		MoveNextSteps: {
			cueStmtPlain("下一步", "接下来", "回去以后", "回去后", "回去之后", "到时候", "需要您准备", "需要你准备", "带上", "准备好", "身份证", "户口本", "证明", "材料", "我们会先", "我们先", "马上联系", "马上打电话", "打个电话", "给您打电话", "给你打电话", "联系方式", "留个电话", "电话号码", "核实", "调查", "了解一下情况", "协调", "去现场", "上门", "走访", "转给", "转交", "交办", "立案", "督办", "跟踪办理", "跟踪督办", "回访", "出个意见", "书面答复", "书面意见", "申请", "申请表", "流程"),
		},
		MoveHope: {
			cueWords("希望您", "希望你", "保重", "注意身体", "照顾好", "相信问题", "会解决的", "会好起来", "慢走", "路上慢点", "路上注意", "路上小心", "有事随时", "随时来找", "随时找我", "随时打电话", "回去好好", "祝您", "祝你", "别太上火", "宽宽心", "想开点", "想开一些", "放宽心", "往前看", "日子会", "过好日子", "多保重", "好好过", "相信我们", "咱们一起", "一起想办法", "有盼头", "来问我", "随时来", "再来找我", "尽管来", "给我打电话", "打我电话", "打我这个", "找我就行", "放宽心", "别上火", "宽心", "日子还长", "慢慢会好", "会好的", "一路平安", "回去路上", "回去歇着", "好好养", "养好身体"),
		},
		MoveAcknowledge: {
			cueNeg("明白了", "知道了", "我听到了", "我听见了", "我记住了", "我懂了", "是这样", "好的", "好好", "嗯", "对对", "是的", "没错", "有道理", "您说得对", "你说得对", "可以理解"),
		},
		MoveApology: {
			cueWords("对不起", "抱歉", "不好意思", "让您久等", "让你久等", "久等了", "道歉", "给您添麻烦", "给你添麻烦", "是我们的不对", "是我们不对", "我们工作没做好", "我们做得不好", "我们有责任", "是我们的失误", "失职", "怠慢"),
		},
		MoveRefuseGift: {
			cueWords("心意领了", "心意我领", "不能收", "不收", "收不得", "不能要", "拿回去", "收回去", "带回去", "您收起来", "你收起来", "有纪律", "有规定不能", "不兴这个", "别这样", "使不得", "饭就不吃了", "饭我就不去了", "不用请"),
		},
		MoveAskReps: {
			cueWords("选几个代表", "推选代表", "选出代表", "派几个代表", "选派代表", "出几个代表", "选两三个", "选三五个", "不超过五个", "五个人以内", "五人以内", "代表留下", "派代表", "推几个人", "选个代表", "其他人先", "其余的人"),
		},
		FaultRude: {
			cueRx(`((吼|嚷|喊|叫|吵|闹|哭)什么(吼|嚷|喊|叫|吵|闹|哭)|撒什么野|(你|您)(吼|嚷|喊|吵|闹|哭)什么)`),
			cueRx(`爱(上|去|到)哪(儿)?(告|去)`),
			cueRx(`谁(愿意|乐意|想|会)(给|帮|替)(你|您)(们)?办`),
			cueRx(`(嗓门|声音|嗓子)大(就|了)?(有理|管用|能解决|了不起)`),
			cueRx(`(连|这)[^,。]{0,5}都(不懂|不知道|不明白|弄不明白|搞不明白|搞不清|听不懂|看不懂|不会)`),
			cueRx(`(干啥|干什么|干嘛|干吗|做什么)去了`),
			cueRx(`(当|以为)(这|这儿|这里|政府|我们|我)[^,。]{0,6}(你家|你们家|自家|你开的)`),
			cueRx(`(还干不干|还办不办|还过不过)(别的|正事|活)`),
			cueRx(`(叫|喊|找)(保安|警察|派出所|公安)[^,。]{0,6}(把你|把您|架|轰|拖|抓|撵|赶)`),
			cueRx(`(再|还)[^,。]{0,12}(我就|就|我)(叫|喊|找)(保安|警察|派出所|公安|人来|人了)`),
			cueRx(`翻[^,。]{0,4}旧账`),
			cueRx(`(拍|摔|砸|踢|敲)什么(桌子|东西|门)?`),
			cueRx(`(叫|喊)保安|保安[^,。]{0,3}(送|请|架|轰|把)`),
			cueRx(`(^|这|这儿|这里|办公室|政府|信访办)(可)?(又)?不是(菜市场|你家|自家|集市|茶馆|你们家)`),
			cueRx(`耽误(我|我们|大家|别人)(的)?(工夫|时间|事)`),
			cueRx(`^(告去|去告)(吧|呗)|^随(你|您|便你)(吧|呗)?$`),
			cueRx(`(说|讲|跟你说|跟您说|给你讲|给您讲)了(你|您)也(不懂|弄不明白|听不懂|不明白|不会|记不住)`),
			cueRx(`(哭|抹眼泪|闹|嚷|吵|急)[^,。]{0,6}(也)?(没(有)?用|解决不了|不解决)`),
			cueRx(`(哭|抹眼泪|闹|嚷|吵|急)[^,。]{0,4}(有|顶)(什么|啥)用`),
			cueRx(`(还|又)跑(这儿|这里|这)来(干嘛|干什么|做什么|干啥)`),
			cueRx(`(你|您)(还)?(上过|念过|读过)(学|书)(没有|吗|没)`),
			cueRx(`说了(八百|一百|多少|几十|无数|N)(遍|回|次)`),
			cueRx(`这么大(的)?人了`),
			cueRx(`(别|少)冲我|冲我(嚷|吼|喊|撒|发火|横|瞪)`),
			cueRx(`(你|您)(还)?来(这儿)?干(啥|嘛|什么)|还要(什么|啥)说法|哑巴了|下回别(再)?来了`),
			cueNegNear("耍横", "卖惨", "哭穷", "没点脑子", "装疯卖傻", "老油子", "臭脾气", "就你事多", "真费劲", "吓唬人", "神经兮兮", "回家待着", "听风就是雨", "不长心眼", "长点心吧", "穷横", "难伺候"),
			// "这老头子" is contempt; "您家老头子" is how a widow names her husband.
			cueRx(`(这|那|死|臭|倔|个)老(头子|太婆)`),
			cueRx(`(瞎|乱)(咋呼|嚷嚷|吵吵|起哄)|(咋呼|嚷嚷|吵吵|起哄)(啥|什么)`),
			cueRx(`有(啥|什么|啥子)(好)?(难懂|难理解|难明白)的`),
			cueRx(`[两三四五几好多N八百十][遍回次](了)?(都|还|也)?(听不懂|不懂|不明白|记不住|搞不清|弄不明白)`),
			cueNegNear("烦不烦", "烦死了", "有完没完", "滚", "闭嘴", "少废话", "废什么话", "你懂什么", "你懂个", "算老几", "刁民", "神经病", "有病吧", "你有病", "脑子有", "大声什么", "爱找谁找谁", "你去告吧", "随便你", "活该", "说了你也不懂", "说了你也不明白", "跟你说了你也", "讲不讲理", "还有理了", "算什么东西", "你什么东西", "不识好歹", "还好意思", "还想怎么样", "还想咋样", "还要怎么样", "精神上不", "蹬鼻子上脸", "给脸不要脸", "没文化", "老糊涂", "老不死", "找事", "找茬", "难缠", "无赖", "泼妇", "给我出去", "滚出去", "快走吧", "走走走", "没空理你", "懒得理", "少来这套", "别装", "装什么", "凭什么跟你说", "不想听", "别烦我", "烦人", "啰嗦什么", "你这人怎么", "你这个人怎么", "跟你说不清", "不可理喻", "教育你", "训你", "你听好了", "胡搅蛮缠", "无理取闹", "蛮不讲理", "强词夺理", "你家炕头", "有本事你", "你试试", "一个试试", "撒野", "不识字就", "这么简单的事都", "都弄不明白", "下一个", "能怪谁", "怪谁", "哭有什么用", "变不出钱", "有意思吗", "翻旧账", "说完了吧", "说完了就回去", "说不利索", "没工夫陪你", "陪你磨", "磨什么", "叫派出所", "叫警察", "报警抓", "谁愿意给你办", "就你这态度", "你这态度", "撒泼", "耍无赖", "耍赖皮", "钉子户", "老赖", "刁难人", "讹人", "敲竹杠", "狮子大开口", "贪得无厌", "想钱想疯", "钱眼里", "得寸进尺", "没完没了", "磨磨唧唧", "磨磨蹭蹭", "磨叽", "婆婆妈妈", "啰里啰嗦", "没脑子", "脑子进水", "脑子坏", "缺心眼", "你傻", "真笨", "笨得", "文盲", "架出去", "轰出去", "拖出去", "请出去", "撵出去", "闲得", "吃饱了撑", "不知好歹", "别给脸", "别在这儿装", "少在这", "瞎闹", "闹什么闹", "有什么好哭", "有什么好闹", "哭哭啼啼", "像什么样子", "成何体统", "不害臊", "丢不丢人", "丢人现眼", "自作聪明", "你算什么", "有啥意思", "有什么意思", "真敢想", "你可真行", "精神病院", "回家吃药", "吃药去", "信你干嘛", "信你干什么", "拉倒", "给你脸", "走人", "闲不住", "你这嘴", "识不识字", "还要人念", "少在这耗", "字都认不全", "你们这种人", "这种人就是", "你们这些老上访", "老上访户", "别上这儿来", "别来这儿", "别在这耗", "别在这儿耗", "听不懂人话", "听不懂吗", "你聋了", "你有毛病", "有毛病吧", "你以为你是谁", "你算哪根葱", "讲不讲道理", "能不能讲点道理", "讲点道理好不好", "懒得跟你", "懒得理你", "爱咋咋地", "爱怎么着怎么着", "你这人真是", "你这人真", "你这个人真", "你怎么这么不讲理", "怎么这么难缠", "不讲理", "无聊", "添乱", "瞎折腾", "折腾什么", "别给我", "跟我横", "朝我嚷", "呵呵", "就你这样", "就凭你", "你也配", "你懂不懂", "懂不懂规矩", "没规矩", "像话吗", "出去出去", "赶紧走吧", "赶快走", "快走吧", "回去吧回去吧", "拿刀架", "芝麻大", "屁大点", "鸡毛蒜皮", "说相声", "嘴就没停"),
		},
		FaultConfront: {
			cueRx(`(^|[^给替帮跟])(您|你)(这|那)?(个|话|想法|说法|意思|理解|看法)*[^,。!?对觉认要如假哪]{0,4}(不对|错了|是错的|站不住|不成立|不属实|不是事实|不符合事实|说不通|靠不住|没(有)?根据|没(有)?依据|不太准确|不准确|不太对|不全对|有出入)`),
			cueRx(`(这|那|这个|那个)(话|说法|想法|看法|理解)[^,。!?]{0,3}(不对|不妥|站不住|说不通|不成立|有问题|是错的)`),
			cueRx(`不会(出现|有|发生)(您|你)说的`),
			cueRx(`(您|你)(这样|这么|那样|那么)(说|讲|想)(就)?(是|就是)?(没有|没)?(根据|依据|道理|不对|不客观|不负责任)`),
			cueRx(`(^|[^给替帮跟])(您|你)[^,。]{0,6}(看|听|记|搞|弄|算|想)(岔|错|混|拧|歪|差)了`),
			cueRx(`谁(欺负|逼|坑|骗|害|吞|为难|亏待|糊弄)(了)?(您|你)`),
			cueWords("倒打一耙", "贼喊捉贼", "反咬一口"),
			// "这是瞎猜" dismisses; "不让您瞎猜" spares the visitor guessing.
			cueRx(`(是|纯粹|纯属|全是|都是|净是)瞎猜`),
			// "你说没拿就没拿?" throws the visitor's word back at him.
			cueRx(`(你|您)说(没|有|是|不是)[^,。]{0,3}就(没|有|是|不是)`),
			cueNegNear("没影的事", "压根儿就没", "压根就没", "咋还信", "怎么还信"),
			// "事实就是…" asserts against the visitor; "不等于事实就是…" does not.
			cueNegRx(`(^|[^于])事实就是`),
			cueRx(`本来就(不是|不归|不属于)(你|您)`),
			cueRx(`^(我)?(今天)?(就)?(明确)?告诉你(吧)?$`),
			cueRx(`(您|你)也不能(就)?说`),
			cueRx(`肯定是(你|您)(自己)?(没|不|搞|弄|记|看)`),
			cueRx(`(您|你)说的[^,。]{0,8}(是)?(不存在|没有的事|不是事实|不对)`),
			cueRx(`(您|你)(这个|这|的)(要求|诉求|理由|说法)[^,。]{0,4}(站不住|不成立|说不通|没道理)`),
			cueRx(`(其实|根本|绝对|压根)不(太)?可能`),
			{re: regexp.MustCompile(`^不(太)?可能$`), statement: true},
			cueRx(`是(您|你)自己(不听|不看|没听|没看|不注意|搞错|记错|看错|理解错|没弄清|没搞清)`),
			cueRx(`(^|[^给替帮跟])(您|你)(肯定|一定|准是)?(看|听|记|理解|搞|弄|算)错了`),
			cueRx(`不能因为[^。!?]{1,20}就(说|认为|断定|怀疑|咬定)`),
			cueRx(`哪(有|来的)(这|那)(种|回|样)?(事|道理|说法)`),
			cueRx(`(这|那)(个)?(确实|真的|根本)不是[^我咱你您们]`),
			cueStmtPlain("没有的事", "没那回事", "没那么回事", "不是那么回事", "不是这么回事"),
			cueNegRx(`((你|您)(这|是|在|这是|净|尽)?|别)(胡说|瞎说|瞎扯|胡扯|瞎编)|胡说八道|一派胡言`),
			cueNegNear("扯淡", "你错了", "根本不是这样", "根本不是那么", "根本没有", "没这回事", "没有这回事", "哪有这种事", "哪有这回事", "你想多了", "想象出来", "你这是幻想", "幻觉", "别胡思乱想", "胡思乱想", "撒谎", "骗人", "狡辩", "你少来", "不可能有人", "没人害你", "没有人害你", "没人跟踪", "没有人跟踪", "不是你说的那样", "你搞错了", "你记错了", "纯属", "捏造", "瞎编", "你这是闹", "这是闹访", "你这是在闹", "你给我听着", "这话就不对", "这么说就是", "这样说就是", "不能成为理由", "改变不了事实", "再怎么说也", "平白无故", "不可能实现", "想法是不对", "您仔细看看", "你仔细看看", "您再仔细看", "你再仔细看", "看清楚了", "本来就应该", "本来就说不清", "也不是啥好人", "你自己也不是", "你别不信", "您误会了", "你误会了", "是误会", "话不能这么说", "可不能这么说", "怎么可能", "那是不可能的", "这不可能", "绝不可能", "不是这样的", "并不是这样", "不是您想的那样", "不是你想的那样", "您想错了", "你想错了", "您理解错了", "你理解错了", "冤枉人家", "冤枉好人", "不至于", "哪至于", "站不住脚", "没这种事", "不存在这种", "不存在这个", "纯粹是", "您这是钻", "你这是钻", "强词夺理", "这叫什么理", "这是什么道理", "哪来的道理", "明明是", "明摆着", "不好乱讲", "别乱讲", "别乱说", "可不能这么讲", "话不能这么讲", "无缘无故", "瞎传", "道听途说", "你不信也得信", "您别瞎想", "你别瞎想", "别瞎猜", "凭空"),
		},
		FaultFalsePromise: {
			cueNegRx(`((我|我们|咱|咱们)[^,。不没别敢]{0,4}(保证|打包票|打保票)|^(保证|包你|包您|准保|保准))[^认按及给答回打联转交送递查核不公依保替尽如金]`),
			cueNegRx(`(保证|一定|肯定|绝对|包在我身上|包你|包您|准能|准保|保准|打包票|打保票|铁定|百分之百|板上钉钉|十拿九稳)[^,。!?;]{0,12}(办成|办下来|办好|办了|解决|批下来|批了|批给|补上|补给|补发|赔|拿到|要回|落实|恢复|满足|兑现|报销|安排上|搞定|没问题|给你办|给您办|帮你办|帮您办|给你弄到|给您弄到|给你弄下来|给您弄下来|给你补|给您补|给你批|给您批|给你要|给您要|给你解决|给您解决|退给|退回|拿回|追回|免了|给免|转正|到手|到位|办妥|有水|通上|修好|拆掉|严肃处理|一分不少|一分不差|全额)`),
			cueNeg("包在我身上", "这事我给你办了", "这事我给您办了", "我给你做主", "我给您做主", "我答应你", "我答应您", "一定给你办", "一定给您办", "肯定给你办", "肯定给您办", "钱肯定", "钱一定", "马上就能给你", "马上就能给您", "都给你解决", "都给您解决", "我说了算", "我拍板", "包你满意", "保准", "交给我办", "交给我来办", "这事交给我了", "这事就交给我", "我来搞定", "我给你搞定", "我给您搞定", "没问题的包", "这事能成", "十拿九稳", "十有八九", "大概率没问题", "肯定没问题", "保管没问题", "说话能不算数", "一分不会少", "一分都不会少"),
			cueNegRx(`这事(我|我们)(给|帮|替)(你|您)(办|解决|做主)`),
			cueRx(`(不|没)[^,。]{0,10}(解决|办好|办成|落实)[^。]{0,10}(不当了|不干了|辞职|我负责|撤我的职)`),
		},
		FaultHalfPromise: {
			cueNegRx(`我(去|来|再|回头)?(跟|和|找)[^您你,。]{1,8}(说说|说道说道|商量商量|通融|求求情|说个情|碰一碰|议一议)`),
			cueNegRx(`有门(儿)?($|[吧啊呢了的])`),
			// "也不是一点松动的余地都没有": a door left open by double negation.
			cueRx(`不是[^,。]{0,4}(松动|余地|希望|门儿|商量)[^,。]{0,5}都没(有)?`),
			cueNeg("说不定能", "说不定可以", "也许能", "也许可以", "或许能", "或许可以", "没准能", "兴许能", "可能能给", "可能可以给", "我尽量给你争取", "我尽量给您争取", "争取一下", "给你争取", "给您争取", "我看看能不能", "看看能不能给", "看能不能", "想想办法", "想想别的办法", "通融", "我帮你问问领导", "我帮您问问领导", "跟领导说说", "替你说说", "帮你说说情", "说说情", "有希望", "有门儿", "应该能批", "估计能批", "问题不大", "差不多能", "应该没问题", "估计没问题", "八九不离十", "回头我想办法", "我再想想办法", "不是不可以", "也不是不行", "变通", "网开一面", "研究研究", "再研究", "要研究", "研究一下", "研究好了", "我再打听打听", "我回头打听", "想办法帮您", "想办法帮你", "帮您想办法", "帮你想办法", "使使劲", "使把劲", "使个劲", "往上使劲", "托托人", "找找关系", "走走关系", "活动活动", "打点", "运作一下", "疏通", "照顾照顾", "特殊照顾", "开个后门", "走个后门", "破个例", "通融通融", "应该能办", "估计能办", "大概能办", "八成能", "多半能", "应该能给", "估计能给", "有戏", "估摸着", "尽最大的努力", "尽最大努力", "尽力争取", "我们再合计合计", "我们合计合计", "别的路子", "找找路子", "想想路子", "有没有别的路子", "递递话", "递个话", "不是没有余地", "一点余地没有", "还有余地"),
			cueNegRx(`没准(儿)?(领导|上面|他们|局里|县里)[^,。]{0,6}(松口|同意|批|能)`),
		},
		FaultBuckPassing: {
			cueNegRx(`(谁|哪)[^,。]{0,6}(你|您)(就)?找(谁|哪)(去)?`),
			cueRx(`(我|我们)(上|从)?哪(儿)?(知道|晓得)`),
			cueRx(`跟(政府|我们|我|咱们)有(啥|什么)(关系|相干)`),
			cueRx(`(我|我们)(这儿|这里)?又不(管|是|负责)|又不是(我|我们)`),
			cueRx(`谁(也|都)帮不了(你|您)`),
			cueRx(`(上|去|到)哪(儿)?(问|找|说|反映)[^,。]{0,2}(就)?(上|去|到)哪(儿)?(问|找|说|反映)`),
			cueRx(`(要|想|愿意)告(就|你就|您就)?告(去)?|告去吧`),
			cueRx(`不(在|归)(我们|我|咱们|咱)(这儿|这里|这|管)`),
			cueRx(`(找|跑|来)(我们|我|咱们|政府)(这儿|这里)?(来)?(也)?(是)?(没用|白搭|没有用|不管用|白跑)`),
			cueRx(`(你|您)(自己|自个儿)?(想辙|想招|想门路)`),
			cueNegRx(`(我|我们|咱|咱们)(这儿|这里|这边|单位)?(真|真的|实在|确实|也|可|是)?(管不了|管不着|不管这|没法管|解决不了)`),
			cueNegRx(`不是(我们|我|咱们|咱)[^,。]{0,4}的事`),
			{re: regexp.MustCompile(`(你|您|你们|您们)(可以|就|回去|还是)?(自己|自个儿|自个)(去|回去)?[^,。]{0,4}(想办法|找|问|解决|掰扯|琢磨|商量|协商|处理|看着办|了解)([^的]|$)`), statement: true, negatable: true, near: true},
			cueNegNear("不归我们管", "不归我管", "不是我们管", "不是我管", "不关我们的事", "不关我的事", "跟我们没关系", "跟我没关系", "和我们没关系", "与我们无关", "与我无关", "不是我的事", "不是我们的事", "找别人去", "找别人吧", "你找别人", "找别的部门", "去找有关部门", "找有关部门", "找相关部门", "我们管不了", "我管不了", "管不了单位", "你自己去找", "你自己去问", "你自己找", "别来找我们", "别找我们", "别找我", "上面定的", "上面的事", "领导不在", "我做不了主", "我说了不算", "我也没办法", "我也没招", "爱莫能助", "不是我负责", "负责的人不在", "改天再来", "明天再来", "下次再来", "找我们也没用", "找我也没用", "自己商量着办", "自己商量", "不是我们这儿", "不是我们这里", "上别处", "别处问问", "回村里问问", "问问别人", "我也说不好", "我们也不清楚", "我也不清楚", "管不着", "我们管不着", "不沾边", "扯不上", "跟政府没关系", "和政府没关系", "跟政府无关", "跟我们不相干", "不是政府的事", "不是我们这儿能管", "不是我们能管", "不是我们能解决", "我们解决不了", "我们也没办法", "我们也没招", "没辙", "我哪知道", "我哪晓得", "谁知道呢", "反正不是我们", "反正别找", "别找我们", "自己掰扯", "自己琢磨", "自个儿琢磨", "自个儿想办法", "自己看着办", "看着办吧", "你看着办", "您看着办", "自己解决", "自己去解决", "自己协商", "私下协商去", "去问别人", "问别处", "找别处", "去别处", "找谁都行", "随便找", "爱找谁找谁", "我也拿不准", "我也不知道归", "找谁都一样", "反正不是我", "我也说不准", "挨个问问", "挨家问问", "顾不上", "找谁都没用", "说不上来归谁", "别的地方问", "上别的地方", "去别的地方", "总有人管", "不是我这儿的事", "不是我这的事", "不是我们这儿的事", "我们不管", "这事我们不管", "说实话我也不清楚", "回去再打听", "回去打听打听", "自己打听"),
		},
		FaultBuyPeace: {
			cueNegRx(`(给|拿|塞|补|发)(你|您)[^,。?!]{0,6}([0-9一二两三四五六七八九十百千万]+(块|元)|红包|好处|指标|名额)`),
			cueNegRx(`([0-9一二两三四五六七八九十百千万]+)(块|元)(钱)?(你|您)?(先)?(拿着|收着|拿去)`),
			cueNegRx(`(给你|给您|先给你|先给您)(留|安排|解决)(一个|个)?(指标|名额|工作|活儿|岗位|临时工|公益岗)`),
			cueNegRx(`(留|安排)(一个|个)(救助|低保|困难)?(指标|名额|岗位|临时工|公益岗)`),
			cueNegRx(`((我|我们|咱|咱们|办公室|单位)[^,。]{0,8}(私下|自己掏|经费里|账上|小金库)|(我|咱)(掏|自己掏|个人出))[^,。]{0,8}(钱|[0-9一二两三四五六七八九十百千万]+(块|元|千|万))`),
			cueNeg("只要你不上访", "只要您不上访", "只要你不去", "只要您不去", "只要你别闹", "别再来了就", "不再上访", "息访协议", "签个息访", "保证不上访", "拿点钱回去", "私下解决", "私了", "给点好处", "好处少不了", "表示表示", "不会亏待", "买个平安", "经费里给", "先给你儿子", "先给您儿子", "留个名额", "留个指标", "封口费", "辛苦费给", "给你辛苦费", "给您辛苦费"),
		},
		FaultOfficialese: {
			cueWords("高度重视", "很重视", "非常重视", "十分重视", "坚决贯彻", "认真落实", "切实", "统筹", "扎实推进", "稳步推进", "构建和谐", "深入贯彻", "重要指示", "重要讲话", "会议精神", "精神指示", "有关规定执行", "按有关规定", "按相关规定", "相关政策规定", "研究决定", "领导研究", "全心全意", "以人为本", "维护稳定", "维稳", "和谐社会", "大局", "党和政府", "人民群众的利益", "无小事", "为人民服务", "执政为民", "服务宗旨", "宗旨意识", "按程序办理", "按程序走", "依程序", "走程序", "程序规定", "层层落实", "常抓不懈", "齐抓共管", "务求实效", "高度关注", "积极稳妥", "妥善处理", "有关部门会", "相关部门会", "会按照有关", "相关工作", "予以", "一律", "上级精神", "红头文件", "一贯坚持", "始终把", "放在重要位置", "放在首位", "重要工作来抓", "作为一项", "关心和支持", "感谢您对我们工作", "压实责任", "切实推进", "着力解决", "急难愁盼", "获得感", "幸福感", "安全感", "务实的作风", "有力的举措", "全力以赴", "抓好落实", "满意的答复", "进一步加强", "进一步做好", "不断提高", "努力让", "积极推进", "认真研究", "研究研究", "重视您的问题", "重视你的问题", "依法依规处理", "依法依规办理", "请您相信政府", "相信组织", "相信党", "统筹考虑", "综合考虑", "通盘考虑", "按程序", "有诉必应", "接诉即办", "惠民工程", "民生工程", "民心工程", "问题导向", "理性表达", "刀刃上", "群众满意", "突出位置", "摆在首位", "以人民为中心", "放在心上"),
		},
		FaultAcceptGift: {
			cueNegNear("那我就收下", "我就收下", "我收下了", "那就收下", "收下了", "谢谢你的烟", "谢谢您的烟", "谢谢你的礼", "谢谢您的礼", "那我不客气了", "我就不客气了", "不跟您客气", "不跟你客气", "放这儿吧", "放这吧", "放桌上吧", "下不为例", "恭敬不如从命", "那我收着", "我收着", "我就拿着", "那我拿着", "吃个饭也行", "那就一起吃", "改天一起吃", "饭我去", "我去您家", "我去你家", "尝尝婶子", "尝尝您", "尝尝你", "来就来呗", "还拿啥东西", "还拿什么东西", "还带什么东西", "还带啥东西", "让您破费", "让你破费", "就不客气了", "可就不客气", "那就不客气", "搁那儿吧", "搁这儿吧", "到时候你喊我", "到时候喊我", "到时候叫我", "我一定到", "一定去尝尝", "那我就去", "那我就尝尝", "我最爱吃", "那就谢谢您的", "那就谢谢你的", "却之不恭", "正好馋", "馋您家", "馋你家", "下了班就过去", "下班就过去", "那我就过去", "那我下了班", "尝个鲜", "过去热闹", "那我可就等着"),
			cueRx(`^(好|好嘞|行|那)?(我)?(一定去|一定到|准到)$`),
		},
		FaultCorrect: {
			cueRx(`(科学|医学|常识)上|科学道理|讲(讲)?科学`),
			cueNeg("大家都知道", "不存在", "造不出来", "装不了", "不会发信号", "确实已经", "人走了不能复生", "真的已经走了", "多半是", "八成是", "自然现象", "正常现象", "相信科学", "要讲科学", "不科学", "没有科学依据", "是假的", "不是真的", "不存在的", "想多了", "多心了", "错觉", "幻觉", "瞎想", "没人害", "没有人害", "没人跟踪", "没有人跟踪", "没人监视", "没有人监视", "没人偷", "没有人偷", "没人换", "谁会害", "谁会偷", "谁会换", "谁会跟踪", "没那个本事", "不是那样的", "没那回事", "没有的事", "是您看错", "是你看错", "是您听错", "是你听错", "是您记错", "是你记错"),
			cueRx(`不可能(有|是|会|存在|发生|的事|进|钻|害|偷|换|听|读|控制)`),
			// "耳朵听岔了", "不会是她,是您太想她了": the perception explained away.
			cueRx(`(耳朵|眼睛)[^,。]{0,3}(听|看)(岔|错|花)了|是(您|你)太想(她|他)|不会是(她|他)(的|在|回来)?`),
			cueRx(`(这|那|它)(个|些)?(其实|实际上|就|只)?(是|只是|就是)[^,。!?]{0,10}(广告|普通的|一般的|正常的|自然的|假的|谣言|误会|巧合|幻觉|错觉)`),
			cueRx(`跟(他|她|他们|村主任|村长|邻居|医院|书记|领导|[\p{Han}]{1,4}(主任|书记|村长|医生|大夫))[^,。]{0,4}没(有)?(关系|关联)`),
			cueRx(`(这|那)(个|些)?(确实|真的|根本|其实|并)?不是[^我咱你您们,。]{1,6}$`),
		},
		FaultRush: {
			cueRx(`^(好了|行了)?够了(够了)?$`),
			cueWords("快点说", "快说", "说重点", "长话短说", "捡重要的说", "挑重要的说", "别啰嗦", "别啰唆", "别绕弯子", "别绕了", "简单点说", "说简单点", "我很忙", "我忙着", "赶紧说", "抓紧说", "抓紧时间说", "我没时间", "没时间听", "时间有限", "后面还有人", "后面排着", "就这些吧", "说完没有", "说完了没", "行了行了", "好了好了", "别说了", "不用说了", "打住", "停停", "先别说", "你先停", "一句话说", "三句话说", "两句话说", "你直接说", "您直接说", "你就说要什么", "到底要什么", "到底想怎样", "到底想干什么", "讲完了吧", "别扯远了", "扯远了", "没用的就别说"),
		},
		FaultBlame: {
			cueWords("都怪你", "怪你自己", "怪您自己", "你自己的问题", "您自己的问题", "你自己的责任", "谁让你", "谁叫你", "还不是因为你", "你自己不", "你当初就不该", "当初你要是", "自找的", "你早干嘛去了", "早干什么去了", "你自己没", "你这是自作自受", "怨不得别人", "怪不得别人", "你也有责任", "你也有问题", "你的错", "是你的错", "你太", "你怎么这么", "你就是想不开", "想不开", "矫情", "小题大做", "钻牛角尖", "想太多", "太敏感", "别人都没事", "别人怎么没", "就你事多", "你这种人", "自己不上心", "您自己不上心", "自己不听", "怪不了别人", "怪不着别人", "吃了亏才", "出了事才", "心思太重", "想得太多", "不懂你就别", "当初为什么不", "当初怎么不", "谁让您", "谁叫您", "也不找人看看", "不看清楚就", "自己没注意", "自己没看", "早干嘛", "早干什么", "现在才来", "现在来要", "怎么不早说", "你早该", "您早该"),
		},
	}
	return r
}

// WithoutModel returns a recogniser that shares r's tables but lets the
// rules alone decide the faults, and the evidence points alone the stages.
func (r *TurnRecognizer) WithoutModel() *TurnRecognizer {
	c := *r
	c.model = nil
	c.stages = nil
	return &c
}

// WithStageModel returns a recogniser that shares r's tables and calibrates
// the stage verdicts with m (nil: the evidence points alone).
func (r *TurnRecognizer) WithStageModel(m *StageModel) *TurnRecognizer {
	c := *r
	c.stages = m
	return &c
}

// WithModel returns a recogniser that shares r's tables and reviews its
// faults with m.
func (r *TurnRecognizer) WithModel(m *FaultModel) *TurnRecognizer {
	c := *r
	c.model = m
	return &c
}

// Judge reviews the faults of a recognised trainee line with the learned
// fault model, if the recogniser has one (see FaultModel.Judge).
func (r *TurnRecognizer) Judge(rec Recognition, persona Persona, visitor, text string) Recognition {
	return r.model.Judge(rec, persona, visitor, text)
}

// negators are words that, standing just before a cue, cancel it.
var negatorList = [...]string{"不", "没", "别", "无法", "没法", "不能", "不会", "不敢", "不可能", "未", "甭", "不要", "不用", "难以", "并非", "不是"}

// Recognize analyses one trainee line.
func (r *TurnRecognizer) Recognize(text string) Recognition {
	rec := Recognition{Quotes: map[string]string{}, Runes: utf8.RuneCountInString(text)}
	clauses := splitClauses(text)
	for _, cl := range clauses {
		isQ := r.isQuestion(cl)
		if isQ {
			rec.Question = true
		}
		for key, cues := range r.cues {
			if _, done := rec.Quotes[key]; done {
				continue
			}
			for _, c := range cues {
				if c.question && !isQ || c.statement && isQ {
					continue
				}
				if r.match(c, cl.text) {
					rec.Quotes[key] = cl.text
					break
				}
			}
		}
	}
	// A question that is not small talk, identity, a check or an open
	// invitation asks about specifics.
	for _, cl := range clauses {
		if scornful(rec, cl.text) {
			continue // "吼什么吼?" asks nothing
		}
		if r.isQuestion(cl) && r.specific(cl) {
			if rec.Specific == 0 {
				rec.Quotes[MoveSpecificQ] = cl.text
			}
			rec.Specific++
		}
	}
	for _, cl := range clauses {
		if r.isQuestion(cl) {
			rec.Words = append(rec.Words, cl.text)
		}
	}
	if m := r.dateRE.FindString(text); m != "" {
		rec.Date = m
	}
	rec.Office = r.findOffice(r.statements(clauses))
	r.combine(&rec, text)
	for _, m := range Moves() {
		if _, ok := rec.Quotes[m.Key]; !ok {
			continue
		}
		if m.Fault {
			rec.Faults = append(rec.Faults, m.Key)
		} else {
			rec.Moves = append(rec.Moves, m.Key)
		}
	}
	return rec
}

// giftRE finds a gift or a meal offered in the visitor's line.
var giftRE = regexp.MustCompile(`(吃饭|吃顿饭|一顿饭|便饭|吃个饭|喝酒|喝两盅|喝两杯|喝一杯|家里坐|来家|烟|酒|礼品|礼物|土特产|特产|红包|心意|茶叶|鸡蛋|腊肉|香油|蜂蜜|购物卡|意思意思)`)

// assentRE opens a line with yes.
var assentRE = regexp.MustCompile(`^(那|哎|嗯)?(行|好|好吧|好嘞|成|中|要得|可以|那行|那好|行吧|那就这样|恭敬)`)

// takeRE are words that go with taking a gift or going to a meal.
var takeRE = regexp.MustCompile(`(就这一回|就这一次|仅此一次|下不为例|我过去|我去|我到|到时候|别整|少弄|别弄|少整|破费|收着|尝尝|客气|留下|放下|搁下|放着)`)

// offerToRE offers something to the officer; giftThingRE is what is offered;
// acceptRE takes it; declineRE turns it down.
var (
	offerToRE   = regexp.MustCompile(`(给你|给您|送你|送给你|送您|你拿着|您拿着|你收下|您收下|你留着|您留着|请你|请您|我请|我做东|孝敬|心意|放你|放您|给你们|转个|带家人|找她|找他|不用排队|打折)`)
	giftThingRE = regexp.MustCompile(`(蛋|烟|酒|茶|红包|卡|钱|块|瓜|水果|特产|镯|月饼|鞋|东西|礼|饭|面|喜酒|剪彩|农家乐|微信|转账|心意|看病|排队)`)
	acceptRE    = regexp.MustCompile(`(收下|我收着|我收|收了|那就收|收这一回|收到了|不客气|搁这|放这|放抽屉|接过|喝两杯就喝|一定去|我就去|算我一个|蹭一口|麻烦她|麻烦他|破费|下不为例|这一回|推辞就不礼貌|买吧|搬进来|老地方|那走|走吧|抽一根|尝尝)`)
	declineRE   = regexp.MustCompile(`(不收|不能收|不要|不去|不合适|免了|收回去|揣回去|拿回去|带回去|带走|自己留|留着(给|喝|吃|自己)|好好收着|纪律|规定|退回|上交|放回|递回|锦旗|感谢信|表扬信|使不得|不行|不抽|不喝|不能接|不接|(您|你)(收着|留着|拿好|揣好)|(您|你)(自己)?收好)`)
)

// RecognizeReply analyses a trainee line as the answer to the visitor's line
// before it: a yes to an offered gift or meal ("那行,就这一回啊,礼拜六我过去")
// accepts it even when the line names no gift.
func (r *TurnRecognizer) RecognizeReply(visitor, text string) Recognition {
	rec := r.Recognize(text)
	if visitor == "" || rec.Has(FaultAcceptGift) || rec.Has(MoveRefuseGift) {
		return rec
	}
	offered := giftRE.MatchString(visitor) || offerToRE.MatchString(visitor) && giftThingRE.MatchString(visitor)
	taken := assentRE.MatchString(text) && takeRE.MatchString(text) || acceptRE.MatchString(text)
	if offered && taken && !declineRE.MatchString(text) {
		rec.Quotes[FaultAcceptGift] = firstStatement(text)
		rec.Faults = append(rec.Faults, FaultAcceptGift)
	}
	return rec
}

// Reactions: what the visitor says right after a line shows how it landed.
var (
	tookRudeRE    = regexp.MustCompile(`(什么|啥)态度|(咋|怎么)(说话|讲话)|你骂谁|凭什么骂|说话客气点|你凶什么|瞧不起人|看不起人`)
	tookPromiseRE = regexp.MustCompile(`真的[?？!！]|真能|一言为定|那敢情好|那太好了|等你的好消息|等您的好消息|等好消息`)
	tookPushRE    = regexp.MustCompile(`那我找谁|那归谁|我找谁去|踢皮球|推来推去|到底归谁|那我上哪|让我上哪`)
	pushWordRE    = regexp.MustCompile(`(不归|不管|不是我们|不是我|别处|别的地方|问问|去问|找找|没办法|管不了|不清楚|不知道|不沾边)`)
)

// Corroborate reads a trainee line again in the light of the visitor's
// reaction to it. A fault the wording only hints at is taken as made when
// the visitor plainly took it so: "真的?" after a hedge on an outcome, "你什么
// 态度" after a curt question, "那我找谁去?" after a shrug that names no
// owner. A reaction alone never makes a fault.
func (r *TurnRecognizer) Corroborate(rec Recognition, text, reaction string) Recognition {
	if reaction == "" {
		return rec
	}
	add := func(fault, quote string) {
		if rec.Has(fault) {
			return
		}
		if rec.Quotes == nil {
			rec.Quotes = map[string]string{}
		}
		rec.Quotes[fault] = quote
		rec.Faults = append(rec.Faults, fault)
	}
	kind := rec.Has(MoveEmpathy) || rec.Has(MoveReassure) || rec.Has(MoveApology) || rec.Has(MoveGreeting)
	if tookRudeRE.MatchString(reaction) && !rec.Has(FaultRude) && !kind && !strings.Contains(text, "您") {
		for _, cl := range splitClauses(text) {
			if r.isQuestion(cl) {
				add(FaultRude, cl.text)
				break
			}
		}
	}
	if tookPromiseRE.MatchString(reaction) && !rec.Has(FaultFalsePromise) && !rec.Has(MoveFirmNo) && !r.dueRE.MatchString(text) {
		for _, cl := range splitClauses(text) {
			if (r.hedgeRE.MatchString(cl.text) || r.favourRE.MatchString(cl.text)) && r.outcomeRE.MatchString(text) && !r.channelRE.MatchString(cl.text) && !r.hypoRE.MatchString(cl.text) && !r.isQuestion(cl) {
				add(FaultFalsePromise, cl.text)
				break
			}
		}
	}
	if tookPushRE.MatchString(reaction) && rec.Office == "" && !rec.Has(MoveReferral) && !rec.Has(FaultBuckPassing) {
		if m := pushWordRE.FindString(text); m != "" && !r.actRE.MatchString(text) {
			add(FaultBuckPassing, clauseWith(text, m))
		}
	}
	return rec
}

// scornful reports whether a clause is the one that showed scorn, arguing,
// blame or hurry.
func scornful(rec Recognition, clause string) bool {
	for _, f := range []string{FaultRude, FaultConfront, FaultBlame, FaultRush} {
		if q, ok := rec.Quotes[f]; ok && q == clause {
			return true
		}
	}
	return false
}

// combine derives moves that need more than one cue, and settles conflicts.
func (r *TurnRecognizer) combine(rec *Recognition, text string) {
	if rec.Date != "" && r.answerRE.MatchString(text) && !rec.Has(FaultBuckPassing) {
		rec.Quotes[MoveCommitDate] = clauseWith(text, rec.Date)
	}
	// A guess ("你上交通局还是哪儿转转看") or an office named as the one that
	// already said no ("社区都说了不给办") does not name the owner.
	guess := r.guessRE.MatchString(text) || r.refusedRE.MatchString(clauseWith(text, rec.Office))
	if rec.Office != "" && guess && rec.Has(FaultBuckPassing) {
		// keep: the visitor is still pushed away
	} else if rec.Office != "" {
		delete(rec.Quotes, FaultBuckPassing) // the owner is named
		if r.referRE.MatchString(text) {
			rec.Quotes[MoveReferral] = clauseWith(text, rec.Office)
			// Naming the owner is not buck-passing, even if the office is not ours.
			delete(rec.Quotes, FaultBuckPassing)
		}
	} else if rec.Has(FaultBuckPassing) {
		// keep
	} else if m := r.vagueRE.FindString(text); m != "" && r.pushRE.MatchString(text) {
		rec.Quotes[FaultBuckPassing] = clauseWith(text, m)
	}
	// "我们也不清楚,您再去问问?": a shrug and a push, however politely put.
	if !rec.Has(FaultBuckPassing) && rec.Office == "" && shrugRE.MatchString(text) && askElsewhereRE.MatchString(text) && !r.actRE.MatchString(text) {
		rec.Quotes[FaultBuckPassing] = clauseWith(text, shrugRE.FindString(text))
	}
	// "不是我一句话的事" says no one can bend the rule; it pushes no one away.
	if q, ok := rec.Quotes[FaultBuckPassing]; ok && strings.Contains(q, "一句话的事") {
		delete(rec.Quotes, FaultBuckPassing)
	}
	// "I don't know, but I'll ring them for you" is not pushing the visitor away.
	if rec.Has(FaultBuckPassing) && rec.Office == "" && r.actRE.MatchString(text) && !rec.Has(FaultRude) {
		delete(rec.Quotes, FaultBuckPassing)
	}
	// "不能说是你自己不想住了" clears the visitor of blame.
	if q, ok := rec.Quotes[FaultBlame]; ok && exoneratedRE.MatchString(q) {
		delete(rec.Quotes, FaultBlame)
	}
	// "你要是认为鱼苗算错了,还可以起诉" offers a channel for the visitor's
	// view; it does not dispute it.
	if q, ok := rec.Quotes[FaultConfront]; ok && ifYouThinkRE.MatchString(q) {
		delete(rec.Quotes, FaultConfront)
	}
	// "跟你上访不上访不沾边" says the visitor's petitioning changes nothing;
	// it does not push the matter away from the office.
	if q, ok := rec.Quotes[FaultBuckPassing]; ok && strings.Contains(q, "不沾边") && visitorTieRE.MatchString(q) {
		delete(rec.Quotes, FaultBuckPassing)
	}
	r.buyingPeace(rec, text)
	// Mockery by reductio ("照你这么说,下冰雹是不是也得找老天爷要钱?") is rude.
	if !rec.Has(FaultRude) {
		if m := mockRE.FindString(text); m != "" {
			rec.Quotes[FaultRude] = clauseWith(text, "这")
		}
	}
	// Open blame put as a scornful question ("吃了亏才想起来找政府?") is rude.
	if rec.Has(FaultBlame) && !rec.Has(FaultRude) {
		for _, cl := range splitClauses(text) {
			if r.isQuestion(cl) && r.rhetoricRE.MatchString(cl.text) {
				rec.Quotes[FaultRude] = cl.text
				break
			}
		}
	}
	if r.noteRE.MatchString(text) && !rec.Has(MoveReferral) && rec.Office == "" {
		rec.Quotes[MoveNextSteps] = clauseWith(text, "")
	}
	// An enumeration of the visitor's points is a restatement.
	if !rec.Has(MoveRestate) && r.enumRE.MatchString(text) && r.attribRE.MatchString(text) && rec.Runes >= 15 {
		rec.Quotes[MoveRestate] = clauseWith(text, r.enumRE.FindString(text))
	}
	if !rec.Has(MoveFirmNo) {
		if m := r.firmRE.FindString(text); m != "" {
			rec.Quotes[MoveFirmNo] = clauseWith(text, m)
		}
	}
	// "谁家闹了就给钱,这种事我这里没有": a fault denied by the next clause.
	for _, f := range []string{FaultBuyPeace, FaultRude, FaultFalsePromise} {
		if q, ok := rec.Quotes[f]; ok && deniedAfter(text, q) {
			delete(rec.Quotes, f)
		}
	}
	// A hypothetical ("我要是今天跟您说'有门'") is not a promise.
	for _, f := range []string{FaultHalfPromise, FaultFalsePromise} {
		if q, ok := rec.Quotes[f]; ok && r.hypoRE.MatchString(q) {
			delete(rec.Quotes, f)
		}
	}
	// "我再去问教育局,看能不能让学校先接收": asking the owning office
	// whether something can be done is an inquiry, not a hedge on the outcome.
	if q, ok := rec.Quotes[FaultHalfPromise]; ok && r.inquiry(text, q) {
		delete(rec.Quotes, FaultHalfPromise)
	}
	// A hedge that names an outcome ("说不定能给您补回来") is a promise in
	// all but name.
	if _, ok := rec.Quotes[FaultHalfPromise]; ok {
		for _, cl := range splitClauses(text) {
			if r.hedgeRE.MatchString(cl.text) && r.outcomeRE.MatchString(cl.text) && !r.channelRE.MatchString(cl.text) && !r.hypoRE.MatchString(cl.text) {
				rec.Quotes[FaultFalsePromise] = cl.text
				break
			}
		}
	}
	// A certain outcome ("下个月肯定批", "村里肯定给她分") is a promise,
	// unless what is certain is the office's own step ("一定给您答复").
	if !rec.Has(FaultFalsePromise) {
		for _, cl := range splitClauses(text) {
			loc := certainRE.FindStringIndex(cl.text)
			if loc == nil || negatedAt(cl.text, loc[0], 3) || ownStepRE.MatchString(cl.text) || r.dueRE.MatchString(cl.text) || r.hypoRE.MatchString(cl.text) || r.isQuestion(cl) {
				continue
			}
			rec.Quotes[FaultFalsePromise] = cl.text
			break
		}
	}
	// An outcome got through connections ("校长是我老同学,我打个招呼给免了")
	// is a promise beyond the office's power.
	if m := r.connRE.FindStringSubmatch(text); m != nil && !rec.Has(FaultFalsePromise) && !rec.Has(FaultBuyPeace) && !r.dueRE.MatchString(m[0]) {
		rec.Quotes[FaultFalsePromise] = clauseWith(text, m[2])
	}
	// A hedge about another, legitimate channel is not a half-promise on the demand.
	if q, ok := rec.Quotes[FaultHalfPromise]; ok && r.channelRE.MatchString(q) {
		delete(rec.Quotes, FaultHalfPromise)
	}
	// A promise bounded by what is due ("能办的一定给你办", "该是你的一分不少") is not false.
	if q, ok := rec.Quotes[FaultFalsePromise]; ok && r.dueRE.MatchString(q) {
		delete(rec.Quotes, FaultFalsePromise)
	}
	// A refusal of a gift is not an acceptance of it, nor is paying one's way
	// ("开张那天我去尝尝您的油条,照价给钱").
	if rec.Has(MoveRefuseGift) || payRE.MatchString(text) {
		delete(rec.Quotes, FaultAcceptGift)
	}
	// Paying the visitor for what one buys from him ("鸡蛋我按集上的价
	// 买下,给你二十块钱") is not buying peace.
	if q, ok := rec.Quotes[FaultBuyPeace]; ok && purchaseRE.MatchString(text) && !r.stopRE.MatchString(q) {
		delete(rec.Quotes, FaultBuyPeace)
	}
	// A full promise subsumes a half one.
	if rec.Has(FaultFalsePromise) {
		delete(rec.Quotes, FaultHalfPromise)
	}
	// Slogans count as officialese only when they make up the turn: two or
	// more, or one in a turn with nothing concrete in it.
	explained := r.explains(text)
	r.officialese(rec, text, explained)
	// A long plain explanation is a presentation even without the word 政策.
	if !rec.Has(MoveExplainPolicy) && explained {
		rec.Quotes[MoveExplainPolicy] = truncateRunes(firstStatement(text), 40)
	}
	// Saying who owns the matter and what they can do ("那栋楼归社区管,
	// 社区能上门看") explains how the matter is handled.
	if !rec.Has(MoveExplainPolicy) && !rec.Has(FaultBuckPassing) {
		st := r.statements(splitClauses(text))
		if m := ownerRE.FindString(st); m != "" && canDoRE.MatchString(st) {
			rec.Quotes[MoveExplainPolicy] = clauseWith(text, m)
		}
	}
	// Slogans and gift refusals are not policy explanations.
	if rec.Has(MoveExplainPolicy) && (rec.Has(FaultOfficialese) || rec.Quotes[MoveExplainPolicy] == rec.Quotes[MoveRefuseGift]) {
		delete(rec.Quotes, MoveExplainPolicy)
	}
	// "We will handle it fairly, by the policy" in a first talk is an
	// assurance, not yet a presentation of the policy.
	if rec.Has(MoveAssure) && rec.Has(MoveExplainPolicy) && !rec.Has(MoveFirmNo) && !rec.Has(MoveExample) &&
		utf8.RuneCountInString(rec.Quotes[MoveExplainPolicy]) < 15 && !explained &&
		(rec.Quotes[MoveExplainPolicy] == rec.Quotes[MoveAssure] || strings.ContainsAny(rec.Quotes[MoveExplainPolicy], "处理办对待")) {
		delete(rec.Quotes, MoveExplainPolicy)
	}
	// An explanation needs some substance.
	if rec.Has(MoveExplainPolicy) && rec.Runes < 12 && !rec.Has(MoveFirmNo) {
		delete(rec.Quotes, MoveExplainPolicy)
	}
	// "一句话说完" hurries; it does not invite the visitor to go on.
	if rec.Has(FaultRush) {
		delete(rec.Quotes, MoveEncourage)
	}
	// Greeting words and kind words inside a rude turn are not meant.
	if rec.Has(FaultRude) {
		for _, k := range []string{MoveGreeting, MoveEmpathy, MoveReassure, MoveAcknowledge, MoveEncourage} {
			delete(rec.Quotes, k)
		}
	}
}

// buyingPeace finds money, a quota, a job or a favour offered on condition
// that the visitor stops coming ("两千块,你拿了钱就别再往县上跑了"), and more
// money on top of a settlement ("再加三千").
func (r *TurnRecognizer) buyingPeace(rec *Recognition, text string) {
	if rec.Has(FaultBuyPeace) || rec.Has(MoveFirmNo) || r.dueRE.MatchString(text) {
		return
	}
	prev := ""
	for _, cl := range splitClauses(text) {
		// The visitor's own demand restated ("您认为收益没补,要求再补四十万")
		// is not an offer; the demand may be named in the clause before.
		if m := r.raiseRE.FindString(cl.text); m != "" && !r.demandRE.MatchString(prev+cl.text) && !strings.HasPrefix(cl.text, "要求") && !negatedAt(cl.text, strings.Index(cl.text, m), 4) {
			rec.Quotes[FaultBuyPeace] = cl.text
			return
		}
		prev = cl.text
	}
	// A job found for a relative through a word in the right ear.
	if r.kinJobRE.MatchString(text) && r.favourRE.MatchString(text) && !r.demandRE.MatchString(clauseWith(text, r.kinJobRE.FindString(text))) {
		rec.Quotes[FaultBuyPeace] = clauseWith(text, r.favourRE.FindString(text))
		return
	}
	// A place kept for the visitor ("给你留一个"), or a word in the right ear
	// ("校长我熟,我去打个招呼"), on condition he stops.
	m := placeRE.FindString(text)
	if m == "" {
		m = strongFavourRE.FindString(text)
	}
	if m != "" && r.stopRE.MatchString(text) && !negatedAt(text, strings.Index(text, m), 3) {
		rec.Quotes[FaultBuyPeace] = clauseWith(text, m)
		return
	}
	var offer []int
	for _, loc := range r.offerRE.FindAllStringIndex(text, -1) {
		if text[loc[0]:loc[1]] == "工作" && workDutyRE.MatchString(text[:loc[0]]) {
			continue // "做做大家的工作" is persuasion, not a job
		}
		if text[loc[0]:loc[1]] == "一块" && !strings.HasPrefix(text[loc[1]:], "钱") {
			continue // "咱俩一块儿看" is together, not one yuan
		}
		offer = loc
		break
	}
	stop := r.stopRE.FindStringIndex(text)
	if offer == nil || stop == nil || entitledRE.MatchString(text) {
		return
	}
	// "低保又不是一句话就能给的": the offer word named only to be denied.
	if negatedAt(text, offer[0], 3) || deniedAfter(text, clauseWith(text, text[offer[0]:offer[1]])) || deniedOfferRE.MatchString(clauseWith(text, text[offer[0]:offer[1]])) {
		return
	}
	rec.Quotes[FaultBuyPeace] = clauseWith(text, text[offer[0]:offer[1]])
}

// exoneratedRE clears the visitor: "不能说是你", "不怪您".
var exoneratedRE = regexp.MustCompile(`(不能说|不能算|不能怪|不怪|不算|不等于)(是)?(你|您)`)

// ifYouThinkRE is the visitor's view put as a condition: "你要是认为…".
var ifYouThinkRE = regexp.MustCompile(`(要是|如果|假如|若是|若)(您|你)?(认为|觉得)|(您|你)(要是|如果|若是)(认为|觉得)`)

// visitorTieRE ties a clause to the visitor: "跟你…", "和您…".
var visitorTieRE = regexp.MustCompile(`(跟|和|与)(你|您)`)

// mockRE is a reductio put as a question: the visitor's reasoning carried
// to an absurd conclusion.
var mockRE = regexp.MustCompile(`照(你|您)这(么|样|个)(说|讲|算|逻辑)[^。]{0,40}(是不是|难道|岂不是|那不是)[^。]{0,30}(\?|\x{ff1f})`)

// inquireRE are verbs of asking another office.
var inquireRE = regexp.MustCompile(`(问|打听|联系|协调|商量|请示|咨询|对接|沟通)`)

// inquiry reports whether a hedge ("看能不能……") reports a question the
// officer will put to a named office, in the same clause or the one before.
func (r *TurnRecognizer) inquiry(text, quote string) bool {
	cls := splitClauses(text)
	for i, cl := range cls {
		if cl.text != quote {
			continue
		}
		scope := cl.text
		if i > 0 {
			scope = cls[i-1].text + scope
		}
		return inquireRE.MatchString(scope) && r.officeRE.MatchString(scope)
	}
	return false
}

// certainRE is certainty about an outcome; ownStepRE the office's own steps,
// which may be promised.
var (
	certainRE = regexp.MustCompile(`(肯定|一定|保证|准能|铁定|绝对|百分之百|大概率|保管)[^,。]{0,10}(批|分给|分到|给(你|您|她|他)分|补给|补上|补发|退给|退到|退回|报销|全报|报了|赔给|赔偿给|涨上去|涨到|换个|换成|评上|批下来|到账|恢复|拆掉|修好|接出来|送回|认下来|解决好)`)
	ownStepRE = regexp.MustCompile(`(答复|回复|说法|核实|调查|登记|记录|转给|转到|反映|汇报|回话|打电话|通知|告知|结果|查清|弄清|讲明白|讲清楚|说清楚|说明白|讲清|按政策|按规定|依法|符合条件|够条件|认真对待|认真处理|认真办|记下|记好|记着)`)
)

// shrugRE admits not knowing; askElsewhereRE sends the visitor to ask again.
var (
	shrugRE        = regexp.MustCompile(`(我|我们)(也)?不(是)?(特别|太|很|大)?(清楚|了解|知道)`)
	askElsewhereRE = regexp.MustCompile(`(再去|去|你|您|别处|别的地方)[^,。]{0,4}(问问|打听打听|问去)`)
)

// ownerRE says who owns a matter; canDoRE what someone can do about it.
var (
	ownerRE = regexp.MustCompile(`归[^,。]{1,12}管|(由|是)[^,。]{1,10}负责|[^,。]{1,10}的事(归|找|由)`)
	canDoRE = regexp.MustCompile(`(能|可以|会)(帮|上门|看|协调|处理|解决|管|办|调解|出面)`)
)

// payRE is paying one's own way.
var payRE = regexp.MustCompile(`照价|付钱|给钱|自己花钱|自己掏钱|我请客|我来付|AA`)

// deniedOfferRE is a clause that names a benefit only to deny it.
var deniedOfferRE = regexp.MustCompile(`(又|也|并|可)不是[^,。]{0,12}(能给|就给|能批|就批|能办|给得了)|给不了|不能给|没法给|不能因为[^。]{0,16}就[^。]{0,4}(给|加|批)`)

// purchaseRE is the officer buying something at its price.
var purchaseRE = regexp.MustCompile(`(照|按)[^,。]{0,6}价[^,。]{0,4}买|买下|照价|市价`)

// strongFavourRE is a word in the right ear, not an ordinary call.
var strongFavourRE = regexp.MustCompile(`打个?招呼|递个?话|塞进去|弄进去|走个?后门`)

// entitledRE marks help the visitor is entitled to apply for: offering it is
// not buying peace.
var entitledRE = regexp.MustCompile(`符合|够条件|条件够|(你|您)[^,。]{0,4}申请`)

// placeRE is a place or a favour kept for someone.
var placeRE = regexp.MustCompile(`(给(你|您|你家|您家)[^,。]{0,4}(留一个|留个|留着|安排个|安排一个)|先给(你|您)(留|安排)|塞进去|弄进去)`)

// workDutyRE ends the text before 工作 when it means persuading people or
// doing one's job ("做做大家的工作", "我们的工作"), not a job offered.
var workDutyRE = regexp.MustCompile(`(做|做做|的|思想|本职|日常)$`)

// officialese keeps the officialese fault only when stock phrases make up the
// turn: two or more kinds of slogan, or one in a turn with nothing concrete
// in it (no date, office, figure, example, restatement, question or hand-over).
func (r *TurnRecognizer) officialese(rec *Recognition, text string, explained bool) {
	families, quote := 0, ""
	for _, c := range r.slogans {
		if m := c.find(text); m != "" {
			families++
			if quote == "" {
				quote = clauseWith(text, m)
			}
		}
	}
	words := 0
	for _, w := range r.cues[FaultOfficialese][0].words {
		if strings.Contains(text, w) {
			words++
		}
	}
	hits := max(families, words)
	if hits == 0 {
		delete(rec.Quotes, FaultOfficialese)
		return
	}
	concrete := rec.Date != "" || rec.Office != "" || rec.Has(MoveExample) || rec.Has(MoveRestate) || explained ||
		rec.Has(MoveFirmNo) || rec.Has(MoveSpecificQ) || r.figureRE.MatchString(text) || r.handoffRE.MatchString(text)
	if hits < 2 && concrete {
		delete(rec.Quotes, FaultOfficialese)
		return
	}
	if !rec.Has(FaultOfficialese) {
		rec.Quotes[FaultOfficialese] = quote
	}
}

func (r *TurnRecognizer) match(c cue, text string) bool {
	if c.re != nil {
		loc := c.re.FindStringIndex(text)
		if loc == nil {
			return false
		}
		return !c.negatable || !negatedAt(text, loc[0], c.window()) && !denied(text)
	}
	for _, w := range c.words {
		i := strings.Index(text, w)
		for i >= 0 {
			if !c.negatable || !negatedAt(text, i, c.window()) && !denied(text) {
				return true
			}
			next := strings.Index(text[i+len(w):], w)
			if next < 0 {
				break
			}
			i += len(w) + next
		}
	}
	return false
}

// find returns the first text the cue matches, ignoring negation; "" if none.
func (c cue) find(text string) string {
	if c.re != nil {
		return c.re.FindString(text)
	}
	for _, w := range c.words {
		if strings.Contains(text, w) {
			return w
		}
	}
	return ""
}

func (c cue) window() int {
	if c.near {
		return 2
	}
	return 4
}

// denied reports whether a clause disowns what follows: "我不是说……".
func denied(text string) bool {
	for _, p := range []string{"我不是说", "不是说", "并不是说", "我没说", "我没有说", "不是我说"} {
		if strings.HasPrefix(text, p) {
			return true
		}
	}
	return false
}

// unsaidRE disowns what follows in the clause: "我不能跟您说一定赔" promises
// nothing, however far the negation stands from the promise.
var unsaidRE = regexp.MustCompile(`(不能|不敢|没法|无法|不好|不会|不可能|没有|没)(跟|给|向|对|和)?(您|你)(们)?(说|讲|打包票|打保票|保证|承诺|许诺|答应)|(不能|不敢|没法|无法)(说|讲|保证|打包票|打保票|承诺|许诺|答应)`)

// negatedAt reports whether a negator stands within window characters before
// byte offset i, or the clause disowns what follows ("我不能跟您说……").
func negatedAt(text string, i, window int) bool {
	before := text[:i]
	if unsaidRE.MatchString(before) {
		return true
	}
	for _, q := range []string{"有没有", "是不是", "能不能", "会不会", "行不行", "可不可以", "要不要", "给不给"} {
		before = strings.ReplaceAll(before, q, "　　　")
	}
	start := len(before)
	for n := 0; n < window && start > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(before[:start])
		start -= size
	}
	span := before[start:]
	for _, n := range negatorList {
		if strings.Contains(span, n) {
			return true
		}
	}
	return false
}

type speechClause struct {
	text  string
	punct rune // the punctuation that closed it, 0 at the end
}

// splitClauses splits text at sentence and clause punctuation.
func splitClauses(text string) []speechClause {
	var out []speechClause
	var b strings.Builder
	flush := func(p rune) {
		s := strings.TrimSpace(b.String())
		if s != "" {
			out = append(out, speechClause{text: s, punct: p})
		}
		b.Reset()
	}
	for _, r := range text {
		switch r {
		case '。', '!', '\uff01', '?', '\uff1f', ';', '\uff1b', '\n', '…':
			flush(r)
		case ',', '\uff0c', '、', '~', '\uff5e', '\uff1a', ':':
			flush(r)
		default:
			b.WriteRune(r)
		}
	}
	flush(0)
	return out
}

func (r *TurnRecognizer) isQuestion(cl speechClause) bool {
	if cl.punct == '?' || cl.punct == '\uff1f' {
		return true
	}
	t := strings.TrimRightFunc(cl.text, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
	if strings.HasSuffix(t, "吗") || strings.HasSuffix(t, "呢") || strings.HasSuffix(t, "没有") {
		return true
	}
	return false
}

// specific reports whether a question clause asks about a particular detail
// rather than being small talk, about identity, a check or an open invitation.
func (r *TurnRecognizer) specific(cl speechClause) bool {
	if !r.qWordRE.MatchString(cl.text) && cl.punct != '?' && cl.punct != '\uff1f' {
		return false
	}
	if utf8.RuneCountInString(cl.text) <= 3 || r.tagRE.MatchString(cl.text) {
		return false // 是吧? 对吧? 好吗?
	}
	if !r.qWordRE.MatchString(cl.text) && utf8.RuneCountInString(cl.text) <= 6 {
		return false // an echo of the visitor's word: "安排工作?"
	}
	for _, key := range []string{MoveAskIdentity, MoveSmallTalk, MoveCheckRestate, MoveClarify, MoveOpenQuestion, MoveSeat, MoveGreeting, MoveEncourage} {
		for _, c := range r.cues[key] {
			if r.match(c, cl.text) {
				return false
			}
		}
	}
	return true
}

// deniedAfter reports whether the clause after quote denies it, as in
// "谁家闹了就给钱,这种事我这里没有".
func deniedAfter(text, quote string) bool {
	cls := splitClauses(text)
	for i, cl := range cls {
		if cl.text == quote && i+1 < len(cls) {
			next := cls[i+1].text
			if strings.HasPrefix(next, "这") || strings.HasPrefix(next, "那") {
				for _, d := range []string{"没有", "不会", "不行", "不可能", "办不到", "不存在", "不允许"} {
					if strings.Contains(next, d) {
						return true
					}
				}
			}
		}
	}
	return false
}

// explainRE marks sentences that explain how something works.
const explainMarkers = `(归.{1,10}管|有权|责令|负责|按|统一|一样|能做的|可以|要查|要看|得让|都得|必须|不能例外|谁家都|因为|所以|就是说|是这样的|国家|县里|省里|市里|制度|保险|补贴|补助|标准|条件|只有|才能|就能|手续|程序|流程|合同|协议|法院|判决|法律|责任|按照|依照|根据|一般|规定|要求|属于|算|分为|两种|一种是|先.{1,12}再|如果|要是|的话|不管|无论)`

// explains reports whether the statements of a turn amount to an explanation:
// at least 30 characters outside questions, with explanatory markers.
func (r *TurnRecognizer) explains(text string) bool {
	n, marks := 0, 0
	for _, cl := range splitClauses(text) {
		if r.isQuestion(cl) {
			continue
		}
		n += utf8.RuneCountInString(cl.text)
		marks += len(r.explainRE.FindAllString(cl.text, -1))
	}
	return n >= 30 && marks >= 2
}

func firstStatement(text string) string {
	for _, cl := range splitClauses(text) {
		if cl.punct != '?' && cl.punct != '\uff1f' {
			return cl.text
		}
	}
	return text
}

func truncateRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// statements joins the clauses that are not questions.
func (r *TurnRecognizer) statements(clauses []speechClause) string {
	var b strings.Builder
	for _, cl := range clauses {
		if !r.isQuestion(cl) {
			b.WriteString(cl.text)
			b.WriteString("\u3002")
		}
	}
	return b.String()
}

// officeBoundary are characters that end an office name when reading backwards.
const officeBoundary = "归找去到给由向是在和与的跟问请联系转交让把被对这那个您你他她我们就再先都也还要得可以能年月日天今昨过了么吗"

// findOffice returns the first office named in text, e.g. 县人社局 in 这事归县人社局管.
func (r *TurnRecognizer) findOffice(text string) string {
	loc := r.officeRE.FindStringSubmatchIndex(text)
	if loc == nil {
		return ""
	}
	suffixStart, end := loc[4], loc[5]
	start := suffixStart
	for n := 0; n < 6 && start > 0; n++ {
		ch, size := utf8.DecodeLastRuneInString(text[:start])
		if !unicode.Is(unicode.Han, ch) || strings.ContainsRune(officeBoundary, ch) {
			break
		}
		start -= size
	}
	return text[start:end]
}

func clauseWith(text, part string) string {
	for _, cl := range splitClauses(text) {
		if part == "" || strings.Contains(cl.text, part) {
			return cl.text
		}
	}
	return text
}
