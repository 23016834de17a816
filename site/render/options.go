package render

import (
	"encoding/hex"
	"fmt"
	"io/fs"
	"sort"
)

// Options are what a build adds to a render to make it incremental.
type Options struct {
	// Salt is joined to every page key: what decides a page's bytes besides
	// its views and the templates, which render hashes itself. The build
	// passes the program's version. With no Salt, pages get no keys and
	// nothing is reused.
	Salt string
	// Reuse is offered every page with a key before it is rendered.
	Reuse Reuser
}

// Reuser knows the pages earlier builds wrote.
type Reuser interface {
	// Kept reports whether the folder being rendered into already holds
	// the page at path as a build wrote it when its key was key (the
	// folder is an earlier site, brought up to date); render leaves it be.
	Kept(path, key string) bool
	// Previous is the file holding the page at path as an earlier build
	// wrote it, if that page's key was key. Render links it into the new
	// site (or copies it where links fail) instead of rendering the page;
	// a file it cannot place is rendered after all.
	Previous(path, key string) (file string, ok bool)
}

// PageKey is a file's path under the site root and, for a page, its key: a
// hash of everything its template could see (see keyReach), the templates
// and the Salt. Files other than pages (feeds, data, assets) have no key.
type PageKey struct{ Path, Key string }

// templatesSalt joins salt with a hash of every template file, names and
// bytes, so editing any template changes every page's key.
func templatesSalt(tpl fs.FS, salt string) (string, error) {
	names, err := fs.Glob(tpl, "*.html")
	if err != nil {
		return "", fmt.Errorf("templates: %w", err)
	}
	sort.Strings(names)
	k := newKeyWriter()
	k.string(salt)
	for _, name := range names {
		b, err := fs.ReadFile(tpl, name)
		if err != nil {
			return "", fmt.Errorf("template %s: %w", name, err)
		}
		k.string(name)
		k.string(string(b))
	}
	sum := k.sum()
	return hex.EncodeToString(sum[:]), nil
}
