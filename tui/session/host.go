package session

import (
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/home"
)

// hostEntries are the entries the host adds through Config.Entries (the
// training room of `winwin serve`).
func hostEntries(c common.Common, cfg Config) []home.Entry {
	if cfg.Entries == nil {
		return nil
	}
	return cfg.Entries(c)
}
