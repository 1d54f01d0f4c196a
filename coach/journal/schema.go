package journal

// migration is one step of the schema. Steps are applied in order, each
// bringing the database from version Version-1 to Version (PRAGMA
// user_version). A step that has shipped is frozen: never edit it, add a
// new one. TestMigrationsMatchFrozenSchemas compares the schema after each
// step with testdata/schema/v<N>.sql, so an edit to an old step fails.
type migration struct {
	Version int
	Name    string
	SQL     string
}

// Conventions of every table:
//   - owner is on every row and in every WHERE: "" is the local user, the
//     SSH server uses a participant's key fingerprint or name;
//   - times are Unix nanoseconds (UTC);
//   - answers are JSON objects of question id -> answer (see codec.go);
//   - client and offer are display copies of the client.name and
//     offer.name answers, cleaned for the terminal; search is their
//     lower-case form for the journal's text filter.
var migrations = []migration{
	{Version: 1, Name: "drafts, deals and their revisions", SQL: `
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
);
CREATE INDEX drafts_by_owner ON drafts (owner, updated DESC, id DESC);
CREATE TABLE draft_answers (
	draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
	question TEXT    NOT NULL,
	answer   TEXT    NOT NULL,
	PRIMARY KEY (draft_id, question)
) WITHOUT ROWID;
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
-- The journal list: newest first, and covering the filters' columns so a
-- text filter and a count scan the index alone.
CREATE INDEX deals_list ON deals (owner, updated DESC, id DESC, search, quadrant, decision);
CREATE INDEX deals_by_quadrant ON deals (owner, quadrant, updated DESC, id DESC);
CREATE INDEX deals_by_decision ON deals (owner, decision, updated DESC, id DESC);
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
`},
	{Version: 2, Name: "saved offers", SQL: `
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
`},
	{Version: 3, Name: "practice attempts and self-checks", SQL: `
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
`},
	// A practice case's interview is a draft too, so a trainee who quits
	// or drops out of the training room finds the answers again. Deal
	// drafts keep case_id '' (and are all the home screen lists); the
	// index serves both that list and the lookup of a case's draft.
	{Version: 4, Name: "drafts of practice cases", SQL: `
ALTER TABLE drafts ADD COLUMN case_id TEXT NOT NULL DEFAULT '';
ALTER TABLE drafts ADD COLUMN mode TEXT NOT NULL DEFAULT '';
CREATE INDEX drafts_by_case ON drafts (owner, case_id, updated DESC, id DESC);
`},
	// The training rooms of winwin serve, so a trainer can export a past
	// session: each room opened (owner is the server's, '' for the
	// local user who runs it), each participant's call per case of the
	// room (round counts the room's cases), and the personal codes of
	// name logins, as hashes (participant is the name's journal owner).
	{Version: 5, Name: "training rooms, their results and name codes", SQL: `
CREATE TABLE rooms (
	id      INTEGER PRIMARY KEY,
	owner   TEXT    NOT NULL,
	code    TEXT    NOT NULL,
	opened  INTEGER NOT NULL,
	trainer TEXT    NOT NULL
);
CREATE INDEX rooms_by_owner ON rooms (owner, opened DESC, id DESC);
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
`},
}

// SchemaVersion is the schema version this build writes.
func SchemaVersion() int { return len(migrations) }
