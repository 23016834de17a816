package render

import (
	"errors"
	"io"
	"io/fs"
	"os"
)

// linkOrCopy places the file src at dst: a hard link, which costs no bytes
// and one system call, or a copy where the file system cannot link (another
// device, no link support). Either way dst holds src's bytes. A file already
// at dst is replaced.
func linkOrCopy(src, dst string) error {
	err := os.Link(src, dst)
	if errors.Is(err, fs.ErrExist) && os.Remove(dst) == nil {
		err = os.Link(src, dst)
	}
	if err == nil {
		return nil
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := createFile(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// createFile creates a new file at name. A file already there is removed
// first rather than truncated: it may be a hard link shared with the
// published site, whose bytes must not change under it.
func createFile(name string) (*os.File, error) {
	const flags = os.O_WRONLY | os.O_CREATE | os.O_EXCL
	f, err := os.OpenFile(name, flags, 0o644)
	if errors.Is(err, fs.ErrExist) {
		if err := os.Remove(name); err != nil {
			return nil, err
		}
		f, err = os.OpenFile(name, flags, 0o644)
	}
	return f, err
}
