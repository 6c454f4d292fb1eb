package knowledge

import (
	"context"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"receptioncoach/coach"
)

// Words that describe each stage and each persona, searched when a hint is
// asked for that stage or visitor type.
var (
	stageHintWords = map[coach.Stage]string{
		coach.StageIntroduction: "导入 问候 寒暄 让座 欢迎话",
		coach.StageFirstTalk:    "初谈 表态 政策依据 言辞适度",
		coach.StageListening:    "倾听 聆听 记录 打断 询问 定心话",
		coach.StagePresentation: "陈述 讲清政策 解释 群众语言",
		coach.StageSummary:      "归纳 复述 核对 梳理",
		coach.StageCoordination: "协调 答复 解决 转办 希望话",
	}
	personaHintWords = map[coach.Persona]string{
		coach.PersonaConfused:    "带着疑惑 通俗易懂 打比方 群众语言",
		coach.PersonaResentful:   "带着怨气 委屈 发泄 同情 理解",
		coach.PersonaPestering:   "无理缠访 口径一致 说法一致",
		coach.PersonaUnwell:      "精神有问题 顺着 呛着",
		coach.PersonaVeteran:     "信访油子 花钱买平安 大闹大解决",
		coach.PersonaCholeric:    "胆汁质 冲动 暴躁",
		coach.PersonaSanguine:    "多血质 开朗 片面",
		coach.PersonaPhlegmatic:  "黏液质 操之过急 以冷对冷",
		coach.PersonaMelancholic: "抑郁质 谨小慎微 公开责备",
	}
)

// Weights of the parts of a hint query.
const (
	weightTopic       = 1.5
	weightVisitorLine = 0.6
	weightTraineeLine = 0.3
	weightStageWords  = 0.5
	weightPersonaWord = 0.5
	boostStageTag     = 2.0
	boostPersonaTag   = 2.0
	// With a topic (the report asking about a fault or a gap), the topic
	// decides: the stage and visitor words are left out and their tags
	// only break ties.
	tagScaleWithTopic = 0.2
	maxLineRunes      = 200
)

// Hint returns up to k passages fitted to a moment of a talk: the current
// stage, the visitor type, the visitor's last line and, for the report, a
// topic such as a fault. Cards and document passages alternate, a card
// first; passages tagged with the stage or visitor type rank higher.
func (l *Library) Hint(ctx context.Context, hq coach.HintQuery, k int) ([]coach.Passage, error) {
	if hq.Stage != "" && !hq.Stage.Valid() {
		return nil, coach.Errorf(coach.EINVALID, "未知的阶段 %q", hq.Stage)
	}
	if hq.Persona != "" && !hq.Persona.Valid() {
		return nil, coach.Errorf(coach.EINVALID, "未知的来访人类型 %q", hq.Persona)
	}
	topic := lastRunes(strings.TrimSpace(hq.Topic), maxLineRunes)
	visitor := lastRunes(strings.TrimSpace(hq.VisitorLine), maxLineRunes)
	trainee := lastRunes(strings.TrimSpace(hq.TraineeLine), maxLineRunes)
	if hq.Stage == "" && hq.Persona == "" && topic == "" && visitor == "" && trainee == "" {
		return nil, coach.Errorf(coach.EINVALID, "提示需要阶段、来访人类型、话题或对话内容中的至少一项")
	}
	k = clampK(k)
	tagScale := 1.0
	if topic != "" {
		tagScale = tagScaleWithTopic
	}

	tw := l.newTermWeights(boostTitleHint)
	var terms []string
	add := func(text string, weight float64) {
		if text == "" {
			return
		}
		a := l.analyse(text, weight)
		tw.add(a)
		terms = append(terms, a.terms()...)
	}
	add(topic, weightTopic)
	add(visitor, weightVisitorLine)
	add(trainee, weightTraineeLine)
	clauses := []query.Query{}
	if hq.Stage != "" {
		if topic == "" {
			add(stageHintWords[hq.Stage], weightStageWords)
		}
		tq := bleve.NewTermQuery(string(hq.Stage))
		tq.SetField(fieldStages)
		tq.SetBoost(boostStageTag * tagScale)
		clauses = append(clauses, tq)
	}
	if hq.Persona != "" {
		if topic == "" {
			add(personaHintWords[hq.Persona], weightPersonaWord)
		}
		tq := bleve.NewTermQuery(string(hq.Persona))
		tq.SetField(fieldPersonas)
		tq.SetBoost(boostPersonaTag * tagScale)
		clauses = append(clauses, tq)
	}
	q := query.NewDisjunctionQuery(append(tw.clauses(), clauses...))

	// One search usually yields enough of both kinds; a filtered search
	// fills up a kind that fell short.
	size := 4*k + 12
	all, err := l.find(ctx, q, "", size)
	if err != nil {
		return nil, err
	}
	var cards, docs []hit
	for _, h := range all {
		if h.p.Card {
			cards = append(cards, h)
		} else {
			docs = append(docs, h)
		}
	}
	if len(all) == size {
		if len(cards) < k {
			if cards, err = l.find(ctx, q, kindCard, k); err != nil {
				return nil, err
			}
		}
		if len(docs) < k {
			if docs, err = l.find(ctx, q, kindDoc, k); err != nil {
				return nil, err
			}
		}
	}
	out := make([]coach.Passage, 0, k)
	for i := 0; len(out) < k && (i < len(cards) || i < len(docs)); i++ {
		if i < len(cards) {
			out = append(out, passageOf(cards[i], terms))
		}
		if i < len(docs) && len(out) < k {
			out = append(out, passageOf(docs[i], terms))
		}
	}
	return out, nil
}

// lastRunes keeps the last n runes of s: the end of a long line is the
// freshest part of it.
func lastRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[len(r)-n:])
}
