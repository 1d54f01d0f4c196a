// Package content holds winwin's embedded data: the default playbook, the
// practice cases and the UI strings, in English and Dutch. Its sub-packages
// load and validate them; it imports no other winwin package.
package content

import "embed"

// FS is the embedded content tree: playbooks/, locales/, the practice
// cases (cases/*.yaml) and the self-check (selfcheck/*.yaml).
//
//go:embed playbooks locales cases/*.yaml selfcheck/*.yaml
var FS embed.FS
