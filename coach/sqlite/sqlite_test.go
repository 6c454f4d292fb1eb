package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"receptioncoach/coach/sqlite"
)

// MustOpenDB opens a migrated database on dsn and closes it when the test ends.
func MustOpenDB(tb testing.TB, dsn string) *sqlite.DB {
	tb.Helper()
	db := sqlite.NewDB(dsn)
	if err := db.Open(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Error(err)
		}
	})
	return db
}

// dsns returns the two kinds of database each store test runs on.
func dsns(tb testing.TB) map[string]string {
	return map[string]string{
		"Memory": sqlite.MemoryDSN,
		"File":   filepath.Join(tb.TempDir(), "data", "coach.db"),
	}
}

func TestDB_Open(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		for name, dsn := range dsns(t) {
			t.Run(name, func(t *testing.T) {
				MustOpenDB(t, dsn)
			})
		}
	})
	t.Run("Reopen", func(t *testing.T) {
		// Migrations recorded in the first open must not run again.
		dsn := filepath.Join(t.TempDir(), "coach.db")
		for range 3 {
			db := sqlite.NewDB(dsn)
			if err := db.Open(); err != nil {
				t.Fatal(err)
			}
			if err := db.Close(); err != nil {
				t.Fatal(err)
			}
		}
	})
	t.Run("ErrDSNRequired", func(t *testing.T) {
		if err := sqlite.NewDB("").Open(); err == nil {
			t.Fatal("expected error")
		}
	})
	t.Run("ErrNotADatabase", func(t *testing.T) {
		dsn := filepath.Join(t.TempDir(), "notes.txt")
		if err := writeFile(dsn, "this is not a database file, just text that is long enough to be a header"); err != nil {
			t.Fatal(err)
		}
		db := sqlite.NewDB(dsn)
		if err := db.Open(); err == nil {
			db.Close()
			t.Fatal("expected error")
		}
	})
	t.Run("ErrNotOpen", func(t *testing.T) {
		s := sqlite.NewSessionStore(sqlite.NewDB(sqlite.MemoryDSN))
		if _, err := s.FindSession(context.Background(), "x"); err == nil {
			t.Fatal("expected error")
		}
	})
}

// fixedClock returns a Now function that advances by one second per call.
func fixedClock() func() time.Time {
	t := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	return func() time.Time {
		t = t.Add(time.Second)
		return t
	}
}
