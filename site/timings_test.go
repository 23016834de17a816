package site

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStageTimesReportsEachStageOnce(t *testing.T) {
	var buf bytes.Buffer
	p := NewStageTimes(&buf)
	p.Stage(StageRead, 0)
	p.Stage(StageClean, 3)
	p.Done()
	p.Done()
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	require.Len(t, lines, 2)
	assert.Contains(t, lines[0], "reading")
	assert.Contains(t, lines[1], "cleaning")
	assert.Contains(t, lines[1], "(3 items)")
	assert.Regexp(t, `cleaning +[0-9.]+s  cpu +[0-9.]+s  alloc +[0-9]+ MB`, lines[1])
}

// TestStageTimesCountsTheStagesAllocations: a stage that allocates 64 MB
// says so, and the next stage does not count them again.
func TestStageTimesCountsTheStagesAllocations(t *testing.T) {
	var buf bytes.Buffer
	p := NewStageTimes(&buf)
	p.Stage(StageGroup, 1)
	held := make([]byte, 64<<20)
	p.Stage(StageRender, 1)
	p.Done()
	runtime.KeepAlive(held)
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	require.Len(t, lines, 2)
	var grouped, rendered int
	_, err := fmt.Sscanf(lines[0][strings.Index(lines[0], "alloc"):], "alloc %d MB", &grouped)
	require.NoError(t, err)
	_, err = fmt.Sscanf(lines[1][strings.Index(lines[1], "alloc"):], "alloc %d MB", &rendered)
	require.NoError(t, err)
	assert.GreaterOrEqual(t, grouped, 64)
	assert.Less(t, rendered, 64)
}
