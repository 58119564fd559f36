package pipeline_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/graph/store/storetest"
	"github.com/bilateral-kg/bilateral/internal/pipeline"
)

// benchSides are the countries and office holders generated articles draw on.
var benchSides = []struct{ adj, country, title, name, city string }{
	{"Kazakh", "Kazakhstan", "President", "Kassym-Jomart Tokayev", "Astana"},
	{"Chinese", "China", "President", "Xi Jinping", "Beijing"},
	{"Uzbek", "Uzbekistan", "President", "Shavkat Mirziyoyev", "Tashkent"},
	{"Turkish", "Turkey", "President", "Recep Tayyip Erdogan", "Ankara"},
	{"Indian", "India", "Prime Minister", "Narendra Modi", "New Delhi"},
	{"Japanese", "Japan", "Prime Minister", "Shigeru Ishiba", "Tokyo"},
	{"French", "France", "President", "Emmanuel Macron", "Paris"},
	{"German", "Germany", "Chancellor", "Friedrich Merz", "Berlin"},
	{"Brazilian", "Brazil", "President", "Luiz Inacio Lula da Silva", "Brasilia"},
	{"Kenyan", "Kenya", "President", "William Ruto", "Nairobi"},
	{"Egyptian", "Egypt", "President", "Abdel Fattah al-Sisi", "Cairo"},
	{"Indonesian", "Indonesia", "President", "Prabowo Subianto", "Jakarta"},
}

var benchSectors = []string{"energy", "agriculture", "transport and logistics", "digital technologies", "education", "tourism", "investment", "culture"}

// generateArticles writes n articles about pairs of countries, a third of
// them re-reporting an earlier event the next day in other words, so that
// resolution has real work to do.
func generateArticles(n int) []extract.Document {
	r := rand.New(rand.NewPCG(1, 2))
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	docs := make([]extract.Document, 0, n)
	var a, b = benchSides[0], benchSides[1]
	for i := 0; i < n; i++ {
		if i%3 != 2 { // a new pair; the third article of each three re-reports the second's talks
			a = benchSides[r.IntN(len(benchSides))]
			b = benchSides[r.IntN(len(benchSides))]
			for b.country == a.country {
				b = benchSides[r.IntN(len(benchSides))]
			}
		}
		day := start.AddDate(0, 0, i/3)
		pub := day
		verb := "held talks"
		if i%3 == 2 { // a next-day report of an earlier event
			pub = day.AddDate(0, 0, 1)
			verb = "met"
		}
		s1, s2 := benchSectors[r.IntN(len(benchSectors))], benchSectors[r.IntN(len(benchSectors))]
		text := fmt.Sprintf(`date %s
%s – %s %s %s and %s %s %s %s on %s in %s, agreeing to expand cooperation in %s and %s.

The two leaders noted that bilateral trade reached $%d.%d billion in %d, and %s thanked %s for the warm welcome.

They also discussed regional issues and signed a memorandum on %s (report %d).
`, pub.Format("2006-01-02"), a.city, a.adj, a.title, a.name, b.adj, b.title, b.name, verb, day.Format("January 2, 2006"), a.city,
			s1, s2, 1+r.IntN(60), r.IntN(10), day.Year()-1, lastName(a.name), lastName(b.name), s2, i)
		docs = append(docs, extract.Document{Input: "generated-" + strconv.Itoa(i), Text: text})
	}
	return docs
}

func lastName(s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ' ' {
			return s[i+1:]
		}
	}
	return s
}

// BenchmarkIngestCorpus ingests a generated corpus (BENCH_ARTICLES, default
// 10,000) into an emptied database through Stream (BENCH_WRITERS writers,
// default 1; batches of BENCH_BATCH, default 100), with and without
// cross-article resolution, and reports articles per second. Run it alone:
//
//	BILATERAL_TEST_WIPE=1 go test -run '^$' -bench IngestCorpus -benchtime 1x ./internal/pipeline
func BenchmarkIngestCorpus(b *testing.B) {
	n := envInt("BENCH_ARTICLES", 10000)
	opts := pipeline.StreamOptions{Writers: envInt("BENCH_WRITERS", 1), BatchSize: envInt("BENCH_BATCH", 100)}
	docs := generateArticles(n)
	ex, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	for _, mode := range []struct {
		name      string
		noResolve bool
	}{{"resolve=on", false}, {"resolve=off", true}} {
		b.Run(mode.name, func(b *testing.B) {
			storetest.OpenEmpty(b) // wipes
			cfg := storetest.Config()
			cfg.NoResolve = mode.noResolve
			ctx := context.Background()
			s, err := store.Open(ctx, cfg)
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close(ctx)
			p := pipeline.New(ex, s)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				if err := s.DeleteAll(ctx); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if err := stream(ctx, p, docs, opts); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
			c, err := s.Census(ctx)
			if err == nil {
				b.ReportMetric(float64(len(c.Events)), "events")
				b.ReportMetric(float64(len(c.Leaders)), "leaders")
			}
		})
	}
}

// stream ingests docs through p.Stream and fails on the first error.
func stream(ctx context.Context, p *pipeline.Pipeline, docs []extract.Document, opts pipeline.StreamOptions) error {
	in := make(chan pipeline.Input)
	go func() {
		defer close(in)
		for _, d := range docs {
			in <- pipeline.Input{Doc: d}
		}
	}()
	var first error
	err := p.Stream(ctx, in, opts, func(r pipeline.Result) {
		if r.Err != nil && first == nil {
			first = r.Err
		}
	})
	if err != nil {
		return err
	}
	return first
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}
