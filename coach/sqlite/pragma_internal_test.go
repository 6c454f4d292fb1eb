package sqlite

import (
	"context"
	"path/filepath"
	"testing"
)

// TestOpen_Pragmas checks the DSN pragmas reach every connection of a file database.
func TestOpen_Pragmas(t *testing.T) {
	db := NewDB(filepath.Join(t.TempDir(), "coach.db"))
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	tests := []struct {
		pragma, want string
	}{
		{"journal_mode", "wal"},
		{"foreign_keys", "1"},
		{"busy_timeout", "5000"},
	}
	for _, tt := range tests {
		t.Run(tt.pragma, func(t *testing.T) {
			var got string
			if err := db.db.QueryRowContext(ctx, "PRAGMA "+tt.pragma).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Fatalf("%s = %q, want %q", tt.pragma, got, tt.want)
			}
		})
	}
	var n int
	if err := db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM migrations`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no migration recorded")
	}
}

// TestMigrate_Upgrade opens a database made before the interview migration
// existed and checks reopening adds the new table and keeps the old rows.
func TestMigrate_Upgrade(t *testing.T) {
	ctx := context.Background()
	dsn := filepath.Join(t.TempDir(), "coach.db")
	db := NewDB(dsn)
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`DROP TABLE interview_attempts`,
		`DELETE FROM migrations WHERE name = 'migration/0002_interview.sql'`,
		`INSERT INTO sessions (id, scenario, started_at) VALUES ('old', 'x', '2024-01-01T00:00:00.000000000Z')`,
	} {
		if _, err := db.db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	db = NewDB(dsn)
	if err := db.Open(); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM interview_attempts`).Scan(&n); err != nil {
		t.Fatalf("interview table missing after upgrade: %v", err)
	}
	if err := db.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM sessions WHERE id = 'old'`).Scan(&n); err != nil || n != 1 {
		t.Fatalf("old session lost: n=%d err=%v", n, err)
	}
}
