package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// readLimited reads a regular file of at most max bytes. It checks the size
// before reading, and reads through a limit in case the file grows, so a huge
// file is rejected without being loaded. reason is set when the file is not read.
func readLimited(name string, max int64) (raw []byte, reason string) {
	f, err := os.Open(name)
	if err != nil {
		return nil, "unreadable: " + reasonOf(err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, "unreadable: " + reasonOf(err)
	}
	if !fi.Mode().IsRegular() {
		return nil, "skipped: not a regular file (" + modeName(fi.Mode()) + ")"
	}
	if fi.Size() > max {
		return nil, tooLarge(fi.Size(), max)
	}
	var buf bytes.Buffer
	buf.Grow(int(fi.Size()) + 1)
	n, err := buf.ReadFrom(io.LimitReader(f, max+1))
	if err != nil {
		return nil, "unreadable: " + reasonOf(err)
	}
	if n > max {
		return nil, tooLarge(n, max)
	}
	return buf.Bytes(), ""
}

// tooLarge is the warning for a file over the size limit.
func tooLarge(size, max int64) string {
	return fmt.Sprintf("too large: %d bytes, over the %d byte limit", size, max)
}

// reasonOf is an error without the file name that the warning already carries.
func reasonOf(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
