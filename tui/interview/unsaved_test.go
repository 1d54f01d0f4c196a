package interview

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winwincoach/winwin/coach"
)

// pendingSaver reports the answers it holds back.
type pendingSaver struct {
	orderSaver
	unsaved []string
}

func (s *pendingSaver) Unsaved() []string { return s.unsaved }

// "Not saved" stays in the header while any answer is pending, whatever
// the last save's own result (saves finish out of order), and goes once
// the saver holds nothing back.
func TestNotSavedStaysUntilEveryAnswerIsStored(t *testing.T) {
	c := testCommon(t)
	s := &pendingSaver{}
	m := New(c, coach.Answers{}, Options{Saver: s})
	for _, tc := range []struct {
		name    string
		unsaved []string
		msg     savedMsg
		want    string
	}{
		{"a failed answer", []string{"a"}, savedMsg{err: errors.New("locked")}, c.T("interview.unsaved", 1)},
		{"a later success while two are pending", []string{"a", "b"}, savedMsg{}, c.T("interview.unsaved", 2)},
		{"all written", nil, savedMsg{}, ""},
		{"a late failure after all was written", nil, savedMsg{err: errors.New("locked")}, ""},
		{"a verdict that failed", nil, savedMsg{err: errors.New("locked"), verdict: true}, c.T("interview.save_failed")},
	} {
		s.unsaved = tc.unsaved
		m, _ = m.Update(tc.msg)
		assert.Equal(t, tc.want, m.warning, tc.name)
	}
}
