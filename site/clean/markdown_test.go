package clean

import (
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

func TestToMarkdownFrontMatterIsTOML(t *testing.T) {
	a := model.Article{Title: "A \"quoted\" \\ title\x01", Source: "Süd\tKurier", Authors: []string{"Jane \"JD\" Doe"}, Markdown: "Body"}
	var fm struct {
		Title   string
		Source  string
		Authors []string
	}
	md := ToMarkdown(&a)
	front := strings.TrimPrefix(strings.SplitN(md, "+++\n\n", 2)[0], "+++\n")
	_, err := toml.Decode(front, &fm)
	require.NoError(t, err, front)
	assert.Equal(t, a.Title, fm.Title)
	assert.Equal(t, a.Source, fm.Source)
	assert.Equal(t, a.Authors, fm.Authors)
}
