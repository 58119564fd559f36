package extract_test

import (
	"os"
	"testing"

	"github.com/bilateral-kg/bilateral/extract"
)

// BenchmarkExtract measures extraction of the sample article.
func BenchmarkExtract(b *testing.B) {
	x := mustExtractor(b)
	data, err := os.ReadFile("testdata/2025-08-30-tokayev-xi-tianjin.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc := extract.Document{Input: "sample", Text: string(data)}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := x.Extract(doc); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkNew measures loading the gazetteers.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := extract.New(); err != nil {
			b.Fatal(err)
		}
	}
}
