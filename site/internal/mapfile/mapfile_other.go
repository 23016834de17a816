//go:build !unix

package mapfile

import "os"

// Map reads the file at path: this system is not one Map maps files on.
func Map(path string) ([]byte, error) { return os.ReadFile(path) }
