package journal

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A room's results are kept per case and participant (a second call
// replaces the first), listed with counts, and only under their owner.
func TestRoomResults(t *testing.T) {
	j := openTest(t)
	at := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	id, err := j.SaveRoom(ctx, "", Room{Code: "ABC234", Opened: at, Trainer: "Tess"})
	require.NoError(t, err)
	anna := RoomAttempt{Room: id, Round: 1, Participant: "name:ABC234:anna", Name: "Anna", Case: "c1", Time: at.Add(time.Minute),
		Mode: Exam, Answered: 20, Total: 25, Facts: 40, Predict: Verdict{"win-win", "go"}, Expert: Verdict{"win-win", "go"}, Score: 90, Seconds: 60}
	bob := anna
	bob.Participant, bob.Name, bob.Mode, bob.Predict, bob.Score = "name:ABC234:bob", "=Bob", Learn, Verdict{"lose-lose", "say-no"}, 30
	require.NoError(t, j.SaveRoomAttempt(ctx, "", anna))
	require.NoError(t, j.SaveRoomAttempt(ctx, "", bob))
	bob.Score = 35
	require.NoError(t, j.SaveRoomAttempt(ctx, "", bob), "a second call replaces the first")
	next := anna
	next.Round, next.Case = 2, "c2"
	require.NoError(t, j.SaveRoomAttempt(ctx, "", next))

	rooms, err := j.Rooms(ctx, "")
	require.NoError(t, err)
	require.Len(t, rooms, 1)
	assert.Equal(t, 3, rooms[0].Attempts)
	assert.Equal(t, 2, rooms[0].People)
	as, err := j.RoomAttempts(ctx, "", id)
	require.NoError(t, err)
	require.Len(t, as, 3)
	assert.Equal(t, 35.0, as[1].Score)

	// Another owner sees none of it and cannot add to it.
	other, err := j.Rooms(ctx, "key:X")
	require.NoError(t, err)
	assert.Empty(t, other)
	as, err = j.RoomAttempts(ctx, "key:X", id)
	require.NoError(t, err)
	assert.Empty(t, as)
	assert.ErrorIs(t, j.SaveRoomAttempt(ctx, "key:X", anna), ErrNotFound)

	// Both exports hold every attempt.
	as, err = j.RoomAttempts(ctx, "", id)
	require.NoError(t, err)
	rows := RoomRows(rooms[0], as)
	var csvOut, jsonOut bytes.Buffer
	require.NoError(t, WriteRoomCSV(&csvOut, rows))
	lines := strings.Split(strings.TrimSpace(csvOut.String()), "\n")
	require.Len(t, lines, 4)
	assert.Equal(t, "room,code,round,case,participant,mode,answered,total,facts_score,call_quadrant,call_decision,expert_quadrant,expert_decision,call_right,score,time,seconds", lines[0])
	assert.Equal(t, "1,ABC234,1,c1,Anna,exam,20,25,40,win-win,go,win-win,go,true,90,2026-12-02T10:01:00Z,60", lines[1])
	assert.Contains(t, lines[2], ",'=Bob,learn,", "a name is never a formula")
	require.NoError(t, WriteRoomJSON(&jsonOut, rows))
	var back []RoomRow
	require.NoError(t, json.Unmarshal(jsonOut.Bytes(), &back))
	assert.Equal(t, rows, back)
}

// A name's personal code is kept once: the first hash stays.
func TestNameCodes(t *testing.T) {
	j := openTest(t)
	_, err := j.NameCode(ctx, "", "name:A:anna")
	assert.ErrorIs(t, err, ErrNotFound)
	require.NoError(t, j.SaveNameCode(ctx, "", "name:A:anna", "h1"))
	require.NoError(t, j.SaveNameCode(ctx, "", "name:A:anna", "h2"))
	h, err := j.NameCode(ctx, "", "name:A:anna")
	require.NoError(t, err)
	assert.Equal(t, "h1", h)
	_, err = j.NameCode(ctx, "key:X", "name:A:anna")
	assert.ErrorIs(t, err, ErrNotFound)
}
