package render

import (
	"encoding/json"
	"os"
	"os/exec"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNuHTMLChecker runs the Nu HTML Checker (npm vnu-jar) over every page
// of the sample, a paged site, hostile content and a 1,000-article site, and
// requires no error. It needs Java and VNU_JAR=path/to/vnu.jar, and is
// skipped without them.
func TestNuHTMLChecker(t *testing.T) {
	jar := os.Getenv("VNU_JAR")
	if jar == "" {
		t.Skip("VNU_JAR not set")
	}
	if _, err := exec.LookPath("java"); err != nil {
		t.Skip("no java")
	}
	var dirs []string
	for _, s := range []Site{sampleSite(), manySite(45, 3, 20), hostileSite(), largeSite(1000)} {
		dir, _ := renderTo(t, s)
		dirs = append(dirs, dir)
	}
	args := append([]string{"-jar", jar, "--skip-non-html", "--errors-only", "--format", "json", "--exit-zero-always"}, dirs...)
	out, err := exec.Command("java", args...).CombinedOutput()
	require.NoError(t, err, string(out))
	var report struct {
		Messages []struct {
			Type, URL, Message string
			LastLine           int
		}
	}
	require.NoError(t, json.Unmarshal(out, &report), string(out))
	for _, m := range report.Messages {
		t.Errorf("%s:%d: %s: %s", m.URL, m.LastLine, m.Type, m.Message)
	}
	assert.Empty(t, report.Messages)
}
