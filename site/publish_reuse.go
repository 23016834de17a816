package site

import (
	"io"
	"os"
	"path/filepath"

	"github.com/topicdigest/digest/site/cache"
	"github.com/topicdigest/digest/site/render"
)

// pageReuse lets a build take unchanged pages from earlier sites instead of
// rendering them. It keeps, in the cache folder, a manifest of the published
// site (every file with its page key, see render.PageKey) and the site
// before it, the spare, with the spare's manifest. A build renders into the
// spare: pages whose key is unchanged since the spare was built are left as
// they are, pages unchanged since the published site are hard-linked from
// it, and only the rest are rendered; then the spare is swapped in and the
// site it replaced becomes the next spare. So a rebuild costs what changed,
// not the size of the site, and the published folder is still replaced in
// one step. Where there is no spare to trust, the build starts from an empty
// folder, as a build without cache does.
type pageReuse struct {
	names  cacheNames
	out    string            // the published folder, absolute
	keys   map[string]string // path -> key of the published site's files, nil when unknown
	stamp  string            // the published folder's stamp, when keys is set
	held   map[string]string // path -> key of the files of the folder being rendered into
	logged io.Writer
}

// openPageReuse loads the manifest kept for out in content's cache folder. It
// returns nil when caching is off; a missing, stale or unreadable manifest
// reuses nothing (and is reported to log when it cannot be read).
func openPageReuse(content, out string, log io.Writer) *pageReuse {
	dir, _ := cacheFolder(content, nil) // reading the content already reported why there is none
	if dir == "" {
		return nil
	}
	r := &pageReuse{names: newCacheNames(dir, out), out: out, logged: log}
	m, err := readManifest(r.names.pages)
	if err != nil {
		logf(log, "cache: %v (rendering every page)", err)
	}
	if m != nil && m.stamp == folderStamp(out) {
		r.keys, r.stamp = m.keys, m.stamp
	}
	return r
}

// options are the render options that use r; none when r is nil.
func (r *pageReuse) options() render.Options {
	if r == nil {
		return render.Options{}
	}
	return render.Options{Salt: cache.CodeVersion(), Reuse: r}
}

// Kept implements render.Reuser: whether the folder being rendered into (the
// spare) holds path as it was when its key was key.
func (r *pageReuse) Kept(path, key string) bool {
	k, ok := r.held[path]
	return ok && k == key
}

// Previous implements render.Reuser: the published copy of path, when the
// published page had key.
func (r *pageReuse) Previous(path, key string) (string, bool) {
	if k, ok := r.keys[path]; !ok || k != key {
		return "", false
	}
	return filepath.Join(r.out, filepath.FromSlash(path)), true
}

// workDir is the folder the build renders into: the spare, moved beside the
// output folder under a work name so that a killed build's half-updated
// spare is removed as a leftover, or a fresh folder when there is no spare
// to trust (or no cache).
func (r *pageReuse) workDir(p *publisher) (string, error) {
	tmp, err := p.tempDir()
	if err != nil || r == nil {
		return tmp, err
	}
	held := r.trustedSpare()
	if held == nil || os.Remove(tmp) != nil {
		r.dropSpare()
		return tmp, nil
	}
	if err := os.Rename(r.names.spare, tmp); err != nil {
		r.dropSpare()
		if err := os.Mkdir(tmp, 0o755); err != nil {
			return "", err
		}
		return tmp, os.Chmod(tmp, 0o755)
	}
	r.held = held
	return tmp, nil
}

// retire deals with the site that publishing replaced, now at old ("" when
// there was none): it becomes the spare when the manifest described it, and
// is removed otherwise. Then the manifest of the site just published is
// written. Failures to keep a spare or write a manifest only cost the next
// build time, so they are logged, not returned.
func (r *pageReuse) retire(old string, st render.Stats) error {
	if r == nil {
		return os.RemoveAll(old)
	}
	if st.Reused > 0 {
		logf(r.logged, "cache: %d of %d pages unchanged, not rendered", st.Reused, st.Pages)
	}
	r.dropSpare()
	if old != "" && !(r.keys != nil && r.keepSpare(old)) {
		if err := os.RemoveAll(old); err != nil {
			return err
		}
	}
	if err := writeManifest(r.names.pages, r.out, st.Keys); err != nil {
		logf(r.logged, "cache: %v (the next build renders every page)", err)
	}
	return nil
}

// keepSpare moves old, the site the manifest described, into the cache
// folder as the spare, with its manifest. It reports false, having moved
// nothing, when it cannot (the cache folder on another file system).
func (r *pageReuse) keepSpare(old string) bool {
	if err := os.Rename(old, r.names.spare); err != nil {
		return false
	}
	if err := os.Rename(r.names.pages, r.names.spareManifest); err != nil {
		logf(r.logged, "cache: %v (no spare site kept)", err)
		_ = os.Rename(r.names.spare, old)
		return false
	}
	return true
}

// trustedSpare is the spare's files and keys, when the spare is the folder
// its manifest describes, unchanged since it was published; nil otherwise.
func (r *pageReuse) trustedSpare() map[string]string {
	m, err := readManifest(r.names.spareManifest)
	if err != nil || m == nil || m.stamp != folderStamp(r.names.spare) || !unchangedSince(r.names.spare, m) {
		return nil
	}
	return m.keys
}

// dropSpare removes the spare and its manifest, when there are.
func (r *pageReuse) dropSpare() {
	_ = os.Remove(r.names.spareManifest)
	if err := os.RemoveAll(r.names.spare); err != nil {
		logf(r.logged, "cache: %v", err)
	}
}

// cacheNames are the cache files of one output folder.
type cacheNames struct {
	pages         string // manifest of the published site
	spare         string // the site before it, a folder
	spareManifest string // the spare's manifest
}

func newCacheNames(dir, out string) cacheNames {
	id := cache.Key(out)[:16]
	return cacheNames{pages: filepath.Join(dir, "pages-"+id+".txt"), spare: filepath.Join(dir, "spare-"+id),
		spareManifest: filepath.Join(dir, "spare-"+id+".txt")}
}

// prune removes from dir, the spare brought up to date, the files the spare
// held that the new site does not have, and the folders that leaves empty.
func (r *pageReuse) prune(dir string, st render.Stats) error {
	if r == nil || r.held == nil {
		return nil
	}
	still := 0
	for _, k := range st.Keys {
		if _, ok := r.held[k.Path]; ok {
			still++
		}
	}
	if still == len(r.held) {
		return nil
	}
	written := make(map[string]bool, len(st.Keys))
	for _, k := range st.Keys {
		written[k.Path] = true
	}
	for p := range r.held {
		if written[p] {
			continue
		}
		full := filepath.Join(dir, filepath.FromSlash(p))
		if !within(full, dir) || full == dir {
			continue
		}
		if err := os.Remove(full); err != nil && !os.IsNotExist(err) {
			return err
		}
		removeEmptyFolders(dir, filepath.Dir(full))
	}
	return nil
}

// removeEmptyFolders removes sub and its parents up to (not including) root
// while they are empty.
func removeEmptyFolders(root, sub string) {
	for d := sub; d != root && within(d, root); d = filepath.Dir(d) {
		if os.Remove(d) != nil {
			return
		}
	}
}
