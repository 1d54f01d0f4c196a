package playbook

import (
	"bytes"
	"encoding/json"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/winwincoach/winwin/content"
)

var updateDefault = flag.Bool("update-default", false, "rewrite playbooks/default/playbook.json from playbook.yaml")

// The pre-parsed default playbook must be exactly what parsing its YAML
// gives, so LoadDefault and LoadFS of the YAML load the same playbook.
func TestDefaultJSONIsCurrent(t *testing.T) {
	src, err := fs.ReadFile(content.FS, defaultDir+"/"+FileName)
	require.NoError(t, err)
	var doc yaml.Node
	require.NoError(t, yaml.Unmarshal(src, &doc))
	l := &loader{file: FileName}
	raw := l.decode(doc.Content[0])
	require.Empty(t, l.probs)
	want, err := json.Marshal(raw)
	require.NoError(t, err)
	want = append(want, '\n')
	if *updateDefault {
		require.NoError(t, os.WriteFile(filepath.Join("..", defaultJSON), want, 0o644))
		return
	}
	got, err := fs.ReadFile(content.FS, defaultJSON)
	require.NoError(t, err)
	require.True(t, bytes.Equal(want, got),
		"playbook.json is out of date: go test ./content/playbook -run TestDefaultJSON -update-default")

	fromJSON, err := LoadDefault()
	require.NoError(t, err)
	fromYAML, err := LoadFS(content.FS, defaultDir)
	require.NoError(t, err)
	require.Equal(t, fromYAML.IDs(), fromJSON.IDs())
	require.Equal(t, len(fromYAML.Flags), len(fromJSON.Flags))
	for i := range fromYAML.Flags {
		require.Equal(t, fromYAML.Flags[i].When.Source, fromJSON.Flags[i].When.Source)
		require.Equal(t, fromYAML.Flags[i].Message, fromJSON.Flags[i].Message)
	}
}

// BenchmarkLoadDefaultYAML loads the default playbook from its YAML, the
// way a custom playbook loads: for comparison with BenchmarkLoadDefault.
func BenchmarkLoadDefaultYAML(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadFS(content.FS, defaultDir); err != nil {
			b.Fatal(err)
		}
	}
}
