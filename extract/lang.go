package extract

import (
	"fmt"
	"strings"

	"github.com/abadojack/whatlanggo"
)

// Language detection looks at a bounded prefix of the article, so that it
// costs the same for every article whatever its size.
const (
	langWords      = 200 // word tokens read for the English test
	langMinWords   = 12  // fewer words than this: too little text to tell
	langEnglishMin = 0.15
	langPrefix     = 1500 // bytes given to the detector
)

// loadEnglish returns the frequent English function words of
// data/english.tsv.
func loadEnglish() (map[string]bool, error) {
	rows, err := readRows("english.tsv", 1)
	if err != nil {
		return nil, err
	}
	m := make(map[string]bool, len(rows))
	for _, f := range rows {
		m[f[0]] = true
	}
	return m, nil
}

// language returns the ISO 639-1 code of the article's language ("en"
// unless the text shows another, or ISO 639-3 for a language without a
// two-letter code) and a warning when it is not English. English text is
// recognised by its function words among the first langWords words; any
// other text goes to the language detector (whatlanggo, trigram profiles
// of 84 languages) on its first langPrefix bytes, and only a reliable
// answer other than English counts.
func (a *tokenStage) language() (string, string) {
	words, english := 0, 0
	end := len(a.text)
	for _, t := range a.toks {
		if t.kind != tokWord {
			continue
		}
		if words == langWords {
			end = t.bstart
			break
		}
		words++
		if a.x.english[t.norm] {
			english++
		}
	}
	if words < langMinWords || float64(english) >= langEnglishMin*float64(words) {
		return "en", ""
	}
	if end > langPrefix {
		end = langPrefix
		for end > 0 && !isRuneStart(a.text[end]) {
			end--
		}
	}
	info := whatlanggo.Detect(a.text[:end])
	if info.Lang < 0 || info.Lang == whatlanggo.Eng || !info.IsReliable() {
		return "en", ""
	}
	code := info.Lang.Iso6391()
	if code == "" {
		code = info.Lang.Iso6393()
	}
	return code, fmt.Sprintf("the article is in %s (%s), not English: the extraction rules are written for English text, so little may be found", strings.TrimSpace(info.Lang.String()), code)
}

// isRuneStart reports whether b starts a UTF-8 encoded rune.
func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
