package site

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"time"
	"unsafe"

	"github.com/topicdigest/digest/site/cache"
	"github.com/topicdigest/digest/site/group"
	"github.com/topicdigest/digest/site/internal/par"
	"github.com/topicdigest/digest/site/model"
)

// The events of the last eventsKept groupings are kept, inside cache.Dir, each
// in a file named by its key (eventsPrefix, the key's first 32 hex digits,
// ".bin", see cache.AppendEvents): a build finds its events by name without reading the others, and
// an article added and then taken away again, or a change undone, finds the
// events of the build before last.
const (
	eventsPrefix = "events-"
	eventsKept   = 2
)

// groupCachedHit is group.Group, taken from the content folder's cache when the
// articles (every field grouping reads), the options and the program are those
// of a build that wrote it. Grouping weighs every article against the whole
// folder, so its events can only be reused whole: a rebuild after a template
// edit, in `serve` or with nothing changed, skips it; after one new article,
// grouping replays the last grouping's merges (see groupReplayed). A cache
// that cannot be read or written is reported to log and the articles are
// grouped as if there were none. early, when not nil, is the last grouping's
// memory as loaded while the articles were read (see loadEarlier). It
// also says whether the events came from the cache.
func groupCachedHit(arts []*model.Article, opts group.Options, content string, log io.Writer,
	early *earlierLoad) ([]*model.Event, bool) {
	evs, hit, saved := groupCachedSaving(arts, opts, content, log, early)
	saved()
	return evs, hit
}

// groupCachedSaving is groupCachedHit that returns while the cache's files
// are still being written: saved waits for them and says what went wrong
// to log (from the caller's goroutine, as log need not be safe for two).
// Build renders meanwhile: at 100,000 articles the events (41 MB) and the
// memory (128 MB) were written on the way to rendering, and rendering has
// a core to spare in its serial parts; twelve articles added one build at
// a time took a median 3.50 and 3.57 s so, against 4.06 and 4.17 s.
func groupCachedSaving(arts []*model.Article, opts group.Options, content string, log io.Writer,
	early *earlierLoad) (evs []*model.Event, hit bool, saved func()) {
	none := func() {}
	dir, version := cacheFolder(content, nil) // reading the content already reported why there is none
	if dir == "" {
		return group.Group(arts, opts), false, none
	}
	key, err := groupKey(version, arts, opts)
	if err != nil {
		logf(log, "cache: %v (grouping without it)", err)
		return group.Group(arts, opts), false, none
	}
	path := eventsPath(dir, key)
	if evs, ok := loadEvents(path, key, arts); ok {
		_ = cache.TouchChecked(path, time.Now()) // the most recently used is kept longest (see pruneEvents)
		return evs, true, none
	}
	if early == nil {
		early = loadEarlier(dir, version, opts)
	}
	evs, saveMemory := groupReplayed(early, arts, opts, log)
	done := make(chan struct{})
	var said bytes.Buffer // the events' problems, then the memory's
	go func() {
		defer close(done)
		// The two files are written side by side: each is one core's work.
		var wg sync.WaitGroup
		var memorySaid bytes.Buffer
		wg.Go(func() { saveMemory(&memorySaid) })
		if err := saveEvents(path, key, arts, evs); err != nil {
			logf(&said, "cache: %v (the next build groups again)", err)
		} else if err := pruneEvents(dir, eventsKept); err != nil {
			logf(&said, "cache: %v", err)
		}
		wg.Wait()
		said.Write(memorySaid.Bytes())
	}()
	return evs, false, func() {
		<-done
		if log != nil && said.Len() > 0 {
			_, _ = log.Write(said.Bytes())
			said.Reset()
		}
	}
}

// earlierLoad is what a regrouping takes from the last grouping in the cache
// folder: its memory (see memoryFile) and the write-ups of its events (see
// writeupPack). Loading them is a fifth of a second at 100,000 articles, on
// one core: they are loaded while the content is read, which leaves a core
// idle, and waited for when grouping needs them.
type earlierLoad struct {
	dir, version string
	done         chan struct{}
	key          string // the memory's (see memoryKey); empty when it cannot be made
	keyErr       error
	memory       *group.Memory
	writeups     writeupStore
	writeupsErr  error
}

// loadEarlier starts loading what the last grouping left in dir.
func loadEarlier(dir, version string, opts group.Options) *earlierLoad {
	e := &earlierLoad{dir: dir, version: version, done: make(chan struct{})}
	go func() {
		defer close(e.done)
		if e.key, e.keyErr = memoryKey(version, opts); e.keyErr != nil {
			return
		}
		e.writeups, e.writeupsErr = loadWriteups(dir, e.key)
		e.memory = loadMemory(dir, e.key)
	}()
	return e
}

// wait is e once it is loaded.
func (e *earlierLoad) wait() *earlierLoad {
	<-e.done
	return e
}

// forgetStale has the grouping cluster from scratch, as a first build
// does, instead of replaying the memory, and drops the ballast of the files
// mapped (see cache.DropBallast): for a build that cleaned most of its
// articles again (see cleanedMost) though an earlier grouping was kept, as
// when a content folder is replaced by another. The memory then knows
// little of the articles, and replaying it kept the earlier grouping's rows
// and merges beside the new ones; with the ballast of the stale packs on
// top, the collector ran back to back at the memory limit. Replacing
// 100,000 articles by 100,000 others took 317-384 s, and 73-131 s with this
// (62 s with no memory limit). A first build, which finds no memory, keeps
// its ballast: dropping it there cost 8-10 s.
func (e *earlierLoad) forgetStale() {
	if e.wait().memory == nil {
		return
	}
	e.memory = nil
	cache.DropBallast()
}

// groupReplayed groups the articles from the memory the last grouping left
// (see memoryFile), the features it extracted (see featurePack) and the
// write-ups of its events (see writeupPack); the function it returns leaves
// this grouping's in their place.
func groupReplayed(early *earlierLoad, arts []*model.Article, opts group.Options, log io.Writer) ([]*model.Event, func(io.Writer)) {
	e := early.wait()
	if e.keyErr != nil {
		logf(log, "cache: %v (grouping without it)", e.keyErr)
		return group.Group(arts, opts), func(io.Writer) {}
	}
	if e.writeupsErr != nil {
		logf(log, "cache: %v (starting it afresh)", e.writeupsErr)
	}
	xs := extractionsIn(e.dir, e.version, log)
	evs, mem := group.GroupFrom(arts, opts, group.Earlier{Memory: e.memory, Extractions: xs, Writeups: e.writeups})
	e.memory = nil // the grouping is done with it
	return evs, func(log io.Writer) {
		if err := saveMemory(e.dir, e.key, mem); err != nil {
			logf(log, "cache: %v (the next grouping clusters from scratch)", err)
		}
		if err := e.writeups.pack.Save(); err != nil {
			logf(log, "cache: %v (the next grouping writes every event up again)", err)
		}
	}
}

// eventsPath is the file, in the cache folder dir, of the events grouped under key.
func eventsPath(dir, key string) string {
	return filepath.Join(dir, eventsPrefix+key[:min(32, len(key))]+".bin")
}

// pruneEvents removes all but the keep most recently written or used events
// files in dir (and the gob files of earlier versions: the single
// events.gob, and events-*.gob).
func pruneEvents(dir string, keep int) error {
	paths, err := filepath.Glob(filepath.Join(dir, eventsPrefix+"*.bin"))
	if err != nil {
		return err
	}
	old, err := filepath.Glob(filepath.Join(dir, eventsPrefix+"*.gob"))
	if err != nil {
		return err
	}
	for _, p := range old {
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	type file struct {
		path string
		mod  time.Time
	}
	var files []file
	for _, p := range paths {
		if st, err := os.Stat(p); err == nil {
			files = append(files, file{p, st.ModTime()})
		}
	}
	sort.Slice(files, func(i, j int) bool {
		if !files[i].mod.Equal(files[j].mod) {
			return files[i].mod.After(files[j].mod)
		}
		return files[i].path < files[j].path
	})
	for _, f := range files[min(keep, len(files)):] {
		if err := cache.RemoveChecked(f.path); err != nil {
			return err
		}
	}
	if err := os.Remove(filepath.Join(dir, "events.gob")); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// groupKey names everything grouping depends on: the program, the options
// and the fields of every article that grouping reads, in the given order.
// The articles are keyed in runs of keyRun on all cores, and the runs' keys
// in order: a rebuild with nothing changed hashes every article's text.
func groupKey(version string, arts []*model.Article, opts group.Options) (string, error) {
	parts, err := optionParts(version, opts)
	if err != nil {
		return "", err
	}
	runs := make([]string, (len(arts)+keyRun-1)/keyRun)
	errs := make([]error, len(runs))
	par.Each(len(runs), func(k int) {
		runs[k], errs[k] = articlesKey(arts[k*keyRun : min(len(arts), (k+1)*keyRun)])
	})
	if err := errors.Join(errs...); err != nil {
		return "", err
	}
	return cache.Key(append(parts, runs...)...), nil
}

// optionParts are the parts of a grouping's key that name the program and
// the options.
func optionParts(version string, opts group.Options) ([]string, error) {
	ed, err := json.Marshal(opts.Editorial) // maps marshal with sorted keys
	if err != nil {
		return nil, err
	}
	return []string{version, strconv.Itoa(opts.WindowDays), strconv.FormatFloat(opts.Threshold, 'g', -1, 64),
		strconv.FormatFloat(opts.RelatedThreshold, 'g', -1, 64), string(ed)}, nil
}

// keyRun is how many articles groupKey hashes as one part.
const keyRun = 1024

// articlesKey is the key of what grouping reads of arts. An article the
// cache made stands in by what it was made from (see model.Article.Made):
// hashing every article's text took a tenth of a rebuild's grouping.
func articlesKey(arts []*model.Article) (string, error) {
	parts := make([]string, 0, 7*len(arts))
	for _, a := range arts {
		if a.Made != "" {
			parts = append(parts, "made", a.ID, a.Made)
			continue
		}
		date, err := a.Date.MarshalBinary() // the instant and its offset
		if err != nil {
			return "", fmt.Errorf("%s: %w", a.File, err)
		}
		parts = append(parts, "read", a.ID, a.Title, a.Text, string(date), a.Date.Location().String(), a.Language, a.Agency)
	}
	return cache.Key(parts...), nil
}

// loadEvents reads the events file when it holds key, rebuilt over arts.
func loadEvents(path, key string, arts []*model.Article) ([]*model.Event, bool) {
	body, ok := cache.ReadChecked(path)
	if !ok {
		return nil, false
	}
	got, entries, err := cache.DecodeEvents(unsafe.String(unsafe.SliceData(body), len(body))) // body is not written again
	if err != nil || got != key {
		return nil, false
	}
	evs := make([]*model.Event, len(entries))
	for k, ce := range entries {
		e, ok := eventOver(ce, arts)
		if !ok {
			return nil, false
		}
		evs[k] = e
	}
	return evs, true
}

// eventOver is the kept event over this build's articles; false when a
// position is out of range (a damaged file).
func eventOver(ce cache.EventEntry, arts []*model.Article) (*model.Event, bool) {
	e := &model.Event{ID: ce.ID, Title: ce.Title, Summary: ce.Summary, Wire: ce.Wire, Adds: ce.Adds, Related: ce.Related}
	for _, m := range ce.Members {
		if m < 0 || int(m) >= len(arts) {
			return nil, false
		}
		e.Articles = append(e.Articles, arts[m])
	}
	if ce.Date >= 0 && int(ce.Date) < len(e.Articles) {
		e.Date = e.Articles[ce.Date].Date
	}
	if ce.Updated >= 0 && int(ce.Updated) < len(e.Articles) {
		e.Updated = e.Articles[ce.Updated].Date
	}
	return e, true
}

// saveEvents writes the events file, replacing the old one whole.
func saveEvents(path, key string, arts []*model.Article, evs []*model.Event) error {
	pos := make(map[*model.Article]int32, len(arts))
	for i, a := range arts {
		pos[a] = int32(i)
	}
	entries := make([]cache.EventEntry, len(evs))
	for k, e := range evs {
		ce := cache.EventEntry{ID: e.ID, Title: e.Title, Summary: e.Summary, Wire: e.Wire, Adds: e.Adds,
			Related: e.Related, Date: -1, Updated: -1}
		for i, a := range e.Articles {
			p, ok := pos[a]
			if !ok {
				return fmt.Errorf("event %s: article %s is not among the grouped articles", e.ID, a.ID)
			}
			ce.Members = append(ce.Members, p)
			if ce.Date < 0 && !e.Date.IsZero() && a.Date == e.Date {
				ce.Date = int32(i)
			}
			if ce.Updated < 0 && !e.Updated.IsZero() && a.Date == e.Updated {
				ce.Updated = int32(i)
			}
		}
		if (ce.Date < 0) != e.Date.IsZero() || (ce.Updated < 0) != e.Updated.IsZero() {
			return fmt.Errorf("event %s: its dates are not those of its articles", e.ID)
		}
		entries[k] = ce
	}
	return cache.WriteChecked(path, cache.AppendEvents(nil, key, entries))
}
