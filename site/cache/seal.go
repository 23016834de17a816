package cache

import (
	"os"
	"path/filepath"
	"time"
)

// A seal is the state a file of the cache was in when a build left it whole
// and checked (its device, inode, size, and modification and change times,
// see fileState), kept beside it in NAME.seal. A later build that finds the
// file still in that state knows that no one has written to it since, and
// skips reading every byte to check its checksums: at 100,000 articles the
// packs, the grouping's memory and its events are 650 MB, and not reading
// them took a rebuild after one new article from 4.1 to 3.3 s on the
// virtual machine of the README's figures (first touches of a page are dear
// there). Any write changes the state: an append the size, a rewrite renamed
// over the file the inode, and an edit in place the change time, which no
// program can set back. A file in any other state is checked as before.
// Systems where fileState knows no inode and change time have no seals, and
// every file is checked.
const sealSuffix = ".seal"

// sealMagic opens a seal file; bump it when fileState's format changes.
const sealMagic = "digest-cache-seal 1\n"

// sealed reports whether fi, the state of the file at path as it was
// opened, is the state its seal records.
func sealed(path string, fi os.FileInfo) bool {
	state := fileState(fi)
	if state == "" {
		return false
	}
	b, err := os.ReadFile(path + sealSuffix)
	return err == nil && string(b) == sealMagic+state
}

// seal records the state of the file at path, which the caller has just
// written whole (see writeSeal).
func seal(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	return writeSeal(path, fi)
}

// writeSeal records fi as the state of the file at path, whole and checked,
// or, where the state cannot be known, removes the seal: a seal left from
// an earlier state would not match, but it would be stale clutter. The seal
// is written to a temporary file renamed into place, so a build killed
// midway leaves none or a whole one.
func writeSeal(path string, fi os.FileInfo) error {
	state := fileState(fi)
	if state == "" {
		return unseal(path)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+sealSuffix+".tmp-")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.WriteString(sealMagic + state)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path+sealSuffix)
}

// unseal removes the seal of the file at path, if it has one.
func unseal(path string) error {
	if err := os.Remove(path + sealSuffix); err != nil && !os.IsNotExist(err) {
		return err
	}
	return nil
}

// TouchChecked sets the times of the checked file at path, which this build
// has just read whole, to now, and seals it again: setting the times
// changes the state a seal records, and the file would be checked again
// by the next build for nothing.
func TouchChecked(path string, now time.Time) error {
	if err := os.Chtimes(path, now, now); err != nil {
		return err
	}
	return seal(path)
}

// RemoveChecked removes the checked file at path and its seal.
func RemoveChecked(path string) error {
	if err := os.Remove(path); err != nil && !os.IsNotExist(err) {
		return err
	}
	return unseal(path)
}
