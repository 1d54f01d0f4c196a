package session

import (
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/home"
)

// entries are the home screen's entries after "prepare a deal", in the
// order shown. A feature adds one function here and a file of its own.
func entries(c common.Common, cfg Config) []home.Entry {
	var out []home.Entry
	for _, f := range []func(common.Common, Config) []home.Entry{
		draftEntries,
		journalEntries,
		practiceEntries,
		selfCheckEntries,
		progressEntries,
		hostEntries,
	} {
		out = append(out, f(c, cfg)...)
	}
	return out
}
