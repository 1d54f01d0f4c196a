package journal

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"time"
)

// RoomRow is one result of a training room as an export writes it:
// participant, mode, answered, facts score, call, expert, score, time.
type RoomRow struct {
	Room        int64   `json:"room"`
	Code        string  `json:"code"`
	Round       int     `json:"round"`
	Case        string  `json:"case"`
	Participant string  `json:"participant"`
	Mode        string  `json:"mode"`
	Answered    int     `json:"answered"`
	Total       int     `json:"total"`
	Facts       float64 `json:"facts_score"`
	Quadrant    string  `json:"call_quadrant"`
	Decision    string  `json:"call_decision"`
	ExpertQuad  string  `json:"expert_quadrant"`
	ExpertDec   string  `json:"expert_decision"`
	CallRight   bool    `json:"call_right"`
	Score       float64 `json:"score"`
	Time        string  `json:"time"`
	Seconds     int     `json:"seconds"`
}

// RoomRows are a room's results as export rows.
func RoomRows(r Room, as []RoomAttempt) []RoomRow {
	out := make([]RoomRow, len(as))
	for i, a := range as {
		out[i] = RoomRow{
			Room: r.ID, Code: r.Code, Round: a.Round, Case: a.Case, Participant: a.Name, Mode: string(a.Mode),
			Answered: a.Answered, Total: a.Total, Facts: a.Facts,
			Quadrant: string(a.Predict.Quadrant), Decision: string(a.Predict.Decision),
			ExpertQuad: string(a.Expert.Quadrant), ExpertDec: string(a.Expert.Decision),
			CallRight: a.Predict == a.Expert, Score: a.Score,
			Time: a.Time.UTC().Format(time.RFC3339), Seconds: a.Seconds,
		}
	}
	return out
}

// roomHeader is the CSV's first line, in RoomRow's order.
var roomHeader = []string{"room", "code", "round", "case", "participant", "mode", "answered", "total", "facts_score",
	"call_quadrant", "call_decision", "expert_quadrant", "expert_decision", "call_right", "score", "time", "seconds"}

// WriteRoomCSV writes rows as CSV with a header line. A name that a
// spreadsheet would read as a formula (=, +, -, @ first) is written with
// a leading apostrophe: names come from participants.
func WriteRoomCSV(w io.Writer, rows []RoomRow) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(roomHeader); err != nil {
		return err
	}
	num := func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
	for _, r := range rows {
		rec := []string{strconv.FormatInt(r.Room, 10), r.Code, strconv.Itoa(r.Round), r.Case, noFormula(r.Participant), r.Mode,
			strconv.Itoa(r.Answered), strconv.Itoa(r.Total), num(r.Facts), r.Quadrant, r.Decision, r.ExpertQuad, r.ExpertDec,
			strconv.FormatBool(r.CallRight), num(r.Score), r.Time, strconv.Itoa(r.Seconds)}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteRoomJSON writes rows as an indented JSON array.
func WriteRoomJSON(w io.Writer, rows []RoomRow) error {
	if rows == nil {
		rows = []RoomRow{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(rows)
}

// noFormula keeps a cell from being read as a formula.
func noFormula(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
