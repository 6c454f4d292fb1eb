package main

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"time"

	"receptioncoach/coach"
	"receptioncoach/coach/sqlite"
	"receptioncoach/knowledge"
	"receptioncoach/scenarios"
	"receptioncoach/web"
)

// Config is the configuration of `coach serve`.
type Config struct {
	Addr      string   // HTTP address
	DataDir   string   // SQLite file, index and trainer scenarios live here
	Corpora   []string // document folders to index
	Scenarios string   // trainer's scenario folder ("" = DataDir/scenarios)
	// TrainerPassword lets trainers sign in at /author; "" disables authoring.
	TrainerPassword string
	LLM             *llmConfig
}

// DefaultConfig returns the configuration used when no flag is given.
func DefaultConfig() Config {
	return Config{Addr: ":8080", DataDir: "./data"}
}

// Main holds the opened parts of a running server.
type Main struct {
	Config Config
	Logger *slog.Logger

	DB         *sqlite.DB
	Library    *knowledge.Library
	Scenarios  *scenarios.Library
	Coach      *coach.Coach
	HTTPServer *web.Server
}

// NewMain returns a Main with the default configuration.
func NewMain() *Main {
	return &Main{Config: DefaultConfig(), Logger: slog.Default()}
}

// ParseFlags reads serve's flags into m.Config.
func (m *Main) ParseFlags(e env, args []string) error {
	fs := newFlagSet("serve", e.stderr)
	fs.StringVar(&m.Config.Addr, "addr", m.Config.Addr, "HTTP listen `address`")
	fs.StringVar(&m.Config.DataDir, "data", m.Config.DataDir, "data `DIR` for the database, the index and trainer scenarios")
	var corpora stringList
	fs.Var(&corpora, "corpus", "index the documents in `DIR` (repeatable)")
	fs.StringVar(&m.Config.Scenarios, "scenarios", m.Config.Scenarios, "trainer scenario `DIR` (default DATA/scenarios)")
	fs.StringVar(&m.Config.TrainerPassword, "trainer-password", e.getenv("COACH_TRAINER_PASSWORD"),
		"`password` trainers sign in with at /author (default $COACH_TRAINER_PASSWORD; empty disables authoring)")
	m.Config.LLM = addLLMFlags(fs, e.getenv)
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("unexpected argument %q", pos[0])
	}
	m.Config.Corpora = corpora
	return nil
}

// Run opens every part and starts serving; it returns once the server listens.
func (m *Main) Run(ctx context.Context) error {
	start := time.Now()
	cfg := m.Config
	if cfg.Scenarios == "" {
		cfg.Scenarios = filepath.Join(cfg.DataDir, "scenarios")
	}
	m.DB = sqlite.NewDB(filepath.Join(cfg.DataDir, "coach.db"))
	m.DB.Logger = m.Logger
	if err := m.DB.Open(); err != nil {
		return fmt.Errorf("open database: %w", err)
	}
	lib, err := scenarios.Open(cfg.Scenarios)
	if err != nil {
		return fmt.Errorf("load scenarios: %w", err)
	}
	m.Scenarios = lib
	for _, p := range lib.DirProblems() {
		m.Logger.Warn("scenario file skipped", "err", p)
	}
	m.Library, err = knowledge.Open(ctx, knowledge.Config{Dir: filepath.Join(cfg.DataDir, "index"), Corpora: cfg.Corpora, Logger: m.Logger})
	if err != nil {
		return fmt.Errorf("open knowledge library: %w", err)
	}
	voice, commenter, err := cfg.LLM.open(m.Logger)
	if err != nil {
		return err
	}
	// Practice talks on unsaved drafts run on the real engine but are not stored.
	drafts := &scenarios.Drafts{Source: lib}
	m.Coach = &coach.Coach{
		Scenarios: drafts,
		Ephemeral: scenarios.IsDraft,
		Store:     sqlite.NewSessionStore(m.DB),
		Guide:     m.Library,
		Voice:     voice,
		Commenter: commenter,
		Logger:    m.Logger,
		// Built now, so that the first trainee does not wait for it.
		Recognizer: coach.NewTurnRecognizer(),
	}
	bank, err := scenarios.BuiltinQuestionBank()
	if err != nil {
		return fmt.Errorf("load question bank: %w", err)
	}
	m.HTTPServer = web.NewServer()
	m.HTTPServer.Addr = cfg.Addr
	m.HTTPServer.Coach = m.Coach
	m.HTTPServer.Interview = &coach.Interviewer{Bank: bank, Store: sqlite.NewInterviewStore(m.DB)}
	m.HTTPServer.Authoring = &web.Authoring{
		Workshop: &scenarios.Workshop{Lib: lib, Drafts: drafts},
		Password: cfg.TrainerPassword,
	}
	m.HTTPServer.Logger = m.Logger
	if err := m.HTTPServer.Open(); err != nil {
		return fmt.Errorf("open http server: %w", err)
	}
	m.Logger.Info("serving", "url", m.HTTPServer.URL(), "data", cfg.DataDir, "voice", voice != nil, "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// Close shuts the server down and closes what Run opened.
func (m *Main) Close() error {
	var first error
	keep := func(err error) {
		if err != nil && first == nil {
			first = err
		}
	}
	if m.HTTPServer != nil {
		keep(m.HTTPServer.Close())
	}
	if m.Library != nil {
		keep(m.Library.Close())
	}
	if m.DB != nil {
		keep(m.DB.Close())
	}
	return first
}

// runServe serves the practice page until interrupted.
func runServe(ctx context.Context, e env, args []string) error {
	m := NewMain()
	m.Logger = slog.New(slog.NewTextHandler(e.stderr, nil))
	if err := m.ParseFlags(e, args); err != nil {
		return err
	}
	if err := m.Run(ctx); err != nil {
		m.Close()
		return err
	}
	<-ctx.Done()
	m.Logger.Info("shutting down")
	return m.Close()
}
