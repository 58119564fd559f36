package extract

import (
	"slices"
	"sort"
)

// Indexes over the mention lists. Every stage asks questions such as "is
// token i part of a country's name?", "which places does sentence s
// name?" or "which organization starts at token k?"; answering them by
// scanning the whole list made extraction quadratic in the article's size.
// These indexes answer in constant time, or in time proportional to the
// sentence, which is bounded (see maxSentenceTokens).
//
// a.countries is kept sorted by token (the gazetteer scan appends in text
// order); organizations and places are appended by several stages in any
// order, so they are indexed per token and per sentence as they are added.

// initIndexes allocates the indexes for a.toks and a.sents.
func (a *mentionStage) initIndexes() {
	n := len(a.toks)
	a.ctryCover = make([]int32, n)
	a.orgCover = make([]int32, n)
	a.orgStart = make([]int32, n+1)
	a.orgEnd = make([]int32, n+1)
	a.orgsBySent = make([][]int32, len(a.sents))
	a.placesBySent = make([][]int32, len(a.sents))
}

// indexCountry records country mention k (an index into a.countries).
func (a *mentionStage) indexCountry(k int) {
	c := a.countries[k]
	for t := c.i; t < c.j && t < len(a.ctryCover); t++ {
		if a.ctryCover[t] == 0 {
			a.ctryCover[t] = int32(k + 1)
		}
	}
}

// reindexCountries rebuilds the country index after a.countries changed
// other than by an append in text order.
func (a *mentionStage) reindexCountries() {
	slices.SortStableFunc(a.countries, func(x, y countryMention) int { return x.i - y.i })
	clear(a.ctryCover)
	for k := range a.countries {
		a.indexCountry(k)
	}
}

// countryMentionAt returns the index in a.countries of the mention that
// covers token i, or -1.
func (a *mentionStage) countryMentionAt(i int) int {
	if i < 0 || i >= len(a.ctryCover) {
		return -1
	}
	return int(a.ctryCover[i]) - 1
}

// countriesBetween returns the country mentions that start in tokens
// [i, j), in text order.
func (a *mentionStage) countriesBetween(i, j int) []countryMention {
	lo := sort.Search(len(a.countries), func(k int) bool { return a.countries[k].i >= i })
	hi := lo + sort.Search(len(a.countries)-lo, func(k int) bool { return a.countries[lo+k].i >= j })
	return a.countries[lo:hi]
}

// countriesOfSentence returns the country mentions of sentence s.
func (a *mentionStage) countriesOfSentence(s int) []countryMention {
	if s < 0 || s >= len(a.sents) {
		return nil
	}
	return a.countriesBetween(a.sents[s].first, a.sents[s].last)
}

// indexOrg records organization mention k (an index into a.orgs).
func (a *mentionStage) indexOrg(k int) {
	o := a.orgs[k]
	if a.orgStart == nil {
		return // an analysis built by a test without indexes
	}
	for t := o.i; t < o.j && t < len(a.orgCover); t++ {
		if a.orgCover[t] == 0 {
			a.orgCover[t] = int32(k + 1)
		}
	}
	if o.i < len(a.orgStart) && a.orgStart[o.i] == 0 {
		a.orgStart[o.i] = int32(k + 1)
	}
	if o.j < len(a.orgEnd) && a.orgEnd[o.j] == 0 {
		a.orgEnd[o.j] = int32(k + 1)
	}
	if s := a.sentenceOf(o.i); s < len(a.orgsBySent) {
		a.orgsBySent[s] = append(a.orgsBySent[s], int32(k))
	}
}

// orgIndexAt returns the index in a.orgs of the first organization
// mention of idx (one of the per-token indexes) at token i, or -1.
func orgIndexAt(idx []int32, i int) int {
	if i < 0 || i >= len(idx) {
		return -1
	}
	return int(idx[i]) - 1
}

// orgsOfSentence returns the organization mentions of sentence s in the
// order they were found.
func (a *mentionStage) orgsOfSentence(s int) []orgMention {
	if s < 0 || s >= len(a.orgsBySent) {
		return nil
	}
	out := make([]orgMention, 0, len(a.orgsBySent[s]))
	for _, k := range a.orgsBySent[s] {
		out = append(out, a.orgs[k])
	}
	return out
}

// indexPlace records place mention k (an index into a.places).
func (a *mentionStage) indexPlace(k int) {
	if s := a.sentenceOf(a.places[k].i); s < len(a.placesBySent) {
		a.placesBySent[s] = append(a.placesBySent[s], int32(k))
	}
}

// placesOfSentence returns the place mentions of sentence s in the order
// they were found.
func (a *mentionStage) placesOfSentence(s int) []placeMention {
	if s < 0 || s >= len(a.placesBySent) {
		return nil
	}
	out := make([]placeMention, 0, len(a.placesBySent[s]))
	for _, k := range a.placesBySent[s] {
		out = append(out, a.places[k])
	}
	return out
}

// placesTouching returns the place mentions that start in the sentences
// of tokens i and j-1 (a place never spans more).
func (a *mentionStage) placesTouching(i, j int) []placeMention {
	s, e := a.sentenceOf(i), a.sentenceOf(j-1)
	out := a.placesOfSentence(s)
	for n := s + 1; n <= e; n++ {
		out = append(out, a.placesOfSentence(n)...)
	}
	return out
}
