package playbook

import (
	"fmt"
	"runtime"
	"sync"
)

// exprJob is one expression waiting to be compiled into *dst.
type exprJob struct {
	src     string
	pos     Pos
	needs   []string
	asScore bool
	dst     **Expr
	probs   []Problem
}

// expr queues src for compiling; compileAll fills *dst.
func (l *loader) expr(src string, pos Pos, needs []string, asScore bool, dst **Expr) {
	l.jobs = append(l.jobs, &exprJob{src: src, pos: pos, needs: needs, asScore: asScore, dst: dst})
}

// compileAll compiles the queued expressions on every core: compiling is
// most of a load's work after parsing, and the jobs are independent (the
// compiler's tables are only read). Problems are added in queue order, so
// the report does not depend on scheduling.
func (l *loader) compileAll(c *compiler) {
	work := make(chan *exprJob)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(l.jobs)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				j.run(c)
			}
		}()
	}
	for _, j := range l.jobs {
		work <- j
	}
	close(work)
	wg.Wait()
	for _, j := range l.jobs {
		l.addAll(j.probs)
	}
	l.jobs = nil
}

// run compiles one job. A panic in the expression library becomes a
// problem of the playbook rather than a crash in a goroutine nobody
// recovers.
func (j *exprJob) run(c *compiler) {
	defer func() {
		if r := recover(); r != nil {
			*j.dst = nil
			j.probs = []Problem{problem(j.pos, "playbook.bad_expr", j.src, fmt.Sprint(r))}
		}
	}()
	*j.dst, j.probs = c.compile(j.src, j.pos, j.needs, j.asScore)
}
