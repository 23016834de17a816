// Package mapfile gives a file's bytes without reading them into the heap:
// mapped into memory where the system can, read where it cannot. The cache
// packs of 100,000 articles are hundreds of megabytes; reading them cost a
// copy of every byte and a fresh heap page for every 4 KB, and mapping
// them costs a page of the file's own cache only where it is read.
//
// A map is kept for the rest of the process: strings made over its bytes
// without a copy may be held anywhere, so there is no moment at which
// unmapping it would be safe.
package mapfile

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// Read reads the whole file at path into a slice that nothing else holds,
// and says what state the file was in when read (see Map).
func Read(path string) ([]byte, os.FileInfo, error) {
	f, fi, err := open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	b := make([]byte, fi.Size()+1) // one more, so a file grown since ends the read with room left
	n, err := io.ReadFull(f, b)
	switch {
	case err == nil:
		return nil, nil, fmt.Errorf("%s: grew while read", path)
	case !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF):
		return nil, nil, err
	}
	return b[:n], fi, nil
}

// open opens the file at path and says what state it is in.
func open(path string) (*os.File, os.FileInfo, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, fi, nil
}
