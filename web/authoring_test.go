package web

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"receptioncoach/coach"
	"receptioncoach/scenarios"
)

// scenarios.Workshop is the implementation serve wires in; this fails to
// compile if the shared alias types drift apart.
var _ Workshop = (*scenarios.Workshop)(nil)

const authorPassword = "春风-培训-2025"

// authorYAML is a small complete scenario written for these tests.
const authorYAML = `id: melancholic-test-stairs
persona: melancholic
title: 楼道灯坏了三个月
summary: 独居的老太太说楼道灯一直没人修。
case: property
stance: not_ours
owner: 物业服务中心
visitor:
  name: 秦淑兰
  age: 71
  home: 向阳小区
  background: 独居,腿脚不便。
goal: 让人把楼道灯修好
demands:
  - id: light
    text: 把楼道灯修好
    keys: [楼道灯, 路灯, 修灯]
opening:
  - "同志……打扰您了,我就是想问问楼道那个灯。"
story:
  - "我住五楼,楼道灯坏了快三个月了。"
  - "前些天晚上下楼,差点踩空。"
facts:
  - id: fee
    text: "物业费我去年没交,怕他们不管。"
    hidden: true
    ask: [物业费, 交费, 交了吗]
    min_trust: 45
    evasive: "……(低下头)没、没什么。"
`

// authorEnv is a server with real scenarios, drafts and coach behind it.
type authorEnv struct {
	srv   *Server
	h     http.Handler
	dir   string
	lib   *scenarios.Library
	coach *coach.Coach
	now   time.Time
}

func newAuthorEnv(t *testing.T) *authorEnv {
	t.Helper()
	dir := t.TempDir()
	lib, err := scenarios.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	drafts := &scenarios.Drafts{Source: lib}
	env := &authorEnv{dir: dir, lib: lib, now: time.Date(2025, 6, 2, 9, 0, 0, 0, time.UTC)}
	env.coach = &coach.Coach{Scenarios: drafts, Logger: quietLogger()}
	env.srv = newTestServer(env.coach)
	env.srv.Authoring = &Authoring{
		Workshop: &scenarios.Workshop{Lib: lib, Drafts: drafts},
		Password: authorPassword,
		Now:      func() time.Time { return env.now },
	}
	env.h = env.srv.Handler()
	return env
}

// authorReq is one request to the handler.
type authorReq struct {
	method, path, body string
	cookie             string            // session token, if any
	header             map[string]string // extra headers
	remote             string            // RemoteAddr; default 192.0.2.1:1234
}

func (env *authorEnv) do(t *testing.T, q authorReq) *httptest.ResponseRecorder {
	t.Helper()
	var body io.Reader
	if q.body != "" {
		body = strings.NewReader(q.body)
	}
	r := httptest.NewRequest(q.method, q.path, body)
	if q.body != "" {
		r.Header.Set("Content-Type", "application/json")
	}
	r.RemoteAddr = "192.0.2.1:1234"
	if q.remote != "" {
		r.RemoteAddr = q.remote
	}
	if q.cookie != "" {
		r.AddCookie(&http.Cookie{Name: authorCookie, Value: q.cookie})
	}
	for k, v := range q.header {
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	env.h.ServeHTTP(w, r)
	return w
}

// login signs in and returns the session token from the cookie.
func (env *authorEnv) login(t *testing.T) string {
	t.Helper()
	w := env.do(t, authorReq{method: "POST", path: "/api/author/login", body: jsonBody(t, map[string]string{"password": authorPassword})})
	if w.Code != http.StatusOK {
		t.Fatalf("login: %d %s", w.Code, w.Body)
	}
	for _, c := range w.Result().Cookies() {
		if c.Name == authorCookie {
			if !c.HttpOnly || c.SameSite != http.SameSiteStrictMode || c.Path != "/api/author" || c.MaxAge != 12*3600 {
				t.Fatalf("cookie %+v is not HttpOnly, SameSite=Strict, Path=/api/author, 12 h", c)
			}
			return c.Value
		}
	}
	t.Fatal("login set no session cookie")
	return ""
}

func jsonBody(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// wantJSONError checks status, a JSON body with a Chinese error and the code.
func wantJSONError(t *testing.T, w *httptest.ResponseRecorder, status int, code string) {
	t.Helper()
	if w.Code != status {
		t.Fatalf("status %d, want %d: %s", w.Code, status, clipBody(w.Body.Bytes()))
	}
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("content type %q", ct)
	}
	var e errorBody
	mustJSON(t, w.Body.Bytes(), &e)
	if e.Error == "" || !hasHan(e.Error) {
		t.Fatalf("error %q is not a Chinese message", e.Error)
	}
	if code != "" && e.Code != code {
		t.Fatalf("code %q, want %q", e.Code, code)
	}
}

// protectedRoutes are every authoring route that needs a trainer session.
func protectedRoutes(t *testing.T) []authorReq {
	src := jsonBody(t, map[string]string{"yaml": authorYAML})
	return []authorReq{
		{method: "POST", path: "/api/author/logout"},
		{method: "GET", path: "/api/author/scenarios"},
		{method: "GET", path: "/api/author/scenarios/choleric-heating-cold"},
		{method: "PUT", path: "/api/author/scenarios/melancholic-test-stairs", body: src},
		{method: "POST", path: "/api/author/lint", body: src},
		{method: "POST", path: "/api/author/try", body: src},
	}
}

func TestAuthorDisabled(t *testing.T) {
	tests := []struct {
		name string
		a    *Authoring
	}{
		{"no authoring", nil},
		{"empty password", &Authoring{Workshop: &scenarios.Workshop{}}},
		{"no workshop", &Authoring{Password: "x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := newAuthorEnv(t)
			env.srv.Authoring = tt.a
			for _, q := range append(protectedRoutes(t), authorReq{method: "POST", path: "/api/author/login", body: `{"password":""}`}) {
				wantJSONError(t, env.do(t, q), http.StatusServiceUnavailable, codeDisabled)
			}
			if w := env.do(t, authorReq{method: "GET", path: "/author"}); w.Code != 200 || !strings.Contains(w.Body.String(), "案例编写") {
				t.Fatalf("page: %d", w.Code)
			}
		})
	}
}

func TestAuthorPage(t *testing.T) {
	env := newAuthorEnv(t)
	w := env.do(t, authorReq{method: "GET", path: "/author"})
	if w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("page: %d %s", w.Code, w.Header().Get("Content-Type"))
	}
	body := w.Body.String()
	for _, bad := range []string{"<script>", "onclick=", "style=", "<style"} {
		if strings.Contains(body, bad) {
			t.Errorf("page has inline %q, which the CSP forbids", bad)
		}
	}
	if !strings.Contains(w.Header().Get("Content-Security-Policy"), "script-src 'self'") {
		t.Error("page is served without the CSP")
	}
	for _, asset := range []string{"/static/author.js", "/static/author.css"} {
		if !strings.Contains(body, asset) {
			t.Errorf("page does not load %s", asset)
		}
		if w := env.do(t, authorReq{method: "GET", path: asset}); w.Code != 200 {
			t.Errorf("%s: %d", asset, w.Code)
		}
	}
}

func TestAuthorSignIn(t *testing.T) {
	env := newAuthorEnv(t)
	for _, q := range protectedRoutes(t) {
		wantJSONError(t, env.do(t, q), http.StatusUnauthorized, codeUnauthorized)
		q.cookie = strings.Repeat("ab", 32)
		wantJSONError(t, env.do(t, q), http.StatusUnauthorized, codeUnauthorized)
	}
	wantJSONError(t, env.do(t, authorReq{method: "POST", path: "/api/author/login", body: `{"password":"wrong"}`}), http.StatusUnauthorized, codeUnauthorized)
	wantJSONError(t, env.do(t, authorReq{method: "POST", path: "/api/author/login", body: `{"password":""}`}), http.StatusUnauthorized, codeUnauthorized)

	token := env.login(t)
	for _, q := range protectedRoutes(t) {
		if q.path == "/api/author/logout" {
			continue
		}
		q.cookie = token
		if w := env.do(t, q); w.Code != http.StatusOK {
			t.Fatalf("%s %s signed in: %d %s", q.method, q.path, w.Code, clipBody(w.Body.Bytes()))
		}
	}

	// A session lasts 12 hours.
	env.now = env.now.Add(11 * time.Hour)
	if w := env.do(t, authorReq{method: "GET", path: "/api/author/scenarios", cookie: token}); w.Code != 200 {
		t.Fatalf("after 11 h: %d", w.Code)
	}
	env.now = env.now.Add(time.Hour)
	wantJSONError(t, env.do(t, authorReq{method: "GET", path: "/api/author/scenarios", cookie: token}), http.StatusUnauthorized, codeUnauthorized)

	// Logging out ends the session.
	token = env.login(t)
	w := env.do(t, authorReq{method: "POST", path: "/api/author/logout", cookie: token})
	if w.Code != 200 {
		t.Fatalf("logout: %d", w.Code)
	}
	if c := w.Result().Cookies(); len(c) != 1 || c[0].MaxAge >= 0 {
		t.Fatalf("logout does not clear the cookie: %+v", c)
	}
	wantJSONError(t, env.do(t, authorReq{method: "GET", path: "/api/author/scenarios", cookie: token}), http.StatusUnauthorized, codeUnauthorized)
}

func TestAuthorLoginRateLimit(t *testing.T) {
	env := newAuthorEnv(t)
	bad := `{"password":"guess"}`
	good := jsonBody(t, map[string]string{"password": authorPassword})
	for i := range maxLoginFailures {
		wantJSONError(t, env.do(t, authorReq{method: "POST", path: "/api/author/login", body: bad}), http.StatusUnauthorized, codeUnauthorized)
		env.now = env.now.Add(time.Second)
		_ = i
	}
	// Locked out: even the right password is refused now.
	for _, body := range []string{bad, good} {
		w := env.do(t, authorReq{method: "POST", path: "/api/author/login", body: body})
		wantJSONError(t, w, http.StatusTooManyRequests, codeTooMany)
		secs, err := strconv.Atoi(w.Header().Get("Retry-After"))
		if err != nil || secs < 1 || secs > 60 {
			t.Fatalf("Retry-After %q", w.Header().Get("Retry-After"))
		}
	}
	// Another address is not affected.
	if w := env.do(t, authorReq{method: "POST", path: "/api/author/login", body: good, remote: "198.51.100.7:999"}); w.Code != 200 {
		t.Fatalf("other address: %d", w.Code)
	}
	// A minute after the first failure, a try is allowed again.
	env.now = env.now.Add(time.Minute - 4*time.Second)
	if w := env.do(t, authorReq{method: "POST", path: "/api/author/login", body: good}); w.Code != 200 {
		t.Fatalf("after the window: %d %s", w.Code, w.Body)
	}
}

func TestAuthorSameOriginAndBodies(t *testing.T) {
	env := newAuthorEnv(t)
	token := env.login(t)
	lint := jsonBody(t, map[string]string{"yaml": authorYAML})
	tests := []struct {
		name   string
		q      authorReq
		status int
	}{
		{"same origin", authorReq{header: map[string]string{"Origin": "http://example.com"}, body: lint}, 200},
		{"no origin", authorReq{body: lint}, 200},
		{"other origin", authorReq{header: map[string]string{"Origin": "http://evil.example"}, body: lint}, 403},
		{"other port", authorReq{header: map[string]string{"Origin": "http://example.com:8081"}, body: lint}, 403},
		{"null origin", authorReq{header: map[string]string{"Origin": "null"}, body: lint}, 403},
		{"cross-site fetch", authorReq{header: map[string]string{"Sec-Fetch-Site": "cross-site"}, body: lint}, 403},
		{"form post", authorReq{header: map[string]string{"Content-Type": "text/plain"}, body: lint}, 415},
		{"malformed json", authorReq{body: `{"yaml": "id: x`}, 400},
		{"unknown field", authorReq{body: `{"yaml": "id: x", "extra": 1}`}, 400},
		{"trailing data", authorReq{body: `{"yaml": "id: x"} {}`}, 400},
		{"not an object", authorReq{body: `"id: x"`}, 400},
		{"oversize", authorReq{body: jsonBody(t, map[string]string{"yaml": strings.Repeat("a", maxAuthorBody)})}, 413},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := tt.q
			q.method, q.path, q.cookie = "POST", "/api/author/lint", token
			w := env.do(t, q)
			if tt.status == 200 {
				if w.Code != 200 {
					t.Fatalf("status %d: %s", w.Code, w.Body)
				}
				return
			}
			wantJSONError(t, w, tt.status, "")
		})
	}
	// Sign-in is guarded the same way.
	w := env.do(t, authorReq{method: "POST", path: "/api/author/login", body: jsonBody(t, map[string]string{"password": authorPassword}), header: map[string]string{"Origin": "http://evil.example"}})
	wantJSONError(t, w, http.StatusForbidden, codeForbidden)
	if len(w.Result().Cookies()) != 0 {
		t.Fatal("a cross-origin sign-in got a cookie")
	}
}

func TestAuthorLint(t *testing.T) {
	env := newAuthorEnv(t)
	token := env.login(t)
	tests := []struct {
		name     string
		yaml     string
		wantLine int
		wantCol  int
		wantMsg  string // "" = clean
	}{
		{name: "clean", yaml: authorYAML},
		{name: "unknown field", yaml: strings.Replace(authorYAML, "goal:", "gaol:", 1), wantLine: 13, wantCol: 1, wantMsg: "未知字段「gaol」"},
		{name: "broken yaml", yaml: strings.Replace(authorYAML, "keys: [楼道灯, 路灯, 修灯]", "keys: [楼道灯, 灯, 修", 1), wantMsg: "方括号"},
		{name: "bad stance", yaml: strings.Replace(authorYAML, "stance: not_ours", "stance: sometimes", 1), wantLine: 6, wantCol: 9, wantMsg: "stance"},
		{name: "binary", yaml: "\x00\x01\x02PNG", wantLine: 1, wantCol: 1, wantMsg: "UTF-8"},
		{name: "empty", yaml: "", wantLine: 1, wantCol: 1, wantMsg: "空"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := env.do(t, authorReq{method: "POST", path: "/api/author/lint", cookie: token, body: jsonBody(t, map[string]string{"yaml": tt.yaml})})
			if w.Code != 200 {
				t.Fatalf("status %d", w.Code)
			}
			if !strings.Contains(w.Body.String(), `"problems":[`) {
				t.Fatalf("problems is not a JSON array: %s", w.Body)
			}
			var ans problemsAnswer
			mustJSON(t, w.Body.Bytes(), &ans)
			if tt.wantMsg == "" {
				if len(ans.Problems) != 0 {
					t.Fatalf("want clean, got %+v", ans.Problems)
				}
				return
			}
			if len(ans.Problems) == 0 {
				t.Fatal("no problem reported")
			}
			for _, p := range ans.Problems {
				if !strings.Contains(p.Message, tt.wantMsg) {
					continue
				}
				if !hasHan(p.Message) {
					t.Fatalf("message %q is not in Chinese", p.Message)
				}
				if p.Line < 1 || p.Col < 1 || tt.wantLine != 0 && (p.Line != tt.wantLine || p.Col != tt.wantCol) {
					t.Fatalf("at %d:%d, want %d:%d", p.Line, p.Col, tt.wantLine, tt.wantCol)
				}
				return
			}
			t.Fatalf("no problem mentions %q: %+v", tt.wantMsg, ans.Problems)
		})
	}
}

func TestAuthorSaveLoadList(t *testing.T) {
	env := newAuthorEnv(t)
	token := env.login(t)
	ctx := context.Background()
	const id = "melancholic-test-stairs"
	put := func(id, yaml string, override bool) *httptest.ResponseRecorder {
		return env.do(t, authorReq{method: "PUT", path: "/api/author/scenarios/" + id, cookie: token,
			body: jsonBody(t, map[string]any{"yaml": yaml, "override": override})})
	}

	if w := put(id, authorYAML, false); w.Code != 200 || !strings.Contains(w.Body.String(), `"saved":true`) {
		t.Fatalf("save: %d %s", w.Code, w.Body)
	}
	if b, err := os.ReadFile(filepath.Join(env.dir, id+".yaml")); err != nil || string(b) != authorYAML {
		t.Fatalf("file not written as sent: %v", err)
	}
	// The library and the trainee's list pick it up without a restart.
	if sc, err := env.lib.Scenario(ctx, id); err != nil || sc.Title != "楼道灯坏了三个月" {
		t.Fatalf("library: %v", err)
	}
	w := env.do(t, authorReq{method: "GET", path: "/api/scenarios"})
	if !strings.Contains(w.Body.String(), `"id":"`+id+`"`) {
		t.Fatal("the public list does not show the saved scenario")
	}

	// Problems → 422 with positions; nothing changes on disk.
	w = put(id, strings.Replace(authorYAML, "title:", "titel:", 1), false)
	if w.Code != http.StatusUnprocessableEntity {
		t.Fatalf("save with problems: %d", w.Code)
	}
	var ans problemsAnswer
	mustJSON(t, w.Body.Bytes(), &ans)
	if !hasHan(ans.Error) || !slices.ContainsFunc(ans.Problems, func(p AuthorProblem) bool { return p.Line == 3 && strings.Contains(p.Message, "titel") }) {
		t.Fatalf("422 body %+v", ans)
	}
	if b, _ := os.ReadFile(filepath.Join(env.dir, id+".yaml")); string(b) != authorYAML {
		t.Fatal("a refused save changed the file")
	}

	// IDs that could leave the folder, or are not kebab-case, are refused.
	for _, bad := range []string{"..", "..%2F..%2Fescape", "%2E%2E", "x.yaml", "Upper", "draft-abc", "a%2Fb", "%00"} {
		w := put(bad, strings.Replace(authorYAML, "id: "+id, "id: "+bad, 1), false)
		if w.Code != http.StatusBadRequest && w.Code != http.StatusNotFound {
			t.Fatalf("id %q: status %d %s", bad, w.Code, w.Body)
		}
	}
	entries, _ := os.ReadDir(env.dir)
	if len(entries) != 1 {
		t.Fatalf("folder has %d entries after refused saves", len(entries))
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(env.dir), "escape.yaml")); err == nil {
		t.Fatal("a file was written outside the folder")
	}

	// Replacing a built-in needs override.
	list := env.do(t, authorReq{method: "GET", path: "/api/author/scenarios", cookie: token})
	var entries2 []AuthorEntry
	mustJSON(t, list.Body.Bytes(), &entries2)
	if len(entries2) < 28 || entries2[0].ID != id || entries2[0].Source != "own" || entries2[1].Source != "builtin" {
		t.Fatalf("list starts %+v (of %d)", entries2[:2], len(entries2))
	}
	builtinID := entries2[1].ID
	w = env.do(t, authorReq{method: "GET", path: "/api/author/scenarios/" + builtinID, cookie: token})
	var src sourceAnswer
	mustJSON(t, w.Body.Bytes(), &src)
	if w.Code != 200 || !src.Builtin || !strings.Contains(src.YAML, "stance:") {
		t.Fatalf("load built-in: %d %+v", w.Code, src)
	}
	wantJSONError(t, put(builtinID, src.YAML, false), http.StatusConflict, coach.ECONFLICT)
	if w := put(builtinID, src.YAML, true); w.Code != 200 {
		t.Fatalf("override: %d %s", w.Code, w.Body)
	}

	// Loading: own file, unknown, bad id.
	w = env.do(t, authorReq{method: "GET", path: "/api/author/scenarios/" + id, cookie: token})
	mustJSON(t, w.Body.Bytes(), &src)
	if w.Code != 200 || src.Builtin || src.YAML != authorYAML {
		t.Fatalf("load own: %d %+v", w.Code, src)
	}
	wantJSONError(t, env.do(t, authorReq{method: "GET", path: "/api/author/scenarios/no-such-case", cookie: token}), http.StatusNotFound, coach.ENOTFOUND)
	wantJSONError(t, env.do(t, authorReq{method: "GET", path: "/api/author/scenarios/Bad_ID", cookie: token}), http.StatusBadRequest, coach.EINVALID)
}

// TestAuthorTryPlayed tries a draft and plays it over the real websocket
// with the real coach: start, say, end with a report.
func TestAuthorTryPlayed(t *testing.T) {
	env := newAuthorEnv(t)
	token := env.login(t)
	w := env.do(t, authorReq{method: "POST", path: "/api/author/try", cookie: token, body: jsonBody(t, map[string]string{"yaml": authorYAML})})
	if w.Code != 200 {
		t.Fatalf("try: %d %s", w.Code, w.Body)
	}
	var ans tryAnswer
	mustJSON(t, w.Body.Bytes(), &ans)
	if !strings.HasPrefix(ans.Scenario, scenarios.DraftPrefix) {
		t.Fatalf("draft id %q", ans.Scenario)
	}
	// Nothing was saved, and the draft is not in the trainee's list.
	if entries, _ := os.ReadDir(env.dir); len(entries) != 0 {
		t.Fatal("trying a draft wrote a file")
	}
	if w := env.do(t, authorReq{method: "GET", path: "/api/scenarios"}); strings.Contains(w.Body.String(), scenarios.DraftPrefix) {
		t.Fatal("the public list shows a draft")
	}

	ts := httptest.NewServer(env.h)
	t.Cleanup(ts.Close)
	c := dialWS(t, ts)
	c.send(map[string]string{"type": "start", "scenario": ans.Scenario, "user": "试谈"})
	sess := c.expect("session")
	if sess.ID == "" {
		t.Fatal("no session id")
	}
	open := c.expect("visitor")
	if !strings.Contains(open.Text, "楼道那个灯") || open.Mood == nil {
		t.Fatalf("opening %+v is not the draft's", open)
	}
	for _, line := range []string{"秦阿姨您好,快请坐,慢慢说。", "您接着说,后来呢?", "这个灯归物业服务中心管,我这就帮您联系他们。"} {
		c.send(map[string]string{"type": "say", "text": line})
		f := c.read()
		for f.Type == "visitor_delta" {
			f = c.read()
		}
		if f.Type != "visitor" || f.Text == "" {
			t.Fatalf("reply to %q: %+v", line, f)
		}
	}
	c.send(map[string]string{"type": "end"})
	rep := c.expect("report")
	if rep.Report == nil || len(rep.Report.Stages) != 6 {
		t.Fatalf("report %+v", rep.Report)
	}

	// A draft with problems gives 422 and no draft.
	w = env.do(t, authorReq{method: "POST", path: "/api/author/try", cookie: token, body: jsonBody(t, map[string]string{"yaml": "id: x\nstance: maybe\n"})})
	if w.Code != http.StatusUnprocessableEntity || !strings.Contains(w.Body.String(), `"problems":[{`) {
		t.Fatalf("broken draft: %d %s", w.Code, w.Body)
	}
}

// TestPublicScenariosHidePrivate checks that what a trainee's browser can
// fetch before a report carries no stance, owner, goal, demands or facts of
// any scenario, built-in or saved by a trainer.
func TestPublicScenariosHidePrivate(t *testing.T) {
	env := newAuthorEnv(t)
	if err := os.WriteFile(filepath.Join(env.dir, "melancholic-test-stairs.yaml"), []byte(authorYAML), 0o644); err != nil {
		t.Fatal(err)
	}
	all, err := env.lib.Scenarios(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	w := env.do(t, authorReq{method: "GET", path: "/api/scenarios"})
	if w.Code != 200 {
		t.Fatalf("status %d", w.Code)
	}
	body := w.Body.String()
	var list []map[string]any
	mustJSON(t, w.Body.Bytes(), &list)
	if len(list) != len(all) || len(list) < 28 {
		t.Fatalf("%d listed, library has %d", len(list), len(all))
	}
	for _, item := range list {
		for _, key := range []string{"stance", "owner", "goal", "demands", "facts", "visitor", "story", "lines", "tests", "mood"} {
			if _, ok := item[key]; ok {
				t.Fatalf("public scenario %v carries %q", item["id"], key)
			}
		}
	}
	for _, sc := range all {
		for _, f := range sc.Facts {
			if f.Hidden && strings.Contains(body, f.Text) {
				t.Fatalf("%s: hidden fact %q is public", sc.ID, f.Text)
			}
		}
		if sc.Goal != "" && strings.Contains(body, sc.Goal) {
			t.Fatalf("%s: goal is public", sc.ID)
		}
		if sc.Owner != "" && strings.Contains(body, `"`+sc.Owner+`"`) {
			t.Fatalf("%s: owner is public", sc.ID)
		}
	}
	// The start of a talk shows the opening, not the facts.
	ts := httptest.NewServer(env.h)
	t.Cleanup(ts.Close)
	c := dialWS(t, ts)
	c.send(map[string]string{"type": "start", "scenario": "melancholic-test-stairs"})
	c.expect("session")
	open := c.expect("visitor")
	if strings.Contains(open.Text, "物业费") {
		t.Fatal("the opening tells the hidden fact")
	}
	// The YAML itself is only served to a signed-in trainer.
	wantJSONError(t, env.do(t, authorReq{method: "GET", path: "/api/author/scenarios/melancholic-test-stairs"}), http.StatusUnauthorized, codeUnauthorized)
}

// TestBrowserAuthor signs in on the page, opens a built-in, lints a broken
// edit as it is typed, jumps to the problem, tries the fixed draft in the
// practice panel through to the report, and saves it.
func TestBrowserAuthor(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	env := newAuthorEnv(t)
	ts := httptest.NewServer(env.h)
	defer ts.Close()
	ctx, problems := browser(t, 60*time.Second)

	do(t, ctx, "open page", chromedp.Navigate(ts.URL+"/author"))
	do(t, ctx, "sign-in box", chromedp.WaitVisible(chromedp.ID("au-password")))
	do(t, ctx, "wrong password", chromedp.SendKeys(chromedp.ID("au-password"), "nope"), chromedp.Click(chromedp.ID("au-login-btn")))
	waitJS(t, ctx, "refusal", `document.getElementById('au-login-notice').textContent === '密码不正确'`)
	do(t, ctx, "right password", chromedp.SetValue(chromedp.ID("au-password"), authorPassword), chromedp.Click(chromedp.ID("au-login-btn")))
	waitJS(t, ctx, "the editor", `!document.getElementById('au-app').hidden`)
	waitJS(t, ctx, "the template lints clean", `document.getElementById('au-lint-status').textContent.startsWith('没有发现问题')`)
	if got := evalString(t, ctx, `String(document.getElementById('au-text').scrollTop)`); got != "0" {
		t.Errorf("the template opens scrolled to %s px", got)
	}
	if n, _ := strconv.Atoi(evalString(t, ctx, `String(document.querySelectorAll('#au-builtin .au-item').length)`)); n < 27 {
		t.Errorf("%d built-ins listed", n)
	}
	shoot(t, ctx, "author-template", false, false)

	do(t, ctx, "open a built-in", chromedp.Click(chromedp.CSS(`#au-builtin .au-item[data-id="choleric-heating-cold"]`)))
	waitJS(t, ctx, "its text", `document.getElementById('au-text').value.startsWith('#') && document.getElementById('au-text').value.includes('id: choleric-heating-cold')`)

	// Type a broken scenario: the problem shows with its line, and a click
	// on it puts the caret there.
	broken := strings.Replace(authorYAML, "goal:", "gaol:", 1)
	set := func(text string) {
		b, _ := json.Marshal(text)
		do(t, ctx, "set text", chromedp.Evaluate[chromedp.Void](`(() => { const ta = document.getElementById('au-text'); ta.value = `+string(b)+`; ta.dispatchEvent(new Event('input')); })()`))
	}
	set(broken)
	// Two problems: the unknown key where it is, and the missing goal at the top.
	waitJS(t, ctx, "the problems", `document.querySelectorAll('#au-problems li').length === 2 && document.querySelector('#au-problems li:nth-child(2)').textContent.includes('未知字段「gaol」')`)
	if got := evalString(t, ctx, `[...document.querySelectorAll('#au-gutter .err')].map(e => e.textContent).join(',')`); got != "1,13" {
		t.Errorf("marked gutter lines %q, want 1,13", got)
	}
	do(t, ctx, "click the problem", chromedp.Click(chromedp.CSS(`#au-problems li:nth-child(2) button`)))
	want := strings.Index(broken, "gaol:")
	if got := evalString(t, ctx, `String(document.getElementById('au-text').selectionStart)`); got != strconv.Itoa(len([]rune(broken[:want]))) {
		t.Errorf("caret at %s, want %d", got, len([]rune(broken[:want])))
	}
	shoot(t, ctx, "author-problem", false, false)

	// Tab indents by two spaces.
	do(t, ctx, "caret to start", chromedp.Evaluate[chromedp.Void](`document.getElementById('au-text').setSelectionRange(0, 0)`))
	do(t, ctx, "press tab", chromedp.KeyEvent(kb.Tab))
	if got := evalString(t, ctx, `document.getElementById('au-text').value.slice(0, 6)`); got != "  id: " {
		t.Errorf("after Tab the text starts %q", got)
	}

	set(authorYAML)
	waitJS(t, ctx, "clean again", `document.getElementById('au-lint-status').textContent.startsWith('没有发现问题') && !document.querySelector('#au-problems li')`)

	// Try it: the practice panel runs a real talk.
	do(t, ctx, "try", chromedp.Click(chromedp.ID("au-try")))
	waitJS(t, ctx, "the opening", `!document.getElementById('au-talk').hidden && [...document.querySelectorAll('#au-chat .msg-visitor:not(.typing-msg)')].some(m => m.textContent.includes('楼道那个灯'))`)
	if got := evalString(t, ctx, `document.querySelector('#au-chat .msg-visitor .who').textContent`); got != "秦淑兰" {
		t.Errorf("visitor named %q in the chat", got)
	}
	waitJS(t, ctx, "the mood", `document.getElementById('au-meter-anger').dataset.value !== undefined`)
	do(t, ctx, "say", chromedp.SendKeys(chromedp.ID("au-say"), "秦阿姨您好,快请坐,慢慢说。"), chromedp.Click(chromedp.ID("au-send")))
	waitJS(t, ctx, "a reply", `document.querySelectorAll('#au-chat .msg-visitor:not(.typing-msg):not(.streaming)').length === 2`)
	waitJS(t, ctx, "the stage", `document.getElementById('au-stage').textContent !== '–'`)
	do(t, ctx, "end", chromedp.Click(chromedp.ID("au-end")))
	waitJS(t, ctx, "the report", `!document.getElementById('au-report').hidden && !!document.querySelector('#au-report .au-score b')`)
	shoot(t, ctx, "author-try", false, false)

	// Save: the file is written and listed as the trainer's own.
	do(t, ctx, "save", chromedp.Click(chromedp.ID("au-save")))
	waitJS(t, ctx, "own list", `!!document.querySelector('#au-own .au-item[data-id="melancholic-test-stairs"]')`)
	if b, err := os.ReadFile(filepath.Join(env.dir, "melancholic-test-stairs.yaml")); err != nil || string(b) != authorYAML {
		t.Fatalf("saved file: %v", err)
	}
	if _, err := env.lib.Scenario(context.Background(), "melancholic-test-stairs"); err != nil {
		t.Fatalf("library: %v", err)
	}

	// Still signed in after a reload.
	do(t, ctx, "reload", chromedp.Navigate(ts.URL+"/author"))
	waitJS(t, ctx, "the editor again", `!document.getElementById('au-app').hidden && !!document.querySelector('#au-own .au-item')`)
	// The browser logs every non-2xx answer; the 401s of the signed-out
	// probe and of the wrong password are the designed ones.
	for _, p := range problems() {
		if !strings.Contains(p, "status of 401") {
			t.Errorf("console problem: %v", p)
		}
	}
}
