package serve

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	"github.com/google/renameio/v2/maybe"
	gossh "golang.org/x/crypto/ssh"
)

// HostKeyFile is the host key's file name in the data directory.
const HostKeyFile = "ssh_host_ed25519_key"

// HostKeyMode is the host key file's mode: readable by its owner only,
// as sshd insists for its own keys.
const HostKeyMode fs.FileMode = 0o600

// ErrHostKeyMode reports a host key file that others may read.
var ErrHostKeyMode = errors.New("host key file is readable by others")

// LoadHostKey reads the host key at path, or makes a new ed25519 key
// there (mode 0600, written atomically) when there is none, so
// participants see the same host key every time the server starts.
// created reports that the key was made now. A key file that group or
// others may read is refused (ErrHostKeyMode), as sshd refuses one.
func LoadHostKey(path string) (signer gossh.Signer, created bool, err error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		data, err = newHostKey(path)
		created = true
	}
	if err != nil {
		return nil, false, problem(err, "serve.err.host_key", path, err.Error())
	}
	if err := checkMode(path); err != nil {
		return nil, false, err
	}
	signer, err = gossh.ParsePrivateKey(data)
	if err != nil {
		return nil, false, problem(err, "serve.err.host_key", path, err.Error())
	}
	return signer, created, nil
}

// newHostKey makes an ed25519 key and writes it to path in OpenSSH's
// format.
func newHostKey(path string) ([]byte, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	block, err := gossh.MarshalPrivateKey(priv, "winwin serve")
	if err != nil {
		return nil, err
	}
	data := pem.EncodeToMemory(block)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	if err := maybe.WriteFile(path, data, HostKeyMode); err != nil {
		return nil, err
	}
	// The umask can only take bits away from 0600, but a file system
	// may ignore modes: make sure, as for an existing key.
	return data, os.Chmod(path, HostKeyMode)
}

// checkMode refuses a key file that group or others may read. Windows
// has no such modes.
func checkMode(path string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	st, err := os.Stat(path)
	if err != nil {
		return problem(err, "serve.err.host_key", path, err.Error())
	}
	if perm := st.Mode().Perm(); perm&0o077 != 0 {
		return problem(ErrHostKeyMode, "serve.err.host_key_mode", path, fmt.Sprintf("%04o", uint32(perm)), fmt.Sprintf("%04o", uint32(HostKeyMode)))
	}
	return nil
}
