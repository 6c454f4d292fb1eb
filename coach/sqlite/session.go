package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"receptioncoach/coach"
)

// SessionStore keeps practice talks: the session, each turn as it happens,
// and the report.
type SessionStore struct {
	db *DB
}

// NewSessionStore returns a SessionStore on an open DB.
func NewSessionStore(db *DB) *SessionStore {
	return &SessionStore{db: db}
}

var _ coach.SessionStore = (*SessionStore)(nil)

// defaultListLimit is the number of sessions listed when no limit is given.
const defaultListLimit = 100

// CreateSession stores a new session and any turns it already carries.
// EINVALID on a missing ID or scenario; ECONFLICT on a duplicate ID.
func (s *SessionStore) CreateSession(ctx context.Context, sess *coach.Session) error {
	if sess == nil || strings.TrimSpace(sess.ID) == "" {
		return coach.Errorf(coach.EINVALID, "缺少会话编号。")
	}
	if strings.TrimSpace(sess.ScenarioID) == "" {
		return coach.Errorf(coach.EINVALID, "缺少场景编号。")
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	if err := createSession(ctx, tx, sess); err != nil {
		return err
	}
	for _, t := range sess.Turns {
		if err := insertTurn(ctx, tx, sess.ID, t); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// AppendTurn stores one turn of an open session. ENOTFOUND for an unknown
// session; EENDED when it is finished; ECONFLICT when the turn index is taken;
// EINVALID for an unknown role or a negative index.
func (s *SessionStore) AppendTurn(ctx context.Context, sessionID string, t coach.Turn) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	ended, err := sessionEnded(ctx, tx, sessionID)
	if err != nil {
		return err
	} else if ended {
		return coach.Errorf(coach.EENDED, "会话 %s 已经结束,不能再添加发言。", sessionID)
	}
	if err := insertTurn(ctx, tx, sessionID, t); err != nil {
		return err
	}
	return tx.Commit()
}

// FinishSession stores the report and the end time. ENOTFOUND for an unknown
// session; EENDED when it was already finished (a stored report is never
// overwritten).
func (s *SessionStore) FinishSession(ctx context.Context, sessionID string, endedAt time.Time, r *coach.Report) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	ended, err := sessionEnded(ctx, tx, sessionID)
	if err != nil {
		return err
	} else if ended {
		return coach.Errorf(coach.EENDED, "会话 %s 已经结束。", sessionID)
	}
	if endedAt.IsZero() {
		endedAt = tx.now
	}
	var report sql.NullString
	var overall sql.NullInt64
	ending := ""
	if r != nil {
		buf, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("encode report: %w", err)
		}
		report = sql.NullString{String: string(buf), Valid: true}
		overall = sql.NullInt64{Int64: int64(r.Overall), Valid: true}
		ending = r.Ending
	}
	if _, err := tx.ExecContext(ctx, `
		UPDATE sessions SET ended_at = ?, ending = ?, overall = ?, report = ?
		WHERE id = ?`,
		formatTime(endedAt), ending, overall, report, sessionID); err != nil {
		return fmt.Errorf("finish session: %w", err)
	}
	return tx.Commit()
}

// FindSession returns a session with all its turns and its report.
// ENOTFOUND when missing.
func (s *SessionStore) FindSession(ctx context.Context, id string) (*coach.Session, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	sess, err := findSession(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	if sess.Turns, err = findTurns(ctx, tx, id); err != nil {
		return nil, err
	}
	return sess, nil
}

// ListSessions returns summaries, newest first.
func (s *SessionStore) ListSessions(ctx context.Context, f coach.SessionFilter) ([]coach.SessionSummary, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()

	return listSessions(ctx, tx, f)
}

// createSession inserts the session row; ECONFLICT when the ID exists.
func createSession(ctx context.Context, tx *Tx, sess *coach.Session) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM sessions WHERE id = ?`, sess.ID).Scan(&n); err != nil {
		return fmt.Errorf("check session: %w", err)
	} else if n > 0 {
		return coach.Errorf(coach.ECONFLICT, "会话 %s 已经存在。", sess.ID)
	}
	started := sess.StartedAt
	if started.IsZero() {
		started = tx.now
		sess.StartedAt = started
	}
	var ended sql.NullString
	if sess.EndedAt != nil {
		ended = sql.NullString{String: formatTime(*sess.EndedAt), Valid: true}
	}
	var report sql.NullString
	var overall sql.NullInt64
	if sess.Report != nil {
		buf, err := json.Marshal(sess.Report)
		if err != nil {
			return fmt.Errorf("encode report: %w", err)
		}
		report = sql.NullString{String: string(buf), Valid: true}
		overall = sql.NullInt64{Int64: int64(sess.Report.Overall), Valid: true}
	}
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO sessions (id, scenario, persona, title, user, started_at, ended_at, ending, overall, report)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		sess.ID, sess.ScenarioID, string(sess.Persona), sess.Title, sess.User,
		formatTime(started), ended, sess.Ending, overall, report); err != nil {
		return fmt.Errorf("insert session: %w", err)
	}
	return nil
}

// sessionEnded reports whether the session is finished; ENOTFOUND when missing.
func sessionEnded(ctx context.Context, tx *Tx, id string) (bool, error) {
	var ended sql.NullString
	err := tx.QueryRowContext(ctx, `SELECT ended_at FROM sessions WHERE id = ?`, id).Scan(&ended)
	if errors.Is(err, sql.ErrNoRows) {
		return false, coach.Errorf(coach.ENOTFOUND, "找不到会话 %s。", id)
	} else if err != nil {
		return false, fmt.Errorf("find session: %w", err)
	}
	return ended.Valid, nil
}

// insertTurn stores one turn; ECONFLICT when its index is already used.
func insertTurn(ctx context.Context, tx *Tx, sessionID string, t coach.Turn) error {
	if t.Role != coach.RoleTrainee && t.Role != coach.RoleVisitor {
		return coach.Errorf(coach.EINVALID, "发言角色 %q 无效,应为 trainee 或 visitor。", t.Role)
	}
	if t.Index < 0 {
		return coach.Errorf(coach.EINVALID, "发言序号不能为负数。")
	}
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM turns WHERE session_id = ? AND idx = ?`, sessionID, t.Index).Scan(&n); err != nil {
		return fmt.Errorf("check turn: %w", err)
	} else if n > 0 {
		return coach.Errorf(coach.ECONFLICT, "会话 %s 的第 %d 句已经存在。", sessionID, t.Index)
	}
	when := t.Time
	if when.IsZero() {
		when = tx.now
	}
	var anger, trust sql.NullInt64
	if t.Mood != nil {
		anger = sql.NullInt64{Int64: int64(t.Mood.Anger), Valid: true}
		trust = sql.NullInt64{Int64: int64(t.Mood.Trust), Valid: true}
	}
	moves, err := encodeList(t.Moves)
	if err != nil {
		return err
	}
	faults, err := encodeList(t.Faults)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `
		INSERT INTO turns (session_id, idx, role, text, time, anger, trust, stage, moves, faults)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		sessionID, t.Index, string(t.Role), t.Text, formatTime(when), anger, trust, string(t.Stage), moves, faults); err != nil {
		return fmt.Errorf("insert turn: %w", err)
	}
	return nil
}

// findSession reads the session row; ENOTFOUND when missing.
func findSession(ctx context.Context, tx *Tx, id string) (*coach.Session, error) {
	var (
		sess             coach.Session
		persona, started string
		ended, report    sql.NullString
	)
	err := tx.QueryRowContext(ctx, `
		SELECT id, scenario, persona, title, user, started_at, ended_at, ending, report
		FROM sessions WHERE id = ?`, id).Scan(
		&sess.ID, &sess.ScenarioID, &persona, &sess.Title, &sess.User, &started, &ended, &sess.Ending, &report)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, coach.Errorf(coach.ENOTFOUND, "找不到会话 %s。", id)
	} else if err != nil {
		return nil, fmt.Errorf("find session: %w", err)
	}
	sess.Persona = coach.Persona(persona)
	if sess.StartedAt, sess.EndedAt, err = parseSpan(started, ended); err != nil {
		return nil, err
	}
	if report.Valid {
		var r coach.Report
		if err := json.Unmarshal([]byte(report.String), &r); err != nil {
			return nil, fmt.Errorf("decode report of session %s: %w", id, err)
		}
		sess.Report = &r
	}
	return &sess, nil
}

// findTurns reads the turns of a session in order.
func findTurns(ctx context.Context, tx *Tx, sessionID string) ([]coach.Turn, error) {
	rows, err := tx.QueryContext(ctx, `
		SELECT idx, role, text, time, anger, trust, stage, moves, faults
		FROM turns WHERE session_id = ? ORDER BY idx`, sessionID)
	if err != nil {
		return nil, fmt.Errorf("find turns: %w", err)
	}
	defer rows.Close()

	turns := []coach.Turn{}
	for rows.Next() {
		var (
			t                 coach.Turn
			role, when, stage string
			anger, trust      sql.NullInt64
			moves, faults     string
		)
		if err := rows.Scan(&t.Index, &role, &t.Text, &when, &anger, &trust, &stage, &moves, &faults); err != nil {
			return nil, fmt.Errorf("scan turn: %w", err)
		}
		t.Role = coach.Role(role)
		t.Stage = coach.Stage(stage)
		if t.Time, err = parseTime(when); err != nil {
			return nil, err
		}
		if anger.Valid && trust.Valid {
			t.Mood = &coach.Mood{Anger: int(anger.Int64), Trust: int(trust.Int64)}
		}
		if t.Moves, err = decodeList(moves); err != nil {
			return nil, err
		}
		if t.Faults, err = decodeList(faults); err != nil {
			return nil, err
		}
		turns = append(turns, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read turns: %w", err)
	}
	return turns, nil
}

// listSessions reads summaries, newest first.
func listSessions(ctx context.Context, tx *Tx, f coach.SessionFilter) ([]coach.SessionSummary, error) {
	where, args := []string{"1 = 1"}, []any{}
	if f.User != "" {
		where, args = append(where, "s.user = ?"), append(args, f.User)
	}
	if f.Scenario != "" {
		where, args = append(where, "s.scenario = ?"), append(args, f.Scenario)
	}
	args = append(args, limitOrDefault(f.Limit, defaultListLimit))
	rows, err := tx.QueryContext(ctx, `
		SELECT s.id, s.scenario, s.persona, s.title, s.user, s.started_at, s.ended_at, s.ending, s.overall,
			(SELECT COUNT(*) FROM turns t WHERE t.session_id = s.id)
		FROM sessions s
		WHERE `+strings.Join(where, " AND ")+`
		ORDER BY s.started_at DESC, s.id DESC
		LIMIT ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("list sessions: %w", err)
	}
	defer rows.Close()

	list := []coach.SessionSummary{}
	for rows.Next() {
		var (
			sum              coach.SessionSummary
			persona, started string
			ended            sql.NullString
			overall          sql.NullInt64
		)
		if err := rows.Scan(&sum.ID, &sum.ScenarioID, &persona, &sum.Title, &sum.User, &started, &ended, &sum.Ending, &overall, &sum.Turns); err != nil {
			return nil, fmt.Errorf("scan session: %w", err)
		}
		sum.Persona = coach.Persona(persona)
		if sum.StartedAt, sum.EndedAt, err = parseSpan(started, ended); err != nil {
			return nil, err
		}
		if overall.Valid {
			v := int(overall.Int64)
			sum.Overall = &v
		}
		list = append(list, sum)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read sessions: %w", err)
	}
	return list, nil
}

// encodeList stores a string list as a JSON array.
func encodeList(list []string) (string, error) {
	if list == nil {
		list = []string{}
	}
	buf, err := json.Marshal(list)
	if err != nil {
		return "", fmt.Errorf("encode list: %w", err)
	}
	return string(buf), nil
}

// decodeList reads a JSON array written by encodeList; an empty array gives nil.
func decodeList(s string) ([]string, error) {
	var list []string
	if err := json.Unmarshal([]byte(s), &list); err != nil {
		return nil, fmt.Errorf("decode list: %w", err)
	}
	if len(list) == 0 {
		return nil, nil
	}
	return list, nil
}
