package group

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

// followUpArticles are two reports of a shooting, a report of the gunman's
// conviction eleven months later that names the same gunman, victims, place
// and figures, and an unrelated story.
func followUpArticles() []*model.Article {
	mk := datedArticle
	return []*model.Article{
		mk("shot-a", "2024-03-02", "Gunman kills two at Harmon Street diner in Dayton",
			"Police said Marcus Kellner, 34, opened fire at the Harmon Street diner in Dayton on Friday, killing Ellen Ruiz and Tom Becker.\n\nFive people were wounded; 14 shots were fired, Police Chief Dana Olsen said."),
		mk("shot-b", "2024-03-03", "Dayton diner shooting suspect Marcus Kellner held",
			"Marcus Kellner was charged with murdering Ellen Ruiz and Tom Becker at the Harmon Street diner in Dayton.\n\nChief Dana Olsen said 14 shots were fired and five wounded."),
		mk("verdict", "2025-02-20", "Marcus Kellner convicted of Harmon Street diner killings",
			"A Dayton jury convicted Marcus Kellner of murdering Ellen Ruiz and Tom Becker at the Harmon Street diner.\n\nProsecutors said he fired 14 shots, wounding five, before Chief Dana Olsen's officers arrested him."),
		mk("other", "2025-02-20", "City council approves new library budget",
			"The council approved a budget for a new public library after a long debate about parking and opening hours."),
	}
}

func TestStrongFollowUpJoinsBeyondTheWindow(t *testing.T) {
	evs := Group(followUpArticles(), Options{})
	by := map[string]*model.Event{}
	for _, e := range evs {
		for _, a := range e.Articles {
			by[a.ID] = e
		}
	}
	require.Len(t, evs, 2)
	assert.Same(t, by["shot-a"], by["verdict"])
	assert.Same(t, by["shot-b"], by["verdict"])
	assert.NotSame(t, by["verdict"], by["other"])
	ex, err := Explain(followUpArticles(), Options{}, "shot-a", "verdict")
	require.NoError(t, err)
	assert.True(t, ex.Together)
	assert.True(t, ex.Strong)
	assert.Greater(t, ex.DaysApart, float64(DefaultWindowDays))
}
