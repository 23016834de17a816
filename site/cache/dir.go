package cache

import (
	"os"
	"path/filepath"
	"strings"
)

// EnvVar names the environment variable that places the cache: a folder to
// keep it in, or "off" to build without one (benchmarks of cold builds do).
const EnvVar = "DIGEST_CACHE"

// DefaultDir is the cache folder, relative to the working directory, when
// EnvVar is unset; it is git-ignored.
const DefaultDir = ".digest-cache"

// Dir is the folder holding the cache for one content folder, or "" when
// caching is off. Each content folder gets its own subfolder (named by a hash of
// its absolute path), so two digests built from one place do not evict each
// other. The cache is never put inside the content folder, which is never
// written: if the default would fall inside it, the user cache folder is used.
func Dir(content string) (string, error) {
	base := os.Getenv(EnvVar)
	if base == "off" {
		return "", nil
	}
	abs, err := filepath.Abs(content)
	if err != nil {
		return "", err
	}
	if base == "" {
		base = DefaultDir
	}
	if base, err = filepath.Abs(base); err != nil {
		return "", err
	}
	if within(base, abs) {
		uc, err := os.UserCacheDir()
		if err != nil {
			return "", err
		}
		base = filepath.Join(uc, "digest")
	}
	return filepath.Join(base, Key(abs)[:16]), nil
}

// within reports whether path is dir or lies under it.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
