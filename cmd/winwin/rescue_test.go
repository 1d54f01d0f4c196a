package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/dealfile"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/tui/autosave"
)

// fullDisk is a journal whose every write fails.
type fullDisk struct{}

func (fullDisk) CreateDraft(context.Context, string, journal.NewDraft) (int64, error) {
	return 0, errors.New("disk full")
}
func (fullDisk) SaveAnswer(context.Context, string, int64, string, coach.Answer) error {
	return errors.New("disk full")
}

// Quitting with answers the journal never took: winwin says which, writes
// the whole interview as a deal file in the data directory, says where,
// and that file opens again as the same answers.
func TestQuitWithUnsavedAnswersWritesACopy(t *testing.T) {
	pb, err := playbook.LoadDefault()
	require.NoError(t, err)
	for _, lang := range locale.Langs() {
		t.Run(string(lang), func(t *testing.T) {
			cat, err := locale.Load(lang)
			require.NoError(t, err)
			dir := filepath.Join(t.TempDir(), "data")
			var stderr bytes.Buffer
			e := &env{stderr: &stderr, getenv: noEnv, cat: cat, global: globals{dataDir: dir}}

			l := &autosave.Ledger{}
			k := autosave.NewKeeper(fullDisk{}, "", journal.NewDraft{}, 0)
			l.Add(k)
			all := coach.Answers{}
			for _, q := range pb.Questions {
				if q.Kind != playbook.Free || len(all) == 2 {
					continue
				}
				all[q.ID] = coach.Text("written " + q.ID)
				require.Error(t, k.SaveAnswer(k.Ticket(), q.ID, all[q.ID], all.Clone()))
			}
			require.Len(t, all, 2, "the playbook has free-text questions")

			assert.False(t, e.rescue(l, pb))
			out := stderr.String()
			for id := range all {
				assert.Contains(t, out, id)
			}
			path := regexp.MustCompile(`\S*unsaved-[0-9-]+\.yaml`).FindString(out)
			require.NotEmpty(t, path, out)
			path = strings.TrimRight(path, ";,.")
			assert.Equal(t, dir, filepath.Dir(path))
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			got, err := dealfile.Parse(pb, data, path)
			require.NoError(t, err)
			assert.Equal(t, all, got)

			// Nothing pending: nothing said, nothing written.
			stderr.Reset()
			assert.True(t, e.rescue(&autosave.Ledger{}, pb))
			assert.Empty(t, stderr.String())
		})
	}
}
