package store_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/graph/store/storetest"
)

// dump lists, sorted, every node among keys/ids and every relationship
// between them, with all properties: a canonical picture to compare.
func dump(t *testing.T, s *store.Store, keys, ids []string) []string {
	t.Helper()
	rows, err := s.Exec(context.Background(), `
MATCH (n) WHERE n.key IN $keys OR n.id IN $ids OR n.article IN $ids
OPTIONAL MATCH (n)-[r]->(m) WHERE m.key IN $keys OR m.id IN $ids OR m.article IN $ids
RETURN labels(n) AS labels, properties(n) AS props, type(r) AS type, properties(r) AS rprops, coalesce(m.key, m.id) AS to`,
		map[string]any{"keys": keys, "ids": ids})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range rows {
		// a fact's id is random: its evidence is compared by ends and dates
		if rp, ok := r["rprops"].(map[string]any); ok {
			delete(rp, "id")
			delete(rp, "fact")
		}
		node := fmt.Sprint(r["labels"], r["props"])
		out = append(out, node)
		if r["type"] != nil {
			out = append(out, fmt.Sprint(node, " -", r["type"], r["rprops"], "-> ", r["to"]))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func TestRemoveArticleUndoesExactlyItsContribution(t *testing.T) {
	s := storetest.Open(t)
	ctx := ctxT(t)
	f := newFixture(t)
	f.cleanup(t, s)

	// A second article about the same pair on a later date: it shares the
	// countries, leaders and trade figure, but not the meeting or the city.
	b := f.x
	b.Article.ID = "test2" + f.tag
	b.Article.Date = "2025-06-01"
	b.Entities = slices.Clone(f.x.Entities[:4])
	b.Relations = nil
	for _, r := range f.x.Relations {
		if r.Type == graph.RelLeads || r.Type == graph.RelTradeVolume {
			b.Relations = append(b.Relations, r)
		}
	}
	f.cleanup(t, s, b.Article.ID)
	var keys []string
	for _, e := range f.x.Entities {
		keys = append(keys, e.Key)
	}
	ids := []string{f.x.Article.ID, b.Article.ID}

	empty, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	write := func(x *graph.Extraction) {
		t.Helper()
		if _, err := s.WriteArticle(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	write(&f.x)
	write(&b)
	full := dump(t, s, keys, ids)
	fullCounts, _ := s.Counts(ctx)

	st, found, err := s.RemoveArticle(ctx, f.x.Article.ID)
	if err != nil || !found {
		t.Fatalf("remove: found %v, %v", found, err)
	}
	if st.NodesDeleted != 5 { // the article, its two sentences, the event and the city
		t.Errorf("removal deleted %d nodes, want 5", st.NodesDeleted)
	}
	rows, err := s.Exec(ctx, `
MATCH (:Country {code: $a})-[t:TRADE_VOLUME]->(:Country {code: $b})
CALL (t) { MATCH (s:Sentence)-[e:EVIDENCE]->() WHERE e.fact = t.id AND e.side = 'from' RETURN collect(s.article) AS articles }
RETURN articles, size(articles) AS evidence, t.sourceCount AS sources, toString(t.firstReported) AS first, toString(t.lastReported) AS last`,
		map[string]any{"a": f.a, "b": f.b})
	if err != nil || len(rows) != 1 {
		t.Fatalf("shared trade figure after removal: %v %v", rows, err)
	}
	if got := rows[0]; fmt.Sprint(got["articles"]) != fmt.Sprint([]any{b.Article.ID}) || got["evidence"] != int64(1) || got["sources"] != int64(1) ||
		got["first"] != "2025-06-01" || got["last"] != "2025-06-01" {
		t.Errorf("shared trade figure keeps %v, want only the second article's evidence and dates", got)
	}
	rows, _ = s.Exec(ctx, "MATCH (n) WHERE n.key IN $keys RETURN n.key AS key", map[string]any{"keys": []string{f.event, f.city}})
	if len(rows) != 0 {
		t.Errorf("entities only the removed article supported survive: %v", rows)
	}

	if _, found, err := s.RemoveArticle(ctx, b.Article.ID); err != nil || !found {
		t.Fatalf("remove second: %v %v", found, err)
	}
	if got, _ := s.Counts(ctx); got != empty {
		t.Errorf("after removing both articles: %+v, want %+v as before", got, empty)
	}
	if _, found, err := s.RemoveArticle(ctx, b.Article.ID); err != nil || found {
		t.Errorf("removing a missing article: found %v, %v", found, err)
	}

	write(&f.x)
	write(&b)
	if got, _ := s.Counts(ctx); got != fullCounts {
		t.Errorf("after adding back: %+v, want %+v", got, fullCounts)
	}
	if again := dump(t, s, keys, ids); !slices.Equal(again, full) {
		t.Errorf("graph after remove and re-add differs:\n%v\nwant\n%v", again, full)
	}
}

func TestRevisedArticleReplacesItsEarlierVersion(t *testing.T) {
	s := storetest.Open(t)
	ctx := ctxT(t)
	f := newFixture(t)
	f.x.Article.Origin = "https://example.org/" + f.tag
	revised := f.x
	revised.Article.ID = "test3" + f.tag
	revised.Relations = slices.DeleteFunc(slices.Clone(f.x.Relations), func(r graph.Relation) bool { return r.Type == graph.RelTradeVolume })
	f.cleanup(t, s, revised.Article.ID)

	before, _ := s.Counts(ctx)
	if _, err := s.WriteArticle(ctx, &revised); err != nil {
		t.Fatal(err)
	}
	onlyRevised, _ := s.Counts(ctx)
	if _, found, err := s.RemoveArticle(ctx, revised.Article.ID); err != nil || !found {
		t.Fatal(found, err)
	}
	if got, _ := s.Counts(ctx); got != before {
		t.Fatalf("remove left %+v, want %+v", got, before)
	}

	if _, err := s.WriteArticle(ctx, &f.x); err != nil {
		t.Fatal(err)
	}
	if _, err := s.WriteArticle(ctx, &revised); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Counts(ctx); got != onlyRevised {
		t.Errorf("original then revision: %+v, want %+v as with the revision alone", got, onlyRevised)
	}
	rows, err := s.Exec(ctx, "MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id", map[string]any{"ids": []string{f.x.Article.ID, revised.Article.ID}})
	if err != nil || len(rows) != 1 || rows[0]["id"] != revised.Article.ID {
		t.Errorf("articles stored: %v %v, want only the revision", rows, err)
	}
}

func TestReextractedArticleReplacesItsStaleFacts(t *testing.T) {
	s := storetest.Open(t)
	ctx := ctxT(t)
	f := newFixture(t)
	f.cleanup(t, s)
	if _, err := s.WriteArticle(ctx, &f.x); err != nil {
		t.Fatal(err)
	}
	// The same article as a better extractor reads it: no trade figure.
	better := f.x
	better.Relations = slices.DeleteFunc(slices.Clone(f.x.Relations), func(r graph.Relation) bool { return r.Type == graph.RelTradeVolume })
	if _, err := s.WriteArticle(ctx, &better); err != nil {
		t.Fatal(err)
	}
	rows, err := s.Exec(ctx, "MATCH (:Country {code: $a})-[t:TRADE_VOLUME]-() RETURN count(t) AS n", map[string]any{"a": f.a})
	if err != nil || rows[0]["n"] != int64(0) {
		t.Errorf("stale trade figure after re-extraction: %v %v", rows, err)
	}
	again, err := s.WriteArticle(ctx, &better)
	if err != nil || again.NodesCreated != 0 || again.RelationshipsCreated != 0 {
		t.Errorf("writing the same extraction again: %+v %v; want nothing created", again, err)
	}
}
