package main

import (
	"context"
	"encoding/json"
	"fmt"
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

// TestIngestAllOrNothing sends ingestArticle texts that are not exactly
// one article and checks that each is refused with BAD_USER_INPUT and
// that nothing was written (a text of two JSON Lines used to store the
// first article and then answer the error).
func TestIngestAllOrNothing(t *testing.T) {
	s := testStore(t)
	h := testHandler(t, s, "secret-token")
	line := func(day int, text string) string {
		b, _ := json.Marshal(map[string]string{"title": fmt.Sprintf("Report %d", day), "date": fmt.Sprintf("2025-11-%02d", day), "text": text})
		return string(b)
	}
	// Each case's first article is new to the graph, so that writing it
	// would change the counts.
	call := func(day int) string {
		return line(day, fmt.Sprintf("ASTANA – Kazakh President Kassym-Jomart Tokayev held a phone call with Uzbek President Shavkat Mirziyoyev on Nov. %d. The presidents discussed trade.", day))
	}
	visit := line(20, "TASHKENT – Uzbek President Shavkat Mirziyoyev received the Kazakh Foreign Minister on Nov. 20. They discussed water and energy cooperation.")
	cases := []struct{ name, text string }{
		{"two articles as JSON Lines", call(4) + "\n" + visit + "\n"},
		{"an article, then a line that is not JSON", call(5) + "\nnot json\n"},
		{"an article, then an empty article", call(6) + "\n" + line(21, "") + "\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before, err := s.Counts(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			_, res, raw := post(t, h, `mutation($t: String!) { ingestArticle(text: $t) { article { id } nodesCreated } }`,
				map[string]any{"t": c.text}, "Authorization", "Bearer secret-token")
			if codes := res.codes(); len(codes) != 1 || codes[0] != "BAD_USER_INPUT" {
				t.Errorf("codes %v, want BAD_USER_INPUT: %s", codes, raw)
			}
			after, err := s.Counts(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if after != before {
				t.Errorf("the graph changed: %+v before, %+v after", before, after)
			}
		})
	}
}
