package ingest

import (
	"io"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/topicdigest/digest/site/internal/par"
)

// entry is one thing found under the content folder: a file to read, or only a
// warning (a skipped file type, a bad link, an unreadable folder).
type entry struct {
	rel  string // slash path under the content folder, through links by the link's name
	path string // as walked: the content folder joined with rel
	warn string // when set, the entry is this warning and nothing is read
	stat Stat   // a file's stat when the walk was asked for it (List), else zero
}

// walker lists the content folder. It follows symbolic links, but only to
// places inside the content folder and only to folders it has not walked yet,
// so a link loop or a link out of the folder is a warning, never an endless or
// escaping walk.
type walker struct {
	root     string          // the content folder as given
	prefix   string          // what joins root to a slash path (joinRoot)
	withStat bool            // stat each file as it is listed
	realRoot string          // the content folder with links resolved
	visited  map[string]bool // real paths of folders walked
	deferred []dirLink       // folder links, followed after every real folder is walked
	entries  []entry
}

// dirLink is a symbolic link to a folder, waiting to be followed.
type dirLink struct {
	rel, real, parentReal string
}

// list walks dir and returns its entries sorted by path, with each file's
// stat when withStat is set.
func list(dir string, withStat bool) ([]entry, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return nil, err
	}
	if err := readable(real); err != nil {
		return nil, err
	}
	w := &walker{root: dir, prefix: rootPrefix(dir), withStat: withStat, realRoot: real, visited: map[string]bool{real: true}}
	w.walkDir("", real)
	w.followDeferred()
	byRel := func(a, b entry) int { return strings.Compare(a.rel, b.rel) }
	if !slices.IsSortedFunc(w.entries, byRel) { // one folder's entries come sorted
		slices.SortStableFunc(w.entries, byRel)
	}
	return w.entries, nil
}

// readable reports why the folder dir cannot be listed, reading one entry of
// it rather than all.
func readable(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	if _, err := f.Readdirnames(1); err != nil && err != io.EOF {
		return err
	}
	return nil
}

// rootPrefix is what joinRoot puts before a path under root: root cleaned,
// with a separator unless it ends in one; nothing for ".".
func rootPrefix(root string) string {
	switch c := filepath.Clean(root); {
	case c == ".":
		return ""
	case strings.HasSuffix(c, string(filepath.Separator)):
		return c
	default:
		return c + string(filepath.Separator)
	}
}

// joinRoot is filepath.Join(root, rel) for a clean, non-empty slash path rel,
// without cleaning the whole path again for each of 100,000 files.
func (w *walker) joinRoot(rel string) string {
	if rel == "" {
		return filepath.Join(w.root)
	}
	return w.prefix + filepath.FromSlash(rel)
}

// add records an entry for rel, a file or a warning.
func (w *walker) add(rel, warn string) {
	w.entries = append(w.entries, entry{rel: rel, path: w.joinRoot(rel), warn: warn})
}

// walkDir lists one folder, known by its path under the content folder and its
// real path.
func (w *walker) walkDir(rel, real string) {
	dir, err := os.Open(real)
	if err != nil {
		w.add(rel, "unreadable folder: "+reasonOf(err))
		return
	}
	defer dir.Close()
	des, err := dir.ReadDir(-1)
	if err != nil {
		w.add(rel, "unreadable folder: "+reasonOf(err))
		return
	}
	slices.SortFunc(des, func(a, b os.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	var toStat []int // entries of this folder's regular files, stat'ed together at the end
	for _, de := range des {
		name := de.Name()
		if isSkippedName(name) || (rel == "" && name == "site.toml") {
			continue
		}
		childRel := name // path.Join(rel, name), for a name that holds no separator and is no dot name
		if rel != "" {
			childRel = rel + "/" + name
		}
		switch mode := de.Type(); {
		case mode&os.ModeSymlink != 0:
			w.link(childRel, filepath.Join(real, name), real)
		case mode.IsDir():
			childReal := filepath.Join(real, name)
			w.visited[childReal] = true
			w.walkDir(childRel, childReal)
		case mode.IsRegular():
			if w.file(childRel) && w.withStat {
				toStat = append(toStat, len(w.entries)-1)
			}
		default:
			w.add(childRel, "skipped: not a regular file ("+modeName(mode)+")")
		}
	}
	w.statAll(dir, toStat)
}

// statAll stats the entries idx, files of the open folder dir, on every
// core: a stat is a system call, and at 100,000 files their cost adds up.
func (w *walker) statAll(dir *os.File, idx []int) {
	par.Chunks(len(idx), func(lo, hi int) {
		for _, i := range idx[lo:hi] {
			w.entries[i].stat = statAt(dir, path.Base(w.entries[i].rel))
		}
	})
}

// file records a regular file, or a warning when its type is not read; it
// reports whether the file is to be read.
func (w *walker) file(rel string) bool {
	if _, ok := formatOf(rel); !ok {
		w.add(rel, unknownTypeReason(rel))
		return false
	}
	w.add(rel, "")
	return true
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
		if w.file(rel) && w.withStat {
			w.entries[len(w.entries)-1].stat = statOf(fi)
		}
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
