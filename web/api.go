package web

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-chi/chi/v5"

	"receptioncoach/coach"
)

// Limits of query parameters.
const (
	defaultSearchK = 5
	maxSearchK     = 50
	maxQueryRunes  = 200  // a search query longer than this is refused
	maxSessions    = 1000 // largest ?limit= for /api/sessions
	maxIDLen       = 200  // longest id accepted in a path or query
)

// errorBody is the JSON answer to a bad or failed request.
type errorBody struct {
	Error string `json:"error"`
	Code  string `json:"code,omitempty"`
}

// stageInfo is one entry of /api/stages.
type stageInfo struct {
	Key  coach.Stage `json:"key"`
	Name string      `json:"name"`
}

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	if s.Coach == nil {
		writeJSON(w, http.StatusServiceUnavailable, errorBody{Error: "服务未就绪"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (s *Server) handleScenarios(w http.ResponseWriter, r *http.Request) {
	list, err := s.Coach.ListScenarios(r.Context())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if list == nil {
		list = []coach.ScenarioInfo{}
	}
	writeJSON(w, http.StatusOK, list)
}

func (s *Server) handlePersonas(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, coach.Personas())
}

func (s *Server) handleStages(w http.ResponseWriter, r *http.Request) {
	var out []stageInfo
	for _, st := range coach.Stages() {
		out = append(out, stageInfo{Key: st, Name: st.Name()})
	}
	writeJSON(w, http.StatusOK, out)
}

// handleMoves lists the moves and faults the recogniser tags turns with, so
// the page can name them.
func (s *Server) handleMoves(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, coach.Moves())
}

func (s *Server) handleSessions(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f := coach.SessionFilter{User: strings.TrimSpace(q.Get("user")), Scenario: strings.TrimSpace(q.Get("scenario"))}
	if len(f.User) > maxIDLen || len(f.Scenario) > maxIDLen {
		writeJSON(w, http.StatusBadRequest, errorBody{Error: "参数过长", Code: coach.EINVALID})
		return
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxSessions {
			writeJSON(w, http.StatusBadRequest, errorBody{Error: "limit 须为 1 到 1000 之间的整数", Code: coach.EINVALID})
			return
		}
		f.Limit = n
	}
	list, err := s.Coach.Sessions(r.Context(), f)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if list == nil {
		list = []coach.SessionSummary{}
	}
	writeJSON(w, http.StatusOK, list)
}

func (s *Server) handleSession(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(w, r, "会话编号无效")
	if !ok {
		return
	}
	sess, err := s.Coach.Session(r.Context(), id)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, sess)
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	query := strings.TrimSpace(q.Get("q"))
	if query == "" {
		writeJSON(w, http.StatusBadRequest, errorBody{Error: "请输入要检索的内容", Code: coach.EINVALID})
		return
	}
	if !utf8.ValidString(query) || utf8.RuneCountInString(query) > maxQueryRunes {
		writeJSON(w, http.StatusBadRequest, errorBody{Error: "检索内容过长或编码无效(最多 200 字)", Code: coach.EINVALID})
		return
	}
	k := defaultSearchK
	if v := q.Get("k"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxSearchK {
			writeJSON(w, http.StatusBadRequest, errorBody{Error: "k 须为 1 到 50 之间的整数", Code: coach.EINVALID})
			return
		}
		k = n
	}
	list, err := s.Coach.Search(r.Context(), query, k)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if list == nil {
		list = []coach.Passage{}
	}
	writeJSON(w, http.StatusOK, list)
}

// writeError answers with the HTTP status that fits a domain error; internal
// errors are logged and shown as a generic message.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	code := coach.ErrorCode(err)
	status := statusOf(code)
	if status >= 500 {
		s.logger().Error("request failed", "path", r.URL.Path, "err", err)
	}
	writeJSON(w, status, errorBody{Error: coach.ErrorMessage(err), Code: code})
}

// statusOf maps a domain error code to an HTTP status.
func statusOf(code string) int {
	switch code {
	case coach.EINVALID:
		return http.StatusBadRequest
	case coach.ENOTFOUND:
		return http.StatusNotFound
	case coach.ECONFLICT, coach.EENDED:
		return http.StatusConflict
	}
	return http.StatusInternalServerError
}

func handleNotFound(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusNotFound, errorBody{Error: "未找到该地址", Code: coach.ENOTFOUND})
}

func handleMethodNotAllowed(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusMethodNotAllowed, errorBody{Error: "不支持该请求方法", Code: coach.EINVALID})
}

// pathID returns the {id} path parameter; when it is missing or too long it
// answers 400 with msg and returns false.
func pathID(w http.ResponseWriter, r *http.Request, msg string) (string, bool) {
	id := chi.URLParam(r, "id")
	if id == "" || len(id) > maxIDLen {
		writeJSON(w, http.StatusBadRequest, errorBody{Error: msg, Code: coach.EINVALID})
		return "", false
	}
	return id, true
}

// decodeStrictJSON reads exactly one JSON object of at most limit bytes into
// v, refusing unknown fields and trailing data. On failure it answers 413
// with tooBig when the body is too large, 400 otherwise, and returns false.
func decodeStrictJSON(w http.ResponseWriter, r *http.Request, v any, limit int64, tooBig string) bool {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, limit))
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil {
		if _, extra := dec.Token(); extra != io.EOF {
			err = errors.New("多余的内容")
		}
	}
	if err != nil {
		var big *http.MaxBytesError
		if errors.As(err, &big) {
			writeJSON(w, http.StatusRequestEntityTooLarge, errorBody{Error: tooBig, Code: coach.EINVALID})
			return false
		}
		writeJSON(w, http.StatusBadRequest, errorBody{Error: "请求不是有效的 JSON:" + err.Error(), Code: coach.EINVALID})
		return false
	}
	return true
}

// writeJSON writes v as JSON with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"error":"内部错误"}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}
