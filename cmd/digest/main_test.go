package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site"
	"github.com/topicdigest/digest/site/model"
)

func TestRunDispatchesCommands(t *testing.T) {
	tests := []struct {
		args     []string
		code     int
		contains string
	}{
		{nil, 2, "usage: digest COMMAND"},
		{[]string{"help"}, 2, "serve"},
		{[]string{"nope"}, 2, `unknown command "nope"`},
		{[]string{"build", "-no-such-flag"}, 2, "flag provided but not defined"},
		{[]string{"check", "-content", "/nonexistent/folder"}, 1, "digest check"},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		code := run(tt.args, &out, &errOut)
		assert.Equal(t, tt.code, code, "%v", tt.args)
		assert.Contains(t, out.String()+errOut.String(), tt.contains, "%v", tt.args)
	}
}

func TestUsageListsEveryCommand(t *testing.T) {
	var b bytes.Buffer
	usage(&b)
	for _, name := range []string{"build", "serve", "clean", "events", "check"} {
		assert.Contains(t, b.String(), "  "+name+" ")
	}
}

func TestSummaryLine(t *testing.T) {
	res := site.Result{Articles: 1, Events: 3, Pages: 9, Warnings: []model.Warning{{File: "a", Reason: "b"}},
		Elapsed: 1500 * time.Millisecond}
	assert.Equal(t, "built 1 article, 3 events, 9 pages; 1 warning; 1.50s -> public", summaryLine(res, "public"))
}

func TestProgressOnlyOnATerminal(t *testing.T) {
	assert.Nil(t, terminalProgress(&bytes.Buffer{}), "a buffer is not a terminal")
	f, err := os.Create(filepath.Join(t.TempDir(), "log"))
	require.NoError(t, err)
	defer f.Close()
	assert.Nil(t, terminalProgress(f), "a file is not a terminal")
}

func TestBuildCommandPrintsWarningsAndSummary(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	writeTestFiles(t, content, map[string]string{
		"good.md":   "+++\ntitle = \"Ferry resumes\"\ndate = 2025-03-02\nsource = \"Harbour Times\"\n+++\n\n" + longText(9),
		"empty.txt": "",
	})
	var out, errOut bytes.Buffer
	code := run([]string{"build", "-content", content, "-out", filepath.Join(dir, "public")}, &out, &errOut)
	require.Equal(t, 0, code, errOut.String())
	assert.Contains(t, errOut.String(), "warning: "+filepath.Join(content, "empty.txt"))
	assert.Contains(t, errOut.String(), "built 1 article, 1 event")
	assert.FileExists(t, filepath.Join(dir, "public", "index.html"))

	code = run([]string{"build", "-strict", "-content", content, "-out", filepath.Join(dir, "strict")}, &out, &errOut)
	assert.Equal(t, 1, code, "-strict fails on a warning")
	assert.NoDirExists(t, filepath.Join(dir, "strict"))
}

func writeTestFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	}
}
