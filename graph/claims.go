package graph

import (
	"sort"
	"strconv"
	"strings"
)

// Claims tallies what the reports of one entity say of one single-valued
// attribute (a leader's country or title, a place's country, an event's
// date): for each value, how many reports state it and the Stamp of the
// latest. The attribute is the Winner: the value most reports state, the
// most recent report breaking a tie. The tally is exact under removal of
// a report, and the alternatives stay visible.
//
// The store keeps a tally as a list of strings ("value;count;last", see
// Strings) and applies the same rule in Cypher; TestClaimsRuleMatchesStore
// checks that both agree.
type Claims []Claim

// Claim is one value of a tally.
type Claim struct {
	Value string
	Count int
	Last  string // Stamp of the latest report stating Value
}

// ClaimSep separates the fields of a stored claim; values never hold it.
const ClaimSep = ";"

// ClaimValue makes v storable in a tally.
func ClaimValue(v string) string { return strings.ReplaceAll(v, ClaimSep, ",") }

// ParseClaims reads a stored tally; malformed entries are skipped.
func ParseClaims(stored []string) Claims {
	var c Claims
	for _, s := range stored {
		f := strings.Split(s, ClaimSep)
		if len(f) != 3 {
			continue
		}
		n, err := strconv.Atoi(f[1])
		if err != nil {
			continue
		}
		c = append(c, Claim{Value: f[0], Count: n, Last: f[2]})
	}
	return c
}

// Strings returns the stored form of c, in the order of c.
func (c Claims) Strings() []string {
	out := make([]string, len(c))
	for i, x := range c {
		out[i] = x.Value + ClaimSep + strconv.Itoa(x.Count) + ClaimSep + x.Last
	}
	return out
}

// Add returns c with one more report stating value, stamped stamp.
func (c Claims) Add(value, stamp string) Claims {
	value = ClaimValue(value)
	out := append(Claims(nil), c...)
	for i := range out {
		if out[i].Value == value {
			out[i].Count++
			if stamp > out[i].Last {
				out[i].Last = stamp
			}
			return out
		}
	}
	return append(out, Claim{Value: value, Count: 1, Last: stamp})
}

// Winner returns the value most reports state; among equals the one whose
// latest report is the most recent, then the smallest value; "" for an
// empty tally.
func (c Claims) Winner() string {
	var best *Claim
	for i := range c {
		if better(c[i], best) {
			best = &c[i]
		}
	}
	if best == nil {
		return ""
	}
	return best.Value
}

func better(x Claim, best *Claim) bool {
	switch {
	case best == nil:
		return true
	case x.Count != best.Count:
		return x.Count > best.Count
	case x.Last != best.Last:
		return x.Last > best.Last
	}
	return x.Value < best.Value
}

// Earliest returns the smallest value (for ISO dates, the earliest), ""
// for an empty tally.
func (c Claims) Earliest() string {
	out := ""
	for _, x := range c {
		if out == "" || x.Value < out {
			out = x.Value
		}
	}
	return out
}

// Ranked returns the claims best first (the Winner first).
func (c Claims) Ranked() Claims {
	out := append(Claims(nil), c...)
	sort.SliceStable(out, func(i, j int) bool { return better(out[i], &out[j]) })
	return out
}
