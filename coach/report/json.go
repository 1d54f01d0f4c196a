package report

import (
	"bytes"
	"encoding/json"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/safetext"
)

// fileAssessment is the JSON of one assessed file: the assessment's own
// fields, with the file name first.
type fileAssessment struct {
	File string `json:"file,omitempty"`
	*coach.Assessment
}

// JSON renders a as an indented JSON document with a trailing newline;
// file, when set, becomes a top-level "file" field.
func JSON(a *coach.Assessment, file string) ([]byte, error) {
	return encode(a, file, "  ")
}

// JSONLine renders a as one compact line of JSON with a trailing newline,
// for a stream of assessments (JSON Lines).
func JSONLine(a *coach.Assessment, file string) ([]byte, error) {
	return encode(a, file, "")
}

func encode(a *coach.Assessment, file, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	// People read these in terminals and CRMs: keep <, > and & as written.
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent("", indent)
	}
	if err := enc.Encode(fileAssessment{File: safetext.Line(file), Assessment: a}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
