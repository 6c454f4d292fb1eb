package web

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"receptioncoach/coach"
)

// wsFrame is any server→client frame, decoded loosely.
type wsFrame struct {
	Type    string          `json:"type"`
	ID      string          `json:"id"`
	Text    string          `json:"text"`
	Mood    *coach.Mood     `json:"mood"`
	Stage   string          `json:"stage"`
	Ended   bool            `json:"ended"`
	Ending  string          `json:"ending"`
	Moves   []string        `json:"moves"`
	Faults  []string        `json:"faults"`
	Items   []coach.Passage `json:"items"`
	Report  *coach.Report   `json:"report"`
	Message string          `json:"message"`
	Code    string          `json:"code"`
}

// wsClient is a test client with a bounded wait on every read.
type wsClient struct {
	t    *testing.T
	conn *websocket.Conn
}

func dialWS(t *testing.T, ts *httptest.Server) *wsClient {
	t.Helper()
	url := "ws" + strings.TrimPrefix(ts.URL, "http") + "/ws"
	conn, res, err := websocket.DefaultDialer.Dial(url, nil)
	if err != nil {
		t.Fatalf("dial %s: %v", url, err)
	}
	res.Body.Close()
	t.Cleanup(func() { conn.Close() })
	return &wsClient{t: t, conn: conn}
}

func (c *wsClient) sendRaw(mt int, data string) {
	c.t.Helper()
	c.conn.SetWriteDeadline(time.Now().Add(5 * time.Second))
	if err := c.conn.WriteMessage(mt, []byte(data)); err != nil {
		c.t.Fatalf("write: %v", err)
	}
}

func (c *wsClient) send(v any) {
	c.t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		c.t.Fatal(err)
	}
	c.sendRaw(websocket.TextMessage, string(b))
}

func (c *wsClient) read() wsFrame {
	c.t.Helper()
	c.conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	mt, data, err := c.conn.ReadMessage()
	if err != nil {
		c.t.Fatalf("read: %v", err)
	}
	if mt != websocket.TextMessage {
		c.t.Fatalf("frame type %d, want text", mt)
	}
	var f wsFrame
	if err := json.Unmarshal(data, &f); err != nil {
		c.t.Fatalf("decode %s: %v", data, err)
	}
	return f
}

// expect reads one frame and fails unless it has the given type.
func (c *wsClient) expect(typ string) wsFrame {
	c.t.Helper()
	f := c.read()
	if f.Type != typ {
		c.t.Fatalf("frame %+v, want type %q", f, typ)
	}
	return f
}

func (c *wsClient) start(scenario string) wsFrame {
	c.t.Helper()
	c.send(map[string]string{"type": "start", "scenario": scenario})
	c.expect("session")
	return c.expect("visitor")
}

func newWSServer(t *testing.T, svc coach.Service) *httptest.Server {
	ts := httptest.NewServer(newTestServer(svc).Handler())
	t.Cleanup(ts.Close)
	return ts
}

// TestWSWholeTalk plays a talk from the door to the report against the demo
// service, with the visitor's voice streaming.
func TestWSWholeTalk(t *testing.T) {
	demo := newDemoCoach()
	demo.stream = true
	ts := newWSServer(t, demo)
	c := dialWS(t, ts)

	c.send(map[string]string{"type": "start", "scenario": "sent-down-pension", "user": "小王"})
	sess := c.expect("session")
	if sess.ID == "" {
		t.Fatal("session frame without id")
	}
	open := c.expect("visitor")
	if !strings.Contains(open.Text, "跑了多少趟") || open.Mood == nil || open.Mood.Anger != 70 || open.Stage != "introduction" {
		t.Fatalf("opening = %+v", open)
	}

	lines := []struct {
		say       string
		wantStage string
		wantMove  string
	}{
		{"大爷您好,先坐下喝口水,慢慢说。", "introduction", "greeting"},
		{"您跑了这么多趟,确实不容易,我理解您的心情。", "listening", "empathy"},
		{"按照现在的政策规定,下放职工的待遇要看当年的档案。", "presentation", "explain_policy"},
	}
	anger := open.Mood.Anger
	for _, l := range lines {
		c.send(map[string]string{"type": "say", "text": l.say})
		var streamed strings.Builder
		var f wsFrame
		for f = c.read(); f.Type == "visitor_delta"; f = c.read() {
			streamed.WriteString(f.Text)
		}
		if f.Type != "visitor" {
			t.Fatalf("after say %q: frame %+v", l.say, f)
		}
		if streamed.String() != f.Text {
			t.Errorf("streamed %q, final %q", streamed.String(), f.Text)
		}
		if f.Text == "" || f.Mood == nil || f.Stage != l.wantStage {
			t.Errorf("reply to %q = %+v, want stage %s", l.say, f, l.wantStage)
		}
		if !contains(f.Moves, l.wantMove) {
			t.Errorf("moves %v, want %s", f.Moves, l.wantMove)
		}
		if f.Mood.Anger >= anger {
			t.Errorf("anger %d did not fall from %d after %q", f.Mood.Anger, anger, l.say)
		}
		anger = f.Mood.Anger
	}

	c.send(map[string]string{"type": "hint"})
	hint := c.expect("hint")
	if len(hint.Items) != 3 || hint.Items[0].Source == "" || hint.Items[0].Text == "" {
		t.Fatalf("hint = %+v", hint.Items)
	}

	c.send(map[string]string{"type": "end"})
	rep := c.expect("report").Report
	if rep == nil {
		t.Fatal("report frame without report")
	}
	if len(rep.Stages) != 6 {
		t.Errorf("report has %d stages, want 6", len(rep.Stages))
	}
	if rep.Stages[coach.StageListening].Score == 0 || len(rep.Turns) != 7 {
		t.Errorf("report = %+v", rep)
	}

	// The stored session has every turn, and the talk refuses more lines.
	stored, err := demo.Session(context.Background(), sess.ID)
	if err != nil || len(stored.Turns) != 7 || stored.Report == nil || stored.User != "小王" {
		t.Fatalf("stored session = %+v, %v", stored, err)
	}
	c.send(map[string]string{"type": "say", "text": "还有一件事"})
	if f := c.expect("error"); f.Code != errEnded {
		t.Errorf("say after end: %+v", f)
	}
	// A second end sends the same report again.
	c.send(map[string]string{"type": "end"})
	if again := c.expect("report").Report; again.Overall != rep.Overall {
		t.Errorf("second report overall %d, first %d", again.Overall, rep.Overall)
	}
}

// TestWSBadFrames sends every kind of bad frame; each gets an error frame and
// the connection stays usable (a good frame right after it is answered).
func TestWSBadFrames(t *testing.T) {
	long := strings.Repeat("听", coach.MaxLineRunes+1)
	exact := strings.Repeat("听", coach.MaxLineRunes)
	tests := []struct {
		name     string
		started  bool   // start a talk first
		scenario string // scenario to start, default land-quota
		setup    []string
		frame    string
		binary   bool
		wantCode string
	}{
		{name: "not JSON", frame: `hello`, wantCode: errBadJSON},
		{name: "truncated JSON", frame: `{"type":"say","text":"你好`, wantCode: errBadJSON},
		{name: "JSON array", frame: `[1,2]`, wantCode: errBadJSON},
		{name: "JSON null", frame: `null`, wantCode: errUnknownType},
		{name: "wrong field type", frame: `{"type":"say","text":42}`, wantCode: errBadJSON},
		{name: "binary frame", frame: `{"type":"hint"}`, binary: true, wantCode: errBadFrame},
		{name: "no type", frame: `{"text":"你好"}`, wantCode: errUnknownType},
		{name: "unknown type", frame: `{"type":"dance"}`, wantCode: errUnknownType},
		{name: "say before start", frame: `{"type":"say","text":"你好"}`, wantCode: errNoSession},
		{name: "hint before start", frame: `{"type":"hint"}`, wantCode: errNoSession},
		{name: "end before start", frame: `{"type":"end"}`, wantCode: errNoSession},
		{name: "unknown scenario", frame: `{"type":"start","scenario":"no-such-case"}`, wantCode: errNotFound},
		{name: "start without scenario", frame: `{"type":"start"}`, wantCode: errInvalid},
		{name: "start with huge scenario id", frame: `{"type":"start","scenario":"` + strings.Repeat("x", 500) + `"}`, wantCode: errNotFound},
		{name: "start with huge user", frame: `{"type":"start","scenario":"land-quota","user":"` + strings.Repeat("x", 500) + `"}`, wantCode: errInvalid},
		{name: "line over 2000 characters", started: true, frame: `{"type":"say","text":"` + long + `"}`, wantCode: errTooLong},
		{name: "line over 2000 escaped", started: true, frame: `{"type":"say","text":"` + strings.Repeat(`\u542c`, coach.MaxLineRunes+1) + `"}`, wantCode: errTooLong},
		{name: "empty line", started: true, frame: `{"type":"say","text":"   "}`, wantCode: errEmpty},
		{name: "say after visitor left", started: true, scenario: "sent-down-pension", setup: []string{"吵什么吵,烦不烦"}, frame: `{"type":"say","text":"您别走"}`, wantCode: errEnded},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := newWSServer(t, newDemoCoach())
			c := dialWS(t, ts)
			if tt.started {
				sc := tt.scenario
				if sc == "" {
					sc = "land-quota"
				}
				c.start(sc)
				for _, line := range tt.setup {
					c.send(map[string]string{"type": "say", "text": line})
					c.expect("visitor")
				}
			}
			mt := websocket.TextMessage
			if tt.binary {
				mt = websocket.BinaryMessage
			}
			c.sendRaw(mt, tt.frame)
			f := c.expect("error")
			if f.Code != tt.wantCode || f.Message == "" {
				t.Fatalf("error frame %+v, want code %s", f, tt.wantCode)
			}
			if !hasHan(f.Message) {
				t.Errorf("error message %q is not in Chinese", f.Message)
			}
			// Still usable.
			if tt.started {
				c.send(map[string]string{"type": "hint"})
				c.expect("hint")
			} else {
				c.start("land-quota")
			}
		})
	}

	// Exactly 2,000 characters is accepted.
	t.Run("line of exactly 2000 characters", func(t *testing.T) {
		ts := newWSServer(t, newDemoCoach())
		c := dialWS(t, ts)
		c.start("land-quota")
		c.send(map[string]string{"type": "say", "text": exact})
		c.expect("visitor")
	})
}

// TestWSServiceErrors maps service failures to error frames without leaking
// internal text, and keeps the connection.
func TestWSServiceErrors(t *testing.T) {
	fake := &fakeCoach{
		StartFn: func(ctx context.Context, id, user string) (*coach.Session, coach.Reply, error) {
			return &coach.Session{ID: "s1", ScenarioID: id}, coach.Reply{Text: "你好"}, nil
		},
		SayFn: func(ctx context.Context, id, text string, onDelta func(string)) (coach.Reply, error) {
			switch text {
			case "invalid":
				return coach.Reply{}, coach.Errorf(coach.EINVALID, "这句话无法处理")
			case "gone":
				return coach.Reply{}, coach.Errorf(coach.ENOTFOUND, "no session")
			case "panic":
				panic("engine bug")
			}
			return coach.Reply{}, context.DeadlineExceeded
		},
		HintFn: func(ctx context.Context, id string) ([]coach.Passage, error) { return nil, nil },
		EndFn:  func(ctx context.Context, id string) (*coach.Report, error) { return nil, nil },
	}
	ts := newWSServer(t, fake)
	c := dialWS(t, ts)
	c.start("x")
	tests := []struct {
		text     string
		wantCode string
		wantMsg  string
	}{
		{"invalid", errInvalid, "这句话无法处理"},
		{"gone", errNotFound, "未找到本次接谈"},
		{"panic", errInternal, "内部错误"},
		{"slow", errInternal, "超时"},
	}
	for _, tt := range tests {
		c.send(map[string]string{"type": "say", "text": tt.text})
		f := c.expect("error")
		if f.Code != tt.wantCode || !strings.Contains(f.Message, tt.wantMsg) {
			t.Errorf("say %q: %+v, want %s %q", tt.text, f, tt.wantCode, tt.wantMsg)
		}
	}
	// A nil hint list is an empty list, not null.
	c.send(map[string]string{"type": "hint"})
	if f := c.expect("hint"); f.Items == nil {
		t.Error("hint items is null")
	}
	// End without a report is an error, not a report of null.
	c.send(map[string]string{"type": "end"})
	c.expect("error")
}

// TestWSCloseCancelsTurn: closing the socket cancels the service call of the
// turn in progress.
func TestWSCloseCancelsTurn(t *testing.T) {
	entered := make(chan struct{})
	cancelled := make(chan struct{})
	fake := &fakeCoach{
		StartFn: func(ctx context.Context, id, user string) (*coach.Session, coach.Reply, error) {
			return &coach.Session{ID: "s1"}, coach.Reply{Text: "你好"}, nil
		},
		SayFn: func(ctx context.Context, id, text string, onDelta func(string)) (coach.Reply, error) {
			close(entered)
			select {
			case <-ctx.Done():
				close(cancelled)
				return coach.Reply{}, ctx.Err()
			case <-time.After(10 * time.Second):
				return coach.Reply{}, nil
			}
		},
	}
	ts := newWSServer(t, fake)
	c := dialWS(t, ts)
	c.start("x")
	c.send(map[string]string{"type": "say", "text": "您好"})
	waitFor(t, entered, "Say to be called")
	c.conn.Close()
	waitFor(t, cancelled, "the turn's context to be cancelled")
}

// TestWSPingWhileBusy: while a reply is still being produced, the server
// keeps reading, so control frames are answered and more frames are queued.
func TestWSPingWhileBusy(t *testing.T) {
	release := make(chan struct{})
	var releaseOnce sync.Once
	unblock := func() { releaseOnce.Do(func() { close(release) }) }
	t.Cleanup(unblock) // never leave Say blocked, even when the test fails early
	fake := &fakeCoach{
		StartFn: func(ctx context.Context, id, user string) (*coach.Session, coach.Reply, error) {
			return &coach.Session{ID: "s1"}, coach.Reply{Text: "你好"}, nil
		},
		SayFn: func(ctx context.Context, id, text string, onDelta func(string)) (coach.Reply, error) {
			onDelta("我……")
			<-release
			return coach.Reply{Text: "我……想想", Mood: coach.Mood{Anger: 10, Trust: 50}, Stage: coach.StageListening}, nil
		},
		HintFn: func(ctx context.Context, id string) ([]coach.Passage, error) {
			return []coach.Passage{{Source: "卡片", Text: "给对方思考的时间"}}, nil
		},
	}
	ts := newWSServer(t, fake)
	c := dialWS(t, ts)
	c.start("x")
	c.send(map[string]string{"type": "say", "text": "您慢慢说"})
	if f := c.expect("visitor_delta"); f.Text != "我……" {
		t.Fatalf("delta = %+v", f)
	}
	pong := make(chan struct{}, 1)
	c.conn.SetPongHandler(func(string) error { pong <- struct{}{}; return nil })
	if err := c.conn.WriteControl(websocket.PingMessage, []byte("p"), time.Now().Add(time.Second)); err != nil {
		t.Fatal(err)
	}
	c.send(map[string]string{"type": "hint"}) // queued behind the say
	// Reading processes the pong; nothing else can arrive while Say is held.
	readErr := make(chan error, 1)
	frames := make(chan wsFrame, 2)
	go func() {
		for {
			c.conn.SetReadDeadline(time.Now().Add(5 * time.Second))
			_, data, err := c.conn.ReadMessage()
			if err != nil {
				readErr <- err
				return
			}
			var f wsFrame
			json.Unmarshal(data, &f)
			frames <- f
		}
	}()
	waitFor(t, pong, "a pong while Say is busy")
	unblock()
	for _, want := range []string{"visitor", "hint"} {
		select {
		case f := <-frames:
			if f.Type != want {
				t.Fatalf("frame %+v, want %s (frames stay in order)", f, want)
			}
		case err := <-readErr:
			t.Fatal(err)
		case <-time.After(5 * time.Second):
			t.Fatalf("no %s frame", want)
		}
	}
}

// TestWSOversizedFrame: a frame beyond the read limit closes the connection
// (the documented gorilla behaviour); the server survives it.
func TestWSOversizedFrame(t *testing.T) {
	ts := newWSServer(t, newDemoCoach())
	c := dialWS(t, ts)
	c.sendRaw(websocket.TextMessage, `{"type":"say","text":"`+strings.Repeat("a", maxMessageSize)+`"}`)
	c.conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, _, err := c.conn.ReadMessage(); err == nil {
		t.Fatal("connection still open after an oversized frame")
	}
	c2 := dialWS(t, ts)
	c2.start("land-quota")
}

// TestWSCrossOrigin: a page from another origin cannot open a talk.
func TestWSCrossOrigin(t *testing.T) {
	ts := newWSServer(t, newDemoCoach())
	url := "ws" + strings.TrimPrefix(ts.URL, "http") + "/ws"
	_, res, err := websocket.DefaultDialer.Dial(url, http.Header{"Origin": {"http://evil.example"}})
	if err == nil {
		t.Fatal("cross-origin upgrade accepted")
	}
	if res == nil || res.StatusCode != http.StatusForbidden {
		t.Fatalf("response %v, want 403", res)
	}
}

// TestWSServerCloseEndsTalks: Close closes open websockets within its 5 s.
func TestWSServerCloseEndsTalks(t *testing.T) {
	s := newTestServer(newDemoCoach())
	s.Addr = "127.0.0.1:0"
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	url := "ws" + strings.TrimPrefix(s.URL(), "http") + "/ws"
	conn, res, err := websocket.DefaultDialer.Dial(url, nil)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	defer conn.Close()
	c := &wsClient{t: t, conn: conn}
	c.start("land-quota")

	var wg sync.WaitGroup
	var closeErr error
	wg.Go(func() { closeErr = s.Close() })
	conn.SetReadDeadline(time.Now().Add(6 * time.Second))
	_, _, err = conn.ReadMessage()
	if !websocket.IsCloseError(err, websocket.CloseGoingAway) {
		t.Errorf("read after Close: %v, want a going-away close", err)
	}
	wg.Wait()
	if closeErr != nil {
		t.Errorf("Close: %v", closeErr)
	}
}

func waitFor(t *testing.T, ch <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(5 * time.Second):
		t.Fatalf("timed out waiting for %s", what)
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func hasHan(s string) bool {
	for _, r := range s {
		if r >= 0x4e00 && r <= 0x9fff {
			return true
		}
	}
	return false
}

// BenchmarkWSTurn measures one say → visitor round trip through the
// websocket (JSON both ways, reader, worker and writer goroutines) against a
// service that answers at once: the web layer's own cost per turn.
func BenchmarkWSTurn(b *testing.B) {
	fake := &fakeCoach{
		StartFn: func(ctx context.Context, id, user string) (*coach.Session, coach.Reply, error) {
			return &coach.Session{ID: "s1"}, coach.Reply{Text: "你好"}, nil
		},
		SayFn: func(ctx context.Context, id, text string, onDelta func(string)) (coach.Reply, error) {
			return coach.Reply{Text: "我家去年添了个孙子,村里说地不能再分,这到底是咋回事?", Mood: coach.Mood{Anger: 30, Trust: 40}, Stage: coach.StageListening, Moves: []string{"open_question"}}, nil
		},
	}
	ts := httptest.NewServer(newTestServer(fake).Handler())
	defer ts.Close()
	conn, res, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(ts.URL, "http")+"/ws", nil)
	if err != nil {
		b.Fatal(err)
	}
	res.Body.Close()
	defer conn.Close()
	conn.WriteMessage(websocket.TextMessage, []byte(`{"type":"start","scenario":"x"}`))
	conn.ReadMessage()
	conn.ReadMessage()
	say := []byte(`{"type":"say","text":"大爷您好,您慢慢说,具体是怎么回事?"}`)
	b.ResetTimer()
	for b.Loop() {
		if err := conn.WriteMessage(websocket.TextMessage, say); err != nil {
			b.Fatal(err)
		}
		if _, _, err := conn.ReadMessage(); err != nil {
			b.Fatal(err)
		}
	}
}
