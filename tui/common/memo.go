package common

// Memo remembers one rendered string and the key it was drawn for. Views
// work on copies of their model, so a Memo is kept behind a pointer that
// the copies share; it holds nothing but a cache of pure drawing.
type Memo struct {
	key, val string
	ok       bool
}

// Get returns the value for key, drawing it with draw when the key
// changed since the last call.
func (m *Memo) Get(key string, draw func() string) string {
	if m == nil {
		return draw()
	}
	if !m.ok || m.key != key {
		m.key, m.val, m.ok = key, draw(), true
	}
	return m.val
}
