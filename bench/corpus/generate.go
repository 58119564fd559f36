package corpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
	"time"
)

// Step is how many days each copy moves back: copy k of an article is
// k×Step days older than the article.
const Step = 9

// Order is the order a corpus's articles come in.
type Order string

const (
	// Ordered sends the oldest article first.
	Ordered Order = "ordered"
	// Backdated sends the newest article first, as a backfill arrives.
	Backdated Order = "backdated"
)

// ParseOrder returns the order named s.
func ParseOrder(s string) (Order, error) {
	switch o := Order(s); o {
	case Ordered, Backdated:
		return o, nil
	}
	return "", fmt.Errorf("order %q: want %s or %s", s, Ordered, Backdated)
}

// Item is one article of a corpus: copy Copy of base Base.
type Item struct {
	Base, Copy int
	Date       time.Time // the base's date moved Copy×Step days earlier
}

// Plan returns the n articles of a corpus of bases in order. The corpus
// holds copies 0, 1, 2, … of every base; the last, partial round of copies
// goes to a seeded choice of bases. The articles are sorted by date —
// oldest first for Ordered, newest first for Backdated — then by base and
// copy, so that both orders hold the same articles.
func Plan(bases []Base, n int, order Order, seed uint64) []Item {
	items := make([]Item, 0, n)
	rounds, rest := n/len(bases), n%len(bases)
	for k := 0; k < rounds; k++ {
		for b := range bases {
			items = append(items, Item{Base: b, Copy: k, Date: bases[b].Date().AddDate(0, 0, -k*Step)})
		}
	}
	perm := rand.New(rand.NewPCG(seed, 0)).Perm(len(bases))
	for _, b := range perm[:rest] {
		items = append(items, Item{Base: b, Copy: rounds, Date: bases[b].Date().AddDate(0, 0, -rounds*Step)})
	}
	less := func(x, y Item) bool {
		if !x.Date.Equal(y.Date) {
			return x.Date.Before(y.Date)
		}
		if x.Base != y.Base {
			return x.Base < y.Base
		}
		return x.Copy < y.Copy
	}
	sort.Slice(items, func(i, j int) bool {
		if order == Backdated {
			return less(items[j], items[i])
		}
		return less(items[i], items[j])
	})
	return items
}

// Added returns the items of bigger (a Plan of more articles) that small
// (a Plan of fewer, with the same bases and seed) lacks, in bigger's
// order: the articles that growing a corpus adds, older copies of its
// bases.
func Added(small, bigger []Item) []Item {
	type id struct{ base, copy int }
	have := make(map[id]bool, len(small))
	for _, it := range small {
		have[id{it.Base, it.Copy}] = true
	}
	var out []Item
	for _, it := range bigger {
		if !have[id{it.Base, it.Copy}] {
			out = append(out, it)
		}
	}
	return out
}

// Text returns the text of item it of a corpus of bases made with seed.
func Text(bases []Base, it Item, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, uint64(it.Base)<<32|uint64(it.Copy)))
	return bases[it.Base].copyText(it.Copy, 1000+r.IntN(9000))
}

// WriteJSONL writes the items as JSON Lines, one {"text": …} object per
// article (the text keeps its own header lines), as the ingest job reads
// them.
func WriteJSONL(w io.Writer, bases []Base, items []Item, seed uint64) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, it := range items {
		if err := enc.Encode(struct {
			Text string `json:"text"`
		}{Text(bases, it, seed)}); err != nil {
			return fmt.Errorf("write article %d of %s: %w", it.Copy, bases[it.Base].Name, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write corpus: %w", err)
	}
	return nil
}
