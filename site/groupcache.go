package site

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/gob"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/topicdigest/digest/site/cache"
	"github.com/topicdigest/digest/site/group"
	"github.com/topicdigest/digest/site/model"
)

// eventsFile is the cache file, inside cache.Dir, of the last build's events.
const eventsFile = "events.gob"

// groupCached is group.Group, taken from the content folder's cache when the
// articles (every field grouping reads), the options and the program are those
// of the build that wrote it. Grouping weighs every article against the whole
// folder, so it can only be reused whole: a rebuild after a template edit, in
// `serve` or with nothing changed, skips it; one new article regroups
// everything. A cache that cannot be read or written is reported to log and
// the articles are grouped as if there were none.
func groupCached(arts []*model.Article, opts group.Options, content string, log io.Writer) []*model.Event {
	path := eventsCachePath(content, log)
	if path == "" {
		return group.Group(arts, opts)
	}
	key := groupKey(arts, opts)
	if key == "" {
		return group.Group(arts, opts)
	}
	if evs, ok := loadEvents(path, key, arts); ok {
		return evs
	}
	evs := group.Group(arts, opts)
	if err := saveEvents(path, key, arts, evs); err != nil {
		logf(log, "cache: %v (the next build groups again)", err)
	}
	return evs
}

// eventsCachePath is where the events cache of the content folder lives, or ""
// when caching is off or the cache folder cannot be named.
func eventsCachePath(content string, log io.Writer) string {
	dir, err := cache.Dir(content)
	if err != nil {
		logf(log, "cache: %v (building without it)", err)
		return ""
	}
	if dir == "" {
		return ""
	}
	return filepath.Join(dir, eventsFile)
}

// groupKey hashes everything grouping depends on: the program, the options and
// the fields of every article that grouping reads, in the given order. It is
// empty when the program cannot identify itself.
func groupKey(arts []*model.Article, opts group.Options) string {
	version := cache.CodeVersion()
	if version == "" {
		return ""
	}
	ed, err := json.Marshal(opts.Editorial) // maps marshal with sorted keys
	if err != nil {
		return ""
	}
	h := sha256.New()
	field := fieldWriter{h: h}
	field.str(version)
	field.str(strconv.Itoa(opts.WindowDays))
	field.str(strconv.FormatFloat(opts.Threshold, 'g', -1, 64))
	field.str(strconv.FormatFloat(opts.RelatedThreshold, 'g', -1, 64))
	field.str(string(ed))
	for _, a := range arts {
		date, err := a.Date.MarshalBinary()
		if err != nil {
			return ""
		}
		field.str(a.ID)
		field.str(a.Title)
		field.str(a.Text)
		field.str(string(date))
		field.str(a.Date.Location().String())
		field.str(a.Language)
		field.str(a.Agency)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// fieldWriter writes length-prefixed fields into a hash, so ("ab", "c") and
// ("a", "bc") hash apart.
type fieldWriter struct{ h hash.Hash }

func (w fieldWriter) str(s string) {
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(s)))
	w.h.Write(n[:])
	io.WriteString(w.h, s)
}

// cachedEvents is the events file: the key it was grouped under and the
// events, with articles as positions in the grouped list, so the events come
// back pointing at this build's articles.
type cachedEvents struct {
	Key    string
	Events []cachedEvent
}

// cachedEvent is a model.Event with its articles as positions; its dates are
// those of two of its members, so they come back with their zones intact.
type cachedEvent struct {
	ID, Title, Summary string
	Members            []int32
	Date, Updated      int32 // member whose Date the event's is, -1 for none
	Wire               []model.WireStory
	Adds               map[string][]string
	Related            []string
}

// loadEvents reads the events file when it holds key, rebuilt over arts.
func loadEvents(path, key string, arts []*model.Article) ([]*model.Event, bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, false
	}
	var c cachedEvents
	if gob.NewDecoder(bytes.NewReader(b)).Decode(&c) != nil || c.Key != key {
		return nil, false
	}
	evs := make([]*model.Event, len(c.Events))
	for k, ce := range c.Events {
		e, ok := ce.event(arts)
		if !ok {
			return nil, false
		}
		evs[k] = e
	}
	return evs, true
}

// event is the cached event over this build's articles; false when a position
// is out of range (a damaged file).
func (ce cachedEvent) event(arts []*model.Article) (*model.Event, bool) {
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
	c := cachedEvents{Key: key, Events: make([]cachedEvent, len(evs))}
	for k, e := range evs {
		ce := cachedEvent{ID: e.ID, Title: e.Title, Summary: e.Summary, Wire: e.Wire, Adds: e.Adds,
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
		c.Events[k] = ce
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(c); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
