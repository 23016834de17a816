package htmlextract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files")

// testNow is the fixed "now" of the tests, so future-date rules are stable.
var testNow = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

// goldenPage is what a golden file holds: the page and its two renderings.
type goldenPage struct {
	*Page
	Text     string `json:"text"`
	Markdown string `json:"markdown"`
}

func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/*.html")
	require.NoError(t, err)
	require.NotEmpty(t, inputs)
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			src, err := os.ReadFile(in)
			require.NoError(t, err)
			page, err := Extract(string(src), Options{Now: testNow})
			require.NoError(t, err)
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			require.NoError(t, enc.Encode(goldenPage{page, page.Text(), page.Markdown()}))
			got := buf.String()
			golden := strings.TrimSuffix(in, ".html") + ".json"
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test -update to create %s", golden)
			require.Equal(t, string(want), got)
		})
	}
}
