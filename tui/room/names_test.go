package room

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach/journal"
)

// nameStore keeps personal codes like the journal does (the first hash
// stays), and nothing else.
type nameStore struct {
	mu     sync.Mutex
	hashes map[string]string
}

func (s *nameStore) SaveRoom(context.Context, string, journal.Room) (int64, error) { return 1, nil }
func (s *nameStore) SaveRoomAttempt(context.Context, string, journal.RoomAttempt) error {
	return nil
}
func (s *nameStore) SaveNameCode(_ context.Context, _, participant, hash string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.hashes[participant]; !ok {
		s.hashes[participant] = hash
	}
	return nil
}
func (s *nameStore) NameCode(_ context.Context, _, participant string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	h, ok := s.hashes[participant]
	if !ok {
		return "", journal.ErrNotFound
	}
	return h, nil
}

// A name gets one personal code; a login under it must give that code
// (in any case, with spaces); wrong codes are refused, five in a row
// lock the name for a minute; the trainers of the room hear of each;
// a hub that starts again on the same store knows the name still.
func TestPersonalCodes(t *testing.T) {
	store := &nameStore{hashes: map[string]string{}}
	now := time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	h := NewHub(library(t), "STAND1", nil)
	h.SetStore(store, clock)
	const anna = "name:STAND1:anna"

	assert.False(t, h.KnownName(anna))
	code, ok := h.NewName(anna)
	require.True(t, ok)
	assert.Len(t, code, PersonalCodeLen)
	_, again := h.NewName(anna)
	assert.False(t, again, "a name gets one code")
	assert.NotContains(t, store.hashes[anna], code, "the store keeps a hash, not the code")

	for _, tc := range []struct {
		typed string
		want  bool
	}{
		{code, true},
		{" " + strings.ToLower(code[:2]) + " " + code[2:] + " ", true},
		{"", false},
		{"ZZZZZ", false},
	} {
		assert.Equal(t, tc.want, h.Reclaim(anna, tc.typed, "STAND1", "Anna"), "%q", tc.typed)
	}
	for range maxWrong - 1 {
		assert.False(t, h.Reclaim(anna, "ZZZZZ", "STAND1", "Anna"))
	}
	assert.False(t, h.Reclaim(anna, code, "STAND1", "Anna"), "locked after five wrong codes in a row")
	now = now.Add(lockTime)
	assert.True(t, h.Reclaim(anna, code, "STAND1", "Anna"), "open again after a minute")

	tc := h.register(Who{Owner: "t", Trainer: true}, func(any) {})
	_, err := tc.Open(library(t).Cases[0].ID)
	require.NoError(t, err)
	s, _ := tc.Snapshot()
	require.Len(t, s.Notices, maxNotices)
	assert.Equal(t, NameReclaimed, s.Notices[maxNotices-1].Kind)
	assert.Equal(t, NameRefused, s.Notices[maxNotices-2].Kind)

	restarted := NewHub(library(t), "STAND1", nil)
	restarted.SetStore(store, clock)
	assert.True(t, restarted.KnownName(anna))
	assert.True(t, restarted.Reclaim(anna, code, "STAND1", "Anna"))
	assert.False(t, restarted.KnownName("name:STAND1:bob"))
}
