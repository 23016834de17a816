package render

import (
	"context"
	"encoding/json"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// axeProbe runs axe-core once the page has loaded and writes its violations
// into the page, where --dump-dom can read them.
const axeProbe = `<script src="%AXE%"></script><script>window.addEventListener("load", function () {
axe.run(document, {resultTypes: ["violations"]}).then(function (r) {
var pre = document.createElement("pre"); pre.id = "axe-result";
pre.textContent = JSON.stringify(r.violations.map(function (v) {
return {id: v.id, impact: v.impact, nodes: v.nodes.map(function (n) { return n.target.join(" ") + ": " + n.failureSummary; })};
}));
document.body.appendChild(pre);});});</script>`

var axeResult = regexp.MustCompile(`(?s)<pre id="axe-result">(.*?)</pre>`)

// TestAxe runs axe-core in headless Chromium over the sample's timeline, event,
// article, month and search pages, in light and dark mode, and requires no
// serious or critical violation. It needs AXE_JS=path/to/axe.min.js (npm
// axe-core) and chromium, and is skipped without them.
func TestAxe(t *testing.T) {
	axeJS := os.Getenv("AXE_JS")
	if axeJS == "" {
		t.Skip("AXE_JS not set")
	}
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("no chromium")
	}
	dir, _ := renderTo(t, sampleSite())
	src, err := os.ReadFile(axeJS)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "axe.min.js"), src, 0o644))
	pages := []string{"index.html", "events/000_c12818764e0f8c6d/index.html", "articles/001_7d9e376d08f24ce1/index.html",
		"2025/07/index.html", "search/index.html", "archive/index.html"}
	for _, page := range pages {
		probe := probePage(t, dir, page)
		for _, scheme := range []string{"light", "dark"} {
			t.Run(page+"/"+scheme, func(t *testing.T) {
				args := []string{"--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
					"--virtual-time-budget=15000", "--dump-dom", "file://" + probe}
				if scheme == "dark" {
					args = append([]string{"--blink-settings=preferredColorScheme=0"}, args...)
				}
				ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
				defer cancel()
				out, err := exec.CommandContext(ctx, chromium, args...).Output()
				require.NoError(t, err)
				m := axeResult.FindSubmatch(out)
				require.NotNil(t, m, "axe did not report")
				var violations []struct {
					ID, Impact string
					Nodes      []string
				}
				require.NoError(t, json.Unmarshal([]byte(html.UnescapeString(string(m[1]))), &violations))
				for _, v := range violations {
					assert.NotContains(t, []string{"serious", "critical"}, v.Impact, "%s: %v", v.ID, v.Nodes)
				}
			})
		}
	}
}

// probePage writes a copy of page with the axe probe before </body>.
func probePage(t *testing.T, dir, page string) string {
	b, err := os.ReadFile(filepath.Join(dir, page))
	require.NoError(t, err)
	probe := strings.Replace(axeProbe, "%AXE%", rootFrom(filepath.ToSlash(filepath.Dir(page)))+"axe.min.js", 1)
	if filepath.Dir(page) == "." {
		probe = strings.Replace(axeProbe, "%AXE%", "axe.min.js", 1)
	}
	out := filepath.Join(dir, strings.TrimSuffix(page, ".html")+".axe.html")
	require.NoError(t, os.WriteFile(out, []byte(strings.Replace(string(b), "</body>", probe+"</body>", 1)), 0o644))
	return out
}
