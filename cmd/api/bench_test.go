package main

import (
	"testing"
)

// BenchmarkMix runs the load generator's mix through the real handler
// (no network), reporting allocations per request.
func BenchmarkMix(b *testing.B) {
	s := benchStore(b)
	h := testHandlerTB(b, s)
	queries := []string{
		`{ country(code: "KAZ") { key code iso2 name } }`,
		`{ relation(a: "KAZ", b: "CHN") { partnership { level lastSeen } trade { year valueUsd record } projects { name status } sectors { sector { name } mentions } leaders { name } firstContact lastContact } }`,
		`{ events(country: "KAZ", first: 10) { nodes { key kind date summary } pageInfo { hasNextPage endCursor } } }`,
		`{ search(text: "Tokayev Xi", first: 5) { score node { key } } }`,
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if code, res, _ := postTB(b, h, queries[i%len(queries)]); code != 200 || len(res.Errors) > 0 {
			b.Fatalf("status %d errors %v", code, res.Errors)
		}
	}
}
