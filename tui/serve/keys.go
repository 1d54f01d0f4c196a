package serve

import (
	"bufio"
	"bytes"
	"os"

	gossh "golang.org/x/crypto/ssh"

	"github.com/winwincoach/winwin/content/safetext"
)

// maxKeyFile is the largest key file read: an authorized_keys file of a
// few thousand keys, not a mistake like a disk image.
const maxKeyFile = 4 << 20

// KeySet is a set of public keys read from an authorized_keys file. It is
// read once at start and only read after, so sessions share it freely.
type KeySet struct {
	keys map[string]bool // by the key's wire form
}

// Has reports whether k is in the set.
func (s KeySet) Has(k gossh.PublicKey) bool {
	return k != nil && s.keys[string(k.Marshal())]
}

// Len is how many keys the set holds.
func (s KeySet) Len() int { return len(s.keys) }

// LoadKeys reads an authorized_keys file: one key a line, with optional
// options before and a comment after; blank lines and # comments are
// skipped. A line that is not a key is refused with its line number, so
// a typo never silently locks someone out (or in).
func LoadKeys(path string) (KeySet, error) {
	st, err := os.Stat(path)
	if err != nil {
		return KeySet{}, problem(err, "serve.err.keys_read", path, err.Error())
	}
	if !st.Mode().IsRegular() {
		// A pipe would block the server's start, a device feed it forever.
		return KeySet{}, problem(safetext.ErrNotRegular, "serve.err.keys_read", path, safetext.ErrNotRegular.Error())
	}
	if st.Size() > maxKeyFile {
		return KeySet{}, problem(nil, "serve.err.keys_too_large", path, maxKeyFile>>20)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return KeySet{}, problem(err, "serve.err.keys_read", path, err.Error())
	}
	return ParseKeys(data, path)
}

// ParseKeys reads the keys of an authorized_keys file's contents; file
// names it in problems.
func ParseKeys(data []byte, file string) (KeySet, error) {
	set := KeySet{keys: map[string]bool{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), maxKeyFile)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		k, _, _, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			return KeySet{}, problem(err, "serve.err.keys_line", file, n)
		}
		set.keys[string(k.Marshal())] = true
	}
	if err := sc.Err(); err != nil {
		return KeySet{}, problem(err, "serve.err.keys_read", file, err.Error())
	}
	return set, nil
}

// Fingerprint is a key's SHA256 fingerprint as ssh-keygen -l prints it.
func Fingerprint(k gossh.PublicKey) string { return gossh.FingerprintSHA256(k) }
