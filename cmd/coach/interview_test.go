package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// interviewCmd runs `coach interview ARGS` and returns stdout, stderr and the error.
func interviewCmd(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut, getenv: func(string) string { return "" }}
	err := runInterview(context.Background(), e, args)
	return out.String(), errOut.String(), err
}

// TestInterviewEval prints the Spearman figure and guards it from falling.
func TestInterviewEval(t *testing.T) {
	out, _, err := interviewCmd(t, "", "eval", "--dir", filepath.Join("..", "..", "testdata", "interview"), "--json")
	if err != nil {
		t.Fatal(err)
	}
	var rep evalReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if testing.Verbose() {
		for _, r := range rep.Rows {
			t.Logf("%-20s %-8s label %3d score %3d %v", r.Question, r.Kind, r.Label, r.Score, r.Traps)
		}
		t.Logf("per question: %v", rep.PerQuestion)
	}
	t.Logf("%d answers, %d questions, Spearman %.3f", rep.Answers, rep.Questions, rep.Spearman)
	if rep.Questions < 10 || rep.Answers < 40 {
		t.Fatalf("labelled set too small: %d questions, %d answers", rep.Questions, rep.Answers)
	}
	if rep.Spearman < 0.85 {
		t.Errorf("Spearman %.3f below the 0.85 target", rep.Spearman)
	}
}

func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestInterviewList(t *testing.T) {
	out, _, err := interviewCmd(t, "", "list", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var list []map[string]string
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatal(err)
	}
	if len(list) < 30 {
		t.Fatalf("%d questions, want at least 30", len(list))
	}
	found := false
	for _, q := range list {
		if q["id"] == "" || q["title"] == "" {
			t.Fatalf("item without id or title: %v", q)
		}
		found = found || q["id"] == "elderly-waiting"
	}
	if !found {
		t.Fatal("elderly-waiting missing")
	}
	text, _, err := interviewCmd(t, "", "list")
	if err != nil || !strings.Contains(text, "【应急应变】") {
		t.Fatalf("text list: %v\n%s", err, text)
	}
}

func TestInterviewScore(t *testing.T) {
	answer := "大爷您好,我是中心的工作人员,您先坐下喝口水。让您等了这么久,我代表单位向您赔个不是。\n" +
		"您今天来办什么事?我记一下。我能办的现在就给您办;要是得由那位同事办,我马上打电话把他叫回来。\n" +
		"事后我会把您的意见转告同事,也向科室建议设AB岗,别让群众再空等。"
	file := writeTemp(t, "answer.txt", []byte(answer))

	t.Run("JSON", func(t *testing.T) {
		out, _, err := interviewCmd(t, "", "score", "--question", "elderly-waiting", "--json", file)
		if err != nil {
			t.Fatal(err)
		}
		var res struct {
			Score  *int `json:"score"`
			Points []struct {
				ID    string  `json:"id"`
				Hit   *bool   `json:"hit"`
				Quote *string `json:"quote"`
			} `json:"points"`
			Traps []any `json:"traps"`
		}
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatal(err)
		}
		if res.Score == nil || *res.Score < 60 || *res.Score > 100 || res.Traps == nil || len(res.Points) == 0 {
			t.Fatalf("result = %s", out)
		}
		for _, p := range res.Points {
			if p.ID == "" || p.Hit == nil || p.Quote == nil {
				t.Fatalf("point lacks id, hit or quote: %s", out)
			}
			if *p.Hit && !strings.Contains(answer, *p.Quote) {
				t.Fatalf("quote %q not in the answer", *p.Quote)
			}
		}
	})
	t.Run("Text", func(t *testing.T) {
		out, _, err := interviewCmd(t, "", "score", "--question", "elderly-waiting", file)
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"总分:", "要点:", "✓", "陷阱:", "参考思路:"} {
			if !strings.Contains(out, want) {
				t.Errorf("report lacks %q:\n%s", want, out)
			}
		}
	})
	t.Run("Stdin", func(t *testing.T) {
		out, _, err := interviewCmd(t, "这件事不归我管,您明天再来。", "score", "--question", "elderly-waiting", "--json", "-")
		if err != nil || !strings.Contains(out, `"id": "not_mine"`) {
			t.Fatalf("err %v\n%s", err, out)
		}
	})

	big := []byte(strings.Repeat("好", maxAnswerFileBytes/3+10))
	tests := []struct {
		name   string
		args   []string
		errHas string
	}{
		{"ErrUnknownQuestion", []string{"score", "--question", "nope", file}, "找不到题目 nope"},
		{"ErrNoQuestion", []string{"score", file}, "--question"},
		{"ErrNoFile", []string{"score", "--question", "elderly-waiting"}, "FILE"},
		{"ErrMissingFile", []string{"score", "--question", "elderly-waiting", filepath.Join(t.TempDir(), "none.txt")}, "文件不存在"},
		{"ErrEmptyFile", []string{"score", "--question", "elderly-waiting", writeTemp(t, "empty.txt", []byte(" \n\t"))}, "空的"},
		{"ErrBinaryFile", []string{"score", "--question", "elderly-waiting", writeTemp(t, "x.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))}, "不是 UTF-8 文本"},
		{"ErrOversized", []string{"score", "--question", "elderly-waiting", writeTemp(t, "big.txt", big)}, "太大"},
		{"ErrTooManyChars", []string{"score", "--question", "elderly-waiting", writeTemp(t, "long.txt", []byte(strings.Repeat("好", 5001)))}, "太长"},
		{"ErrDirectory", []string{"score", "--question", "elderly-waiting", t.TempDir()}, "目录"},
		{"ErrEvalDir", []string{"eval", "--dir", t.TempDir()}, "no labelled answer files"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := interviewCmd(t, "", tt.args...)
			if err == nil || !strings.Contains(err.Error(), tt.errHas) {
				t.Fatalf("err = %v, want one mentioning %q", err, tt.errHas)
			}
		})
	}
	t.Run("ErrBadFlag", func(t *testing.T) {
		_, stderr, err := interviewCmd(t, "", "score", "--nope")
		if err != errUsage || !strings.Contains(stderr, "nope") {
			t.Fatalf("err = %v, stderr %q", err, stderr)
		}
	})
}

// TestInterviewExitCodes runs the subcommand through run, as main does.
func TestInterviewExitCodes(t *testing.T) {
	tests := []struct {
		args []string
		code int
	}{
		{[]string{"interview", "list", "--json"}, 0},
		{[]string{"interview", "score", "--question", "nope", "missing.txt"}, 1},
		{[]string{"interview"}, 2},
		{[]string{"interview", "bogus"}, 2},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var out, errOut bytes.Buffer
			if got := run(context.Background(), tt.args, strings.NewReader(""), &out, &errOut); got != tt.code {
				t.Fatalf("exit = %d, want %d; stderr %s", got, tt.code, errOut.String())
			}
			if tt.code == 1 && !strings.Contains(errOut.String(), "coach interview:") {
				t.Fatalf("stderr = %q", errOut.String())
			}
		})
	}
}
