package cache

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// leftoverAge is how old a pack's temporary file (a spill, or a rewrite
// before its rename) must be to count as left behind by a build that was
// killed while saving: no build takes that long, so a live build's files
// are younger and are never taken.
const leftoverAge = time.Hour

// SweepLeftovers removes from dir the temporary files of packs that killed
// builds left behind, once they are leftoverAge old: nothing else would,
// and the spill of a 100,000-article digest's features is 300 MB.
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
		if e.IsDir() || !(strings.Contains(name, ".pack.spill-") || strings.Contains(name, ".pack.tmp-")) {
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
