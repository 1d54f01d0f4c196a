// Package interview is the guided interview: section tabs with progress,
// one question at a time with the input of its kind, the live coach pane,
// and the verdict as the last tab. It is the form; sections are its
// groups; questions are its fields.
package interview

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/tui/coachpane"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/field"
	"github.com/winwincoach/winwin/tui/verdict"
)

// Exporter writes a verdict out (Markdown, JSON and the deal file) and
// returns the paths it wrote, for the verdict screen to show.
type Exporter interface {
	Export(ans coach.Answers, a *coach.Assessment) ([]string, error)
}

// Saver stores the interview as it happens (the journal's draft, then
// the deal's revision). A nil Saver keeps the interview in memory.
type Saver interface {
	// Ticket numbers an answer in the order it was given; it is taken in
	// Update, the save itself runs in a command.
	Ticket() uint64
	SaveAnswer(ticket uint64, id string, a coach.Answer, all coach.Answers) error
	// SaveVerdict stores the verdict when the user reaches it.
	SaveVerdict(all coach.Answers, a *coach.Assessment) error
	// Unsaved lists the questions whose answer is not stored yet (a save
	// failed); each later save retries them.
	Unsaved() []string
}

// Options are what the interview is wired to.
type Options struct {
	Exporter Exporter
	Saver    Saver
	// Exam hides the coach pane and the verdict tab (practice in exam
	// mode): the trainee answers without the coach's help.
	Exam bool
	// Finish replaces the verdict tab: moving past the last question
	// sends FinishedMsg instead (practice goes on to the prediction).
	Finish bool
	// Warning is shown in the header from the start (nothing is being
	// saved, say).
	Warning string
}

// FinishedMsg is sent when the user moves past the last question of an
// interview started with Options.Finish.
type FinishedMsg struct {
	Answers coach.Answers
}

// Model is the interview screen.
type Model struct {
	c       common.Common
	opts    Options
	fields  []field.Field
	cur     int  // the question on screen
	verdict bool // the verdict tab is open
	answers coach.Answers
	a       *coach.Assessment
	tip     string
	pane    coachpane.Model
	vd      verdict.Model

	width, height int
	// fromVerdict is set while a question opened from the verdict is on
	// screen: answering it, skipping it or esc goes back to the verdict.
	fromVerdict bool
	coachShown  bool   // when stacked: the coach pane is shown under the question
	warning     string // a problem to show in the header (a failed save)
	tabMemo     *common.Memo
}

// New starts an interview prefilled with answers (nil for an empty one).
// It opens on the first unanswered question, or on the verdict when every
// question is answered (on the last question with Options.Finish, which
// has no verdict tab: a practice case resumed with every answer given).
func New(c common.Common, answers coach.Answers, opts Options) Model {
	if answers == nil {
		answers = coach.Answers{}
	}
	m := Model{c: c, opts: opts, answers: answers.Clone(), pane: coachpane.New(c), vd: verdict.New(c, opts.Exporter != nil), coachShown: true, tabMemo: &common.Memo{}, warning: opts.Warning}
	m.cur = -1
	for i, q := range c.Playbook.Questions {
		f := field.New(c, q)
		a, ok := m.answers[q.ID]
		f.Set(a, ok)
		m.fields = append(m.fields, f)
		// A question that does not apply to this deal (coach.Applies) is
		// not waiting for an answer.
		if !ok && m.cur < 0 && c.Coach.Applies(m.answers, q.ID) {
			m.cur = i
		}
	}
	switch {
	case m.cur >= 0:
	case opts.Finish:
		m.cur = max(0, len(m.fields)-1)
	default:
		m.cur, m.verdict = 0, len(m.fields) > 0
	}
	m.assess("")
	if !m.verdict && len(m.fields) > 0 {
		// Focus now rather than in Init, so the model is whole the moment
		// it exists; the cursor does not blink, so there is no command.
		m.fields[m.cur].Focus()
	}
	return m
}

// Init stores the verdict when the interview opens on it (a complete
// deal file or draft); otherwise there is nothing to start.
func (m Model) Init() tea.Cmd {
	if m.verdict {
		return m.saveVerdict()
	}
	return nil
}

// Answers returns a copy of the answers given so far.
func (m Model) Answers() coach.Answers { return m.answers.Clone() }

// Assessment is the coach's current assessment, the one on screen.
func (m Model) Assessment() *coach.Assessment { return m.a }

// OnVerdict reports whether the verdict tab is open.
func (m Model) OnVerdict() bool { return m.verdict }

// Current returns the id of the question on screen.
func (m Model) Current() string {
	if len(m.fields) == 0 {
		return ""
	}
	return m.fields[m.cur].ID()
}

// Typing reports whether keys go into a text input, so the root leaves
// q and ? to the input.
func (m Model) Typing() bool {
	return !m.verdict && len(m.fields) > 0 && m.fields[m.cur].Typing()
}

// SetSize sets the screen size (without the root's help line).
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.layout()
}

// assess re-runs the coach on the answers; id is the question just
// answered, whose tip the pane shows.
func (m *Model) assess(id string) {
	m.a = m.c.Coach.Assess(m.answers)
	if id != "" {
		m.tip = m.c.Coach.Tip(m.answers, id)
	}
	m.pane.Set(m.a, m.tip)
	m.vd.Set(m.a)
	m.suggest()
}

// suggestedFrom names, for a list question, the offer's list whose items
// it offers to tick: the pros come from the offer's benefits and the
// cons from its drawbacks, which were typed once already.
var suggestedFrom = map[string]string{
	coach.IDPros: "offer.benefits",
	coach.IDCons: coach.IDDrawbacks,
}

// suggest hands the list questions the offer's items to tick.
func (m *Model) suggest() {
	for _, f := range m.fields {
		src, ok := suggestedFrom[f.ID()]
		if !ok {
			continue
		}
		if s, ok := f.(field.Suggester); ok {
			items, _ := m.answers.List(src)
			s.SetSuggestions(items)
		}
	}
}

// ClaimsBack reports that esc belongs to the question on screen now (a
// list editor going back from its items to its input), not to leaving
// the interview.
func (m Model) ClaimsBack() bool {
	if m.verdict || len(m.fields) == 0 {
		return false
	}
	c, ok := m.fields[m.cur].(interface{ ClaimsBack() bool })
	return ok && c.ClaimsBack()
}

// showTip puts the tip of question id in the pane (none when it has no
// answer yet).
func (m *Model) showTip(id string) {
	m.tip = ""
	if _, ok := m.answers[id]; ok {
		m.tip = m.c.Coach.Tip(m.answers, id)
	}
	m.pane.Set(m.a, m.tip)
}
