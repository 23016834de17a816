package group

import (
	"github.com/topicdigest/digest/site/model"
)

// scores are the grouping measures events.sh prints: BCubed F1 and the share
// of same-kind (same topic, different event) pairs wrongly put together.
type scores struct {
	bcubedP, bcubedR, bcubedF1 float64
	kindMerges                 float64
}

// score compares events with gold labels (article id -> event) and topics.
func score(evs []*model.Event, gold, topic map[string]string) scores {
	pred := map[string]string{}
	for _, e := range evs {
		for _, a := range e.Articles {
			pred[a.ID] = e.ID
		}
	}
	gm, pm := map[string][]string{}, map[string][]string{}
	for id := range gold {
		gm[gold[id]] = append(gm[gold[id]], id)
		pm[pred[id]] = append(pm[pred[id]], id)
	}
	var s scores
	ids := sortedKeys(gold)
	for _, id := range ids {
		inter := 0
		for _, o := range pm[pred[id]] {
			if gold[o] == gold[id] {
				inter++
			}
		}
		s.bcubedP += float64(inter) / float64(len(pm[pred[id]]))
		s.bcubedR += float64(inter) / float64(len(gm[gold[id]]))
	}
	n := float64(len(ids))
	s.bcubedP, s.bcubedR = s.bcubedP/n, s.bcubedR/n
	s.bcubedF1 = 2 * s.bcubedP * s.bcubedR / (s.bcubedP + s.bcubedR)
	pairs, merged := 0, 0
	for i, a := range ids {
		if len(topic) == 0 {
			break
		}
		for _, b := range ids[i+1:] {
			if topic[a] == topic[b] && gold[a] != gold[b] {
				pairs++
				if pred[a] == pred[b] {
					merged++
				}
			}
		}
	}
	s.kindMerges = float64(merged) / float64(max(pairs, 1))
	return s
}
