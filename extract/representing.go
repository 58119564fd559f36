package extract

// representingCountries gives a leader the country the words right after
// his name say he represents: ", representing the Tongan government",
// "representing Tonga", "taking part for Cyprus", "together with other
// senior Kenyan officials". Those words win over an adjective read as
// standing over his title too ("Chinese Minister of Commerce X and
// Minister of Health Y, representing the Tongan government"). It runs
// before any guess.
func (a *entityStage) representingCountries() {
	for _, l := range a.leaders {
		if l.inOrg {
			continue
		}
		for _, sp := range l.spans {
			k := sp[1]
			if a.tok(k).text == "," {
				k++
			}
			if c := a.fellowOfficials(k); c != "" {
				l.country = c
				break
			}
			if c := a.headOfNational(k); c != "" && a.tok(sp[1]).text == "," {
				l.country = c
				break
			}
			switch {
			case a.tok(k).norm == "representing":
			case a.tok(k).norm == "taking" && a.tok(k+1).norm == "part" && a.tok(k+2).norm == "for":
				k += 2
			default:
				continue
			}
			k++
			if a.tok(k).norm == "the" {
				k++
			}
			if c, _ := a.countryAt(k); c != "" {
				l.country = c
				break
			}
		}
	}
}

// fellowOfficials returns the country of "together with other (senior)
// <demonym> officials" at token k: the name before it is one of them.
func (a *entityStage) fellowOfficials(k int) string {
	if a.tok(k).norm != "together" || a.tok(k+1).norm != "with" || a.tok(k+2).norm != "other" {
		return ""
	}
	k += 3
	for a.tok(k).kind == tokWord && !a.tok(k).upper && k < len(a.toks) && a.tok(k).norm != "officials" {
		k++ // "senior"
	}
	c := a.countryMentionAt(k)
	if c < 0 || a.countries[c].i != k || !a.countries[c].adj {
		return ""
	}
	switch a.tok(a.countries[c].j).norm {
	case "officials", "ministers", "leaders", "delegates":
		return a.countries[c].code
	}
	return ""
}

// headOfNational returns the country of "head of (the) <demonym> ..." at
// token k, in apposition after a name ("X, head of Polish President's
// Office"): the office is of that country, and so is its head.
func (a *entityStage) headOfNational(k int) string {
	if a.tok(k).norm != "head" && a.tok(k).norm != "chief" || a.tok(k+1).norm != "of" {
		return ""
	}
	k += 2
	if a.tok(k).norm == "the" {
		k++
	}
	if c := a.countryMentionAt(k); c >= 0 && a.countries[c].i == k && a.countries[c].adj {
		return a.countries[c].code
	}
	return ""
}
