package journal

import (
	"path/filepath"
	"runtime"
	"testing"

	"github.com/adrg/xdg"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDefaultDir(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" || runtime.GOOS == "plan9" {
		t.Skip("the table uses Unix paths and the Unix default")
	}
	cwd, err := filepath.Abs(".")
	require.NoError(t, err)
	for _, tc := range []struct {
		name string
		env  map[string]string
		want string
	}{
		{"WINWIN_HOME wins", map[string]string{"WINWIN_HOME": "/srv/ww", "XDG_DATA_HOME": "/x", "HOME": "/home/a"}, "/srv/ww"},
		{"WINWIN_HOME relative", map[string]string{"WINWIN_HOME": "data"}, filepath.Join(cwd, "data")},
		{"XDG_DATA_HOME", map[string]string{"XDG_DATA_HOME": "/x/share", "HOME": "/home/a"}, "/x/share/winwin"},
		{"XDG_DATA_HOME with ~", map[string]string{"XDG_DATA_HOME": "~/data", "HOME": "/home/a"}, "/home/a/data/winwin"},
		{"relative XDG_DATA_HOME is ignored", map[string]string{"XDG_DATA_HOME": "share", "HOME": "/home/a"}, "/home/a/.local/share/winwin"},
		{"platform default", map[string]string{"HOME": "/home/a"}, "/home/a/.local/share/winwin"},
		{"blank WINWIN_HOME is unset", map[string]string{"WINWIN_HOME": "  ", "HOME": "/home/a"}, "/home/a/.local/share/winwin"},
		{"no HOME: xdg's own default", map[string]string{}, filepath.Join(xdg.DataHome, "winwin")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := DefaultDir(func(k string) string { return tc.env[k] })
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}
