package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/bilateral-kg/bilateral/graph/store"
	"github.com/bilateral-kg/bilateral/internal/config"
	"github.com/bilateral-kg/bilateral/internal/export"
)

// options are the command-line flags.
type options struct {
	filter  store.ExportFilter
	formats []string // csv, graphml
	out     string
}

// formats are the file formats, with the files each writes.
var formats = map[string][]struct {
	name  string
	write func(io.Writer, export.Graph) error
}{
	"csv": {
		{"nodes.csv", export.WriteNodesCSV},
		{"relationships.csv", export.WriteRelationshipsCSV},
		{"evidence.csv", export.WriteEvidenceCSV},
	},
	"graphml": {{"graph.graphml", export.WriteGraphML}},
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	var (
		o                    options
		pair, from, to, fmt_ string
	)
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: export [--country C | --pair A,B] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--min-sources N] [--retracted] [--format csv,graphml] [--out DIR]")
		fs.PrintDefaults()
	}
	fs.StringVar(&o.filter.Country, "country", "", "a country's neighbourhood: the country, what is one fact away, and the participants, places and topics of its events and projects")
	fs.StringVar(&pair, "pair", "", "A,B: what two countries share: common events, joint projects, sectors of cooperation, the facts between them")
	fs.StringVar(&from, "from", "", "keep facts last reported on or after this date, and events dated on or after it (undated events go)")
	fs.StringVar(&to, "to", "", "keep facts first reported on or before this date, and events dated on or before it (undated events go)")
	fs.IntVar(&o.filter.MinSources, "min-sources", 1, "keep facts stated by at least N articles, and events reported by at least N")
	fs.BoolVar(&o.filter.Retracted, "retracted", false, "keep the facts analysts retracted (column retracted=true)")
	fs.StringVar(&fmt_, "format", "csv,graphml", "csv (nodes.csv, relationships.csv, evidence.csv), graphml (graph.graphml), or both")
	fs.StringVar(&o.out, "out", "export", "directory to write the files into (created when missing)")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if pair != "" {
		a, b, ok := strings.Cut(pair, ",")
		if !ok || strings.TrimSpace(a) == "" || strings.TrimSpace(b) == "" || strings.Contains(b, ",") {
			return o, fmt.Errorf("--pair %q: want two countries, A,B", pair)
		}
		o.filter.Pair = [2]string{strings.TrimSpace(a), strings.TrimSpace(b)}
	}
	if o.filter.Country != "" && pair != "" {
		return o, errors.New("--country and --pair do not go together")
	}
	for _, d := range []struct {
		flag, value string
		into        *time.Time
	}{{"from", from, &o.filter.From}, {"to", to, &o.filter.To}} {
		if d.value == "" {
			continue
		}
		t, err := time.Parse(time.DateOnly, d.value)
		if err != nil {
			return o, fmt.Errorf("--%s %q: want a date, YYYY-MM-DD", d.flag, d.value)
		}
		*d.into = t
	}
	if !o.filter.From.IsZero() && !o.filter.To.IsZero() && o.filter.To.Before(o.filter.From) {
		return o, fmt.Errorf("--to %s is before --from %s", to, from)
	}
	if o.filter.MinSources < 1 {
		return o, errors.New("--min-sources takes 1 or more")
	}
	for _, f := range strings.Split(fmt_, ",") {
		f = strings.TrimSpace(f)
		if _, ok := formats[f]; !ok {
			return o, fmt.Errorf("--format %q: want csv, graphml or csv,graphml", fmt_)
		}
		if !slices.Contains(o.formats, f) {
			o.formats = append(o.formats, f)
		}
	}
	if o.out == "" {
		return o, errors.New("--out needs a directory")
	}
	return o, nil
}

// run is the whole command; main only wires the process to it.
func run(ctx context.Context, args []string, stderr io.Writer, lookup func(string) (string, bool)) int {
	opts, err := parseFlags(args, stderr)
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(stderr, "export: %v\n", err)
		}
		return 2
	}
	cfg, err := config.Load(lookup)
	if err != nil {
		fmt.Fprintf(stderr, "export: %v\n", err)
		return 2
	}
	s, err := store.Open(ctx, cfg.Neo4j)
	if err != nil {
		fmt.Fprintf(stderr, "export: %v\n", err)
		return 1
	}
	defer s.Close(context.Background())
	sub, err := s.Export(ctx, opts.filter)
	if err != nil {
		fmt.Fprintf(stderr, "export: %v\n", err)
		return 1
	}
	g := toExport(sub)
	written, err := writeFiles(opts, g)
	if err != nil {
		fmt.Fprintf(stderr, "export: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "export: %d nodes, %d relationships, %d sentences: %s\n",
		len(g.Nodes), len(g.Relationships), len(g.Evidence), strings.Join(written, ", "))
	return 0
}

// writeFiles writes g in each format of opts into opts.out and returns
// the paths written.
func writeFiles(opts options, g export.Graph) ([]string, error) {
	if err := os.MkdirAll(opts.out, 0o755); err != nil {
		return nil, fmt.Errorf("create %s: %w", opts.out, err)
	}
	var written []string
	for _, f := range opts.formats {
		for _, file := range formats[f] {
			path := filepath.Join(opts.out, file.name)
			if err := writeFile(path, g, file.write); err != nil {
				return written, err
			}
			written = append(written, path)
		}
	}
	return written, nil
}

// writeFile writes one file: into a temporary file beside it, renamed
// over path once complete, so that a failed export leaves no half file.
func writeFile(path string, g export.Graph, write func(io.Writer, export.Graph) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	err = f.Chmod(0o644) // CreateTemp's 0600 is for secrets; these are for sharing
	if err == nil {
		err = write(f, g)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		_ = os.Remove(f.Name())
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// toExport hands the store's subgraph to the file formats: the types
// have the same fields.
func toExport(sub store.Subgraph) export.Graph {
	g := export.Graph{
		Nodes:         make([]export.Node, len(sub.Nodes)),
		Relationships: make([]export.Relationship, len(sub.Relationships)),
		Evidence:      make([]export.Evidence, len(sub.Evidence)),
	}
	for i, n := range sub.Nodes {
		g.Nodes[i] = export.Node(n)
	}
	for i, r := range sub.Relationships {
		g.Relationships[i] = export.Relationship(r)
	}
	for i, e := range sub.Evidence {
		g.Evidence[i] = export.Evidence(e)
	}
	return g
}
