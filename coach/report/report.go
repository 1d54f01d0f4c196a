// Package report renders a coach.Assessment for people and tools: a text
// summary for the terminal, Markdown to paste into CRM notes, and JSON.
//
// It is pure: it returns strings and bytes and never touches a terminal
// or a file, so `winwin assess`, the TUI's export and the tests all get
// the same report from the same assessment. Colour comes in through a
// Style; the zero Style draws plain text.
package report

import (
	"strconv"
	"strings"
	"time"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/safetext"
)

// Style colours parts of the text report. Each field wraps a piece of
// text; a nil field leaves it plain, so the zero Style is plain text.
type Style struct {
	Title    func(string) string // the deal's "client — offer" line
	Heading  func(string) string // section headings
	Muted    func(string) string // file names, hints, "because" lists
	Win      func(string) string // winning scores and outcomes
	Lose     func(string) string // losing scores and outcomes
	Open     func(string) string // outcomes not decided yet
	Warn     func(string) string // warnings and the provisional marker
	Info     func(string) string // notes and find-out marks
	Knockout func(string) string // knockout flags
}

func apply(f func(string) string, s string) string {
	if f == nil || s == "" {
		return s
	}
	return f(s)
}

// Options say what goes around the assessment.
type Options struct {
	// File is the deal file's name, shown in the header when set. It is
	// cleaned of control characters before it is drawn.
	File string
	// Style colours the text report; Markdown and JSON ignore it.
	Style Style
	// Playbook names the answers behind each line by their labels ("your
	// floor"); without one, lines name no answers.
	Playbook *playbook.Playbook
	// Date, when set, heads the report: the day of the call's prep.
	Date time.Time
}

// dateLine is the report's date, or "" without one.
func dateLine(cat *locale.Catalog, d time.Time) string {
	if d.IsZero() {
		return ""
	}
	return cat.T("report.date", d.Format("2006-01-02"))
}

// sayText is a card's model sentence, in quotes.
func sayText(it Item) string { return "“" + it.Text + "”" }

// dealLine is "client — offer", naming what is missing.
func dealLine(a *coach.Assessment, cat *locale.Catalog) (client, offer string) {
	client, offer = a.Deal.Client, a.Deal.Offer
	if strings.TrimSpace(client) == "" {
		client = cat.T("report.no_client")
	}
	if strings.TrimSpace(offer) == "" {
		offer = cat.T("report.no_offer")
	}
	return safetext.Line(client), safetext.Line(offer)
}

// scoreText is a score as a whole number, or a dash when unknown.
func scoreText(s coach.Score) string {
	if !s.Known {
		return "–"
	}
	return strconv.Itoa(s.Int())
}

// sideOutcome is the label of one side's outcome.
func sideOutcome(cat *locale.Catalog, side string, o coach.Outcome) string {
	return cat.T("report.outcome." + side + "." + string(o))
}

// pillarRow is one row of the scores: a label, a score and, for the two
// sides, the outcome.
type pillarRow struct {
	label   string
	score   coach.Score
	outcome coach.Outcome // empty for pillars
	side    string
}

func scoreRows(a *coach.Assessment, cat *locale.Catalog) []pillarRow {
	rows := make([]pillarRow, 0, 5)
	for _, p := range playbook.Pillars() {
		rows = append(rows, pillarRow{label: cat.T("pillar." + string(p)), score: a.Scores.Pillar(p)})
	}
	rows = append(rows,
		pillarRow{label: cat.T("report.client_side"), score: a.Scores.Client, outcome: a.Outcome.Client, side: "client"},
		pillarRow{label: cat.T("report.seller_side"), score: a.Scores.Seller, outcome: a.Outcome.Seller, side: "seller"},
	)
	return rows
}
