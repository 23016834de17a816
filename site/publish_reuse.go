package site

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/topicdigest/digest/site/cache"
	"github.com/topicdigest/digest/site/render"
)

// manifestMagic opens a page manifest; bump it when the layout changes.
const manifestMagic = "digest-pages 1"

// pageReuse lets a build take unchanged pages from the site it replaces: the
// page manifest in the cache folder lists every page of the published site
// with its key (see render.PageKey), and a page whose key is unchanged is
// hard-linked from the published folder into the new one (copied where links
// fail) instead of rendered. The manifest names the published folder by its
// stamp (see folderStamp), so a site replaced or rebuilt without the cache
// since is never taken for the one the manifest describes.
type pageReuse struct {
	file string            // the manifest
	out  string            // the published folder, absolute
	keys map[string]string // path -> key of the published site's pages
}

// openPageReuse loads the manifest kept for out in content's cache folder. It
// returns nil when caching is off; a missing, stale or unreadable manifest
// reuses nothing (and is reported to log when it cannot be read).
func openPageReuse(content, out string, log io.Writer) *pageReuse {
	dir, err := cache.Dir(content)
	if err != nil || dir == "" || cache.CodeVersion() == "" {
		return nil
	}
	r := &pageReuse{file: filepath.Join(dir, "pages-"+cache.Key(out)[:16]+".txt"), out: out}
	keys, err := readManifest(r.file, folderStamp(out))
	if err != nil {
		logf(log, "cache: %v (rendering every page)", err)
	}
	r.keys = keys
	return r
}

// options are the render options that use r; none when r is nil.
func (r *pageReuse) options() render.Options {
	if r == nil {
		return render.Options{}
	}
	return render.Options{Salt: cache.CodeVersion(), Reuse: r}
}

// Previous implements render.Reuser: the published copy of path, when the
// published page had key.
func (r *pageReuse) Previous(path, key string) (string, bool) {
	if r.keys[path] != key {
		return "", false
	}
	return filepath.Join(r.out, filepath.FromSlash(path)), true
}

// save writes the manifest of the site just published at r.out, so the next
// build can reuse its pages. A manifest that cannot be written only costs
// the next build time, so it is reported to log, not returned.
func (r *pageReuse) save(st render.Stats, log io.Writer) {
	if r == nil {
		return
	}
	if st.Reused > 0 {
		logf(log, "cache: %d of %d pages unchanged, taken from the previous site", st.Reused, st.Pages)
	}
	if err := writeManifest(r.file, folderStamp(r.out), st.Keys); err != nil {
		logf(log, "cache: %v (the next build renders every page)", err)
	}
}

// readManifest reads the manifest at file, or nothing when it describes
// another folder than the one stamped stamp.
func readManifest(file, stamp string) (map[string]string, error) {
	f, err := os.Open(file)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(bufio.NewReaderSize(f, 1<<20))
	if !sc.Scan() || sc.Text() != manifestMagic || !sc.Scan() || sc.Text() != stamp || stamp == "" {
		return nil, sc.Err()
	}
	keys := map[string]string{}
	for sc.Scan() {
		key, path, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			return nil, fmt.Errorf("%s: not a page manifest", file)
		}
		keys[path] = key
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return keys, nil
}

// writeManifest replaces the manifest at file with keys, sorted by path.
func writeManifest(file, stamp string, keys []render.PageKey) error {
	if stamp == "" {
		if err := os.Remove(file); err != nil && !os.IsNotExist(err) {
			return err
		}
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	sorted := append([]render.PageKey(nil), keys...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Path < sorted[j].Path })
	tmp := file + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	fmt.Fprintf(w, "%s\n%s\n", manifestMagic, stamp)
	for _, k := range sorted {
		fmt.Fprintf(w, "%s\t%s\n", k.Key, k.Path)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", tmp, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("%s: %w", tmp, err)
	}
	return os.Rename(tmp, file)
}
