package journal

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// Deleted is a deal removed by DeleteDeal, kept whole (its row and every
// revision, column by column) so that Restore can put it back: the
// journal screen's undo, for as long as the screen is open.
type Deleted struct {
	Row      // the deal at its latest revision, to name it on screen
	owner    string
	deal     storedRow
	sessions []storedRow
}

// storedRow is one table row as stored: its column names and values.
type storedRow struct {
	cols []string
	vals []any
}

// DeleteDeal removes deal and all its revisions. Drafts that were
// revising it stay, as drafts of a new deal. The returned Deleted brings
// the deal back with Restore.
func (j *Journal) DeleteDeal(ctx context.Context, owner string, deal int64) (Deleted, error) {
	out := Deleted{owner: owner}
	err := j.write(ctx, func(tx *sql.Tx) error {
		if err := ownsDeal(ctx, tx, owner, deal); err != nil {
			return err
		}
		rows, err := readRows(ctx, tx, `SELECT * FROM deals WHERE id = ? AND owner = ?`, deal, owner)
		if err != nil {
			return err
		}
		if len(rows) != 1 {
			return ErrNotFound
		}
		out.deal = rows[0]
		if out.sessions, err = readRows(ctx, tx, `SELECT * FROM sessions WHERE deal_id = ? AND owner = ? ORDER BY revision`, deal, owner); err != nil {
			return err
		}
		r := tx.QueryRowContext(ctx, `SELECT `+rowCols+` FROM deals AS d WHERE d.id = ? AND d.owner = ?`, deal, owner)
		if out.Row, err = scanRow(r); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE deal_id = ? AND owner = ?`, deal, owner); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM deals WHERE id = ? AND owner = ?`, deal, owner)
		return err
	})
	if err != nil {
		return Deleted{}, err
	}
	return out, nil
}

// Restore puts a deleted deal back with its revisions, under its old
// number when that is still free (else under a new one, returned).
func (j *Journal) Restore(ctx context.Context, d Deleted) (int64, error) {
	if len(d.deal.cols) == 0 {
		return 0, fmt.Errorf("%w: nothing to restore", ErrInvalid)
	}
	var id int64
	err := j.write(ctx, func(tx *sql.Tx) error {
		deal := d.deal
		old, _ := deal.get("id").(int64)
		var taken int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM deals WHERE id = ?`, old).Scan(&taken); err != nil {
			return err
		}
		if taken > 0 {
			deal = deal.without("id")
		}
		res, err := insertRow(ctx, tx, "deals", deal)
		if err != nil {
			return err
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		for _, s := range d.sessions {
			// Session ids are not referenced; fresh ones cannot clash.
			s = s.without("id").with("deal_id", id)
			if _, err := insertRow(ctx, tx, "sessions", s); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return id, nil
}

// readRows reads whole rows with their column names.
func readRows(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]storedRow, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	var out []storedRow
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		out = append(out, storedRow{cols: cols, vals: vals})
	}
	return out, rows.Err()
}

// insertRow inserts r into table (names are this package's, never input).
func insertRow(ctx context.Context, tx *sql.Tx, table string, r storedRow) (sql.Result, error) {
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(r.cols)), ", ")
	return tx.ExecContext(ctx, `INSERT INTO `+table+` (`+strings.Join(r.cols, ", ")+`) VALUES (`+marks+`)`, r.vals...)
}

func (r storedRow) get(col string) any {
	for i, c := range r.cols {
		if c == col {
			return r.vals[i]
		}
	}
	return nil
}

// without is r less column col.
func (r storedRow) without(col string) storedRow {
	var out storedRow
	for i, c := range r.cols {
		if c != col {
			out.cols = append(out.cols, c)
			out.vals = append(out.vals, r.vals[i])
		}
	}
	return out
}

// with is r with column col set to v.
func (r storedRow) with(col string, v any) storedRow {
	out := storedRow{cols: append([]string(nil), r.cols...), vals: append([]any(nil), r.vals...)}
	for i, c := range out.cols {
		if c == col {
			out.vals[i] = v
			return out
		}
	}
	out.cols, out.vals = append(out.cols, col), append(out.vals, v)
	return out
}
