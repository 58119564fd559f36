package store_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/graph/store/storetest"
)

// variant returns a copy of f's extraction as another outlet would report
// it: another article id and date, a fuller name for the first leader, and
// the event under the key its own date gives.
func variant(f *fixture, id, date, leaderKey string) graph.Extraction {
	x := f.x
	x.Article.ID = id
	x.Article.Date = date
	re := map[string]string{f.event: "event:meeting:" + date + ":" + f.tag}
	if leaderKey != "" {
		re[f.leader[0]] = leaderKey
	}
	x.Entities = slices.Clone(f.x.Entities)
	for i := range x.Entities {
		x.Entities[i].Participants = slices.Clone(x.Entities[i].Participants)
		if x.Entities[i].Type == graph.TypeEvent {
			x.Entities[i].Date = date
		}
	}
	x.Relations = slices.Clone(f.x.Relations)
	x.Rekey(re)
	return x
}

func TestReportsOfOneEventShareOneNode(t *testing.T) {
	s := storetest.Open(t)
	ctx := ctxT(t)
	f := newFixture(t)
	fuller := "person:john-" + strings.TrimPrefix(f.leader[0], "person:")
	nextDay := variant(f, "testb"+f.tag, "2025-05-02", fuller)
	later := variant(f, "testc"+f.tag, "2025-05-20", "")
	f.cleanup(t, s, nextDay.Article.ID, later.Article.ID)
	t.Cleanup(func() {
		_, _ = s.Exec(ctxT(t), "MATCH (n) WHERE n.key STARTS WITH 'event:meeting:' AND n.key CONTAINS $tag OR n.key = $fuller DETACH DELETE n",
			map[string]any{"tag": f.tag, "fuller": fuller})
	})

	for _, x := range []*graph.Extraction{&f.x, &nextDay, &later} {
		if _, err := s.WriteArticle(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	rows, err := s.Exec(ctx, `
MATCH (a:Article)-[:REPORTS]->(e:Event) WHERE a.id IN $ids
WITH e, count(a) AS sources ORDER BY toString(e.date)
RETURN toString(e.date) AS date, sources`, map[string]any{"ids": []string{f.x.Article.ID, nextDay.Article.ID, later.Article.ID}})
	if err != nil {
		t.Fatal(err)
	}
	got := []string{}
	for _, r := range rows {
		got = append(got, r["date"].(string)+"×"+string(rune('0'+r["sources"].(int64))))
	}
	// two reports, one date each: the tie goes to the latest report
	if want := []string{"2025-05-02×2", "2025-05-20×1"}; !slices.Equal(got, want) {
		t.Errorf("events (date×sources) %v, want %v", got, want)
	}
	rows, err = s.Exec(ctx, "MATCH (l:Leader) WHERE l.key IN $keys RETURN l.key AS key", map[string]any{"keys": []string{f.leader[0], fuller}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0]["key"] != fuller {
		t.Errorf("leaders %v, want the one node, under the fuller name %s", rows, fuller)
	}
}
