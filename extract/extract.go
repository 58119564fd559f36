package extract

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/bilateral-kg/bilateral/graph"
)

// reRelativeWords finds date words that need the article date.
var reRelativeWords = regexp.MustCompile(`\b(?:yesterday|today|tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last year)\b`)

// ErrEmpty is returned (wrapped) by Extract for a document without text.
var ErrEmpty = errors.New("empty document")

// ErrInternal is returned (wrapped, with the panic's value) by Extract
// when a defect of the extractor made it panic on a document: the caller
// reports that document as failed and goes on with the others.
var ErrInternal = errors.New("internal error of the extractor (please report it with the article)")

// Extractor holds the loaded gazetteers. It is safe for concurrent use.
type Extractor struct {
	gaz       *gazetteer
	money     *moneyReader
	periods   *periodReader
	english   map[string]bool   // English function words, for language detection
	capitalOf map[string]string // alpha-3 → capital city name
	officials *officialRegister // who serves which country (data/officials.tsv)
}

// New loads the embedded gazetteers. It fails only if the embedded data is
// corrupt.
func New() (*Extractor, error) {
	g, err := loadGazetteer()
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	mr, err := newMoneyReader()
	if err != nil {
		return nil, fmt.Errorf("load currencies: %w", err)
	}
	pr, err := newPeriodReader()
	if err != nil {
		return nil, fmt.Errorf("load periods: %w", err)
	}
	en, err := loadEnglish()
	if err != nil {
		return nil, fmt.Errorf("load English words: %w", err)
	}
	codes := map[string]bool{}
	for _, c := range g.countries {
		codes[c.code] = true
	}
	of, err := loadOfficials(func(code string) bool { return codes[code] })
	if err != nil {
		return nil, fmt.Errorf("load office-holders: %w", err)
	}
	x := &Extractor{gaz: g, money: mr, periods: pr, english: en, capitalOf: map[string]string{}, officials: of}
	for _, c := range g.cities {
		if c.capital {
			if _, ok := x.capitalOf[c.country]; !ok {
				x.capitalOf[c.country] = c.name
			}
		}
	}
	return x, nil
}

// Extract returns everything found in doc. It is pure: no I/O, no clock.
// It fails for an unusable document (no text, invalid UTF-8), and, should
// a defect of the extractor make it panic on some text, with an
// ErrInternal naming the input instead of bringing its caller down; the
// Extraction it returns passes (*graph.Extraction).Validate.
func (x *Extractor) Extract(doc Document) (out graph.Extraction, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = graph.Extraction{}, fmt.Errorf("extract %s: %w: %v", doc.Input, ErrInternal, r)
		}
	}()
	return x.extract(doc)
}

func (x *Extractor) extract(doc Document) (graph.Extraction, error) {
	if !utf8.ValidString(doc.Text) {
		return graph.Extraction{}, fmt.Errorf("extract %s: %w", doc.Input, &InputError{doc.Input, "not valid UTF-8"})
	}
	body, m := normalise(doc.Text)
	if body == "" {
		return graph.Extraction{}, fmt.Errorf("extract %s: %w", doc.Input, ErrEmpty)
	}
	art := graph.Article{ID: articleID(body), Language: "en", Text: body, Chars: utf8.RuneCountInString(body)}
	art.Title = firstNonEmpty(doc.Title, m.title)
	art.Source = firstNonEmpty(doc.Source, m.source)
	art.URL = firstNonEmpty(doc.URL, m.url)
	art.Date = normaliseDate(firstNonEmpty(doc.Date, m.date))
	warnings := m.warnings
	if d := firstNonEmpty(doc.Date, m.date); d != "" && art.Date == "" {
		warnings = append(warnings, fmt.Sprintf("article date %q is not a date: ignored", d))
	}

	// The stages, each reading the value of the ones before:
	// tokens → mentions → entities → events → facts. The entity, event
	// and fact stages add their entities and relations to out.
	out := newBuilder(warnings)
	t := x.readTokens(body, &art, out) // tokens, sentences, dates, dateline
	out.t = t
	ms := findMentions(t)         // names: countries, places, organizations, projects, persons
	e := resolveEntities(ms, out) // leaders resolved; the entities
	ev := findEvents(e)           // events with dates, places, participants
	findFacts(ev)                 // LEADS, trade, partnership, cooperation, membership…
	if art.Source == "" {
		art.Source = t.attribution()
	}
	return out.finish(art), nil
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return strings.TrimSpace(x)
		}
	}
	return ""
}
