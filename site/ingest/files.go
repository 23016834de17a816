package ingest

import (
	"strings"

	"github.com/topicdigest/digest/site/model"
)

// File is one entry of a content folder, listed with its stat before anything
// is read, so a build that kept what reading each file gave can skip the files
// whose stat has not changed. Walk is List followed by Read of every file.
type File struct {
	Rel  string // slash path under the content folder
	Path string // as walked: the content folder joined with Rel
	Warn string // when set, the entry is only this warning and there is nothing to read
	Stat Stat   // zero when the file could not be stat'ed (reading it then says why)
}

// Stat is what tells a file's version apart without reading it: its size,
// modification and change times to the nanosecond, and the inode and device
// on Linux (zero elsewhere). The change time cannot be set
// back by tools that restore modification times (tar, cp -p, rsync), and the
// inode changes when an editor replaces the file.
type Stat struct {
	Size, ModNanos, ChangeNanos int64
	Inode, Device               uint64
}

// Latest is the later of the modification and change times, in nanoseconds.
func (s Stat) Latest() int64 { return max(s.ModNanos, s.ChangeNanos) }

// List lists the content folder as Walk does, in the same order, with the
// stat of every file to read (through symbolic links, which Walk follows).
func List(dir string) ([]File, error) {
	entries, err := list(dir, true)
	if err != nil {
		return nil, err
	}
	files := make([]File, len(entries))
	for i, e := range entries {
		files[i] = File{Rel: e.rel, Path: e.path, Warn: e.warn, Stat: e.stat}
	}
	return files, nil
}

// Read reads and parses one listed file as Walk would: its documents (ids not
// yet unique across files; see UniqueIDs) and its warnings.
func Read(f File, opts Options) ([]model.Document, []model.Warning) {
	r := readOne(entry{rel: f.Rel, path: f.Path, warn: f.Warn}, opts)
	return r.docs, r.warns
}

// UniqueIDs makes the ids of documents, in document order, unique as Walk
// does across the files it read: a later id that is taken gets "-2", "-3", ...
func UniqueIDs(ids []string) []string { return assignIDs(ids) }

// futureReason is what a date's warning says when the date lies too far after
// the build's clock (checkDate).
const futureReason = "more than a year in the future"

// DependsOnNow reports whether what reading a file gave, with these warnings,
// might differ at a later clock. Reading looks at the clock only to reject
// dates too far in the future, so a file with no such warning reads the same
// at any later time; a file with one may read differently tomorrow.
func DependsOnNow(warns []model.Warning) bool {
	for _, w := range warns {
		if strings.Contains(w.Reason, futureReason) {
			return true
		}
	}
	return false
}
