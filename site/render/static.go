package render

import (
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// staticFiles lists the assets to copy from the template folder: every
// regular top-level file that is not a template (*.html) or hidden, so a
// user's -templates folder can add images or scripts as well as restyle.
func staticFiles(tpl fs.FS) ([]string, error) {
	ents, err := fs.ReadDir(tpl, ".")
	if err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	var names []string
	for _, e := range ents {
		n := e.Name()
		if e.IsDir() || strings.HasPrefix(n, ".") || path.Ext(n) == ".html" || path.Ext(n) == ".go" {
			continue
		}
		names = append(names, n)
	}
	sort.Strings(names)
	return names, nil
}

// copyStatic writes the template folder's file name to w.
func copyStatic(w io.Writer, tpl fs.FS, name string) error {
	f, err := tpl.Open(name)
	if err != nil {
		return fmt.Errorf("template %s: %w", name, err)
	}
	defer f.Close()
	if _, err := io.Copy(w, f); err != nil {
		return fmt.Errorf("template %s: %w", name, err)
	}
	return nil
}
