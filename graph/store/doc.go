// Package store keeps the knowledge graph in Neo4j. It is the only package
// that imports the Neo4j driver and the only place Cypher is written.
//
// # The graph model
//
// Every entity of an extraction becomes a node with the label of its type
// (Country, Leader, Organization, Location, Project, Sector, Event) and the
// label Entity, identified by its contract key:
//
//	(:Country:Entity {key: "country:KAZ", code: "KAZ", iso2: "KZ", name: "Kazakhstan", aliases: [...]})
//	(:Leader:Entity {key: "person:...", name, title, country, aliases})
//	(:Event:Entity {key: "event:...", kind: "meeting", date: date("2025-08-30"), dateText, summary})
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
// type-specific key (the year of a trade figure, the wording of a
// partnership level, the title of a leader), so writing the same article
// twice changes nothing.
package store
