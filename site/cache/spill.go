package cache

import (
	"bufio"
	"hash"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
)

// Spill makes every later Put write its value straight to a temporary file
// beside the pack, as the entries of the segment Save adds, instead of
// holding it until Save. It is for packs whose new values are too large to
// hold: the features grouping extracts from 100,000 articles are 300 MB,
// which held in memory through grouping made the collector run most of the
// time. Get does not see a spilled value; the next build does.
func (p *Pack[V]) Spill() {
	p.mu.Lock()
	p.spilling = true
	p.mu.Unlock()
}

// spill is the temporary file of a spilling pack's puts: a segment's payload
// (see packfile.go) with its length and checksum so far.
type spill struct {
	f    *os.File
	w    *bufio.Writer
	crc  hash.Hash32
	n    int64
	puts int
	err  error  // the first write that failed; Save reports it
	buf  []byte // where an entry is laid out, reused
}

// spillPut writes the entry of key and v to the spill file, opening it at
// the first put. Called with p.mu held.
func (p *Pack[V]) spillPut(key string, v V) {
	delete(p.put, key)
	s := &p.spilled
	if s.err != nil {
		return
	}
	if s.f == nil {
		if s.err = os.MkdirAll(filepath.Dir(p.path), 0o755); s.err != nil {
			return
		}
		if s.f, s.err = os.CreateTemp(filepath.Dir(p.path), filepath.Base(p.path)+".spill-"); s.err != nil {
			return
		}
		s.w, s.crc = bufio.NewWriterSize(s.f, 1<<20), crc32.New(crcTable)
	}
	var err error
	if p.scratch, err = p.codec.Append(p.scratch[:0], v); err != nil {
		return // refused: left out, as Save leaves it out
	}
	s.buf = appendString(appendString(s.buf[:0], key), p.scratch)
	s.crc.Write(s.buf)
	s.n += int64(len(s.buf))
	s.puts++
	_, s.err = s.w.Write(s.buf)
}

// payload is the spill file's contents, ready to be copied from the start,
// or the error that made it incomplete.
func (s *spill) payload() (io.Reader, error) {
	if s.err != nil {
		return nil, s.err
	}
	if err := s.w.Flush(); err != nil {
		return nil, err
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return bufio.NewReaderSize(s.f, 1<<20), nil
}

// discard closes and removes the spill file, leaving the pack to spill anew.
func (s *spill) discard() {
	if s.f != nil {
		s.f.Close()
		os.Remove(s.f.Name())
	}
	*s = spill{}
}
