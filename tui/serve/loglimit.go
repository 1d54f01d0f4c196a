package serve

import (
	"sync"

	"golang.org/x/time/rate"
)

// Log lines of refusals: a burst, then a few a second. Lines over the
// limit are counted and the count is logged with the next line let
// through, so the log says that lines were dropped.
const (
	refusalLogBurst = 50
	refusalLogRate  = rate.Limit(5)
)

// logLimiter rate-limits log lines.
type logLimiter struct {
	lim     *rate.Limiter
	mu      sync.Mutex
	dropped int
}

func newLogLimiter() *logLimiter {
	return &logLimiter{lim: rate.NewLimiter(refusalLogRate, refusalLogBurst)}
}

// allow reports whether a line may be logged now, and how many lines
// were dropped since the last one that was.
func (l *logLimiter) allow() (ok bool, dropped int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.lim.Allow() {
		l.dropped++
		return false, 0
	}
	dropped, l.dropped = l.dropped, 0
	return true, dropped
}

// logRefusal logs one line of a refused connection or a failed login,
// rate-limited and cleaned of escapes (addresses and errors may carry a
// client's bytes).
func (s *Server) logRefusal(key string, args ...any) {
	ok, dropped := s.refusals.allow()
	if !ok {
		return
	}
	if dropped > 0 {
		s.log("serve.log.dropped", dropped)
	}
	s.log(key, args...)
}
