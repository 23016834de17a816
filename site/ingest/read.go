package ingest

import (
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
	raw, err = readToEnd(io.LimitReader(f, max+1), fi.Size())
	if err != nil {
		return nil, "unreadable: " + reasonOf(err)
	}
	if n := int64(len(raw)); n > max {
		return nil, tooLarge(n, max)
	}
	return raw, ""
}

// readToEnd reads r to its end into one buffer of room for size bytes and one
// more, so a file that is the size its stat gave is read without growing the
// buffer, as os.ReadFile does. (bytes.Buffer.ReadFrom wants 512 bytes free
// before each read, so it doubled the buffer of nearly every file: 760 MB
// allocated to read 393 MB of 100,000 page dumps.) A file that grew since is
// read on, in a grown buffer.
func readToEnd(r io.Reader, size int64) ([]byte, error) {
	buf := make([]byte, 0, size+1)
	for {
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
	}
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
