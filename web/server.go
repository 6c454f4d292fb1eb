// Package web serves the trainee's page, its JSON API and the websocket over
// which a practice talk runs. It talks to the domain only through
// coach.Service.
package web

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/gorilla/websocket"

	"receptioncoach/coach"
)

// Timeouts of the HTTP server.
const (
	readHeaderTimeout = 10 * time.Second
	idleTimeout       = 120 * time.Second
	requestTimeout    = 30 * time.Second // JSON API and page requests, not the websocket
	shutdownTimeout   = 5 * time.Second
)

// Server is the HTTP server of the trainee's page, the JSON API and the
// websocket of a talk. Set the exported fields before Open.
type Server struct {
	// Addr is the address to listen on, e.g. ":8080"; ":0" picks a free port.
	Addr string
	// Coach runs the talks.
	Coach coach.Service
	// Interview runs civil-service interview practice; nil disables it.
	Interview coach.InterviewService
	// Authoring lets signed-in trainers write, try and save scenarios at
	// /author; nil (or an empty password) disables it.
	Authoring *Authoring
	// Logger receives request and connection logs; nil means slog.Default().
	Logger *slog.Logger

	router   chi.Router
	upgrader websocket.Upgrader
	server   *http.Server
	listener net.Listener

	// ctx is cancelled by Close; open websocket connections watch it.
	ctx    context.Context
	cancel context.CancelFunc
	conns  sync.WaitGroup // running websocket connections
}

// NewServer returns a server with its routes built. Set Coach (and optionally
// Addr and Logger) before calling Open or serving Handler.
func NewServer() *Server {
	s := &Server{Addr: ":8080"}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	// CheckOrigin stays nil: gorilla then refuses cross-origin upgrades.
	s.upgrader = websocket.Upgrader{ReadBufferSize: 4096, WriteBufferSize: 4096}

	r := chi.NewRouter()
	r.Use(middleware.RequestID)
	r.Use(s.logRequests)
	r.Use(s.recoverPanics)
	r.Use(securityHeaders)
	r.Use(middleware.GetHead)

	// The websocket lives outside Timeout (its deadline would cancel the
	// talk) and outside Compress (which once broke upgrades, chi #131).
	r.Get("/ws", s.handleWS)

	r.Group(func(r chi.Router) {
		r.Use(middleware.Timeout(requestTimeout))
		r.Use(middleware.Compress(5))

		r.Get("/", s.handlePage)
		r.Get("/sessions/{id}", s.handleSessionPage)
		r.Handle("/static/*", staticHandler())
		r.Get("/healthz", s.handleHealth)

		r.Route("/api", func(r chi.Router) {
			r.Get("/scenarios", s.handleScenarios)
			r.Get("/personas", s.handlePersonas)
			r.Get("/stages", s.handleStages)
			r.Get("/moves", s.handleMoves)
			r.Get("/sessions", s.handleSessions)
			r.Get("/sessions/{id}", s.handleSession)
			r.Get("/search", s.handleSearch)
		})

		s.mountInterview(r)
		s.mountAuthoring(r)
	})

	r.NotFound(handleNotFound)
	r.MethodNotAllowed(handleMethodNotAllowed)
	s.router = r
	return s
}

// Handler returns the router, for httptest.
func (s *Server) Handler() http.Handler { return s.router }

// Open starts listening on Addr and serves in the background.
func (s *Server) Open() error {
	if s.Coach == nil {
		return errors.New("open web server: no coach service")
	}
	addr := s.Addr
	if addr == "" {
		addr = ":8080"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", addr, err)
	}
	s.listener = ln
	s.server = &http.Server{
		Handler:           s.router,
		ReadHeaderTimeout: readHeaderTimeout,
		IdleTimeout:       idleTimeout,
		ErrorLog:          slog.NewLogLogger(s.logger().Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return s.ctx },
	}
	go func() {
		if err := s.server.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.logger().Error("web server stopped", "err", err)
		}
	}()
	s.logger().Info("web server listening", "url", s.URL())
	return nil
}

// Close shuts the server down gracefully: it stops accepting connections,
// waits up to five seconds for requests in flight, and closes open talks'
// websockets (their sessions stay stored and can be reopened).
func (s *Server) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	var err error
	if s.server != nil {
		if e := s.server.Shutdown(ctx); e != nil {
			err = fmt.Errorf("shut down web server: %w", e)
		}
	}
	s.cancel() // hijacked websocket connections are not tracked by Shutdown
	done := make(chan struct{})
	go func() { s.conns.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
		if err == nil {
			err = errors.New("shut down web server: websocket connections still open")
		}
	}
	return err
}

// URL returns the base URL of the open server, e.g. "http://127.0.0.1:8080",
// or "" before Open.
func (s *Server) URL() string {
	if s.listener == nil {
		return ""
	}
	host, port, err := net.SplitHostPort(s.listener.Addr().String())
	if err != nil {
		return ""
	}
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port)
}

func (s *Server) logger() *slog.Logger {
	if s.Logger != nil {
		return s.Logger
	}
	return slog.Default()
}

// logRequests logs each request with its status and duration.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		ww := middleware.NewWrapResponseWriter(w, r.ProtoMajor)
		next.ServeHTTP(ww, r)
		status := ww.Status()
		if status == 0 {
			status = http.StatusOK // hijacked or nothing written
		}
		level := slog.LevelDebug
		if status >= 500 {
			level = slog.LevelError
		} else if status >= 400 {
			level = slog.LevelInfo
		}
		s.logger().Log(r.Context(), level, "http request",
			"method", r.Method, "path", r.URL.Path, "status", status,
			"bytes", ww.BytesWritten(), "dur", time.Since(start),
			"req_id", middleware.GetReqID(r.Context()))
	})
}

// recoverPanics turns a panic in a handler into a logged 500.
func (s *Server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.logger().Error("panic in handler", "path", r.URL.Path, "panic", v)
				if r.Header.Get("Connection") != "Upgrade" {
					writeJSON(w, http.StatusInternalServerError, errorBody{Error: "内部错误"})
				}
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// securityHeaders keeps the page to its own origin: no inline scripts, no
// third-party requests, no framing.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'")
		next.ServeHTTP(w, r)
	})
}
