package render

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/topicdigest/digest/templates"
)

// TestExportSites writes the sample, many and hostile sites to
// $RENDER_EXPORT_DIR for external checkers (the Nu HTML Checker, axe-core);
// it is skipped unless that variable is set.
func TestExportSites(t *testing.T) {
	out := os.Getenv("RENDER_EXPORT_DIR")
	if out == "" {
		t.Skip("RENDER_EXPORT_DIR not set")
	}
	for name, s := range map[string]Site{"sample": sampleSite(), "many": manySite(45, 3, 20), "hostile": hostileSite(), "large": largeSite(1000)} {
		dir := out + "/" + name
		require.NoError(t, os.RemoveAll(dir))
		require.NoError(t, os.MkdirAll(dir, 0o755))
		_, err := Render(dir, s, templates.FS)
		require.NoError(t, err)
	}
}
