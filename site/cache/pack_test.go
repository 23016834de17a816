package cache

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

func TestPackRoundTripKeepsOnlyUsedEntries(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "articles.pack")
	p, err := Load[model.Article](path, Articles{})
	require.NoError(t, err)
	when := time.Date(2025, 7, 24, 5, 34, 0, 0, time.UTC)
	p.Put("a", model.Article{ID: "a", Title: "A", Date: when, Authors: []string{"X"}})
	p.Put("b", model.Article{ID: "b", Title: "B"})
	require.NoError(t, p.Save())

	p, err = Load[model.Article](path, Articles{})
	require.NoError(t, err)
	a, ok := p.Get("a")
	require.True(t, ok)
	assert.Equal(t, "A", a.Title)
	assert.True(t, when.Equal(a.Date))
	assert.Equal(t, []string{"X"}, a.Authors)
	assert.Equal(t, 1, p.Hits())
	_, ok = p.Get("missing")
	assert.False(t, ok)
	require.NoError(t, p.Save())

	p, err = Load[model.Article](path, Articles{})
	require.NoError(t, err)
	_, ok = p.Get("b")
	assert.False(t, ok, "an entry no build used is dropped")
	_, ok = p.Get("a")
	assert.True(t, ok)
}

func TestPackSaveSkipsUnchanged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.pack")
	p, _ := Load[string](path, Strings{})
	p.Put("k", "v")
	require.NoError(t, p.Save())
	old := time.Now().Add(-time.Hour)
	require.NoError(t, os.Chtimes(path, old, old))

	p, _ = Load[string](path, Strings{})
	_, ok := p.Get("k")
	require.True(t, ok)
	assert.False(t, p.Changed())
	require.NoError(t, p.Save())
	fi, err := os.Stat(path)
	require.NoError(t, err)
	assert.True(t, fi.ModTime().Equal(old), "an unchanged pack is not rewritten")
}

func TestPackCorruptIsEmpty(t *testing.T) {
	for name, body := range map[string]string{
		"foreign": "not a pack at all",
		"short":   "dig",
		"torn":    packMagic + "\x07garbage",
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "p.pack")
			require.NoError(t, os.WriteFile(path, []byte(body), 0o644))
			p, err := Load[string](path, Strings{})
			assert.Error(t, err)
			require.NotNil(t, p)
			_, ok := p.Get("k")
			assert.False(t, ok)
			p.Put("k", "v")
			require.NoError(t, p.Save(), "a corrupt pack is replaced")
		})
	}
}

func TestKeySeparatesParts(t *testing.T) {
	assert.NotEqual(t, Key("ab", "c"), Key("a", "bc"))
	assert.Equal(t, Key("a", "b"), Key("a", "b"))
	assert.Len(t, Key(), 64)
}

func TestCodeVersionIsStable(t *testing.T) {
	v := CodeVersion()
	assert.Len(t, v, 64)
	assert.Equal(t, v, CodeVersion())
}

func TestDir(t *testing.T) {
	tmp := t.TempDir()
	content := filepath.Join(tmp, "content")
	t.Chdir(tmp)
	tests := []struct {
		name, env string
		want      func(string) bool
	}{
		{"off", "off", func(d string) bool { return d == "" }},
		{"env folder", filepath.Join(tmp, "c"), func(d string) bool { return filepath.Dir(d) == filepath.Join(tmp, "c") }},
		{"default beside", "", func(d string) bool { return filepath.Dir(d) == filepath.Join(tmp, DefaultDir) }},
		{"never inside content", filepath.Join(content, "x"), func(d string) bool { return !within(d, content) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv(EnvVar, tc.env)
			d, err := Dir(content)
			require.NoError(t, err)
			assert.True(t, tc.want(d), "got %q", d)
		})
	}
	t.Setenv(EnvVar, "")
	a, _ := Dir(content)
	b, _ := Dir(filepath.Join(tmp, "other"))
	assert.NotEqual(t, a, b, "each content folder has its own cache")
}

// pickyCodec refuses the value "bad", like a date the article codec cannot write.
type pickyCodec struct{ Strings }

func (pickyCodec) Append(b []byte, s string) ([]byte, error) {
	if s == "bad" {
		return b, errors.New("refused")
	}
	return append(b, s...), nil
}

func TestPackLeavesOutRefusedValues(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.pack")
	p, _ := Load[string](path, pickyCodec{})
	p.Put("a", "good")
	p.Put("b", "bad")
	require.NoError(t, p.Save())
	p, err := Load[string](path, pickyCodec{})
	require.NoError(t, err)
	v, ok := p.Get("a")
	assert.True(t, ok)
	assert.Equal(t, "good", v)
	_, ok = p.Get("b")
	assert.False(t, ok)
}

func TestPackKeepsReadEntriesThroughASave(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.pack")
	p, _ := Load[model.Article](path, Articles{})
	for _, id := range []string{"a", "b", "c"} {
		p.Put(id, model.Article{ID: id, Text: "text of " + id, Markdown: "text of " + id})
	}
	require.NoError(t, p.Save())
	before, err := os.ReadFile(path)
	require.NoError(t, err)

	p, _ = Load[model.Article](path, Articles{})
	for _, id := range []string{"a", "b", "c"} {
		a, ok := p.Get(id)
		require.True(t, ok)
		assert.Equal(t, "text of "+id, a.Markdown)
	}
	p.Put("d", model.Article{ID: "d"})
	require.NoError(t, p.Save())
	p, _ = Load[model.Article](path, Articles{})
	for _, id := range []string{"a", "b", "c", "d"} {
		_, ok := p.Get(id)
		assert.True(t, ok, id)
	}
	p.Put("d", model.Article{ID: "d"}) // a put over a hit is written anew
	require.NoError(t, p.Save())
	after, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Contains(t, string(after), string(before[len(packMagic):]), "entries read back are saved unchanged")
}

func TestPackUndecodableEntryIsAMiss(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.pack")
	require.NoError(t, os.WriteFile(path, packFile(segment("k", "not an article")), 0o644))
	p, err := Load[model.Article](path, Articles{})
	require.NoError(t, err, "the pack's layout is sound")
	_, ok := p.Get("k")
	assert.False(t, ok)
}

// segment is a pack segment holding the entries of kv (key, value, ...).
func segment(kv ...string) []byte {
	var payload []byte
	for i := 0; i+1 < len(kv); i += 2 {
		payload = appendString(appendString(payload, kv[i]), kv[i+1])
	}
	return append(segmentHead(payload), payload...)
}

// packFile is a pack file made of segments.
func packFile(segments ...[]byte) []byte {
	b := []byte(packMagic)
	for _, s := range segments {
		b = append(b, s...)
	}
	return b
}

// TestPackFileLayout: later segments replace entries of earlier ones, and a
// segment cut short or damaged is dropped with all after it, keeping what
// came before.
func TestPackFileLayout(t *testing.T) {
	first, second := segment("a", "1", "b", "2"), segment("b", "3", "c", "4")
	damaged := append([]byte(nil), second...)
	damaged[len(damaged)-1] ^= 1
	tests := []struct {
		name    string
		file    []byte
		want    map[string]string
		damaged bool
	}{
		{"one segment", packFile(first), map[string]string{"a": "1", "b": "2"}, false},
		{"a later segment wins", packFile(first, second), map[string]string{"a": "1", "b": "3", "c": "4"}, false},
		{"cut short", packFile(first, second[:len(second)-2]), map[string]string{"a": "1", "b": "2"}, true},
		{"cut in the header", packFile(first, second[:5]), map[string]string{"a": "1", "b": "2"}, true},
		{"checksum wrong", packFile(first, damaged, segment("d", "5")), map[string]string{"a": "1", "b": "2"}, true},
		{"no segments", packFile(), map[string]string{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "p.pack")
			require.NoError(t, os.WriteFile(path, tc.file, 0o644))
			p, err := Load[string](path, Strings{})
			if tc.damaged {
				assert.ErrorIs(t, err, errDamaged)
			} else {
				assert.NoError(t, err)
			}
			got := map[string]string{}
			for _, k := range p.Keys() {
				got[k], _ = p.Get(k)
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestPackSaveAppendsThenCompacts: a save that adds an entry to a pack whose
// entries were used appends one small segment; once most of the file is
// entries no build used, a save writes the used ones afresh.
func TestPackSaveAppendsThenCompacts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.pack")
	big := strings.Repeat("x", 1000)
	p, _ := Load[string](path, Strings{})
	for _, k := range []string{"a", "b", "c", "d"} {
		p.Put(k, big)
	}
	require.NoError(t, p.Save())
	size := fileSize(t, path)

	p, _ = Load[string](path, Strings{})
	for _, k := range []string{"a", "b", "c", "d"} {
		_, ok := p.Get(k)
		require.True(t, ok)
	}
	p.Put("e", "new")
	require.NoError(t, p.Save())
	assert.Less(t, fileSize(t, path), size+40, "only the new entry is written")

	p, err := Load[string](path, Strings{})
	require.NoError(t, err)
	v, ok := p.Get("e")
	assert.True(t, ok)
	assert.Equal(t, "new", v)
	for _, k := range []string{"a", "e"} { // b, c, d unused: most of the file
		_, ok := p.Get(k)
		require.True(t, ok)
	}
	require.NoError(t, p.Save())
	assert.Less(t, fileSize(t, path), int64(1100), "unused entries are dropped")
	p, err = Load[string](path, Strings{})
	require.NoError(t, err)
	assert.ElementsMatch(t, []string{"a", "e"}, p.Keys())
}

// fileSize is the size of the file at path.
func fileSize(t *testing.T, path string) int64 {
	fi, err := os.Stat(path)
	require.NoError(t, err)
	return fi.Size()
}

// TestPackSpill: values put after Spill reach the file through every kind of
// save (the first, an append, a compaction) and leave no temporary file.
func TestPackSpill(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "p.pack")
	big := strings.Repeat("x", 1000)
	p, _ := Load[string](path, Strings{})
	p.Put("early", "before spilling")
	p.Spill()
	for _, k := range []string{"a", "b", "c", "d"} {
		p.Put(k, big+k)
	}
	_, ok := p.Get("a")
	assert.False(t, ok, "a spilled value is for the next build")
	require.NoError(t, p.Save())

	p, err := Load[string](path, Strings{})
	require.NoError(t, err)
	assert.ElementsMatch(t, []string{"early", "a", "b", "c", "d"}, p.Keys())
	for _, k := range []string{"early", "a", "b", "c", "d"} {
		_, ok := p.Get(k)
		require.True(t, ok)
	}
	size := fileSize(t, path)
	p.Spill()
	p.Put("e", "new")
	require.NoError(t, p.Save())
	assert.Less(t, fileSize(t, path), size+40, "only the new entry is appended")

	p, err = Load[string](path, Strings{})
	require.NoError(t, err)
	requireValue(t, p, "e", "new")
	requireValue(t, p, "d", big+"d")
	p.Spill()
	p.Put("f", "newer")
	require.NoError(t, p.Save())
	assert.Less(t, fileSize(t, path), int64(1100), "unused entries are dropped")

	p, err = Load[string](path, Strings{})
	require.NoError(t, err)
	assert.ElementsMatch(t, []string{"d", "e", "f"}, p.Keys())
	left, err := filepath.Glob(filepath.Join(dir, "sub", "*spill*"))
	require.NoError(t, err)
	assert.Empty(t, left, "no spill file left behind")
}

// requireValue requires p to hold want under key.
func requireValue(t *testing.T, p *Pack[string], key, want string) {
	v, ok := p.Get(key)
	require.True(t, ok, key)
	assert.Equal(t, want, v, key)
}

// TestSweepLeftovers: the cache's temporary files an hour old are removed,
// younger ones (a live build's) and everything else stay.
func TestSweepLeftovers(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	old := now.Add(-2 * time.Hour)
	files := map[string]time.Time{
		"features.pack.spill-123": old, "articles.pack.tmp-9": old, // left behind
		"memory.bin.tmp-31": old, "files.pack.seal.tmp-5": old,
		"writeups.pack.spill-456": now, "files.pack.tmp-7": now, // a live build's
		"features.pack": old, "merges.gob": old, "notes.spill-1": old, "memory.bin.seal": old, // not temporary files
	}
	for name, mod := range files {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte("x"), 0o644))
		require.NoError(t, os.Chtimes(p, mod, mod))
	}
	require.NoError(t, SweepLeftovers(dir, now))
	left, err := filepath.Glob(filepath.Join(dir, "*"))
	require.NoError(t, err)
	for k := range left {
		left[k] = filepath.Base(left[k])
	}
	assert.ElementsMatch(t, []string{"writeups.pack.spill-456", "files.pack.tmp-7", "features.pack", "merges.gob",
		"notes.spill-1", "memory.bin.seal"}, left)
	assert.NoError(t, SweepLeftovers(filepath.Join(dir, "missing"), now), "no cache folder yet")
}

// TestPackPutAndDropOverrideTheFile: what a build puts or drops under a key
// of the file is what Get and Save see from then on.
func TestPackPutAndDropOverrideTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.pack")
	require.NoError(t, os.WriteFile(path, packFile(segment("put", "old", "dropped", "old", "kept", "old")), 0o644))
	p, err := Load[string](path, Strings{})
	require.NoError(t, err)
	for _, k := range []string{"put", "dropped", "kept"} {
		v, ok := p.Get(k)
		require.True(t, ok)
		require.Equal(t, "old", v)
	}
	p.Put("put", "new")
	p.Drop("dropped")
	v, _ := p.Get("put")
	assert.Equal(t, "new", v)
	_, ok := p.Get("dropped")
	assert.False(t, ok, "dropped")
	assert.Equal(t, 1, p.Hits(), "only the entry kept as read")
	require.NoError(t, p.Save())

	p, err = Load[string](path, Strings{})
	require.NoError(t, err)
	assert.ElementsMatch(t, []string{"put", "kept"}, p.Keys())
	v, _ = p.Get("put")
	assert.Equal(t, "new", v)
}

// TestPackGetsFromManyGoroutines: Gets of the same entries from several
// goroutines, without a lock, each find the value (run with -race).
func TestPackGetsFromManyGoroutines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.pack")
	p, _ := Load[model.Article](path, Articles{})
	for i := range 50 {
		id := strconv.Itoa(i)
		p.Put(id, model.Article{ID: id, Text: "text " + id})
	}
	require.NoError(t, p.Save())
	p, _ = Load[model.Article](path, Articles{})
	var wg sync.WaitGroup
	bad := atomic.Int32{}
	for range 8 {
		wg.Go(func() {
			for i := range 50 {
				if a, ok := p.Get(strconv.Itoa(i)); !ok || a.Text != "text "+strconv.Itoa(i) {
					bad.Add(1)
				}
			}
		})
	}
	wg.Wait()
	assert.Zero(t, bad.Load())
	assert.Equal(t, 50, p.Hits())
	assert.False(t, p.Changed())
}

// TestSavedPackIsSealed: a pack written afresh and then appended to by the
// build that loaded it is sealed each time, and a pack in its sealed state
// is loaded without checking its segments, which is the point of the seal
// (made here over a damaged segment on purpose, to see that).
func TestSavedPackIsSealed(t *testing.T) {
	requireSeals(t)
	path := filepath.Join(t.TempDir(), "p.pack")
	p, err := Load(path, Strings{})
	require.NoError(t, err)
	p.Put("a", "1")
	require.NoError(t, p.Save())
	assert.True(t, sealedNow(t, path), "written afresh")
	p, err = Load(path, Strings{})
	require.NoError(t, err)
	requireValue(t, p, "a", "1")
	p.Put("b", "2")
	require.NoError(t, p.Save())
	assert.True(t, sealedNow(t, path), "appended to by the build that loaded it")

	damaged := segment("c", "3")
	damaged[len(damaged)-1] ^= 1
	require.NoError(t, os.WriteFile(path, packFile(segment("a", "1"), damaged), 0o644))
	_, err = Load(path, Strings{})
	require.Error(t, err, "unsealed by the write: checked, and its tail dropped")
	require.NoError(t, seal(path))
	p, err = Load(path, Strings{})
	require.NoError(t, err, "sealed: trusted without its checksums")
	_, ok := p.Get("c")
	assert.True(t, ok)
}

// TestPackChangedByAnotherBuildIsNotSealed: when two builds load a pack and
// both append to it, the second finds the file no longer as it loaded it
// and leaves it unsealed, so the next load checks all of it; both appends
// are kept.
func TestPackChangedByAnotherBuildIsNotSealed(t *testing.T) {
	requireSeals(t)
	path := filepath.Join(t.TempDir(), "p.pack")
	long := strings.Repeat("1", 100) // most of the file, so both saves append
	require.NoError(t, os.WriteFile(path, packFile(segment("a", long)), 0o644))
	require.NoError(t, seal(path))
	first, err := Load(path, Strings{})
	require.NoError(t, err)
	second, err := Load(path, Strings{})
	require.NoError(t, err)
	for _, p := range []*Pack[string]{first, second} {
		_, ok := p.Get("a")
		require.True(t, ok)
	}
	first.Put("b", "2")
	require.NoError(t, first.Save())
	require.True(t, sealedNow(t, path))
	second.Put("c", "3")
	require.NoError(t, second.Save())
	assert.False(t, sealedNow(t, path), "changed by the first build since the second loaded it")
	_, err = os.Stat(path + sealSuffix)
	assert.ErrorIs(t, err, os.ErrNotExist, "the stale seal is removed")
	p, err := Load(path, Strings{})
	require.NoError(t, err)
	requireValue(t, p, "a", long)
	requireValue(t, p, "b", "2")
	requireValue(t, p, "c", "3")
}
