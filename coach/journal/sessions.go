package journal

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/winwincoach/winwin/coach"
)

// Ref names one revision of a deal. Revision 0 means the latest.
type Ref struct {
	Deal     int64
	Revision int
}

// String is "42" for the latest revision of deal 42 and "42.3" for its
// third revision, the form ParseRef reads.
func (r Ref) String() string {
	if r.Revision == 0 {
		return strconv.FormatInt(r.Deal, 10)
	}
	return fmt.Sprintf("%d.%d", r.Deal, r.Revision)
}

// ParseRef reads "42" (the latest revision of deal 42) or "42.3" (its
// third revision), as `winwin export ID` takes them.
func ParseRef(s string) (Ref, error) {
	deal, rev, hasRev := strings.Cut(strings.TrimSpace(s), ".")
	var r Ref
	var err error
	if r.Deal, err = strconv.ParseInt(deal, 10, 64); err != nil || r.Deal <= 0 {
		return Ref{}, fmt.Errorf("%w: deal id %q", ErrInvalid, s)
	}
	if hasRev {
		if r.Revision, err = strconv.Atoi(rev); err != nil || r.Revision <= 0 {
			return Ref{}, fmt.Errorf("%w: revision in %q", ErrInvalid, s)
		}
	}
	return r, nil
}

// Row is one line of the journal: a deal at its latest revision (List), or
// one revision of it (Revisions).
type Row struct {
	Ref
	Time        time.Time // when this revision was stored
	Client      string    // cleaned for the terminal; "" when not named
	Offer       string
	Quadrant    coach.Quadrant
	Decision    coach.Decision
	Provisional bool
}

// NewSession is what reaching the verdict stores.
type NewSession struct {
	// Deal is the deal this session revises; 0 takes the draft's deal,
	// and makes a new deal when there is none.
	Deal int64
	// Draft, when set, is discarded in the same transaction, so a crash
	// never leaves both the session and its draft, or neither.
	Draft      int64
	Answers    coach.Answers
	Assessment *coach.Assessment // coach.Assess of Answers; required
	Time       time.Time         // zero: now (import passes a file's time)
	// Imported is a deal file brought in now: the journal lists it by the
	// time it was imported (so it shows first in "newest first"), while
	// its revision keeps Time, the file's own.
	Imported bool
}

// Session is one stored revision of a deal.
type Session struct {
	Row
	Playbook coach.PlaybookRef
	Locale   string
	Answers  coach.Answers
	// AssessmentJSON is the assessment byte for byte as it was stored:
	// the JSON of `winwin assess --json` at the time of the verdict.
	AssessmentJSON json.RawMessage
}

// SaveSession stores a verdict: a new deal at revision 1, or the next
// revision of an existing deal. Earlier revisions stay.
func (j *Journal) SaveSession(ctx context.Context, owner string, s NewSession) (Ref, error) {
	enc, err := j.encode(s, nil)
	if err != nil {
		return Ref{}, err
	}
	var ref Ref
	err = j.write(ctx, func(tx *sql.Tx) error {
		var err error
		ref, err = insertSession(ctx, newStmts(tx), owner, s, enc)
		return err
	})
	if err != nil {
		return Ref{}, err
	}
	return ref, nil
}

// encodedSession is a NewSession's columns as they are stored. at is the
// revision's time (an imported file's own time); stored is when it was
// saved, which orders the journal list: an import shows at the top with
// the time it was imported, while its revision keeps the file's date.
type encodedSession struct {
	answers, assessment string
	at, stored          int64
}

// encode turns s into its stored columns. seen, when not nil, keeps the
// JSON of assessments already encoded, for a batch that repeats them.
func (j *Journal) encode(s NewSession, seen map[*coach.Assessment]string) (encodedSession, error) {
	if s.Assessment == nil {
		return encodedSession{}, fmt.Errorf("%w: session without an assessment", ErrInvalid)
	}
	answers, err := marshalAnswers(s.Answers)
	if err != nil {
		return encodedSession{}, err
	}
	assessment, ok := seen[s.Assessment]
	if !ok {
		b, err := json.Marshal(s.Assessment)
		if err != nil {
			return encodedSession{}, fmt.Errorf("%w: assessment: %v", ErrInvalid, err)
		}
		assessment = string(b)
		if seen != nil {
			seen[s.Assessment] = assessment
		}
	}
	now := j.nowNS()
	at := s.Time.UnixNano()
	if s.Time.IsZero() {
		at = now
	}
	stored := at
	if s.Imported {
		stored = now
	}
	return encodedSession{answers: answers, assessment: assessment, at: at, stored: stored}, nil
}

// insertSession writes one encoded session in tx: the deal row (new or
// its next revision), the session row, and the draft's removal.
func insertSession(ctx context.Context, tx *stmts, owner string, s NewSession, enc encodedSession) (Ref, error) {
	client, offer := names(s.Answers)
	ref := Ref{Deal: s.Deal}
	if s.Draft != 0 {
		var deal int64
		err := tx.QueryRowContext(ctx, `SELECT coalesce(deal_id, 0) FROM drafts WHERE id = ? AND owner = ?`, s.Draft, owner).Scan(&deal)
		if errors.Is(err, sql.ErrNoRows) {
			return Ref{}, ErrNotFound
		}
		if err != nil {
			return Ref{}, err
		}
		if ref.Deal == 0 {
			ref.Deal = deal
		}
	}
	list := []any{enc.stored, client, offer, search(client, offer), string(s.Assessment.Quadrant),
		string(s.Assessment.Decision), s.Assessment.Provisional}
	if ref.Deal == 0 {
		res, err := tx.ExecContext(ctx, `INSERT INTO deals
			(owner, created, revision, updated, client, offer, search, quadrant, decision, provisional)
			VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?)`, append([]any{owner, enc.at}, list...)...)
		if err != nil {
			return Ref{}, err
		}
		ref.Revision = 1
		if ref.Deal, err = res.LastInsertId(); err != nil {
			return Ref{}, err
		}
	} else {
		err := tx.QueryRowContext(ctx, `UPDATE deals SET revision = revision + 1,
			updated = ?, client = ?, offer = ?, search = ?, quadrant = ?, decision = ?, provisional = ?
			WHERE id = ? AND owner = ? RETURNING revision`, append(list, ref.Deal, owner)...).Scan(&ref.Revision)
		if errors.Is(err, sql.ErrNoRows) {
			return Ref{}, ErrNotFound
		}
		if err != nil {
			return Ref{}, err
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO sessions
		(deal_id, owner, revision, at, playbook_id, playbook_version, locale, client, offer,
		 quadrant, decision, provisional, answers, assessment)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		ref.Deal, owner, ref.Revision, enc.at, s.Assessment.Playbook.ID, s.Assessment.Playbook.Version,
		s.Assessment.Lang, client, offer, string(s.Assessment.Quadrant), string(s.Assessment.Decision),
		s.Assessment.Provisional, enc.answers, enc.assessment); err != nil {
		return Ref{}, err
	}
	if s.Draft != 0 {
		if _, err := tx.ExecContext(ctx, `DELETE FROM drafts WHERE id = ? AND owner = ?`, s.Draft, owner); err != nil {
			return Ref{}, err
		}
	}
	return ref, nil
}

// Get returns one revision of a deal (the latest when ref.Revision is 0)
// with its answers and assessment, for `winwin export` and the journal's
// verdict view.
func (j *Journal) Get(ctx context.Context, owner string, ref Ref) (Session, error) {
	q := `SELECT ` + sessionCols + ` FROM sessions WHERE owner = ? AND deal_id = ? AND revision = ?`
	args := []any{owner, ref.Deal, ref.Revision}
	if ref.Revision == 0 {
		q = `SELECT ` + sessionCols + ` FROM sessions WHERE owner = ? AND deal_id = ? ORDER BY revision DESC LIMIT 1`
		args = args[:2]
	}
	s, err := scanSession(j.db.QueryRowContext(ctx, q, args...))
	if errors.Is(err, sql.ErrNoRows) {
		return Session{}, ErrNotFound
	}
	return s, wrap(j.path, err)
}

// Revisions lists every revision of a deal, oldest first.
func (j *Journal) Revisions(ctx context.Context, owner string, deal int64) ([]Row, error) {
	rows, err := j.db.QueryContext(ctx, `SELECT deal_id, revision, at, client, offer, quadrant, decision, provisional
		FROM sessions WHERE owner = ? AND deal_id = ? ORDER BY revision`, owner, deal)
	if err != nil {
		return nil, wrap(j.path, err)
	}
	defer rows.Close()
	var out []Row
	for rows.Next() {
		r, err := scanRow(rows)
		if err != nil {
			return nil, wrap(j.path, err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap(j.path, err)
	}
	if len(out) == 0 {
		return nil, ErrNotFound
	}
	return out, nil
}

// Compare loads two revisions and tells what changed from a to b.
func (j *Journal) Compare(ctx context.Context, owner string, a, b Ref) (Comparison, error) {
	from, err := j.Get(ctx, owner, a)
	if err != nil {
		return Comparison{}, err
	}
	to, err := j.Get(ctx, owner, b)
	if err != nil {
		return Comparison{}, err
	}
	fa, err := from.Assessment()
	if err != nil {
		return Comparison{}, err
	}
	ta, err := to.Assessment()
	if err != nil {
		return Comparison{}, err
	}
	c := Diff(from.Answers, to.Answers, fa, ta)
	c.From, c.To = from.Ref, to.Ref
	return c, nil
}

// ownsDeal fails with ErrNotFound unless owner has the deal.
func ownsDeal(ctx context.Context, tx *sql.Tx, owner string, deal int64) error {
	var one int
	err := tx.QueryRowContext(ctx, `SELECT 1 FROM deals WHERE id = ? AND owner = ?`, deal, owner).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return ErrNotFound
	}
	return err
}

// search is the lower-case text the journal's text filter looks in. The
// newline cannot occur in the cleaned names, so no match spans both.
func search(client, offer string) string {
	return strings.ToLower(client + "\n" + offer)
}

const sessionCols = `deal_id, revision, at, client, offer, quadrant, decision, provisional,
	playbook_id, playbook_version, locale, answers, assessment`

func scanRow(s scanner) (Row, error) {
	var (
		r        Row
		at       int64
		quadrant string
		decision string
	)
	err := s.Scan(&r.Deal, &r.Revision, &at, &r.Client, &r.Offer, &quadrant, &decision, &r.Provisional)
	r.Time, r.Quadrant, r.Decision = fromNS(at), coach.Quadrant(quadrant), coach.Decision(decision)
	return r, err
}

func scanSession(s scanner) (Session, error) {
	var (
		out                 Session
		at                  int64
		quadrant, decision  string
		answers, assessment string
	)
	err := s.Scan(&out.Deal, &out.Revision, &at, &out.Client, &out.Offer, &quadrant, &decision, &out.Provisional,
		&out.Playbook.ID, &out.Playbook.Version, &out.Locale, &answers, &assessment)
	if err != nil {
		return Session{}, err
	}
	out.Time, out.Quadrant, out.Decision = fromNS(at), coach.Quadrant(quadrant), coach.Decision(decision)
	out.AssessmentJSON = json.RawMessage(assessment)
	if out.Answers, err = unmarshalAnswers(answers); err != nil {
		return Session{}, fmt.Errorf("deal %s: answers: %w", out.Ref, err)
	}
	return out, nil
}
