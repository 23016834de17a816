package site

import (
	"bufio"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/topicdigest/digest/site/render"
)

// manifestMagic opens a page manifest; bump it when the layout changes.
const manifestMagic = "digest-pages 2"

// manifest describes one built site folder: the folder's stamp (see
// folderStamp) and change time (see changeTime) as it was published, and
// every file in it with its page key ("" for files that are not pages).
type manifest struct {
	stamp   string
	changed int64
	keys    map[string]string // path -> key
}

// readManifest reads the manifest at file: nil when there is none or it has
// another layout.
func readManifest(file string) (*manifest, error) {
	b, err := os.ReadFile(file)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	text := string(b)
	head := strings.SplitN(text, "\n", 4)
	if len(head) < 4 || head[0] != manifestMagic || head[1] == "" {
		return nil, nil
	}
	changed, err := strconv.ParseInt(head[2], 10, 64)
	if err != nil {
		return nil, fmt.Errorf("%s: not a page manifest", file)
	}
	m := &manifest{stamp: head[1], changed: changed, keys: make(map[string]string, strings.Count(head[3], "\n"))}
	for line := range strings.Lines(head[3]) {
		key, p, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if !ok {
			return nil, fmt.Errorf("%s: not a page manifest", file)
		}
		m.keys[p] = key
	}
	return m, nil
}

// writeManifest replaces the manifest at file with one for the folder dir,
// as it is now, holding the files keys lists; with no stamp for dir, it only
// removes the manifest.
func writeManifest(file, dir string, keys []render.PageKey) error {
	stamp := folderStamp(dir)
	changed, ok := changeTime(dir)
	if stamp == "" || !ok {
		if err := os.Remove(file); err != nil && !os.IsNotExist(err) {
			return err
		}
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	tmp := file + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	fmt.Fprintf(w, "%s\n%s\n%d\n", manifestMagic, stamp, changed)
	for _, k := range keys {
		w.WriteString(k.Key)
		w.WriteByte('\t')
		w.WriteString(k.Path)
		w.WriteByte('\n')
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

// unchangedSince reports whether no folder holding folders under dir, among
// those the files of m lie in, changed after m's folder was published: no
// page folder was added, removed or replaced in them since. (The folders of
// single pages are not checked: that would cost a system call per page.)
func unchangedSince(dir string, m *manifest) bool {
	seen := map[string]bool{}
	for p := range m.keys {
		for d := path.Dir(path.Dir(p)); d != "." && d != "/" && !seen[d]; d = path.Dir(d) {
			seen[d] = true
			t, ok := changeTime(filepath.Join(dir, filepath.FromSlash(d)))
			if !ok || t > m.changed {
				return false
			}
		}
	}
	return true
}
