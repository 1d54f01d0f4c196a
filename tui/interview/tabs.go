package interview

import (
	"strconv"

	"github.com/charmbracelet/x/ansi"
)

// tab is one section tab; total < 0 marks the verdict (no count).
type tab struct {
	title       string
	done, total int
}

func (t tab) label(withCount bool, maxTitle int) string {
	title := t.title
	if maxTitle > 0 {
		title = ansi.Truncate(title, maxTitle, "…")
	}
	if !withCount || t.total < 0 {
		return title
	}
	return title + " " + strconv.Itoa(t.done) + "/" + strconv.Itoa(t.total)
}

// fitTabs picks tab labels that fit width: all with counts; else counts
// only on the active tab; else shorter titles on the others.
func fitTabs(tabs []tab, active, width int) []string {
	try := func(count func(i int) bool, maxTitle func(i int) int) ([]string, bool) {
		labels := make([]string, len(tabs))
		used := len(tabs) - 1 // separators
		for i, t := range tabs {
			labels[i] = t.label(count(i), maxTitle(i))
			used += ansi.StringWidth(labels[i]) + 2 // tab padding
		}
		return labels, used <= width
	}
	all := func(int) bool { return true }
	onlyActive := func(i int) bool { return i == active }
	full := func(int) int { return 0 }
	if l, ok := try(all, full); ok {
		return l
	}
	if l, ok := try(onlyActive, full); ok {
		return l
	}
	for n := 12; n >= 3; n-- {
		short := func(i int) int {
			if i == active {
				return 0
			}
			return n
		}
		if l, ok := try(onlyActive, short); ok {
			return l
		}
	}
	l, _ := try(onlyActive, func(i int) int {
		if i == active {
			return 16
		}
		return 3
	})
	return l
}
