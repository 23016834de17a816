package main

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAddCommand(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte("<html><p>The bridge reopened on Thursday.</p></html>"))
	}))
	defer srv.Close()
	content := t.TempDir()

	var out, errb bytes.Buffer
	require.Equal(t, 0, run([]string{"add", "-content", content, srv.URL + "/story"}, &out, &errb), errb.String())
	assert.Regexp(t, `^added .*story-[0-9a-f]{8}\.html \(`+srv.URL+`/story\)\n$`, out.String())
	stored, err := filepath.Glob(filepath.Join(content, "*.html"))
	require.NoError(t, err)
	require.Len(t, stored, 1)
	page, err := os.ReadFile(stored[0])
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(page), `<meta name="digest:url" content="`+srv.URL+`/story">`))

	out.Reset()
	errb.Reset()
	assert.Equal(t, 1, run([]string{"add", "-content", content, srv.URL + "/story"}, &out, &errb))
	assert.Contains(t, errb.String(), "digest add never overwrites")

	assert.Equal(t, 2, run([]string{"add", "-content", content}, &out, &errb), "no page given")
}
