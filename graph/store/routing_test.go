package store_test

import (
	"context"
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/graph/store/storetest"
)

// TestRoutingReadsItsOwnWrites opens the store with the neo4j:// scheme,
// as against a cluster (routing table, reads sent to readers), writes an
// article and reads it back at once: the read must see the write
// (bookmarks), here on the single test server.
func TestRoutingReadsItsOwnWrites(t *testing.T) {
	storetest.Open(t)
	cfg := storetest.Config()
	cfg.URI = "neo4j://" + strings.TrimPrefix(strings.TrimPrefix(cfg.URI, "bolt://"), "neo4j://")
	ctx := context.Background()
	s, err := store.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("open %s: %v", cfg.URI, err)
	}
	t.Cleanup(func() { _ = s.Close(ctx) }) // after the fixtures' cleanups
	for i := 0; i < 5; i++ {
		f := newFixture(t)
		f.cleanup(t, s)
		if _, err := s.WriteArticle(ctx, &f.x); err != nil {
			t.Fatal(err)
		}
		got, found, err := s.ArticleGraph(ctx, f.x.Article.ID)
		if err != nil || !found || len(got.Events) != 1 {
			t.Fatalf("read after write through routing: %+v found %v, %v", got, found, err)
		}
	}
}
