package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"receptioncoach/coach"
)

// ivBank is a coach.QuestionSource over two fixed questions.
type ivBank struct{}

func (ivBank) Questions(ctx context.Context) ([]*coach.Question, error) {
	return []*coach.Question{ivQuestion("elderly-waiting", coach.CategoryInterpersonal), ivQuestion("group-gate", coach.CategoryEmergency)}, nil
}

func (ivBank) Question(ctx context.Context, id string) (*coach.Question, error) {
	switch id {
	case "elderly-waiting":
		return ivQuestion(id, coach.CategoryInterpersonal), nil
	case "group-gate":
		return ivQuestion(id, coach.CategoryEmergency), nil
	}
	return nil, coach.Errorf(coach.ENOTFOUND, "找不到题目 %s。", id)
}

func (ivBank) CommonTraps(ctx context.Context) ([]coach.Trap, error) {
	return []coach.Trap{{ID: "not_mine", Text: "不归我管", Penalty: 20, Match: []string{"不归我管"}}}, nil
}

// ivQuestion returns a test question; group-gate has a short clock (1 s to
// think, 3 s to answer) for the browser test of the countdown.
func ivQuestion(id, category string) *coach.Question {
	q := &coach.Question{
		ID: id, Title: "题目 " + id, Category: category, Prompt: "老人等了一个小时。",
		Points: []coach.KeyPoint{
			{ID: "apologise", Text: "道歉", Required: true, Weight: 2, Phase: coach.PhaseOpen, Match: []string{"道歉|对不起"}},
			{ID: "contact", Text: "联系同事", Required: true, Weight: 2, Phase: coach.PhaseHandle, Match: []string{"联系 + 同事"}},
		},
		Outline: []string{"道歉", "联系同事"},
	}
	if id == "group-gate" {
		q.ThinkSeconds, q.AnswerSeconds = 1, 3
	}
	return q
}

// ivStore is an in-memory coach.InterviewStore.
type ivStore struct {
	mu       sync.Mutex
	attempts []*coach.InterviewAttempt
}

func (s *ivStore) CreateAttempt(ctx context.Context, a *coach.InterviewAttempt) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.attempts = append(s.attempts, a)
	return nil
}

func (s *ivStore) FindAttempt(ctx context.Context, id string) (*coach.InterviewAttempt, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, a := range s.attempts {
		if a.ID == id {
			return a, nil
		}
	}
	return nil, coach.Errorf(coach.ENOTFOUND, "找不到答题记录 %s。", id)
}

func (s *ivStore) ListAttempts(ctx context.Context, f coach.InterviewFilter) ([]coach.InterviewAttemptSummary, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := []coach.InterviewAttemptSummary{}
	for i := len(s.attempts) - 1; i >= 0; i-- {
		a := s.attempts[i]
		if f.User != "" && a.User != f.User {
			continue
		}
		out = append(out, coach.InterviewAttemptSummary{ID: a.ID, QuestionID: a.QuestionID, Title: a.Title, User: a.User, Score: a.Score, CreatedAt: a.CreatedAt})
	}
	return out, nil
}

// ivService wires a talk service and an interview service the way cmd/coach
// does until Server has its own Interview field.
type ivService struct {
	coach.Service
	coach.InterviewService
}

func newInterviewTestServer(t *testing.T) (http.Handler, *ivStore) {
	t.Helper()
	store := &ivStore{}
	n := 0
	iv := &coach.Interviewer{
		Bank: ivBank{}, Store: store,
		Now:   func() time.Time { return time.Date(2025, 5, 1, 9, 0, 0, 0, time.UTC) },
		NewID: func() string { n++; return fmt.Sprintf("a%d", n) },
	}
	return newTestServer(ivService{&fakeCoach{}, iv}).Handler(), store
}

func TestInterviewHTTP(t *testing.T) {
	h, store := newInterviewTestServer(t)
	good := `{"question":"elderly-waiting","answer":"大爷,对不起让您久等。我马上联系同事。","user":"小王","seconds":120,"speech":true}`
	tests := []struct {
		name     string
		method   string
		path     string
		body     string
		status   int
		contains []string
	}{
		{"Page", "GET", "/interview", "", 200, []string{"面试练习", "/static/interview.js", "iv-answer", "语音输入(可选)"}},
		{"Script", "GET", "/static/interview.js", "", 200, []string{"webkitSpeechRecognition", "zh-CN"}},
		{"Questions", "GET", "/api/interview/questions", "", 200, []string{`"id":"elderly-waiting"`, `"category":"人际交往意识与技巧"`, `"answer_seconds":180`, `"think_seconds":60`, `"answer_seconds":3`}},
		{"QuestionsHideAnswers", "GET", "/api/interview/questions", "", 200, nil},
		{"Question", "GET", "/api/interview/questions/group-gate", "", 200, []string{`"id":"group-gate"`}},
		{"ErrQuestionNotFound", "GET", "/api/interview/questions/nope", "", 404, []string{"找不到题目 nope"}},
		{"Score", "POST", "/api/interview/score", good, 200, []string{`"score":`, `"points":[`, `"hit":true`, `"quote":"我马上联系同事。"`}},
		{"Submit", "POST", "/api/interview/attempts", good, 201, []string{`"id":"a1"`, `"user":"小王"`, `"seconds":120`, `"speech":true`, `"outline":["道歉","联系同事"]`}},
		{"List", "GET", "/api/interview/attempts?user=小王", "", 200, []string{`"id":"a1"`}},
		{"ListEmpty", "GET", "/api/interview/attempts?user=nobody", "", 200, []string{"[]"}},
		{"Attempt", "GET", "/api/interview/attempts/a1", "", 200, []string{`"answer":"大爷,对不起让您久等。我马上联系同事。"`}},
		{"ErrAttemptNotFound", "GET", "/api/interview/attempts/zz", "", 404, []string{"找不到答题记录 zz"}},
		{"ErrMalformedJSON", "POST", "/api/interview/attempts", `{"question":`, 400, []string{"JSON"}},
		{"ErrUnknownField", "POST", "/api/interview/attempts", `{"question":"elderly-waiting","answer":"道歉","score":100}`, 400, []string{"JSON"}},
		{"ErrTrailing", "POST", "/api/interview/attempts", good + `{}`, 400, []string{"JSON"}},
		{"ErrEmptyAnswer", "POST", "/api/interview/attempts", `{"question":"elderly-waiting","answer":"  "}`, 400, []string{"回答是空的"}},
		{"ErrLongAnswer", "POST", "/api/interview/attempts", `{"question":"elderly-waiting","answer":"` + strings.Repeat("好", coach.MaxAnswerRunes+1) + `"}`, 400, []string{"回答太长"}},
		{"ErrHugeBody", "POST", "/api/interview/attempts", `{"question":"elderly-waiting","answer":"` + strings.Repeat("x", maxInterviewBody) + `"}`, 413, []string{"太大"}},
		{"ErrUnknownQuestion", "POST", "/api/interview/attempts", `{"question":"nope","answer":"道歉"}`, 404, []string{"找不到题目"}},
		{"ErrBadSeconds", "POST", "/api/interview/attempts", `{"question":"elderly-waiting","answer":"道歉","seconds":-3}`, 400, nil},
		{"ErrBadLimit", "GET", "/api/interview/attempts?limit=0", "", 400, []string{"limit"}},
		{"ErrMethod", "DELETE", "/api/interview/attempts/a1", "", 405, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var body io.Reader
			if tt.body != "" {
				body = strings.NewReader(tt.body)
			}
			req := httptest.NewRequest(tt.method, tt.path, body)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			got := rec.Body.String()
			if rec.Code != tt.status {
				t.Fatalf("status = %d, want %d; body %s", rec.Code, tt.status, got)
			}
			for _, want := range tt.contains {
				if !strings.Contains(got, want) {
					t.Errorf("body lacks %q: %s", want, ivTruncate(got, 400))
				}
			}
			if tt.name == "QuestionsHideAnswers" {
				for _, secret := range []string{"points", "outline", "match", "traps"} {
					if strings.Contains(got, secret) {
						t.Errorf("question list leaks %q", secret)
					}
				}
			}
		})
	}
	if len(store.attempts) != 1 {
		t.Fatalf("stored %d attempts, want 1 (failed requests must store nothing)", len(store.attempts))
	}
	var a coach.InterviewAttempt
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/interview/attempts/a1", nil))
	if err := json.Unmarshal(rec.Body.Bytes(), &a); err != nil {
		t.Fatal(err)
	}
	if a.Result == nil || a.Score != a.Result.Score || len(a.Result.Points) != 2 || !a.Result.Points[0].Hit {
		t.Fatalf("attempt = %+v", a)
	}
}

// TestInterviewHTTPNotWired checks the API answers 503, not a panic, when no
// interview service is wired; the page itself still loads.
func TestInterviewHTTPNotWired(t *testing.T) {
	h := newTestServer(&fakeCoach{}).Handler()
	for _, path := range []string{"/api/interview/questions", "/api/interview/attempts"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "面试练习未启用") {
			t.Fatalf("%s: status %d body %s", path, rec.Code, rec.Body.String())
		}
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/interview", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("page status %d", rec.Code)
	}
}

func ivTruncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
