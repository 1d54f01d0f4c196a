package coach

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

// The guards only settle sooner what the VM would say: on random answers,
// every flag's condition comes out the same with and without them.
func TestGuardsAgreeWithTheVM(t *testing.T) {
	pb, err := playbook.LoadDefault()
	require.NoError(t, err)
	c := New(pb, locale.MustLoad(locale.EN))
	guarded := 0
	for _, f := range pb.Flags {
		if len(f.When.Guards) > 0 {
			guarded++
		}
	}
	require.Greater(t, guarded, len(pb.Flags)/2, "most flags have a guard")
	r := rand.New(rand.NewPCG(5, 5))
	for n := 0; n < 3000; n++ {
		ans := Answers{}
		for _, q := range pb.Questions {
			switch r.IntN(8) {
			case 0:
				continue
			case 1:
				ans[q.ID] = UnknownAnswer()
				continue
			}
			switch q.Kind {
			case playbook.Choice:
				ans[q.ID] = Text(q.Options[r.IntN(len(q.Options))].Value)
			case playbook.Money, playbook.Number:
				ans[q.ID] = Amount(float64(r.IntN(12) * 1000))
			case playbook.List, playbook.Multi:
				ans[q.ID] = Items("takes 4 hours a month", "growing")
			}
		}
		e := c.get(ans)
		for _, f := range pb.Flags {
			x := f.When
			if !e.ready(x) {
				continue
			}
			out, err := e.vm.Run(x.Program, e.env)
			b, ok := out.(bool)
			require.Equal(t, err == nil && ok && b, e.cond(x), "deal %d flag %s", n, f.ID)
		}
		c.pool.Put(e)
	}
}
