package journal

import (
	"errors"

	"github.com/winwincoach/winwin/content/locale"
)

// MessageOf turns an error of the journal into what the user is told, as a
// message of content/locales/*/journal.yaml. Every error gets a message:
// one of an unknown kind says that the journal failed and why.
func MessageOf(err error) locale.Message {
	var (
		je   *Error
		path string
	)
	if errors.As(err, &je) {
		path = je.Path
	}
	switch {
	case err == nil:
		return locale.Msg("journal.ok")
	case errors.Is(err, ErrNewerSchema):
		var se *SchemaError
		if errors.As(err, &se) {
			return locale.Msg("journal.error.newer", path, se.Found, se.Known)
		}
		return locale.Msg("journal.error.newer", path, 0, len(migrations))
	case errors.Is(err, ErrNotRegular):
		return locale.Msg("journal.error.not_regular", path)
	case errors.Is(err, ErrOlderSchema):
		return locale.Msg("journal.error.older", path)
	case errors.Is(err, ErrAbsent):
		return locale.Msg("journal.error.absent", path)
	case errors.Is(err, ErrCorrupt):
		return locale.Msg("journal.error.corrupt", path)
	case errors.Is(err, ErrLocked):
		return locale.Msg("journal.error.locked", path)
	case errors.Is(err, ErrReadOnly):
		return locale.Msg("journal.error.read_only", path)
	case errors.Is(err, ErrNotFound):
		return locale.Msg("journal.error.not_found")
	}
	return locale.Msg("journal.error.failed", err.Error())
}
