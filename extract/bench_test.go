package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

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

// BenchmarkExtractSize measures extraction of one long article at 10 KB,
// 100 KB and 1 MB, made by repeating a 10 KB block of varied text (the
// first dev-set articles): every size holds the same people, places and
// facts, so the time per byte (ns/byte) stays flat when extraction is
// linear in the article's size.
func BenchmarkExtractSize(b *testing.B) {
	x := mustExtractor(b)
	for _, size := range []int{10 << 10, 100 << 10, 1 << 20} {
		text := longArticle(b, size)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			doc := extract.Document{Input: "long", Text: text}
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := x.Extract(doc); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(text)), "ns/byte")
		})
	}
}

// longArticle returns an article of about size bytes: a date line, then a
// block of the bodies of the dev set's first articles (their header lines
// removed, about 10 KB), repeated and cut at a paragraph break.
func longArticle(t testing.TB, size int) string {
	t.Helper()
	files, err := filepath.Glob("testdata/dev/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no dev articles: %v", err)
	}
	var block strings.Builder
	for _, f := range files {
		if block.Len() >= 10<<10 {
			break
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		block.WriteString(stripHeaders(string(data)))
		block.WriteString("\n\n")
	}
	var b strings.Builder
	b.WriteString("date 2025-08-30\n\n")
	for b.Len() < size {
		b.WriteString(block.String())
	}
	s := b.String()
	if cut := strings.LastIndex(s[:size], "\n\n"); cut > size/2 {
		return s[:cut]
	}
	for !utf8.ValidString(s[:size]) {
		size--
	}
	return s[:size]
}

// stripHeaders removes the leading date/title/source/url lines of a text.
func stripHeaders(s string) string {
	for {
		line, rest, ok := strings.Cut(s, "\n")
		f := strings.ToLower(strings.TrimSpace(line))
		if !ok || !(strings.HasPrefix(f, "date") || strings.HasPrefix(f, "title:") || strings.HasPrefix(f, "source:") || strings.HasPrefix(f, "url:") || f == "") {
			return strings.TrimSpace(s)
		}
		s = rest
	}
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
