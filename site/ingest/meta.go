package ingest

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/topicdigest/digest/site/internal/dates"
	"github.com/topicdigest/digest/site/model"
)

// metaFromMap reads the keys DESIGN.md names (title, date, source, url, author
// or authors, tags, language) from parsed front matter or a jsonl object. Keys
// are matched without regard to case; other keys are ignored. A value of the
// wrong type or an impossible date is a problem, and the rest is still read.
func metaFromMap(m map[string]any, now time.Time) (model.Meta, []string) {
	var meta model.Meta
	var problems []string
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys) // problems come out in a stable order
	for _, k := range keys {
		if err := setMetaKey(&meta, strings.ToLower(k), m[k], now); err != nil {
			problems = append(problems, fmt.Sprintf("%s: %v", k, err))
		}
	}
	meta.Authors = uniqueStrings(meta.Authors)
	meta.Tags = uniqueStrings(meta.Tags)
	return meta, problems
}

// setMetaKey stores one front matter value in meta.
func setMetaKey(meta *model.Meta, key string, v any, now time.Time) error {
	var err error
	switch key {
	case "title":
		meta.Title, err = metaString(v)
	case "source", "site":
		meta.Source, err = metaString(v)
	case "url", "link":
		meta.URL, err = metaString(v)
	case "language", "lang":
		meta.Language, err = metaString(v)
	case "author", "authors":
		var list []string
		list, err = metaList(v, false)
		meta.Authors = append(meta.Authors, list...)
	case "tags":
		var list []string
		list, err = metaList(v, true)
		meta.Tags = append(meta.Tags, list...)
	case "date":
		err = setMetaDate(meta, v, now)
	case "fetched":
		err = setFetched(meta, v)
	}
	return err
}

// setMetaDate reads a date written as text or decoded by the TOML/YAML parser.
func setMetaDate(meta *model.Meta, v any, now time.Time) error {
	var t time.Time
	var hasTime bool
	var err error
	switch x := v.(type) {
	case time.Time:
		x = localAsUTC(x)
		meta.DateRaw = formatParsedTime(x)
		t, hasTime, err = checkDate(x, timeOfDayWritten(x), now)
	case string:
		meta.DateRaw = x
		t, hasTime, err = parseDate(x, now)
		if errors.Is(err, dates.ErrNotADate) {
			err = fmt.Errorf("unreadable date %q", x)
		}
	default:
		return fmt.Errorf("want a date, got %s", typeName(v))
	}
	if err != nil {
		return err
	}
	meta.Date, meta.HasTime = t, hasTime
	return nil
}

// setFetched reads the fetch time `digest add` records.
func setFetched(meta *model.Meta, v any) error {
	switch x := v.(type) {
	case time.Time:
		meta.FetchedAt = localAsUTC(x).UTC()
	case string:
		t, err := time.Parse(time.RFC3339, strings.TrimSpace(x))
		if err != nil {
			return fmt.Errorf("unreadable fetch time %q", x)
		}
		meta.FetchedAt = t.UTC()
	default:
		return fmt.Errorf("want a time, got %s", typeName(v))
	}
	return nil
}

// localAsUTC reads TOML's local dates and times (no offset written) as UTC wall
// clock, so the result does not depend on the zone of the machine that builds.
func localAsUTC(t time.Time) time.Time {
	switch t.Location().String() {
	case "date-local", "datetime-local", "time-local":
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
	}
	return t
}

// timeOfDayWritten guesses whether a parsed TOML/YAML date carried a time: the
// parsers give midnight UTC (or TOML's local-date zone) for a bare date.
func timeOfDayWritten(t time.Time) bool {
	h, m, s := t.Clock()
	return h != 0 || m != 0 || s != 0 || t.Nanosecond() != 0 || !isUTCLike(t.Location())
}

// isUTCLike reports whether loc is UTC, the zone parsers give a bare date.
func isUTCLike(loc *time.Location) bool {
	switch loc.String() {
	case "UTC", "":
		return true
	}
	return false
}

// formatParsedTime writes a parser's time back as a reader would have typed it.
func formatParsedTime(t time.Time) string {
	if !timeOfDayWritten(t) {
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339)
}

// metaString accepts a string, or a number or bool written where text was meant.
func metaString(v any) (string, error) {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x), nil
	case json.Number:
		return x.String(), nil
	case int, int64, float64, bool:
		return fmt.Sprint(x), nil
	}
	return "", fmt.Errorf("want text, got %s", typeName(v))
}

// metaList accepts a list of strings or one string; splitComma splits a single
// string at commas (tags = "a, b"), which is right for tags but not for names.
func metaList(v any, splitComma bool) ([]string, error) {
	switch x := v.(type) {
	case string:
		if !splitComma {
			return nonEmpty([]string{x}), nil
		}
		return nonEmpty(strings.Split(x, ",")), nil
	case []any:
		var out []string
		for _, item := range x {
			s, err := metaString(item)
			if err != nil {
				return out, fmt.Errorf("list item: %w", err)
			}
			out = append(out, s)
		}
		return nonEmpty(out), nil
	case []string:
		return nonEmpty(x), nil
	}
	return nil, fmt.Errorf("want text or a list, got %s", typeName(v))
}

// nonEmpty trims each string and drops the empty ones.
func nonEmpty(in []string) []string {
	var out []string
	for _, s := range in {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// uniqueStrings drops repeats, keeping the first occurrence's order.
func uniqueStrings(in []string) []string {
	if len(in) < 2 {
		return in
	}
	seen := make(map[string]bool, len(in))
	out := in[:0]
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// typeName names a decoded value's type in words an editor understands.
func typeName(v any) string {
	switch v.(type) {
	case nil:
		return "nothing"
	case string:
		return "text"
	case []any:
		return "a list"
	case map[string]any:
		return "a table"
	case bool:
		return "true/false"
	case int, int64, float64, json.Number:
		return "a number"
	case time.Time:
		return "a date"
	}
	return fmt.Sprintf("%T", v)
}
