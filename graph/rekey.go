package graph

// Rekey renames entities of x: every key k with m[k] set becomes m[k] in
// entities, relations, event participants and locations. Entities that end
// up with the same key are merged into the first (aliases and mentions
// joined, empty fields filled from the others), and relations that become
// identical are kept once.
func (x *Extraction) Rekey(m map[string]string) {
	if len(m) == 0 {
		return
	}
	re := func(k string) string {
		if n, ok := m[k]; ok {
			return n
		}
		return k
	}
	index := map[string]int{}
	var ents []Entity
	for _, e := range x.Entities {
		e.Key = re(e.Key)
		e.Location = re(e.Location)
		for i, p := range e.Participants {
			e.Participants[i] = re(p)
		}
		e.Participants = uniq(e.Participants)
		if i, ok := index[e.Key]; ok {
			ents[i] = mergeEntity(ents[i], e)
			continue
		}
		index[e.Key] = len(ents)
		ents = append(ents, e)
	}
	x.Entities = ents

	seen := map[Relation]bool{}
	var rels []Relation
	for _, r := range x.Relations {
		r.From, r.To = re(r.From), re(r.To)
		if seen[r] {
			continue
		}
		seen[r] = true
		rels = append(rels, r)
	}
	x.Relations = rels
}

func mergeEntity(a, b Entity) Entity {
	a.Aliases = uniq(append(a.Aliases, b.Aliases...))
	a.Mentions = append(a.Mentions, b.Mentions...)
	a.Participants = uniq(append(a.Participants, b.Participants...))
	a.Countries = uniq(append(a.Countries, b.Countries...))
	if a.Type == TypeLeader {
		a.spellings = uniq(append(a.Spellings(), b.Spellings()...))
	}
	fill := func(dst *string, src string) {
		if *dst == "" {
			*dst = src
		}
	}
	fill(&a.Title, b.Title)
	fill(&a.Country, b.Country)
	fill(&a.Acronym, b.Acronym)
	fill(&a.Sector, b.Sector)
	fill(&a.Status, b.Status)
	fill(&a.Date, b.Date)
	fill(&a.DateText, b.DateText)
	fill(&a.Location, b.Location)
	fill(&a.Summary, b.Summary)
	if len(b.Name) > len(a.Name) {
		a.Name = b.Name // the fuller spelling
	}
	return a
}

func uniq(s []string) []string {
	seen := make(map[string]bool, len(s))
	out := s[:0]
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}
