package scenarios

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"unicode/utf8"

	"github.com/goccy/go-yaml"

	"receptioncoach/coach"
)

// interviewFS holds the built-in interview question bank. go:embed needs a
// package-level variable; it is read-only.
//
//go:embed interview/*.yaml
var interviewFS embed.FS

// MaxInterviewFileSize is the largest question-bank file accepted.
const MaxInterviewFileSize = 1 << 20

// InterviewFile is one question-bank file: traps shared by every question
// and/or a list of questions.
type InterviewFile struct {
	Traps     []coach.Trap      `yaml:"traps"`
	Questions []*coach.Question `yaml:"questions"`
}

// ParseInterview decodes one question-bank file strictly (unknown fields are
// errors) and validates its traps and questions. name is used in errors.
func ParseInterview(r io.Reader, name string) (*InterviewFile, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxInterviewFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: read: %w", name, err)
	}
	if len(data) > MaxInterviewFileSize {
		return nil, coach.Errorf(coach.EINVALID, "%s: 文件超过 %d 字节", name, MaxInterviewFileSize)
	}
	if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
		return nil, coach.Errorf(coach.EINVALID, "%s: 不是 UTF-8 文本文件", name)
	}
	var f InterviewFile
	dec := yaml.NewDecoder(bytes.NewReader(data), yaml.DisallowUnknownField())
	if err := dec.Decode(&f); err != nil && err != io.EOF {
		return nil, coach.Errorf(coach.EINVALID, "%s: %s", name, yaml.FormatError(err, false, true))
	}
	if len(f.Traps) == 0 && len(f.Questions) == 0 {
		return nil, coach.Errorf(coach.EINVALID, "%s: 文件里没有 traps 也没有 questions", name)
	}
	if err := coach.ValidateTraps(f.Traps); err != nil {
		return nil, coach.Errorf(coach.EINVALID, "%s: %s", name, coach.ErrorMessage(err))
	}
	for i, q := range f.Questions {
		if q == nil {
			return nil, coach.Errorf(coach.EINVALID, "%s: questions[%d] is empty", name, i)
		}
		q.File = name
		if err := q.Validate(); err != nil {
			return nil, coach.Errorf(coach.EINVALID, "%s: %s", name, coach.ErrorMessage(err))
		}
	}
	return &f, nil
}

// QuestionBank is the interview question bank; it implements
// coach.QuestionSource. It is read-only after loading.
type QuestionBank struct {
	questions []*coach.Question
	byID      map[string]*coach.Question
	traps     []coach.Trap
}

var _ coach.QuestionSource = (*QuestionBank)(nil)

// BuiltinQuestionBank loads the embedded question bank.
func BuiltinQuestionBank() (*QuestionBank, error) {
	sub, err := fs.Sub(interviewFS, "interview")
	if err != nil {
		return nil, fmt.Errorf("open embedded question bank: %w", err)
	}
	return LoadQuestionBank(sub)
}

// LoadQuestionBank loads every *.yaml file at the root of fsys. Question IDs
// must be unique across files, and a question's trap may not reuse the ID of
// a shared trap.
func LoadQuestionBank(fsys fs.FS) (*QuestionBank, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, fmt.Errorf("list question files: %w", err)
	}
	sort.Strings(names)
	b := &QuestionBank{byID: map[string]*coach.Question{}}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		f, err := ParseInterview(bytes.NewReader(data), path.Base(name))
		if err != nil {
			return nil, err
		}
		b.traps = append(b.traps, f.Traps...)
		for _, q := range f.Questions {
			if prev, ok := b.byID[q.ID]; ok {
				return nil, coach.Errorf(coach.EINVALID, "%s: 题目编号 %q 与 %s 重复", name, q.ID, prev.File)
			}
			b.byID[q.ID] = q
			b.questions = append(b.questions, q)
		}
	}
	if len(b.questions) == 0 {
		return nil, coach.Errorf(coach.EINVALID, "题库里没有题目")
	}
	if err := coach.ValidateTraps(b.traps); err != nil {
		return nil, err
	}
	shared := map[string]bool{}
	for _, t := range b.traps {
		shared[t.ID] = true
	}
	for _, q := range b.questions {
		for _, t := range q.Traps {
			if shared[t.ID] {
				return nil, coach.Errorf(coach.EINVALID, "%s: 题目 %s 的陷阱编号 %q 与公共陷阱重复", q.File, q.ID, t.ID)
			}
		}
	}
	order := map[string]int{}
	for i, c := range coach.InterviewCategories() {
		order[c] = i
	}
	sort.SliceStable(b.questions, func(i, j int) bool {
		qi, qj := b.questions[i], b.questions[j]
		if order[qi.Category] != order[qj.Category] {
			return order[qi.Category] < order[qj.Category]
		}
		return qi.ID < qj.ID
	})
	return b, nil
}

// Questions returns every question, ordered by category then ID.
func (b *QuestionBank) Questions(ctx context.Context) ([]*coach.Question, error) {
	return append([]*coach.Question(nil), b.questions...), nil
}

// Question returns one question. ENOTFOUND when missing.
func (b *QuestionBank) Question(ctx context.Context, id string) (*coach.Question, error) {
	q, ok := b.byID[id]
	if !ok {
		return nil, coach.Errorf(coach.ENOTFOUND, "找不到题目 %s。", id)
	}
	return q, nil
}

// CommonTraps returns the traps every question shares.
func (b *QuestionBank) CommonTraps(ctx context.Context) ([]coach.Trap, error) {
	return append([]coach.Trap(nil), b.traps...), nil
}
