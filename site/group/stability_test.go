package group

import (
	"math/rand/v2"
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

// eventsData is what a grouping shows, comparable with Equal.
func eventsData(evs []*model.Event) []model.EventJSON {
	return model.NewEventsJSON(evs).Events
}

func TestSameEventsWhateverOrderOrCores(t *testing.T) {
	arts, _ := synthArticles(400, 7)
	want := Group(arts, Options{})
	shuffled := append([]*model.Article(nil), arts...)
	rand.New(rand.NewPCG(3, 4)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	for _, procs := range []int{1, 4} {
		prev := runtime.GOMAXPROCS(procs)
		got := Group(shuffled, Options{})
		runtime.GOMAXPROCS(prev)
		assert.Equal(t, eventsData(want), eventsData(got), "%d cores", procs)
		for k := range want {
			assert.Equal(t, want[k].Summary, got[k].Summary)
			assert.Equal(t, want[k].Related, got[k].Related)
			assert.Equal(t, want[k].Adds, got[k].Adds)
		}
	}
}

func TestNewCoverageKeepsEventID(t *testing.T) {
	arts, _ := synthArticles(200, 11)
	before := Group(arts, Options{})
	first := before[len(before)/2]
	later := *first.Articles[len(first.Articles)-1]
	later.ID, later.File = "zz-later-report", "zz-later-report.md"
	later.Date = later.Date.Add(24 * time.Hour)
	after := Group(append(arts, &later), Options{})
	var found *model.Event
	for _, e := range after {
		for _, a := range e.Articles {
			if a.ID == later.ID {
				found = e
			}
		}
	}
	require.NotNil(t, found)
	assert.Equal(t, first.ID, found.ID)
	assert.Len(t, found.Articles, len(first.Articles)+1)
	assert.True(t, found.Updated.After(first.Updated) || found.Updated.Equal(later.Date))
}
