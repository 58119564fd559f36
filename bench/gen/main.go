// Command gen writes the scale bench's corpus as JSON Lines: n copies of
// the dev, real-reporting dev and seed articles moved back in time (copy
// k of an article is 9×k days older, every date it mentions moved with
// it), oldest first or newest first.
//
//	go run ./bench/gen [-n 10000] [-order ordered|backdated] [-seed 1] [-o corpus.jsonl] [DIR...]
//
// It runs from the repository root (the default folders are
// extract/testdata/dev, extract/testdata/real/dev and seeds). The same
// flags give the same bytes.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/bilateral-kg/bilateral/bench/corpus"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 10000, "number of articles")
	order := fs.String("order", string(corpus.Ordered), "ordered (oldest first) or backdated (newest first)")
	seed := fs.Uint64("seed", 1, "seed of the per-copy variation and of the bases of the last, partial round")
	out := fs.String("o", "-", "output file (- for standard output)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	o, err := corpus.ParseOrder(*order)
	if err != nil {
		return err
	}
	if *n <= 0 {
		return fmt.Errorf("-n %d: want a positive number", *n)
	}
	dirs := fs.Args()
	if len(dirs) == 0 {
		dirs = corpus.DefaultDirs
	}
	bases, err := corpus.LoadBases(dirs...)
	if err != nil {
		return err
	}
	items := corpus.Plan(bases, *n, o, *seed)
	w := stdout
	if *out != "-" {
		f, err := os.Create(*out)
		if err != nil {
			return fmt.Errorf("create output: %w", err)
		}
		defer f.Close()
		w = f
	}
	if err := corpus.WriteJSONL(w, bases, items, *seed); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "gen: %d articles (%d bases, copies 0..%d, %s to %s), %s\n", len(items), len(bases),
		(len(items)-1)/len(bases), items[0].Date.Format("2006-01-02"), items[len(items)-1].Date.Format("2006-01-02"), o)
	if f, ok := w.(*os.File); ok && w != stdout {
		if err := f.Close(); err != nil {
			return fmt.Errorf("close output: %w", err)
		}
	}
	return nil
}
