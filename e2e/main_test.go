package e2e

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files")

// digestBin is the digest command, built once for all tests.
var digestBin string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "digest-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	digestBin = filepath.Join(dir, "digest")
	build := exec.Command("go", "build", "-o", digestBin, "github.com/topicdigest/digest/cmd/digest")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: building digest:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is what one run of the digest command did.
type result struct {
	stdout, stderr string
	code           int
}

// runDigest runs the digest command in dir with extra environment variables.
func runDigest(t *testing.T, dir string, env []string, args ...string) result {
	t.Helper()
	cmd := exec.Command(digestBin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errOut.String()}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("run digest %v: %v", args, err)
	}
	return r
}

// buildSite builds content into out and fails the test unless the build succeeds.
func buildSite(t *testing.T, content, out string, extra ...string) result {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(out), 0o755))
	r := runDigest(t, filepath.Dir(out), nil, append([]string{"build", "-content", content, "-out", out}, extra...)...)
	require.Equal(t, 0, r.code, "digest build failed:\n%s", r.stderr)
	return r
}

// repoRoot is the project's root folder; go test runs in e2e/.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("..")
	require.NoError(t, err)
	return root
}

// treeHashes maps every entry under dir (files, folders and symlinks, by their
// slash-separated relative path) to a hash of its content or link target.
func treeHashes(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			target, err := os.Readlink(p)
			if err != nil {
				return err
			}
			out[rel] = "symlink:" + target
		case d.IsDir():
			out[rel] = "dir"
		default:
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			sum := sha256.Sum256(b)
			out[rel] = hex.EncodeToString(sum[:])
		}
		return nil
	})
	require.NoError(t, err)
	return out
}

// writeFiles creates files (slash-separated paths under dir) with their contents.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	}
}

// pagesUnder lists the .html files under dir.
func pagesUnder(t *testing.T, dir string) []string {
	t.Helper()
	var pages []string
	require.NoError(t, filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(p) == ".html" {
			pages = append(pages, p)
		}
		return err
	}))
	return pages
}
