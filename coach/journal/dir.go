package journal

import (
	"errors"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/adrg/xdg"
)

// AppDir is the name of winwin's folder under the user's data directory.
const AppDir = "winwin"

// DefaultDir is where the journal lives when --data-dir is not given:
// $WINWIN_HOME when set; else $XDG_DATA_HOME/winwin when XDG_DATA_HOME is
// an absolute path (as the XDG spec and github.com/adrg/xdg read it, with
// a leading ~ expanded); else the platform's data directory plus winwin
// (~/.local/share/winwin on Linux and the BSDs).
//
// It reads the environment only through getenv (os.Getenv in winwin), so
// tests can pass a map. On Linux and the BSDs the default is computed from
// getenv("HOME") too; on macOS, Windows and Plan 9 it is xdg's platform
// default, which xdg computed from the real environment at start-up.
func DefaultDir(getenv func(string) string) (string, error) {
	if h := strings.TrimSpace(getenv("WINWIN_HOME")); h != "" {
		return filepath.Abs(h)
	}
	home := getenv("HOME")
	if d := expandHome(getenv("XDG_DATA_HOME"), home); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, AppDir), nil
	}
	base := xdg.DataHome
	switch runtime.GOOS {
	case "darwin", "ios", "windows", "plan9":
	default:
		if filepath.IsAbs(home) {
			base = filepath.Join(home, ".local", "share")
		}
	}
	if base == "" {
		return "", errors.New("journal: no data directory: set WINWIN_HOME, XDG_DATA_HOME or HOME, or pass --data-dir")
	}
	return filepath.Join(base, AppDir), nil
}

// expandHome expands a leading ~ the way xdg does.
func expandHome(p, home string) string {
	if home == "" || p == "" || p[0] != '~' {
		return p
	}
	if p == "~" {
		return home
	}
	if p[1] == '/' || p[1] == filepath.Separator {
		return filepath.Join(home, p[2:])
	}
	return p
}
