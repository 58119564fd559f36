package extract

import (
	"regexp"
	"strconv"
	"strings"
)

// money is an amount found in a sentence.
type money struct {
	value    float64
	currency string // "USD", or the other currency's word
	text     string
	bstart   int
}

var reMoney = regexp.MustCompile(`(?i)(US\$|USD|\$|€|EUR\b|£|GBP\b|¥|CNY\b|RMB\b)?\s?(\d+(?:[.,]\d+)*)(?:\s*(trillion|billion|million|bn|mln|mn|tn|trln)\b)?(?:\s+(U\.?S\.?\s+dollars|US\s+dollars|dollars|USD|euros?|yuan|renminbi|rubles?|roubles?|rupees?|pounds?|tenge|lira|dirhams?|riyals?|yen|won|soms?|manats?)\b)?`)

var targetWords = map[string]bool{"target": true, "goal": true, "aim": true, "objective": true, "targets": true, "aims": true,
	"double": true, "triple": true, "increase": true, "raise": true, "boost": true, "aiming": true}

// firstMoney returns the first amount with a currency in sentence s that
// is not a target ("the target of $10 billion").
func (a *analysis) firstMoney(s int) (money, bool) {
	st := a.sents[s]
	for k := st.first; k < st.last; k++ {
		if a.toks[k].kind != tokNumber {
			continue
		}
		// the window starts at a currency sign or code before the number
		w := k
		for w > st.first && w > k-2 && currencyToken[a.tok(w-1).norm] {
			w--
		}
		end := st.bend
		if k+5 < st.last {
			end = a.tok(k + 5).bstart
		}
		base := a.toks[w].bstart
		m := reMoney.FindStringSubmatchIndex(a.text[base:end])
		if m == nil || m[0] != 0 {
			continue
		}
		if mo, ok := a.moneyAt(st, base, a.text[base:end], m); ok {
			return mo, true
		}
	}
	return money{}, false
}

// currencyToken lists tokens that may precede an amount.
var currencyToken = map[string]bool{"$": true, "us": true, "usd": true, "€": true, "eur": true, "£": true, "gbp": true, "¥": true, "cny": true, "rmb": true}

// moneyAt reads one reMoney match m of text (which starts at byte base).
func (a *analysis) moneyAt(st sentence, base int, text string, m []int) (money, bool) {
	before, after := sub(text, m, 1), sub(text, m, 4)
	if before == "" && after == "" {
		return money{}, false
	}
	num := sub(text, m, 2)
	// "44,000,000" uses commas for thousands; "4,4" is a decimal comma
	if strings.Count(num, ",") > 0 && !thousands(num) {
		num = strings.ReplaceAll(num, ",", ".")
	} else {
		num = strings.ReplaceAll(num, ",", "")
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return money{}, false
	}
	switch strings.ToLower(sub(text, m, 3)) {
	case "trillion", "tn", "trln":
		v *= 1e12
	case "billion", "bn":
		v *= 1e9
	case "million", "mln", "mn":
		v *= 1e6
	}
	cur := "USD"
	switch b := strings.ToUpper(before); {
	case b == "" || b == "$" || b == "US$" || b == "USD":
		if after != "" && !strings.Contains(strings.ToLower(after), "dollar") && strings.ToUpper(after) != "USD" {
			cur = strings.ToLower(after)
		}
	default:
		cur = b
	}
	bi := base + m[0]
	ti := a.tokenAtByte(bi)
	isTarget := false
	for k := ti - 1; k >= ti-4 && k >= st.first; k-- {
		if targetWords[a.toks[k].norm] {
			isTarget = true
		}
	}
	// "$500 billion by 2030"
	if ei := a.tokenAtByte(base + m[1]); ei+1 < st.last && a.toks[ei].norm == "by" && a.tok(ei+1).kind == tokNumber {
		isTarget = true
	}
	if isTarget {
		return money{}, false
	}
	return money{value: v, currency: cur, text: strings.TrimSpace(text[m[0]:m[1]]), bstart: bi}, true
}

func sub(s string, m []int, g int) string {
	if m[2*g] < 0 {
		return ""
	}
	return s[m[2*g]:m[2*g+1]]
}

// thousands reports whether every comma in num separates groups of three digits.
func thousands(num string) bool {
	parts := strings.Split(strings.SplitN(num, ".", 2)[0], ",")
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}
