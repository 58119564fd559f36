package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/bilateral-kg/bilateral/graph"
)

// The word lists the rules consult live in data/words-<stage>.tsv, one file
// per stage (tokens, mentions, titles, events, facts), with their source in
// each file's header and in data/SOURCES.md. A row is a list's name, its
// words separated by "|" (folded: lower case, ASCII, straight apostrophes)
// and, for a list that maps words to a value, the value ("-" for none).
// The lists are read once, when the package is loaded; the embedded files
// are checked by the tests, so a malformed one stops every test.

// wordFiles are the word-list files, by stage.
var wordFiles = []string{"words-tokens.tsv", "words-mentions.tsv", "words-titles.tsv", "words-events.tsv", "words-facts.tsv"}

// wordRow is one row of a word list: its words and its value columns.
type wordRow struct {
	words  []string
	values []string
}

// wordLists holds every list of the word files by name, rows in file order.
var wordLists = func() map[string][]wordRow {
	m, err := loadWordLists()
	if err != nil {
		panic(err) // the embedded data is corrupt: see TestWordLists
	}
	return m
}()

// loadWordLists reads the word files.
func loadWordLists() (map[string][]wordRow, error) {
	m := map[string][]wordRow{}
	for _, f := range wordFiles {
		rows, err := readRows(f, 2)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			row := wordRow{words: splitList(r[1]), values: r[2:]}
			for i, v := range row.values {
				if v == "-" {
					row.values[i] = ""
				}
			}
			for _, w := range row.words {
				if w == "" || w != strings.TrimSpace(w) {
					return nil, fmt.Errorf("%s: list %s: empty or padded word %q", f, r[0], w)
				}
			}
			m[r[0]] = append(m[r[0]], row)
		}
	}
	return m, nil
}

// wordsAsked records the lists the package has read, for TestWordLists.
var wordsAsked = map[string]bool{}

// wordRows returns the rows of list, which must exist.
func wordRows(list string) []wordRow {
	wordsAsked[list] = true
	rows, ok := wordLists[list]
	if !ok {
		panic("extract: no word list " + list)
	}
	return rows
}

// wordSet returns the words of list as a set.
func wordSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, r := range wordRows(list) {
		for _, w := range r.words {
			m[w] = true
		}
	}
	return m
}

// wordMap returns the words of list mapped to their row's value.
func wordMap(list string) map[string]string {
	m := map[string]string{}
	for _, r := range wordRows(list) {
		v := ""
		if len(r.values) > 0 {
			v = r.values[0]
		}
		for _, w := range r.words {
			m[w] = v
		}
	}
	return m
}

// wordNumbers returns the words of list mapped to their row's number.
func wordNumbers(list string) map[string]float64 {
	m := map[string]float64{}
	for _, r := range wordRows(list) {
		f, err := strconv.ParseFloat(r.values[0], 64)
		if err != nil {
			panic(fmt.Sprintf("extract: word list %s: %v", list, err))
		}
		for _, w := range r.words {
			m[w] = f
		}
	}
	return m
}

// wordTitles returns the titles of list: phrase → office, with "head"
// in the third column for a head of state or government.
func wordTitles(list string) map[string]titleInfo {
	m := map[string]titleInfo{}
	for _, r := range wordRows(list) {
		ti := titleInfo{name: r.values[0], head: len(r.values) > 1 && r.values[1] == "head"}
		for _, w := range r.words {
			m[w] = ti
		}
	}
	return m
}

// wordTriggers returns the event triggers of list, whose value is the
// event kind.
func wordTriggers(list string) map[string][]trigger {
	m := map[graph.EventKind][]string{}
	for _, r := range wordRows(list) {
		k := graph.EventKind(r.values[0])
		m[k] = append(m[k], r.words...)
	}
	return buildTriggers(m)
}

// wordStatuses returns the status words of list in the order of the file
// (stronger first), each status with its words.
func wordStatuses(list string) []statusWordSet {
	var out []statusWordSet
	for _, r := range wordRows(list) {
		st := r.values[0]
		if len(out) == 0 || out[len(out)-1].status != st {
			out = append(out, statusWordSet{status: st, words: map[string]bool{}})
		}
		for _, w := range r.words {
			out[len(out)-1].words[w] = true
		}
	}
	return out
}
