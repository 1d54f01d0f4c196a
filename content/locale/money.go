package locale

import (
	"math"
	"strconv"
	"strings"
	"unicode"
)

// Separators returns the thousands and decimal separators of lang.
func Separators(lang Lang) (group, decimal rune) {
	if lang == NL {
		return '.', ','
	}
	return ',', '.'
}

// FormatMoney writes v with the thousands separator of lang and two
// decimals only when there are cents: 6500 -> "6,500" (en), "6.500" (nl).
func FormatMoney(lang Lang, v float64) string {
	group, dec := Separators(lang)
	neg := v < 0
	v = math.Abs(v)
	cents := int64(math.Round(v * 100))
	whole := strconv.FormatInt(cents/100, 10)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteRune(group)
		}
		b.WriteRune(r)
	}
	if frac := cents % 100; frac != 0 {
		b.WriteRune(dec)
		if frac < 10 {
			b.WriteByte('0')
		}
		b.WriteString(strconv.FormatInt(frac, 10))
	}
	return b.String()
}

// FormatPercent writes p rounded to a whole percent, or to one decimal
// below 10 so a thin margin does not show as a round number.
func FormatPercent(lang Lang, p float64) string {
	_, dec := Separators(lang)
	if math.Abs(p) >= 10 {
		return strconv.FormatFloat(math.Round(p), 'f', 0, 64) + "%"
	}
	s := strconv.FormatFloat(math.Round(p*10)/10, 'f', 1, 64)
	return strings.Replace(s, ".", string(dec), 1) + "%"
}

// ParseMoney reads an amount the way people type it: "6500", "6 500",
// "6,500" in English or "6.500" in Dutch, with up to two decimals after the
// language's decimal separator and an optional currency sign. Amounts that
// could be misread ("6,500" in Dutch, "6.500" in English: money.ambiguous),
// negatives and anything else are refused with a Message that says what
// to type instead.
func ParseMoney(lang Lang, s string) (float64, *Message) {
	group, dec := Separators(lang)
	s = strings.TrimSpace(s)
	s = strings.TrimFunc(s, func(r rune) bool { return r == '€' || r == '$' || r == '£' || unicode.IsSpace(r) })
	if s == "" {
		m := Msg("money.empty")
		return 0, &m
	}
	if strings.HasPrefix(s, "-") {
		m := Msg("money.negative")
		return 0, &m
	}
	var intPart, fracPart strings.Builder
	seenDec, seenGroup := false, false
	digitsSinceGroup := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			if seenDec {
				fracPart.WriteRune(r)
			} else {
				intPart.WriteRune(r)
				digitsSinceGroup++
			}
		case r == dec && !seenDec:
			if seenGroup && digitsSinceGroup != 3 {
				return 0, badMoney(s)
			}
			seenDec = true
		case !seenDec && (r == group || r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '_' || r == '\''):
			// A group separator must follow 1-3 digits and, after the first
			// group, exactly three.
			if intPart.Len() == 0 || digitsSinceGroup > 3 || (seenGroup && digitsSinceGroup != 3) {
				return 0, badMoney(s)
			}
			seenGroup = true
			digitsSinceGroup = 0
		default:
			return 0, badMoney(s)
		}
	}
	if intPart.Len() == 0 && fracPart.Len() == 0 {
		return 0, badMoney(s)
	}
	if seenGroup && !seenDec && digitsSinceGroup != 3 {
		return 0, badMoney(s)
	}
	if fracPart.Len() == 3 && !seenGroup && intPart.Len() <= 3 {
		return 0, ambiguousMoney(lang, intPart.String()+fracPart.String(), s)
	}
	if fracPart.Len() > 2 || (seenDec && fracPart.Len() == 0) {
		return 0, badMoney(s)
	}
	if intPart.Len() > 12 {
		m := Msg("money.too_large")
		return 0, &m
	}
	whole, _ := strconv.ParseInt("0"+intPart.String(), 10, 64)
	v := float64(whole)
	if f := fracPart.String(); f != "" {
		if len(f) == 1 {
			f += "0"
		}
		cents, _ := strconv.ParseInt(f, 10, 64)
		v += float64(cents) / 100
	}
	return v, nil
}

// ambiguousMoney is the message for "4,500" in Dutch or "4.500" in
// English: three digits after the decimal separator are more likely a
// thousands group of the other language than cents. It names the amount
// in thousands, grouped and plain, so the user sees what to type.
func ambiguousMoney(lang Lang, digits, s string) *Message {
	v, _ := strconv.ParseInt(digits, 10, 64)
	m := Msg("money.ambiguous", s, FormatMoney(lang, float64(v)), strconv.FormatInt(v, 10))
	return &m
}

func badMoney(s string) *Message {
	m := Msg("money.bad", s)
	return &m
}

// ParseCount reads a whole, non-negative number such as a head count,
// allowing the same digit grouping as ParseMoney but no decimals.
func ParseCount(lang Lang, s string) (float64, *Message) {
	v, msg := ParseMoney(lang, s)
	if msg != nil {
		// The same problem, in count words: a head count is not money.
		var m Message
		switch msg.Key {
		case "money.empty":
			m = Msg("count.empty")
		case "money.negative":
			m = Msg("count.negative")
		case "money.too_large":
			m = Msg("count.too_large")
		default:
			m = Msg("count.bad", strings.TrimSpace(s))
		}
		return 0, &m
	}
	if v != math.Trunc(v) {
		m := Msg("count.bad", strings.TrimSpace(s))
		return 0, &m
	}
	return v, nil
}

// DefaultCurrency is the currency money is shown in when neither the
// playbook nor --currency names one. winwin's sellers and cases work in
// euros, in either language.
func DefaultCurrency(lang Lang) string {
	switch lang {
	case NL:
		return "€"
	}
	return "€"
}

// FormatAmount writes v with its currency the way lang writes money:
// "€6,500" in English, "€ 6.500" in Dutch; a currency code or word is
// always set apart ("USD 6,500"). An empty currency writes the number
// alone.
func FormatAmount(lang Lang, currency string, v float64) string {
	n := FormatMoney(lang, v)
	currency = strings.TrimSpace(currency)
	if currency == "" {
		return n
	}
	sign := ""
	if strings.HasPrefix(n, "-") {
		sign, n = "-", n[1:]
	}
	if lang == NL || isCode(currency) {
		return currency + " " + sign + n
	}
	return sign + currency + n
}

// isCode reports whether a currency is written with letters ("EUR",
// "kr"), which never touch the number.
func isCode(currency string) bool {
	for _, r := range currency {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
