package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"text/tabwriter"

	"github.com/spf13/pflag"

	"github.com/winwincoach/winwin/coach/journal"
	"github.com/winwincoach/winwin/content/safetext"
	"github.com/winwincoach/winwin/tui/room"
)

// roomsDir is the folder of the data directory where the trainer's
// export key of `winwin serve` writes a room's results.
const roomsDir = "rooms"

// roomCommand is `winwin room list` and `winwin room export [ROOM]`: the
// training rooms `winwin serve` kept in the journal, and one room's
// results as CSV (or JSON) on standard output, or as both files in a
// folder with --out.
func roomCommand(fs *pflag.FlagSet) runFunc {
	var asJSON bool
	var out string
	fs.BoolVar(&asJSON, "json", false, "cli.flag.room_json")
	fs.StringVar(&out, "out", "", "cli.flag.room_out")
	return func(e *env, args []string) int {
		cmd := command{name: "room", key: "cli.cmd.room"}
		switch {
		case len(args) == 1 && args[0] == "list":
			return e.roomList(asJSON)
		case len(args) >= 1 && len(args) <= 2 && args[0] == "export":
			which := ""
			if len(args) == 2 {
				which = args[1]
			}
			return e.roomExport(which, asJSON, out)
		}
		return e.usageError(cmd, e.cat.T("room.cli.usage"))
	}
}

// roomList prints the rooms, newest first.
func (e *env) roomList(asJSON bool) int {
	j, code := e.readJournal()
	if code != exitOK {
		return code
	}
	var rooms []journal.Room
	if j != nil {
		defer j.Close()
		var err error
		if rooms, err = j.Rooms(context.Background(), ""); err != nil {
			return e.journalFailed(err)
		}
	}
	if asJSON {
		type row struct {
			ID       int64  `json:"id"`
			Code     string `json:"code"`
			Opened   string `json:"opened"`
			Trainer  string `json:"trainer"`
			People   int    `json:"participants"`
			Attempts int    `json:"results"`
		}
		out := make([]row, len(rooms))
		for i, r := range rooms {
			out[i] = row{r.ID, r.Code, r.Opened.UTC().Format("2006-01-02T15:04:05Z07:00"), r.Trainer, r.People, r.Attempts}
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			return exitFail
		}
		return exitOK
	}
	if len(rooms) == 0 {
		fmt.Fprintln(e.stdout, e.cat.T("room.cli.none"))
		return exitOK
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, e.cat.T("room.cli.head"))
	for _, r := range rooms {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%d\n", r.ID, r.Opened.Local().Format("2006-01-02 15:04"), r.Code,
			safetext.Line(r.Trainer), r.People, r.Attempts)
	}
	_ = tw.Flush()
	return exitOK
}

// roomExport writes one room's results: the newest room, or the one
// with the id or code which (the newest with that code).
func (e *env) roomExport(which string, asJSON bool, out string) int {
	j, code := e.readJournal()
	if code != exitOK {
		return code
	}
	if j == nil {
		e.problem(e.cat.T("room.cli.no_room", safetext.Line(which)))
		return exitUsage
	}
	defer j.Close()
	ctx := context.Background()
	rooms, err := j.Rooms(ctx, "")
	if err != nil {
		return e.journalFailed(err)
	}
	r, ok := pickRoom(rooms, which)
	if !ok {
		// Like a deal that is not in the journal: the input is wrong.
		e.problem(e.cat.T("room.cli.no_room", safetext.Line(which)))
		return exitUsage
	}
	as, err := j.RoomAttempts(ctx, "", r.ID)
	if err != nil {
		return e.journalFailed(err)
	}
	if out != "" {
		csvPath, jsonPath, err := room.WriteExport(out, r, as)
		if err != nil {
			e.problem(e.cat.T("room.cli.write_failed", err.Error()))
			return exitFail
		}
		fmt.Fprintln(e.stdout, e.cat.T("room.exported", csvPath, jsonPath))
		return exitOK
	}
	rows := journal.RoomRows(r, as)
	if asJSON {
		err = journal.WriteRoomJSON(e.stdout, rows)
	} else {
		err = journal.WriteRoomCSV(e.stdout, rows)
	}
	if err != nil {
		return exitFail
	}
	return exitOK
}

// pickRoom finds the room which names: "" the newest, a number its id,
// else the newest room with that code.
func pickRoom(rooms []journal.Room, which string) (journal.Room, bool) {
	if which == "" {
		if len(rooms) == 0 {
			return journal.Room{}, false
		}
		return rooms[0], true
	}
	if id, err := strconv.ParseInt(which, 10, 64); err == nil {
		for _, r := range rooms {
			if r.ID == id {
				return r, true
			}
		}
	}
	code := room.NormalizeCode(which)
	for _, r := range rooms {
		if r.Code == code {
			return r, true
		}
	}
	return journal.Room{}, false
}
