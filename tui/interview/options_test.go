package interview

import (
	"os"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/theme"
)

func testCommon(t *testing.T) common.Common {
	pb, err := playbook.LoadDefault()
	require.NoError(t, err)
	cat := locale.MustLoad(locale.EN)
	r := lipgloss.NewRenderer(os.Stdout)
	r.SetColorProfile(termenv.Ascii)
	return common.New(theme.New(r, true), cat, coach.New(pb, cat))
}

// In exam mode the coach pane is not drawn, and moving past the last
// question finishes the interview instead of opening the verdict.
func TestExamHidesCoachAndFinishes(t *testing.T) {
	c := testCommon(t)
	m := New(c, coach.Answers{"client.name": coach.Text("Jansen")}, Options{Exam: true, Finish: true})
	m.SetSize(120, 40)
	v := m.View()
	assert.NotContains(t, v, "Coach")
	assert.NotContains(t, v, "Verdict")
	assert.NotContains(t, v, "win-win")

	m, cmd := m.goTo(len(c.Playbook.Questions))
	require.NotNil(t, cmd)
	msg := cmd()
	fin, ok := msg.(FinishedMsg)
	require.True(t, ok, "%T", msg)
	assert.Equal(t, coach.Text("Jansen"), fin.Answers["client.name"])
	assert.False(t, m.OnVerdict())
	_ = tea.Quit
}
