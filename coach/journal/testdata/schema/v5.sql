CREATE TABLE attempts (
	id                 INTEGER PRIMARY KEY,
	owner              TEXT    NOT NULL,
	at                 INTEGER NOT NULL,
	case_id            TEXT    NOT NULL,
	mode               TEXT    NOT NULL,
	predicted_quadrant TEXT    NOT NULL,
	predicted_decision TEXT    NOT NULL,
	coach_quadrant     TEXT    NOT NULL,
	coach_decision     TEXT    NOT NULL,
	expert_quadrant    TEXT    NOT NULL,
	expert_decision    TEXT    NOT NULL,
	score              REAL    NOT NULL,
	weakest            TEXT    NOT NULL,
	answers            TEXT    NOT NULL
);

CREATE INDEX attempts_by_owner ON attempts (owner, at, id);

CREATE TABLE deals (
	id          INTEGER PRIMARY KEY,
	owner       TEXT    NOT NULL,
	created     INTEGER NOT NULL,
	updated     INTEGER NOT NULL,
	revision    INTEGER NOT NULL,
	client      TEXT    NOT NULL,
	offer       TEXT    NOT NULL,
	search      TEXT    NOT NULL,
	quadrant    TEXT    NOT NULL,
	decision    TEXT    NOT NULL,
	provisional INTEGER NOT NULL
);

CREATE INDEX deals_by_decision ON deals (owner, decision, updated DESC, id DESC);

CREATE INDEX deals_by_quadrant ON deals (owner, quadrant, updated DESC, id DESC);

CREATE INDEX deals_list ON deals (owner, updated DESC, id DESC, search, quadrant, decision);

CREATE TABLE draft_answers (
	draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
	question TEXT    NOT NULL,
	answer   TEXT    NOT NULL,
	PRIMARY KEY (draft_id, question)
) WITHOUT ROWID;

CREATE TABLE drafts (
	id               INTEGER PRIMARY KEY,
	owner            TEXT    NOT NULL,
	deal_id          INTEGER REFERENCES deals(id) ON DELETE SET NULL,
	created          INTEGER NOT NULL,
	updated          INTEGER NOT NULL,
	playbook_id      TEXT    NOT NULL,
	playbook_version INTEGER NOT NULL,
	locale           TEXT    NOT NULL,
	client           TEXT    NOT NULL DEFAULT '',
	offer            TEXT    NOT NULL DEFAULT '',
	answered         INTEGER NOT NULL DEFAULT 0,
	total            INTEGER NOT NULL DEFAULT 0
, case_id TEXT NOT NULL DEFAULT '', mode TEXT NOT NULL DEFAULT '');

CREATE INDEX drafts_by_case ON drafts (owner, case_id, updated DESC, id DESC);

CREATE INDEX drafts_by_owner ON drafts (owner, updated DESC, id DESC);

CREATE TABLE offers (
	id      INTEGER PRIMARY KEY,
	owner   TEXT    NOT NULL,
	name    TEXT    NOT NULL,
	key     TEXT    NOT NULL,
	created INTEGER NOT NULL,
	updated INTEGER NOT NULL,
	answers TEXT    NOT NULL,
	UNIQUE (owner, key)
);

CREATE TABLE room_attempts (
	room_id            INTEGER NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
	round              INTEGER NOT NULL,
	participant        TEXT    NOT NULL,
	name               TEXT    NOT NULL,
	case_id            TEXT    NOT NULL,
	at                 INTEGER NOT NULL,
	mode               TEXT    NOT NULL,
	answered           INTEGER NOT NULL,
	total              INTEGER NOT NULL,
	facts              REAL    NOT NULL,
	predicted_quadrant TEXT    NOT NULL,
	predicted_decision TEXT    NOT NULL,
	expert_quadrant    TEXT    NOT NULL,
	expert_decision    TEXT    NOT NULL,
	score              REAL    NOT NULL,
	seconds            INTEGER NOT NULL,
	PRIMARY KEY (room_id, round, participant)
) WITHOUT ROWID;

CREATE TABLE room_names (
	owner       TEXT    NOT NULL,
	participant TEXT    NOT NULL,
	hash        TEXT    NOT NULL,
	created     INTEGER NOT NULL,
	PRIMARY KEY (owner, participant)
) WITHOUT ROWID;

CREATE TABLE rooms (
	id      INTEGER PRIMARY KEY,
	owner   TEXT    NOT NULL,
	code    TEXT    NOT NULL,
	opened  INTEGER NOT NULL,
	trainer TEXT    NOT NULL
);

CREATE INDEX rooms_by_owner ON rooms (owner, opened DESC, id DESC);

CREATE TABLE selfchecks (
	id             INTEGER PRIMARY KEY,
	owner          TEXT    NOT NULL,
	at             INTEGER NOT NULL,
	trustworthy    REAL    NOT NULL,
	competent      REAL    NOT NULL,
	client_focused REAL    NOT NULL,
	say_no         REAL    NOT NULL,
	ratings        TEXT    NOT NULL
);

CREATE INDEX selfchecks_by_owner ON selfchecks (owner, at, id);

CREATE TABLE sessions (
	id               INTEGER PRIMARY KEY,
	deal_id          INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
	owner            TEXT    NOT NULL,
	revision         INTEGER NOT NULL,
	at               INTEGER NOT NULL,
	playbook_id      TEXT    NOT NULL,
	playbook_version INTEGER NOT NULL,
	locale           TEXT    NOT NULL,
	client           TEXT    NOT NULL,
	offer            TEXT    NOT NULL,
	quadrant         TEXT    NOT NULL,
	decision         TEXT    NOT NULL,
	provisional      INTEGER NOT NULL,
	answers          TEXT    NOT NULL,
	assessment       TEXT    NOT NULL,
	UNIQUE (deal_id, revision)
);

CREATE INDEX sessions_by_owner ON sessions (owner, id);

