package main

import (
	"strings"
	"testing"

	"github.com/bilateral-kg/bilateral/graph/store/storetest"
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

// BenchmarkAttacks answers each hostile request of issue 9 (and those
// found while fixing it) through the real handler (no network): the time
// per answer is ns/op. The codes are checked by TestAttacks, not here, so
// that the same benchmark also runs on code that answers them
// differently.
func BenchmarkAttacks(b *testing.B) {
	s := storetest.Open(b)
	h := testHandlerToken(b, s, "")
	for _, a := range append(attacks(), moreAttacks()...) {
		b.Run(strings.ReplaceAll(a.name, " ", "_"), func(b *testing.B) {
			b.SetBytes(int64(len(a.body)))
			b.ReportAllocs()
			for b.Loop() {
				send(b, h, a.body)
			}
		})
	}
}
