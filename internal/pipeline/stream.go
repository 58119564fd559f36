package pipeline

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"runtime"
	"sync"
	"time"

	"github.com/bilateral-kg/bilateral/extract"
	"github.com/bilateral-kg/bilateral/graph"
	"github.com/bilateral-kg/bilateral/graph/store"
)

// BatchWriter stores extractions in batches, each in one transaction;
// *store.Store is one.
type BatchWriter interface {
	WriteBatch(ctx context.Context, xs []*graph.Extraction) (store.BatchResult, error)
}

// StreamOptions tune Stream. The zero value is usable.
type StreamOptions struct {
	// Extractors is how many documents are extracted at once (default:
	// the number of CPUs).
	Extractors int
	// Writers is how many batches are written at once (default 1). More
	// writers overlap their transactions; locks keep the graph what a
	// serial ingest gives.
	Writers int
	// BatchSize is the most articles one transaction writes (default 100).
	BatchSize int
	// BatchWait is how long a partial batch waits for more articles
	// before it is written (default 100 ms).
	BatchWait time.Duration
	// MaxOutage is how many batches in a row may fail because Neo4j is
	// unreachable before Stream gives up with ErrOutage (default 3).
	MaxOutage int
	// Partition, when Count > 1, writes only the articles of one part of
	// Count (by article id), so that several hosts can share one feed;
	// the others are reported Skipped.
	Partition Partition
}

// Partition names part Index (0-based) of Count parts.
type Partition struct{ Index, Count int }

// Has reports whether the article with id belongs to the partition.
func (p Partition) Has(id string) bool {
	if p.Count <= 1 {
		return true
	}
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32()%uint32(p.Count)) == p.Index
}

func (o StreamOptions) withDefaults() StreamOptions {
	if o.Extractors <= 0 {
		o.Extractors = runtime.NumCPU()
	}
	if o.Writers <= 0 {
		o.Writers = 1
	}
	if o.BatchSize <= 0 {
		o.BatchSize = 100
	}
	if o.BatchWait <= 0 {
		o.BatchWait = 100 * time.Millisecond
	}
	if o.MaxOutage <= 0 {
		o.MaxOutage = 3
	}
	return o
}

// ErrOutage is wrapped by Stream's error when it stopped because Neo4j
// stayed unreachable for StreamOptions.MaxOutage batches in a row.
var ErrOutage = errors.New("neo4j stayed unreachable")

// Result is what became of one document.
type Result struct {
	Doc extract.Document
	// X is the extraction (empty when extraction failed).
	X graph.Extraction
	// Outcome is what the write did, when Err is nil.
	Outcome store.Outcome
	// Stats counts what the document's batch changed (on the batch's
	// first document only, so that they add up).
	Stats store.WriteStats
	// Err says why the document was not written: an *extract.InputError or
	// ErrNotArticle, a write error, or the context's error when the run
	// was stopped before the document was written.
	Err error
	// Skipped is set for an article of another partition.
	Skipped bool
}

// item is a document on its way through the stream.
type item struct {
	doc extract.Document
	x   graph.Extraction
	err error
}

// Stream ingests the documents of in: extraction on Extractors
// goroutines, writes in batches of up to BatchSize articles by Writers
// goroutines. It calls report once per document, from one goroutine at a
// time, in the order writes complete. A batch that fails for a reason
// other than an outage is written again one article at a time, so that
// one bad article fails alone. Stream returns when in is closed and
// everything is written, or early with ctx's error or ErrOutage; the
// documents it did not write are then reported with that error. Inputs
// that failed to read can be sent with their error in Result-less form by
// sending an item through in with a non-nil error: use Feed.
func (p *Pipeline) Stream(ctx context.Context, in <-chan Input, opts StreamOptions, report func(Result)) error {
	opts = opts.withDefaults()
	w, ok := p.w.(BatchWriter)
	if !ok {
		return fmt.Errorf("stream: the writer cannot write batches")
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	var mu sync.Mutex
	emit := func(r Result) {
		mu.Lock()
		defer mu.Unlock()
		report(r)
	}

	// Extraction, in parallel; a sequence number keeps batches in input order.
	type seqItem struct {
		n int
		item
	}
	extracted := make(chan seqItem, 4*opts.Extractors)
	var seq int
	numbered := make(chan seqItem)
	go func() {
		defer close(numbered)
		for in := range in {
			select {
			case numbered <- seqItem{seq, item{doc: in.Doc, err: in.Err}}:
				seq++
			case <-ctx.Done():
				emit(Result{Doc: in.Doc, Err: context.Cause(ctx)})
			}
		}
	}()
	var exWG sync.WaitGroup
	for i := 0; i < opts.Extractors; i++ {
		exWG.Add(1)
		go func() {
			defer exWG.Done()
			for it := range numbered {
				if it.err == nil {
					x, err := p.extract(it.doc)
					it.x, it.err = x, err
				}
				extracted <- it
			}
		}()
	}
	go func() { exWG.Wait(); close(extracted) }()

	// Batching, in input order.
	batches := make(chan []item, opts.Writers)
	go func() {
		defer close(batches)
		pending := map[int]item{}
		next := 0
		var cur []item
		ids, origins := map[string]bool{}, map[string]bool{}
		flush := func() {
			if len(cur) > 0 {
				batches <- cur
				cur = nil
				ids, origins = map[string]bool{}, map[string]bool{}
			}
		}
		timer := time.NewTimer(opts.BatchWait)
		defer timer.Stop()
		for {
			select {
			case it, ok := <-extracted:
				if !ok {
					flush()
					return
				}
				pending[it.n] = it.item
				for {
					it, ok := pending[next]
					if !ok {
						break
					}
					delete(pending, next)
					next++
					if it.err != nil {
						emit(Result{Doc: it.doc, X: it.x, Err: it.err})
						continue
					}
					a := it.x.Article
					if !opts.Partition.Has(a.ID) {
						emit(Result{Doc: it.doc, X: it.x, Skipped: true})
						continue
					}
					if ids[a.ID] || (a.Origin != "" && origins[a.Origin]) {
						flush() // one transaction never holds two versions of one article
					}
					ids[a.ID], origins[a.Origin] = true, true
					cur = append(cur, it)
					if len(cur) >= opts.BatchSize {
						flush()
					}
				}
				if !timer.Stop() {
					select {
					case <-timer.C:
					default:
					}
				}
				timer.Reset(opts.BatchWait)
			case <-timer.C:
				flush()
				timer.Reset(opts.BatchWait)
			}
		}
	}()

	// Writing.
	var outage sync.Mutex
	failures := 0
	var wWG sync.WaitGroup
	for i := 0; i < opts.Writers; i++ {
		wWG.Add(1)
		go func() {
			defer wWG.Done()
			for b := range batches {
				if ctx.Err() != nil {
					for _, it := range b {
						emit(Result{Doc: it.doc, X: it.x, Err: context.Cause(ctx)})
					}
					continue
				}
				down := p.writeBatch(ctx, w, b, emit)
				outage.Lock()
				if down {
					failures++
					if failures >= opts.MaxOutage {
						cancel(fmt.Errorf("%w for %d batches in a row", ErrOutage, failures))
					}
				} else {
					failures = 0
				}
				outage.Unlock()
			}
		}()
	}
	wWG.Wait()
	return context.Cause(ctx)
}

// Input is one document for Stream, or an input that could not be read
// (Err set), which Stream reports as it comes.
type Input struct {
	Doc extract.Document
	Err error
}

// extract runs the extractor and sets the article's origin.
func (p *Pipeline) extract(doc extract.Document) (graph.Extraction, error) {
	x, err := p.ex.Extract(doc)
	if err != nil {
		return x, fmt.Errorf("%s: %w: %w", doc.Input, ErrNotArticle, err)
	}
	x.Article.Origin = Origin(doc, x.Article)
	return x, nil
}

// transientRetries is how many times a batch that failed for a transient
// reason (a deadlock) is written again before its articles are written
// one by one.
const transientRetries = 5

// writeBatch writes one batch and reports each document. It returns true
// when the batch failed because Neo4j was unreachable.
func (p *Pipeline) writeBatch(ctx context.Context, w BatchWriter, b []item, emit func(Result)) (down bool) {
	xs := make([]*graph.Extraction, len(b))
	for i := range b {
		xs[i] = &b[i].x
	}
	res, err := w.WriteBatch(ctx, xs)
	// Concurrent writers can deadlock on nodes many articles touch (a
	// country's relationships); Neo4j aborts one of them, which is tried
	// again here, after a pause that grows, when the driver's own retries
	// ran out of time.
	for attempt, pause := 1, 200*time.Millisecond; err != nil && store.IsTransient(err) && attempt <= transientRetries && ctx.Err() == nil; attempt++ {
		select {
		case <-time.After(pause + time.Duration(rand.Int64N(int64(pause)))):
		case <-ctx.Done():
		}
		pause *= 2
		res, err = w.WriteBatch(ctx, xs)
	}
	if err == nil {
		for i, it := range b {
			r := Result{Doc: it.doc, X: it.x, Outcome: res.Outcomes[i]}
			if i == 0 {
				r.Stats = res.Stats
			}
			emit(r)
		}
		return false
	}
	if errors.Is(err, store.ErrUnavailable) || ctx.Err() != nil || len(b) == 1 {
		for _, it := range b {
			emit(Result{Doc: it.doc, X: it.x, Err: fmt.Errorf("%s: %w", it.doc.Input, err)})
		}
		return errors.Is(err, store.ErrUnavailable)
	}
	// One article spoiled the batch: write them one by one.
	for _, it := range b {
		if p.writeBatch(ctx, w, []item{it}, emit) {
			down = true
		}
	}
	return down
}
