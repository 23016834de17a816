package ingest

import "github.com/topicdigest/digest/site/model"

// html keeps a saved page's source for the cleaner, with the origin digest add
// stamped on it.
func (p *fileParser) html(text string) (model.Document, bool) {
	var meta model.Meta
	meta.URL, meta.FetchedAt = readHTMLStamp(text)
	return p.doc(model.FormatHTML, text, meta), true
}
