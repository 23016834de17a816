package templates

import (
	"errors"
	"io/fs"
	"os"
)

// overlayFS serves a file from the user's templates folder when it has one, and
// from the embedded defaults otherwise, so a user overrides templates one file at a time.
type overlayFS struct {
	user fs.FS
	base fs.FS
}

// Dir is the embedded defaults overlaid by the files of a -templates folder;
// with no folder it is FS itself.
func Dir(dir string) fs.FS {
	if dir == "" {
		return FS
	}
	return Overlay(os.DirFS(dir), FS)
}

// Overlay serves user's files over base, file by file; tests use it to try
// one template without a folder on disk.
func Overlay(user, base fs.FS) fs.FS {
	return overlayFS{user: user, base: base}
}

func (o overlayFS) Open(name string) (fs.File, error) {
	f, err := o.user.Open(name)
	if err == nil {
		return f, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	return o.base.Open(name)
}

// ReadDir lists the union of both folders, so glob-based template loading sees
// files the user added as well as the defaults.
func (o overlayFS) ReadDir(name string) ([]fs.DirEntry, error) {
	seen := map[string]bool{}
	var out []fs.DirEntry
	for _, f := range []fs.FS{o.user, o.base} {
		ents, err := fs.ReadDir(f, name)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		for _, e := range ents {
			if !seen[e.Name()] {
				seen[e.Name()] = true
				out = append(out, e)
			}
		}
	}
	return out, nil
}
