package room

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/google/renameio/v2/maybe"

	"github.com/winwincoach/winwin/coach/journal"
)

// exportedMsg names the files the export key wrote.
type exportedMsg struct{ csv, json string }

// SetExportDir is where the trainer's export key writes a room's results
// ("" switches the key off). Call it before the hub is used.
func (h *Hub) SetExportDir(dir string) { h.exportDir = dir }

// export writes the room's results, every call of every case so far, as
// CSV and JSON files in the hub's export folder.
func (t Trainer) export() tea.Cmd {
	conn, dir := t.conn, t.conn.h.exportDir
	return func() tea.Msg {
		r, as, err := conn.Results()
		if err != nil {
			return errMsg{err}
		}
		csvPath, jsonPath, err := WriteExport(dir, r, as)
		if err != nil {
			return errMsg{err}
		}
		return exportedMsg{csv: csvPath, json: jsonPath}
	}
}

// WriteExport writes room r's results as a CSV and a JSON file in dir
// (made when missing) and returns their paths.
func WriteExport(dir string, r journal.Room, as []journal.RoomAttempt) (csvPath, jsonPath string, err error) {
	base := filepath.Join(dir, ExportName(r))
	if err := writeExport(base, journal.RoomRows(r, as)); err != nil {
		return "", "", err
	}
	return base + ".csv", base + ".json", nil
}

// ExportName is the file name, without extension, of a room's export:
// its code and when it opened.
func ExportName(r journal.Room) string {
	return fmt.Sprintf("room-%s-%s", r.Code, r.Opened.Local().Format("20060102-1504"))
}

// writeExport writes rows to base.csv and base.json, each whole or not
// at all.
func writeExport(base string, rows []journal.RoomRow) error {
	if err := os.MkdirAll(filepath.Dir(base), 0o700); err != nil {
		return err
	}
	var c, j bytes.Buffer
	if err := journal.WriteRoomCSV(&c, rows); err != nil {
		return err
	}
	if err := journal.WriteRoomJSON(&j, rows); err != nil {
		return err
	}
	if err := maybe.WriteFile(base+".csv", c.Bytes(), 0o600); err != nil {
		return err
	}
	return maybe.WriteFile(base+".json", j.Bytes(), 0o600)
}
