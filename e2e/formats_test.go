package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// formatsContent is one article in each content format DESIGN.md names; each body
// carries a marker word found nowhere else, so a test can find it in the output.
var formatsContent = map[string]string{
	"site.toml": "title = \"Formats Digest\"\nbase_url = \"https://example.org/formats/\"\n",
	"dump.txt": "date 2025-03-02 Harbour Times\nHome | World | Sport\n" +
		"Ferry service resumes after storm damage\n" +
		"By Ana Lima\n" +
		"The ferry service between the two islands resumed on Sunday after a week-long suspension caused by storm damage to the main pier, officials said. Markerdumpword crews worked through the night.\n" +
		"Repairs to the pier cost an estimated 2 million dollars and were paid for by the regional government, which said the route carries about 4,000 passengers a day.\n" +
		"Share this article\nSign in to comment\n",
	"toml.md": "+++\ntitle = \"Library opens late-night reading room\"\ndate = 2025-03-03\nsource = \"City Post\"\nauthor = \"Sam Ortiz\"\nurl = \"https://citypost.example/library\"\ntags = [\"culture\"]\n+++\n\n" +
		"The central library opened a reading room that stays open until midnight, a first for the city. Markertomlword readers queued before the doors opened.\n\n## Funding\n\nThe room is funded by a three-year grant from a local foundation.\n",
	"yaml.md": "---\ntitle: Bridge closes for inspection\ndate: 2025-03-04\nsource: Valley News\nauthors: [Kim Park, Lee Chan]\n---\n\n" +
		"The old river bridge closed on Tuesday for a two-week structural inspection. Markeryamlword drivers were told to use the northern bypass.\n",
	"page.html": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Orchestra names new conductor | Arts Daily</title>
<meta property="og:site_name" content="Arts Daily"><meta property="article:published_time" content="2025-03-05T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/arts">Arts</a></nav><article><h1>Orchestra names new conductor</h1>
<p>The city orchestra named a new principal conductor on Wednesday, ending a two-year search. Markerhtmlword musicians welcomed the choice.</p>
<p>The conductor, who has led ensembles in three countries, will take up the post in September and has signed a five-year contract.</p>
</article><footer>© 2025 Arts Daily. All rights reserved.</footer></body></html>`,
	"wire.jsonl": `{"id":"one","title":"Rail strike called off","date":"2025-03-06","source":"Wire Desk","url":"https://wire.example/rail","text":"Rail unions called off a planned strike on Thursday after reaching a pay deal. Markerjsonlone commuters were relieved.\n\nThe deal raises wages by four percent over two years."}
{"id":"two","title":"Airport adds night flights","date":"2025-03-07","source":"Wire Desk","html":"<p>The airport will add night flights from April. Markerjsonltwo residents objected to the noise.</p><p>Officials promised a noise study.</p>"}
`,
}

func TestEveryFormatBuildsAWellFormedSite(t *testing.T) {
	dir := t.TempDir()
	content, out := filepath.Join(dir, "content"), filepath.Join(dir, "public")
	writeFiles(t, content, formatsContent)
	buildSite(t, content, out)

	newSiteChecker(t, out, "https://example.org/formats/").check()
	for _, marker := range []string{"Markerdumpword", "Markertomlword", "Markeryamlword", "Markerhtmlword", "Markerjsonlone", "Markerjsonltwo"} {
		assert.NotEmpty(t, pagesContaining(t, filepath.Join(out, "articles"), marker), "no article page shows %s", marker)
	}

	evs := publishedEvents(t, out)
	files := map[string]bool{}
	for _, e := range evs.Events {
		assert.NotEmpty(t, e.ID)
		assert.FileExists(t, filepath.Join(out, "events", e.ID, "index.html"))
		for _, a := range e.Articles {
			files[a.File] = true
			assert.FileExists(t, filepath.Join(out, "articles", a.ID, "index.html"))
		}
	}
	assert.Equal(t, map[string]bool{"dump.txt": true, "toml.md": true, "yaml.md": true, "page.html": true, "wire.jsonl": true}, files)
}

// pagesContaining lists the HTML pages under dir whose text contains s.
func pagesContaining(t *testing.T, dir, s string) []string {
	t.Helper()
	var found []string
	for _, p := range pagesUnder(t, dir) {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		if strings.Contains(string(b), s) {
			found = append(found, p)
		}
	}
	return found
}
