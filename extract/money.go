package extract

import (
	"fmt"
	"regexp"
	"sort"
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
}

// moneyReader finds amounts with a currency: a symbol or code before the
// number ("$44 billion", "Rs 3,400 crore", "R12 billion", "€175bn") or a
// currency name after it ("52 million dollars", "1.2 trillion yuan").
type moneyReader struct {
	re     *regexp.Regexp
	before map[string]string // folded form → code
	after  map[string]string
}

// scales are the words that multiply an amount.
var scales = map[string]float64{
	"trillion": 1e12, "tn": 1e12, "trln": 1e12,
	"billion": 1e9, "bn": 1e9, "bln": 1e9,
	"million": 1e6, "mln": 1e6, "mn": 1e6,
	"thousand": 1e3, "k": 1e3,
	"crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
}

// newMoneyReader builds the reader from data/currencies.tsv.
func newMoneyReader() (*moneyReader, error) {
	rows, err := readRows("currencies.tsv", 3)
	if err != nil {
		return nil, err
	}
	mr := &moneyReader{before: map[string]string{}, after: map[string]string{}}
	var before, after []string
	for _, f := range rows {
		form, code, where := f[0], f[1], f[2]
		if len(code) != 3 || strings.ToUpper(code) != code {
			return nil, fmt.Errorf("currencies.tsv: %q is not an ISO 4217 code", code)
		}
		if where == "before" || where == "both" {
			mr.before[strings.ToLower(form)] = code
			before = append(before, form)
		}
		if where == "after" || where == "both" {
			mr.after[strings.ToLower(form)] = code
			after = append(after, form)
		}
	}
	var scaleWords []string
	for w := range scales {
		scaleWords = append(scaleWords, w)
	}
	mr.re, err = regexp.Compile(`(?i)(` + alternation(before) + `)?\s?(\d+(?:[.,]\d+)*)(?:\s*(` + alternation(scaleWords) + `)\b)?(?:\s+(` + alternation(after) + `)\b)?`)
	if err != nil {
		return nil, fmt.Errorf("currencies.tsv: %w", err)
	}
	return mr, nil
}

// alternation returns a regexp alternation of the forms, longest first.
func alternation(forms []string) string {
	fs := append([]string(nil), forms...)
	sort.Slice(fs, func(i, j int) bool {
		if len(fs[i]) != len(fs[j]) {
			return len(fs[i]) > len(fs[j])
		}
		return fs[i] < fs[j]
	})
	for i, f := range fs {
		fs[i] = regexp.QuoteMeta(f)
	}
	return strings.Join(fs, "|")
}

var targetWords = map[string]bool{"target": true, "goal": true, "aim": true, "objective": true, "targets": true, "aims": true,
	"double": true, "triple": true, "increase": true, "raise": true, "boost": true, "aiming": true}

// firstMoney returns the first amount with a currency in sentence s that
// is not a target ("the target of $10 billion").
func (a *analysis) firstMoney(s int) (money, bool) {
	st := a.sents[s]
	text := a.text[st.bstart:st.bend]
	for _, m := range a.x.money.re.FindAllStringSubmatchIndex(text, -1) {
		if mo, ok := a.moneyAt(st, text, m); ok {
			return mo, true
		}
	}
	return money{}, false
}

// moneyAt reads one match m of the money regexp in text, the text of
// sentence st.
func (a *analysis) moneyAt(st sentence, text string, m []int) (money, bool) {
	mr := a.x.money
	before, after := sub(text, m, 1), sub(text, m, 4)
	start := m[2*1]
	if before != "" && !signStarts(text, m) {
		before = "" // "for 12 billion dollars": the r of "for" is no rand
	}
	if before == "" {
		start = m[2*2]
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); start > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return money{}, false // "A320 dollars"
		}
	}
	if before == "" && after == "" {
		return money{}, false
	}
	v, ok := parseAmount(sub(text, m, 2))
	if !ok {
		return money{}, false
	}
	v *= scaleOf(sub(text, m, 3))
	cur := mr.before[strings.ToLower(before)]
	if ac := mr.after[strings.ToLower(after)]; after != "" && (cur == "" || before == "$" && ac != "USD") {
		cur = ac // "$5 billion Australian dollars" is rare; a name after wins over a bare sign
	}
	if cur == "" || v <= 0 {
		return money{}, false
	}
	bi := st.bstart + start
	ti := a.tokenAtByte(bi)
	for k := ti - 1; k >= ti-4 && k >= st.first; k-- {
		if targetWords[a.toks[k].norm] {
			return money{}, false
		}
	}
	// "$500 billion by 2030"
	if ei := a.tokenAtByte(st.bstart + m[1]); ei+1 < st.last && a.toks[ei].norm == "by" && a.tok(ei+1).kind == tokNumber {
		return money{}, false
	}
	return money{value: v, currency: cur, text: strings.TrimSpace(text[start:m[1]]), bstart: bi}, true
}

// signStarts reports whether the currency sign or code of match m stands
// on its own: not inside a word ("hours 12"), and a one-letter sign
// written against the number ("R12 billion", not "R 12").
func signStarts(text string, m []int) bool {
	s, e := m[2*1], m[2*1+1]
	if r, _ := utf8.DecodeLastRuneInString(text[:s]); s > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		if f, _ := utf8.DecodeRuneInString(text[s:]); unicode.IsLetter(f) {
			return false
		}
	}
	if utf8.RuneCountInString(text[s:e]) == 1 && unicode.IsLetter([]rune(text[s:e])[0]) && m[2*2] != e {
		return false
	}
	return true
}

// scaleOf returns the multiplier a scale word stands for (1 for none).
func scaleOf(w string) float64 {
	if f, ok := scales[strings.ToLower(w)]; ok {
		return f
	}
	return 1
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

func sub(s string, m []int, g int) string {
	if m[2*g] < 0 {
		return ""
	}
	return s[m[2*g]:m[2*g+1]]
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
