package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-yaml"

	"receptioncoach/coach"
	"receptioncoach/scenarios"
)

// maxAnswerFileBytes bounds an answer file read by `coach interview score`.
const maxAnswerFileBytes = 64 << 10

// runInterview dispatches `coach interview list|show|score|eval`.
func runInterview(ctx context.Context, e env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		interviewUsage(e.stderr)
		if len(args) == 0 {
			return errUsage
		}
		return nil
	}
	switch args[0] {
	case "list":
		return runInterviewList(ctx, e, args[1:])
	case "show":
		return runInterviewShow(ctx, e, args[1:])
	case "score":
		return runInterviewScore(ctx, e, args[1:])
	case "eval":
		return runInterviewEval(ctx, e, args[1:])
	}
	fmt.Fprintf(e.stderr, "coach interview: unknown subcommand %q\n", args[0])
	interviewUsage(e.stderr)
	return errUsage
}

func interviewUsage(w io.Writer) {
	fmt.Fprint(w, `usage: coach interview SUBCOMMAND [flags]

subcommands:
  list [--json]                           list the questions
  show ID                                 print a question with its key points and outline
  score --question ID [--json] FILE       score an answer (FILE holds the text; - for stdin)
  eval [--dir DIR] [--json] [-v]          Spearman correlation of scores with hand labels
`)
}

// interviewer returns an Interviewer on the built-in question bank, without storage.
func interviewer() (*coach.Interviewer, error) {
	bank, err := scenarios.BuiltinQuestionBank()
	if err != nil {
		return nil, fmt.Errorf("load question bank: %w", err)
	}
	return &coach.Interviewer{Bank: bank}, nil
}

func runInterviewList(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("interview list", e.stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	} else if len(pos) > 0 {
		return fmt.Errorf("unexpected argument %q", pos[0])
	}
	iv, err := interviewer()
	if err != nil {
		return err
	}
	qs, err := iv.Questions(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		// The contract is exactly [{"id","title"}].
		type item struct {
			ID    string `json:"id"`
			Title string `json:"title"`
		}
		out := make([]item, 0, len(qs))
		for _, q := range qs {
			out = append(out, item{q.ID, q.Title})
		}
		return writeInterviewJSON(e.stdout, out)
	}
	cat := ""
	for _, q := range qs {
		if q.Category != cat {
			cat = q.Category
			fmt.Fprintf(e.stdout, "\n【%s】\n", cat)
		}
		fmt.Fprintf(e.stdout, "  %-22s %s\n", q.ID, q.Title)
	}
	return nil
}

func runInterviewShow(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("interview show", e.stderr)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	} else if len(pos) != 1 {
		return errors.New("need one question ID")
	}
	iv, err := interviewer()
	if err != nil {
		return err
	}
	q, err := iv.Bank.Question(ctx, pos[0])
	if err != nil {
		return errors.New(coach.ErrorMessage(err))
	}
	info := q.Info()
	w := e.stdout
	fmt.Fprintf(w, "%s(%s)\n%s\n思考 %d 秒,作答 %d 秒\n\n要点:\n", q.Title, q.Category, strings.TrimSpace(q.Prompt), info.ThinkSeconds, info.AnswerSeconds)
	for _, p := range q.Points {
		req := "选答"
		if p.Required {
			req = "必答"
		}
		fmt.Fprintf(w, "  [%s ×%d %s] %s\n", req, max(p.Weight, 1), coach.PhaseName(p.Phase), p.Text)
	}
	fmt.Fprintln(w, "\n参考思路:")
	for i, l := range q.Outline {
		fmt.Fprintf(w, "  %d. %s\n", i+1, l)
	}
	return nil
}

func runInterviewScore(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("interview score", e.stderr)
	id := fs.String("question", "", "question ID (see coach interview list)")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *id == "" {
		return errors.New("--question ID is required")
	}
	if len(pos) != 1 {
		return errors.New("need one answer FILE (or - for stdin)")
	}
	answer, err := readAnswerFile(pos[0], e.stdin)
	if err != nil {
		return err
	}
	iv, err := interviewer()
	if err != nil {
		return err
	}
	res, err := iv.Score(ctx, *id, answer)
	if err != nil {
		if coach.ErrorCode(err) == coach.EINTERNAL {
			return err
		}
		return fmt.Errorf("%s: %s", pos[0], coach.ErrorMessage(err))
	}
	if *asJSON {
		return writeInterviewJSON(e.stdout, scoreContract(res))
	}
	printInterviewResult(e.stdout, res)
	return nil
}

// readAnswerFile reads an answer text file ("-" is stdin) and rejects
// missing, empty, binary and oversized files with a clear message.
func readAnswerFile(name string, stdin io.Reader) (string, error) {
	var r io.Reader
	if name == "-" {
		r = stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return "", fmt.Errorf("%s: 文件不存在", name)
			}
			return "", fmt.Errorf("open answer: %w", err)
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return "", fmt.Errorf("%s: 是目录,不是文本文件", name)
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxAnswerFileBytes+1))
	if err != nil {
		return "", fmt.Errorf("read answer %s: %w", name, err)
	}
	if len(data) > maxAnswerFileBytes {
		return "", fmt.Errorf("%s: 文件太大(超过 %d KB),回答最多 %d 字", name, maxAnswerFileBytes>>10, coach.MaxAnswerRunes)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) {
		return "", fmt.Errorf("%s: 不是 UTF-8 文本文件(可能是二进制文件)", name)
	}
	text := string(data)
	if strings.TrimSpace(text) == "" {
		return "", fmt.Errorf("%s: 文件是空的", name)
	}
	if n := utf8.RuneCountInString(text); n > coach.MaxAnswerRunes {
		return "", fmt.Errorf("%s: 回答太长(%d 字),最多 %d 字", name, n, coach.MaxAnswerRunes)
	}
	return text, nil
}

// printInterviewResult writes a readable Chinese report.
func printInterviewResult(w io.Writer, res *coach.InterviewResult) {
	fmt.Fprintf(w, "题目:%s\n总分:%d / 100(要点覆盖 %d%%,结构 %d,长度 %d)\n\n要点:\n",
		res.Title, res.Score, res.Coverage, res.Structure.Score, res.Length.Score)
	for _, p := range res.Points {
		mark, req := "✗", ""
		if p.Hit {
			mark = "✓"
		}
		if p.Required {
			req = "(必答)"
		}
		fmt.Fprintf(w, "  %s %s%s\n", mark, p.Text, req)
		if p.Hit {
			fmt.Fprintf(w, "      “%s”\n", p.Quote)
		}
	}
	fmt.Fprintln(w, "\n陷阱:")
	if len(res.Traps) == 0 {
		fmt.Fprintln(w, "  未发现")
	}
	for _, t := range res.Traps {
		fmt.Fprintf(w, "  ⚠ %s(-%d)\n      “%s”\n", t.Text, t.Penalty, t.Quote)
	}
	fmt.Fprintf(w, "\n结构:%s\n长度:%s\n", res.Structure.Note, res.Length.Note)
	if len(res.Advice) > 0 {
		fmt.Fprintln(w, "\n建议:")
		for _, a := range res.Advice {
			fmt.Fprintf(w, "  · %s\n", a)
		}
	}
	fmt.Fprintln(w, "\n参考思路:")
	for i, l := range res.Outline {
		fmt.Fprintf(w, "  %d. %s\n", i+1, l)
	}
}

// labelledFile is one file of hand-labelled answers under testdata/interview.
type labelledFile struct {
	Question string `yaml:"question"`
	Answers  []struct {
		Kind  string `yaml:"kind"`
		Label int    `yaml:"label"`
		Text  string `yaml:"text"`
	} `yaml:"answers"`
}

// evalRow is one scored, labelled answer.
type evalRow struct {
	Question string   `json:"question"`
	Kind     string   `json:"kind"`
	Label    int      `json:"label"`
	Score    int      `json:"score"`
	Traps    []string `json:"traps,omitempty"`
}

// evalReport is what `coach interview eval --json` prints.
type evalReport struct {
	Answers     int                `json:"answers"`
	Questions   int                `json:"questions"`
	Spearman    float64            `json:"spearman"`
	PerQuestion map[string]float64 `json:"per_question"`
	Rows        []evalRow          `json:"rows"`
}

func runInterviewEval(ctx context.Context, e env, args []string) error {
	fs := newFlagSet("interview eval", e.stderr)
	dir := fs.String("dir", filepath.Join("testdata", "interview"), "folder of labelled answer files")
	asJSON := fs.Bool("json", false, "print JSON")
	verbose := fs.Bool("v", false, "print every answer's score")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	} else if len(pos) > 0 {
		return fmt.Errorf("unexpected argument %q", pos[0])
	}
	iv, err := interviewer()
	if err != nil {
		return err
	}
	rep, err := evalInterview(ctx, iv, *dir)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeInterviewJSON(e.stdout, rep)
	}
	if *verbose {
		for _, r := range rep.Rows {
			fmt.Fprintf(e.stdout, "%-20s %-8s label %3d  score %3d  %s\n", r.Question, r.Kind, r.Label, r.Score, strings.Join(r.Traps, ","))
		}
		fmt.Fprintln(e.stdout)
	}
	ids := make([]string, 0, len(rep.PerQuestion))
	for id := range rep.PerQuestion {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		fmt.Fprintf(e.stdout, "%-20s spearman %.3f\n", id, rep.PerQuestion[id])
	}
	fmt.Fprintf(e.stdout, "\n%d answers to %d questions: Spearman correlation of scores with labels = %.3f\n", rep.Answers, rep.Questions, rep.Spearman)
	return nil
}

// evalInterview scores every labelled answer in dir and correlates scores
// with labels, over all answers and per question.
func evalInterview(ctx context.Context, iv *coach.Interviewer, dir string) (*evalReport, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return nil, fmt.Errorf("list labelled answers: %w", err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no labelled answer files (*.yaml)", dir)
	}
	sort.Strings(names)
	rep := &evalReport{PerQuestion: map[string]float64{}, Rows: []evalRow{}}
	var labels, scores []float64
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read labelled answers: %w", err)
		}
		var f labelledFile
		if err := yaml.UnmarshalWithOptions(data, &f, yaml.DisallowUnknownField()); err != nil {
			return nil, fmt.Errorf("%s: %s", name, yaml.FormatError(err, false, true))
		}
		if f.Question == "" || len(f.Answers) == 0 {
			return nil, fmt.Errorf("%s: needs question and answers", name)
		}
		var ql, qs []float64
		for i, a := range f.Answers {
			res, err := iv.Score(ctx, f.Question, a.Text)
			if err != nil {
				return nil, fmt.Errorf("%s: answer %d: %s", name, i+1, coach.ErrorMessage(err))
			}
			row := evalRow{Question: f.Question, Kind: a.Kind, Label: a.Label, Score: res.Score}
			for _, t := range res.Traps {
				row.Traps = append(row.Traps, t.ID)
			}
			rep.Rows = append(rep.Rows, row)
			ql = append(ql, float64(a.Label))
			qs = append(qs, float64(res.Score))
		}
		rep.PerQuestion[f.Question] = roundInterview3(coach.Spearman(qs, ql))
		labels = append(labels, ql...)
		scores = append(scores, qs...)
		rep.Questions++
	}
	rep.Answers = len(labels)
	rep.Spearman = roundInterview3(coach.Spearman(scores, labels))
	return rep, nil
}

func roundInterview3(x float64) float64 {
	return float64(int(x*1000+0.5*interviewSign(x))) / 1000
}

func interviewSign(x float64) float64 {
	if x < 0 {
		return -1
	}
	return 1
}

// writeInterviewJSON prints v as indented JSON.
func writeInterviewJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// scoreJSON is the contract of `coach interview score --json`:
// {"score","points":[{"id","hit","quote"}],"traps":[…]}.
type scoreJSON struct {
	Score  int                `json:"score"`
	Points []pointJSON        `json:"points"`
	Traps  []coach.TrapResult `json:"traps"`
}

type pointJSON struct {
	ID    string `json:"id"`
	Hit   bool   `json:"hit"`
	Quote string `json:"quote"`
}

func scoreContract(res *coach.InterviewResult) scoreJSON {
	out := scoreJSON{Score: res.Score, Points: []pointJSON{}, Traps: res.Traps}
	for _, p := range res.Points {
		out.Points = append(out.Points, pointJSON{ID: p.ID, Hit: p.Hit, Quote: p.Quote})
	}
	if out.Traps == nil {
		out.Traps = []coach.TrapResult{}
	}
	return out
}
