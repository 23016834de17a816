package cache

import (
	"bufio"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"sort"
)

// packMagic opens every pack file; bump the number when the layout changes.
const packMagic = "digest-cache-pack 3\n"

// A pack file is packMagic and then segments, one per save: a segment is the
// length of its payload (8 bytes, little-endian), the payload's CRC-32C (4
// bytes) and the payload, its entries one after another, each its key and
// its value's bytes (see Codec), both length-prefixed. An entry of a later
// segment replaces one of the same key before it. The checksum tells a
// segment cut short by a killed build, or damaged, from a whole one: it and
// what follows it are dropped, so no damage is ever read as a value.
const segmentHeader = 8 + 4

// crcTable is the CRC-32C table segments are checked with.
var crcTable = crc32.MakeTable(crc32.Castagnoli)

// errDamaged is what Load reports for a pack whose tail was dropped.
var errDamaged = errors.New("damaged or cut short; its last entries are dropped")

// parsePack hands a pack file's entries to add, in file order, checking each
// segment's checksum unless the file is trusted (sealed, see seal.go). whole
// is false when the file is not a pack of this version or its tail was
// dropped, so appending to it would be wasted.
func parsePack(data string, trusted bool, add func(k, raw string)) (whole bool, err error) {
	if len(data) < len(packMagic) || data[:len(packMagic)] != packMagic {
		return false, errors.New("not a cache pack of this version")
	}
	rest := data[len(packMagic):]
	for rest != "" {
		if len(rest) < segmentHeader {
			return false, errDamaged
		}
		n := binary.LittleEndian.Uint64([]byte(rest[:8]))
		sum := binary.LittleEndian.Uint32([]byte(rest[8:12]))
		rest = rest[segmentHeader:]
		if n > uint64(len(rest)) || (!trusted && crc32.Checksum(readOnly(rest[:n]), crcTable) != sum) {
			return false, errDamaged
		}
		if err := parseEntries(rest[:n], add); err != nil {
			return false, err
		}
		rest = rest[n:]
	}
	return true, nil
}

// parseEntries hands the entries of one whole segment to add.
func parseEntries(payload string, add func(k, raw string)) error {
	r := &reader{s: payload}
	for r.s != "" && r.err == nil {
		k := r.string()
		v := r.string()
		if r.err == nil {
			add(k, v)
		}
	}
	return r.err
}

// appendEntry appends the entry of key k, encoding its value (in p.scratch)
// unless it is a hit kept as read; ok is false for a value the codec refuses.
func (p *Pack[V]) appendEntry(b []byte, k string) (out []byte, ok bool) {
	if i, loaded := p.old.at[k]; loaded && p.old.kept(int(i)) {
		return appendString(appendString(b, k), p.old.raws[i]), true
	}
	var err error
	if p.scratch, err = p.codec.Append(p.scratch[:0], p.put[k]); err != nil {
		return b, false
	}
	return appendString(appendString(b, k), p.scratch), true
}

// appendSegment appends one segment holding the entries keys to the file.
func (p *Pack[V]) appendSegment(keys []string) error {
	var payload []byte
	for _, k := range keys {
		payload, _ = p.appendEntry(payload, k)
	}
	if len(payload) == 0 {
		return nil
	}
	return p.appendAndSeal(func(f *os.File) error {
		_, err := f.Write(append(segmentHead(payload), payload...))
		return err
	})
}

// appendAndSeal appends what write writes to the pack's file and seals the
// file if, until then, it was as this build loaded it: all of it was then
// checked or trusted when loaded, and the rest is what this build wrote.
// Otherwise another build changed it since, and it is left unsealed, to be
// checked by the next build that loads it.
func (p *Pack[V]) appendAndSeal(write func(f *os.File) error) error {
	f, err := os.OpenFile(p.path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return err
	}
	unlock, locked := lockForAppend(f)
	before, err := f.Stat()
	asLoaded := err == nil && locked && p.state != "" && fileState(before) == p.state
	if err == nil {
		err = write(f)
	}
	var after os.FileInfo
	if err == nil && asLoaded {
		after, err = f.Stat()
	}
	unlock()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil || !asLoaded {
		_ = unseal(p.path)
		return err
	}
	return writeSeal(p.path, after)
}

// segmentHead is the header of a segment holding payload.
func segmentHead(payload []byte) []byte {
	return segmentHeadOf(int64(len(payload)), crc32.Checksum(payload, crcTable))
}

// segmentHeadOf is the header of a segment whose payload is n bytes with checksum sum.
func segmentHeadOf(n int64, sum uint32) []byte {
	h := binary.LittleEndian.AppendUint64(nil, uint64(n))
	return binary.LittleEndian.AppendUint32(h, sum)
}

// appendSpill appends one segment holding the spilled entries and then the
// entries keys (put before the pack spilled) to the file.
func (p *Pack[V]) appendSpill(keys []string) error {
	for _, k := range keys {
		p.spillPut(k, p.put[k])
	}
	body, err := p.spilled.payload()
	if err != nil {
		return err
	}
	return p.appendAndSeal(func(f *os.File) error {
		w := bufio.NewWriterSize(f, 1<<20)
		_, err := w.Write(segmentHeadOf(p.spilled.n, p.spilled.crc.Sum32()))
		if err == nil {
			_, err = io.Copy(w, body)
		}
		if err == nil {
			err = w.Flush()
		}
		return err
	})
}

// rewrite writes every live entry, in order of key, as the one segment of a
// temporary file and renames it over the pack. The segment's header is
// filled in at the end, once its length and checksum are known.
func (p *Pack[V]) rewrite() error {
	keys := p.putKeys()
	for i, k := range p.old.keys {
		if p.old.kept(i) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	if err := os.MkdirAll(filepath.Dir(p.path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(p.path), filepath.Base(p.path)+".tmp-")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	crc := crc32.New(crcTable)
	w := bufio.NewWriterSize(tmp, 1<<20)
	body := io.MultiWriter(w, crc)
	_, err = w.WriteString(packMagic + string(make([]byte, segmentHeader)))
	var n int64
	var buf []byte
	for i := 0; i < len(keys) && err == nil; i++ {
		var ok bool
		if buf, ok = p.appendEntry(buf[:0], keys[i]); ok {
			_, err = body.Write(buf)
			n += int64(len(buf))
		}
	}
	if err == nil && p.spilled.puts > 0 {
		var spilled io.Reader
		if spilled, err = p.spilled.payload(); err == nil {
			_, err = io.Copy(body, spilled)
			n += p.spilled.n
		}
	}
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		head := binary.LittleEndian.AppendUint64(nil, uint64(n))
		_, err = tmp.WriteAt(binary.LittleEndian.AppendUint32(head, crc.Sum32()), int64(len(packMagic)))
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), p.path)
	}
	if err != nil {
		return err
	}
	return seal(p.path)
}
