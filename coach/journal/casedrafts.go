package journal

import "context"

// CaseDraft returns owner's latest draft of practice case caseID with its
// answers, so the case's story can offer to continue it; ErrNotFound when
// there is none (or caseID is "", which names no case).
func (j *Journal) CaseDraft(ctx context.Context, owner, caseID string) (Draft, error) {
	if caseID == "" {
		return Draft{}, ErrNotFound
	}
	return j.readDraft(ctx, j.db.QueryRowContext(ctx, `SELECT `+draftCols+` FROM drafts
		WHERE owner = ? AND case_id = ? ORDER BY updated DESC, id DESC LIMIT 1`, owner, caseID))
}
