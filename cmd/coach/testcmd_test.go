package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var summaryLineRE = regexp.MustCompile(`(?m)^([0-9]+) passed, ([0-9]+) failed$`)

func TestTestCommand(t *testing.T) {
	good := "../../scenarios/testdata/good/good-minimal.yaml"
	src, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	// The same talks with an expectation the rude talk cannot meet.
	failing := strings.Replace(string(src), "violations: [rude, buck_passing]", "violations: [rude, buck_passing]\n      ending: satisfied", 1)
	failing = strings.Replace(failing, "id: good-minimal", "id: failing", 1)
	if err := os.WriteFile(filepath.Join(dir, "failing.yaml"), []byte(failing), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "broken.yaml"), []byte("id: [x\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	code, out, errs := runCmd(t, "", "test", good)
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	if !strings.Contains(out, "PASS good-minimal/耐心倾听、问出欠条、指明部门\n") || !strings.HasSuffix(out, "2 passed, 0 failed\n") {
		t.Fatalf("output:\n%s", out)
	}

	code, out, errs = runCmd(t, "", "test", "-v", dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1: %s", code, out)
	}
	if !regexp.MustCompile(`(?m)^FAIL failing/催促推诿训斥: ending (storm_out|escalate|open)[^,]*, want satisfied$`).MatchString(out) {
		t.Fatalf("no FAIL line with the actual ending:\n%s", out)
	}
	if !strings.Contains(out, "    接访: 什么事?快说。") {
		t.Fatalf("-v does not print the failing talk:\n%s", out)
	}
	if !strings.Contains(errs, "broken.yaml:1:") {
		t.Fatalf("the broken file is not reported: %s", errs)
	}
	m := summaryLineRE.FindStringSubmatch(out)
	if m == nil || m[1] != "1" || m[2] != "2" {
		t.Fatalf("summary line: %v\n%s", m, out)
	}

	code, out, _ = runCmd(t, "", "test", "--json", good)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var last map[string]int
	if code != 0 || len(lines) != 3 || json.Unmarshal([]byte(lines[2]), &last) != nil || last["passed"] != 2 {
		t.Fatalf("--json: exit %d\n%s", code, out)
	}
}

// TestTestCommandBuiltins runs every built-in scenario's test talks.
func TestTestCommandBuiltins(t *testing.T) {
	code, out, errs := runCmd(t, "", "test")
	m := summaryLineRE.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no summary line:\n%s%s", out, errs)
	}
	if code != 0 || m[2] != "0" {
		t.Fatalf("exit %d:\n%s", code, out)
	}
}
