package ingest

import (
	"errors"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/topicdigest/digest/site/internal/dates"
	"github.com/topicdigest/digest/site/model"
)

// A page dump (.txt) may open with header lines that state facts about the page
// instead of showing it:
//
//	date 2025-07-24 Trending        publication date, then an optional label
//	url https://example.com/story   where the page was fetched (digest add)
//	fetched 2026-01-02T03:04:05Z    when it was fetched (digest add)
//
// Each is recognised only at the top, only when its value parses, and is removed
// from the body; anything else ends the header and is body text.

// textHeaderKeys are the header line keywords.
var textHeaderKeys = []string{"date", "url", "fetched"}

// parseTextHeader reads the header lines off a page dump.
func parseTextHeader(s string, now time.Time) (meta model.Meta, body string, problems []string) {
	seen := map[string]bool{}
	for {
		line, rest, _ := strings.Cut(s, "\n")
		key, value, ok := headerLine(line)
		if !ok || seen[key] {
			break
		}
		problem, ok := applyTextHeader(&meta, key, value, now)
		if !ok {
			break
		}
		if problem != "" {
			problems = append(problems, problem)
		}
		seen[key] = true
		s = rest
	}
	return meta, s, problems
}

// headerLine splits "  key value" into its keyword and value when the keyword is
// one of textHeaderKeys.
func headerLine(line string) (key, value string, ok bool) {
	line = strings.TrimSpace(line)
	for _, k := range textHeaderKeys {
		if len(line) > len(k) && strings.EqualFold(line[:len(k)], k) && (line[len(k)] == ' ' || line[len(k)] == '\t') {
			return k, strings.TrimSpace(line[len(k):]), true
		}
	}
	return "", "", false
}

// applyTextHeader stores one header line in meta. ok is false when the value
// does not have the header's form, so the line is body text after all ("date
// night in Paris"); problem is set for a date of the right form that is
// impossible: the line is still a header, and the date is left zero.
func applyTextHeader(meta *model.Meta, key, value string, now time.Time) (problem string, ok bool) {
	switch key {
	case "date":
		token, label := value, ""
		if i := strings.IndexAny(value, " \t"); i >= 0 {
			token, label = value[:i], value[i:]
		}
		if !looksLikeISODate(token) {
			return "", false
		}
		meta.DateRaw, meta.DateLabel = token, strings.TrimSpace(label)
		t, hasTime, err := parseDate(token, now)
		if err != nil {
			if errors.Is(err, dates.ErrNotADate) {
				return "unreadable date " + strconv.Quote(token), true
			}
			return err.Error(), true
		}
		meta.Date, meta.HasTime = t, hasTime
	case "url":
		u, err := url.Parse(value)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.ContainsAny(value, " \t") {
			return "", false
		}
		meta.URL = value
	case "fetched":
		t, err := time.Parse(time.RFC3339, value)
		if err != nil {
			return "", false
		}
		meta.FetchedAt = t.UTC()
	}
	return "", true
}

// looksLikeISODate reports whether s starts like YYYY-M: the shape of the date
// a date line carries, impossible or not.
func looksLikeISODate(s string) bool {
	if len(s) < 6 || s[4] != '-' {
		return false
	}
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s[5] >= '0' && s[5] <= '9'
}

// pageDump reads a .txt page dump and its header lines.
func (p *fileParser) pageDump(text string) (model.Document, bool) {
	meta, body, problems := parseTextHeader(text, p.now)
	for _, pr := range problems {
		p.warn(pr)
	}
	if strings.TrimSpace(body) == "" {
		p.warn("no article: only header lines")
		return model.Document{}, false
	}
	return p.doc(model.FormatText, body, meta), true
}
