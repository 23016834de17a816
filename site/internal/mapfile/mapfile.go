// Package mapfile gives a file's bytes without reading them into the heap:
// mapped into memory where the system can, read where it cannot. The cache
// files of 100,000 articles are hundreds of megabytes; reading them cost a
// copy of every byte and a fresh heap page for every 4 KB, and mapping
// them costs a page of the file's own cache only where it is read.
package mapfile

// File is a file's bytes, valid until Close: after it, mapped bytes are
// gone, and reading them (or any string made over them without a copy)
// faults.
type File struct {
	Data  []byte
	unmap func() error
}

// Close releases the bytes.
func (f *File) Close() error {
	if f.unmap == nil {
		return nil
	}
	err := f.unmap()
	f.Data, f.unmap = nil, nil
	return err
}
