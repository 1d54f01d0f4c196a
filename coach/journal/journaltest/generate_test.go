package journaltest

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
)

func TestGenerate(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, Generate(dir, 100))
	j, err := journal.Open(dir)
	require.NoError(t, err)
	defer j.Close()
	ctx := context.Background()
	n, err := j.Count(ctx, "", journal.Filter{})
	require.NoError(t, err)
	assert.Equal(t, 100, n)
	rows, err := j.List(ctx, "", journal.Filter{}, 0, 1)
	require.NoError(t, err)
	require.Len(t, rows, 1)
	assert.Equal(t, int64(100), rows[0].Deal, "the last generated is the newest")
	assert.Equal(t, "Café de Hoek 100", rows[0].Client)
	assert.Equal(t, Base().Add(99*Step).UnixNano(), rows[0].Time.UnixNano())
	for _, q := range coach.Quadrants() {
		n, err := j.Count(ctx, "", journal.Filter{Quadrant: q})
		require.NoError(t, err)
		assert.Positive(t, n, "quadrant %s", q)
	}
	for _, d := range coach.Decisions() {
		n, err := j.Count(ctx, "", journal.Filter{Decision: d})
		require.NoError(t, err)
		assert.Positive(t, n, "decision %s", d)
	}
}
