package render

import (
	"encoding/xml"
	"fmt"
	"html"
	"io"

	"github.com/gorilla/feeds"
)

// rssDoc is gorilla/feeds' RSS 2.0 document with what validators require and
// gorilla leaves out: the Atom namespace and an atom:link rel="self".
type rssDoc struct {
	XMLName   xml.Name `xml:"rss"`
	Version   string   `xml:"version,attr"`
	ContentNS string   `xml:"xmlns:content,attr"`
	AtomNS    string   `xml:"xmlns:atom,attr"`
	Channel   rssChannel
}

type rssChannel struct {
	XMLName  xml.Name `xml:"channel"`
	AtomLink rssSelfLink
	*feeds.RssFeed
}

type rssSelfLink struct {
	XMLName xml.Name `xml:"atom:link"`
	Href    string   `xml:"href,attr"`
	Rel     string   `xml:"rel,attr"`
	Type    string   `xml:"type,attr"`
}

// writeRSS writes f as RSS 2.0. Beyond gorilla/feeds it sets the channel
// language and atom:link rel="self", and it leaves managingEditor and item
// authors out: RSS wants an e-mail address there, and the digest has none.
// Text was cleaned of control characters before (encoding/xml writes CDATA
// as given, and splits "]]>" itself).
func writeRSS(w io.Writer, d *digest, f *feeds.Feed) error {
	ch := (&feeds.Rss{Feed: f}).RssFeed()
	ch.Language = d.Language
	ch.ManagingEditor = ""
	ch.Generator = "digest"
	for i, it := range ch.Items {
		it.Author = ""
		it.Description = html.EscapeString(it.Description) // readers take it as HTML
		if f.Items[i].Created.IsZero() {
			it.PubDate = ""
		}
	}
	doc := rssDoc{Version: "2.0", ContentNS: "http://purl.org/rss/1.0/modules/content/",
		AtomNS:  "http://www.w3.org/2005/Atom",
		Channel: rssChannel{RssFeed: ch, AtomLink: rssSelfLink{Href: d.BaseURL + "feed.xml", Rel: "self", Type: "application/rss+xml"}}}
	return encodeXML(w, doc, "feed.xml")
}

// encodeXML writes an XML declaration and v, indented, ending in a newline.
func encodeXML(w io.Writer, v any, name string) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}
