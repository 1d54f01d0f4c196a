package room

import (
	"errors"
	"log"
	"time"

	"github.com/winwincoach/winwin/coach/journal"
)

// PersonalCodeLen is the length of a participant's personal code: short
// enough to write down, and guessed only by luck within the login rate
// limit (31^4, near a million).
const PersonalCodeLen = 4

// maxNotices is how many identity notices the hub keeps per room code.
const maxNotices = 8

// After maxWrong wrong personal codes in a row for one name, that name
// refuses every code for lockTime: guessing a code takes months, and a
// participant locked out by someone's guesses is back within a minute
// (the trainer sees the refusals meanwhile).
const (
	maxWrong = 5
	lockTime = time.Minute
)

// tries is a name's wrong personal codes in a row.
type tries struct {
	wrong int
	until time.Time // refusing every code until then
}

// NoticeKind is what happened to a name at login.
type NoticeKind int

// The notices a trainer sees.
const (
	// NameRefused: a login gave a name already in use with a wrong
	// personal code (or none).
	NameRefused NoticeKind = iota
	// NameReclaimed: a participant came back under their name with the
	// right personal code.
	NameReclaimed
)

// Notice is one thing that happened to a name at login, for the
// trainer's view.
type Notice struct {
	Kind NoticeKind
	Name string
	At   time.Time
}

// KnownName reports whether owner (a name login) already has a personal
// code: a login under that name must give it. A name claimed before the
// server restarted is found in the store.
func (h *Hub) KnownName(owner string) bool {
	_, ok := h.nameHash(owner)
	return ok
}

// nameHash is the hash of owner's personal code, from memory or else
// from the store (then remembered).
func (h *Hub) nameHash(owner string) (string, bool) {
	h.mu.Lock()
	hash, ok := h.personal[owner]
	h.mu.Unlock()
	if ok || h.store == nil {
		return hash, ok
	}
	ctx, cancel := storeCtx()
	defer cancel()
	hash, err := h.store.NameCode(ctx, "", owner)
	if err != nil {
		if !errors.Is(err, journal.ErrNotFound) {
			// A journal that cannot be read must not turn a claimed name
			// into a free one: the login is refused.
			log.Printf("room: personal code of a name: %v", err)
			return "", true
		}
		return "", false
	}
	h.mu.Lock()
	h.personal[owner] = hash
	h.mu.Unlock()
	return hash, true
}

// NewName gives owner its personal code, once: ok is false when the name
// has one already (two first logins under one name at once; the second
// must log in again and give the code).
func (h *Hub) NewName(owner string) (code string, ok bool) {
	if h.KnownName(owner) {
		return "", false
	}
	code, err := newCodeOf(h.rand, PersonalCodeLen)
	if err != nil {
		return "", false
	}
	hash := codeHash(owner, code)
	h.mu.Lock()
	if _, taken := h.personal[owner]; taken {
		h.mu.Unlock()
		return "", false
	}
	h.personal[owner] = hash
	h.mu.Unlock()
	if h.store != nil {
		ctx, cancel := storeCtx()
		defer cancel()
		if err := h.store.SaveNameCode(ctx, "", owner, hash); err != nil {
			// The name holds for as long as the server runs.
			log.Printf("room: keeping a personal code: %v", err)
		}
	}
	return code, true
}

// Reclaim checks the personal code typed for owner and tells the
// trainers of the room with roomCode either way, under name.
func (h *Hub) Reclaim(owner, typed, roomCode, name string) bool {
	hash, known := h.nameHash(owner)
	ok := known && hash != "" && SameCode(codeHash(owner, typed), hash)
	h.mu.Lock()
	defer h.mu.Unlock()
	now := h.clock()
	tr := h.tries[owner]
	switch {
	case now.Before(tr.until):
		ok = false
	case ok:
		tr = tries{}
	default:
		if tr.wrong++; tr.wrong >= maxWrong {
			tr = tries{until: now.Add(lockTime)}
		}
	}
	if tr == (tries{}) {
		delete(h.tries, owner)
	} else {
		h.tries[owner] = tr
	}
	kind := NameRefused
	if ok {
		kind = NameReclaimed
	}
	h.noticeLocked(roomCode, Notice{Kind: kind, Name: name, At: now})
	return ok
}

// noticeLocked keeps n for the trainers of the room with code, the
// newest last, and marks them.
func (h *Hub) noticeLocked(code string, n Notice) {
	code = NormalizeCode(code)
	ns := append(h.notices[code], n)
	if len(ns) > maxNotices {
		ns = ns[len(ns)-maxNotices:]
	}
	h.notices[code] = ns
	if r, ok := h.rooms[code]; ok {
		h.notifyLocked(r, false)
	}
}

// clock is the hub's time.
func (h *Hub) clock() time.Time {
	if h.now != nil {
		return h.now()
	}
	return time.Now()
}
