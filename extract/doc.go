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
// Extract runs five stages, each a type that embeds the one before it and
// reads it without changing it, with the files of its rules:
//
//   - tokenStage (tokenstage.go, tokens.go, sentences.go, dates.go,
//     dateline.go, lang.go, money.go, period.go): tokens, sentences, the
//     dateline, dates resolved against the article's date;
//   - mentionStage (mentionstage.go, countries.go, places.go, orgs.go,
//     leaders.go, titles.go, untitled.go, projects.go, recall.go,
//     index.go): the names of countries, places, organizations, projects
//     and persons; the only stage that claims tokens for names;
//   - entityStage (entitystage.go, coref.go, sides.go, delegations.go,
//     hosts.go, companions.go): leaders resolved (countries from context, references
//     by role), the entities made;
//   - eventStage (events.go, triggers.go, eventcues.go, status.go,
//     bilaterals.go, bilateralsummit.go, visitdays.go, tours.go,
//     counterparts.go, history.go, diplomatic.go, signingparts.go):
//     events with their dates, places, participants and status;
//   - factStage (facts.go, orgfacts.go, sectors.go, pairs.go): the relations.
//
// The entity, event and fact stages add to one builder (builder.go),
// which holds the output.
//
// The gazetteers under data/ are generated from maintained open datasets by
// internal/gazgen (see data/SOURCES.md); the rules are general patterns over
// tokens, never tied to one article.
package extract

// The generated gazetteers: see data/SOURCES.md for how to fetch the inputs.
//go:generate sh -c "go run ./internal/gazgen -countries \"$WORLD_COUNTRIES\" -cities \"$GEONAMES_CITIES\" -min-population 15000 -out data"
