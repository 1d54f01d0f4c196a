package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/pflag"

	"github.com/winwincoach/winwin/coach"
	"github.com/winwincoach/winwin/coach/dealfile"
	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/coach/report"
	"github.com/winwincoach/winwin/content/safetext"
	"github.com/winwincoach/winwin/tui/autosave"
	"github.com/winwincoach/winwin/tui/export"
	"github.com/winwincoach/winwin/tui/session"
)

// prepCommand is `winwin prep [FILE]`: the interview, empty or
// prefilled from a deal file.
func prepCommand(*pflag.FlagSet) runFunc {
	return func(e *env, args []string) int {
		if len(args) > 1 {
			return e.usageError(command{name: "prep", key: "cli.cmd.prep"}, e.cat.T("cli.tui.one_file"))
		}
		var file string
		if len(args) == 1 {
			file = args[0]
		}
		return e.runTUI(true, file)
	}
}

// home is what plain `winwin` does: the home screen.
func home(e *env, _ *pflag.FlagSet) int { return e.runTUI(false, "") }

// isTerminal reports whether s is a terminal.
func isTerminal(s any) bool {
	f, ok := s.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(f.Fd())
}

// runTUI starts the interactive coach. Without a terminal on both stdin
// and stdout it refuses at once (bubbletea would otherwise fail on
// /dev/tty, or write escapes into a pipe) and points to `winwin assess`.
// Each of more sets up the session further (winwin practice opens its
// screen through Config.Start).
func (e *env) runTUI(prep bool, file string, more ...func(*session.Config)) int {
	if !isTerminal(e.stdin) || !isTerminal(e.stdout) {
		e.problem(e.cat.T("cli.tui.no_tty"))
		return exitUsage
	}
	pb, code := e.playbook()
	if pb == nil {
		return code
	}
	var answers coach.Answers
	if file != "" {
		data, msg := e.read(input{path: file, label: file})
		if msg != "" {
			e.problem(safetext.Line(file) + ": " + msg)
			return exitUsage
		}
		ans, err := dealfile.Parse(pb, data, safetext.Line(file))
		if err != nil {
			var de *dealfile.Error
			if errors.As(err, &de) {
				e.problem(de.Format(e.cat))
			} else {
				e.problem(safetext.Line(err.Error()))
			}
			return exitUsage
		}
		answers = ans
	}
	j, problem := e.openJournal()
	if j != nil {
		defer j.Close()
	}
	cat := e.cat
	ledger := &autosave.Ledger{}
	cfg := session.Config{
		Ledger:         ledger,
		Playbook:       pb,
		Catalog:        cat,
		Renderer:       lipgloss.NewRenderer(e.stdout),
		NoColor:        e.global.noColor || e.getenv("NO_COLOR") != "",
		Journal:        j,
		JournalProblem: problem,
		Exporter: export.Dir{
			Path:     e.exportDir(),
			Playbook: pb,
			Markdown: func(a *coach.Assessment) ([]byte, error) {
				return []byte(report.Markdown(a, cat, report.Options{Playbook: pb, Date: time.Now()})), nil
			},
			JSON: func(a *coach.Assessment) ([]byte, error) { return report.JSON(a, "") },
		},
		Prep:    prep,
		Answers: answers,
	}
	if j != nil && len(answers) > 0 {
		// The same answers as a saved deal (its exported deal file, opened
		// again): the interview revises that deal instead of copying it.
		if deal, found, err := j.FindDeal(context.Background(), "", answers); err == nil && found {
			cfg.Deal, cfg.PrepNote = deal, cat.T("cli.tui.revising", deal)
		}
	}
	for _, f := range more {
		f(&cfg)
	}
	model := session.New(cfg)
	in, closeIn := pollableInput(e.stdin)
	defer closeIn()
	p := tea.NewProgram(model, tea.WithAltScreen(), tea.WithInput(in), tea.WithOutput(e.stdout))
	_, err := p.Run()
	saved := e.rescue(ledger, pb)
	if err != nil {
		// bubbletea has restored the terminal (also after a panic, which
		// it recovers and prints); say what went wrong.
		fmt.Fprintln(e.stderr, e.cat.T("cli.tui.failed", safetext.Line(err.Error())))
		return exitFail
	}
	if !saved {
		return exitFail
	}
	return exitOK
}

// openJournal opens the journal in --data-dir, else the default data
// directory. When it cannot be opened the app carries on in memory, and
// the reason (a newer, corrupt, locked or read-only journal) is shown.
func (e *env) openJournal() (*journal.Journal, string) {
	j, err := e.openStore()
	if err != nil {
		return nil, e.cat.T("cli.tui.in_memory", e.cat.M(journal.MessageOf(err)))
	}
	return j, ""
}
