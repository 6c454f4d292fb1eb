package web

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/go-chi/chi/v5"

	"receptioncoach/coach"
)

// Authoring limits.
const (
	// maxAuthorBody bounds the JSON body of an authoring request.
	maxAuthorBody = 1 << 20
	// authorSessionTTL is how long a trainer stays signed in.
	authorSessionTTL = 12 * time.Hour
	// maxAuthorSessions bounds the sessions kept; the oldest go first.
	maxAuthorSessions = 1000
	// loginWindow and maxLoginFailures: at most this many failed sign-ins per
	// remote address within the window.
	loginWindow      = time.Minute
	maxLoginFailures = 5
	// maxLoginAddrs bounds the addresses whose failures are remembered.
	maxLoginAddrs = 10000
	// authorCookie names the trainer's session cookie.
	authorCookie = "coach_author"
)

// Codes of authoring errors beyond the domain's.
const (
	codeDisabled     = "disabled"
	codeUnauthorized = "unauthorized"
	codeForbidden    = "forbidden"
	codeTooMany      = "too_many"
)

// AuthorProblem is one problem of a scenario being written: 1-based line and
// column and a message in Chinese. It is an alias of an unnamed struct type,
// declared exactly like scenarios.LintProblem, so the two are the same type
// and scenarios.Workshop satisfies Workshop without web importing scenarios.
type AuthorProblem = struct {
	Line    int    `json:"line"`
	Col     int    `json:"col"`
	Message string `json:"message"`
}

// AuthorEntry is one scenario a trainer can open; declared exactly like
// scenarios.Entry (see AuthorProblem).
type AuthorEntry = struct {
	ID          string        `json:"id"`
	Title       string        `json:"title"`
	Persona     coach.Persona `json:"persona"`
	PersonaName string        `json:"persona_name"`
	Source      string        `json:"source"`              // "own" or "builtin"
	Overrides   bool          `json:"overrides,omitempty"` // an own file that replaces a built-in
	Problem     string        `json:"problem,omitempty"`   // an own file that does not load: its first problem
}

// Workshop is what authoring needs from the scenario store; scenarios.Workshop
// implements it.
type Workshop interface {
	// List returns the trainer's own files and the built-ins to start from.
	List(ctx context.Context) ([]AuthorEntry, error)
	// Load returns a scenario's YAML: the trainer's file, else the built-in's
	// (builtin is then true). EINVALID for a bad ID, ENOTFOUND when missing.
	Load(ctx context.Context, id string) (src []byte, builtin bool, err error)
	// Lint returns the problems of src; none when it would save.
	Lint(src []byte) []AuthorProblem
	// Try keeps src as an unsaved draft and returns the scenario ID under
	// which a practice talk can start, or the problems that prevent it.
	Try(ctx context.Context, src []byte) (draftID string, problems []AuthorProblem, err error)
	// Save writes src as the scenario id. It returns the problems that
	// prevent it (with an error); ECONFLICT when it would replace a built-in
	// without override, EINVALID for a bad ID.
	Save(ctx context.Context, id string, src []byte, override bool) (problems []AuthorProblem, err error)
}

// Authoring turns on trainers' scenario authoring in the browser: the page
// /author and the API under /api/author. Trainers sign in with Password;
// an empty Password (or a nil Workshop) leaves authoring disabled. Sessions
// and failed sign-ins are kept in memory.
type Authoring struct {
	// Workshop lists, lints, tries and saves scenarios.
	Workshop Workshop
	// Password is the trainers' shared password; "" disables authoring.
	Password string
	// Now is the clock; nil means time.Now.
	Now func() time.Time

	mu       sync.Mutex
	sessions map[string]time.Time   // sha256 of a session token → expiry
	failures map[string][]time.Time // remote address → failed sign-ins within loginWindow
}

func (a *Authoring) now() time.Time {
	if a.Now != nil {
		return a.Now()
	}
	return time.Now()
}

// enabled reports whether authoring is configured.
func (a *Authoring) enabled() bool {
	return a != nil && a.Workshop != nil && a.Password != ""
}

// checkPassword compares in constant time (over hashes, so the length of the
// password does not show either).
func (a *Authoring) checkPassword(pw string) bool {
	got := sha256.Sum256([]byte(pw))
	want := sha256.Sum256([]byte(a.Password))
	return subtle.ConstantTimeCompare(got[:], want[:]) == 1
}

// allowLogin reports whether addr may try to sign in now (fewer than
// maxLoginFailures failures within loginWindow), and when it may try again.
func (a *Authoring) allowLogin(addr string) (bool, time.Duration) {
	now := a.now()
	a.mu.Lock()
	defer a.mu.Unlock()
	recent := a.recentFailures(addr, now)
	if len(recent) < maxLoginFailures {
		return true, 0
	}
	return false, recent[0].Add(loginWindow).Sub(now)
}

// recentFailures returns addr's failures within the window, dropping older
// ones. Callers hold a.mu.
func (a *Authoring) recentFailures(addr string, now time.Time) []time.Time {
	var recent []time.Time
	for _, t := range a.failures[addr] {
		if now.Sub(t) < loginWindow {
			recent = append(recent, t)
		}
	}
	if len(recent) == 0 {
		delete(a.failures, addr)
	} else {
		a.failures[addr] = recent
	}
	return recent
}

// loginFailed records a failed sign-in from addr.
func (a *Authoring) loginFailed(addr string) {
	now := a.now()
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.failures == nil {
		a.failures = map[string][]time.Time{}
	}
	if len(a.failures) >= maxLoginAddrs {
		for k := range a.failures {
			a.recentFailures(k, now)
		}
	}
	if len(a.failures) >= maxLoginAddrs {
		return // under a flood of addresses, stop remembering new ones rather than grow
	}
	a.failures[addr] = append(a.recentFailures(addr, now), now)
}

// newSession creates a session and returns its token.
func (a *Authoring) newSession() (string, error) {
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", err
	}
	token := hex.EncodeToString(b[:])
	now := a.now()
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.sessions == nil {
		a.sessions = map[string]time.Time{}
	}
	for k, exp := range a.sessions {
		if !now.Before(exp) {
			delete(a.sessions, k)
		}
	}
	for len(a.sessions) >= maxAuthorSessions {
		oldest := ""
		for k, exp := range a.sessions {
			if oldest == "" || exp.Before(a.sessions[oldest]) {
				oldest = k
			}
		}
		delete(a.sessions, oldest)
	}
	a.sessions[tokenKey(token)] = now.Add(authorSessionTTL)
	return token, nil
}

// validSession reports whether token names a live session.
func (a *Authoring) validSession(token string) bool {
	if token == "" || len(token) > 128 {
		return false
	}
	key := tokenKey(token)
	now := a.now()
	a.mu.Lock()
	defer a.mu.Unlock()
	exp, ok := a.sessions[key]
	if ok && !now.Before(exp) {
		delete(a.sessions, key)
		return false
	}
	return ok
}

// endSession forgets token's session.
func (a *Authoring) endSession(token string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	delete(a.sessions, tokenKey(token))
}

// tokenKey is how a token is kept: its hash, so the map holds no usable
// token and lookups do not compare secrets byte by byte.
func tokenKey(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// Requests and answers of the authoring API.
type (
	loginRequest struct {
		Password string `json:"password"`
	}
	sourceRequest struct {
		YAML string `json:"yaml"`
	}
	saveRequest struct {
		YAML     string `json:"yaml"`
		Override bool   `json:"override"`
	}
	sourceAnswer struct {
		ID      string `json:"id"`
		YAML    string `json:"yaml"`
		Builtin bool   `json:"builtin"`
	}
	problemsAnswer struct {
		Error    string          `json:"error,omitempty"`
		Code     string          `json:"code,omitempty"`
		Problems []AuthorProblem `json:"problems"`
	}
	tryAnswer struct {
		Scenario string `json:"scenario"`
	}
	savedAnswer struct {
		ID    string `json:"id"`
		Saved bool   `json:"saved"`
	}
)

// mountAuthoring adds the routes of the trainers' scenario authoring in the
// browser (issue 5): the page /author and the JSON API under /api/author. It
// is called inside the routed group that has request timeouts, compression
// and security headers.
func (s *Server) mountAuthoring(r chi.Router) {
	r.Get("/author", s.handleAuthorPage)
	r.Route("/api/author", func(r chi.Router) {
		r.Use(s.authorEnabled)
		r.Use(sameOrigin)
		r.Post("/login", s.handleAuthorLogin)
		r.Group(func(r chi.Router) {
			r.Use(s.requireAuthor)
			r.Post("/logout", s.handleAuthorLogout)
			r.Get("/scenarios", s.handleAuthorList)
			r.Get("/scenarios/{id}", s.handleAuthorLoad)
			r.Put("/scenarios/{id}", s.handleAuthorSave)
			r.Post("/lint", s.handleAuthorLint)
			r.Post("/try", s.handleAuthorTry)
		})
	})
}

// handleAuthorPage serves the authoring page. It is public: it shows the
// sign-in box, and everything behind it comes from the signed-in API.
func (s *Server) handleAuthorPage(w http.ResponseWriter, r *http.Request) {
	b, err := fs.ReadFile(staticFS(), "author.html")
	if err != nil {
		http.Error(w, "page missing", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(b)
}

// authorEnabled answers 503 when authoring is not configured.
func (s *Server) authorEnabled(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.Authoring.enabled() {
			writeJSON(w, http.StatusServiceUnavailable, errorBody{Error: "本服务没有开启案例编写:管理员需要设置培训老师密码(--trainer-password)", Code: codeDisabled})
			return
		}
		next.ServeHTTP(w, r)
	})
}

// sameOrigin refuses state-changing requests from another site: the Origin
// header, when present, must name this host, and a browser's Sec-Fetch-Site
// must not say cross-site. The session cookie is SameSite=Strict too.
func sameOrigin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet || r.Method == http.MethodHead {
			next.ServeHTTP(w, r)
			return
		}
		if site := r.Header.Get("Sec-Fetch-Site"); site == "cross-site" || site == "same-site" {
			writeJSON(w, http.StatusForbidden, errorBody{Error: "拒绝来自其他网站的请求", Code: codeForbidden})
			return
		}
		if origin := r.Header.Get("Origin"); origin != "" {
			u, err := url.Parse(origin)
			if err != nil || !strings.EqualFold(u.Host, r.Host) {
				writeJSON(w, http.StatusForbidden, errorBody{Error: "拒绝来自其他网站的请求", Code: codeForbidden})
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// requireAuthor answers 401 unless the request carries a live trainer session.
func (s *Server) requireAuthor(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie(authorCookie)
		if err != nil || !s.Authoring.validSession(c.Value) {
			writeJSON(w, http.StatusUnauthorized, errorBody{Error: "请先以培训老师身份登录", Code: codeUnauthorized})
			return
		}
		next.ServeHTTP(w, r)
	})
}

// remoteHost is the address failed sign-ins are counted against: the peer's
// IP (forwarding headers are not trusted).
func remoteHost(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

func (s *Server) handleAuthorLogin(w http.ResponseWriter, r *http.Request) {
	a := s.Authoring
	addr := remoteHost(r)
	if ok, wait := a.allowLogin(addr); !ok {
		secs := int(wait.Seconds()) + 1
		w.Header().Set("Retry-After", strconv.Itoa(secs))
		writeJSON(w, http.StatusTooManyRequests, errorBody{Error: "登录失败次数过多,请 " + strconv.Itoa(secs) + " 秒后再试", Code: codeTooMany})
		return
	}
	var req loginRequest
	if !decodeAuthorBody(w, r, &req) {
		return
	}
	if !a.checkPassword(req.Password) {
		a.loginFailed(addr)
		s.logger().Info("trainer sign-in failed", "remote", addr)
		writeJSON(w, http.StatusUnauthorized, errorBody{Error: "密码不正确", Code: codeUnauthorized})
		return
	}
	token, err := a.newSession()
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name: authorCookie, Value: token, Path: "/api/author",
		MaxAge: int(authorSessionTTL.Seconds()), HttpOnly: true, Secure: r.TLS != nil,
		SameSite: http.SameSiteStrictMode,
	})
	s.logger().Info("trainer signed in", "remote", addr)
	writeJSON(w, http.StatusOK, map[string]bool{"ok": true})
}

func (s *Server) handleAuthorLogout(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(authorCookie); err == nil {
		s.Authoring.endSession(c.Value)
	}
	http.SetCookie(w, &http.Cookie{
		Name: authorCookie, Value: "", Path: "/api/author", MaxAge: -1,
		HttpOnly: true, Secure: r.TLS != nil, SameSite: http.SameSiteStrictMode,
	})
	writeJSON(w, http.StatusOK, map[string]bool{"ok": true})
}

func (s *Server) handleAuthorList(w http.ResponseWriter, r *http.Request) {
	list, err := s.Authoring.Workshop.List(r.Context())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if list == nil {
		list = []AuthorEntry{}
	}
	writeJSON(w, http.StatusOK, list)
}

func (s *Server) handleAuthorLoad(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(w, r, "案例编号无效")
	if !ok {
		return
	}
	src, builtin, err := s.Authoring.Workshop.Load(r.Context(), id)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, sourceAnswer{ID: id, YAML: string(src), Builtin: builtin})
}

func (s *Server) handleAuthorLint(w http.ResponseWriter, r *http.Request) {
	var req sourceRequest
	if !decodeAuthorBody(w, r, &req) {
		return
	}
	ps := s.Authoring.Workshop.Lint([]byte(req.YAML))
	if ps == nil {
		ps = []AuthorProblem{}
	}
	writeJSON(w, http.StatusOK, problemsAnswer{Problems: ps})
}

func (s *Server) handleAuthorTry(w http.ResponseWriter, r *http.Request) {
	var req sourceRequest
	if !decodeAuthorBody(w, r, &req) {
		return
	}
	id, ps, err := s.Authoring.Workshop.Try(r.Context(), []byte(req.YAML))
	if len(ps) > 0 {
		writeJSON(w, http.StatusUnprocessableEntity, problemsAnswer{Error: "案例还有问题,改好后才能试谈", Code: coach.EINVALID, Problems: ps})
		return
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, tryAnswer{Scenario: id})
}

func (s *Server) handleAuthorSave(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(w, r, "案例编号无效")
	if !ok {
		return
	}
	var req saveRequest
	if !decodeAuthorBody(w, r, &req) {
		return
	}
	ps, err := s.Authoring.Workshop.Save(r.Context(), id, []byte(req.YAML), req.Override)
	if len(ps) > 0 {
		writeJSON(w, http.StatusUnprocessableEntity, problemsAnswer{Error: "案例还有问题,没有保存", Code: coach.EINVALID, Problems: ps})
		return
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.logger().Info("trainer saved a scenario", "id", id, "override", req.Override, "remote", remoteHost(r))
	writeJSON(w, http.StatusOK, savedAnswer{ID: id, Saved: true})
}

// decodeAuthorBody reads one JSON object strictly into v; on failure it
// answers 400 (413 when larger than 1 MiB, 415 when not JSON) and returns false.
func decodeAuthorBody(w http.ResponseWriter, r *http.Request, v any) bool {
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(strings.ToLower(ct), "application/json") {
		writeJSON(w, http.StatusUnsupportedMediaType, errorBody{Error: "请求须为 JSON(Content-Type: application/json)", Code: coach.EINVALID})
		return false
	}
	return decodeStrictJSON(w, r, v, maxAuthorBody, "提交的内容太大(最多 1 MiB)")
}
