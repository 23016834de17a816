//go:build !unix

package mapfile

import "os"

// Open reads the file at path: this system is not one Open maps files on.
func Open(path string) (*File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return &File{Data: b}, nil
}
