package cache

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// leftoverAge is how old a temporary file of the cache (a pack's spill, or
// a pack, checked file or seal written before its rename) must be to count
// as left behind by a build that was killed while saving: no build takes
// that long, so a live build's files are younger and are never taken.
const leftoverAge = time.Hour

// SweepLeftovers removes from dir the temporary files that killed builds
// left behind, once they are leftoverAge old: nothing else would, and the
// spill of a 100,000-article digest's features is 300 MB.
func SweepLeftovers(dir string, now time.Time) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	var errs []error
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !isTemporary(name) {
			continue
		}
		info, err := e.Info()
		if err != nil || now.Sub(info.ModTime()) < leftoverAge {
			continue
		}
		if err := os.Remove(filepath.Join(dir, name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// isTemporary reports whether name is that of a temporary file of the cache:
// a pack's spill, or a file written under a name of its own (see
// os.CreateTemp) before it is renamed into place.
func isTemporary(name string) bool {
	return strings.Contains(name, ".pack.spill-") || strings.Contains(name, ".tmp-")
}
