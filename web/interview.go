package web

import (
	"io/fs"
	"net/http"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"

	"receptioncoach/coach"
)

// maxInterviewBody bounds the JSON body of an interview request: an answer
// of coach.MaxAnswerRunes characters fits with room to spare.
const maxInterviewBody = 64 << 10

// maxAttempts is the largest ?limit= for /api/interview/attempts.
const maxAttempts = 500

// mountInterview adds the routes of the civil-service interview practice
// (issue 6): the page /interview and the JSON API under /api/interview. It is
// called inside the routed group that has request timeouts, compression and
// security headers.
func (s *Server) mountInterview(r chi.Router) {
	r.Get("/interview", s.handleInterviewPage)
	r.Route("/api/interview", func(r chi.Router) {
		r.Get("/questions", s.handleInterviewQuestions)
		r.Get("/questions/{id}", s.handleInterviewQuestion)
		r.Post("/score", s.handleInterviewScore)
		r.Get("/attempts", s.handleInterviewAttempts)
		r.Post("/attempts", s.handleInterviewSubmit)
		r.Get("/attempts/{id}", s.handleInterviewAttempt)
	})
}

// interviewService returns the interview service, or nil when none is set:
// the Interview field, else a Coach that also implements it.
func (s *Server) interviewService() coach.InterviewService {
	if s.Interview != nil {
		return s.Interview
	}
	if iv, ok := s.Coach.(coach.InterviewService); ok {
		return iv
	}
	return nil
}

// withInterview answers 503 when no interview service is wired.
func (s *Server) withInterview(w http.ResponseWriter) coach.InterviewService {
	iv := s.interviewService()
	if iv == nil {
		writeJSON(w, http.StatusServiceUnavailable, errorBody{Error: "面试练习未启用", Code: coach.EINTERNAL})
	}
	return iv
}

// handleInterviewPage serves the interview practice page.
func (s *Server) handleInterviewPage(w http.ResponseWriter, r *http.Request) {
	b, err := fs.ReadFile(staticFS(), "interview.html")
	if err != nil {
		http.Error(w, "page missing", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(b)
}

func (s *Server) handleInterviewQuestions(w http.ResponseWriter, r *http.Request) {
	iv := s.withInterview(w)
	if iv == nil {
		return
	}
	list, err := iv.Questions(r.Context())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if list == nil {
		list = []coach.QuestionInfo{}
	}
	writeJSON(w, http.StatusOK, list)
}

func (s *Server) handleInterviewQuestion(w http.ResponseWriter, r *http.Request) {
	iv := s.withInterview(w)
	if iv == nil {
		return
	}
	id, ok := pathID(w, r, "题目编号无效")
	if !ok {
		return
	}
	q, err := iv.Question(r.Context(), id)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, q)
}

// handleInterviewScore scores an answer without storing it.
func (s *Server) handleInterviewScore(w http.ResponseWriter, r *http.Request) {
	iv := s.withInterview(w)
	if iv == nil {
		return
	}
	var sub coach.InterviewSubmission
	if !decodeInterviewBody(w, r, &sub) {
		return
	}
	res, err := iv.Score(r.Context(), sub.QuestionID, sub.Answer)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// handleInterviewSubmit scores an answer and stores the attempt.
func (s *Server) handleInterviewSubmit(w http.ResponseWriter, r *http.Request) {
	iv := s.withInterview(w)
	if iv == nil {
		return
	}
	var sub coach.InterviewSubmission
	if !decodeInterviewBody(w, r, &sub) {
		return
	}
	sub.User = strings.TrimSpace(sub.User)
	a, err := iv.Submit(r.Context(), sub)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusCreated, a)
}

func (s *Server) handleInterviewAttempts(w http.ResponseWriter, r *http.Request) {
	iv := s.withInterview(w)
	if iv == nil {
		return
	}
	q := r.URL.Query()
	f := coach.InterviewFilter{User: strings.TrimSpace(q.Get("user")), Question: strings.TrimSpace(q.Get("question"))}
	if len(f.User) > maxIDLen || len(f.Question) > maxIDLen {
		writeJSON(w, http.StatusBadRequest, errorBody{Error: "参数过长", Code: coach.EINVALID})
		return
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxAttempts {
			writeJSON(w, http.StatusBadRequest, errorBody{Error: "limit 须为 1 到 500 之间的整数", Code: coach.EINVALID})
			return
		}
		f.Limit = n
	}
	list, err := iv.Attempts(r.Context(), f)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if list == nil {
		list = []coach.InterviewAttemptSummary{}
	}
	writeJSON(w, http.StatusOK, list)
}

func (s *Server) handleInterviewAttempt(w http.ResponseWriter, r *http.Request) {
	iv := s.withInterview(w)
	if iv == nil {
		return
	}
	id, ok := pathID(w, r, "答题记录编号无效")
	if !ok {
		return
	}
	a, err := iv.Attempt(r.Context(), id)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, a)
}

// decodeInterviewBody reads one JSON object strictly into v; on failure it
// answers 400 (413 when too large) and returns false.
func decodeInterviewBody(w http.ResponseWriter, r *http.Request, v any) bool {
	return decodeStrictJSON(w, r, v, maxInterviewBody, "提交的内容太大(回答最多 5000 字)")
}
