package clean

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/ingest"
	"github.com/topicdigest/digest/site/model"
)

var update = flag.Bool("update", false, "rewrite golden files")

// testNow is the build time the golden files are made at.
var testNow = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// TestSeedsGolden cleans the sample articles as `digest clean` does and compares
// both printed forms (the -json object and the Markdown) with testdata/seeds.
func TestSeedsGolden(t *testing.T) {
	docs, _, err := ingest.Paths("../../content", ingest.Options{})
	require.NoError(t, err)
	arts, warns := CleanAll(docs, Options{Now: testNow})
	require.Empty(t, warns)
	require.Len(t, arts, 3)
	for i := range arts {
		a := &arts[i]
		name := strings.TrimSuffix(filepath.Base(a.File), filepath.Ext(a.File))
		j := a.ToJSON()
		j.File = a.File // the walked path depends on the working directory
		js, err := json.MarshalIndent(j, "", "  ")
		require.NoError(t, err)
		checkGolden(t, filepath.Join("testdata", "seeds", name+".json"), string(js)+"\n")
		checkGolden(t, filepath.Join("testdata", "seeds", name+".md"), ToMarkdown(a))
	}
}

// TestSeedsFacts pins the facts issue 2 states for each seed, so the golden
// files cannot be regenerated into something wrong unnoticed.
func TestSeedsFacts(t *testing.T) {
	docs, _, err := ingest.Paths("../../content", ingest.Options{})
	require.NoError(t, err)
	arts, _ := CleanAll(docs, Options{Now: testNow})
	require.Len(t, arts, 3)
	tests := []struct {
		title, source, agency, date, first, last string
		authors                                  []string
	}{
		{"Kim Jong Un calls for 'actual war' training by combat units", "UPI", "UPI", "2025-07-24",
			"SEOUL, July 24 (UPI) -- North Korean leader", `the Ukrainian crisis," KCNA reported.`, []string{"Thomas Maresca"}},
		{"North Korea's Kim urges troops to prepare 'for real war'", "Japan Today", "AFP", "2025-07-24",
			"North Korean leader Kim Jong Un has urged", "visit by Russian President Vladimir Putin to Pyongyang.", nil},
		{"‘Real War’ threat by N. Korea's Kim marks escalating provocation toward West", "Global Watch", "AFP", "2025-07-29",
			"North Korea is escalating tensions", "deliver nuclear warheads.", nil},
	}
	for i, tt := range tests {
		a := arts[i]
		require.Equal(t, tt.title, a.Title)
		require.Equal(t, tt.source, a.Source)
		require.Equal(t, tt.agency, a.Agency)
		require.Equal(t, tt.authors, a.Authors)
		require.Equal(t, tt.date, model.FormatDate(a.Date, a.HasTime))
		require.True(t, strings.HasPrefix(a.Text, tt.first), a.Text[:80])
		require.True(t, strings.HasSuffix(a.Text, tt.last), a.Text[len(a.Text)-80:])
		require.NotContains(t, a.Text, "Photo by")
		require.NotContains(t, a.Text, "©")
		require.NotContains(t, a.Text, "Login")
	}
	require.Contains(t, arts[2].Markdown, "\n\n## 'Inevitable' confrontation\n\n")
}

func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create the golden file")
	require.Equal(t, string(want), got)
}
