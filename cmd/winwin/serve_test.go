package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui/serve"
)

// The flags' help says the defaults the server really has.
func TestServeHelpDefaults(t *testing.T) {
	for _, lang := range locale.Langs() {
		cat := locale.MustLoad(lang)
		assert.Contains(t, cat.T("cli.flag.listen"), serve.DefaultListen)
		assert.Contains(t, cat.T("cli.flag.max_sessions"), "100")
		assert.Equal(t, 100, serve.DefaultMaxSessions)
		assert.Contains(t, cat.T("cli.flag.idle_timeout"), serve.DefaultIdleTimeout.String()[:3])
		assert.Contains(t, cat.T("cli.flag.max_timeout"), "12h")
		assert.Equal(t, "12h0m0s", serve.DefaultMaxTimeout.String())
	}
}
