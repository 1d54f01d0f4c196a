package theme

import (
	"github.com/winwincoach/winwin/coach/report"
)

// ReportStyle is the theme's colouring of the text report of `winwin
// assess`. It draws with the theme's renderer, so a plain renderer (no
// colour, NO_COLOR, --no-color) gives plain text.
func (t *Theme) ReportStyle() report.Style {
	return report.Style{
		Title:    render(t.Title),
		Heading:  render(t.Heading),
		Muted:    render(t.Muted),
		Win:      render(t.Win),
		Lose:     render(t.Lose),
		Open:     render(t.Open),
		Warn:     render(t.Warn),
		Info:     render(t.Info),
		Knockout: render(t.Knockout),
	}
}

// render adapts a lipgloss style to the report's func(string) string.
func render(s Paint) func(string) string {
	return func(text string) string { return s.Render(text) }
}
