package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/bilateral-kg/bilateral/bench/queries"
	"github.com/bilateral-kg/bilateral/bench/stat"
)

// durations are the latencies of the answered requests: a refused one
// (503 OVERLOADED in microseconds) is counted as an error, not as a fast
// answer.
func durations(ss []sample) []time.Duration {
	out := make([]time.Duration, 0, len(ss))
	for _, s := range ss {
		if !s.err {
			out = append(out, s.d)
		}
	}
	return out
}

func p50(ss []sample) time.Duration { return stat.Percentile(durations(ss), 50) }

func round(d time.Duration) time.Duration { return d.Round(10 * time.Microsecond) }

// throughput is the answered requests per second a side was driven.
func (sd *side) throughput() float64 {
	ok := 0
	for _, s := range sd.samples {
		if !s.err {
			ok++
		}
	}
	return float64(ok) / sd.sent.Seconds()
}

// report prints each side's figures, per query, and the ratios of the
// two, pooled and turn by turn.
func report(sides []*side, qs []queries.Query) {
	for _, sd := range sides {
		errs := 0
		for _, s := range sd.samples {
			if s.err {
				errs++
			}
		}
		ds := durations(sd.samples)
		fmt.Printf("  %-5s all                  answered=%6d errors=%d not sent=%d throughput=%.1f req/s p50=%v p95=%v p99=%v\n",
			sd.label, len(ds), errs, sd.dropped, sd.throughput(),
			round(stat.Percentile(ds, 50)), round(stat.Percentile(ds, 95)), round(stat.Percentile(ds, 99)))
		if sd.firstErr != nil {
			fmt.Printf("  %-5s first error: %.200s\n", sd.label, strings.TrimSpace(sd.firstErr.Error()))
		}
		for k, q := range qs {
			var kd []time.Duration
			for _, s := range sd.samples {
				if s.kind == k && !s.err {
					kd = append(kd, s.d)
				}
			}
			fmt.Printf("  %-5s %-20s answered=%6d p50=%v p95=%v p99=%v\n", sd.label, q.Name, len(kd),
				round(stat.Percentile(kd, 50)), round(stat.Percentile(kd, 95)), round(stat.Percentile(kd, 99)))
		}
	}
	a, p := sides[0], sides[1]
	da, dp := durations(a.samples), durations(p.samples)
	if len(da) == 0 || len(dp) == 0 {
		return
	}
	fmt.Printf("  api / peer throughput: %.2fx; peer / api latency: p50 %.2fx, p99 %.2fx",
		a.throughput()/p.throughput(),
		float64(stat.Percentile(dp, 50))/float64(stat.Percentile(da, 50)),
		float64(stat.Percentile(dp, 99))/float64(stat.Percentile(da, 99)))
	var ratios []float64
	for i := 0; i < len(a.p50s) && i < len(p.p50s); i++ {
		if a.p50s[i] > 0 {
			ratios = append(ratios, float64(p.p50s[i])/float64(a.p50s[i]))
		}
	}
	if len(ratios) > 0 {
		s := append([]float64(nil), ratios...)
		sort.Float64s(s)
		fmt.Printf("; p50 turn by turn: median %.2fx, range %.2f–%.2fx over %d turns", stat.Median(ratios), s[0], s[len(s)-1], len(s))
	}
	fmt.Println()
}
