package practice

import (
	"errors"
	"sort"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/dealfile"
	"github.com/winwincoach/winwin/content/cases"
	"github.com/winwincoach/winwin/content/locale"
	"github.com/winwincoach/winwin/content/playbook"
	"github.com/winwincoach/winwin/content/safetext"
)

// Verify checks one case against the coach: its facts parse as a deal file
// of the coach's playbook, every teaching note names a question the
// trainee answers, the coach's verdict on the facts is not provisional
// (unless the expert says find out first), and it is the expert's verdict. This is what `winwin lint` runs on a
// case library, after cases.LoadFS has checked the files themselves.
// Problems are in the case file's lines; none means the case is sound.
func Verify(c *coach.Coach, cs *cases.Case) []dealfile.Problem {
	var out []dealfile.Problem
	at := func(pos playbook.Pos, field string, key string, args ...any) {
		out = append(out, dealfile.Problem{File: cs.File, Line: pos.Line, Col: pos.Col, Field: field, Msg: locale.Msg(key, args...)})
	}
	for _, id := range cs.NoteIDs() {
		q, ok := c.Playbook().Question(id)
		switch {
		case !ok:
			at(cs.Pos.Notes[id], "notes", "practice.verify.unknown_note", safetext.Line(id))
		case q.Kind == playbook.Free:
			at(cs.Pos.Notes[id], "notes", "practice.verify.free_note", id)
		}
	}
	ans, err := Facts(c, cs)
	if err != nil {
		var de *dealfile.Error
		if errors.As(err, &de) {
			out = append(out, de.Problems...)
		}
		return sortByLine(out)
	}
	a := c.Assess(ans)
	want := Expert(cs)
	// A case whose lesson is "find out first" is provisional by design;
	// any other must be decided by its facts.
	if a.Provisional && want.Decision != coach.FindOutFirst {
		at(cs.Pos.Facts, "facts", "practice.verify.provisional", a.Unknown, a.Scored)
	}
	if a.Quadrant != want.Quadrant || a.Decision != want.Decision {
		at(cs.Pos.Verdict, "verdict", "practice.verify.mismatch",
			string(want.Quadrant), string(want.Decision), string(a.Quadrant), string(a.Decision))
	}
	return sortByLine(out)
}

// sortByLine orders problems as they appear in the file.
func sortByLine(ps []dealfile.Problem) []dealfile.Problem {
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].Line != ps[j].Line {
			return ps[i].Line < ps[j].Line
		}
		return ps[i].Col < ps[j].Col
	})
	return ps
}

// VerifyLibrary verifies every case of lib, in library order.
func VerifyLibrary(c *coach.Coach, lib *cases.Library) []dealfile.Problem {
	var out []dealfile.Problem
	for _, cs := range lib.Cases {
		out = append(out, Verify(c, cs)...)
	}
	return out
}
