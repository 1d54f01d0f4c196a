package journal

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/winwincoach/winwin/coach"
)

// Room is a training room of winwin serve as the journal keeps it.
type Room struct {
	ID      int64
	Code    string
	Opened  time.Time // zero: now, when saving
	Trainer string    // the trainer's name as shown
	// Attempts and People count the room's results and the participants
	// who made a call (filled in by Rooms).
	Attempts, People int
}

// RoomAttempt is one participant's call on one case of a room.
type RoomAttempt struct {
	Room  int64
	Round int // the room's case: 1 for the first, 2 after "next case", ...
	// Participant is the participant's journal owner, Name as shown.
	Participant string
	Name        string
	Case        string
	Time        time.Time // when the call was made; zero: now
	Mode        Mode
	// Answered of Total questions; Facts is the facts' points of the
	// score (out of 50).
	Answered, Total int
	Facts           float64
	Predict, Expert Verdict
	Score           float64
	// Seconds from the case's start in the room to the call.
	Seconds int
}

// SaveRoom stores a room as it opens and returns its id.
func (j *Journal) SaveRoom(ctx context.Context, owner string, r Room) (int64, error) {
	at := r.Opened.UnixNano()
	if r.Opened.IsZero() {
		at = j.nowNS()
	}
	var id int64
	err := j.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO rooms (owner, code, opened, trainer) VALUES (?, ?, ?, ?)`,
			owner, r.Code, at, r.Trainer)
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	return id, err
}

// SaveRoomAttempt stores a participant's call on a case of owner's room;
// a second call of the same participant on the same case replaces it.
func (j *Journal) SaveRoomAttempt(ctx context.Context, owner string, a RoomAttempt) error {
	for _, f := range []float64{a.Facts, a.Score} {
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return fmt.Errorf("%w: score %v", ErrInvalid, f)
		}
	}
	at := a.Time.UnixNano()
	if a.Time.IsZero() {
		at = j.nowNS()
	}
	return j.write(ctx, func(tx *sql.Tx) error {
		var n int
		// Only into a room of this owner.
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM rooms WHERE id = ? AND owner = ?`, a.Room, owner).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return ErrNotFound
		}
		_, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO room_attempts (room_id, round, participant, name, case_id, at, mode,
			answered, total, facts, predicted_quadrant, predicted_decision, expert_quadrant, expert_decision, score, seconds)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			a.Room, a.Round, a.Participant, a.Name, a.Case, at, string(a.Mode), a.Answered, a.Total, a.Facts,
			string(a.Predict.Quadrant), string(a.Predict.Decision), string(a.Expert.Quadrant), string(a.Expert.Decision),
			a.Score, a.Seconds)
		return err
	})
}

// Rooms lists owner's rooms, newest first, with how many results and
// participants each holds.
func (j *Journal) Rooms(ctx context.Context, owner string) ([]Room, error) {
	rows, err := j.db.QueryContext(ctx, `SELECT r.id, r.code, r.opened, r.trainer,
		(SELECT count(*) FROM room_attempts a WHERE a.room_id = r.id),
		(SELECT count(DISTINCT participant) FROM room_attempts a WHERE a.room_id = r.id)
		FROM rooms r WHERE r.owner = ? ORDER BY r.opened DESC, r.id DESC`, owner)
	if err != nil {
		return nil, wrap(j.path, err)
	}
	defer rows.Close()
	var out []Room
	for rows.Next() {
		var r Room
		var at int64
		if err := rows.Scan(&r.ID, &r.Code, &at, &r.Trainer, &r.Attempts, &r.People); err != nil {
			return nil, wrap(j.path, err)
		}
		r.Opened = fromNS(at)
		out = append(out, r)
	}
	return out, wrap(j.path, rows.Err())
}

// RoomAttempts lists the results of owner's room id, by case, then in
// the order the calls were made.
func (j *Journal) RoomAttempts(ctx context.Context, owner string, id int64) ([]RoomAttempt, error) {
	rows, err := j.db.QueryContext(ctx, `SELECT a.room_id, a.round, a.participant, a.name, a.case_id, a.at, a.mode,
		a.answered, a.total, a.facts, a.predicted_quadrant, a.predicted_decision, a.expert_quadrant, a.expert_decision,
		a.score, a.seconds
		FROM room_attempts a JOIN rooms r ON r.id = a.room_id
		WHERE r.owner = ? AND a.room_id = ? ORDER BY a.round, a.at, a.participant`, owner, id)
	if err != nil {
		return nil, wrap(j.path, err)
	}
	defer rows.Close()
	var out []RoomAttempt
	for rows.Next() {
		var (
			a              RoomAttempt
			at             int64
			mode           string
			pq, pd, eq, ed string
		)
		if err := rows.Scan(&a.Room, &a.Round, &a.Participant, &a.Name, &a.Case, &at, &mode, &a.Answered, &a.Total,
			&a.Facts, &pq, &pd, &eq, &ed, &a.Score, &a.Seconds); err != nil {
			return nil, wrap(j.path, err)
		}
		a.Time, a.Mode = fromNS(at), Mode(mode)
		a.Predict = Verdict{coach.Quadrant(pq), coach.Decision(pd)}
		a.Expert = Verdict{coach.Quadrant(eq), coach.Decision(ed)}
		out = append(out, a)
	}
	return out, wrap(j.path, rows.Err())
}

// SaveNameCode keeps the hash of a name login's personal code, so the
// name stays claimed after the server restarts. The first one stays: a
// name's code never changes.
func (j *Journal) SaveNameCode(ctx context.Context, owner, participant, hash string) error {
	return j.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO room_names (owner, participant, hash, created) VALUES (?, ?, ?, ?)`,
			owner, participant, hash, j.nowNS())
		return err
	})
}

// NameCode is the hash of participant's personal code; ErrNotFound when
// the name has none.
func (j *Journal) NameCode(ctx context.Context, owner, participant string) (string, error) {
	var hash string
	err := j.db.QueryRowContext(ctx, `SELECT hash FROM room_names WHERE owner = ? AND participant = ?`, owner, participant).Scan(&hash)
	if errors.Is(err, sql.ErrNoRows) {
		return "", ErrNotFound
	}
	return hash, wrap(j.path, err)
}
