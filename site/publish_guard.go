package site

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// siteMarkers are files every build writes; a folder holding one of them is a
// site this program made and may replace.
var siteMarkers = []string{"events.json", "index.html"}

// checkOut refuses output folders whose replacement would destroy something
// else: the content, the working directory or one of its parents, or a folder
// of other files. Publishing swaps the whole output folder, so a mistyped -out
// must fail before anything is written.
func checkOut(out, content string) error {
	out, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	if content != "" {
		c, err := filepath.Abs(content)
		if err != nil {
			return err
		}
		if within(c, out) || within(out, c) {
			return fmt.Errorf("%s: refusing to publish there: it overlaps the content folder %s", out, c)
		}
	}
	if wd, err := os.Getwd(); err == nil && within(wd, out) {
		return fmt.Errorf("%s: refusing to publish there: it is the working directory or holds it", out)
	}
	if filepath.Dir(out) == out {
		return fmt.Errorf("%s: refusing to publish to a file system root", out)
	}
	return checkReplaceable(out)
}

// checkReplaceable accepts a missing or empty folder, or one a build made.
func checkReplaceable(out string) error {
	ents, err := os.ReadDir(out)
	if errors.Is(err, fs.ErrNotExist) || (err == nil && len(ents) == 0) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("%s: %w", out, err)
	}
	for _, m := range siteMarkers {
		if _, err := os.Stat(filepath.Join(out, m)); err == nil {
			return nil
		}
	}
	return fmt.Errorf("%s: refusing to replace a folder that does not hold a built site (no %s); remove it or choose another -out",
		out, siteMarkers[0])
}

// within reports whether path is dir or lies under it.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !filepath.IsAbs(rel) && !startsWithDotDot(rel)
}

func startsWithDotDot(rel string) bool {
	return len(rel) >= 3 && rel[:2] == ".." && rel[2] == filepath.Separator
}
