package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/bilateral-kg/bilateral/extract"
)

// DefaultDirs are the article folders the corpus copies, relative to the
// repository root: the dev set, the real-reporting dev set and the seeds.
// The held-out sets stay out, so that the bench never shows them to anyone.
var DefaultDirs = []string{"extract/testdata/dev", "extract/testdata/real/dev", "seeds"}

// Base is one article the corpus copies.
type Base struct {
	// Name is the file the article came from, as its folder was given
	// ("extract/testdata/dev/NN-slug.txt").
	Name string
	// Dated says whether the extractor finds a date for the article;
	// when not, Template's reference date is a date the text names, or a
	// fixed one.
	Dated bool
	// Template is the text, cut at its date expressions.
	Template *Template
}

// Date is the date copy 0 sorts by: the article's date, or the reference
// date its year-less expressions are read near.
func (b Base) Date() time.Time { return b.Template.Ref() }

// LoadBases reads every .txt file of dirs (not recursively), in name
// order, and finds each one's date with the project's extractor, so that
// year-less and relative expressions are read as the ingest job reads
// them.
func LoadBases(dirs ...string) ([]Base, error) {
	ex, err := extract.New()
	if err != nil {
		return nil, fmt.Errorf("load extractor: %w", err)
	}
	var out []Base
	for _, dir := range dirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			return nil, fmt.Errorf("list %s: %w", dir, err)
		}
		sort.Strings(files)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				return nil, fmt.Errorf("read base article: %w", err)
			}
			text := string(data)
			var ref time.Time
			if x, err := ex.Extract(extract.Document{Input: f, Text: text}); err == nil && x.Article.Date != "" {
				ref, _ = time.Parse(time.DateOnly, x.Article.Date)
			}
			out = append(out, Base{
				Name:     f,
				Dated:    !ref.IsZero(),
				Template: Parse(text, ref),
			})
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no .txt articles in %s", strings.Join(dirs, ", "))
	}
	return out, nil
}

// urlLine is a url header line.
var urlLine = regexp.MustCompile(`(?m)^url:[ \t]*(\S+)`)

// copyText is copy k of base b: its text moved k×Step days earlier, its
// URL given a copy parameter, and a closing line that numbers the copy
// (item is a seeded number that varies the line).
func (b Base) copyText(k, item int) string {
	text := b.Template.Render(-k * Step)
	if m := urlLine.FindStringSubmatchIndex(text); m != nil {
		u := text[m[2]:m[3]]
		sep := "?"
		if strings.Contains(u, "?") {
			sep = "&"
		}
		text = text[:m[3]] + fmt.Sprintf("%scopy=%d", sep, k) + text[m[3]:]
	}
	return strings.TrimRight(text, "\n") + fmt.Sprintf("\n\nArchive copy %d, item %d.\n", k, item)
}
