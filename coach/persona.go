package coach

// Persona is one of the nine visitor types the simulator plays.
type Persona string

// The nine personas: five by attitude, four by temperament.
const (
	PersonaConfused    Persona = "confused"    // 带着疑惑
	PersonaResentful   Persona = "resentful"   // 带着怨气
	PersonaPestering   Persona = "pestering"   // 无理缠访
	PersonaUnwell      Persona = "unwell"      // 精神有问题
	PersonaVeteran     Persona = "veteran"     // 信访油子
	PersonaCholeric    Persona = "choleric"    // 胆汁质
	PersonaSanguine    Persona = "sanguine"    // 多血质
	PersonaPhlegmatic  Persona = "phlegmatic"  // 黏液质
	PersonaMelancholic Persona = "melancholic" // 抑郁质
)

// PersonaInfo describes a persona for people: its Chinese name, who it is and
// the approach that works with it.
type PersonaInfo struct {
	Key      Persona `json:"key"`
	Name     string  `json:"name"`
	Who      string  `json:"who"`
	Approach string  `json:"approach"`
	Avoid    string  `json:"avoid"`
}

// Personas returns the nine personas in display order.
func Personas() []PersonaInfo {
	return []PersonaInfo{
		{PersonaConfused, "带着疑惑", "来问一项没弄懂的政策,文化程度不高", "耐心用大白话讲,多举身边的例子、打比方", "满口术语、照本宣科、不耐烦"},
		{PersonaResentful, "带着怨气", "曾经或至今受过不公对待,多半年纪大、身体差", "让他把话说完、把气撒出来,表示同情理解,再给明确答复", "顶嘴、打断、冷冰冰走程序"},
		{PersonaPestering, "无理缠访", "诉求没有政策依据,一次次来,抓住一点口风就不放", "一次说清,每次口径一致,不暗示、不留半句话,关心其本人", "“我看看能不能想办法”、今天一个说法明天一个说法"},
		{PersonaUnwell, "精神有问题", "说话颠三倒四,或认准一个念头", "听着、顺着答应着,千万别呛着,保证安全、稳住情绪", "争辩、纠正、嘲笑"},
		{PersonaVeteran, "信访油子", "信奉“大闹大解决”,试探能不能要到钱或好处", "按政策解释,冷静而坚定,不花钱买平安,不私下许好处", "给钱了事、特殊照顾、许诺补偿"},
		{PersonaCholeric, "胆汁质", "冲动、精力旺盛、爱压人一头", "话说长说透,耐心劝导,不以火对火", "针锋相对、三言两语打发"},
		{PersonaSanguine, "多血质", "开朗活泼、好接近,但看问题容易片面", "用政策法律循循善诱,帮他看到事情全貌", "只顺着说、不讲全面"},
		{PersonaPhlegmatic, "黏液质", "沉稳专注、有责任心,反应慢", "给足思考和回答的时间,不催促,热情诚恳", "催促、以冷对冷"},
		{PersonaMelancholic, "抑郁质", "谨小慎微、消极退缩、闷闷不乐", "认真听完,心平气和、好言相劝,给合情合理的解答", "当面指责、火上浇油"},
	}
}

// Info returns the description of p and whether p is a known persona.
func (p Persona) Info() (PersonaInfo, bool) {
	for _, info := range Personas() {
		if info.Key == p {
			return info, true
		}
	}
	return PersonaInfo{}, false
}

// Valid reports whether p is one of the nine personas.
func (p Persona) Valid() bool {
	_, ok := p.Info()
	return ok
}
