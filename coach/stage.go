package coach

// Stage is one of the six stages of the reception technique.
type Stage string

// The six stages, in the order a good talk moves through them.
const (
	StageIntroduction Stage = "introduction" // 导入
	StageFirstTalk    Stage = "first_talk"   // 初谈
	StageListening    Stage = "listening"    // 倾听
	StagePresentation Stage = "presentation" // 陈述
	StageSummary      Stage = "summary"      // 归纳
	StageCoordination Stage = "coordination" // 协调
)

// Stages returns the six stages in order.
func Stages() []Stage {
	return []Stage{StageIntroduction, StageFirstTalk, StageListening, StagePresentation, StageSummary, StageCoordination}
}

// Order returns the stage's position (0–5), or -1 for an unknown stage.
func (s Stage) Order() int {
	for i, st := range Stages() {
		if st == s {
			return i
		}
	}
	return -1
}

// Valid reports whether s is one of the six stages.
func (s Stage) Valid() bool { return s.Order() >= 0 }

// Name returns the stage's Chinese name.
func (s Stage) Name() string {
	switch s {
	case StageIntroduction:
		return "导入"
	case StageFirstTalk:
		return "初谈"
	case StageListening:
		return "倾听"
	case StagePresentation:
		return "陈述"
	case StageSummary:
		return "归纳"
	case StageCoordination:
		return "协调"
	}
	return string(s)
}
