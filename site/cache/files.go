package cache

import (
	"encoding/binary"
	"time"

	"github.com/topicdigest/digest/site/ingest"
	"github.com/topicdigest/digest/site/model"
)

// FileEntry is what reading one content file gave, kept under the file's path
// with the stat it had, so a later build can take it without opening the file.
type FileEntry struct {
	Stat ingest.Stat
	// Now is the build clock it was read at (Unix nanoseconds): reading depends
	// on the clock only through dates too far in the future, so what was read
	// holds at any later clock (see Trusted) but not at an earlier one.
	Now int64
	// Trusted says a later build may take the entry unread: the file had not
	// changed within the racy window before it was read (a rewrite in the same
	// timestamp tick could otherwise go unseen) and reading it did not depend
	// on the clock.
	Trusted  bool
	Warnings []model.Warning
	Docs     []DocEntry
}

// DocEntry is one document of a file, as much of it as a build needs to key
// and group its cleaning without its text. Its path is its file's.
type DocEntry struct {
	ID        string // as the file gives it, before ids are made unique across files
	Hash      string
	Format    model.Format
	FetchedAt time.Time // Meta.FetchedAt, which decides how much of the clock cleaning depends on
	Digest    string    // a Key of everything of the document cleaning reads but its id, template and clock
	Source    string    // clean.SourceOf: the pages it shares template lines with
	Lines     Words     // clean.PageLineIDs

	// Key is the cleaned article's timeless key (the one that leaves the
	// clock out) the last build worked out, from this entry and from what
	// other files decide: the fingerprint of the source's pages (KeySource)
	// and the document's unique id (KeyID). While those are the same, so is
	// the key, and a build takes it without working it out again.
	Key, KeySource, KeyID string
}

// Words is a list of 64-bit words stored as 8 little-endian bytes each, so a
// loaded entry holds them as part of the pack and decodes them only if asked.
type Words string

// MakeWords stores ws.
func MakeWords[W ~uint64](ws []W) Words {
	b := make([]byte, 0, 8*len(ws))
	for _, w := range ws {
		b = binary.LittleEndian.AppendUint64(b, uint64(w))
	}
	return Words(b)
}

// Len is the number of words.
func (w Words) Len() int { return len(w) / 8 }

// At is word i.
func (w Words) At(i int) uint64 {
	b := w[8*i : 8*i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// Files is the codec of FileEntry.
type Files struct{}

// Append writes e. It fails only for a fetch time time.Time cannot write.
func (Files) Append(b []byte, e FileEntry) ([]byte, error) {
	s := e.Stat
	for _, v := range []int64{s.Size, s.ModNanos, s.ChangeNanos, int64(s.Inode), int64(s.Device), e.Now} {
		b = binary.AppendVarint(b, v)
	}
	b = appendBool(b, e.Trusted)
	b = binary.AppendUvarint(b, uint64(len(e.Warnings)))
	for _, w := range e.Warnings {
		b = appendString(appendString(b, w.File), w.Reason)
	}
	b = binary.AppendUvarint(b, uint64(len(e.Docs)))
	for _, d := range e.Docs {
		fetched, err := d.FetchedAt.MarshalBinary()
		if err != nil {
			return b, err
		}
		for _, f := range []string{d.ID, d.Hash, string(d.Format), string(fetched), d.Digest, d.Source, string(d.Lines),
			d.Key, d.KeySource, d.KeyID} {
			b = appendString(b, f)
		}
	}
	return b, nil
}

// Decode reads what Append wrote; strings are substrings of s.
func (Files) Decode(s string) (FileEntry, error) {
	r := &reader{s: s}
	var e FileEntry
	var inode, device int64
	for _, f := range []*int64{&e.Stat.Size, &e.Stat.ModNanos, &e.Stat.ChangeNanos, &inode, &device, &e.Now} {
		*f = r.varint()
	}
	e.Stat.Inode, e.Stat.Device = uint64(inode), uint64(device)
	e.Trusted = r.byte() == 1
	if n := r.count(); n > 0 {
		e.Warnings = make([]model.Warning, n)
		for i := range e.Warnings {
			e.Warnings[i] = model.Warning{File: r.string(), Reason: r.string()}
		}
	}
	if n := r.count(); n > 0 {
		e.Docs = make([]DocEntry, n)
		for i := range e.Docs {
			if err := decodeDoc(r, &e.Docs[i]); err != nil {
				return FileEntry{}, err
			}
		}
	}
	if err := r.end(); err != nil {
		return FileEntry{}, err
	}
	return e, nil
}

// decodeDoc reads one DocEntry.
func decodeDoc(r *reader, d *DocEntry) error {
	var format, fetched, lines string
	for _, f := range []*string{&d.ID, &d.Hash, &format, &fetched, &d.Digest, &d.Source, &lines,
		&d.Key, &d.KeySource, &d.KeyID} {
		*f = r.string()
	}
	if r.err != nil {
		return r.err
	}
	if len(lines)%8 != 0 {
		return errCorrupt
	}
	d.Format, d.Lines = model.Format(format), Words(lines)
	return d.FetchedAt.UnmarshalBinary([]byte(fetched))
}

// SourceEntry is what a build learnt of one source's template: the hashes of
// its template lines (clean.TemplateHashes), for the set of pages named by
// Fingerprint.
type SourceEntry struct {
	Fingerprint string
	Template    Words
}

// Sources is the codec of SourceEntry.
type Sources struct{}

// Append writes e.
func (Sources) Append(b []byte, e SourceEntry) ([]byte, error) {
	return appendString(appendString(b, e.Fingerprint), string(e.Template)), nil
}

// Decode reads what Append wrote.
func (Sources) Decode(s string) (SourceEntry, error) {
	r := &reader{s: s}
	e := SourceEntry{Fingerprint: r.string(), Template: Words(r.string())}
	if err := r.end(); err != nil || len(e.Template)%8 != 0 {
		return SourceEntry{}, errCorrupt
	}
	return e, nil
}

// Strings is the codec of plain strings (a cleaning's failure, say).
type Strings struct{}

// Append writes s.
func (Strings) Append(b []byte, s string) ([]byte, error) { return append(b, s...), nil }

// Decode reads what Append wrote.
func (Strings) Decode(s string) (string, error) { return s, nil }
