package main

import (
	"context"
	"fmt"

	"github.com/bilateral-kg/bilateral/bench/corpus"
)

// onTopOrder names the runs of -on-top in reports: slices of older copies
// written into a stored graph.
const onTopOrder = "on-top"

// onTop measures -runs slices of o.onTop articles written into the graph
// of the size-article ordered corpus, building that graph first when the
// instance does not hold it; record reports each run.
func onTop(ctx context.Context, o options, j job, size int, record func(Run) error) error {
	want := fmt.Sprintf("%d ordered seed %d", size, o.seed)
	if got := j.inst.Marker(); got != want {
		fmt.Printf("on-top %d: the instance holds %q; building the %d-article graph\n", size, got, size)
		j.items = corpus.Plan(j.bases, size, corpus.Ordered, o.seed)
		r := Run{Size: size, Order: string(corpus.Ordered), Run: 1, Workers: o.workers, Batch: o.batch, Warmup: o.warmup}
		if err := j.ingest(ctx, &r); err != nil {
			return fmt.Errorf("build the %d-article graph: %w", size, err)
		}
		if err := record(r); err != nil {
			return err
		}
	}
	j.keep = true
	runs := o.runs
	if size >= o.big {
		runs = o.bigRuns
	}
	for i := 1; i <= runs; i++ {
		stored := size + (i-1)*o.onTop
		j.items = corpus.Added(corpus.Plan(j.bases, stored, corpus.Ordered, o.seed), corpus.Plan(j.bases, stored+o.onTop, corpus.Ordered, o.seed))
		r := Run{Size: size, Order: onTopOrder, Run: i, Slice: o.onTop, Workers: o.workers, Batch: o.batch}
		if err := j.ingest(ctx, &r); err != nil {
			return fmt.Errorf("%d on-top run %d: %w", size, i, err)
		}
		if err := record(r); err != nil {
			return err
		}
	}
	return nil
}
