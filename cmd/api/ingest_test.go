package main

import (
	"context"
	"encoding/json"
	"testing"
)

// TestIngestMutation ingests an article through the API with the token,
// reads it back, and removes it again so the other tests see the corpus.
func TestIngestMutation(t *testing.T) {
	s := testStore(t)
	h := testHandler(t, s, "secret-token")
	ctx := context.Background()
	before, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	const text = "ASTANA – Kazakh President Kassym-Jomart Tokayev held a phone call with Uzbek President Shavkat Mirziyoyev on Nov. 3, the Akorda press service reported. The presidents discussed trade and energy cooperation."
	_, res, raw := post(t, h, `mutation($t: String!) { ingestArticle(text: $t, date: "2025-11-03", title: "Phone call") { article { id title date } nodesCreated relationshipsCreated warnings } }`,
		map[string]any{"t": text}, "Authorization", "Bearer secret-token")
	if len(res.Errors) > 0 {
		t.Fatalf("errors: %s", raw)
	}
	var d struct {
		IngestArticle struct {
			Article                            struct{ ID, Title, Date string }
			NodesCreated, RelationshipsCreated int
		}
	}
	if err := json.Unmarshal(res.Data, &d); err != nil {
		t.Fatal(err)
	}
	got := d.IngestArticle
	t.Cleanup(func() {
		if _, _, err := s.RemoveArticle(context.Background(), got.Article.ID); err != nil {
			t.Errorf("remove the test article: %v", err)
		}
		after, err := s.Counts(context.Background())
		if err != nil || after != before {
			t.Errorf("graph not restored: %+v before, %+v after (%v)", before, after, err)
		}
	})
	if got.Article.ID == "" || got.Article.Title != "Phone call" || got.Article.Date != "2025-11-03" || got.NodesCreated == 0 {
		t.Errorf("unexpected result: %s", raw)
	}
	_, res, raw = post(t, h, `query($id: ID!) { article(id: $id) { id title } }`, map[string]any{"id": got.Article.ID})
	if len(res.Errors) > 0 || string(res.Data) == `{"article":null}` {
		t.Errorf("article not readable: %s", raw)
	}
	_, res, _ = post(t, h, `mutation { ingestArticle(text: "   ") { nodesCreated } }`, nil, "Authorization", "Bearer secret-token")
	if c := res.codes(); len(c) != 1 || c[0] != "BAD_USER_INPUT" {
		t.Errorf("empty text: codes %v, want BAD_USER_INPUT", c)
	}
}
