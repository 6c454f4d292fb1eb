package main

import (
	"context"
	"testing"

	"receptioncoach/scenarios"
)

// TestScorerAgreesWithTrainer guards the scorer against regressions on the
// hand-labelled development set. The floors sit below the measured figures
// (coach eval-score prints them); they are not the targets.
func TestScorerAgreesWithTrainer(t *testing.T) {
	talks, err := loadLabelled("../../testdata/talks")
	if err != nil {
		t.Fatal(err)
	}
	lib, err := scenarios.Open("")
	if err != nil {
		t.Fatal(err)
	}
	ev, _, err := evaluateScoring(context.Background(), lib, talks)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("rho %.3f, violation F1 %.3f, stage accuracy %.3f over %d talks", ev.Spearman, ev.F1, ev.StageAccuracy, ev.Talks)
	if ev.Talks < 40 {
		t.Errorf("only %d labelled talks", ev.Talks)
	}
	if ev.Spearman < 0.85 || ev.F1 < 0.85 || ev.StageAccuracy < 0.85 {
		t.Errorf("scorer regressed: rho %.3f, F1 %.3f, stage accuracy %.3f", ev.Spearman, ev.F1, ev.StageAccuracy)
	}
	if ev.Spearman <= ev.BaselineNin || ev.Spearman <= ev.BaselineTurns {
		t.Errorf("scorer (rho %.3f) does not beat counting 您 (%.3f) or turns (%.3f)", ev.Spearman, ev.BaselineNin, ev.BaselineTurns)
	}
}
