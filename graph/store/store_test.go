package store_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/graph/store/storetest"
)

// fixture builds a small, valid extraction whose keys are unique to this
// test run: two countries with user-assigned codes, their leaders, a
// meeting in a city, and a trade figure.
type fixture struct {
	a, b   string // country codes
	tag    string
	x      graph.Extraction
	leader [2]string
	event  string
	city   string
}

// codeSeq hands out country codes in the user-assigned Q range, distinct
// within one test process, from a random start.
var codeSeq = rand.IntN(676)

func nextCode() string {
	codeSeq = (codeSeq + 1) % 676
	return "Q" + string(rune('A'+codeSeq/26)) + string(rune('A'+codeSeq%26))
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	f := &fixture{a: nextCode(), b: nextCode(), tag: fmt.Sprintf("t%d", rand.Int64())}
	if f.b < f.a {
		f.a, f.b = f.b, f.a
	}
	text := "The presidents of Aland and Bland met in Cetown on 1 May 2025. Trade reached $5 billion in 2024."
	sent1 := graph.Evidence{Sentence: "The presidents of Aland and Bland met in Cetown on 1 May 2025.", Start: 0, End: 62}
	sent2 := graph.Evidence{Sentence: "Trade reached $5 billion in 2024.", Start: 63, End: 96}
	f.leader = [2]string{"person:alpha-" + f.tag, "person:beta-" + f.tag}
	f.event = "event:meeting:2025-05-01:" + f.tag
	f.city = "place:cetown-" + f.tag
	ca, cb := "country:"+f.a, "country:"+f.b
	f.x = graph.Extraction{
		Article: graph.Article{ID: "test" + f.tag, Title: "Test " + f.tag, Date: "2025-05-01", Language: "en", Chars: len([]rune(text)), Text: text},
		Entities: []graph.Entity{
			{Key: ca, Type: graph.TypeCountry, Name: "Aland " + f.tag, Code: f.a, Aliases: []string{"Aland"}, Mentions: []graph.Span{{Start: 18, End: 23}}},
			{Key: cb, Type: graph.TypeCountry, Name: "Bland " + f.tag, Code: f.b},
			{Key: f.leader[0], Type: graph.TypeLeader, Name: "Alpha", Title: "President", Country: f.a},
			{Key: f.leader[1], Type: graph.TypeLeader, Name: "Beta", Title: "President", Country: f.b},
			{Key: f.city, Type: graph.TypeLocation, Name: "Cetown", Country: f.a, Kind: "city"},
			{Key: f.event, Type: graph.TypeEvent, Name: "Talks", Kind: "meeting", Date: "2025-05-01", Location: f.city,
				Participants: []string{f.leader[0], f.leader[1]}, Summary: sent1.Sentence},
		},
		Relations: []graph.Relation{
			{Type: graph.RelLeads, From: f.leader[0], To: ca, Title: "President", Evidence: sent1},
			{Type: graph.RelLeads, From: f.leader[1], To: cb, Title: "President", Evidence: sent1},
			{Type: graph.RelParticipatedIn, From: f.leader[0], To: f.event, Evidence: sent1},
			{Type: graph.RelParticipatedIn, From: f.leader[1], To: f.event, Evidence: sent1},
			{Type: graph.RelHeldIn, From: f.event, To: f.city, Evidence: sent1},
			{Type: graph.RelLocatedIn, From: f.city, To: ca, Evidence: sent1},
			{Type: graph.RelTradeVolume, From: ca, To: cb, Year: 2024, ValueUSD: 5e9, Text: "$5 billion", Evidence: sent2},
		},
	}
	return f
}

// cleanup deletes everything the fixture's extraction can have created.
func (f *fixture) cleanup(t *testing.T, s *store.Store, articles ...string) {
	t.Helper()
	t.Cleanup(func() {
		ctx := context.Background()
		keys := []string{}
		for _, e := range f.x.Entities {
			keys = append(keys, e.Key)
		}
		_, err := s.Exec(ctx, `
MATCH (n) WHERE n.key IN $keys OR n.id IN $articles OR n.article IN $articles
   OR (n:Country AND n.code IN $codes)
DETACH DELETE n`, map[string]any{"keys": keys, "articles": append(articles, f.x.Article.ID), "codes": []string{f.a, f.b}})
		if err != nil {
			t.Errorf("cleanup: %v", err)
		}
	})
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	return ctx
}

func TestMigrateIsIdempotent(t *testing.T) {
	s := storetest.Open(t) // migrates once
	ctx := ctxT(t)
	count := func() int {
		rows, err := s.Exec(ctx, "SHOW CONSTRAINTS YIELD name RETURN count(*) AS n", nil)
		if err != nil {
			t.Fatal(err)
		}
		return int(rows[0]["n"].(int64))
	}
	before := count()
	if err := s.Migrate(ctx); err != nil {
		t.Fatalf("second migrate: %v", err)
	}
	if after := count(); after != before || before < 11 {
		t.Fatalf("constraints: got %d after second migration, %d after first; want equal and >= 11", after, before)
	}
	rows, err := s.Exec(ctx, "SHOW INDEXES YIELD name, state WHERE name = 'entity_text' RETURN state", nil)
	if err != nil || len(rows) != 1 || rows[0]["state"] != "ONLINE" {
		t.Fatalf("full-text index entity_text: got %v, %v; want ONLINE", rows, err)
	}
}

// TestMigrateDropsTheCatchAllLabel builds what a graph written before
// migration 008 held (every entity also labelled Entity, with its key
// constraint, and no record of the backfill) and checks that Migrate
// takes both away and that the entities are still found by key.
func TestMigrateDropsTheCatchAllLabel(t *testing.T) {
	s := storetest.Open(t)
	ctx := ctxT(t)
	f := newFixture(t)
	f.cleanup(t, s)
	if _, err := s.WriteArticle(ctx, &f.x); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, e := range f.x.Entities {
		keys = append(keys, e.Key)
	}
	for _, st := range []string{
		"MATCH (n) WHERE n.key IN $keys SET n:Entity",
		"CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE",
		"MATCH (l:Lock {key: 'migration:one-label'}) DELETE l",
	} {
		if _, err := s.Exec(ctx, st, map[string]any{"keys": keys}); err != nil {
			t.Fatalf("%s: %v", st, err)
		}
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	rows, err := s.Exec(ctx, `
CALL () { MATCH (n:Entity) RETURN count(n) AS labelled }
CALL () { MATCH (l:Lock {key: 'migration:one-label'}) RETURN count(l) AS marked }
RETURN labelled, marked`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := rows[0]; r["labelled"] != int64(0) || r["marked"] != int64(1) {
		t.Errorf("after Migrate: %v, want no Entity label and the backfill marked", r)
	}
	rows, err = s.Exec(ctx, "SHOW CONSTRAINTS YIELD name WHERE name = 'entity_key' RETURN name", nil)
	if err != nil || len(rows) != 0 {
		t.Errorf("after Migrate: constraint entity_key %v, %v; want none", rows, err)
	}
	got, err := s.Entities(ctx, keys)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(keys) {
		t.Errorf("Entities found %d of the %d keys after the migration", len(got), len(keys))
	}
}

func TestWriteArticleTwiceChangesNothing(t *testing.T) {
	s := storetest.Open(t)
	ctx := ctxT(t)
	f := newFixture(t)
	f.cleanup(t, s)

	first, err := s.WriteArticle(ctx, &f.x)
	if err != nil {
		t.Fatalf("first write: %v", err)
	}
	if first.NodesCreated != 1+len(f.x.Entities)+2 { // article, entities, two sentences
		t.Errorf("first write created %d nodes, want %d", first.NodesCreated, 1+len(f.x.Entities)+2)
	}
	before, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	second, err := s.WriteArticle(ctx, &f.x)
	if err != nil {
		t.Fatalf("second write: %v", err)
	}
	after, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if second.NodesCreated != 0 || second.RelationshipsCreated != 0 {
		t.Errorf("second write created %+v, want nothing", second)
	}
	if after != before {
		t.Errorf("counts after second write %+v, want %+v", after, before)
	}

	// The event is linked to both leaders, its place and the article, with
	// provenance on every relationship.
	rows, err := s.Exec(ctx, `
MATCH (e:Event {key: $event})
OPTIONAL MATCH (l:Leader)-[p:PARTICIPATED_IN]->(e)
OPTIONAL MATCH (e)-[:HELD_IN]->(c:Location)
OPTIONAL MATCH (a:Article)-[:REPORTS]->(e)
RETURN collect(DISTINCT l.key) AS leaders, collect(DISTINCT c.key) AS places, collect(DISTINCT a.id) AS articles,
       collect(DISTINCT [(s:Sentence)-[ev:EVIDENCE {side: 'from'}]->(l) WHERE ev.fact = p.id | s.key]) AS evidence,
       toString(e.date) AS date`, map[string]any{"event": f.event})
	if err != nil || len(rows) != 1 {
		t.Fatalf("read event: %v %v", rows, err)
	}
	r := rows[0]
	if got := len(r["leaders"].([]any)); got != 2 {
		t.Errorf("event has %d leaders, want 2", got)
	}
	if got := r["places"].([]any); len(got) != 1 || got[0] != f.city {
		t.Errorf("event held in %v, want %s", got, f.city)
	}
	if got := r["articles"].([]any); len(got) != 1 || got[0] != f.x.Article.ID {
		t.Errorf("event reported by %v, want %s", got, f.x.Article.ID)
	}
	if got := r["evidence"].([]any); len(got) != 1 || len(got[0].([]any)) != 1 {
		t.Errorf("participation evidence %v, want one sentence key", got)
	}
	if r["date"] != "2025-05-01" {
		t.Errorf("event date %v, want 2025-05-01", r["date"])
	}
	rows, err = s.Exec(ctx, `
MATCH (:Country {code: $a})-[t:TRADE_VOLUME]->(:Country {code: $b})
MATCH (s:Sentence)-[e:EVIDENCE]->() WHERE e.fact = t.id AND e.side = 'from'
RETURN t.year AS year, t.valueUsd AS value, s.text AS sentence`, map[string]any{"a": f.a, "b": f.b})
	if err != nil || len(rows) != 1 {
		t.Fatalf("read trade: %v %v", rows, err)
	}
	if rows[0]["year"] != int64(2024) || rows[0]["value"] != 5e9 || rows[0]["sentence"] != "Trade reached $5 billion in 2024." {
		t.Errorf("trade figure %v", rows[0])
	}
}

func TestFailedArticleRollsBackAlone(t *testing.T) {
	s := storetest.Open(t)
	ctx := ctxT(t)
	good, bad := newFixture(t), newFixture(t)
	good.cleanup(t, s)
	bad.cleanup(t, s)

	// A country node that already holds bad's first code under another key:
	// writing bad creates country:<code> with the same code, which the
	// uniqueness constraint on Country.code rejects mid-transaction, after
	// the article node and other entities were already merged.
	if _, err := s.Exec(ctx, "CREATE (:Country {key: $key, code: $code, name: 'squatter'})",
		map[string]any{"key": "country:squatter-" + bad.tag, "code": bad.b}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_, _ = s.Exec(context.Background(), "MATCH (n {key: $key}) DETACH DELETE n", map[string]any{"key": "country:squatter-" + bad.tag})
	})
	before, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.WriteArticle(ctx, &bad.x); err == nil {
		t.Fatal("writing an article that violates a constraint succeeded")
	}
	if after, _ := s.Counts(ctx); after != before {
		t.Errorf("failed write changed the graph: %+v, want %+v", after, before)
	}
	if _, err := s.WriteArticle(ctx, &good.x); err != nil {
		t.Fatalf("the next article failed too: %v", err)
	}
	rows, err := s.Exec(ctx, "MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id", map[string]any{"ids": []string{good.x.Article.ID, bad.x.Article.ID}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0]["id"] != good.x.Article.ID {
		t.Errorf("articles stored: %v, want only %s", rows, good.x.Article.ID)
	}
}

func TestWriteArticleRejectsInvalidExtraction(t *testing.T) {
	s := storetest.Open(t)
	ctx := ctxT(t)
	f := newFixture(t)
	f.cleanup(t, s)
	f.x.Relations = append(f.x.Relations, graph.Relation{Type: graph.RelSupports, From: "country:" + f.a, To: "org:missing", Evidence: graph.Evidence{Sentence: "x", Start: 0, End: 1}})
	before, _ := s.Counts(ctx)
	_, err := s.WriteArticle(ctx, &f.x)
	if !errors.Is(err, graph.ErrInvalid) {
		t.Fatalf("got %v, want an error wrapping graph.ErrInvalid", err)
	}
	if after, _ := s.Counts(ctx); after != before {
		t.Errorf("rejected write changed the graph: %+v, want %+v", after, before)
	}
}

func TestOpenReportsWhyItFailed(t *testing.T) {
	storetest.Open(t) // a reachable server is needed for the wrong-password case
	ctx := ctxT(t)
	for _, tc := range []struct {
		name string
		edit func(*store.Config)
		want error
	}{
		{"wrong password", func(c *store.Config) { c.Password = "not-the-password" }, store.ErrAuth},
		{"nothing listening", func(c *store.Config) { c.URI = "bolt://127.0.0.1:1" }, store.ErrUnavailable},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := storetest.Config()
			tc.edit(&cfg)
			s, err := store.Open(ctx, cfg)
			if err == nil {
				s.Close(ctx)
				t.Fatal("Open succeeded")
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}
