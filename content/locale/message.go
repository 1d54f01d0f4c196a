package locale

import "fmt"

// Message is a translatable text: a catalog key and its arguments. Packages
// that must not know the user's language (parsers, loaders) return Messages
// and the caller translates them with Catalog.M.
type Message struct {
	Key  string
	Args []any
}

// Msg builds a Message.
func Msg(key string, args ...any) Message { return Message{Key: key, Args: args} }

// M translates m.
func (c *Catalog) M(m Message) string { return c.T(m.Key, m.Args...) }

// String is the untranslated form, for logs and for tests.
func (m Message) String() string {
	if len(m.Args) == 0 {
		return m.Key
	}
	return fmt.Sprintf("%s%v", m.Key, m.Args)
}
