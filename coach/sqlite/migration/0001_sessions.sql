-- Practice talks: one row per session, one row per turn, the report as JSON.
CREATE TABLE sessions (
	id         TEXT PRIMARY KEY,
	scenario   TEXT NOT NULL,
	persona    TEXT NOT NULL DEFAULT '',
	title      TEXT NOT NULL DEFAULT '',
	user       TEXT NOT NULL DEFAULT '',
	started_at TEXT NOT NULL,
	ended_at   TEXT,
	ending     TEXT NOT NULL DEFAULT '',
	overall    INTEGER,
	report     TEXT
);

CREATE INDEX sessions_started_at ON sessions (started_at);
CREATE INDEX sessions_user_started_at ON sessions (user, started_at);

CREATE TABLE turns (
	session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
	idx        INTEGER NOT NULL,
	role       TEXT NOT NULL,
	text       TEXT NOT NULL,
	time       TEXT NOT NULL,
	anger      INTEGER,
	trust      INTEGER,
	stage      TEXT NOT NULL DEFAULT '',
	moves      TEXT NOT NULL DEFAULT '[]',
	faults     TEXT NOT NULL DEFAULT '[]',
	PRIMARY KEY (session_id, idx)
);
