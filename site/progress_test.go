package site

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestProgressLine(t *testing.T) {
	tests := []struct {
		stage Stage
		items int
		want  string
	}{
		{StageRead, 0, "[>                   ] 1/5 reading 0.5s"},
		{StageGroup, 1204, "[========>           ] 3/5 grouping 1204 articles 0.5s"},
		{StagePublish, 7, "[================>   ] 5/5 publishing 7 events 0.5s"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, progressLine(tt.stage, tt.items, 500*time.Millisecond))
	}
}

// recordedProgress remembers what a build reported.
type recordedProgress struct {
	stages []Stage
	items  []int
	done   int
}

func (r *recordedProgress) Stage(s Stage, items int) {
	r.stages = append(r.stages, s)
	r.items = append(r.items, items)
}

func (r *recordedProgress) Done() { r.done++ }

func TestBuildReportsEveryStageInOrder(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	require.NoError(t, os.MkdirAll(content, 0o755))
	article := "+++\ntitle = \"Ferry service resumes\"\ndate = 2025-03-02\nsource = \"Harbour Times\"\n+++\n\n" +
		"The ferry service between the two islands resumed on Sunday after a week-long suspension, officials said.\n"
	require.NoError(t, os.WriteFile(filepath.Join(content, "a.md"), []byte(article), 0o644))
	var p recordedProgress
	res, err := Build(Options{Content: content, Out: filepath.Join(dir, "public"), Progress: &p})
	require.NoError(t, err)
	assert.Equal(t, []Stage{StageRead, StageClean, StageGroup, StageRender, StagePublish}, p.stages)
	assert.Equal(t, []int{0, 1, res.Articles, res.Events, res.Events}, p.items)
	assert.Equal(t, 1, p.done)
}

func TestTerminalProgressClearsItsLine(t *testing.T) {
	var b bytes.Buffer
	p := NewTerminalProgress(&b)
	p.Stage(StageClean, 3)
	p.Done()
	out := b.String()
	assert.Contains(t, out, "2/5 cleaning 3 articles")
	assert.True(t, strings.HasSuffix(out, "\r\x1b[K"), "the bar is erased so the summary line stands alone")
}
