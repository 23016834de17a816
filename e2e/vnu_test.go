package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// vnuMessage is one finding in the Nu HTML Checker's JSON output.
type vnuMessage struct {
	Type     string `json:"type"`
	URL      string `json:"url"`
	LastLine int    `json:"lastLine"`
	Message  string `json:"message"`
	Extract  string `json:"extract"`
}

// validateHTML runs the Nu HTML Checker on every page under dir and returns its
// errors, one line each.
func validateHTML(t *testing.T, dir string) []string {
	t.Helper()
	java, jar := vnu(t)
	cmd := exec.Command(java, "-Xss1024k", "-jar", jar, "--errors-only", "--skip-non-html", "--format", "json", dir)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run() // exits 1 when it finds errors; the JSON says which
	var report struct {
		Messages []vnuMessage `json:"messages"`
	}
	require.NoError(t, json.Unmarshal(stderr.Bytes(), &report), "vnu output is not JSON (run error %v):\n%s", runErr, stderr.String())
	var errs []string
	for _, m := range report.Messages {
		if m.Type == "error" || m.Type == "non-document-error" {
			rel := strings.TrimPrefix(m.URL, "file:"+dir+"/")
			errs = append(errs, fmt.Sprintf("%s:%d: %s [%s]", rel, m.LastLine, m.Message, m.Extract))
		}
	}
	return errs
}

func TestSamplePagesAreValidHTML(t *testing.T) {
	vnu(t)
	out, _ := buildSample(t)
	pages := pagesUnder(t, out)
	require.NotEmpty(t, pages)
	errs := validateHTML(t, out)
	assert.Empty(t, errs, "Nu HTML Checker errors on the sample's %d pages", len(pages))
}

func TestThousandArticleSiteIsValidHTML(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and validates a 1,000-article digest")
	}
	vnu(t)
	dir := t.TempDir()
	content := generatedContent(t, filepath.Join(dir, "gen"), 1000, 11)
	out := filepath.Join(dir, "public")
	buildSite(t, content, out)
	pages := pagesUnder(t, out)
	require.Greater(t, len(pages), 1000)
	errs := validateHTML(t, out)
	if len(errs) > 30 {
		errs = append(errs[:30], fmt.Sprintf("... and %d more", len(errs)-30))
	}
	assert.Empty(t, errs, "Nu HTML Checker errors on the generated digest's %d pages", len(pages))
	newSiteChecker(t, out, "https://example.org/synthetic/").check()
}

func TestHostileSiteIsValidHTML(t *testing.T) {
	vnu(t)
	dir := t.TempDir()
	content := hostileFolder(t, dir)
	out := filepath.Join(dir, "public")
	buildSite(t, content, out)
	assert.Empty(t, validateHTML(t, out), "Nu HTML Checker errors on the site built from hostile input")
}
