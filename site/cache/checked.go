package cache

import (
	"encoding/binary"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
)

// A checked file is one whole file of the cache outside its packs (the
// grouping's memory, the events of a grouping), written in one go and ended
// with the CRC-32C of what comes before: a file damaged on disk that still
// decoded would otherwise be taken for what it was.

// ReadChecked is the file at path without the checksum that ends it, if the
// file is there and either the checksum matches or the file is as its seal
// says it was written (see seal.go); mapped, and then read-only, in a process
// that maps the cache's files (see MapFiles).
func ReadChecked(path string) ([]byte, bool) {
	b, fi, err := loadBytes(path)
	if err != nil || len(b) < 4 {
		return nil, false
	}
	body, sum := b[:len(b)-4], binary.LittleEndian.Uint32(b[len(b)-4:])
	return body, sealed(path, fi) || crc32.Checksum(body, crcTable) == sum
}

// WriteChecked replaces the file at path with the parts, back to back, and
// their checksum (see WriteCheckedWith).
func WriteChecked(path string, parts ...[]byte) error {
	return WriteCheckedWith(path, func(w io.Writer) error {
		for _, p := range parts {
			if _, err := w.Write(p); err != nil {
				return err
			}
		}
		return nil
	})
}

// WriteCheckedWith replaces the file at path with what write writes, and its
// checksum, and seals it. It writes a temporary file of its own and renames
// it over the old one, so a build stopped midway leaves the earlier file or
// none, never half of one, and two builds writing at once leave one whole
// file or the other.
func WriteCheckedWith(path string, write func(w io.Writer) error) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp-")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	crc := crc32.New(crcTable)
	err = write(io.MultiWriter(f, crc))
	if err == nil {
		_, err = f.Write(binary.LittleEndian.AppendUint32(nil, crc.Sum32()))
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		return err
	}
	return seal(path)
}
