package main

import (
	"fmt"
	"path/filepath"

	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/tui/serve"
)

// serveConfig reads what the server needs: the playbook, the cases, the
// key files, the host key and the journal in the data directory. A
// problem is reported and its exit code returned.
func (e *env) serveConfig(o serveOptions) (serve.Config, *journal.Journal, int) {
	cfg := serve.Config{
		Listen: o.listen, RoomCode: o.code, NoColor: e.global.noColor,
		MaxSessions: o.maxSessions, IdleTimeout: o.idle, MaxTimeout: o.maxTime,
		Log: e.logger(),
	}
	pb, code := e.playbook()
	if pb == nil {
		return cfg, nil, code
	}
	cfg.Playbook = pb
	lib, code := e.caseLibrary(o.cases, pb)
	if lib == nil {
		return cfg, nil, code
	}
	cfg.Cases = lib
	cfg.Catalogs = map[locale.Lang]*locale.Catalog{}
	for _, l := range locale.Langs() {
		cat, err := locale.Load(l)
		if err != nil {
			return cfg, nil, e.serveFailed(err)
		}
		cfg.Catalogs[l] = cat
	}
	cfg.Default = e.cat.Lang()
	if e.global.lang != "" {
		cfg.Lang = e.cat.Lang()
	}
	for _, k := range []struct {
		path string
		set  *serve.KeySet
	}{{o.authorized, &cfg.Participants}, {o.trainers, &cfg.Trainers}} {
		if k.path == "" {
			continue
		}
		ks, err := serve.LoadKeys(k.path)
		if err != nil {
			e.problem(e.cat.M(serve.MessageOf(err)))
			return cfg, nil, exitUsage
		}
		*k.set = ks
	}
	dir, err := e.journalDir()
	if err != nil {
		return cfg, nil, e.journalFailed(err)
	}
	signer, created, err := serve.LoadHostKey(hostKeyPath(dir))
	if err != nil {
		return cfg, nil, e.serveFailed(err)
	}
	cfg.HostKey = signer
	cfg.ExportDir = filepath.Join(dir, roomsDir)
	key := "serve.host_key"
	if created {
		key = "serve.host_key_new"
	}
	fmt.Fprintln(e.stdout, e.cat.T(key, hostKeyPath(dir), serve.Fingerprint(signer.PublicKey())))
	j, code := e.writeJournal()
	if j == nil {
		return cfg, nil, code
	}
	cfg.Journal = j
	return cfg, j, exitOK
}
