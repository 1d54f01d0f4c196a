package dealfile_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/dealfile"
	"github.com/winwincoach/winwin/content/locale"
)

// FuzzParse: parsing never panics; a parsed file holds only answers that
// fit their questions and survives Marshal and Parse unchanged; a refused
// file gets problems that name it and translate in every language.
func FuzzParse(f *testing.F) {
	pb := defaultPlaybook(f)
	f.Add(example(f))
	f.Add([]byte(`{"client": {"name": "X", "stage": "growing", "capacity": true}, "seller": {"price": 6000, "walk_away": null}}`))
	f.Add([]byte("{\n\t\"disclosure\": {\n\t\t\"cons\": [\"slow\", \"unknown\"]\n\t}\n}"))
	f.Add([]byte("client:\n  stage: [oops\n"))
	f.Add([]byte("seller:\n  price: -5\n  walk_away: 6.500\n"))
	f.Add([]byte("client:\n  name: \"\\e[31mred\"\n  employees: 1e3\n"))
	f.Add([]byte("a: &a [*a]\n"))
	f.Add([]byte("\x00\x01\x02garbage\xff"))
	f.Add([]byte("offer: {fit: {stages: [starter, starter]}}\n"))
	f.Add([]byte("- [{{{{"))
	cats := []*locale.Catalog{locale.MustLoad(locale.EN), locale.MustLoad(locale.NL)}
	f.Fuzz(func(t *testing.T, data []byte) {
		ans, err := dealfile.Parse(pb, data, "f.yaml")
		if err != nil {
			var de *dealfile.Error
			if !errors.As(err, &de) || len(de.Problems) == 0 {
				t.Fatalf("error without problems: %v", err)
			}
			for _, p := range de.Problems {
				if p.File != "f.yaml" {
					t.Fatalf("problem names %q", p.File)
				}
				for _, cat := range cats {
					if s := p.Format(cat); strings.Contains(s, "!deal.") || strings.Contains(s, "!input.") || strings.Contains(s, "!money.") {
						t.Fatalf("untranslated: %s", s)
					}
				}
			}
			return
		}
		for id, a := range ans {
			q, ok := pb.Question(id)
			if !ok || !coach.Fits(q, a) {
				t.Fatalf("answer %s=%#v does not fit", id, a)
			}
			if s, ok := a.Value.(string); ok && strings.ContainsAny(s, "\x1b\r\n\x00") {
				t.Fatalf("control characters left in %s=%q", id, s)
			}
		}
		out, err := dealfile.Marshal(pb, ans)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		back, err := dealfile.Parse(pb, out, "out.yaml")
		if err != nil {
			t.Fatalf("marshalled file does not parse: %v\n%s", err, out)
		}
		if !equalAnswers(ans, back) {
			t.Fatalf("round trip changed the answers:\n%#v\n%#v\n%s", ans, back, out)
		}
	})
}

func equalAnswers(a, b coach.Answers) bool {
	if len(a) != len(b) {
		return false
	}
	for k, x := range a {
		y, ok := b[k]
		if !ok || x.Unknown != y.Unknown {
			return false
		}
		switch v := x.Value.(type) {
		case []string:
			w, ok := y.Value.([]string)
			if !ok || len(v) != len(w) {
				return false
			}
			for i := range v {
				if v[i] != w[i] {
					return false
				}
			}
		default:
			if x.Value != y.Value {
				return false
			}
		}
	}
	return true
}
