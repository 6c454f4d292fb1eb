package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"receptioncoach/coach"
)

// InterviewStore keeps interview attempts beside the practice sessions.
type InterviewStore struct {
	db *DB
}

// NewInterviewStore returns an InterviewStore on an open DB.
func NewInterviewStore(db *DB) *InterviewStore {
	return &InterviewStore{db: db}
}

var _ coach.InterviewStore = (*InterviewStore)(nil)

// CreateAttempt stores an attempt. EINVALID on a missing ID, question or
// result; ECONFLICT on a duplicate ID.
func (s *InterviewStore) CreateAttempt(ctx context.Context, a *coach.InterviewAttempt) error {
	if a == nil || strings.TrimSpace(a.ID) == "" {
		return coach.Errorf(coach.EINVALID, "缺少答题记录编号。")
	}
	if strings.TrimSpace(a.QuestionID) == "" {
		return coach.Errorf(coach.EINVALID, "缺少题目编号。")
	}
	if a.Result == nil {
		return coach.Errorf(coach.EINVALID, "缺少评分结果。")
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	if err := createAttempt(ctx, tx, a); err != nil {
		return err
	}
	return tx.Commit()
}

// FindAttempt returns one attempt with its result. ENOTFOUND when missing.
func (s *InterviewStore) FindAttempt(ctx context.Context, id string) (*coach.InterviewAttempt, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	return findAttempt(ctx, tx, id)
}

// ListAttempts returns summaries, newest first.
func (s *InterviewStore) ListAttempts(ctx context.Context, f coach.InterviewFilter) ([]coach.InterviewAttemptSummary, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	return listAttempts(ctx, tx, f)
}

// createAttempt inserts the attempt row; ECONFLICT when the ID exists.
func createAttempt(ctx context.Context, tx *Tx, a *coach.InterviewAttempt) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM interview_attempts WHERE id = ?`, a.ID).Scan(&n); err != nil {
		return fmt.Errorf("check attempt: %w", err)
	} else if n > 0 {
		return coach.Errorf(coach.ECONFLICT, "答题记录 %s 已经存在。", a.ID)
	}
	if a.CreatedAt.IsZero() {
		a.CreatedAt = tx.now
	}
	buf, err := json.Marshal(a.Result)
	if err != nil {
		return fmt.Errorf("encode result: %w", err)
	}
	speech := 0
	if a.Speech {
		speech = 1
	}
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO interview_attempts (id, question, title, category, user, answer, seconds, speech, created_at, score, result)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.ID, a.QuestionID, a.Title, a.Category, a.User, a.Answer, a.Seconds, speech,
		formatTime(a.CreatedAt), a.Score, string(buf)); err != nil {
		return fmt.Errorf("insert attempt: %w", err)
	}
	return nil
}

// findAttempt reads one attempt; ENOTFOUND when missing.
func findAttempt(ctx context.Context, tx *Tx, id string) (*coach.InterviewAttempt, error) {
	var (
		a               coach.InterviewAttempt
		speech          int
		created, result string
	)
	err := tx.QueryRowContext(ctx, `
		SELECT id, question, title, category, user, answer, seconds, speech, created_at, score, result
		FROM interview_attempts WHERE id = ?`, id).Scan(
		&a.ID, &a.QuestionID, &a.Title, &a.Category, &a.User, &a.Answer, &a.Seconds, &speech, &created, &a.Score, &result)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, coach.Errorf(coach.ENOTFOUND, "找不到答题记录 %s。", id)
	} else if err != nil {
		return nil, fmt.Errorf("find attempt: %w", err)
	}
	a.Speech = speech != 0
	if a.CreatedAt, err = parseTime(created); err != nil {
		return nil, err
	}
	var res coach.InterviewResult
	if err := json.Unmarshal([]byte(result), &res); err != nil {
		return nil, fmt.Errorf("decode result of attempt %s: %w", id, err)
	}
	a.Result = &res
	return &a, nil
}

// listAttempts reads summaries, newest first.
func listAttempts(ctx context.Context, tx *Tx, f coach.InterviewFilter) ([]coach.InterviewAttemptSummary, error) {
	where, args := []string{"1 = 1"}, []any{}
	if f.User != "" {
		where, args = append(where, "user = ?"), append(args, f.User)
	}
	if f.Question != "" {
		where, args = append(where, "question = ?"), append(args, f.Question)
	}
	args = append(args, limitOrDefault(f.Limit, defaultListLimit))
	rows, err := tx.QueryContext(ctx, `
		SELECT id, question, title, category, user, created_at, score, seconds
		FROM interview_attempts
		WHERE `+strings.Join(where, " AND ")+`
		ORDER BY created_at DESC, id DESC
		LIMIT ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("list attempts: %w", err)
	}
	defer rows.Close()

	list := []coach.InterviewAttemptSummary{}
	for rows.Next() {
		var (
			sum     coach.InterviewAttemptSummary
			created string
		)
		if err := rows.Scan(&sum.ID, &sum.QuestionID, &sum.Title, &sum.Category, &sum.User, &created, &sum.Score, &sum.Seconds); err != nil {
			return nil, fmt.Errorf("scan attempt: %w", err)
		}
		if sum.CreatedAt, err = parseTime(created); err != nil {
			return nil, err
		}
		list = append(list, sum)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read attempts: %w", err)
	}
	return list, nil
}
