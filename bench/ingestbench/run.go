package main

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/bilateral-kg/bilateral/bench/corpus"
	"github.com/bilateral-kg/bilateral/bench/instance"
	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/internal/pipeline"
)

// Sample is the state of a run after Articles articles were reported
// done (written or failed).
type Sample struct {
	Articles   int     `json:"articles"`
	Seconds    float64 `json:"seconds"`
	TxLogBytes int64   `json:"txLogBytes"`
	Neo4jCPU   float64 `json:"neo4jCpuSeconds"`
	IngestCPU  float64 `json:"ingestCpuSeconds"`
	Load1      float64 `json:"load1"`
}

// Run is one ingest of a corpus into an emptied database.
type Run struct {
	Size    int    `json:"size"`
	Order   string `json:"order"`
	Run     int    `json:"run"`
	Workers int    `json:"workers"`
	Batch   int    `json:"batch"`
	Started string `json:"started"`
	// Samples are taken at 0 %, 10 %, …, 100 % of the articles.
	Samples       []Sample `json:"samples"`
	Failed        int      `json:"failed"`
	Nodes         int64    `json:"nodes"`
	Relationships int64    `json:"relationships"`
	TxLogFiles    int      `json:"txLogFiles"`
	Checkpoints   int      `json:"checkpoints"`
	// Partial is set when the run was stopped by its time limit before
	// every article was written; the last sample is where it stopped.
	Partial bool `json:"partial,omitempty"`
	// Warmup is how many other articles were ingested and deleted before
	// the run, in the same server process (0: a fresh server).
	Warmup int `json:"warmup,omitempty"`
	// Slice is set on the runs of -on-top: the run wrote Slice articles
	// into a graph of Size+(Run-1)·Slice articles.
	Slice int `json:"slice,omitempty"`
}

// Rate is the articles per second of the whole run.
func (r Run) Rate() float64 {
	last := r.Samples[len(r.Samples)-1]
	return float64(last.Articles) / last.Seconds
}

// DecileRates are the articles per second between consecutive samples.
func (r Run) DecileRates() []float64 {
	var out []float64
	for i := 1; i < len(r.Samples); i++ {
		a, b := r.Samples[i-1], r.Samples[i]
		out = append(out, float64(b.Articles-a.Articles)/(b.Seconds-a.Seconds))
	}
	return out
}

// DecileLogBytes are the transaction-log bytes written per article
// between consecutive samples.
func (r Run) DecileLogBytes() []float64 {
	var out []float64
	for i := 1; i < len(r.Samples); i++ {
		a, b := r.Samples[i-1], r.Samples[i]
		out = append(out, float64(b.TxLogBytes-a.TxLogBytes)/float64(b.Articles-a.Articles))
	}
	return out
}

// LogBytesPerArticle is the transaction-log bytes written per article over
// the whole run.
func (r Run) LogBytesPerArticle() float64 {
	a, b := r.Samples[0], r.Samples[len(r.Samples)-1]
	return float64(b.TxLogBytes-a.TxLogBytes) / float64(b.Articles)
}

// job is what one run needs.
type job struct {
	inst    *instance.Instance
	cfg     store.Config
	ex      *extract.Extractor
	bases   []corpus.Base
	items   []corpus.Item
	seed    uint64
	workers int
	batch   int
	maxTime time.Duration // stop the run after this long (0: no limit)
	warmup  int           // articles ingested and deleted before the run (0: none)
	keep    bool          // write into the stored graph: no reset, no warm-up
}

// feed sends the items' texts, made with seed, until ctx is done.
func (j job) feed(ctx context.Context, items []corpus.Item, seed uint64) <-chan pipeline.Input {
	in := make(chan pipeline.Input, 64)
	go func() {
		defer close(in)
		for i, it := range items {
			doc := extract.Document{Input: "corpus.jsonl:" + strconv.Itoa(i+1), Line: i + 1, Text: corpus.Text(j.bases, it, seed)}
			select {
			case in <- pipeline.Input{Doc: doc}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return in
}

// warm ingests j.warmup other articles (the corpus's texts with another
// seed, so other ids) and deletes everything again, so that the run
// starts on an empty graph with a warm JVM and warm query plans, as a
// long-running server would.
func (j job) warm(ctx context.Context, s *store.Store) error {
	items := corpus.Plan(j.bases, j.warmup, corpus.Ordered, j.seed+1)
	err := pipeline.New(j.ex, s).Stream(ctx, j.feed(ctx, items, j.seed+1),
		pipeline.StreamOptions{Writers: j.workers, BatchSize: j.batch}, func(pipeline.Result) {})
	if err != nil {
		return fmt.Errorf("warm-up: %w", err)
	}
	if err := s.DeleteAll(ctx); err != nil {
		return fmt.Errorf("warm-up: %w", err)
	}
	return nil
}

// ingest empties the instance (unless j.keep) and ingests the corpus items through
// pipeline.Stream, as cmd/ingest does, sampling at every tenth. The texts
// are rendered as they are sent (microseconds each).
func (j job) ingest(ctx context.Context, r *Run) error {
	if !j.keep {
		if err := j.inst.Reset(ctx); err != nil {
			return err
		}
	} else if err := j.inst.Start(ctx); err != nil {
		return err
	}
	s, err := store.Open(ctx, j.cfg)
	if err != nil {
		return err
	}
	defer s.Close(context.Background())
	if err := s.Migrate(ctx); err != nil {
		return err
	}
	if j.warmup > 0 && !j.keep {
		if err := j.warm(ctx, s); err != nil {
			return err
		}
	}
	checkpoints0, err := j.inst.Checkpoints()
	if err != nil {
		return err
	}
	n := len(j.items)
	r.Started = time.Now().UTC().Format(time.RFC3339)
	start := time.Now()
	var sampleErr error
	sample := func(done int) {
		tl, err := j.inst.TxLog()
		cpu, err2 := j.inst.CPUSeconds()
		if err = errors.Join(err, err2); err != nil && sampleErr == nil {
			sampleErr = err
		}
		r.Samples = append(r.Samples, Sample{Articles: done, Seconds: time.Since(start).Seconds(), TxLogBytes: tl.Bytes,
			Neo4jCPU: cpu, IngestCPU: instance.SelfCPUSeconds(), Load1: instance.LoadAverage()})
	}
	sample(0)
	start = time.Now() // the first sample's reads are not part of the run
	r.Samples[0].Seconds = 0

	runCtx, cancel := ctx, context.CancelFunc(func() {})
	if j.maxTime > 0 {
		runCtx, cancel = context.WithTimeout(ctx, j.maxTime)
	}
	defer cancel()
	in := j.feed(runCtx, j.items, j.seed)
	var mu sync.Mutex
	done, next, stopped := 0, 1, 0
	var firstErr error
	err = pipeline.New(j.ex, s).Stream(runCtx, in, pipeline.StreamOptions{Writers: j.workers, BatchSize: j.batch}, func(res pipeline.Result) {
		mu.Lock()
		defer mu.Unlock()
		if res.Err != nil && runCtx.Err() != nil && errors.Is(res.Err, context.DeadlineExceeded) {
			stopped++ // not written: the run's time is up
			return
		}
		done++
		if res.Err != nil {
			r.Failed++
			if firstErr == nil {
				firstErr = res.Err
			}
		}
		if done*10 >= next*n {
			sample(done)
			next++
		}
	})
	switch {
	case stopped > 0 && ctx.Err() == nil:
		r.Partial = true
		if r.Samples[len(r.Samples)-1].Articles != done {
			sample(done)
		}
	case err != nil:
		return fmt.Errorf("ingest: %w", err)
	case done < n:
		return fmt.Errorf("ingest stopped after %d of %d articles", done, n)
	}
	if sampleErr != nil {
		return sampleErr
	}
	if r.Failed > 0 {
		fmt.Printf("  %d articles failed; the first: %v\n", r.Failed, firstErr)
	}
	c, err := s.Counts(ctx)
	if err != nil {
		return err
	}
	r.Nodes, r.Relationships = c.Nodes, c.Relationships
	tl, err := j.inst.TxLog()
	if err != nil {
		return err
	}
	r.TxLogFiles = tl.Files
	checkpoints, err := j.inst.Checkpoints()
	if err != nil {
		return err
	}
	r.Checkpoints = checkpoints - checkpoints0
	return nil
}
