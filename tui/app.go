// Package tui is winwin's terminal interface. The root model here handles
// quitting, help, resizing and the "too small" screen, then hands every
// other message to the active screen (glow's pattern). Screens return
// their own concrete types; nothing here scores or decides.
package tui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/tui/common"
	"github.com/winwincoach/winwin/tui/home"
	"github.com/winwincoach/winwin/tui/interview"
	"github.com/winwincoach/winwin/tui/keys"
	"github.com/winwincoach/winwin/tui/layout"
	"github.com/winwincoach/winwin/tui/nav"
)

// screen is which screen is active.
type screen int

const (
	homeScreen screen = iota
	interviewScreen
	otherScreen // a feature screen opened with nav.OpenMsg
)

// Options say where the app starts and what it is wired to.
type Options struct {
	// Prep opens the interview at once (winwin prep), with Answers.
	Prep    bool
	Answers coach.Answers
	// Deal is the saved deal the Prep answers revise (a deal file that
	// matches one, say); 0 makes them a new deal. PrepNote is shown in
	// that first interview's header ("revising deal #12").
	Deal      int64
	PrepNote  string
	Interview interview.Options
	// NewSaver makes the saver of each interview the app opens; nil
	// keeps interviews in memory.
	NewSaver func(p nav.PrepMsg) interview.Saver
	// HomeEntries lists the home screen's entries after "prepare a
	// deal". It is called whenever home is shown, so drafts stay current.
	HomeEntries func() []home.Entry
	// Warning is shown on the home screen (the journal could not be
	// opened and work stays in memory, say).
	Warning string
	// Prepare, when set, runs when "prepare a deal" is picked on the
	// home screen instead of opening an empty interview (the saved
	// offers' picker).
	Prepare tea.Cmd
	// Start opens a feature screen at start instead of home (winwin
	// practice, selfcheck, progress); leaving it goes home.
	Start func(common.Common) (nav.Screen, tea.Cmd)
}

// Model is the root model.
type Model struct {
	c        common.Common
	opts     Options
	screen   screen
	home     home.Model
	iv       interview.Model
	other    nav.Screen
	help     help.Model
	fullHelp bool
	helpMemo *common.Memo
	initCmd  tea.Cmd // the Start screen's first command
}

// New returns the root model.
func New(c common.Common, opts Options) Model {
	h := help.New()
	th := c.Theme
	h.Styles.ShortKey, h.Styles.ShortDesc = th.Key.Style(), th.KeyDesc.Style()
	h.Styles.FullKey, h.Styles.FullDesc = th.Key.Style(), th.KeyDesc.Style()
	faint := th.Faint.Style()
	h.Styles.ShortSeparator, h.Styles.FullSeparator, h.Styles.Ellipsis = faint, faint, faint
	m := Model{c: c, opts: opts, help: h, home: home.New(c), helpMemo: &common.Memo{}}
	m.home.SetWarning(opts.Warning)
	m.home.SetPrepare(opts.Prepare)
	m.refreshHome()
	if opts.Prep {
		m.screen = interviewScreen
		o := m.opts
		if opts.PrepNote != "" {
			// Only the first interview revises that deal; later ones start
			// from home with the usual header.
			o.Interview.Warning = opts.PrepNote
		}
		m.iv = Model{c: c, opts: o}.newInterview(nav.PrepMsg{Answers: opts.Answers, Deal: opts.Deal})
	}
	if opts.Start != nil {
		if s, cmd := opts.Start(c); s != nil {
			m.other, m.screen, m.initCmd = s, otherScreen, cmd
		}
	}
	return m
}

// newInterview opens an interview with its own saver.
func (m Model) newInterview(p nav.PrepMsg) interview.Model {
	o := m.opts.Interview
	if m.opts.NewSaver != nil {
		o.Saver = m.opts.NewSaver(p)
	}
	return interview.New(m.c, p.Answers, o)
}

// refreshHome reads the home entries again.
func (m *Model) refreshHome() {
	if m.opts.HomeEntries != nil {
		m.home.SetEntries(m.opts.HomeEntries())
	}
}

// Init starts the active screen.
func (m Model) Init() tea.Cmd {
	switch m.screen {
	case interviewScreen:
		return m.iv.Init()
	case otherScreen:
		return m.initCmd
	}
	return nil
}

// Interview is the interview screen (for tests and for saving on exit).
func (m Model) Interview() interview.Model { return m.iv }

// Update handles quit, help and resize, then delegates.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.c.Width, m.c.Height = msg.Width, msg.Height
		m.resize()
		return m, nil
	case tea.KeyMsg:
		if model, cmd, done := m.globalKey(msg); done {
			return model, cmd
		}
	case nav.PrepMsg:
		m.iv = m.newInterview(msg)
		m.screen = interviewScreen
		m.resize()
		return m, m.iv.Init()
	case nav.HomeMsg:
		m.screen, m.other = homeScreen, nil
		m.refreshHome()
		m.resize()
		return m, nil
	case nav.RefreshHomeMsg:
		if m.screen == homeScreen {
			m.refreshHome()
		}
		return m, nil
	case nav.OpenMsg:
		s, cmd := msg.New(m.c)
		if s == nil {
			return m, cmd
		}
		m.other, m.screen = s, otherScreen
		m.resize()
		return m, cmd
	}
	var cmd tea.Cmd
	switch m.screen {
	case interviewScreen:
		m.iv, cmd = m.iv.Update(msg)
	case otherScreen:
		m.other, cmd = m.other.Update(msg)
	default:
		m.home, cmd = m.home.Update(msg)
	}
	return m, cmd
}

// globalKey handles the keys that work everywhere. done is false when the
// key belongs to the active screen.
func (m Model) globalKey(msg tea.KeyMsg) (Model, tea.Cmd, bool) {
	k := m.globalKeys()
	switch {
	case keys.Matches(msg, k.ForceQuit), keys.Matches(msg, k.Quit):
		return m, tea.Quit, true
	case layout.TooSmall(m.c.Width, m.c.Height):
		return m, nil, true // nothing else works until the screen grows
	case keys.Matches(msg, k.Help):
		m.fullHelp = !m.fullHelp
		m.resize()
		return m, nil, true
	case m.fullHelp && msg.String() == "esc":
		// esc closes the full help first, on every screen: it is what
		// the user looks at.
		m.fullHelp = false
		m.resize()
		return m, nil, true
	case keys.Matches(msg, k.Back) && m.screen == interviewScreen:
		if iv, cmd, ok := m.iv.BackToVerdict(); ok {
			m.iv = iv
			return m, cmd, true
		}
		m.screen = homeScreen
		m.refreshHome()
		m.resize()
		return m, nil, true
	}
	return m, nil, false
}

// globalKeys is the key map with q and ? off while the user types text.
func (m Model) globalKeys() keys.KeyMap {
	k := *m.c.Keys // a copy: switching keys off here is for this moment only
	typing := (m.screen == interviewScreen && m.iv.Typing()) || (m.screen == otherScreen && m.other.Typing())
	k.Quit = keys.Enable(k.Quit, !typing)
	k.Help = keys.Enable(k.Help, !typing)
	// esc leaves the interview unless its question claims esc (a list
	// editor's items go back to its input); other screens handle it.
	k.Back = keys.Enable(k.Back, m.screen == interviewScreen && !m.iv.ClaimsBack())
	return k
}

// resize hands the screens the space above the help.
func (m *Model) resize() {
	h := max(1, m.c.Height-m.helpHeight())
	m.home.SetSize(m.c.Width, h)
	m.iv.SetSize(m.c.Width, h)
	if m.other != nil {
		m.other = m.other.SetSize(m.c.Width, h)
	}
	m.help.Width = m.c.Width
}

func (m Model) helpHeight() int {
	if !m.fullHelp {
		return 1
	}
	return strings.Count(m.helpView(), "\n") + 1
}

// View draws the active screen and the help under it.
func (m Model) View() string {
	if m.c.Width == 0 {
		return ""
	}
	if layout.TooSmall(m.c.Width, m.c.Height) {
		return m.tooSmall()
	}
	var body string
	switch m.screen {
	case interviewScreen:
		body = m.iv.View()
	case otherScreen:
		body = fitWidth(m.other.View(), m.c.Width)
	default:
		body = m.home.View()
	}
	body = layout.Height(body, m.c.Height-m.helpHeight())
	help := m.helpView()
	// One copy of the frame: it is the largest string drawn per key.
	var b strings.Builder
	b.Grow(len(body) + 1 + len(help))
	b.WriteString(body)
	b.WriteByte('\n')
	b.WriteString(help)
	return b.String()
}

// fitWidth cuts the lines of a feature screen that are wider than the
// terminal with an ellipsis, so that no line is cut mid-word by the
// terminal (a room's counts in Dutch at 80 columns, say). The interview
// fits its lines itself and is left out: it is the screen drawn per key.
func fitWidth(body string, width int) string {
	if width <= 0 || !strings.Contains(body, "\n") && ansi.StringWidth(body) <= width {
		return body
	}
	lines := strings.Split(body, "\n")
	cut := false
	for i, l := range lines {
		if ansi.StringWidth(l) > width {
			lines[i], cut = ansi.Truncate(l, width, "…"), true
		}
	}
	if !cut {
		return body
	}
	return strings.Join(lines, "\n")
}

func (m Model) helpView() string {
	short, full := m.screenHelp()
	k := m.globalKeys()
	global := []key.Binding{k.Help, k.Quit, k.ForceQuit}
	if m.fullHelp {
		full = append(full, global)
		return m.helpMemo.Get(helpSig(m.help.Width, true, full...), func() string {
			// Columns wider than the screen are cut with an ellipsis,
			// never mid-word without one.
			lines := strings.Split(m.help.FullHelpView(full), "\n")
			for i := range lines {
				lines[i] = ansi.Truncate(lines[i], m.help.Width, "…")
			}
			return strings.Join(lines, "\n")
		})
	}
	short = append(short, k.Quit)
	return m.helpMemo.Get(helpSig(m.help.Width, false, short, []key.Binding{k.Help}), func() string { return m.shortHelpView(short, k.Help) })
}

// shortHelpView is the one-line help: the enabled keys that fit, and
// when some do not, "…" and then always the help key (which shows them
// all). bubbles' own adds an entry that does not fit when its ellipsis
// would not fit either, and the terminal then cuts it mid-word.
func (m Model) shortHelpView(bindings []key.Binding, helpKey key.Binding) string {
	item := func(kb key.Binding) string {
		return m.help.Styles.ShortKey.Inline(true).Render(kb.Help().Key) + " " +
			m.help.Styles.ShortDesc.Inline(true).Render(kb.Help().Desc)
	}
	sep := m.help.Styles.ShortSeparator.Inline(true).Render(m.help.ShortSeparator)
	var items []string
	for _, kb := range bindings {
		if kb.Enabled() {
			items = append(items, item(kb))
		}
	}
	if helpKey.Enabled() {
		// The help key goes before quit, as it always has.
		if last := len(items) - 1; last >= 0 {
			items = append(items[:last:last], item(helpKey), items[last])
		} else {
			items = []string{item(helpKey)}
		}
	}
	all := strings.Join(items, sep)
	if m.help.Width <= 0 || ansi.StringWidth(all) <= m.help.Width {
		return all
	}
	end := " " + m.help.Styles.Ellipsis.Inline(true).Render(m.help.Ellipsis)
	if helpKey.Enabled() {
		end += sep + item(helpKey)
	}
	var b strings.Builder
	used := 0
	for _, it := range items {
		if used > 0 {
			it = sep + it
		}
		if used+ansi.StringWidth(it)+ansi.StringWidth(end) > m.help.Width {
			break
		}
		used += ansi.StringWidth(it)
		b.WriteString(it)
	}
	b.WriteString(end)
	return ansi.Truncate(b.String(), m.help.Width, "…")
}

// helpSig identifies a help view: the width and the enabled bindings.
// Drawing the help measures every entry, so it is redrawn only when this
// changes.
func helpSig(width int, full bool, groups ...[]key.Binding) string {
	var b strings.Builder
	b.WriteString(strconv.Itoa(width))
	if full {
		b.WriteByte('F')
	}
	for _, g := range groups {
		b.WriteByte('|')
		for _, k := range g {
			if k.Enabled() {
				b.WriteString(k.Help().Key)
				b.WriteByte(0)
				b.WriteString(k.Help().Desc)
				b.WriteByte(0)
			}
		}
	}
	return b.String()
}

// HelpKeys is every key the full help lists now, enabled ones only: the
// screen's and the global ones. Tests check that each does something and
// that no other key does.
func (m Model) HelpKeys() []key.Binding {
	_, full := m.screenHelp()
	k := m.globalKeys()
	var out []key.Binding
	for _, g := range append(full, []key.Binding{k.Help, k.Quit, k.ForceQuit}) {
		for _, b := range g {
			if b.Enabled() {
				out = append(out, b)
			}
		}
	}
	return out
}

// Typing reports whether keys go into a text input on the screen now.
func (m Model) Typing() bool {
	return (m.screen == interviewScreen && m.iv.Typing()) || (m.screen == otherScreen && m.other.Typing())
}

func (m Model) screenHelp() ([]key.Binding, [][]key.Binding) {
	switch m.screen {
	case interviewScreen:
		return m.iv.ShortHelp(), m.iv.FullHelp()
	case otherScreen:
		return m.other.ShortHelp(), m.other.FullHelp()
	}
	return m.home.ShortHelp(), m.home.FullHelp()
}

// tooSmall is shown instead of a broken layout; it goes away by itself
// when the terminal grows.
func (m Model) tooSmall() string {
	th := m.c.Theme
	w := max(1, m.c.Width)
	msg := m.c.T("app.too_small", m.c.Width, m.c.Height, layout.MinWidth, layout.MinHeight)
	lines := strings.Split(ansi.Wordwrap(msg, w, ""), "\n")
	for i := range lines {
		lines[i] = th.Warn.Render(lines[i])
	}
	lines = append(lines, th.Faint.Render(ansi.Truncate(m.c.T("app.quit_hint"), w, "")))
	if len(lines) > m.c.Height {
		lines = lines[:max(1, m.c.Height)]
	}
	return strings.Join(lines, "\n")
}
