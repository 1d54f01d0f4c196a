package journal

import (
	"context"
	"fmt"
	"iter"
	"strings"

	"github.com/winwincoach/winwin/coach"
)

// Filter narrows the journal list. The zero Filter lists every deal.
type Filter struct {
	// Text is a part of the client's or the offer's name, in any case.
	Text     string
	Quadrant coach.Quadrant // "" for any
	Decision coach.Decision // "" for any
}

// from is the FROM and WHERE clauses of f for owner, with their
// arguments. Quadrant and decision alone are served by their indexes; a
// text filter scans deals_list, which holds every filtered column, so no
// row of the table is read for rows that do not match (see schema.go).
func (f Filter) from(owner string) (string, []any) {
	var b strings.Builder
	args := []any{owner}
	b.WriteString(" FROM deals")
	if f.text() != "" {
		b.WriteString(" INDEXED BY deals_list")
	}
	b.WriteString(" WHERE owner = ?")
	if f.Quadrant != "" {
		b.WriteString(" AND quadrant = ?")
		args = append(args, string(f.Quadrant))
	}
	if f.Decision != "" {
		b.WriteString(" AND decision = ?")
		args = append(args, string(f.Decision))
	}
	if t := f.text(); t != "" {
		b.WriteString(" AND instr(search, ?) > 0")
		args = append(args, t)
	}
	return b.String(), args
}

// text is the text filter as the search column holds names: lower case.
func (f Filter) text() string { return strings.ToLower(strings.TrimSpace(f.Text)) }

const rowCols = `d.id, d.revision, d.updated, d.client, d.offer, d.quadrant, d.decision, d.provisional`

// List returns one page of owner's deals at their latest revision, the
// most recently saved first: limit rows from offset. Use Count for the
// total. The rows skipped by offset are stepped over in an index (only the
// page's rows are read from the table), so a deep page costs a few
// milliseconds per 100,000 rows skipped; ListAfter continues from a row at
// the cost of the first page.
func (j *Journal) List(ctx context.Context, owner string, f Filter, offset, limit int) ([]Row, error) {
	if offset < 0 || limit < 0 {
		return nil, fmt.Errorf("%w: offset %d, limit %d", ErrInvalid, offset, limit)
	}
	from, args := f.from(owner)
	return j.rows(ctx, `SELECT `+rowCols+` FROM (SELECT id`+from+
		` ORDER BY updated DESC, id DESC LIMIT ? OFFSET ?) AS page JOIN deals AS d ON d.id = page.id
		ORDER BY d.updated DESC, d.id DESC`, append(args, limit, offset)...)
}

// ListAfter returns the limit deals that follow after in List's order
// (keyset pagination): the next page from the last row of this one.
func (j *Journal) ListAfter(ctx context.Context, owner string, f Filter, after Row, limit int) ([]Row, error) {
	if limit < 0 {
		return nil, fmt.Errorf("%w: limit %d", ErrInvalid, limit)
	}
	from, args := f.from(owner)
	return j.rows(ctx, `SELECT `+rowCols+` FROM (SELECT id`+from+
		` AND (updated, id) < (?, ?) ORDER BY updated DESC, id DESC LIMIT ?) AS page JOIN deals AS d ON d.id = page.id
		ORDER BY d.updated DESC, d.id DESC`, append(args, after.Time.UnixNano(), after.Deal, limit)...)
}

// Count is the number of owner's deals that f lets through.
func (j *Journal) Count(ctx context.Context, owner string, f Filter) (int, error) {
	from, args := f.from(owner)
	var n int
	err := j.db.QueryRowContext(ctx, `SELECT count(*)`+from, args...).Scan(&n)
	return n, wrap(j.path, err)
}

func (j *Journal) rows(ctx context.Context, query string, args ...any) ([]Row, error) {
	rows, err := j.db.QueryContext(ctx, query, args...)
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
	return out, wrap(j.path, rows.Err())
}

// All streams every stored session of owner (every revision of every
// deal) in the order they were stored, for `winwin history --json`. Rows
// are read one at a time, so memory stays flat however long the journal
// is. Stop early by breaking out of the loop; an error ends the sequence.
//
//	for s, err := range j.All(ctx, owner) {
//		if err != nil { return err }
//		...
//	}
func (j *Journal) All(ctx context.Context, owner string) iter.Seq2[Session, error] {
	return func(yield func(Session, error) bool) {
		rows, err := j.db.QueryContext(ctx, `SELECT `+sessionCols+` FROM sessions WHERE owner = ? ORDER BY id`, owner)
		if err != nil {
			yield(Session{}, wrap(j.path, err))
			return
		}
		defer rows.Close()
		for rows.Next() {
			s, err := scanSession(rows)
			if err != nil {
				yield(Session{}, wrap(j.path, err))
				return
			}
			if !yield(s, nil) {
				return
			}
		}
		if err := rows.Err(); err != nil {
			yield(Session{}, wrap(j.path, err))
		}
	}
}
