// Package content holds winwin's embedded data: the default playbook, the
// practice cases and the UI strings, in English and Dutch. Its sub-packages
// load and validate them; it imports no other winwin package.
package content

import "embed"

// FS is the embedded content tree: playbooks/, locales/ (and later cases/).
//
//go:embed playbooks locales
var FS embed.FS
