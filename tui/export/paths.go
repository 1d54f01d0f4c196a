package export

import (
	"path/filepath"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Written names what one export wrote: the folder, and the files' shared
// name with their extensions ("deal-20261202-1204 (.md, .json, .yaml)"),
// so the screen can show the folder on its own line(s).
func Written(paths []string) (dir, files string) {
	if len(paths) == 0 {
		return "", ""
	}
	dir = filepath.Dir(paths[0]) + string(filepath.Separator)
	base := strings.TrimSuffix(filepath.Base(paths[0]), filepath.Ext(paths[0]))
	exts := make([]string, 0, len(paths))
	for _, p := range paths {
		if filepath.Dir(p)+string(filepath.Separator) != dir || strings.TrimSuffix(filepath.Base(p), filepath.Ext(p)) != base {
			// Not one name in one folder: list them whole.
			return "", strings.Join(paths, ", ")
		}
		exts = append(exts, filepath.Ext(p))
	}
	return dir, base + " (" + strings.Join(exts, ", ") + ")"
}

// WrapPath breaks a path into lines of at most w cells at its separators,
// never inside a folder's name; a name longer than a line is cut with an
// ellipsis.
func WrapPath(p string, w int) []string {
	w = max(4, w)
	sep := string(filepath.Separator)
	parts := strings.SplitAfter(p, sep)
	var lines []string
	cur := ""
	for _, part := range parts {
		if part == "" {
			continue
		}
		if ansi.StringWidth(cur+part) <= w {
			cur += part
			continue
		}
		if cur != "" {
			lines = append(lines, cur)
		}
		cur = ansi.Truncate(part, w, "…")
	}
	if cur != "" || len(lines) == 0 {
		lines = append(lines, cur)
	}
	return lines
}

// ShortPath fits a path in w cells on one line: whole when it fits, else
// its last folders behind "…/", else its last name cut with an ellipsis.
func ShortPath(p string, w int) string {
	if ansi.StringWidth(p) <= w {
		return p
	}
	sep := string(filepath.Separator)
	parts := strings.SplitAfter(p, sep)
	tail := ""
	for i := len(parts) - 1; i >= 0; i-- {
		if ansi.StringWidth("…"+sep+parts[i]+tail) > w {
			break
		}
		tail = parts[i] + tail
	}
	if tail == "" {
		return ansi.Truncate(p, max(1, w), "…")
	}
	return "…" + sep + tail
}
