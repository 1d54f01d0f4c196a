package field

import (
	"strconv"
	"strings"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/tui/common"
)

// RangeProblem says why answer a to question id cannot stand beside the
// other answers, "" when it can. Two number questions named X.min and
// X.max are the two ends of one range (the sizes the offer fits): a
// largest size below the smallest would fire both size knockouts at once,
// so it is refused where it is typed, with the other end named.
func RangeProblem(c common.Common, ans coach.Answers, id string, a coach.Answer) string {
	v, ok := a.Value.(float64)
	if !ok || a.Unknown {
		return ""
	}
	other, isMax := "", false
	switch {
	case strings.HasSuffix(id, ".max"):
		other, isMax = strings.TrimSuffix(id, ".max")+".min", true
	case strings.HasSuffix(id, ".min"):
		other = strings.TrimSuffix(id, ".min") + ".max"
	default:
		return ""
	}
	q, ok := c.Playbook.Question(id)
	if !ok || q.Kind != playbook.Number {
		return ""
	}
	if oq, ok := c.Playbook.Question(other); !ok || oq.Kind != playbook.Number {
		return ""
	}
	o, ok := ans.Num(other)
	if !ok {
		return ""
	}
	n := strconv.FormatFloat(o, 'f', 0, 64)
	switch {
	case isMax && v < o:
		return c.T("field.max_below_min", n)
	case !isMax && v > o:
		return c.T("field.min_above_max", n)
	}
	return ""
}

// Refuser is a field that can show why its answer was refused after it
// was sent (a check that needs the other answers, like RangeProblem).
type Refuser interface {
	Refuse(reason string)
}
