package export

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/dealfile"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
)

func TestSlug(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{[]string{"Bakkerij Jansen", "Growth programme"}, "bakkerij-jansen-growth-programme"},
		{[]string{"", ""}, "deal"},
		{[]string{"../../etc/passwd"}, "etc-passwd"},
		{[]string{"Café Über"}, "café-über"},
		{[]string{"\x1b[31mred"}, "31mred"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Slug(tt.in...))
	}
}

func TestExportWritesThreeFilesAndNeverOverwrites(t *testing.T) {
	pb, err := playbook.LoadDefault()
	require.NoError(t, err)
	c := coach.New(pb, locale.MustLoad(locale.EN))
	ans := coach.Answers{"client.name": coach.Text("Jansen"), "client.stage": coach.Text("growing")}
	a := c.Assess(ans)
	dir := t.TempDir()
	d := Dir{
		Path: dir, Playbook: pb,
		Markdown: func(*coach.Assessment) ([]byte, error) { return []byte("# md\n"), nil },
		JSON:     func(*coach.Assessment) ([]byte, error) { return []byte("{}\n"), nil },
		Now:      func() time.Time { return time.Date(2026, 11, 28, 9, 30, 0, 0, time.UTC) },
	}
	paths, err := d.Export(ans, a)
	require.NoError(t, err)
	assert.Equal(t, []string{
		filepath.Join(dir, "jansen-20261128-0930.md"),
		filepath.Join(dir, "jansen-20261128-0930.json"),
		filepath.Join(dir, "jansen-20261128-0930.yaml"),
	}, paths)
	again, err := d.Export(ans, a)
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(dir, "jansen-20261128-0930-2.md"), again[0])

	deal, err := os.ReadFile(paths[2])
	require.NoError(t, err)
	back, err := dealfile.Parse(pb, deal, "x")
	require.NoError(t, err)
	assert.Equal(t, ans, back, "the exported deal file reads back unchanged")
}

func TestWrittenAndPaths(t *testing.T) {
	dir, files := Written([]string{"/home/s/.local/share/winwin/exports/bakkerij-20261202-1204.md",
		"/home/s/.local/share/winwin/exports/bakkerij-20261202-1204.json", "/home/s/.local/share/winwin/exports/bakkerij-20261202-1204.yaml"})
	assert.Equal(t, "/home/s/.local/share/winwin/exports/", dir)
	assert.Equal(t, "bakkerij-20261202-1204 (.md, .json, .yaml)", files)

	for _, tc := range []struct {
		path string
		w    int
		want []string
	}{
		{"/home/s/.local/share/winwin/exports/", 80, []string{"/home/s/.local/share/winwin/exports/"}},
		{"/home/s/.local/share/winwin/exports/", 20, []string{"/home/s/.local/", "share/winwin/", "exports/"}},
		{"/a/averyveryverylongfoldername/b/", 10, []string{"/a/", "averyvery…", "b/"}},
	} {
		got := WrapPath(tc.path, tc.w)
		assert.Equal(t, tc.want, got, "%s at %d", tc.path, tc.w)
		for _, l := range got {
			assert.LessOrEqual(t, ansi.StringWidth(l), tc.w)
		}
	}
	assert.Equal(t, "/home/s/exports/", ShortPath("/home/s/exports/", 40))
	assert.Equal(t, "…/winwin/exports/", ShortPath("/home/s/.local/share/winwin/exports/", 20))
	assert.Equal(t, "/averyverylo…", ShortPath("/averyverylongname", 13))
}
