//go:build unix

package mapfile

import (
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// Map maps the file at path, read-only, for the rest of the process, and
// says what state the file was in when mapped (the caller may trust bytes
// it checked before only while the file is in that state); an empty file
// has no bytes. On Linux every page is mapped at once (see
// mapFlags): when the cache read every byte of its files, to check them,
// one call cost less than a fault for every few pages did (at 100,000
// articles, a rebuild's reading went from about 1.0 to 0.8 s); now that
// sealed files are not checked again, mapping them page by page as they
// are read measured the same (five rebuilds each, within the noise). The
// file must not shrink while mapped (the cache only ever appends to its
// files, or writes new ones and renames them over the old).
func Map(path string) ([]byte, os.FileInfo, error) {
	f, fi, err := open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	size := fi.Size()
	if size == 0 {
		return nil, fi, nil
	}
	if int64(int(size)) != size {
		return nil, nil, fmt.Errorf("%s: too large to map (%d bytes)", path, size)
	}
	b, err := unix.Mmap(int(f.Fd()), 0, int(size), unix.PROT_READ, mapFlags)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, fi, nil
}
