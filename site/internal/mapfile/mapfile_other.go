//go:build !unix

package mapfile

import "os"

// Map reads the file at path (see Read): this system is not one Map maps
// files on.
func Map(path string) ([]byte, os.FileInfo, error) { return Read(path) }
