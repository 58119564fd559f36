package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// fold returns s lower-cased and folded to ASCII where a letter has a plain
// base form (Türkiye → turkiye), with curly apostrophes made straight.
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
		case '’', 'ʼ', '‘':
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
		}
		for _, d := range norm.NFD.String(string(r)) {
			if unicode.Is(unicode.Mn, d) {
				continue
			}
			b.WriteRune(unicode.ToLower(d))
		}
	}
	return b.String()
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
