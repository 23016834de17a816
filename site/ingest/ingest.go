// Package ingest finds the articles in a content folder and decodes them into
// model.Documents. It never writes to the content folder.
package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/topicdigest/digest/site/model"
)

// Options bound what ingest accepts.
type Options struct {
	MaxBytes int64 // files larger than this are skipped with a warning; 0 means the default
}

// DefaultMaxBytes is the largest file ingest reads.
const DefaultMaxBytes = 16 << 20

// Walk reads every article under dir in sorted order. Files it cannot use become
// warnings naming the file and the reason; only an unreadable dir is an error.
func Walk(dir string, opts Options) ([]model.Document, []model.Warning, error) {
	var docs []model.Document
	var warns []model.Warning
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			warns = append(warns, model.Warning{File: p, Reason: err.Error()})
			return nil
		}
		name := d.Name()
		if p != dir && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	sort.Strings(files)
	for _, p := range files {
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if rel == "site.toml" {
			continue
		}
		ext := strings.ToLower(filepath.Ext(p))
		if ext != ".txt" && ext != ".md" {
			warns = append(warns, model.Warning{File: p, Reason: "skipped: unknown file type"})
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			warns = append(warns, model.Warning{File: p, Reason: err.Error()})
			continue
		}
		sum := sha256.Sum256(b)
		docs = append(docs, model.Document{
			ID: strings.TrimSuffix(rel, filepath.Ext(rel)), File: rel, Path: p,
			Format: model.FormatText, Body: string(b), Hash: hex.EncodeToString(sum[:]),
		})
	}
	return docs, warns, nil
}

// Paths reads one file, or every file under a folder, for `digest clean PATH`.
// The ids are relative to the folder, or the file's own name.
func Paths(p string, opts Options) ([]model.Document, []model.Warning, error) {
	fi, err := os.Stat(p)
	if err != nil {
		return nil, nil, err
	}
	if fi.IsDir() {
		return Walk(p, opts)
	}
	docs, warns, err := Walk(filepath.Dir(p), opts)
	var keep []model.Document
	for _, d := range docs {
		if d.Path == p || filepath.Clean(d.Path) == filepath.Clean(p) {
			keep = append(keep, d)
		}
	}
	var kw []model.Warning
	for _, w := range warns {
		if filepath.Clean(w.File) == filepath.Clean(p) {
			kw = append(kw, w)
		}
	}
	return keep, kw, err
}
