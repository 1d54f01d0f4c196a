package verdict_test

import (
	"os"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach/dealfile"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui/internal/screentest"
	"github.com/winwincoach/winwin/tui/verdict"
)

// The export's paths stay in view however far the verdict is scrolled,
// and the screen keeps its height.
func TestExportStatusIsPinned(t *testing.T) {
	c := screentest.Common(t, locale.EN, termenv.Ascii)
	data, err := os.ReadFile("../../coach/testdata/example.yaml")
	require.NoError(t, err)
	ans, err := dealfile.Parse(c.Playbook, data, "example.yaml")
	require.NoError(t, err)

	m := verdict.New(c, true)
	m.SetSize(60, 12)
	m.Set(c.Coach.Assess(ans))
	for range 60 {
		m, _ = m.Update(tea.KeyMsg{Type: tea.KeyDown})
	}
	before := strings.Split(m.View(), "\n")
	require.Len(t, before, 12)

	status := "Exported to /home/seller/deals/example-bv-growth-programme.md, /home/seller/deals/example-bv-growth-programme.json"
	m.SetStatus(status)
	lines := strings.Split(m.View(), "\n")
	require.Len(t, lines, 12, "the status takes lines from the verdict, not extra ones")
	top := strings.Join(lines[:3], " ")
	assert.Contains(t, top, "Exported to")
	assert.Contains(t, top, "programme.json")
	assert.Equal(t, before[len(before)-1], lines[len(lines)-1], "the verdict stays scrolled where it was")
}
