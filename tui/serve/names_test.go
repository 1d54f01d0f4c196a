package serve

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	gossh "golang.org/x/crypto/ssh"

	"github.com/winwincoach/winwin/tui/serve/sshtest"
)

// A name's first login gets a personal code; a later login under that
// name must give it: a wrong one (or none) is refused, the right one
// reclaims the name, and the trainer sees both.
func TestPersonalCode(t *testing.T) {
	f := newFixture(t, 0, nil)
	tr := openRoom(t, f)
	p := f.open("anna", sshtest.ByName("Anna", "STAND1", nil))
	personal := p.Welcome()
	require.Len(t, personal, 4)
	p.Wait("A new deck oven")
	tr.Wait("● Anna")
	p.Drop()
	tr.Wait("○ Anna")

	var said []string
	_, err := f.dial("x", sshtest.ByNameCode("ANNA", "stand1", wrong(personal), &said))
	require.Error(t, err, "a wrong personal code is refused")
	require.NotEmpty(t, said)
	assert.Contains(t, said[len(said)-1], "Wrong personal code")
	tr.Wait("A login as ANNA was refused")
	assert.Contains(t, f.logs.String(), "ANNA with a wrong personal code")

	said = nil
	_, err = f.dial("x", sshtest.ByName("anna", "stand1", &said))
	require.Error(t, err, "no personal code is refused too")

	back := f.open("anna", sshtest.ByNameCode("anna", "STAND1", strings.ToLower(personal), nil))
	s := back.Wait("A new deck oven")
	assert.NotContains(t, s, "personal code:", "the code is shown only at the first login")
	tr.Wait("● Anna", "anna came back with their personal code")

	// Another name in the same room is another person, with a code of
	// its own.
	bob := f.open("bob", sshtest.ByName("Bob", "STAND1", nil))
	assert.NotEqual(t, personal, bob.Welcome())
}

// wrong is a personal code that is not code.
func wrong(code string) string {
	if strings.HasPrefix(code, "A") {
		return "B" + code[1:]
	}
	return "A" + code[1:]
}

// The login prompts show English and Dutch when the server is not fixed
// to one language (the session's language is known only after login),
// and only the server's language when it is.
func TestLoginPromptLanguages(t *testing.T) {
	for _, tc := range []struct {
		name  string
		fixed bool
		want  []string
		not   []string
	}{
		{"both", false, []string{"Your name / Je naam: ", "Room code / Ruimtecode: ", "Join the training", "Doe mee aan de training"}, nil},
		{"fixed", true, []string{"Your name: ", "Room code: "}, []string{"Je naam"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t, 0, func(c *Config) {
				if !tc.fixed {
					c.Lang = ""
				}
			})
			var asked []string
			_, err := f.dial("x", prompts(&asked))
			require.Error(t, err)
			all := strings.Join(asked, "\n")
			for _, w := range tc.want {
				assert.Contains(t, all, w)
			}
			for _, n := range tc.not {
				assert.NotContains(t, all, n)
			}
		})
	}
}

// prompts is a keyboard-interactive login that records the instruction
// and the questions it is asked, and answers with a name and a wrong
// room code.
func prompts(asked *[]string) gossh.AuthMethod {
	return gossh.KeyboardInteractive(func(_, instruction string, questions []string, _ []bool) ([]string, error) {
		*asked = append(*asked, instruction)
		*asked = append(*asked, questions...)
		answers := make([]string, len(questions))
		for i := range answers {
			answers[i] = "Nobody"
		}
		return answers, nil
	})
}
