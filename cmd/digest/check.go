package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"github.com/topicdigest/digest/site"
	"github.com/topicdigest/digest/site/model"
)

func init() {
	commands["check"] = command{"report per-file problems in the content folder; exit 1 on errors", runCheck}
}

// severity says whether a problem keeps a file out of the digest (an error) or
// only makes it poorer (a warning).
type severity string

const (
	sevError   severity = "error"
	sevWarning severity = "warning"
)

// problem is one finding about one input file.
type problem struct {
	file     string
	severity severity
	reason   string
}

// articleFormats are the extensions that are meant to make articles; another file
// that makes none was skipped on purpose, which is a warning, not an error.
var articleFormats = map[string]bool{".txt": true, ".md": true, ".markdown": true, ".html": true, ".htm": true, ".jsonl": true}

func runCheck(args []string, stdout, stderr io.Writer) int {
	var o site.Options
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.Content, "content", "content", "content `folder` (never written)")
	if fs.Parse(args) != nil {
		return 2
	}
	d, err := site.Load(o)
	if err != nil {
		fmt.Fprintf(stderr, "digest check: %v\n", err)
		return 1
	}
	probs := checkDigest(d)
	errs := 0
	for _, p := range probs {
		fmt.Fprintf(stdout, "%s: %s: %s\n", p.file, p.severity, p.reason)
		if p.severity == sevError {
			errs++
		}
	}
	fmt.Fprintf(stdout, "%s checked: %s, %s\n", plural(len(d.Articles), "article"),
		plural(errs, "error"), plural(len(probs)-errs, "warning"))
	if errs > 0 {
		return 1
	}
	return 0
}

// checkDigest lists the problems of every file, sorted by file, errors first.
func checkDigest(d *site.Digest) []problem {
	var probs []problem
	made := map[string]bool{} // paths that made at least one article
	for _, a := range d.Articles {
		made[a.Path] = true
		probs = append(probs, articleProblems(a)...)
	}
	for _, w := range d.Warnings {
		probs = append(probs, problem{w.File, warningSeverity(w, made), w.Reason})
	}
	probs = append(probs, duplicateProblems(findDuplicates(d.Articles))...)
	slices.SortStableFunc(probs, func(a, b problem) int {
		if c := strings.Compare(a.file, b.file); c != 0 {
			return c
		}
		return strings.Compare(string(a.severity), string(b.severity))
	})
	return probs
}

// duplicateProblems reports each article that repeats earlier ones once, naming
// the closest of them, so a story filed five times makes four lines, not ten.
func duplicateProblems(pairs []duplicatePair) []problem {
	var probs []problem
	for i := 0; i < len(pairs); {
		j := i + 1
		for j < len(pairs) && pairs[j].later == pairs[i].later {
			j++
		}
		best := pairs[i]
		for _, p := range pairs[i+1 : j] {
			if p.same > best.same {
				best = p
			}
		}
		reason := fmt.Sprintf("possible duplicate of %s (%.0f%% same text)", articleLabel(best.earlier), 100*best.same)
		if j-i > 1 {
			reason += " and of " + plural(j-i-1, "other file")
		}
		probs = append(probs, problem{articleLabel(pairs[i].later), sevWarning, reason})
		i = j
	}
	return probs
}

// articleProblems are what a cleaned article lacks: a missing title or body keeps
// it from reading as an article; a missing date or source only weakens it.
func articleProblems(a *model.Article) []problem {
	var probs []problem
	add := func(s severity, reason string) { probs = append(probs, problem{articleLabel(a), s, reason}) }
	if strings.TrimSpace(a.Title) == "" {
		add(sevError, "no title")
	}
	if strings.TrimSpace(a.Text) == "" {
		add(sevError, "empty after cleaning")
	}
	if !a.Dated() {
		add(sevWarning, "no date")
	}
	if strings.TrimSpace(a.Source) == "" {
		add(sevWarning, "unknown source")
	}
	for _, w := range a.Warnings {
		add(sevWarning, w)
	}
	return probs
}

// warningSeverity makes an ingest or clean warning an error when the file was
// meant to be an article and made none.
func warningSeverity(w model.Warning, made map[string]bool) severity {
	if made[w.File] || !articleFormats[strings.ToLower(filepath.Ext(w.File))] {
		return sevWarning
	}
	return sevError
}

// articleLabel names an article in messages: its file, and for a .jsonl line its id.
func articleLabel(a *model.Article) string {
	if strings.EqualFold(filepath.Ext(a.Path), ".jsonl") {
		return a.Path + " [" + a.ID + "]"
	}
	return a.Path
}
