package playbook_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

// FuzzParse: loading never panics; a refused playbook gets problems that
// name its file and translate; a loaded one has valid, unique question ids
// and can be assessed, empty or all unknown, without a panic.
func FuzzParse(f *testing.F) {
	def, err := content.FS.ReadFile("playbooks/default/playbook.yaml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(def)
	f.Add([]byte(mini(f)))
	f.Add([]byte(strings.Replace(mini(f), "client.stage == 'early'", "client.stag == 'early'", 1)))
	f.Add([]byte(strings.Replace(mini(f), "score: 20}", "score: 200}", 1)))
	f.Add([]byte(strings.Replace(mini(f), `nl: "Fase?"`, `de: "Phase?"`, 1)))
	f.Add([]byte("id: x\nversion: 1\n"))
	f.Add([]byte("sections: [{id: a, questions: [{id: a.b, kind: choice, choices: [{value: unknown}]}]}]"))
	f.Add([]byte("flags: [{id: f, when: 'len(', severity: knockout}]"))
	f.Add([]byte("id: &a x\nversion: *a\n"))
	f.Add([]byte("\x00\xff"))
	f.Add([]byte("title: {en: \"\x1b[31m\"}"))
	cats := []*locale.Catalog{locale.MustLoad(locale.EN), locale.MustLoad(locale.NL)}
	f.Fuzz(func(t *testing.T, data []byte) {
		pb, err := playbook.Parse(data, "f.yaml")
		if err != nil {
			var le *playbook.LoadError
			if !errors.As(err, &le) || len(le.Problems) == 0 {
				t.Fatalf("error without problems: %v", err)
			}
			for _, p := range le.Problems {
				if p.Pos.File != "f.yaml" {
					t.Fatalf("problem names %q", p.Pos.File)
				}
				for _, cat := range cats {
					if s := p.Format(cat); strings.Contains(s, ": !") {
						t.Fatalf("untranslated: %s", s)
					}
				}
			}
			return
		}
		seen := map[string]bool{}
		for i, q := range pb.Questions {
			if q.ID == "" || seen[q.ID] || q.Index != i {
				t.Fatalf("question %d: id %q index %d", i, q.ID, q.Index)
			}
			seen[q.ID] = true
			if got, ok := pb.Question(q.ID); !ok || got != q {
				t.Fatalf("Question(%q) does not find it", q.ID)
			}
		}
		for _, cat := range cats {
			c := coach.New(pb, cat)
			c.Assess(coach.Answers{})
			unknown := coach.Answers{}
			for _, id := range pb.IDs() {
				unknown[id] = coach.UnknownAnswer()
			}
			c.Assess(unknown)
		}
	})
}
