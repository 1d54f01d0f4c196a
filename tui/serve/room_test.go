package serve

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/tui/serve/sshtest"
)

const (
	up       = "\x1b[A"
	pageDown = "\x1b[6~"
)

// goTB lets a participant's goroutine use the ssh client: a failure is
// recorded and ends the goroutine (testing.T may not fail from there).
type goTB struct {
	mu  *sync.Mutex
	err *[]string
}

func (g goTB) Helper() {}

func (g goTB) Fatalf(format string, args ...any) {
	g.mu.Lock()
	*g.err = append(*g.err, fmt.Sprintf(format, args...))
	g.mu.Unlock()
	runtime.Goexit()
}

// openRoom has the trainer open a room for the library's first case
// (bakery-deck-oven) from the home screen; the first room takes the
// standing code.
func openRoom(t *testing.T, f *fixture) *sshtest.Client {
	tr := f.open("tess", sshtest.ByKey(f.trainer))
	tr.Wait("Prepare a deal")
	tr.Send(up) // the last entry: the room's
	tr.Wait("❯ Open a training room")
	tr.Send(enter)
	tr.Wait("Pick the case")
	tr.Send(enter)
	tr.Wait("Training room", "STAND1", "A new deck oven", "Nobody has joined yet")
	return tr
}

// Twenty participants join the trainer's room at once by name and
// code, work through the case to their call, and wait; the trainer sees
// them all and their calls; nobody sees anyone else; the reveal reaches
// everyone.
func TestRoomTwentyParticipants(t *testing.T) {
	const n = 20
	f := newFixture(t, 0, nil)
	tr := openRoom(t, f)

	var (
		mu       sync.Mutex
		failures []string
		wg       sync.WaitGroup
		revealed = make(chan struct{})
		screens  = make([]string, n)
	)
	tb := goTB{mu: &mu, err: &failures}
	called := make(chan int, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			name := fmt.Sprintf("Zed%02d", i)
			c, err := f.dial("x", sshtest.ByName(name, "stand1", nil))
			if err != nil {
				tb.Fatalf("%s: dial: %v", name, err)
			}
			cl := sshtest.Open(tb, c, sshtest.Options{Width: 100, Height: 30})
			defer cl.Close()
			var seen strings.Builder
			seen.WriteString(cl.Wait("Training room", "A new deck oven"))
			cl.Send(enter)
			seen.WriteString(cl.Wait("What is the offer called?"))
			cl.Send(pageDown, pageDown, pageDown, pageDown)
			seen.WriteString(cl.Wait("Where does this deal stand?"))
			// One key at a time: keys that arrive in one read are one
			// message ("11"), as when a user pastes.
			quadrant, decision := "1", "1" // win-win, go: the expert's call
			if i%2 == 1 {
				quadrant, decision = "4", "5" // lose-lose, say no (the fifth decision)
			}
			cl.Send(quadrant)
			seen.WriteString(cl.Wait("✓"))
			cl.Send(decision)
			s := cl.Wait("Your call is in")
			seen.WriteString(s)
			if strings.Contains(s, "Score:") {
				tb.Fatalf("%s saw the result before the reveal", name)
			}
			called <- i
			<-revealed
			seen.WriteString(cl.Wait("Expert:", "The room called", "Score:"))
			screens[i] = seen.String()
		}()
	}
	for range n {
		select {
		case <-called:
		case <-doneOrFail(&wg):
			require.Empty(t, failures)
		}
	}
	s := tr.Wait(fmt.Sprintf("%d in · %d called", n, n))
	assert.Contains(t, s, "Zed")
	for _, want := range []string{"win-win 10", "lose-lose 10", "Go 10", "Say no 10", "hidden from the room"} {
		assert.Contains(t, tr.All(), want)
	}
	tr.Send(enter) // reveal
	close(revealed)
	wg.Wait()
	require.Empty(t, failures)
	tr.Wait("revealed to the room")

	for i, s := range screens {
		for j := range n {
			if j != i {
				assert.NotContains(t, s, fmt.Sprintf("Zed%02d", j), "participant %d saw participant %d", i, j)
			}
		}
	}
	// Every attempt is in the journal under its participant.
	for i := range n {
		as, err := f.j.Attempts(context.Background(), fmt.Sprintf("name:STAND1:zed%02d", i), "")
		require.NoError(t, err)
		assert.Len(t, as, 1, "participant %d", i)
	}
}

// doneOrFail is closed when wg is done: the participants ended early.
func doneOrFail(wg *sync.WaitGroup) <-chan struct{} {
	ch := make(chan struct{})
	go func() { wg.Wait(); close(ch) }()
	return ch
}

// A participant who drops out of the room and comes back is the same
// member: the trainer sees them go and return.
func TestRoomReconnect(t *testing.T) {
	f := newFixture(t, 1, nil)
	tr := openRoom(t, f)
	p := f.open("anna", sshtest.ByName("Anna", "STAND1", nil))
	p.Wait("A new deck oven")
	p.Send(enter)
	p.Wait("What is the offer called?")
	tr.Wait("● Anna", "0/28")
	p.Drop()
	tr.Wait("○ Anna")

	// A key participant joins from the home screen's entry.
	k := f.open("kim", sshtest.ByKey(f.keys[0]))
	k.Wait("Join the training room")
	k.Send(up, enter)
	k.Wait("A new deck oven")
	tr.Wait("kim")

	back := f.open("anna", sshtest.ByName("anna", "stand1", nil))
	back.Wait("A new deck oven")
	tr.Wait("● Anna")
}

// A participant who drops out in the middle of the interview finds their
// answers again when they come back: the case's story offers them, and
// continuing opens the interview where they were. Another participant
// of the room sees none of it.
func TestRoomReconnectKeepsAnswers(t *testing.T) {
	const shiftTab = "\x1b[Z"
	f := newFixture(t, 0, nil)
	tr := openRoom(t, f)
	p := f.open("anna", sshtest.ByName("Anna", "STAND1", nil))
	p.Wait("A new deck oven")
	p.Send(enter)
	p.Wait("What is the offer called?")
	p.Send("Anna oven X9")
	p.Wait("Anna oven X9")
	p.Send(enter)
	p.Wait("Which client stages")
	p.Send(" ")
	p.Send(enter)
	p.Wait("Smallest client it fits")
	tr.Wait("● Anna", "2/28")

	// Both answers are in the journal before the line goes.
	const anna = "name:STAND1:anna"
	deadline := time.Now().Add(sshtest.Timeout)
	for {
		d, err := f.j.CaseDraft(context.Background(), anna, "bakery-deck-oven")
		if err == nil && len(d.Answers) == 2 {
			break
		}
		require.True(t, time.Now().Before(deadline), "the draft has %d answers (%v)", len(d.Answers), err)
		time.Sleep(10 * time.Millisecond)
	}
	p.Drop()
	tr.Wait("○ Anna")

	back := f.open("anna", sshtest.ByName("anna", "stand1", nil))
	back.Wait("A new deck oven", "Your answers so far: 2 of 28")
	tr.Wait("● Anna")
	back.Send(enter)
	back.Wait("Smallest client it fits")
	back.Send(shiftTab)
	back.Wait("Which client stages")
	back.Send(shiftTab)
	back.Wait("What is the offer called?", "Anna oven X9")

	bob := f.open("bob", sshtest.ByName("Bob", "STAND1", nil))
	s := bob.Wait("A new deck oven", "Mode:")
	assert.NotContains(t, s, "Your answers so far")
	bob.Send(enter)
	bob.Wait("What is the offer called?")
	assert.NotContains(t, bob.All(), "Anna oven X9")
	_, err := f.j.CaseDraft(context.Background(), "name:STAND1:bob", "bakery-deck-oven")
	assert.ErrorIs(t, err, journal.ErrNotFound)
}
