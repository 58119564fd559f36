// Package extract turns English news articles about bilateral relations
// into the values of package graph: countries, leaders, organizations,
// locations, projects, sectors and events, with the relations between
// them, every one carrying rune offsets into the normalised article text.
//
// Read splits an input stream into Documents (plain text with optional
// header lines, Markdown with YAML front matter, or JSON Lines). New loads
// the embedded gazetteers once; (*Extractor).Extract is pure and safe for
// concurrent use.
//
// The gazetteers under data/ are generated from maintained open datasets by
// internal/gazgen (see data/SOURCES.md); the rules are general patterns over
// tokens, never tied to one article.
package extract

// The generated gazetteers: see data/SOURCES.md for how to fetch the inputs.
//go:generate sh -c "go run ./internal/gazgen -countries \"$WORLD_COUNTRIES\" -cities \"$GEONAMES_CITIES\" -min-population 15000 -out data"
