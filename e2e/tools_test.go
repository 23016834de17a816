package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// requireTool skips the test when a tool it needs is missing, or fails it when
// DIGEST_REQUIRE_TOOLS=1 (as in CI), where a missing tool is a broken setup.
func requireTool(t *testing.T, ok bool, what string) {
	t.Helper()
	if ok {
		return
	}
	if os.Getenv("DIGEST_REQUIRE_TOOLS") == "1" {
		t.Fatalf("%s is missing and DIGEST_REQUIRE_TOOLS=1 (see .ci/run for how to install it)", what)
	}
	t.Skipf("skipped: %s is missing (install it as .ci/run does, or set DIGEST_REQUIRE_TOOLS=1 to make this a failure)", what)
}

// nodeModules is where npm installed vnu-jar and axe-core: $DIGEST_NODE_MODULES,
// or node_modules at the project root.
func nodeModules(t *testing.T) string {
	t.Helper()
	if d := os.Getenv("DIGEST_NODE_MODULES"); d != "" {
		return d
	}
	return filepath.Join(repoRoot(t), "node_modules")
}

func fileExists(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && !fi.IsDir()
}

// vnu returns the java command and the Nu HTML Checker's jar.
func vnu(t *testing.T) (java, jar string) {
	t.Helper()
	java, err := exec.LookPath("java")
	requireTool(t, err == nil, "java (Debian package default-jre-headless)")
	jar = filepath.Join(nodeModules(t), "vnu-jar", "build", "dist", "vnu.jar")
	requireTool(t, fileExists(jar), "the Nu HTML Checker "+jar+" (npm install vnu-jar)")
	return java, jar
}

// chromium returns Debian's Chromium, or $DIGEST_CHROMIUM.
func chromium(t *testing.T) string {
	t.Helper()
	for _, p := range []string{os.Getenv("DIGEST_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser"} {
		if p != "" && fileExists(p) {
			return p
		}
	}
	requireTool(t, false, "Chromium /usr/bin/chromium (Debian package chromium)")
	return ""
}

// axeScript returns axe-core's browser bundle.
func axeScript(t *testing.T) []byte {
	t.Helper()
	p := filepath.Join(nodeModules(t), "axe-core", "axe.min.js")
	requireTool(t, fileExists(p), "axe-core "+p+" (npm install axe-core)")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
