// Package export writes a subgraph of the bilateral graph as files for
// other tools: CSV for pandas and spreadsheets (nodes.csv,
// relationships.csv, evidence.csv) and GraphML for Gephi. It is pure: it
// formats values it is given and does no I/O beyond its io.Writer; the
// subgraph comes from graph/store's Export (cmd/export wires the two).
package export
