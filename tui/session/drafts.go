package session

import (
	"context"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/home"
	"github.com/winwincoach/winwin/tui/nav"
)

// draftEntries lists the open drafts, newest first: "Bakkerij Jansen —
// 9 of 25 answered, 2 hours ago". enter resumes one, x discards it.
func draftEntries(c common.Common, cfg Config) []home.Entry {
	if cfg.Journal == nil {
		return nil
	}
	ctx := context.Background()
	drafts, err := cfg.Journal.ListDrafts(ctx, cfg.Owner)
	if err != nil {
		return []home.Entry{{Title: c.T("home.drafts_unavailable"), Detail: c.Cat.M(journal.MessageOf(err)), Msg: nav.HomeMsg{}}}
	}
	now := cfg.now()
	var out []home.Entry
	for _, d := range drafts {
		id := d.ID
		out = append(out, home.Entry{
			Title:  c.T("home.resume", draftName(c, d)),
			Detail: c.T("home.draft_detail", d.Answered, d.Total, Ago(c, now, d.Updated)),
			Open:   func() tea.Msg { return resume(cfg, id) },
			Discard: func() tea.Msg {
				_ = cfg.Journal.DiscardDraft(ctx, cfg.Owner, id)
				return nav.HomeMsg{}
			},
		})
	}
	return out
}

// resume is the message that reopens draft id: it is read when the entry
// is opened, not when home is drawn.
func resume(cfg Config, id int64) tea.Msg {
	d, err := cfg.Journal.Draft(context.Background(), cfg.Owner, id)
	if err != nil {
		return nav.HomeMsg{}
	}
	return nav.PrepMsg{Answers: d.Answers, Draft: d.ID, Deal: d.Deal}
}

func draftName(c common.Common, d journal.DraftInfo) string {
	switch {
	case d.Client != "" && d.Offer != "":
		return d.Client + " — " + d.Offer
	case d.Client != "":
		return d.Client
	case d.Offer != "":
		return d.Offer
	}
	return c.T("home.unnamed_deal")
}

// Ago says how long ago t was, in the session's language.
func Ago(c common.Common, now, t time.Time) string {
	d := now.Sub(t)
	switch {
	case d < time.Minute:
		return c.T("time.just_now")
	case d < 2*time.Minute:
		return c.T("time.minute_ago")
	case d < time.Hour:
		return c.T("time.minutes_ago", int(d.Minutes()))
	case d < 2*time.Hour:
		return c.T("time.hour_ago")
	case d < 24*time.Hour:
		return c.T("time.hours_ago", int(d.Hours()))
	case d < 48*time.Hour:
		return c.T("time.yesterday")
	case d < 14*24*time.Hour:
		return c.T("time.days_ago", int(d.Hours()/24))
	}
	return t.Local().Format("2006-01-02")
}
