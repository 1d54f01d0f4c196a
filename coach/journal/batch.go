package journal

import (
	"context"
	"database/sql"

	"github.com/winwincoach/winwin/coach"
)

// SaveSessions stores several verdicts in one transaction, in order, as
// SaveSession stores one: all of them, or on an error none. It is for
// `winwin import` (a folder of deal files lands whole or not at all) and
// for building large journals in benchmarks: one transaction of many
// rows costs a fraction of as many transactions. Sessions that share an
// *coach.Assessment have it encoded once.
func (j *Journal) SaveSessions(ctx context.Context, owner string, list []NewSession) ([]Ref, error) {
	seen := map[*coach.Assessment]string{}
	enc := make([]encodedSession, len(list))
	for i, s := range list {
		var err error
		if enc[i], err = j.encode(s, seen); err != nil {
			return nil, err
		}
	}
	refs := make([]Ref, len(list))
	err := j.write(ctx, func(tx *sql.Tx) error {
		st := newStmts(tx)
		defer st.close()
		for i, s := range list {
			ref, err := insertSession(ctx, st, owner, s, enc[i])
			if err != nil {
				return err
			}
			refs[i] = ref
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return refs, nil
}

// stmts runs a transaction's statements, preparing each query once: a
// batch of thousands of sessions then parses its few queries once,
// which is a fifth of the time of storing them.
type stmts struct {
	tx    *sql.Tx
	cache map[string]*sql.Stmt
}

func newStmts(tx *sql.Tx) *stmts { return &stmts{tx: tx, cache: map[string]*sql.Stmt{}} }

func (s *stmts) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := s.cache[query]; ok {
		return st, nil
	}
	st, err := s.tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	s.cache[query] = st
	return st, nil
}

// ExecContext runs query with args.
func (s *stmts) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := s.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

// QueryRowContext runs query with args for one row; a failed prepare
// shows as the row's error, as database/sql does.
func (s *stmts) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if _, err := s.stmt(ctx, query); err != nil {
		return s.tx.QueryRowContext(ctx, query, args...)
	}
	return s.cache[query].QueryRowContext(ctx, args...)
}

// close closes the prepared statements (the transaction's end closes
// them too; this frees them for a long batch's connection at once).
func (s *stmts) close() {
	for _, st := range s.cache {
		_ = st.Close()
	}
}

// SaveSessionsFrom stores the sessions next yields, in order, in one
// transaction, as SaveSessions does: all of them, or on an error (of the
// journal's or next's) none. It holds one session at a time, so a large
// import costs the memory of its largest file, not of all of them. next
// returns false when there are no more; it runs inside the transaction,
// which holds the journal's write lock until the last one.
func (j *Journal) SaveSessionsFrom(ctx context.Context, owner string, next func() (NewSession, bool, error)) ([]Ref, error) {
	var refs []Ref
	err := j.write(ctx, func(tx *sql.Tx) error {
		st := newStmts(tx)
		defer st.close()
		for {
			s, ok, err := next()
			if err != nil {
				return err
			}
			if !ok {
				return nil
			}
			enc, err := j.encode(s, nil)
			if err != nil {
				return err
			}
			ref, err := insertSession(ctx, st, owner, s, enc)
			if err != nil {
				return err
			}
			refs = append(refs, ref)
		}
	})
	if err != nil {
		return nil, err
	}
	return refs, nil
}
