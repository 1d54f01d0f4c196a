// Package export writes a verdict to files: the Markdown and the JSON
// that `winwin assess` prints, and the deal file that `winwin assess` and
// `winwin prep` read back. Files are written atomically and never
// overwrite an earlier export.
package export

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"github.com/google/renameio/v2/maybe"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/dealfile"
	"github.com/winwincoach/winwin/content/playbook"
)

// Renderer turns an assessment into the bytes of one export format.
type Renderer func(a *coach.Assessment) ([]byte, error)

// Dir exports into a directory: exports/ in the data directory unless
// the user chose another (never the working directory, which under
// `go run` is the source tree).
type Dir struct {
	Path     string
	Playbook *playbook.Playbook
	Markdown Renderer
	JSON     Renderer
	// Now is the clock, so tests get stable names.
	Now func() time.Time
}

// Export writes <name>.md, <name>.json and <name>.yaml and returns their
// paths. name is the client (or offer) and the time; a number is added
// when a file of that name exists, so nothing is overwritten.
func (d Dir) Export(ans coach.Answers, a *coach.Assessment) ([]string, error) {
	md, err := d.Markdown(a)
	if err != nil {
		return nil, err
	}
	js, err := d.JSON(a)
	if err != nil {
		return nil, err
	}
	deal, err := dealfile.Marshal(d.Playbook, ans)
	if err != nil {
		return nil, err
	}
	// The folder is made on the first export (exports/ in the data
	// directory, or the one the user chose).
	if err := os.MkdirAll(d.Path, 0o755); err != nil {
		return nil, err
	}
	now := time.Now
	if d.Now != nil {
		now = d.Now
	}
	base := filepath.Join(d.Path, Slug(a.Deal.Client, a.Deal.Offer)+"-"+now().Format("20060102-1504"))
	base = free(base, ".md", ".json", ".yaml")
	var paths []string
	for _, f := range []struct {
		ext  string
		data []byte
	}{{".md", md}, {".json", js}, {".yaml", deal}} {
		p := base + f.ext
		if err := maybe.WriteFile(p, f.data, 0o644); err != nil {
			return paths, err
		}
		paths = append(paths, p)
	}
	return paths, nil
}

// free returns base, or base-2, base-3, ... so that no file base+ext
// exists yet for any of exts.
func free(base string, exts ...string) string {
	for n := 1; ; n++ {
		cand := base
		if n > 1 {
			cand = fmt.Sprintf("%s-%d", base, n)
		}
		taken := false
		for _, e := range exts {
			if _, err := os.Stat(cand + e); !errors.Is(err, fs.ErrNotExist) {
				taken = true
			}
		}
		if !taken {
			return cand
		}
	}
}

// Slug makes a file-name part from the deal's names: lower case letters
// and digits joined by dashes, at most 40 runes, "deal" when empty.
func Slug(names ...string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(strings.Join(names, " ")) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
		if len([]rune(b.String())) >= 40 {
			break
		}
	}
	if b.Len() == 0 {
		return "deal"
	}
	return b.String()
}
