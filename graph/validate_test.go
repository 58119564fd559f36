package graph_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/graph"
)

func valid() graph.Extraction {
	return graph.Extraction{
		Article: graph.Article{ID: "0123456789abcdef", Date: "2025-08-30", Language: "en", Chars: 20},
		Entities: []graph.Entity{
			{Key: "country:KAZ", Type: graph.TypeCountry, Name: "Kazakhstan", Code: "KAZ", Mentions: []graph.Span{{Start: 0, End: 5}}},
			{Key: "event:x", Type: graph.TypeEvent, Name: "Talks", Kind: "meeting", Date: "2025-08-30"},
		},
		Relations: []graph.Relation{{Type: graph.RelParticipatedIn, From: "country:KAZ", To: "event:x", Evidence: graph.Evidence{Sentence: "s", Start: 0, End: 20}}},
	}
}

func TestValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(x *graph.Extraction)
		want string // "" means valid
	}{
		{"valid", func(*graph.Extraction) {}, ""},
		{"short id", func(x *graph.Extraction) { x.Article.ID = "abc" }, "shorter than 8"},
		{"bad article date", func(x *graph.Extraction) { x.Article.Date = "30/08/2025" }, "not YYYY-MM-DD"},
		{"unknown type", func(x *graph.Extraction) { x.Entities[0].Type = "Planet" }, "unknown type"},
		{"key of another type", func(x *graph.Extraction) { x.Entities[0].Key = "person:KAZ" }, "does not fit type"},
		{"duplicate key", func(x *graph.Extraction) { x.Entities = append(x.Entities, x.Entities[0]) }, "appears twice"},
		{"country code mismatch", func(x *graph.Extraction) { x.Entities[0].Code = "CHN" }, "has code"},
		{"mention outside text", func(x *graph.Extraction) { x.Entities[0].Mentions[0].End = 21 }, "outside the text"},
		{"unknown event kind", func(x *graph.Extraction) { x.Entities[1].Kind = "party" }, "unknown kind"},
		{"dangling relation", func(x *graph.Extraction) { x.Relations[0].To = "event:y" }, "not both entities"},
		{"unknown relation type", func(x *graph.Extraction) { x.Relations[0].Type = "LIKES" }, "unknown type"},
		{"evidence outside text", func(x *graph.Extraction) { x.Relations[0].Evidence.Start = -1 }, "evidence outside"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := valid()
			tc.edit(&x)
			err := x.Validate()
			if tc.want == "" {
				if err != nil {
					t.Fatalf("got %v, want valid", err)
				}
				return
			}
			if !errors.Is(err, graph.ErrInvalid) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want ErrInvalid mentioning %q", err, tc.want)
			}
		})
	}
}
