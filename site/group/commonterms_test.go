package group

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

func TestCommonCut(t *testing.T) {
	for _, tc := range []struct {
		articles int
		cut      int32
	}{
		{3, commonFloor},   // the sample digest: no word is common
		{300, commonFloor}, // the floor, not 30%
		{413, 127},         // ECB+ topics 1-20: 30% of the steady count, 424
		{10_000, 3_033},    // 30% of 10,111
		{100_000, 30_046},  // 30% of 100,155
		{100_001, 30_046},  // one article more does not move the cut
		{0, commonFloor},   // nothing to count
	} {
		assert.Equal(t, tc.cut, commonCut(tc.articles), "%d articles", tc.articles)
	}
}

// commonBags is n bags: every one holds "everywhere", the first few hold
// "often" and each holds a name of its own.
func commonBags(n, often int) []*termBag {
	bags := make([]*termBag, n)
	for i := range bags {
		b := newTermBag()
		b.add("everywhere", 1)
		if i < often {
			b.add("often", 1)
		}
		b.add(fmt.Sprintf("name%d", i), 1)
		bags[i] = &b
	}
	return bags
}

func TestWeighBagLeavesCommonTermsOut(t *testing.T) {
	for _, tc := range []struct {
		name      string
		articles  int
		often     int
		wantTerms []string // the first article's vector
	}{
		{"small digest keeps every term", 50, 50, []string{"everywhere", "often", "name0"}},
		{"at the floor a term is not common", commonFloor, commonFloor, []string{"everywhere", "often", "name0"}},
		{"above the floor but within the share a term is not common", 1_000, 250, []string{"often", "name0"}},
		{"at the share a term is not common", 1_000, 306, []string{"often", "name0"}}, // 30% of the steady count, 1,021
		{"above the share and the floor a term is common", 1_000, 307, []string{"name0"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bags := commonBags(tc.articles, tc.often)
			voc, globs := buildVocabulary(bags)
			v := voc.weighBag(bags[0], globs[0])
			var got []string
			for _, id := range v.ids {
				got = append(got, voc.terms[id])
			}
			assert.ElementsMatch(t, tc.wantTerms, got)
			require.InDelta(t, 1, v.norm(), 1e-12, "the vector stays a unit vector")
		})
	}
}

// harbourDigest is n articles that all name the harbour, each with a story of
// its own.
func harbourDigest(n int) []*model.Article {
	var arts []*model.Article
	for i := range n {
		arts = append(arts, &model.Article{ID: fmt.Sprintf("a%03d", i), Language: "en",
			Title: fmt.Sprintf("Harbour notes: berth %d", i),
			Text:  fmt.Sprintf("The harbour office said berth %d will host the vessel Kestrel%d for repairs.", i, i)})
	}
	return arts
}

func TestExplainNamesTheCommonTerms(t *testing.T) {
	for _, tc := range []struct {
		articles int
		want     []string
	}{
		{3, nil}, // no word is common in a small digest
		{commonFloor + 20, []string{"berth", "harbour", "host", "note", "offic"}}, // in every article: ties alphabetical, five of them
	} {
		ex, err := Explain(harbourDigest(tc.articles), Options{}, "a000", "a001")
		require.NoError(t, err)
		if tc.want == nil {
			assert.Empty(t, ex.Common, "%d articles", tc.articles)
			assert.NotContains(t, ex.String(), "not counted")
			continue
		}
		assert.Equal(t, tc.want, ex.Common, "%d articles", tc.articles)
		assert.Contains(t, ex.String(), "not counted, in over 30% of the articles: ")
	}
}
