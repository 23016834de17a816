package e2e

import (
	"path/filepath"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/stretchr/testify/require"
)

// buildSample builds the sample digest (content/) into a temporary folder and
// returns that folder and the sample's base_url.
func buildSample(t *testing.T) (string, string) {
	t.Helper()
	content := filepath.Join(repoRoot(t), "content")
	var s struct {
		BaseURL string `toml:"base_url"`
	}
	_, err := toml.DecodeFile(filepath.Join(content, "site.toml"), &s)
	require.NoError(t, err)
	out := filepath.Join(t.TempDir(), "public")
	buildSite(t, content, out)
	return out, s.BaseURL
}

func TestSampleSiteHasNoBrokenLinksOrUnsafeMarkup(t *testing.T) {
	out, base := buildSample(t)
	newSiteChecker(t, out, base).check()
}
