// Package store keeps the knowledge graph in Neo4j. It is the only package
// that imports the Neo4j driver and the only place Cypher is written.
//
// # The graph model
//
// Every entity of an extraction becomes a node with the one label of its
// type (Country, Leader, Organization, Location, Project, Sector, Event),
// identified by its contract key, whose prefix names the type (matchKey
// finds an entity of any type by its key):
//
//	(:Country {key: "country:KAZ", code: "KAZ", iso2: "KZ", name: "Kazakhstan", aliases: [...]})
//	(:Leader {key: "person:...", name, title, country, aliases})
//	(:Event {key: "event:...", kind: "meeting", date: date("2025-08-30"), dateText, summary})
//
// Each article is an (:Article {id, title, date, dateline, source, url,
// language, chars}) node. It REPORTS the events it describes and MENTIONS
// every other entity (with the number of mentions). The sentences that serve
// as evidence are (:Sentence {key, article, start, end, text}) nodes that
// the article HAS_SENTENCE.
//
// The contract's relations are relationships of the same name between the
// entity nodes, e.g.
//
//	(:Leader)-[:PARTICIPATED_IN]->(:Event)-[:HELD_IN]->(:Location)
//	(:Country)-[:TRADE_VOLUME {year: 2024, valueUsd: 4.4e10, record: true}]->(:Country)
//
// Every such relationship carries its provenance: evidence (the keys of
// the Sentence nodes it was read from) and articles (the ids of the articles
// that state it). A relationship is identified by its ends, its type and a
// type-specific key (the year and value of a trade figure, the wording of
// a partnership level, the title of a leader), so writing the same article
// twice changes nothing.
//
// # Resolution and revisions
//
// WriteArticle first resolves the article against the graph, in the same
// transaction (see resolve.go and the rules in package graph): a leader,
// organization or event already stored under another key — another
// spelling, an acronym, another outlet's report of the same talks — takes
// the stored key, so one real-world thing stays one node with every report
// as evidence. Events carry an anchor date (their date, or the reporting
// article's) to find candidates. An article also records its origin (URL
// or file) and a digest of its extraction: a revised text of the same
// origin, or the same text extracted differently, replaces the stored
// contribution. RemoveArticle takes one article's contribution out
// exactly.
package store
