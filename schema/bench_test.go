package schema_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/schema"
)

// pageStub answers Countries and Events from memory: one page of ten events.
type pageStub struct{ stub }

func (s *pageStub) Events(ctx context.Context, qs []graph.EventQuery) ([]graph.Page[graph.Entity], error) {
	out := make([]graph.Page[graph.Entity], len(qs))
	for i := range qs {
		for j := 0; j < 10; j++ {
			e := graph.Entity{Key: fmt.Sprintf("event:meeting:2025-08-%02d:CHN-KAZ", j+1), Type: graph.TypeEvent, Kind: "meeting",
				Date: fmt.Sprintf("2025-08-%02d", j+1), Summary: "The presidents held talks."}
			out[i].Items = append(out[i].Items, e)
			out[i].Cursors = append(out[i].Cursors, graph.Cursor{Sort: e.Date, Key: e.Key, Set: true})
		}
		out[i].HasNext = true
	}
	return out, nil
}

// BenchmarkExecuteEventsPage measures what the schema itself costs for a
// page of ten events, with the data already in memory: parsing is cached,
// so this is validation of limits, execution and result building.
func BenchmarkExecuteEventsPage(b *testing.B) {
	s, err := schema.New(&pageStub{}, schema.Options{})
	if err != nil {
		b.Fatal(err)
	}
	req := schema.Request{Query: `{ events(country: "KAZ", first: 10) { nodes { key kind date summary } pageInfo { hasNextPage endCursor } } }`}
	ctx := context.Background()
	if res := s.Execute(ctx, req); len(res.Errors) > 0 {
		b.Fatal(res.Errors)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.Execute(ctx, req)
	}
}
