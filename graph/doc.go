// Package graph holds the domain model of the bilateral-relations knowledge
// graph: the values that extraction produces and the store persists.
//
// The types mirror the extraction contract (shared/contracts/extraction.md):
// an Extraction is one article with its entities, relations and warnings.
// Package graph imports only the standard library; the Neo4j store lives in
// graph/store and the text extractor in extract.
package graph
