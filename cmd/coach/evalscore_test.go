package main

import (
	"context"
	"testing"

	"receptioncoach/coach"
	"receptioncoach/scenarios"
)

// TestScorerAgreesWithTrainer guards the scorer against regressions on the
// hand-labelled sets it was tuned on. The floors sit below the measured
// figures (coach eval-score --dir DIR prints them); they are not the targets.
// A held-out set joins this table only after its one measurement (see
// testdata/README.md). Since session 4 every set here is also training
// data of the learned fault model, so these figures are in-sample.
func TestScorerAgreesWithTrainer(t *testing.T) {
	lib, err := scenarios.Open("")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		dir       string
		minTalks  int
		rho, f1   float64
		stageRate float64
	}{
		{"talks", 60, 0.90, 0.95, 0.88},
		{"talks-holdout", 25, 0.90, 0.90, 0.84},
		{"talks-train", 55, 0.90, 0.92, 0.88},
		{"talks-fresh", 33, 0.90, 0.90, 0.87},
		{"talks-fresh2", 25, 0.90, 0.85, 0.87},
		{"talks-train2", 38, 0.88, 0.88, 0.90},
		{"talks-fresh3", 28, 0.84, 0.45, 0.85},
		{"talks-fresh4", 30, 0.85, 0.70, 0.83},
		{"talks-train3", 34, 0.88, 0.80, 0.86},
		{"talks-fresh5", 30, 0.86, 0.82, 0.83},
		{"talks-train4", 34, 0.90, 0.85, 0.83},
		{"talks-fresh6", 30, 0.90, 0.86, 0.88},
		{"talks-train5", 34, 0.88, 0.88, 0.90},
		{"talks-train6", 38, 0.88, 0.82, 0.92},
		{"talks-fresh7", 34, 0.94, 0.82, 0.94},
		{"talks-fresh8", 34, 0.82, 0.85, 0.92},
		{"talks-fresh9", 34, 0.90, 0.86, 0.90},
		{"talks-fresh10", 34, 0.92, 0.85, 0.90},
		{"talks-fresh11", 34, 0.86, 0.80, 0.92},
		{"talks-fresh12", 34, 0.92, 0.85, 0.90},
		{"talks-fresh13", 34, 0.90, 0.85, 0.92},
		{"talks-fresh14", 34, 0.92, 0.84, 0.91},
		{"talks-fresh15", 34, 0.90, 0.82, 0.92},
		{"talks-fresh16", 34, 0.87, 0.86, 0.93},
		{"talks-fresh17", 34, 0.92, 0.84, 0.95},
		{"talks-fresh18", 34, 0.91, 0.79, 0.93},
		{"talks-fresh19", 34, 0.89, 0.88, 0.90},
		{"talks-fresh20", 34, 0.92, 0.84, 0.93},
		{"talks-fresh21", 34, 0.91, 0.80, 0.92},
		{"talks-fresh22", 34, 0.89, 0.82, 0.90},
		{"talks-fresh23", 34, 0.87, 0.85, 0.90},
		{"talks-fresh24", 34, 0.89, 0.76, 0.94},
		{"talks-fresh25", 34, 0.87, 0.75, 0.92},
		{"talks-fresh26", 34, 0.91, 0.85, 0.93},
		{"talks-fresh27", 34, 0.91, 0.85, 0.94},
		{"talks-fresh28", 34, 0.91, 0.87, 0.95},
		{"talks-fresh29", 34, 0.91, 0.88, 0.91},
		{"talks-fresh30", 34, 0.91, 0.86, 0.94},
		{"talks-fresh31", 34, 0.92, 0.90, 0.93},
		{"talks-fresh32", 34, 0.93, 0.85, 0.91},
		{"talks-fresh33", 34, 0.89, 0.85, 0.90},
		{"talks-fresh34", 34, 0.87, 0.78, 0.91},
		{"talks-fresh35", 34, 0.87, 0.75, 0.93},
		{"talks-fresh36", 34, 0.89, 0.79, 0.88},
		{"talks-fresh37", 34, 0.87, 0.77, 0.87},
		{"talks-fresh38", 34, 0.94, 0.88, 0.89},
		{"talks-fresh39", 34, 0.93, 0.77, 0.90},
		{"talks-fresh40", 34, 0.87, 0.84, 0.93},
		{"talks-fresh41", 34, 0.89, 0.82, 0.91},
		{"talks-fresh42", 34, 0.90, 0.86, 0.90},
		{"talks-fresh43", 34, 0.91, 0.90, 0.87},
		{"talks-fresh44", 34, 0.92, 0.89, 0.93},
		{"talks-fresh45", 34, 0.87, 0.84, 0.93},
		{"talks-fresh46", 34, 0.91, 0.86, 0.90},
		{"talks-fresh47", 34, 0.92, 0.89, 0.92},
		{"talks-fresh48", 34, 0.90, 0.92, 0.91},
		{"talks-fresh49", 34, 0.92, 0.95, 0.91},
		{"talks-fresh50", 34, 0.91, 0.97, 0.93},
		{"talks-fresh51", 34, 0.88, 0.90, 0.92},
		{"talks-fresh52", 34, 0.91, 0.93, 0.90},
		{"talks-fresh53", 34, 0.92, 0.90, 0.89},
		{"talks-fresh54", 34, 0.92, 0.93, 0.90}, // F1 floor 0.95 -> 0.93 in session 13: the retrain on fresh55-62 moved this in-sample set 0.984 -> 0.939 (two extra flags in bad talks); out of fold unchanged
		{"talks-fresh55", 34, 0.92, 0.93, 0.92},
		{"talks-fresh56", 34, 0.89, 0.88, 0.89},
		{"talks-fresh57", 34, 0.90, 0.91, 0.93},
		{"talks-fresh58", 34, 0.87, 0.92, 0.93},
		{"talks-fresh59", 34, 0.91, 0.91, 0.91},
		{"talks-fresh61", 34, 0.92, 0.90, 0.92},
		{"talks-fresh62", 34, 0.89, 0.93, 0.94},
		{"talks-fresh60", 34, 0.90, 0.89, 0.92},
		{"talks-fresh63", 34, 0.91, 0.93, 0.92},
		{"talks-fresh64", 34, 0.87, 0.91, 0.91},
		{"talks-fresh65", 34, 0.89, 0.96, 0.89},
		{"talks-fresh66", 34, 0.89, 0.86, 0.90},
		{"talks-fresh67", 34, 0.82, 0.92, 0.88},
		{"talks-fresh68", 34, 0.93, 0.93, 0.91},
		{"talks-fresh69", 34, 0.91, 0.93, 0.91},
		{"talks-fresh70", 34, 0.93, 0.92, 0.92},
		{"talks-fresh71", 34, 0.91, 0.92, 0.94},
		{"talks-fresh72", 34, 0.87, 0.89, 0.93},
		{"talks-fresh73", 34, 0.89, 0.95, 0.90},
		{"talks-fresh74", 34, 0.91, 0.92, 0.90},
		{"talks-fresh75", 34, 0.89, 0.92, 0.93},
		{"talks-fresh76", 34, 0.92, 0.94, 0.93},
		{"talks-fresh77", 34, 0.90, 0.95, 0.93},
		{"talks-fresh78", 34, 0.89, 0.95, 0.92},
		{"talks-fresh79", 34, 0.85, 0.94, 0.92},
		{"talks-fresh80", 34, 0.92, 0.90, 0.90},
		{"talks-fresh81", 34, 0.91, 0.94, 0.94},
		{"talks-fresh82", 34, 0.83, 0.94, 0.94},
		{"talks-fresh83", 34, 0.89, 0.93, 0.89},
		{"talks-fresh84", 34, 0.91, 0.87, 0.94},
		{"talks-fresh85", 34, 0.91, 0.92, 0.91},
	}
	for _, tt := range tests {
		t.Run(tt.dir, func(t *testing.T) {
			talks, err := loadLabelled("../../testdata/" + tt.dir)
			if err != nil {
				t.Fatal(err)
			}
			ev, _, err := evaluateScoring(context.Background(), lib, coach.NewTurnRecognizer(), talks)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("rho %.3f, violation F1 %.3f, stage accuracy %.3f over %d talks", ev.Spearman, ev.F1, ev.StageAccuracy, ev.Talks)
			if ev.Talks < tt.minTalks {
				t.Errorf("only %d labelled talks", ev.Talks)
			}
			if ev.Spearman < tt.rho || ev.F1 < tt.f1 || ev.StageAccuracy < tt.stageRate {
				t.Errorf("scorer regressed: rho %.3f (floor %.2f), F1 %.3f (floor %.2f), stage accuracy %.3f (floor %.2f)",
					ev.Spearman, tt.rho, ev.F1, tt.f1, ev.StageAccuracy, tt.stageRate)
			}
			if ev.Spearman <= ev.BaselineNin || ev.Spearman <= ev.BaselineTurns {
				t.Errorf("scorer (rho %.3f) does not beat counting 您 (%.3f) or turns (%.3f)", ev.Spearman, ev.BaselineNin, ev.BaselineTurns)
			}
		})
	}
}
