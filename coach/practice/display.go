package practice

import (
	"strconv"
	"strings"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/safetext"
)

// answerText renders an answer the way the comparison screen shows it, in
// the catalog's language: option labels, money with the language's
// separators, list items joined. Text from a case or a trainee passes
// safetext, since both can come from outside.
func answerText(cat *locale.Catalog, q *playbook.Question, a coach.Answer, given bool) string {
	lang := cat.Lang()
	switch {
	case !given:
		return cat.T("answer.unanswered")
	case a.Unknown:
		return cat.T("answer.unknown")
	}
	switch v := a.Value.(type) {
	case string:
		if o, ok := q.Option(v); ok {
			return o.Label.In(lang)
		}
		return safetext.Line(v)
	case []string:
		if len(v) == 0 {
			return cat.T("practice.value.none")
		}
		parts := make([]string, len(v))
		for i, s := range v {
			if o, ok := q.Option(s); ok {
				parts[i] = o.Label.In(lang)
			} else {
				parts[i] = safetext.Line(s)
			}
		}
		return strings.Join(parts, "; ")
	case float64:
		switch {
		case q.Optional && v == 0:
			return cat.T("answer.not_set")
		case q.Kind == playbook.Money:
			return locale.FormatMoney(lang, v)
		}
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		if v {
			return cat.T("answer.yes")
		}
		return cat.T("answer.no")
	}
	return cat.T("answer.unanswered")
}
