package ingest

import (
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// entry is one thing found under the content folder: a file to read, or only a
// warning (a skipped file type, a bad link, an unreadable folder).
type entry struct {
	rel  string // slash path under the content folder, through links by the link's name
	path string // as walked: the content folder joined with rel
	warn string // when set, the entry is this warning and nothing is read
}

// walker lists the content folder. It follows symbolic links, but only to
// places inside the content folder and only to folders it has not walked yet,
// so a link loop or a link out of the folder is a warning, never an endless or
// escaping walk.
type walker struct {
	root     string          // the content folder as given
	realRoot string          // the content folder with links resolved
	visited  map[string]bool // real paths of folders walked
	deferred []dirLink       // folder links, followed after every real folder is walked
	entries  []entry
}

// dirLink is a symbolic link to a folder, waiting to be followed.
type dirLink struct {
	rel, real, parentReal string
}

// list walks dir and returns its entries sorted by path.
func list(dir string) ([]entry, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return nil, err
	}
	if _, err := os.ReadDir(real); err != nil {
		return nil, err
	}
	w := &walker{root: dir, realRoot: real, visited: map[string]bool{real: true}}
	w.walkDir("", real)
	w.followDeferred()
	sort.SliceStable(w.entries, func(i, j int) bool { return w.entries[i].rel < w.entries[j].rel })
	return w.entries, nil
}

// add records an entry for rel, a file or a warning.
func (w *walker) add(rel, warn string) {
	w.entries = append(w.entries, entry{rel: rel, path: filepath.Join(w.root, filepath.FromSlash(rel)), warn: warn})
}

// walkDir lists one folder, known by its path under the content folder and its
// real path.
func (w *walker) walkDir(rel, real string) {
	des, err := os.ReadDir(real)
	if err != nil {
		w.add(rel, "unreadable folder: "+reasonOf(err))
		return
	}
	for _, de := range des {
		name := de.Name()
		if isSkippedName(name) || (rel == "" && name == "site.toml") {
			continue
		}
		childRel, childReal := path.Join(rel, name), filepath.Join(real, name)
		switch mode := de.Type(); {
		case mode&os.ModeSymlink != 0:
			w.link(childRel, childReal, real)
		case mode.IsDir():
			w.visited[childReal] = true
			w.walkDir(childRel, childReal)
		case mode.IsRegular():
			w.file(childRel)
		default:
			w.add(childRel, "skipped: not a regular file ("+modeName(mode)+")")
		}
	}
}

// file records a regular file, or a warning when its type is not read.
func (w *walker) file(rel string) {
	if _, ok := formatOf(rel); !ok {
		w.add(rel, unknownTypeReason(rel))
		return
	}
	w.add(rel, "")
}

// link resolves a symbolic link and records what it leads to.
func (w *walker) link(rel, linkPath, parentReal string) {
	target, err := filepath.EvalSymlinks(linkPath)
	if err != nil {
		if strings.Contains(err.Error(), "too many links") {
			w.add(rel, "skipped: symlink loop")
		} else {
			w.add(rel, "skipped: broken symlink: "+reasonOf(err))
		}
		return
	}
	if !within(w.realRoot, target) {
		w.add(rel, "skipped: symlink points outside the content folder")
		return
	}
	fi, err := os.Stat(target)
	if err != nil {
		w.add(rel, "skipped: broken symlink: "+reasonOf(err))
		return
	}
	switch {
	case fi.IsDir():
		w.deferred = append(w.deferred, dirLink{rel: rel, real: target, parentReal: parentReal})
	case fi.Mode().IsRegular():
		w.file(rel)
	default:
		w.add(rel, "skipped: symlink to something not a regular file ("+modeName(fi.Mode())+")")
	}
}

// followDeferred walks the folders links lead to, once each: a link to a folder
// that contains it is a loop, a link to a folder walked already is a repeat.
func (w *walker) followDeferred() {
	for len(w.deferred) > 0 {
		batch := w.deferred
		w.deferred = nil
		sort.Slice(batch, func(i, j int) bool { return batch[i].rel < batch[j].rel })
		for _, l := range batch {
			switch {
			case within(l.real, l.parentReal):
				w.add(l.rel, "skipped: symlink loop (links to a folder that contains it)")
			case w.visited[l.real]:
				w.add(l.rel, "skipped: symlink to a folder already read as "+w.relOf(l.real))
			default:
				w.visited[l.real] = true
				w.walkDir(l.rel, l.real)
			}
		}
	}
}

// relOf names a real path under the content folder for messages.
func (w *walker) relOf(real string) string {
	r, err := filepath.Rel(w.realRoot, real)
	if err != nil || r == "." {
		return "the content folder"
	}
	return filepath.ToSlash(r)
}

// within reports whether p is dir or lies under it (both real, absolute paths).
func within(dir, p string) bool {
	r, err := filepath.Rel(dir, p)
	return err == nil && r != ".." && !strings.HasPrefix(r, "../") && !filepath.IsAbs(r)
}

// modeName names a special file type.
func modeName(m os.FileMode) string {
	switch {
	case m&os.ModeNamedPipe != 0:
		return "named pipe"
	case m&os.ModeSocket != 0:
		return "socket"
	case m&os.ModeDevice != 0:
		return "device"
	}
	return m.Type().String()
}
