package journal

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/winwincoach/winwin/coach"
)

// OfferPrefix starts the ids of the questions that describe the offer
// (offer.name, offer.fit.stages, offer.cost, offer.list_price, ...).
const OfferPrefix = "offer."

// Offer is a saved offer: name, fit, cost price, list price, benefits and
// drawbacks, kept as the offer.* answers of the deal file, so picking it
// at the start of a deal is merging Answers into the new draft.
type Offer struct {
	ID      int64
	Name    string // the offer.name answer, cleaned for the terminal
	Answers coach.Answers
	Created time.Time
	Updated time.Time
}

// OfferAnswers returns the offer.* answers of ans.
func OfferAnswers(ans coach.Answers) coach.Answers {
	out := coach.Answers{}
	for id, a := range ans {
		if strings.HasPrefix(id, OfferPrefix) {
			out[id] = a
		}
	}
	return out.Clone()
}

// SaveOffer saves the offer.* answers of ans (other answers are ignored)
// and returns the offer's id. An offer of the same name (in any case)
// is replaced, so each offer is kept once. The offer must have a name.
func (j *Journal) SaveOffer(ctx context.Context, owner string, ans coach.Answers) (int64, error) {
	offer := OfferAnswers(ans)
	name := displayName(offer[coach.IDOfferName])
	if name == "" {
		return 0, fmt.Errorf("%w: offer without a name", ErrInvalid)
	}
	data, err := marshalAnswers(offer)
	if err != nil {
		return 0, err
	}
	var id int64
	err = j.write(ctx, func(tx *sql.Tx) error {
		now := j.nowNS()
		return tx.QueryRowContext(ctx, `INSERT INTO offers (owner, name, key, created, updated, answers)
			VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (owner, key) DO UPDATE SET name = excluded.name, updated = excluded.updated,
				answers = excluded.answers
			RETURNING id`, owner, name, strings.ToLower(name), now, now, data).Scan(&id)
	})
	return id, err
}

// Offers lists owner's offers by name.
func (j *Journal) Offers(ctx context.Context, owner string) ([]Offer, error) {
	rows, err := j.db.QueryContext(ctx, `SELECT `+offerCols+` FROM offers WHERE owner = ? ORDER BY key, id`, owner)
	if err != nil {
		return nil, wrap(j.path, err)
	}
	defer rows.Close()
	var out []Offer
	for rows.Next() {
		o, err := scanOffer(rows)
		if err != nil {
			return nil, wrap(j.path, err)
		}
		out = append(out, o)
	}
	return out, wrap(j.path, rows.Err())
}

// Offer returns one offer.
func (j *Journal) Offer(ctx context.Context, owner string, id int64) (Offer, error) {
	o, err := scanOffer(j.db.QueryRowContext(ctx, `SELECT `+offerCols+` FROM offers WHERE id = ? AND owner = ?`, id, owner))
	if errors.Is(err, sql.ErrNoRows) {
		return Offer{}, ErrNotFound
	}
	return o, wrap(j.path, err)
}

// DeleteOffer deletes an offer. Deals made with it keep their answers.
func (j *Journal) DeleteOffer(ctx context.Context, owner string, id int64) error {
	return j.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM offers WHERE id = ? AND owner = ?`, id, owner)
		return oneRow(res, err)
	})
}

const offerCols = `id, name, created, updated, answers`

func scanOffer(s scanner) (Offer, error) {
	var (
		o                Offer
		created, updated int64
		data             string
	)
	if err := s.Scan(&o.ID, &o.Name, &created, &updated, &data); err != nil {
		return Offer{}, err
	}
	o.Created, o.Updated = fromNS(created), fromNS(updated)
	var err error
	if o.Answers, err = unmarshalAnswers(data); err != nil {
		return Offer{}, fmt.Errorf("offer %d: %w", o.ID, err)
	}
	return o, nil
}
