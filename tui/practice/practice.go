// Package practice is the practice screen: pick a case, read its story,
// fill in the interview from it (in learn mode with the coach pane, in
// exam mode without), predict the quadrant and the decision, then see the
// comparison with the coach and the expert, the score, and the next case
// to practise. It renders what coach/practice computes; it scores nothing
// itself.
package practice

import (
	"context"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/journal"
	training "github.com/winwincoach/winwin/coach/practice"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/tui/autosave"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/internal/page"
	"github.com/winwincoach/winwin/tui/interview"
	"github.com/winwincoach/winwin/tui/layout"
	"github.com/winwincoach/winwin/tui/nav"
)

// Store keeps practice attempts and the drafts of cases under way;
// *journal.Journal is one.
type Store interface {
	SaveAttempt(ctx context.Context, owner string, a journal.Attempt) (int64, error)
	Attempts(ctx context.Context, owner, caseID string) ([]journal.Attempt, error)
	// A case's interview is kept as a draft answer by answer, so it can be
	// continued after quitting or a dropped connection.
	CaseDraft(ctx context.Context, owner, caseID string) (journal.Draft, error)
	autosave.DraftStore
	DiscardDraft(ctx context.Context, owner string, id int64) error
}

// Config is what the screen is wired to.
type Config struct {
	Library *cases.Library
	// Store keeps the attempts and the drafts of cases under way; nil
	// keeps them for this run only, and the screen says so.
	Store Store
	Owner string
	// Exam starts cases in exam mode (the trainee can still switch before
	// the interview starts).
	Exam bool
	// Now is the clock of attempts kept in memory; nil is time.Now.
	Now func() time.Time
	// Ledger, when set, remembers each case's autosave, so answers a
	// failed save kept are retried (and else copied out) when the app ends.
	Ledger *autosave.Ledger
}

// step is where the trainee is.
type step int

const (
	stepList step = iota
	stepStory
	stepInterview
	stepPredict
	stepResult
)

// Model is the practice screen.
type Model struct {
	c    common.Common
	cfg  Config
	step step

	cursor, first int // the case list

	cs      *cases.Case     // the case being practised
	exam    bool            // its mode
	started bool            // the interview of cs exists
	iv      interview.Model // the interview, kept while the story is read
	saver   *caseSaver      // keeps the interview as the case's draft; nil without a store
	answers coach.Answers   // the finished interview
	// prefilled is what the case filled in (its offer): unchanged, those
	// answers are left out of the facts score.
	prefilled coach.Answers
	pred      predict
	result    *training.Result

	// found is the case's draft the story offers to continue; asking is
	// "start over?" on screen; pending is a question to the store about
	// the draft (is there one, discard it) that starting waits for, and
	// startWanted a start asked for meanwhile.
	found       *journal.Draft
	asking      bool
	pending     bool
	startWanted bool
	problem     string // the draft could not be read or discarded

	// coachOpen and coachProvisional qualify the coach's verdict on the
	// trainee's answers.
	coachOpen, coachProvisional bool
	rec                         training.Recommendation
	hasRec                      bool

	history []training.Done // earlier attempts, for the list and Recommend
	// labels is each case's client and offer, read from its facts once
	// (the map is shared by the model's copies, which all run on the
	// program's one goroutine).
	labels map[string]string
	status string // saved, not kept, or why not
	failed string // the case could not be scored

	pager page.Pager // the story or the result
	side  page.Pager // the story beside (or over) the interview
	// storyFlipped flips whether the story shows with the interview: by
	// default beside it on a wide screen and hidden on a narrow one.
	storyFlipped  bool
	width, height int
}

// New opens the case list.
func New(c common.Common, cfg Config) (Model, tea.Cmd) {
	m := Model{c: c, cfg: cfg, exam: cfg.Exam, labels: map[string]string{}}
	return m, m.loadHistory()
}

// Open opens case id's story (offering to continue the owner's draft of
// it, when the store has one); an unknown id opens the list.
func Open(c common.Common, cfg Config, id string) (Model, tea.Cmd) {
	m, cmd := New(c, cfg)
	if cfg.Library != nil {
		for i, cs := range cfg.Library.Cases {
			if cs.ID == id {
				var draft tea.Cmd
				m.cursor = i
				m, draft = m.openStory(cs)
				cmd = tea.Batch(cmd, draft)
			}
		}
	}
	return m, cmd
}

// Screen opens the list as a nav.Screen, for nav.OpenMsg.
func Screen(cfg Config, id string) func(common.Common) (nav.Screen, tea.Cmd) {
	return func(c common.Common) (nav.Screen, tea.Cmd) {
		if id != "" {
			return Open(c, cfg, id)
		}
		return New(c, cfg)
	}
}

// Typing reports whether keys go into a text input of the interview.
func (m Model) Typing() bool { return m.step == stepInterview && m.iv.Typing() }

// SetSize gives the screen its space.
func (m Model) SetSize(w, h int) nav.Screen {
	m.width, m.height = w, h
	m.sizeInterview()
	m.first = layout.Window(m.first, m.cursor, m.listRows(), len(m.cases()))
	m.rebuild()
	return m
}

func (m Model) now() time.Time {
	if m.cfg.Now != nil {
		return m.cfg.Now()
	}
	return time.Now()
}

func (m Model) cases() []*cases.Case {
	if m.cfg.Library == nil {
		return nil
	}
	return m.cfg.Library.Cases
}
