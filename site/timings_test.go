package site

import (
	"bytes"
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
	assert.Regexp(t, `cleaning +[0-9.]+s  cpu +[0-9.]+s`, lines[1])
}
