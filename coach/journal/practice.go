package journal

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math"
	"time"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/playbook"
)

// Mode is how a practice case was done.
type Mode string

// The practice modes.
const (
	Learn Mode = "learn" // with the coach pane
	Exam  Mode = "exam"  // without it
)

// Verdict is a quadrant with a decision: a prediction, the coach's or the
// expert's.
type Verdict struct {
	Quadrant coach.Quadrant
	Decision coach.Decision
}

// Attempt is one practice case done once. The journal only stores and
// lists attempts; scoring lives with the practice feature.
type Attempt struct {
	ID      int64
	Time    time.Time // zero: now, when saving
	Case    string
	Mode    Mode
	Predict Verdict // what the seller predicted
	Coach   Verdict // what coach.Assess said of the seller's answers
	Expert  Verdict // the case's expert verdict
	Score   float64
	// Weakest is the pillar the attempt got most wrong ("" when none),
	// from which the next case is recommended.
	Weakest playbook.Pillar
	Answers coach.Answers
	// Draft is the case's draft the attempt finishes (0 for none):
	// SaveAttempt deletes it in the same transaction, so a scored case
	// does not offer to continue, and a failed save keeps the answers.
	Draft int64
}

// SaveAttempt stores a practice attempt, deletes the draft it finishes,
// and returns its id.
func (j *Journal) SaveAttempt(ctx context.Context, owner string, a Attempt) (int64, error) {
	if math.IsNaN(a.Score) || math.IsInf(a.Score, 0) {
		return 0, fmt.Errorf("%w: score %v", ErrInvalid, a.Score)
	}
	answers, err := marshalAnswers(a.Answers)
	if err != nil {
		return 0, err
	}
	at := a.Time.UnixNano()
	if a.Time.IsZero() {
		at = j.nowNS()
	}
	var id int64
	err = j.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO attempts (owner, at, case_id, mode,
			predicted_quadrant, predicted_decision, coach_quadrant, coach_decision,
			expert_quadrant, expert_decision, score, weakest, answers)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			owner, at, a.Case, string(a.Mode),
			string(a.Predict.Quadrant), string(a.Predict.Decision), string(a.Coach.Quadrant), string(a.Coach.Decision),
			string(a.Expert.Quadrant), string(a.Expert.Decision), a.Score, string(a.Weakest), answers)
		if err != nil {
			return err
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		if a.Draft == 0 {
			return nil
		}
		// Only the owner's draft of this very case: an attempt never
		// takes a deal's draft, or anyone else's, with it. A draft
		// already gone (discarded elsewhere) is no reason to fail.
		_, err = tx.ExecContext(ctx, `DELETE FROM drafts WHERE id = ? AND owner = ? AND case_id = ?`, a.Draft, owner, a.Case)
		return err
	})
	return id, err
}

// Attempts lists owner's practice attempts, oldest first (for progress
// over time); caseID "" lists every case.
func (j *Journal) Attempts(ctx context.Context, owner, caseID string) ([]Attempt, error) {
	q := `SELECT id, at, case_id, mode, predicted_quadrant, predicted_decision, coach_quadrant, coach_decision,
		expert_quadrant, expert_decision, score, weakest, answers FROM attempts WHERE owner = ?`
	args := []any{owner}
	if caseID != "" {
		q += ` AND case_id = ?`
		args = append(args, caseID)
	}
	rows, err := j.db.QueryContext(ctx, q+` ORDER BY at, id`, args...)
	if err != nil {
		return nil, wrap(j.path, err)
	}
	defer rows.Close()
	var out []Attempt
	for rows.Next() {
		var (
			a                      Attempt
			at                     int64
			mode, weakest, answers string
			pq, pd, cq, cd, eq, ed string
		)
		if err := rows.Scan(&a.ID, &at, &a.Case, &mode, &pq, &pd, &cq, &cd, &eq, &ed, &a.Score, &weakest, &answers); err != nil {
			return nil, wrap(j.path, err)
		}
		a.Time, a.Mode, a.Weakest = fromNS(at), Mode(mode), playbook.Pillar(weakest)
		a.Predict = Verdict{coach.Quadrant(pq), coach.Decision(pd)}
		a.Coach = Verdict{coach.Quadrant(cq), coach.Decision(cd)}
		a.Expert = Verdict{coach.Quadrant(eq), coach.Decision(ed)}
		if a.Answers, err = unmarshalAnswers(answers); err != nil {
			return nil, wrap(j.path, fmt.Errorf("attempt %d: %w", a.ID, err))
		}
		out = append(out, a)
	}
	return out, wrap(j.path, rows.Err())
}

// Traits are the four habits a self-check scores.
type Traits struct {
	Trustworthy   float64
	Competent     float64
	ClientFocused float64
	SayNo         float64 // able to say no
}

// SelfCheck is one self-check: the trait scores and the raw ratings they
// came from (statement id -> 1..5).
type SelfCheck struct {
	ID      int64
	Time    time.Time // zero: now, when saving
	Traits  Traits
	Ratings map[string]int
}

// SaveSelfCheck stores a self-check and returns its id.
func (j *Journal) SaveSelfCheck(ctx context.Context, owner string, s SelfCheck) (int64, error) {
	for _, v := range []float64{s.Traits.Trustworthy, s.Traits.Competent, s.Traits.ClientFocused, s.Traits.SayNo} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return 0, fmt.Errorf("%w: trait score %v", ErrInvalid, v)
		}
	}
	ratings := s.Ratings
	if ratings == nil {
		ratings = map[string]int{}
	}
	data, err := json.Marshal(ratings)
	if err != nil {
		return 0, fmt.Errorf("%w: ratings: %v", ErrInvalid, err)
	}
	at := s.Time.UnixNano()
	if s.Time.IsZero() {
		at = j.nowNS()
	}
	var id int64
	err = j.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO selfchecks
			(owner, at, trustworthy, competent, client_focused, say_no, ratings) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			owner, at, s.Traits.Trustworthy, s.Traits.Competent, s.Traits.ClientFocused, s.Traits.SayNo, string(data))
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	return id, err
}

// SelfChecks lists owner's self-checks, oldest first.
func (j *Journal) SelfChecks(ctx context.Context, owner string) ([]SelfCheck, error) {
	rows, err := j.db.QueryContext(ctx, `SELECT id, at, trustworthy, competent, client_focused, say_no, ratings
		FROM selfchecks WHERE owner = ? ORDER BY at, id`, owner)
	if err != nil {
		return nil, wrap(j.path, err)
	}
	defer rows.Close()
	var out []SelfCheck
	for rows.Next() {
		var (
			s    SelfCheck
			at   int64
			data string
		)
		if err := rows.Scan(&s.ID, &at, &s.Traits.Trustworthy, &s.Traits.Competent, &s.Traits.ClientFocused,
			&s.Traits.SayNo, &data); err != nil {
			return nil, wrap(j.path, err)
		}
		s.Time = fromNS(at)
		if err := json.Unmarshal([]byte(data), &s.Ratings); err != nil {
			return nil, wrap(j.path, fmt.Errorf("self-check %d: %w", s.ID, err))
		}
		out = append(out, s)
	}
	return out, wrap(j.path, rows.Err())
}
