package journal

import (
	"encoding/json"
	"fmt"

	"github.com/winwincoach/winwin/coach"
)

// Assessment decodes the stored assessment, for the verdict view and for
// coach/report. It is what the coach said when the verdict was reached
// (that playbook version, that language), not a new assessment; scores
// come back as the whole numbers the JSON holds.
//
// It decodes on demand, so listing and streaming sessions pay nothing for
// assessments nobody reads.
func (s Session) Assessment() (*coach.Assessment, error) {
	return decodeAssessment(s.AssessmentJSON)
}

// storedScores are the scores as coach.Score writes them: a whole number,
// or null when unknown. (coach.Score has a MarshalJSON but no
// UnmarshalJSON.)
type storedScores struct {
	Readiness  *float64 `json:"readiness"`
	Disclosure *float64 `json:"disclosure"`
	Margin     *float64 `json:"margin"`
	Client     *float64 `json:"client"`
	Seller     *float64 `json:"seller"`
}

func decodeAssessment(data []byte) (*coach.Assessment, error) {
	a := &coach.Assessment{}
	// The outer "scores" field hides the embedded one of the same JSON
	// name, so every other field decodes into a and the scores into
	// storedScores.
	aux := struct {
		*coach.Assessment
		Scores storedScores `json:"scores"`
	}{Assessment: a}
	if err := json.Unmarshal(data, &aux); err != nil {
		return nil, fmt.Errorf("stored assessment: %w", err)
	}
	a.Scores = coach.Scores{
		Readiness:  score(aux.Scores.Readiness),
		Disclosure: score(aux.Scores.Disclosure),
		Margin:     score(aux.Scores.Margin),
		Client:     score(aux.Scores.Client),
		Seller:     score(aux.Scores.Seller),
	}
	return a, nil
}

func score(v *float64) coach.Score {
	if v == nil {
		return coach.Score{}
	}
	return coach.Score{Value: *v, Known: true}
}
