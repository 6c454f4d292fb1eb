package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/gorilla/websocket"

	"receptioncoach/coach"
)

// Websocket limits, after gorilla's chat example.
const (
	// Time allowed to write a frame to the peer.
	writeWait = 10 * time.Second
	// Time allowed to read the next pong from the peer.
	pongWait = 60 * time.Second
	// Send pings with this period; must be less than pongWait.
	pingPeriod = pongWait * 9 / 10
	// Largest frame accepted from the peer. Well above a 2,000-character line
	// even with every character \u-escaped (12 KB), so an over-long line gets
	// an error frame rather than a closed connection.
	maxMessageSize = 64 << 10
	// Outbound frames queued per connection; a client this far behind is dropped.
	sendBuffer = 256
	// Client frames waiting for the worker; more than this gets a busy error.
	inboxSize = 16
	// Longest a single service call of a turn may take.
	turnTimeout = 2 * time.Minute
)

// Frame types of the websocket contract.
const (
	frameStart   = "start"
	frameSay     = "say"
	frameHint    = "hint"
	frameEnd     = "end"
	frameSession = "session"
	frameVisitor = "visitor"
	frameDelta   = "visitor_delta"
	frameReport  = "report"
	frameError   = "error"
)

// Codes carried by error frames, so clients can react without parsing text.
const (
	errBadFrame    = "bad_frame"
	errBadJSON     = "bad_json"
	errUnknownType = "unknown_type"
	errTooLong     = "too_long"
	errEmpty       = "empty"
	errNoSession   = "no_session"
	errNotFound    = "not_found"
	errEnded       = "ended"
	errBusy        = "busy"
	errInvalid     = "invalid"
	errInternal    = "internal"
)

// inFrame is a client→server frame.
type inFrame struct {
	Type     string `json:"type"`
	Scenario string `json:"scenario"`
	User     string `json:"user"`
	Text     string `json:"text"`
}

// sessionFrame announces the session a start opened.
type sessionFrame struct {
	Type     string        `json:"type"`
	ID       string        `json:"id"`
	Scenario string        `json:"scenario"`
	Title    string        `json:"title,omitempty"`
	Persona  coach.Persona `json:"persona,omitempty"`
	User     string        `json:"user,omitempty"`
}

// visitorFrame carries a visitor reply and the state the page shows.
type visitorFrame struct {
	Type   string      `json:"type"`
	Text   string      `json:"text"`
	Mood   coach.Mood  `json:"mood"`
	Stage  coach.Stage `json:"stage"`
	Ended  bool        `json:"ended,omitempty"`
	Ending string      `json:"ending,omitempty"`
	Moves  []string    `json:"moves,omitempty"`
	Faults []string    `json:"faults,omitempty"`
}

// textFrame is a visitor_delta frame: a piece of the reply as it is produced.
type textFrame struct {
	Type string `json:"type"`
	Text string `json:"text"`
}

// hintFrame carries guidance for the current moment.
type hintFrame struct {
	Type  string          `json:"type"`
	Items []coach.Passage `json:"items"`
}

// reportFrame carries the report of a finished talk.
type reportFrame struct {
	Type   string        `json:"type"`
	Report *coach.Report `json:"report"`
}

// errorFrame tells the client what was wrong; the connection stays usable.
type errorFrame struct {
	Type    string `json:"type"`
	Message string `json:"message"`
	Code    string `json:"code,omitempty"`
}

// inMessage is a frame as read, before the worker parses it.
type inMessage struct {
	text bool
	data []byte
}

// wsConn is one browser's websocket. Three goroutines share it: the reader
// (the handler's own), the writer (the only one that writes to the socket)
// and the worker (the only one that calls the service and holds the talk's
// state), so a long reply never delays ping handling.
type wsConn struct {
	coach  coach.Service
	ws     *websocket.Conn
	log    *slog.Logger
	ctx    context.Context // cancelled when the socket closes or the server stops
	cancel context.CancelFunc
	send   chan []byte
	inbox  chan inMessage

	// Owned by the worker goroutine.
	sessionID string
	ended     bool          // the talk is over: no more say
	report    *coach.Report // the report, once the talk was ended
}

// handleWS upgrades to a websocket and serves one connection until it closes.
func (s *Server) handleWS(w http.ResponseWriter, r *http.Request) {
	if s.Coach == nil || s.ctx.Err() != nil {
		writeJSON(w, http.StatusServiceUnavailable, errorBody{Error: "服务未就绪"})
		return
	}
	// Count the connection before the upgrade: until the hijack, Shutdown
	// waits for this request, so Close cannot miss it.
	s.conns.Add(1)
	defer s.conns.Done()
	ws, err := s.upgrader.Upgrade(w, r, nil)
	if err != nil {
		s.logger().Info("websocket upgrade refused", "err", err, "origin", r.Header.Get("Origin"))
		return // Upgrade has answered with an HTTP error
	}
	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	stop := context.AfterFunc(s.ctx, cancel) // Close ends open talks
	defer stop()

	c := &wsConn{
		coach:  s.Coach,
		ws:     ws,
		log:    s.logger().With("remote", r.RemoteAddr),
		ctx:    ctx,
		cancel: cancel,
		send:   make(chan []byte, sendBuffer),
		inbox:  make(chan inMessage, inboxSize),
	}
	var wg sync.WaitGroup
	wg.Go(c.writePump)
	wg.Go(c.work)
	c.readPump()
	cancel()
	wg.Wait()
}

// readPump reads frames and hands them to the worker. It returns when the
// socket fails or closes.
func (c *wsConn) readPump() {
	defer c.ws.Close()
	c.ws.SetReadLimit(maxMessageSize)
	c.ws.SetReadDeadline(time.Now().Add(pongWait))
	c.ws.SetPongHandler(func(string) error { return c.ws.SetReadDeadline(time.Now().Add(pongWait)) })
	for {
		mt, data, err := c.ws.ReadMessage()
		if err != nil {
			if websocket.IsUnexpectedCloseError(err, websocket.CloseGoingAway, websocket.CloseNormalClosure, websocket.CloseNoStatusReceived) && c.ctx.Err() == nil {
				c.log.Info("websocket read", "err", err)
			}
			return
		}
		c.ws.SetReadDeadline(time.Now().Add(pongWait))
		select {
		case c.inbox <- inMessage{text: mt == websocket.TextMessage, data: data}:
		default:
			c.sendError(errBusy, "上一句还在处理中,请稍候再发")
		}
	}
}

// writePump writes queued frames and pings. It is the socket's only writer.
func (c *wsConn) writePump() {
	ticker := time.NewTicker(pingPeriod)
	defer func() {
		ticker.Stop()
		c.ws.Close() // unblocks the reader
	}()
	for {
		select {
		case b := <-c.send:
			c.ws.SetWriteDeadline(time.Now().Add(writeWait))
			if err := c.ws.WriteMessage(websocket.TextMessage, b); err != nil {
				c.cancel()
				return
			}
		case <-ticker.C:
			c.ws.SetWriteDeadline(time.Now().Add(writeWait))
			if err := c.ws.WriteMessage(websocket.PingMessage, nil); err != nil {
				c.cancel()
				return
			}
		case <-c.ctx.Done():
			c.ws.SetWriteDeadline(time.Now().Add(writeWait))
			c.ws.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseGoingAway, ""))
			return
		}
	}
}

// work runs the client's frames one at a time, in order.
func (c *wsConn) work() {
	for {
		select {
		case <-c.ctx.Done():
			return
		case m := <-c.inbox:
			c.handleSafely(m)
		}
	}
}

// handleSafely handles a frame; a panic in the service is logged and answered
// with an error frame instead of taking the server down.
func (c *wsConn) handleSafely(m inMessage) {
	defer func() {
		if v := recover(); v != nil {
			c.log.Error("panic in websocket handler", "panic", v, "session", c.sessionID)
			c.sendError(errInternal, "内部错误,请稍后再试")
		}
	}()
	c.handle(m)
}

// handle parses, checks and runs one client frame.
func (c *wsConn) handle(m inMessage) {
	if !m.text {
		c.sendError(errBadFrame, "只接受 JSON 文本消息")
		return
	}
	var f inFrame
	if err := json.Unmarshal(m.data, &f); err != nil {
		c.sendError(errBadJSON, "消息格式错误:不是有效的 JSON")
		return
	}
	switch f.Type {
	case frameStart:
		c.start(f)
	case frameSay:
		c.say(f)
	case frameHint:
		c.hint()
	case frameEnd:
		c.end()
	case "":
		c.sendError(errUnknownType, "消息缺少 type 字段")
	default:
		c.sendError(errUnknownType, fmt.Sprintf("未知的消息类型:%s", clip(f.Type, 40)))
	}
}

func (c *wsConn) start(f inFrame) {
	id := strings.TrimSpace(f.Scenario)
	user := strings.TrimSpace(f.User)
	switch {
	case id == "":
		c.sendError(errInvalid, "请先选择一个场景")
		return
	case len(id) > maxIDLen || !utf8.ValidString(id):
		c.sendError(errNotFound, "未找到该场景")
		return
	case len(user) > maxIDLen || !utf8.ValidString(user):
		c.sendError(errInvalid, "学员姓名过长")
		return
	}
	ctx, cancel := context.WithTimeout(c.ctx, turnTimeout)
	defer cancel()
	sess, reply, err := c.coach.Start(ctx, id, user)
	if err != nil {
		if coach.ErrorCode(err) == coach.ENOTFOUND {
			c.sendError(errNotFound, fmt.Sprintf("未找到场景「%s」", clip(id, 40)))
			return
		}
		c.serviceError(err)
		return
	}
	c.sessionID, c.ended, c.report = sess.ID, reply.Ended, nil
	c.log.Info("talk started", "session", sess.ID, "scenario", sess.ScenarioID, "user", sess.User)
	c.queue(sessionFrame{Type: frameSession, ID: sess.ID, Scenario: sess.ScenarioID, Title: sess.Title, Persona: sess.Persona, User: sess.User})
	c.queue(newVisitorFrame(reply))
}

func (c *wsConn) say(f inFrame) {
	if c.sessionID == "" {
		c.sendError(errNoSession, "请先选择场景开始接谈")
		return
	}
	if c.ended {
		c.sendError(errEnded, "本次接谈已经结束,请查看报告或重新开始")
		return
	}
	text := strings.TrimSpace(f.Text)
	if text == "" {
		c.sendError(errEmpty, "请输入要说的话")
		return
	}
	if n := utf8.RuneCountInString(text); n > coach.MaxLineRunes {
		c.sendError(errTooLong, fmt.Sprintf("一次最多说 %d 字,这句有 %d 字", coach.MaxLineRunes, n))
		return
	}
	ctx, cancel := context.WithTimeout(c.ctx, turnTimeout)
	defer cancel()
	onDelta := func(s string) {
		if s != "" {
			c.queue(textFrame{Type: frameDelta, Text: s})
		}
	}
	reply, err := c.coach.Say(ctx, c.sessionID, text, onDelta)
	if err != nil {
		if coach.ErrorCode(err) == coach.EENDED {
			c.ended = true
			c.sendError(errEnded, "本次接谈已经结束,请查看报告或重新开始")
			return
		}
		c.serviceError(err)
		return
	}
	if reply.Ended {
		c.ended = true
	}
	c.queue(newVisitorFrame(reply))
}

func (c *wsConn) hint() {
	if c.sessionID == "" {
		c.sendError(errNoSession, "请先选择场景开始接谈")
		return
	}
	ctx, cancel := context.WithTimeout(c.ctx, turnTimeout)
	defer cancel()
	items, err := c.coach.Hint(ctx, c.sessionID)
	if err != nil {
		c.serviceError(err)
		return
	}
	if items == nil {
		items = []coach.Passage{}
	}
	c.queue(hintFrame{Type: frameHint, Items: items})
}

func (c *wsConn) end() {
	if c.sessionID == "" {
		c.sendError(errNoSession, "请先选择场景开始接谈")
		return
	}
	if c.report != nil {
		c.queue(reportFrame{Type: frameReport, Report: c.report})
		return
	}
	ctx, cancel := context.WithTimeout(c.ctx, turnTimeout)
	defer cancel()
	rep, err := c.coach.End(ctx, c.sessionID)
	if err != nil {
		c.serviceError(err)
		return
	}
	if rep == nil {
		c.log.Error("end returned no report", "session", c.sessionID)
		c.sendError(errInternal, "内部错误:没有生成报告")
		return
	}
	c.ended, c.report = true, rep
	c.log.Info("talk ended", "session", c.sessionID, "overall", rep.Overall, "ending", rep.Ending)
	c.queue(reportFrame{Type: frameReport, Report: rep})
}

// serviceError answers a failed service call. Nothing is sent once the
// connection is going away: the error is then the cancellation itself.
func (c *wsConn) serviceError(err error) {
	if c.ctx.Err() != nil {
		return
	}
	switch code := coach.ErrorCode(err); code {
	case coach.ENOTFOUND:
		c.sendError(errNotFound, "未找到本次接谈,请重新开始")
	case coach.EENDED:
		c.sendError(errEnded, "本次接谈已经结束,请查看报告或重新开始")
	case coach.EINVALID, coach.ECONFLICT:
		c.sendError(errInvalid, coach.ErrorMessage(err))
	default:
		if errors.Is(err, context.DeadlineExceeded) {
			c.log.Error("service call timed out", "session", c.sessionID, "err", err)
			c.sendError(errInternal, "处理超时,请再试一次")
			return
		}
		c.log.Error("service call failed", "session", c.sessionID, "err", err)
		c.sendError(errInternal, "内部错误,请稍后再试")
	}
}

func (c *wsConn) sendError(code, msg string) {
	c.queue(errorFrame{Type: frameError, Message: msg, Code: code})
}

// queue hands a frame to the writer. A client whose queue is full is too
// slow to keep up and is dropped.
func (c *wsConn) queue(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		c.log.Error("encode websocket frame", "err", err)
		return
	}
	select {
	case c.send <- b:
	case <-c.ctx.Done():
	default:
		c.log.Warn("websocket client too slow; dropping it")
		c.cancel()
	}
}

func newVisitorFrame(r coach.Reply) visitorFrame {
	return visitorFrame{Type: frameVisitor, Text: r.Text, Mood: r.Mood, Stage: r.Stage, Ended: r.Ended, Ending: r.Ending, Moves: r.Moves, Faults: r.Faults}
}

// clip shortens s to at most n runes, for echoing client input in messages.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
