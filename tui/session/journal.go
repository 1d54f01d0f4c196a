package session

import (
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/home"
	"github.com/winwincoach/winwin/tui/journalview"
)

// journalEntries is the journal screen's entry: every saved deal, to
// filter, open, compare and revise. Without a journal there is nothing
// to show, so there is no entry.
func journalEntries(c common.Common, cfg Config) []home.Entry {
	if cfg.Journal == nil {
		return nil
	}
	return []home.Entry{{
		Title:  c.T("home.journal"),
		Detail: c.T("home.journal_detail"),
		Msg:    journalview.OpenWith(cfg.Journal, cfg.Owner, journalview.Options{Exporter: cfg.Exporter}),
	}}
}
