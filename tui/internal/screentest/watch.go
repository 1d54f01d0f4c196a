package screentest

import (
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/winwincoach/winwin/tui/internal/testwait"
)

// Watched is a model run by teatest whose current View a test can wait
// on. Waiting on the View rather than on the program's output bytes
// waits on the model's state: the renderer skips lines it drew before
// and may never write a frame in between, while the View is the whole
// screen after each message. Once a step's texts are all in the View,
// the messages they needed have been handled, so the final model is the
// same however slow the machine is.
type Watched struct {
	*teatest.TestModel
	view *latestView
}

// latestView is the View the program last drew, shared between the
// program's goroutine and the test.
type latestView struct {
	mu      sync.Mutex
	text    string
	changed chan struct{} // closed and replaced when text changes
}

func (l *latestView) set(text string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if text == l.text {
		return
	}
	l.text = text
	close(l.changed)
	l.changed = make(chan struct{})
}

// watching wraps a model so every View it draws is recorded; bubbletea
// draws the View after each message it handles.
type watching struct {
	inner tea.Model
	view  *latestView
}

func (w watching) Init() tea.Cmd { return w.inner.Init() }

func (w watching) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := w.inner.Update(msg)
	return watching{inner: m, view: w.view}, cmd
}

func (w watching) View() string {
	v := w.inner.View()
	w.view.set(v)
	return v
}

// Watch runs m in teatest at w×h, recording its View.
func Watch(t testing.TB, m tea.Model, w, h int) *Watched {
	t.Helper()
	view := &latestView{changed: make(chan struct{})}
	tm := teatest.NewTestModel(t, watching{inner: m, view: view}, teatest.WithInitialTermSize(w, h))
	return &Watched{TestModel: tm, view: view}
}

// WaitFor waits until the current View holds every text. Only a hang
// reaches the deadline (testwait.Hang).
func (w *Watched) WaitFor(t testing.TB, texts ...string) {
	t.Helper()
	deadline := time.NewTimer(testwait.Hang)
	defer deadline.Stop()
	for {
		w.view.mu.Lock()
		text, changed := w.view.text, w.view.changed
		w.view.mu.Unlock()
		if containsAll(text, texts) {
			return
		}
		select {
		case <-changed:
		case <-deadline.C:
			t.Fatalf("the screen did not show %q within %s; it shows:\n%s", texts, testwait.Hang, text)
			return
		}
	}
}

// Final quits the program with ctrl+c, as a user does, and returns the
// View of the model it ended with.
func (w *Watched) Final(t testing.TB) string {
	t.Helper()
	w.Send(tea.KeyMsg{Type: tea.KeyCtrlC})
	fm := w.FinalModel(t, teatest.WithFinalTimeout(testwait.Hang))
	if fm == nil {
		t.Fatalf("the program ended without a model")
		return ""
	}
	return fm.View()
}

func containsAll(s string, texts []string) bool {
	for _, x := range texts {
		if !strings.Contains(s, x) {
			return false
		}
	}
	return true
}
