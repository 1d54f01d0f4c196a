package journal

import (
	"context"
	"database/sql"
	"errors"

	"github.com/winwincoach/winwin/coach"
)

// FindDeal is the deal one of whose revisions holds exactly ans, the most
// recently saved first; found is false when no deal does. `winwin prep
// FILE` uses it so that opening an exported deal file again revises the
// deal instead of saving a copy. Only revisions with the same client and
// offer names are compared, which the index on the list narrows.
func (j *Journal) FindDeal(ctx context.Context, owner string, ans coach.Answers) (deal int64, found bool, err error) {
	want, err := marshalAnswers(ans)
	if err != nil {
		return 0, false, err
	}
	client, offer := names(ans)
	rows, err := j.db.QueryContext(ctx, `SELECT s.deal_id, s.answers FROM sessions AS s JOIN deals AS d ON d.id = s.deal_id
		WHERE s.owner = ? AND s.client = ? AND s.offer = ? ORDER BY d.updated DESC, s.revision DESC`, owner, client, offer)
	if err != nil {
		return 0, false, wrap(j.path, err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			id     int64
			stored string
		)
		if err := rows.Scan(&id, &stored); err != nil {
			return 0, false, wrap(j.path, err)
		}
		got, err := unmarshalAnswers(stored)
		if err != nil {
			continue // an unreadable revision matches nothing
		}
		if same, err := marshalAnswers(got); err == nil && same == want {
			return id, true, nil
		}
	}
	if err := rows.Err(); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, false, wrap(j.path, err)
	}
	return 0, false, nil
}
