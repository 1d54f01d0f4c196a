package journal

import (
	"database/sql"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
)

var updateSchema = flag.Bool("update-schema", false, "write testdata/schema/v<N>.sql from the migrations (only when adding a migration)")

// rawDB opens a database file without the journal, for tests that build or
// inspect files by hand.
func rawDB(t testing.TB, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	require.NoError(t, err)
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { _ = db.Close() })
	return db
}

// dumpSchema is the DDL of every table and index, by name.
func dumpSchema(t testing.TB, db *sql.DB) string {
	t.Helper()
	rows, err := db.Query(`SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY name`)
	require.NoError(t, err)
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var s string
		require.NoError(t, rows.Scan(&s))
		b.WriteString(s + ";\n\n")
	}
	require.NoError(t, rows.Err())
	return b.String()
}

func schemaFile(v int) string { return filepath.Join("testdata", "schema", fmt.Sprintf("v%d.sql", v)) }

// The schema after each migration step is frozen in testdata/schema: a
// change to a step that has shipped fails here, and every version has the
// DDL that TestUpgradeFromEveryVersion builds old files from.
func TestMigrationsMatchFrozenSchemas(t *testing.T) {
	db := rawDB(t, filepath.Join(t.TempDir(), "steps.db"))
	for i, m := range migrations {
		require.Equal(t, i+1, m.Version, "migrations are numbered 1, 2, 3, ... in order")
		_, err := db.Exec(m.SQL)
		require.NoError(t, err, "migration %d", m.Version)
		got := dumpSchema(t, db)
		if *updateSchema {
			require.NoError(t, os.MkdirAll(filepath.Dir(schemaFile(m.Version)), 0o755))
			if _, err := os.Stat(schemaFile(m.Version)); err == nil && m.Version < len(migrations) {
				t.Logf("keeping frozen %s", schemaFile(m.Version))
			} else {
				require.NoError(t, os.WriteFile(schemaFile(m.Version), []byte(got), 0o644))
			}
		}
		want, err := os.ReadFile(schemaFile(m.Version))
		require.NoError(t, err, "run go test -run TestMigrationsMatchFrozenSchemas -update-schema once after adding a migration")
		assert.Equal(t, string(want), got, "the schema after migration %d differs from its frozen copy: never edit a shipped migration, add one", m.Version)
	}
	_, err := os.Stat(schemaFile(len(migrations) + 1))
	assert.ErrorIs(t, err, os.ErrNotExist, "a frozen schema without its migration: migrations must never be removed")
}

// buildOld makes a journal.db of schema version v in dir from the frozen
// DDL and the fixtures of versions 1..v, as a winwin of that version left
// it.
func buildOld(t *testing.T, dir string, v int) {
	t.Helper()
	db := rawDB(t, filepath.Join(dir, FileName))
	_, err := db.Exec(`PRAGMA journal_mode=WAL`)
	require.NoError(t, err)
	ddl, err := os.ReadFile(schemaFile(v))
	require.NoError(t, err)
	_, err = db.Exec(string(ddl))
	require.NoError(t, err)
	for k := 1; k <= v; k++ {
		rows, err := os.ReadFile(filepath.Join("testdata", "fixtures", fmt.Sprintf("v%d.sql", k)))
		require.NoError(t, err)
		_, err = db.Exec(string(rows))
		require.NoError(t, err, "fixtures of v%d", k)
	}
	_, err = db.Exec(fmt.Sprintf("PRAGMA user_version = %d", v))
	require.NoError(t, err)
	require.NoError(t, db.Close())
}

// fixtureChecks read, through the current API, the rows each version's
// fixtures hold.
var fixtureChecks = map[int]func(t *testing.T, j *Journal){
	1: func(t *testing.T, j *Journal) {
		d, err := j.Draft(ctx, "", 1)
		require.NoError(t, err)
		assert.Equal(t, coach.Answers{
			"client.name":      coach.Text("Bakkerij Jansen"),
			"client.stage":     coach.UnknownAnswer(),
			"seller.walk_away": coach.Amount(0),
			"disclosure.cons":  coach.Items("takes 4 hours a month"),
		}, d.Answers)
		assert.Equal(t, "Bakkerij Jansen", d.Client)
		assert.Equal(t, 4, d.Answered)
		assert.Empty(t, d.Case, "a draft from before practice drafts is a deal's")
		mine, err := j.ListDrafts(ctx, "")
		require.NoError(t, err)
		require.Len(t, mine, 1)
		assert.Equal(t, int64(1), mine[0].ID)
		rows, err := j.List(ctx, "", Filter{Text: "jansen"}, 0, 10)
		require.NoError(t, err)
		require.Len(t, rows, 1)
		assert.Equal(t, Ref{Deal: 1, Revision: 2}, rows[0].Ref)
		s, err := j.Get(ctx, "", Ref{Deal: 1, Revision: 1})
		require.NoError(t, err)
		assert.Equal(t, coach.Answers{"client.name": coach.Text("Bakkerij Jansen"), "seller.price": coach.Amount(6000)}, s.Answers)
		a, err := s.Assessment()
		require.NoError(t, err)
		assert.Equal(t, coach.WinWin, a.Quadrant)
		assert.Equal(t, 80, a.Scores.Readiness.Int())
		cmp, err := j.Compare(ctx, "", Ref{Deal: 1, Revision: 1}, Ref{Deal: 1, Revision: 2})
		require.NoError(t, err)
		assert.Equal(t, coach.Renegotiate, cmp.NewDecision)
		other, err := j.ListDrafts(ctx, "SHA256:participant")
		require.NoError(t, err)
		assert.Len(t, other, 1)
	},
	2: func(t *testing.T, j *Journal) {
		offers, err := j.Offers(ctx, "")
		require.NoError(t, err)
		require.Len(t, offers, 1)
		assert.Equal(t, "Growth programme", offers[0].Name)
		assert.Equal(t, coach.Amount(4000), offers[0].Answers["offer.cost"])
	},
	3: func(t *testing.T, j *Journal) {
		attempts, err := j.Attempts(ctx, "", "")
		require.NoError(t, err)
		require.Len(t, attempts, 1)
		assert.Equal(t, Exam, attempts[0].Mode)
		checks, err := j.SelfChecks(ctx, "")
		require.NoError(t, err)
		require.Len(t, checks, 1)
		assert.Equal(t, 4, checks[0].Ratings["trust.1"])
	},
	4: func(t *testing.T, j *Journal) {
		d, err := j.CaseDraft(ctx, "SHA256:participant", "bakery-deck-oven")
		require.NoError(t, err)
		assert.Equal(t, int64(3), d.ID)
		assert.Equal(t, Exam, d.Mode)
		assert.Equal(t, coach.Answers{"offer.name": coach.Text("Vulcan Four"), "client.stage": coach.UnknownAnswer()}, d.Answers)
		deals, err := j.ListDrafts(ctx, "SHA256:participant")
		require.NoError(t, err)
		require.Len(t, deals, 1, "the case's draft is not a deal's")
		assert.Equal(t, int64(2), deals[0].ID)
	},
	5: func(t *testing.T, j *Journal) {
		rooms, err := j.Rooms(ctx, "")
		require.NoError(t, err)
		require.Len(t, rooms, 1)
		assert.Equal(t, Room{ID: 1, Code: "STAND1", Opened: fromNS(1764333600000000000), Trainer: "Tess (ab12cd34)", Attempts: 1, People: 1}, rooms[0])
		as, err := j.RoomAttempts(ctx, "", 1)
		require.NoError(t, err)
		require.Len(t, as, 1)
		assert.Equal(t, RoomAttempt{Room: 1, Round: 1, Participant: "name:STAND1:anna", Name: "Anna", Case: "bakery-deck-oven",
			Time: fromNS(1764333900000000000), Mode: Exam, Answered: 20, Total: 25, Facts: 41.5,
			Predict: Verdict{"win-win", "go"}, Expert: Verdict{"win-win", "go"}, Score: 91.5, Seconds: 300}, as[0])
		hash, err := j.NameCode(ctx, "", "name:STAND1:anna")
		require.NoError(t, err)
		assert.Equal(t, "abc123", hash)
	},
}

// The fixtures of every version load into the current schema and read
// back as their checks say: the newest version's fixtures are checked
// here until a later migration's upgrade test takes them in.
func TestFixturesOfTheCurrentVersion(t *testing.T) {
	dir := t.TempDir()
	buildOld(t, dir, len(migrations))
	j, err := Open(dir)
	require.NoError(t, err)
	t.Cleanup(func() { _ = j.Close() })
	assert.Empty(t, j.Backup(), "nothing to migrate")
	for k := 1; k <= len(migrations); k++ {
		fixtureChecks[k](t, j)
	}
}

// Every earlier schema upgrades to the current one: a copy is made first,
// and every row survives.
func TestUpgradeFromEveryVersion(t *testing.T) {
	require.Len(t, fixtureChecks, len(migrations), "add fixtures and a check for every new schema version")
	for v := 1; v < len(migrations); v++ {
		t.Run(fmt.Sprintf("v%d", v), func(t *testing.T) {
			dir := t.TempDir()
			buildOld(t, dir, v)
			at := time.Date(2026, 12, 1, 8, 30, 0, 0, time.UTC)
			j, err := OpenWith(dir, Options{Now: func() time.Time { return at }})
			require.NoError(t, err)
			t.Cleanup(func() { _ = j.Close() })

			var version int
			require.NoError(t, j.db.QueryRow("PRAGMA user_version").Scan(&version))
			assert.Equal(t, len(migrations), version)
			for k := 1; k <= v; k++ {
				fixtureChecks[k](t, j)
			}

			// The copy is the old file, whole.
			want := filepath.Join(dir, fmt.Sprintf("journal.db.bak-v%d-20261201T083000Z", v))
			assert.Equal(t, want, j.Backup())
			bak := rawDB(t, want)
			require.NoError(t, bak.QueryRow("PRAGMA user_version").Scan(&version))
			assert.Equal(t, v, version)
			old, err := os.ReadFile(schemaFile(v))
			require.NoError(t, err)
			assert.Equal(t, string(old), dumpSchema(t, bak))
			var drafts int
			require.NoError(t, bak.QueryRow("SELECT count(*) FROM drafts").Scan(&drafts))
			wantDrafts := 2 // the fixtures of v1; v4's add a case's draft
			if v >= 4 {
				wantDrafts = 3
			}
			assert.Equal(t, wantDrafts, drafts)
			require.NoError(t, bak.Close())

			// The upgraded journal takes new rows of every kind.
			_, err = j.SaveAttempt(ctx, "", Attempt{Case: "c", Mode: Learn})
			require.NoError(t, err)
			_, err = j.SaveOffer(ctx, "", coach.Answers{"offer.name": coach.Text("New")})
			require.NoError(t, err)
			room, err := j.SaveRoom(ctx, "", Room{Code: "NEW123"})
			require.NoError(t, err)
			require.NoError(t, j.SaveRoomAttempt(ctx, "", RoomAttempt{Room: room, Round: 1, Participant: "p", Case: "c"}))

			// Opening again migrates nothing and copies nothing.
			require.NoError(t, j.Close())
			again, err := OpenWith(dir, Options{Now: func() time.Time { return at }})
			require.NoError(t, err)
			defer again.Close()
			assert.Empty(t, again.Backup())
			files, err := filepath.Glob(filepath.Join(dir, "journal.db.bak-*"))
			require.NoError(t, err)
			assert.Len(t, files, 1)
		})
	}
}

// A backup never overwrites an earlier one.
func TestBackupPathIsNeverReused(t *testing.T) {
	dir := t.TempDir()
	at := time.Date(2026, 12, 1, 8, 30, 0, 0, time.UTC)
	j := &Journal{dir: dir, now: func() time.Time { return at }}
	first := j.backupPath(1)
	require.NoError(t, os.WriteFile(first, nil, 0o600))
	second := j.backupPath(1)
	assert.NotEqual(t, first, second)
	assert.Equal(t, first+"-2", second)
}

// fileState is what "left untouched" compares: the bytes and the time of
// the last change.
type fileState struct {
	data []byte
	mod  time.Time
}

func stateOf(t *testing.T, path string) fileState {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	info, err := os.Stat(path)
	require.NoError(t, err)
	return fileState{data, info.ModTime()}
}

func TestNewerSchemaIsLeftUntouched(t *testing.T) {
	dir := t.TempDir()
	j := openIn(t, dir)
	require.NoError(t, j.Close())
	db := rawDB(t, filepath.Join(dir, FileName))
	_, err := db.Exec(fmt.Sprintf("PRAGMA user_version = %d", len(migrations)+1))
	require.NoError(t, err)
	require.NoError(t, db.Close())

	path := filepath.Join(dir, FileName)
	before := stateOf(t, path)
	_, openErr := Open(dir)
	require.ErrorIs(t, openErr, ErrNewerSchema)
	var se *SchemaError
	require.ErrorAs(t, openErr, &se)
	assert.Equal(t, SchemaError{Found: len(migrations) + 1, Known: len(migrations)}, *se)
	assert.Equal(t, before, stateOf(t, path), "the file is left untouched")
	files, err := filepath.Glob(filepath.Join(dir, "journal.db.bak-*"))
	require.NoError(t, err)
	assert.Empty(t, files, "nothing to back up: nothing was changed")

	m := MessageOf(openErr)
	assert.Equal(t, "journal.error.newer", m.Key)
	assert.Equal(t, []any{path, len(migrations) + 1, len(migrations)}, m.Args)
}
