package journal

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/safetext"
)

// DraftInfo is an unfinished interview, as the home screen lists it
// ("Bakkerij Jansen — 9 of 21 answered, 2 hours ago"), or a practice
// case's interview (Case set), which the case's story offers to continue.
type DraftInfo struct {
	ID int64
	// Deal is the saved deal this draft revises, or 0 for a new deal.
	Deal int64
	// Case is the practice case this draft answers, "" for a deal; Mode
	// is the mode the case is done in ("" for a deal).
	Case     string
	Mode     Mode
	Created  time.Time
	Updated  time.Time // the last answer
	Playbook coach.PlaybookRef
	Locale   string
	// Client and Offer are the client.name and offer.name answers, cleaned
	// for the terminal; "" until given.
	Client string
	Offer  string
	// Answered counts the stored answers ("unknown" included); Total is
	// the playbook's number of questions, as given to CreateDraft.
	Answered int
	Total    int
}

// Draft is a draft with its answers.
type Draft struct {
	DraftInfo
	Answers coach.Answers
}

// NewDraft is what CreateDraft needs.
type NewDraft struct {
	Playbook coach.PlaybookRef
	Locale   string
	Total    int // the playbook's number of questions
	// Deal is the saved deal this draft revises (re-opening a deal); 0
	// starts a new deal.
	Deal int64
	// Answers prefill the draft: a picked offer, a deal file, or the
	// answers of the deal's latest revision.
	Answers coach.Answers
	// Case makes it a practice case's draft, done in Mode; it revises no
	// deal. It replaces the owner's earlier draft of the same case: a
	// case resumes one attempt, and a stale one must not come back once
	// the new one is scored.
	Case string
	Mode Mode
}

// CreateDraft starts a draft and returns its id.
func (j *Journal) CreateDraft(ctx context.Context, owner string, d NewDraft) (int64, error) {
	var id int64
	err := j.write(ctx, func(tx *sql.Tx) error {
		var deal any // NULL for a new deal
		if d.Case != "" {
			if d.Deal != 0 {
				return fmt.Errorf("%w: a practice draft revises no deal", ErrInvalid)
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM drafts WHERE owner = ? AND case_id = ?`, owner, d.Case); err != nil {
				return err
			}
		}
		if d.Deal != 0 {
			if err := ownsDeal(ctx, tx, owner, d.Deal); err != nil {
				return err
			}
			deal = d.Deal
		}
		now := j.nowNS()
		client, offer := names(d.Answers)
		res, err := tx.ExecContext(ctx, `INSERT INTO drafts
			(owner, deal_id, created, updated, playbook_id, playbook_version, locale, client, offer, answered, total, case_id, mode)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			owner, deal, now, now, d.Playbook.ID, d.Playbook.Version, d.Locale, client, offer, len(d.Answers), d.Total,
			d.Case, string(d.Mode))
		if err != nil {
			return err
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		for q, a := range d.Answers {
			data, err := marshalAnswer(a)
			if err != nil {
				return fmt.Errorf("answer %s: %w", q, err)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO draft_answers (draft_id, question, answer) VALUES (?, ?, ?)`, id, q, data); err != nil {
				return err
			}
		}
		return nil
	})
	return id, err
}

// SaveAnswer stores the answer to question in a draft, as it is given: one
// small transaction, committed before it returns, so a crash loses at most
// the answer being typed.
func (j *Journal) SaveAnswer(ctx context.Context, owner string, draft int64, question string, a coach.Answer) error {
	data, err := marshalAnswer(a)
	if err != nil {
		return fmt.Errorf("answer %s: %w", question, err)
	}
	return j.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO draft_answers (draft_id, question, answer)
			SELECT id, ?, ? FROM drafts WHERE id = ? AND owner = ?
			ON CONFLICT (draft_id, question) DO UPDATE SET answer = excluded.answer`,
			question, data, draft, owner)
		if err := oneRow(res, err); err != nil {
			return err
		}
		return j.touchDraft(ctx, tx, owner, draft, question, a)
	})
}

// ClearAnswer removes the answer to question from a draft, making it
// unanswered again.
func (j *Journal) ClearAnswer(ctx context.Context, owner string, draft int64, question string) error {
	return j.write(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM draft_answers WHERE question = ?
			AND draft_id = (SELECT id FROM drafts WHERE id = ? AND owner = ?)`, question, draft, owner); err != nil {
			return err
		}
		return j.touchDraft(ctx, tx, owner, draft, question, coach.Answer{})
	})
}

// touchDraft updates a draft's time, count and, when question names the
// client or the offer, its display name.
func (j *Journal) touchDraft(ctx context.Context, tx *sql.Tx, owner string, draft int64, question string, a coach.Answer) error {
	set := ""
	args := []any{j.nowNS(), draft}
	switch question {
	case coach.IDClientName:
		set, args = ", client = ?", append(args, displayName(a))
	case coach.IDOfferName:
		set, args = ", offer = ?", append(args, displayName(a))
	}
	res, err := tx.ExecContext(ctx, `UPDATE drafts SET updated = ?,
		answered = (SELECT count(*) FROM draft_answers WHERE draft_id = ?)`+set+`
		WHERE id = ? AND owner = ?`, append(args, draft, owner)...)
	return oneRow(res, err)
}

// ListDrafts lists owner's drafts of deals, the most recently answered
// first; practice cases' drafts are not deals and are left out (see
// CaseDraft).
func (j *Journal) ListDrafts(ctx context.Context, owner string) ([]DraftInfo, error) {
	rows, err := j.db.QueryContext(ctx, `SELECT `+draftCols+` FROM drafts WHERE owner = ? AND case_id = ''
		ORDER BY updated DESC, id DESC`, owner)
	if err != nil {
		return nil, wrap(j.path, err)
	}
	defer rows.Close()
	var out []DraftInfo
	for rows.Next() {
		d, err := scanDraft(rows)
		if err != nil {
			return nil, wrap(j.path, err)
		}
		out = append(out, d)
	}
	return out, wrap(j.path, rows.Err())
}

// Draft returns a draft with its answers, to resume it.
func (j *Journal) Draft(ctx context.Context, owner string, id int64) (Draft, error) {
	return j.readDraft(ctx, j.db.QueryRowContext(ctx, `SELECT `+draftCols+` FROM drafts WHERE id = ? AND owner = ?`, id, owner))
}

// readDraft scans the draft row and reads its answers; no row is
// ErrNotFound.
func (j *Journal) readDraft(ctx context.Context, row *sql.Row) (Draft, error) {
	d, err := scanDraft(row)
	if errors.Is(err, sql.ErrNoRows) {
		return Draft{}, ErrNotFound
	}
	if err != nil {
		return Draft{}, wrap(j.path, err)
	}
	id := d.ID
	rows, err := j.db.QueryContext(ctx, `SELECT question, answer FROM draft_answers WHERE draft_id = ?`, id)
	if err != nil {
		return Draft{}, wrap(j.path, err)
	}
	defer rows.Close()
	out := Draft{DraftInfo: d, Answers: coach.Answers{}}
	for rows.Next() {
		var q, data string
		if err := rows.Scan(&q, &data); err != nil {
			return Draft{}, wrap(j.path, err)
		}
		a, err := unmarshalAnswer(data)
		if err != nil {
			return Draft{}, wrap(j.path, fmt.Errorf("draft %d, answer %s: %w", id, q, err))
		}
		out.Answers[q] = a
	}
	return out, wrap(j.path, rows.Err())
}

// DiscardDraft deletes a draft and its answers.
func (j *Journal) DiscardDraft(ctx context.Context, owner string, id int64) error {
	return j.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM drafts WHERE id = ? AND owner = ?`, id, owner)
		return oneRow(res, err)
	})
}

const draftCols = `id, coalesce(deal_id, 0), created, updated, playbook_id, playbook_version, locale,
	client, offer, answered, total, case_id, mode`

// scanner is a *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

func scanDraft(s scanner) (DraftInfo, error) {
	var (
		d                DraftInfo
		created, updated int64
		mode             string
	)
	err := s.Scan(&d.ID, &d.Deal, &created, &updated, &d.Playbook.ID, &d.Playbook.Version, &d.Locale,
		&d.Client, &d.Offer, &d.Answered, &d.Total, &d.Case, &mode)
	d.Created, d.Updated, d.Mode = fromNS(created), fromNS(updated), Mode(mode)
	return d, err
}

// oneRow turns "no row changed" into ErrNotFound.
func oneRow(res sql.Result, err error) error {
	if err != nil {
		return err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return ErrNotFound
	}
	return nil
}

// names are the display names of the client and the offer in ans.
func names(ans coach.Answers) (client, offer string) {
	return displayName(ans[coach.IDClientName]), displayName(ans[coach.IDOfferName])
}

// displayName is a name answer as the journal lists it: trimmed and
// without escapes or control characters, "" when not given.
func displayName(a coach.Answer) string {
	s, ok := a.Value.(string)
	if !ok || a.Unknown {
		return ""
	}
	return strings.TrimSpace(safetext.Line(s))
}
