package graph

import (
	"hash/fnv"
	"sort"
	"strconv"
	"time"
)

// LockBuckets is how many lock keys the article and organization families
// hash into, which bounds the number of lock nodes.
const LockBuckets = 4096

// LockKeys returns the sorted keys of the locks that a transaction
// writing x must hold before it reads what resolution compares, so that
// concurrent writers of reports that might resolve to one entity take
// turns: the article's id and origin (a second writer of the same article
// or of another version of it), each name token of its leaders (NameKeys),
// the names and acronyms of its organizations, and for each event its
// kind and the weeks of its candidate window. Two extractions whose
// entities SamePerson, SameEvent or an acronym could join share a key.
func LockKeys(x *Extraction) []string {
	set := map[string]bool{"a:" + bucket(x.Article.ID): true}
	if x.Article.Origin != "" {
		set["a:"+bucket(x.Article.Origin)] = true
	}
	for _, e := range x.Entities {
		switch e.Type {
		case TypeLeader:
			for _, t := range NameKeys(e.Key) {
				set["n:"+t] = true
			}
		case TypeOrganization:
			for _, n := range []string{e.Name, e.Acronym} {
				if n != "" {
					set["o:"+bucket(n)] = true
				}
			}
		case TypeEvent:
			for _, k := range eventLocks(SketchOf(x, e)) {
				set[k] = true
			}
		}
	}
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// eventLocks are the kind's weeks that overlap the event's candidate
// window; two events within EventWindow of each other share one. An event
// without an anchor can only meet its own key.
func eventLocks(s EventSketch) []string {
	at, ok := day(s.Anchor)
	if !ok {
		return []string{"e:" + s.Kind + ":" + bucket(s.Key)}
	}
	var out []string
	for d := at.Add(-EventWindow); !d.After(at.Add(EventWindow)); d = d.Add(24 * time.Hour) {
		y, w := d.ISOWeek()
		k := "e:" + s.Kind + ":" + strconv.Itoa(y) + "-W" + strconv.Itoa(w)
		if len(out) == 0 || out[len(out)-1] != k {
			out = append(out, k)
		}
	}
	return out
}

func bucket(s string) string {
	h := fnv.New32a()
	h.Write([]byte(s))
	return strconv.Itoa(int(h.Sum32() % LockBuckets))
}
