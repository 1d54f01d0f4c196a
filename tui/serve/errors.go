package serve

import (
	"errors"
	"fmt"

	"github.com/winwincoach/winwin/content/locale"
)

// Error is a problem the trainer must hear about when the server starts
// (a bad key file, an unsafe host key), as a message of the catalog.
type Error struct {
	Message locale.Message
	Err     error // the cause, for errors.Is
}

// Error implements error, untranslated (for logs and tests).
func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %v", e.Message, e.Err)
	}
	return e.Message.String()
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// MessageOf is err as a message of the catalog: a *Error's own, else
// serve.failed with the error's text.
func MessageOf(err error) locale.Message {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return locale.Msg("serve.err.failed", err.Error())
}

func problem(cause error, key string, args ...any) *Error {
	return &Error{Message: locale.Msg(key, args...), Err: cause}
}
