package extract

// representingCountries gives a leader the country the words right after
// his name say he represents: ", representing the Tongan government",
// "representing Tonga". Those words win over an adjective read as
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
			if a.tok(k).norm != "representing" {
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
