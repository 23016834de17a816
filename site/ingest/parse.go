package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"path"
	"strings"
	"time"

	"github.com/topicdigest/digest/site/model"
)

// formats maps a lower-case extension to the input format DESIGN.md gives it.
var formats = map[string]model.Format{
	".txt":      model.FormatText,
	".md":       model.FormatMarkdown,
	".markdown": model.FormatMarkdown,
	".html":     model.FormatHTML,
	".htm":      model.FormatHTML,
	".xhtml":    model.FormatHTML,
	".jsonl":    model.FormatJSONL,
}

// formatOf is the format of a file by its extension; ok is false for a file
// type ingest does not read.
func formatOf(name string) (model.Format, bool) {
	f, ok := formats[strings.ToLower(path.Ext(name))]
	return f, ok
}

// unknownTypeReason is the warning for a file of a type ingest does not read.
func unknownTypeReason(name string) string {
	ext := path.Ext(name)
	if ext == "" {
		return "skipped: unknown file type (no extension)"
	}
	return "skipped: unknown file type " + ext
}

// ParseFile turns one file's bytes into documents: one for most formats, one a
// line for .jsonl. pathAsWalked names the file in warnings and Document.Path;
// file is its slash path under the content folder, which gives the format and
// the id. Ids are not yet made unique across files (Walk does that). Every
// problem is a warning; ParseFile never fails and never panics on any input.
func ParseFile(pathAsWalked, file string, raw []byte, opts Options) ([]model.Document, []model.Warning) {
	return parseFile(pathAsWalked, file, raw, opts, copiedText)
}

// parseFile is ParseFile, making the text of UTF-8 bytes with asText (see
// decodeAs): viewedText when raw was read for this parse alone.
func parseFile(pathAsWalked, file string, raw []byte, opts Options, asText func([]byte) string) ([]model.Document, []model.Warning) {
	p := fileParser{path: pathAsWalked, file: file, raw: raw, now: opts.now(), asText: asText}
	format, ok := formatOf(file)
	if !ok {
		p.warn(unknownTypeReason(file))
		return nil, p.warns
	}
	text, ok := p.text(format == model.FormatHTML)
	if !ok {
		return nil, p.warns
	}
	var docs []model.Document
	switch format {
	case model.FormatJSONL:
		docs = p.jsonl(text)
	case model.FormatMarkdown:
		docs = p.one(p.markdown(text))
	case model.FormatHTML:
		docs = p.one(p.html(text))
	default:
		docs = p.one(p.pageDump(text))
	}
	return docs, p.warns
}

// fileParser carries one file through parsing and collects its warnings.
type fileParser struct {
	path, file string
	raw        []byte
	asText     func([]byte) string // raw as text, when it is UTF-8 (see decodeAs)
	now        time.Time
	charset    string
	warns      []model.Warning
}

// warn records a problem with the file.
func (p *fileParser) warn(reason string) {
	p.warns = append(p.warns, model.Warning{File: p.path, Reason: reason})
}

// text decodes and normalises the file; ok is false for a file that holds no
// text at all (empty, whitespace only, or binary), which it reports.
func (p *fileParser) text(markup bool) (string, bool) {
	if len(p.raw) == 0 {
		p.warn("empty file")
		return "", false
	}
	d := decodeAs(p.raw, markup, p.asText)
	n := normalize(d.text)
	if reason := n.binaryReason(); reason != "" {
		p.warn(reason)
		return "", false
	}
	if strings.TrimSpace(n.text) == "" {
		p.warn("empty file (only blank space)")
		return "", false
	}
	p.charset = d.charset
	return n.text, true
}

// one wraps a single document as the result of a file, or nothing when the
// format parser found no article in it.
func (p *fileParser) one(doc model.Document, ok bool) []model.Document {
	if !ok {
		return nil
	}
	return []model.Document{doc}
}

// doc is a document of this file with the fields every format shares.
func (p *fileParser) doc(format model.Format, body string, meta model.Meta) model.Document {
	meta.Charset = p.charset
	sum := sha256.Sum256(p.raw)
	return model.Document{ID: fileID(p.file), File: p.file, Path: p.path, Format: format,
		Body: body, Meta: meta, Hash: hex.EncodeToString(sum[:])}
}
