package knowledge

import (
	"context"
	"path/filepath"
	"testing"

	"receptioncoach/coach"
)

// benchQueries are colloquial questions of the kind trainees type.
var benchQueries = []string{
	"来访人一进门就大吵大闹怎么办", "傾聽階段要注意什麼", "老上访户缠着不走", "能不能先答应他的要求",
	"集体访选几个代表", "怎么判断上访人说的真假", "脾气火爆的来访者怎么谈", "回访要做什么",
}

func BenchmarkSearch(b *testing.B) {
	l := mustOpen(b, Config{Corpora: []string{corpusDir(b)}})
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := l.Search(ctx, benchQueries[i%len(benchQueries)], 5); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHint(b *testing.B) {
	l := mustOpen(b, Config{Corpora: []string{corpusDir(b)}})
	ctx := context.Background()
	q := coach.HintQuery{Stage: coach.StageListening, Persona: coach.PersonaResentful, VisitorLine: "我在厂里干了二十年,说下放就下放,这口气我咽不下去!"}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := l.Hint(ctx, q, 3); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpenReuse is opening the persisted index when nothing changed
// (what coach serve does at every start).
func BenchmarkOpenReuse(b *testing.B) {
	cfg := Config{Dir: filepath.Join(b.TempDir(), "index"), Corpora: []string{corpusDir(b)}, Logger: quietLogger()}
	l := mustOpen(b, cfg)
	l.Close()
	for b.Loop() {
		l, err := Open(context.Background(), cfg)
		if err != nil {
			b.Fatal(err)
		}
		if !l.Stats().Reused {
			b.Fatal("index rebuilt")
		}
		l.Close()
	}
}

// BenchmarkOpenBuild is building the in-memory index from the texts.
func BenchmarkOpenBuild(b *testing.B) {
	cfg := Config{Corpora: []string{corpusDir(b)}, Logger: quietLogger()}
	for b.Loop() {
		l, err := Open(context.Background(), cfg)
		if err != nil {
			b.Fatal(err)
		}
		l.Close()
	}
}
