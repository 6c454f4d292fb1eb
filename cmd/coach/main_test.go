package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"receptioncoach/coach"
)

// corpusDir is the method texts beside the repository.
const corpusDir = "../../../shared/corpus"

// runCmd runs the command line and returns exit code, stdout and stderr.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestScenariosJSON(t *testing.T) {
	code, out, errs := runCmd(t, "", "scenarios", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var list []map[string]any
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatal(err)
	}
	personas := map[string]int{}
	for _, it := range list {
		if len(it) != 3 || it["id"] == "" || it["title"] == "" {
			t.Errorf("item %v: want exactly id, persona, title", it)
		}
		personas[it["persona"].(string)]++
	}
	for _, p := range coach.Personas() {
		if personas[string(p.Key)] == 0 {
			t.Errorf("no scenario for persona %s", p.Key)
		}
	}
}

func TestPlayJSON(t *testing.T) {
	lines := "您好,快请坐,喝口水。\n\n您别着急,慢慢说,我都记下来。\n我总结一下,您主要是两件事,对不对?\n"
	code, out, errs := runCmd(t, lines, "play", "--scenario", "resentful-sent-down", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	var objs []map[string]json.RawMessage
	for sc.Scan() {
		var m map[string]json.RawMessage
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		objs = append(objs, m)
	}
	// Opening + three replies + report.
	if len(objs) != 5 {
		t.Fatalf("got %d JSON lines, want 5:\n%s", len(objs), out)
	}
	for _, o := range objs[:4] {
		if string(o["type"]) != `"visitor"` || o["text"] == nil || o["mood"] == nil || o["stage"] == nil {
			t.Errorf("visitor line %v", o)
		}
	}
	if string(objs[4]["type"]) != `"report"` {
		t.Fatalf("last line %v", objs[4])
	}
	var rep struct {
		Overall    int                       `json:"overall"`
		Stages     map[string]map[string]any `json:"stages"`
		Violations []any                     `json:"violations"`
	}
	if err := json.Unmarshal(objs[4]["report"], &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Stages) != 6 || rep.Violations == nil {
		t.Fatalf("report %+v", rep)
	}
}

func TestPlayBadInput(t *testing.T) {
	code, _, errs := runCmd(t, "", "play", "--scenario", "no-such-case")
	if code == 0 || !strings.Contains(errs, "no-such-case") {
		t.Fatalf("unknown scenario: exit %d, %q", code, errs)
	}
	code, _, errs = runCmd(t, "", "play")
	if code == 0 || !strings.Contains(errs, "--scenario") {
		t.Fatalf("missing flag: exit %d, %q", code, errs)
	}
	long := strings.Repeat("长", coach.MaxLineRunes+1)
	code, out, errs := runCmd(t, "您好。\n"+long+"\n请坐。\n", "play", "--scenario", "resentful-sent-down", "--json")
	if code == 0 || !strings.Contains(errs, "stdin:2:") {
		t.Fatalf("oversized line: exit %d, stderr %q", code, errs)
	}
	if !strings.Contains(out, `"type":"report"`) {
		t.Fatal("the report was lost after a bad line")
	}
}

func TestScore(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.json", `{"persona":"confused","note":"ignored","turns":[
		{"role":"visitor","text":"同志,问个事。"},
		{"role":"trainee","text":"大爷您好,快请坐,喝口水。您怎么称呼?"},
		{"role":"trainee","text":"您慢慢说,是怎么回事?"},
		{"role":"trainee","text":"政策规定增人不增地,就好比分家,分过了就不再重分。"}]}`)
	code, out, errs := runCmd(t, "", "score", "--json", good)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rep coach.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Stages) != 6 || rep.Overall <= 0 {
		t.Fatalf("report %+v", rep)
	}
	if code, out, _ := runCmd(t, "", "score", good); code != 0 || !strings.Contains(out, "总分") {
		t.Fatalf("text report: exit %d %q", code, out)
	}
	tests := []struct {
		name, body, want string
	}{
		{"broken.json", "{\n  \"persona\": \"confused\",\n  \"turns\": [\n", "broken.json: line 4"},
		{"persona.json", `{"persona":"angry","turns":[{"role":"trainee","text":"你好"}]}`, `persona "angry"`},
		{"empty.json", `{"persona":"confused","turns":[]}`, "turns is empty"},
		{"role.json", `{"persona":"confused","turns":[{"role":"boss","text":"你好"}]}`, `turns[0]: role "boss"`},
		{"binary.json", "\x00\x01\x02", "not a UTF-8 JSON text file"},
		{"scenario.json", `{"scenario":"nope","turns":[{"role":"trainee","text":"你好"}]}`, `scenario "nope"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := runCmd(t, "", "score", write(tt.name, tt.body))
			if code == 0 || !strings.Contains(errs, tt.want) {
				t.Fatalf("exit %d, stderr %q, want %q", code, errs, tt.want)
			}
		})
	}
	if code, _, errs := runCmd(t, "", "score", filepath.Join(dir, "missing.json")); code == 0 || !strings.Contains(errs, "missing.json") {
		t.Fatalf("missing file: %d %q", code, errs)
	}
}

// MustRunMain starts a server on a free port with its data in dir.
func MustRunMain(tb testing.TB, dir string) *Main {
	tb.Helper()
	m := NewMain()
	m.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	m.Config.Addr = "127.0.0.1:0"
	m.Config.DataDir = dir
	m.Config.LLM = &llmConfig{}
	if _, err := os.Stat(corpusDir); err == nil {
		m.Config.Corpora = []string{corpusDir}
	}
	if err := m.Run(context.Background()); err != nil {
		tb.Fatal(err)
	}
	return m
}

type wsClient struct {
	t    *testing.T
	conn *websocket.Conn
}

func dialWS(t *testing.T, m *Main) *wsClient {
	t.Helper()
	url := "ws" + strings.TrimPrefix(m.HTTPServer.URL(), "http") + "/ws"
	conn, _, err := websocket.DefaultDialer.Dial(url, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return &wsClient{t, conn}
}

func (c *wsClient) send(v any) {
	c.t.Helper()
	if err := c.conn.WriteJSON(v); err != nil {
		c.t.Fatal(err)
	}
}

// next reads frames until one of the given type arrives.
func (c *wsClient) next(typ string) map[string]json.RawMessage {
	c.t.Helper()
	c.conn.SetReadDeadline(time.Now().Add(20 * time.Second))
	for {
		var m map[string]json.RawMessage
		if err := c.conn.ReadJSON(&m); err != nil {
			c.t.Fatalf("waiting for %s: %v", typ, err)
		}
		var got string
		json.Unmarshal(m["type"], &got)
		if got == typ {
			return m
		}
		if got == "error" {
			c.t.Fatalf("waiting for %s: error frame %s", typ, m["message"])
		}
	}
}

// TestServeTalkSurvivesRestart plays a talk over the websocket on the real
// stack, restarts the server on the same data dir and reads the talk back.
func TestServeTalkSurvivesRestart(t *testing.T) {
	dir := t.TempDir()
	m := MustRunMain(t, dir)
	c := dialWS(t, m)
	c.send(map[string]any{"type": "start", "scenario": "resentful-sent-down"})
	var id string
	json.Unmarshal(c.next("session")["id"], &id)
	c.next("visitor")
	lines := []string{"大爷您好,快请坐,喝口热水。", "您别着急,慢慢说,我都给您记下来。", "我理解您,换了谁都憋屈。"}
	for _, l := range lines {
		c.send(map[string]any{"type": "say", "text": l})
		v := c.next("visitor")
		var mood coach.Mood
		if err := json.Unmarshal(v["mood"], &mood); err != nil {
			t.Fatal(err)
		}
	}
	c.send(map[string]any{"type": "hint"})
	var hint struct {
		Items []struct{ Source, Text string } `json:"items"`
	}
	raw := c.next("hint")
	json.Unmarshal(raw["items"], &hint.Items)
	if len(hint.Items) != 3 || hint.Items[0].Source == "" {
		t.Fatalf("hint items %+v", hint.Items)
	}
	// Restart before ending: the talk goes on from SQLite.
	c.conn.Close()
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	m = MustRunMain(t, dir)
	defer m.Close()
	sess, err := m.Coach.Session(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(sess.Turns); got != 1+2*len(lines) {
		t.Fatalf("after restart %d turns, want %d", got, 1+2*len(lines))
	}
	if _, err := m.Coach.Say(context.Background(), id, "我归纳一下,您一是要恢复待遇,二是补发工资,三是老伴看病难,对不对?", nil); err != nil {
		t.Fatalf("say after restart: %v", err)
	}
	rep, err := m.Coach.End(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Stages[coach.StageSummary].Score < 60 {
		t.Errorf("summary stage %d after restart", rep.Stages[coach.StageSummary].Score)
	}
	resp, err := http.Get(m.HTTPServer.URL() + "/api/sessions/" + id)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var stored coach.Session
	if err := json.NewDecoder(resp.Body).Decode(&stored); err != nil {
		t.Fatal(err)
	}
	if stored.Report == nil || len(stored.Turns) != 3+2*len(lines) {
		t.Fatalf("stored session: report %v, %d turns", stored.Report != nil, len(stored.Turns))
	}
}

// TestServeInterview checks that serve wires the interview practice.
func TestServeInterview(t *testing.T) {
	m := MustRunMain(t, t.TempDir())
	defer m.Close()
	resp, err := http.Get(m.HTTPServer.URL() + "/api/interview/questions")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var qs []map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&qs); err != nil {
		t.Fatalf("status %d: %v", resp.StatusCode, err)
	}
	if len(qs) < 30 {
		t.Fatalf("%d questions", len(qs))
	}
}

// TestRevisitRemembersAcrossSessions plays a first visit and a second visit
// as the same user on the real stack: the visitor recalls last time's answer
// and a changed answer is reported as inconsistent.
func TestRevisitRemembersAcrossSessions(t *testing.T) {
	m := MustRunMain(t, t.TempDir())
	defer m.Close()
	ctx := context.Background()
	sess, _, err := m.Coach.Start(ctx, "pestering-dibao-demand", "小王")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []string{"您好,请坐,喝口水。", "按政策,您家有收入有车,不符合低保条件,办不了,以后也是这个答复。"} {
		if _, err := m.Coach.Say(ctx, sess.ID, l, nil); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := m.Coach.End(ctx, sess.ID); err != nil {
		t.Fatal(err)
	}
	// Another user is a stranger to the visitor.
	_, open, err := m.Coach.Start(ctx, "pestering-dibao-return", "小李")
	if err != nil {
		t.Fatal(err)
	}
	if open.Intent == "recall" {
		t.Fatalf("visitor recalled another user's answer: %q", open.Text)
	}
	sess, open, err = m.Coach.Start(ctx, "pestering-dibao-return", "小王")
	if err != nil {
		t.Fatal(err)
	}
	if open.Intent != "recall" || !strings.Contains(open.Text, "不符合低保条件") {
		t.Fatalf("opening %q (%s) does not recall the first visit", open.Text, open.Intent)
	}
	if _, err := m.Coach.Say(ctx, sess.ID, "这回嘛,我再想想办法,说不定能给你办下来。", nil); err != nil {
		t.Fatal(err)
	}
	rep, err := m.Coach.End(ctx, sess.ID)
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string]bool{}
	for _, v := range rep.Violations {
		codes[v.Code] = true
	}
	if !codes[coach.ViolationInconsistent] || !codes[coach.ViolationFalsePromise] {
		t.Fatalf("violations %+v: want inconsistent and false_promise", rep.Violations)
	}
}
