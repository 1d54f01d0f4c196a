package cases

import (
	"fmt"
	"sort"
	"strings"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

// LoadError is every problem found in a case file or a case library;
// loading reports them all at once, each with file and line.
type LoadError struct {
	Problems []playbook.Problem
}

// Error implements error with untranslated messages; use Format for users.
func (e *LoadError) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "%s: %s", p.Pos, p.Msg)
	}
	return b.String()
}

// Format renders every problem, one per line, in the catalog's language.
func (e *LoadError) Format(cat *locale.Catalog) string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.Format(cat)
	}
	return strings.Join(lines, "\n")
}

// sortProblems orders problems by file, line and column, so the same
// broken library always gives the same report.
func sortProblems(ps []playbook.Problem) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i].Pos, ps[j].Pos
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}
