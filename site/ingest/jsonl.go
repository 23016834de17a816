package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/topicdigest/digest/site/model"
)

// jsonl reads one article a line. A line that is not a JSON object, or has no
// text, is a warning naming file:line, and the other lines are still read.
func (p *fileParser) jsonl(text string) []model.Document {
	var docs []model.Document
	for n, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		if doc, ok := p.jsonlLine(n+1, line); ok {
			docs = append(docs, doc)
		}
	}
	if len(docs) == 0 && len(p.warns) == 0 {
		p.warn("no article: no JSON lines")
	}
	return docs
}

// jsonlLine reads one line; lineNo counts from 1.
func (p *fileParser) jsonlLine(lineNo int, line string) (model.Document, bool) {
	at := p.path + ":" + strconv.Itoa(lineNo)
	warn := func(reason string) { p.warns = append(p.warns, model.Warning{File: at, Reason: reason}) }
	m, err := decodeObject(line)
	if err != nil {
		warn("malformed JSON line: " + err.Error())
		return model.Document{}, false
	}
	meta, problems := metaFromMap(m, p.now)
	for _, pr := range problems {
		warn(pr)
	}
	meta.Charset = p.charset
	format, body := model.FormatJSONL, stringField(m, "text")
	if h := stringField(m, "html"); h != "" {
		format, body = model.FormatHTML, h
	}
	body = normalize(body).text
	if strings.TrimSpace(body) == "" {
		warn(`no article: neither "text" nor "html" holds any text`)
		return model.Document{}, false
	}
	id := stringField(m, "id")
	if id == "" {
		id = strconv.Itoa(lineNo)
	}
	sum := sha256.Sum256([]byte(line))
	return model.Document{ID: lineID(p.file, id), File: p.file, Path: p.path, Format: format,
		Body: body, Meta: meta, Hash: hex.EncodeToString(sum[:])}, true
}

// decodeObject parses a line that must hold exactly one JSON object. Numbers
// stay as written, so an id of 12 is "12", not "12.0".
func decodeObject(line string) (map[string]any, error) {
	dec := json.NewDecoder(strings.NewReader(line))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, errTrailing
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, &notObjectError{typeName(v)}
	}
	return m, nil
}

// errTrailing is a line with more after its JSON value.
var errTrailing = &notObjectError{"more than one JSON value"}

// notObjectError is a line whose JSON value is not an object.
type notObjectError struct{ got string }

func (e *notObjectError) Error() string { return "want one JSON object, got " + e.got }

// stringField is m[key] as text, or "" when absent or not text or a number.
func stringField(m map[string]any, key string) string {
	s, err := metaString(m[key])
	if err != nil {
		return ""
	}
	return s
}
