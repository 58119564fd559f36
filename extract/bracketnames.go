package extract

import "slices"

// joinBracketedShortNames reads a one-word short name in brackets right
// after a leader's full name as his ("Indonesian President Joko Widodo
// (Jokowi)"): it becomes his nickname, so that the word used alone later
// is a mention of him, and a leader found under that word alone
// ("President Jokowi will take up …") is joined to him.
func (a *mentionStage) joinBracketedShortNames() {
	for _, l := range slices.Clone(a.leaders) {
		if !slices.Contains(a.leaders, l) {
			continue // joined to another already
		}
		for _, sp := range l.spans {
			open, w, shut := a.tok(sp[1]), a.tok(sp[1]+1), a.tok(sp[1]+2)
			if open.text != "(" || shut.text != ")" || w.kind != tokWord || !w.upper || len(w.norm) < 3 || a.isCountryToken(sp[1]+1) {
				continue
			}
			if l.nick == "" {
				l.nick = w.norm
			}
			if l.nick == w.norm {
				a.joinShortNamed(l, w.norm)
			}
		}
	}
}

// joinShortNamed joins to l every other leader known only by the one
// word short: his names become l's mentions.
func (a *mentionStage) joinShortNamed(l *leader, short string) {
	for _, m := range slices.Clone(a.leaders) {
		if m == l || len(m.parts) != 1 || m.parts[0] != short || m.country != "" && l.country != "" && m.country != l.country {
			continue
		}
		l.spans = append(l.spans, m.spans...)
		l.surnames = append(l.surnames, m.surnames...)
		if l.country == "" {
			l.country = m.country
		}
		if l.title == "" || l.title == "Leader" {
			l.title, l.head = m.title, m.head
		}
		l.first = min(l.first, m.first)
		for i := range a.persons {
			for k, x := range a.persons[i].leaders {
				if x == m {
					a.persons[i].leaders[k] = l
				}
			}
		}
		a.leaders = slices.DeleteFunc(a.leaders, func(x *leader) bool { return x == m })
	}
}
