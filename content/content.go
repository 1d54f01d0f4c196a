// Package content holds winwin's embedded data: the default playbook, the
// practice cases and the UI strings, in English and Dutch. Its sub-packages
// load and validate them; it imports no other winwin package.
package content

import "embed"

// FS is the embedded content tree: playbooks/, locales/ and the practice
// cases (cases/*.yaml).
//
//go:embed playbooks locales cases/*.yaml
var FS embed.FS
