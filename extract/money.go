package extract

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// money is an amount found in a sentence.
type money struct {
	value    float64 // in units of the currency ("€175bn" → 175e9)
	currency string  // ISO 4217 code: USD, EUR, INR, ZAR, ...
	text     string  // the words ("€175bn")
	bstart   int     // byte offset in the article
	usd      float64 // the US-dollar amount stated beside it ("RM116 billion (US$25.5 billion)"), or 0
}

// moneyReader finds amounts with a currency: a symbol or code before the
// number ("$44 billion", "Rs 3,400 crore", "R12 billion", "€175bn") or a
// currency name after it ("52 million dollars", "1.2 trillion yuan"). It
// reads tokens, not a regexp, so its cost is a few map look-ups a number.
type moneyReader struct {
	before map[string]string // lower-case form → code
	after  map[string]string
	cues   map[string]bool // token norms of the forms: no cue near a number, no amount
}

// scales are the words that multiply an amount.
// (data/words-tokens.tsv)
var scales = wordNumbers("scales")

// newMoneyReader builds the reader from data/currencies.tsv.
func newMoneyReader() (*moneyReader, error) {
	rows, err := readRows("currencies.tsv", 3)
	if err != nil {
		return nil, err
	}
	mr := &moneyReader{before: map[string]string{}, after: map[string]string{}, cues: map[string]bool{}}
	for _, f := range rows {
		form, code, where := f[0], f[1], f[2]
		if len(code) != 3 || strings.ToUpper(code) != code {
			return nil, fmt.Errorf("currencies.tsv: %q is not an ISO 4217 code", code)
		}
		for _, t := range tokenize(form) {
			if t.norm != "." {
				mr.cues[t.norm] = true
			}
		}
		switch where {
		case "before":
			mr.before[strings.ToLower(form)] = code
		case "after":
			mr.after[strings.ToLower(form)] = code
		case "both":
			mr.before[strings.ToLower(form)] = code
			mr.after[strings.ToLower(form)] = code
		default:
			return nil, fmt.Errorf("currencies.tsv: %q: place %q is not before, after or both", form, where)
		}
	}
	return mr, nil
}

// (data/words-tokens.tsv)
var targetWords = wordSet("targetWords")

// firstMoney returns the first amount with a currency in sentence s that
// is not a target ("the target of $10 billion").
func (a *tokenStage) firstMoney(s int) (money, bool) {
	st := a.sents[s]
	for k := st.first; k < st.last; k++ {
		if numberStart(a.toks[k]) < 0 || !a.currencyNear(k, st) {
			continue
		}
		if m, ok := a.moneyAt(k, st); ok {
			return m, true
		}
	}
	return money{}, false
}

// currencyNear reports whether a currency form may stand around the
// number at token k: a cue among the three tokens before it and the six
// after, or a sign written against it ("R12", "Rs3,400").
func (a *tokenStage) currencyNear(k int, st sentence) bool {
	cues := a.x.money.cues
	if t := a.toks[k]; t.kind == tokWord {
		if n := numberStart(t); n > 0 && cues[strings.ToLower(t.text[:n])] {
			return true
		}
	}
	for i := max(k-3, st.first); i < st.last && i <= k+6; i++ {
		if cues[a.toks[i].norm] {
			return true
		}
	}
	return false
}

// numberStart returns the byte offset in t of the amount it holds: 0 for
// a number, the first digit of a word such as "R12" or "Rs3,400", or -1.
func numberStart(t token) int {
	switch t.kind {
	case tokNumber:
		return 0
	case tokWord:
		for i := 0; i < len(t.text) && i <= 3; i++ {
			if c := t.text[i]; c >= '0' && c <= '9' {
				if i == 0 || i == 3 && !gluedCode(t.text) {
					return -1
				}
				return i
			}
		}
	}
	return -1
}

// gluedCode reports whether a word of three capitals and a number with
// a decimal point follows them: "OMR393.628" (an ISO code written
// against the amount), not "COP26" or "G20".
func gluedCode(w string) bool {
	for i := 0; i < 3; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return strings.Contains(w[3:], ".")
}

// moneyAt reads the amount whose number is token k of sentence st: a
// currency form right before it (written against it, or after one space),
// the number, a scale word, and a currency name after.
func (a *tokenStage) moneyAt(k int, st sentence) (money, bool) {
	mr := a.x.money
	t := a.toks[k]
	ns := numberStart(t)
	num, start, end := t.text[ns:], t.bstart, t.bstart+len(t.text)
	cur := ""
	glued := 1.0 // a scale written against the number in the same word: "R119.4bn"
	if ns > 0 {
		// "R12", "Rs3,400": the sign is the word's letters
		digits := num
		for i := 0; i < len(num); i++ {
			if c := num[i]; !(c >= '0' && c <= '9' || c == ',' || c == '.') {
				digits = num[:i]
				break
			}
		}
		if digits != num {
			f, ok := scales[strings.ToLower(num[len(digits):])]
			if !ok {
				return money{}, false
			}
			glued, num = f, strings.TrimRight(digits, ".,")
		}
		if cur = mr.before[strings.ToLower(t.text[:ns])]; cur == "" {
			return money{}, false
		}
	} else {
		// a sign or code before: "US$", "Rs.", "USD ", "€"
		for n := 3; n >= 1 && cur == ""; n-- {
			i := k - n
			if i < st.first {
				continue
			}
			form := a.text[a.toks[i].bstart:t.bstart]
			if strings.Count(form, " ") > 1 || strings.ContainsAny(form, "\n\t") {
				continue
			}
			trimmed := strings.TrimRight(form, " ")
			code := mr.before[strings.ToLower(trimmed)]
			if code == "" || utf8.RuneCountInString(trimmed) == 1 && isLetter(trimmed) && trimmed != form && !a.wordScaleAt(k+1, st) {
				continue // a one-letter sign is written against the number: "R12", not "R 12" (but "R 57.97 billion")
			}
			cur, start = code, a.toks[i].bstart
		}
	}
	if a.decimalComma && strings.Count(num, ",") == 1 && !strings.Contains(num, ".") {
		num = strings.Replace(num, ",", ".", 1) // "$525,737 million" beside "$612,87 million": 525.737 million
	}
	v, ok := parseAmount(num)
	if !ok {
		return money{}, false
	}
	if glued != 1 {
		v = math.Round(v*glued*100) / 100 // "R119.4bn" is 119,400,000,000
	}
	j := k + 1
	if j < st.last {
		// a one-letter scale is written against the number: "€1.8B", "$5m"
		if f, ok := scales[a.toks[j].norm]; ok && a.toks[j].kind == tokWord && (len(a.toks[j].norm) > 1 || !a.toks[j].space) {
			v *= f
			end = a.toks[j].bstart + len(a.toks[j].text)
			j++
			v, end, j = a.compoundAmount(v, f, end, j, st)
			v = math.Round(v*100) / 100 // "4.1 billion" is 4,100,000,000, not 4,099,999,999.9999995
		}
	}
	// a currency name in brackets after a scale: "1.75 bln (euros)"
	paren := false
	if cur == "" && j+2 < st.last && a.toks[j].text == "(" && a.toks[j+2].text == ")" && j > k+1 {
		if code := mr.after[a.toks[j+1].norm]; code != "" {
			cur, end, paren = code, a.toks[j+2].bstart+1, true
		}
	}
	// a currency name joined by a hyphen after a scale: "11 billion-euro"
	if h := a.tok(j); cur == "" && j > k+1 && j+1 < st.last && h.text == "-" && !h.space && !a.toks[j+1].space {
		if code := mr.after[a.toks[j+1].norm]; code != "" {
			cur, end, paren = code, a.toks[j+1].bstart+len(a.toks[j+1].text), true
		}
	}
	// a currency name after: "dollars", "U.S. dollars", "Sri Lankan rupees"
	for n := 3; n >= 1 && !paren; n-- {
		if j+n > st.last {
			continue
		}
		last := a.toks[j+n-1]
		form := a.text[a.toks[j].bstart : last.bstart+len(last.text)]
		code := mr.after[strings.ToLower(form)]
		if code == "" || !a.toks[j].space {
			continue
		}
		if cur == "" || cur == "USD" && a.text[start:start+1] == "$" && code != "USD" {
			cur = code // a name after wins over a bare "$"
		}
		end = last.bstart + len(last.text)
		break
	}
	if cur == "" || v <= 0 {
		return money{}, false
	}
	ti := a.tokenAtByte(start)
	for i := ti - 1; i >= ti-4 && i >= st.first; i-- {
		if targetWords[a.toks[i].norm] {
			return money{}, false
		}
	}
	// "$500 billion by 2030"
	if ei := a.tokenAtByte(end); ei+1 < st.last && a.toks[ei].norm == "by" && a.tok(ei+1).kind == tokNumber {
		return money{}, false
	}
	return money{value: v, currency: cur, text: a.text[start:end], bstart: start}, true
}

// wordScaleAt reports whether token j of st is a scale word of more than
// one letter ("billion", "bn").
func (a *tokenStage) wordScaleAt(j int, st sentence) bool {
	if j >= st.last {
		return false
	}
	_, ok := scales[a.toks[j].norm]
	return ok && a.toks[j].kind == tokWord && len(a.toks[j].norm) > 1
}

// compoundAmount extends an amount written in parts, each a whole number
// with a smaller scale than the one before ("7 bln 500 mln", "1 billion
// 800 million"): v is the amount so far, scale its last scale, end its
// byte end and j the token after it. It returns them past the parts it
// read; a part that does not fit (a larger scale, a fraction, a number
// not below the scale before) ends the amount.
func (a *tokenStage) compoundAmount(v, scale float64, end, j int, st sentence) (float64, int, int) {
	for j+1 < st.last {
		n, w := a.toks[j], a.toks[j+1]
		f, ok := scales[w.norm]
		if n.kind != tokNumber || !n.space || w.kind != tokWord || !ok || f >= scale {
			break
		}
		part, ok := parseAmount(n.text)
		if !ok || part != float64(int64(part)) || part*f >= scale {
			break
		}
		v += part * f
		scale, end, j = f, w.bstart+len(w.text), j+2
	}
	return v, end, j
}

// writesDecimalComma reports whether a text writes decimals with a
// comma: a number with one comma and one or two digits after it ("612,87",
// "16,6"), and none with a decimal point. Such a text's "525,737 million"
// is 525.737 million, not 525,737 million.
func writesDecimalComma(toks []token) bool {
	comma := false
	for _, t := range toks {
		if t.kind != tokNumber {
			continue
		}
		if strings.Contains(t.text, ".") {
			return false
		}
		if i := strings.IndexByte(t.text, ','); i > 0 && strings.Count(t.text, ",") == 1 {
			if n := len(t.text) - i - 1; n == 1 || n == 2 {
				comma = true
			}
		}
	}
	return comma
}

// isLetter reports whether s starts with a letter.
func isLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// parseAmount reads a number written with thousands separators
// ("44,000,000", Indian "3,40,000") or a decimal point or comma ("4.4",
// "4,4").
func parseAmount(num string) (float64, bool) {
	if strings.Contains(num, ",") && !thousands(num) {
		num = strings.ReplaceAll(num, ",", ".")
		if strings.Count(num, ".") > 1 {
			return 0, false
		}
	} else {
		num = strings.ReplaceAll(num, ",", "")
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil || v != v || v > 1e18 {
		return 0, false
	}
	return v, true
}

// thousands reports whether the commas in num separate groups of digits:
// three digits after each ("44,000,000"), or Indian grouping, two digits
// after each but the last three ("3,40,000").
func thousands(num string) bool {
	parts := strings.Split(strings.SplitN(num, ".", 2)[0], ",")
	if len(parts) < 2 {
		return true
	}
	if len(parts[len(parts)-1]) != 3 {
		return false
	}
	three, two := true, true
	for _, p := range parts[1 : len(parts)-1] {
		three = three && len(p) == 3
		two = two && len(p) == 2
	}
	return three || two
}
