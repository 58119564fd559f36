package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/bilateral-kg/bilateral/bench/stat"
)

// printRun prints one run's line as it finishes.
func printRun(r Run) {
	last := r.Samples[len(r.Samples)-1]
	if r.Partial {
		fmt.Printf("%7d %-9s run %d stopped by its time limit after %d articles\n", r.Size, r.Order, r.Run, last.Articles)
	}
	fmt.Printf("%7d %-9s run %d: %.1f articles/s over %.0f s; %.1f KiB tx log/article; %d nodes, %d rels; %d failed; load %.1f→%.1f\n",
		r.Size, r.Order, r.Run, r.Rate(), last.Seconds, r.LogBytesPerArticle()/1024, r.Nodes, r.Relationships, r.Failed,
		r.Samples[0].Load1, last.Load1)
	fmt.Printf("          articles/s per tenth: %s\n", join(r.DecileRates(), "%.0f"))
	fmt.Printf("          KiB tx log/article per tenth: %s\n", join(scale(r.DecileLogBytes(), 1.0/1024), "%.1f"))
}

// group is the runs of one size and order.
type group struct {
	size  int
	order string
	runs  []Run
}

func groups(runs []Run) []group {
	idx := map[string]int{}
	var out []group
	for _, r := range runs {
		order := r.Order
		if r.Warmup > 0 {
			order += fmt.Sprintf(", warm (%d)", r.Warmup)
		}
		k := fmt.Sprintf("%d %s", r.Size, order)
		i, ok := idx[k]
		if !ok {
			i = len(out)
			idx[k] = i
			out = append(out, group{size: r.Size, order: order})
		}
		out[i].runs = append(out[i].runs, r)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].size < out[j].size })
	return out
}

// median of f over the group's runs.
func (g group) median(f func(Run) float64) float64 {
	var xs []float64
	for _, r := range g.runs {
		xs = append(xs, f(r))
	}
	return stat.Median(xs)
}

// medianSeries is the element-wise median of a series over the runs.
func (g group) medianSeries(f func(Run) []float64) []float64 {
	var out []float64
	for i := 0; ; i++ {
		var xs []float64
		for _, r := range g.runs {
			if s := f(r); i < len(s) {
				xs = append(xs, s[i])
			}
		}
		if len(xs) == 0 {
			return out
		}
		out = append(out, stat.Median(xs))
	}
}

// printTables prints Markdown tables of the medians over the runs of each
// size and order.
func printTables(w io.Writer, runs []Run) {
	gs := groups(runs)
	fmt.Fprintln(w, "\n| articles | order | runs | articles/s (median; range) | tx log KiB/article | nodes | relationships | Neo4j CPU ms/article | job CPU ms/article | checkpoints | log files | load avg |")
	fmt.Fprintln(w, "|---:|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|")
	for _, g := range gs {
		lo, hi := g.runs[0].Rate(), g.runs[0].Rate()
		for _, r := range g.runs {
			lo, hi = min(lo, r.Rate()), max(hi, r.Rate())
		}
		last := func(r Run) Sample { return r.Samples[len(r.Samples)-1] }
		fmt.Fprintf(w, "| %d | %s | %d | %.1f (%.1f–%.1f) | %.1f | %.0f | %.0f | %.1f | %.1f | %.0f | %.0f | %.1f–%.1f |\n",
			g.size, g.order, len(g.runs), g.median(Run.Rate), lo, hi,
			g.median(func(r Run) float64 { return r.LogBytesPerArticle() / 1024 }),
			g.median(func(r Run) float64 { return float64(r.Nodes) }),
			g.median(func(r Run) float64 { return float64(r.Relationships) }),
			g.median(func(r Run) float64 {
				return 1000 * (last(r).Neo4jCPU - r.Samples[0].Neo4jCPU) / float64(last(r).Articles)
			}),
			g.median(func(r Run) float64 {
				return 1000 * (last(r).IngestCPU - r.Samples[0].IngestCPU) / float64(last(r).Articles)
			}),
			g.median(func(r Run) float64 { return float64(r.Checkpoints) }),
			g.median(func(r Run) float64 { return float64(r.TxLogFiles) }),
			g.median(func(r Run) float64 { return r.Samples[0].Load1 }), g.median(func(r Run) float64 { return last(r).Load1 }))
	}
	header := "| articles | order | " + strings.Repeat("%d %% | ", 10)
	cols := make([]any, 10)
	for i := range cols {
		cols[i] = 10 * (i + 1)
	}
	fmt.Fprintln(w, "\nArticles/s in each tenth of the run (median over the runs):")
	fmt.Fprintln(w)
	fmt.Fprintf(w, header+"\n", cols...)
	fmt.Fprintln(w, "|---:|---|"+strings.Repeat("---:|", 10))
	for _, g := range gs {
		fmt.Fprintf(w, "| %d | %s | %s |\n", g.size, g.order, join(g.medianSeries(Run.DecileRates), "%.0f"))
	}
	fmt.Fprintln(w, "\nTransaction-log KiB written per article in each tenth (median over the runs):")
	fmt.Fprintln(w)
	fmt.Fprintf(w, header+"\n", cols...)
	fmt.Fprintln(w, "|---:|---|"+strings.Repeat("---:|", 10))
	for _, g := range gs {
		fmt.Fprintf(w, "| %d | %s | %s |\n", g.size, g.order, join(scale(g.medianSeries(Run.DecileLogBytes), 1.0/1024), "%.1f"))
	}
}

func join(xs []float64, format string) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = fmt.Sprintf(format, x)
	}
	return strings.Join(s, " | ")
}

func scale(xs []float64, k float64) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = x * k
	}
	return out
}
