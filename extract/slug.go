package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gosimple/unidecode"
	"golang.org/x/text/unicode/norm"
)

// fold returns s lower-cased and folded to ASCII: a letter with a plain
// base form loses its marks (Türkiye → turkiye), the letters of other
// scripts and Latin letters without one are transliterated (Владимир →
// vladimir, Þórdís → thordis), and curly
// apostrophes are made straight. A rune that has no transliteration is
// kept, lower-cased, so that no word folds to nothing.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || (c >= 'A' && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		switch r {
		case '’', 'ʼ', '‘', 'ʻ': // (ʻ: the Polynesian ʻokina, "Mataʻafa")
			b.WriteByte('\'')
			continue
		case 'ı':
			b.WriteByte('i')
			continue
		case 'ø', 'Ø':
			b.WriteByte('o')
			continue
		case 'ß':
			b.WriteString("ss")
			continue
		case 'æ', 'Æ':
			b.WriteString("ae")
			continue
		case 'đ', 'Đ':
			b.WriteByte('d')
			continue
		case 'ł', 'Ł':
			b.WriteByte('l')
			continue
		case 'þ', 'Þ':
			b.WriteString("th")
			continue
		case 'ð', 'Ð':
			b.WriteByte('d')
			continue
		case 'œ', 'Œ':
			b.WriteString("oe")
			continue
		}
		for _, d := range norm.NFD.String(string(r)) {
			switch {
			case unicode.Is(unicode.Mn, d):
				continue
			case d < utf8.RuneSelf || !unicode.IsLetter(d):
				b.WriteRune(unicode.ToLower(d)) // dashes, currency signs
			default:
				transliterate(&b, d)
			}
		}
	}
	return b.String()
}

// transliterate writes the lower-case ASCII letters and digits of the
// transliteration of r (spaces after the reading of a Chinese character,
// and the marks of soft and hard signs, are dropped: Зеленський →
// zelenskii), or r itself lower-cased when it has none ("" from the
// table), so that a word of an unknown script never folds to nothing.
func transliterate(b *strings.Builder, r rune) {
	t := unidecode.Unidecode(string(r))
	if t == "" {
		b.WriteRune(unicode.ToLower(r))
		return
	}
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c >= 'A' && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b.WriteByte(c)
		}
	}
}

// Slug returns the key form of a name: lower-case ASCII, runs of other
// characters replaced by one "-", no leading or trailing "-".
func Slug(name string) string {
	f := fold(name)
	var b strings.Builder
	b.Grow(len(f))
	dash := false
	for _, r := range f {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return b.String()
}
