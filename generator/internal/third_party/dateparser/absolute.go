package dateparser

import (
	"strings"
	"time"
)

// date is the calendar date found in a text; year and day are set only
// when the text gave them.
type date struct {
	year, month, day int
	hasYear, hasDay  bool
	lang             string
	start, end       int // its tokens: toks[start:end]
}

func (d date) full() bool { return d.hasYear && d.hasDay }

// clock is a time of day; loc is nil when the text names no zone.
type clock struct {
	hour, min, sec, nsec int
	loc                  *time.Location
}

// parseAbsolute finds the first full date in str, with the time of day
// beside it; without a full date it takes the first partial one, unless
// parsing is strict.
func parseAbsolute(cfg *Configuration, str string) Date {
	toks := tokenize(str)
	var partial date
	found := false
	for i := range toks {
		d, ok := dateAt(cfg, toks, i)
		if !ok {
			continue
		}
		if d.full() {
			return d.withClock(cfg, clockBeside(toks, d))
		}
		if !found {
			partial, found = d, true
		}
	}
	if found && !cfg.StrictParsing {
		return partial.withClock(cfg, clockBeside(toks, partial))
	}
	return Date{}
}

// dateAt reads a date that starts at toks[i].
func dateAt(cfg *Configuration, toks []token, i int) (date, bool) {
	// A number joined to the one before by punctuation belongs to
	// something else: a time (10:30), a version, a longer date.
	if i > 0 && toks[i].isNum() && toks[i-1].isNum() && !toks[i].spaced() && toks[i].sep() != "" {
		return date{}, false
	}
	if d, ok := cjkDate(toks, i); ok {
		return d, true
	}
	if d, ok := numericDate(cfg, toks, i); ok {
		return d, true
	}
	return namedDate(toks, i)
}

// numericDate reads 2006-01-02, 2006/1/2, 02/01/2006, 02.01.2006,
// 02-01-06 and, partial, 2006-01.
func numericDate(cfg *Configuration, toks []token, i int) (date, bool) {
	if i+1 >= len(toks) {
		return date{}, false
	}
	a, b := toks[i], toks[i+1]
	sep := b.gap
	if !a.isNum() || a.ord || !b.isNum() || b.ord || len(sep) != 1 || !strings.Contains("-/.", sep) {
		return date{}, false
	}
	var c token
	hasC := i+2 < len(toks) && toks[i+2].isNum() && !toks[i+2].ord && toks[i+2].gap == sep
	if hasC {
		c = toks[i+2]
		// 1.2.3.4 or 2006-01-02-5 is not a date.
		if i+3 < len(toks) && toks[i+3].isNum() && toks[i+3].gap == sep {
			return date{}, false
		}
	}
	switch {
	case a.digits() == 4 && b.digits() <= 2 && hasC && c.digits() <= 2:
		d := date{year: a.num, month: b.num, day: c.num, hasYear: true, hasDay: true, start: i, end: i + 3}
		return d, d.valid()
	case a.digits() == 4 && b.digits() <= 2 && !hasC && sep != ".":
		d := date{year: a.num, month: b.num, hasYear: true, start: i, end: i + 2}
		return d, d.valid()
	case a.digits() <= 2 && b.digits() <= 2 && hasC && (c.digits() == 4 || c.digits() == 2):
		year := c.num
		if c.digits() == 2 {
			year = twoDigitYear(year)
		}
		first, second := a.num, b.num
		if !cfg.dayFirst(sep[0]) {
			first, second = second, first
		}
		d := date{year: year, month: second, day: first, hasYear: true, hasDay: true, start: i, end: i + 3}
		if !d.valid() {
			// The order the configuration gives is impossible (a
			// month 13 or more): read it the other way round.
			d.month, d.day = first, second
		}
		return d, d.valid()
	}
	return date{}, false
}

// twoDigitYear reads a year of two digits as strptime's %y does: 69-99
// are 1969-1999, 00-68 are 2000-2068.
func twoDigitYear(y int) int {
	if y >= 69 {
		return 1900 + y
	}
	return 2000 + y
}

// cjkDate reads 2006年1月2日 (Chinese, Japanese) and 2006년 1월 2일
// (Korean); the day may be missing.
func cjkDate(toks []token, i int) (date, bool) {
	unit := func(j int, han, hangul string) (int, bool) {
		if j+1 < len(toks) && toks[j].isNum() && !toks[j].ord && (toks[j+1].text == han || toks[j+1].text == hangul) && toks[j+1].sep() == "" {
			return toks[j].num, true
		}
		return 0, false
	}
	y, ok := unit(i, "年", "년")
	if !ok || toks[i].digits() != 4 {
		return date{}, false
	}
	m, ok := unit(i+2, "月", "월")
	if !ok || toks[i+2].sep() != "" {
		return date{}, false
	}
	d := date{year: y, month: m, hasYear: true, start: i, end: i + 4}
	if day, ok := unit(i+4, "日", "일"); ok && toks[i+4].sep() == "" {
		d.day, d.hasDay, d.end = day, true, i+6
	}
	return d, d.valid()
}

// namedDate reads a date whose month is a word: 2 January 2006, January
// 2, 2006, 2006 Jan 2, 2nd of January 2006, 2 de enero de 2006, and,
// partial, January 2006 and 2 January.
func namedDate(toks []token, i int) (date, bool) {
	// Up to three parts, each a month name or a number, with at most a
	// little punctuation and a filler word between two parts.
	type part struct {
		tok   token
		month int
		lang  string
		end   int
	}
	var parts []part
	for j := i; j < len(toks) && len(parts) < 3; {
		t := toks[j]
		if len(parts) > 0 {
			if !dateGap(t.gap) {
				break
			}
			if t.isWord() && oneOf(t.text, dateFillers) && j+1 < len(toks) && dateGap(toks[j+1].gap) {
				j++
				t = toks[j]
			}
		}
		p := part{tok: t, end: j + 1}
		if t.isWord() {
			m, lang, ok := month(t.text)
			if !ok {
				break
			}
			p.month, p.lang = m, lang
		} else if !t.isNum() {
			break
		}
		parts = append(parts, p)
		j++
	}
	// Exactly one part is the month.
	mi := -1
	for k, p := range parts {
		if p.month > 0 {
			if mi >= 0 {
				parts = parts[:k]
				break
			}
			mi = k
		}
	}
	if mi < 0 || mi > 1 {
		return date{}, false
	}
	isDay := func(t token) bool { return t.isNum() && t.digits() <= 2 && t.num >= 1 && t.num <= 31 }
	isYear := func(t token) bool { return t.isNum() && !t.ord && t.digits() == 4 }
	m := parts[mi]
	d := date{month: m.month, lang: m.lang, start: i}
	switch {
	case mi == 1 && len(parts) == 3 && isDay(parts[0].tok) && isYear(parts[2].tok): // 2 January 2006
		d.day, d.year, d.end = parts[0].tok.num, parts[2].tok.num, parts[2].end
	case mi == 1 && len(parts) == 3 && isYear(parts[0].tok) && isDay(parts[2].tok): // 2006 January 2
		d.year, d.day, d.end = parts[0].tok.num, parts[2].tok.num, parts[2].end
	case mi == 0 && len(parts) == 3 && isDay(parts[1].tok) && isYear(parts[2].tok): // January 2, 2006
		d.day, d.year, d.end = parts[1].tok.num, parts[2].tok.num, parts[2].end
	case mi == 1 && len(parts) == 3 && isDay(parts[0].tok) && shortYear(toks, parts[2].tok, parts[2].end): // 02 Jan 06
		d.day, d.year, d.end = parts[0].tok.num, twoDigitYear(parts[2].tok.num), parts[2].end
	case mi == 0 && len(parts) >= 2 && isYear(parts[1].tok): // January 2006
		d.year, d.end = parts[1].tok.num, parts[1].end
		d.hasYear = true
		return d, d.valid()
	case mi == 0 && len(parts) >= 2 && isDay(parts[1].tok): // January 2
		d.day, d.end = parts[1].tok.num, parts[1].end
		d.hasDay = true
		return d, d.valid()
	case mi == 1 && isDay(parts[0].tok): // 2 January
		d.day, d.end = parts[0].tok.num, m.end
		d.hasDay = true
		return d, d.valid()
	case mi == 1 && isYear(parts[0].tok): // 2006 January
		d.year, d.end = parts[0].tok.num, m.end
		d.hasYear = true
		return d, d.valid()
	default:
		return date{}, false
	}
	d.hasYear, d.hasDay = true, true
	return d, d.valid()
}

// shortYear reports whether t, ending a date at toks[end], is a year of
// two digits: in "02 Jan 06" it is, in "02 Jan 15:04" it is the hour.
func shortYear(toks []token, t token, end int) bool {
	if !t.isNum() || t.ord || t.digits() != 2 {
		return false
	}
	return end >= len(toks) || toks[end].sep() != ":"
}

// dateGap reports whether gap may separate two parts of a date: spaces
// and at most two of , . - /
func dateGap(gap string) bool {
	n := 0
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case ' ', '\t', '\n', '\r':
		case ',', '.', '-', '/':
			n++
		default:
			// A no-break space is a space.
			if strings.HasPrefix(gap[i:], "\u00a0") {
				i++
				continue
			}
			return false
		}
	}
	return n <= 2
}

func (d date) valid() bool {
	if d.month < 1 || d.month > 12 {
		return false
	}
	if d.hasYear && (d.year < 1 || d.year > 9999) {
		return false
	}
	if d.hasDay {
		y := d.year
		if !d.hasYear {
			y = 2000 // a leap year: 29 February is a date
		}
		return d.day >= 1 && d.day <= daysIn(d.month, y)
	}
	return true
}

func daysIn(month, year int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// withClock makes the Date, completing a partial date from the
// configuration.
func (d date) withClock(cfg *Configuration, c clock) Date {
	if c.loc == nil {
		c.loc = cfg.location()
	}
	return d.toDate(cfg, c)
}
