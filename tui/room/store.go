package room

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"time"

	"github.com/winwincoach/winwin/coach/journal"
)

// storeTimeout bounds one write of the room to the journal, so a locked
// journal holds up no participant for long.
const storeTimeout = 5 * time.Second

// Store keeps the rooms, their results and the names' personal codes;
// *journal.Journal is one. Owner is always "" (the server's own).
type Store interface {
	SaveRoom(ctx context.Context, owner string, r journal.Room) (int64, error)
	SaveRoomAttempt(ctx context.Context, owner string, a journal.RoomAttempt) error
	SaveNameCode(ctx context.Context, owner, participant, hash string) error
	NameCode(ctx context.Context, owner, participant string) (string, error)
}

// SetStore makes the hub keep its rooms, results and personal codes in
// s, and sets the clock of its times (nil: time.Now). Call it before
// the hub is used.
func (h *Hub) SetStore(s Store, now func() time.Time) {
	h.store, h.now = s, now
}

// codeHash is what is kept of a personal code: a hash bound to its
// name, so the journal never holds the code itself.
func codeHash(owner, code string) string {
	sum := sha256.Sum256([]byte(owner + "\x00" + NormalizeCode(code)))
	return hex.EncodeToString(sum[:])
}

// storeCtx is the context of one store call.
func storeCtx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), storeTimeout)
}
