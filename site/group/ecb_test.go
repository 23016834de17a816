package group

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/topicdigest/digest/site/model"
)

// ecbDir is the ECB+ development corpus events.sh scores, beside the project.
const ecbDir = "../../../shared/bench/events/ecb-dev"

// loadECB reads the raw ECB+ files straight into articles (title = first line,
// text = the rest, undated), bypassing ingest and clean, so the grouper's own
// score can be told apart from the cleaner's.
func loadECB(t testing.TB) (arts []*model.Article, gold, topic map[string]string) {
	f, err := os.Open(filepath.Join(ecbDir, "labels.tsv"))
	if os.IsNotExist(err) {
		t.Skip("ECB+ corpus not present at " + ecbDir)
	}
	require.NoError(t, err)
	defer f.Close()
	gold, topic = map[string]string{}, map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		parts := strings.Split(sc.Text(), "\t")
		b, err := os.ReadFile(filepath.Join(ecbDir, parts[0]))
		require.NoError(t, err)
		id := strings.TrimSuffix(filepath.Base(parts[0]), ".txt")
		title, text, _ := strings.Cut(strings.TrimSpace(string(b)), "\n")
		for strings.HasPrefix(title, "http") { // a page address, not the title
			title, text, _ = strings.Cut(strings.TrimSpace(text), "\n")
		}
		arts = append(arts, &model.Article{ID: id, File: parts[0], Title: title, Text: text, Language: "en"})
		gold[id], topic[id] = parts[1], parts[2]
	}
	require.NoError(t, sc.Err())
	return arts, gold, topic
}

// TestECBRawText groups the ECB+ development topics from their raw text and
// holds the grouper to the bar: BCubed F1 >= 0.93 and kind merges
// <= 0.06 (measured 0.951 and 0.039).
func TestECBRawText(t *testing.T) {
	arts, gold, topic := loadECB(t)
	opts := Options{}
	if v := os.Getenv("ECB_THR"); v != "" {
		opts.Threshold, _ = strconv.ParseFloat(v, 64)
	}
	evs := Group(arts, opts)
	s := score(evs, gold, topic)
	t.Logf("ECB+ raw text: %d articles, %d events, BCubed P %.3f R %.3f F1 %.3f, kind_merges %.3f",
		len(arts), len(evs), s.bcubedP, s.bcubedR, s.bcubedF1, s.kindMerges)
	if os.Getenv("ECB_DUMP") != "" {
		dumpEvents(t, evs, gold)
	}
	require.GreaterOrEqual(t, s.bcubedF1, 0.93)
	require.LessOrEqual(t, s.kindMerges, 0.06)
}

// dumpEvents logs each predicted event with the gold label of every member.
func dumpEvents(t *testing.T, evs []*model.Event, gold map[string]string) {
	for _, e := range evs {
		var ls []string
		for _, a := range e.Articles {
			ls = append(ls, a.ID+"="+gold[a.ID])
		}
		t.Logf("%s: %s", e.ID, strings.Join(ls, " "))
	}
}
