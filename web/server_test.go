package web

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"receptioncoach/coach"
)

// quietLogger discards logs so test output stays readable.
func quietLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }

func newTestServer(svc coach.Service) *Server {
	s := NewServer()
	s.Coach = svc
	s.Logger = quietLogger()
	return s
}

func TestHTTP(t *testing.T) {
	started := time.Date(2025, 3, 12, 9, 30, 0, 0, time.UTC)
	overall := 72
	var gotFilter coach.SessionFilter
	var gotQuery string
	var gotK int
	fake := &fakeCoach{
		ListScenariosFn: func(ctx context.Context) ([]coach.ScenarioInfo, error) {
			return []coach.ScenarioInfo{{ID: "land-quota", Persona: coach.PersonaConfused, PersonaName: "带着疑惑", Title: "添了孙子却分不到地"}}, nil
		},
		SessionsFn: func(ctx context.Context, f coach.SessionFilter) ([]coach.SessionSummary, error) {
			gotFilter = f
			return []coach.SessionSummary{{ID: "s1", ScenarioID: "land-quota", Title: "添了孙子却分不到地", StartedAt: started, Overall: &overall, Ending: coach.EndingDate}}, nil
		},
		SessionFn: func(ctx context.Context, id string) (*coach.Session, error) {
			if id != "s1" {
				return nil, coach.Errorf(coach.ENOTFOUND, "未找到会话 %s", id)
			}
			return &coach.Session{ID: "s1", ScenarioID: "land-quota", Title: "添了孙子却分不到地", StartedAt: started, Turns: []coach.Turn{{Index: 0, Role: coach.RoleVisitor, Text: "同志,我想问个事儿。"}}}, nil
		},
		SearchFn: func(ctx context.Context, q string, k int) ([]coach.Passage, error) {
			gotQuery, gotK = q, k
			if q == "坏" {
				return nil, coach.Errorf(coach.EINVALID, "检索词无效")
			}
			if q == "崩" {
				return nil, errors.New("index: disk on fire")
			}
			return []coach.Passage{{Source: "卡片", Text: "先听后说", Highlight: "先<mark>听</mark>后说"}}, nil
		},
	}
	h := newTestServer(fake).Handler()

	tests := []struct {
		name       string
		method     string
		path       string
		header     map[string]string
		wantStatus int
		wantType   string // prefix of Content-Type
		wantBody   string // substring of the body
		wantHeader map[string]string
		check      func(t *testing.T, body []byte)
	}{
		{name: "page", path: "/", wantStatus: 200, wantType: "text/html", wantBody: "接访教练"},
		{name: "page has no inline script", path: "/", wantStatus: 200, check: func(t *testing.T, b []byte) {
			if strings.Contains(string(b), "<script>") || strings.Contains(string(b), "onclick=") {
				t.Error("page has inline script, which the CSP forbids")
			}
		}},
		{name: "static js", path: "/static/app.js", wantStatus: 200, wantType: "text/javascript", wantBody: "import"},
		{name: "static css", path: "/static/style.css", wantStatus: 200, wantType: "text/css", wantBody: "@media print"},
		{name: "static report js", path: "/static/report.js", wantStatus: 200, wantBody: "renderReport"},
		{name: "static missing", path: "/static/nope.js", wantStatus: 404},
		{name: "health", path: "/healthz", wantStatus: 200, wantType: "application/json", wantBody: `"ok"`},
		{name: "scenarios", path: "/api/scenarios", wantStatus: 200, wantType: "application/json", check: func(t *testing.T, b []byte) {
			var got []coach.ScenarioInfo
			mustJSON(t, b, &got)
			if len(got) != 1 || got[0].ID != "land-quota" || got[0].PersonaName != "带着疑惑" {
				t.Errorf("scenarios = %+v", got)
			}
		}},
		{name: "personas", path: "/api/personas", wantStatus: 200, check: func(t *testing.T, b []byte) {
			var got []coach.PersonaInfo
			mustJSON(t, b, &got)
			if len(got) != 9 || got[0].Key != coach.PersonaConfused || got[0].Name == "" || got[0].Who == "" {
				t.Errorf("personas = %+v", got)
			}
		}},
		{name: "stages", path: "/api/stages", wantStatus: 200, check: func(t *testing.T, b []byte) {
			var got []stageInfo
			mustJSON(t, b, &got)
			want := []string{"introduction:导入", "first_talk:初谈", "listening:倾听", "presentation:陈述", "summary:归纳", "coordination:协调"}
			if len(got) != len(want) {
				t.Fatalf("stages = %+v", got)
			}
			for i, st := range got {
				if string(st.Key)+":"+st.Name != want[i] {
					t.Errorf("stage %d = %s:%s, want %s", i, st.Key, st.Name, want[i])
				}
			}
		}},
		{name: "moves", path: "/api/moves", wantStatus: 200, check: func(t *testing.T, b []byte) {
			var got []coach.MoveInfo
			mustJSON(t, b, &got)
			names := map[string]string{}
			for _, m := range got {
				names[m.Key] = m.Name
			}
			if len(got) == 0 || names["rude"] == "" || names["greeting"] == "" {
				t.Errorf("moves = %+v", got)
			}
		}},
		{name: "sessions", path: "/api/sessions?user=%E5%B0%8F%E7%8E%8B&limit=5", wantStatus: 200, check: func(t *testing.T, b []byte) {
			if gotFilter.User != "小王" || gotFilter.Limit != 5 {
				t.Errorf("filter = %+v", gotFilter)
			}
			var got []map[string]any
			mustJSON(t, b, &got)
			if len(got) != 1 || got[0]["overall"] != float64(72) || got[0]["ending"] != "agreed_date" {
				t.Errorf("sessions = %v", got)
			}
		}},
		{name: "sessions bad limit", path: "/api/sessions?limit=abc", wantStatus: 400, wantType: "application/json", wantBody: `"error"`},
		{name: "sessions zero limit", path: "/api/sessions?limit=0", wantStatus: 400, wantBody: "limit"},
		{name: "sessions huge limit", path: "/api/sessions?limit=100000", wantStatus: 400},
		{name: "sessions long user", path: "/api/sessions?user=" + strings.Repeat("a", 300), wantStatus: 400},
		{name: "session", path: "/api/sessions/s1", wantStatus: 200, check: func(t *testing.T, b []byte) {
			var got coach.Session
			mustJSON(t, b, &got)
			if got.ID != "s1" || len(got.Turns) != 1 {
				t.Errorf("session = %+v", got)
			}
		}},
		{name: "session missing", path: "/api/sessions/nope", wantStatus: 404, wantType: "application/json", wantBody: "未找到会话 nope"},
		{name: "session page", path: "/sessions/s1", wantStatus: 200, wantType: "text/html", wantBody: "接访教练"},
		{name: "session page missing", path: "/sessions/nope", wantStatus: 404, wantType: "text/html", wantBody: "接访教练"},
		{name: "search", path: "/api/search?q=%E5%80%BE%E5%90%AC&k=3", wantStatus: 200, check: func(t *testing.T, b []byte) {
			if gotQuery != "倾听" || gotK != 3 {
				t.Errorf("search got q=%q k=%d", gotQuery, gotK)
			}
			var got []coach.Passage
			mustJSON(t, b, &got)
			if len(got) != 1 || got[0].Highlight != "先<mark>听</mark>后说" {
				t.Errorf("passages = %+v", got)
			}
		}},
		{name: "search default k", path: "/api/search?q=x", wantStatus: 200, check: func(t *testing.T, b []byte) {
			if gotK != defaultSearchK {
				t.Errorf("k = %d, want %d", gotK, defaultSearchK)
			}
		}},
		{name: "search no query", path: "/api/search", wantStatus: 400, wantBody: "请输入"},
		{name: "search blank query", path: "/api/search?q=+++", wantStatus: 400},
		{name: "search long query", path: "/api/search?q=" + strings.Repeat("%E5%90%AC", 201), wantStatus: 400, wantBody: "过长"},
		{name: "search bad k", path: "/api/search?q=x&k=abc", wantStatus: 400},
		{name: "search k zero", path: "/api/search?q=x&k=0", wantStatus: 400},
		{name: "search k too big", path: "/api/search?q=x&k=51", wantStatus: 400},
		{name: "search invalid", path: "/api/search?q=%E5%9D%8F", wantStatus: 400, wantBody: "检索词无效"},
		{name: "search internal", path: "/api/search?q=%E5%B4%A9", wantStatus: 500, wantBody: "内部错误", check: func(t *testing.T, b []byte) {
			if strings.Contains(string(b), "disk on fire") {
				t.Error("internal error text leaked to the client")
			}
		}},
		{name: "unknown api", path: "/api/nothing", wantStatus: 404, wantType: "application/json"},
		{name: "wrong method", method: "POST", path: "/api/scenarios", wantStatus: 405, wantType: "application/json"},
		{name: "head page", method: "HEAD", path: "/", wantStatus: 200},
		{name: "ws without upgrade", path: "/ws", wantStatus: 400},
		{name: "gzip", path: "/static/app.js", header: map[string]string{"Accept-Encoding": "gzip"}, wantStatus: 200, wantHeader: map[string]string{"Content-Encoding": "gzip"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			method := tt.method
			if method == "" {
				method = "GET"
			}
			req := httptest.NewRequest(method, tt.path, nil)
			for k, v := range tt.header {
				req.Header.Set(k, v)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			res := rec.Result()
			body, _ := io.ReadAll(res.Body)
			if res.StatusCode != tt.wantStatus {
				t.Fatalf("status = %d, want %d; body %s", res.StatusCode, tt.wantStatus, body)
			}
			if tt.wantType != "" && !strings.HasPrefix(res.Header.Get("Content-Type"), tt.wantType) {
				t.Errorf("Content-Type = %q, want %q…", res.Header.Get("Content-Type"), tt.wantType)
			}
			if tt.wantBody != "" && !strings.Contains(string(body), tt.wantBody) {
				t.Errorf("body does not contain %q:\n%s", tt.wantBody, clipBody(body))
			}
			if res.Header.Get("Content-Security-Policy") == "" || res.Header.Get("X-Content-Type-Options") != "nosniff" {
				t.Error("security headers missing")
			}
			for k, v := range tt.wantHeader {
				if got := res.Header.Get(k); got != v {
					t.Errorf("header %s = %q, want %q", k, got, v)
				}
			}
			if tt.check != nil {
				tt.check(t, body)
			}
		})
	}
}

func TestHTTPServiceErrors(t *testing.T) {
	fail := errors.New("db: locked")
	fake := &fakeCoach{
		ListScenariosFn: func(ctx context.Context) ([]coach.ScenarioInfo, error) { return nil, fail },
		SessionsFn: func(ctx context.Context, f coach.SessionFilter) ([]coach.SessionSummary, error) {
			return nil, coach.Errorf(coach.EINVALID, "筛选条件无效")
		},
		SessionFn: func(ctx context.Context, id string) (*coach.Session, error) { return nil, fail },
	}
	h := newTestServer(fake).Handler()
	tests := []struct {
		path       string
		wantStatus int
		wantError  string
	}{
		{"/api/scenarios", 500, "内部错误"},
		{"/api/sessions", 400, "筛选条件无效"},
		{"/api/sessions/x", 500, "内部错误"},
		{"/sessions/x", 500, ""},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", tt.path, nil))
			if rec.Code != tt.wantStatus {
				t.Fatalf("status = %d, want %d", rec.Code, tt.wantStatus)
			}
			if tt.wantError == "" {
				return
			}
			var body errorBody
			mustJSON(t, rec.Body.Bytes(), &body)
			if body.Error != tt.wantError {
				t.Errorf("error = %q, want %q", body.Error, tt.wantError)
			}
		})
	}
}

// Empty lists are JSON arrays, never null: the page iterates over them.
func TestHTTPEmptyListsAreArrays(t *testing.T) {
	fake := &fakeCoach{
		ListScenariosFn: func(ctx context.Context) ([]coach.ScenarioInfo, error) { return nil, nil },
		SessionsFn:      func(ctx context.Context, f coach.SessionFilter) ([]coach.SessionSummary, error) { return nil, nil },
		SearchFn:        func(ctx context.Context, q string, k int) ([]coach.Passage, error) { return nil, nil },
	}
	h := newTestServer(fake).Handler()
	for _, path := range []string{"/api/scenarios", "/api/sessions", "/api/search?q=x"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if got := strings.TrimSpace(rec.Body.String()); got != "[]" {
			t.Errorf("%s = %s, want []", path, got)
		}
	}
}

func TestHTTPPanicIsRecovered(t *testing.T) {
	fake := &fakeCoach{ListScenariosFn: func(ctx context.Context) ([]coach.ScenarioInfo, error) { panic("boom") }}
	h := newTestServer(fake).Handler()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/scenarios", nil))
	if rec.Code != 500 {
		t.Fatalf("status = %d, want 500", rec.Code)
	}
}

func TestOpenClose(t *testing.T) {
	s := newTestServer(newDemoCoach())
	s.Addr = "127.0.0.1:0"
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	url := s.URL()
	if !strings.HasPrefix(url, "http://127.0.0.1:") {
		t.Fatalf("URL = %q", url)
	}
	res, err := http.Get(url + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Fatalf("healthz = %d", res.StatusCode)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := http.Get(url + "/healthz"); err == nil {
		t.Fatal("server still answers after Close")
	}
}

func TestOpenWithoutCoach(t *testing.T) {
	s := NewServer()
	s.Addr = "127.0.0.1:0"
	if err := s.Open(); err == nil {
		s.Close()
		t.Fatal("Open without a coach service succeeded")
	}
}

func TestOpenBadAddr(t *testing.T) {
	s := newTestServer(newDemoCoach())
	s.Addr = "127.0.0.1:-1"
	if err := s.Open(); err == nil {
		s.Close()
		t.Fatal("Open on a bad address succeeded")
	}
}

func mustJSON(t *testing.T, b []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("decode %s: %v", clipBody(b), err)
	}
}

func clipBody(b []byte) string {
	if len(b) > 300 {
		return string(b[:300]) + "…"
	}
	return string(b)
}
