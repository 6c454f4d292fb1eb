// Package sqlite stores practice sessions and interview attempts in SQLite
// through the pure-Go modernc.org/sqlite driver.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// MemoryDSN opens a private in-memory database.
const MemoryDSN = ":memory:"

// pragmas are appended to every DSN: write-ahead log, wait for locks, and
// enforce foreign keys.
const pragmas = "_pragma=journal_mode(WAL)&_pragma=busy_timeout(5000)&_pragma=foreign_keys(1)"

//go:embed migration/*.sql
var migrationFS embed.FS

// DB is the database connection with its migrations applied.
type DB struct {
	db *sql.DB

	// DSN is a file path or ":memory:".
	DSN string
	// Now returns the current time; tests may replace it. Defaults to time.Now.
	Now func() time.Time
	// Logger receives migration notes. Defaults to slog.Default().
	Logger *slog.Logger
}

// NewDB returns a DB for dsn (a file path or ":memory:"); call Open before use.
func NewDB(dsn string) *DB {
	return &DB{DSN: dsn, Now: time.Now, Logger: slog.Default()}
}

// Open creates the parent folder of a file database, opens it and applies
// any migration not applied yet.
func (db *DB) Open() error {
	if strings.TrimSpace(db.DSN) == "" {
		return errors.New("open database: dsn required")
	}
	if db.Now == nil {
		db.Now = time.Now
	}
	if db.Logger == nil {
		db.Logger = slog.Default()
	}
	memory := db.DSN == MemoryDSN
	if !memory {
		if err := os.MkdirAll(filepath.Dir(db.DSN), 0o755); err != nil {
			return fmt.Errorf("create data folder: %w", err)
		}
	}
	sep := "?"
	if strings.Contains(db.DSN, "?") {
		sep = "&"
	}
	conn, err := sql.Open("sqlite", db.DSN+sep+pragmas)
	if err != nil {
		return fmt.Errorf("open database: %w", err)
	}
	if memory {
		// Every connection to ":memory:" is a separate database: keep one.
		conn.SetMaxOpenConns(1)
	}
	if err := conn.Ping(); err != nil {
		conn.Close()
		return fmt.Errorf("open database %s: %w", db.DSN, err)
	}
	db.db = conn
	if err := db.migrate(context.Background()); err != nil {
		conn.Close()
		db.db = nil
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}

// Close closes the database.
func (db *DB) Close() error {
	if db.db == nil {
		return nil
	}
	err := db.db.Close()
	db.db = nil
	return err
}

// migrate applies the embedded migration files in name order; each runs in
// a transaction and is recorded in the migrations table so it runs once.
// Adding a table is adding a file named with the next number.
func (db *DB) migrate(ctx context.Context) error {
	if _, err := db.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("create migrations table: %w", err)
	}
	names, err := fs.Glob(migrationFS, "migration/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		if err := db.migrateFile(ctx, name); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
	}
	return nil
}

// migrateFile runs one migration file unless it already ran.
func (db *DB) migrateFile(ctx context.Context, name string) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM migrations WHERE name = ?`, name).Scan(&n); err != nil {
		return err
	} else if n != 0 {
		return nil
	}
	buf, err := fs.ReadFile(migrationFS, name)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(buf)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO migrations (name, applied_at) VALUES (?, ?)`, name, formatTime(db.Now())); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	db.Logger.Debug("applied migration", "name", name, "dsn", db.DSN)
	return nil
}

// Tx is a transaction with the time it began, used for defaults.
type Tx struct {
	*sql.Tx
	db  *DB
	now time.Time
}

// BeginTx starts a transaction.
func (db *DB) BeginTx(ctx context.Context, opts *sql.TxOptions) (*Tx, error) {
	if db.db == nil {
		return nil, errors.New("database not open")
	}
	tx, err := db.db.BeginTx(ctx, opts)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	return &Tx{Tx: tx, db: db, now: db.Now().UTC()}, nil
}

// formatTime stores times as UTC RFC 3339 text with nanoseconds, which sorts
// in time order.
func formatTime(t time.Time) string {
	return t.UTC().Format(timeLayout)
}

// timeLayout is RFC 3339 with a fixed nine-digit fraction so text order is time order.
const timeLayout = "2006-01-02T15:04:05.000000000Z07:00"

// parseTime reads a time written by formatTime.
func parseTime(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("parse time %q: %w", s, err)
	}
	return t, nil
}

// parseSpan parses a start time and an optional end time (nil when NULL).
func parseSpan(started string, ended sql.NullString) (time.Time, *time.Time, error) {
	start, err := parseTime(started)
	if err != nil || !ended.Valid {
		return start, nil, err
	}
	end, err := parseTime(ended.String)
	if err != nil {
		return start, nil, err
	}
	return start, &end, nil
}

// limitOrDefault returns limit, or def when limit is not positive.
func limitOrDefault(limit, def int) int {
	if limit <= 0 {
		return def
	}
	return limit
}
