-- Interview practice: one row per scored answer, the result as JSON.
CREATE TABLE interview_attempts (
	id         TEXT PRIMARY KEY,
	question   TEXT NOT NULL,
	title      TEXT NOT NULL DEFAULT '',
	category   TEXT NOT NULL DEFAULT '',
	user       TEXT NOT NULL DEFAULT '',
	answer     TEXT NOT NULL,
	seconds    INTEGER NOT NULL DEFAULT 0,
	speech     INTEGER NOT NULL DEFAULT 0,
	created_at TEXT NOT NULL,
	score      INTEGER NOT NULL,
	result     TEXT NOT NULL
);

CREATE INDEX interview_attempts_created_at ON interview_attempts (created_at);
CREATE INDEX interview_attempts_user_created_at ON interview_attempts (user, created_at);
