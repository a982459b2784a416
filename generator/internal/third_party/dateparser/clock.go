package dateparser

import (
	"strings"
	"time"
	"unicode/utf8"
)

// clockBeside finds the time of day written right after the date (2006-01-02
// 15:04, January 2 at 3 pm) or right before it (15:04, 2 January 2006).
func clockBeside(toks []token, d date) clock {
	if k, ok := skipTimeGap(toks, d.end); ok {
		if c, _, ok := parseClock(toks, k); ok {
			return c
		}
	}
	for k := max(0, d.start-12); k < d.start; k++ {
		if c, end, ok := parseClock(toks, k); ok {
			if next, ok := skipTimeGap(toks, end); ok && next == d.start {
				return c
			}
		}
	}
	return clock{}
}

// skipTimeGap steps over what may stand between a date and its time: a
// little punctuation and a filler word or two. It gives the index of the
// token after them.
func skipTimeGap(toks []token, j int) (int, bool) {
	for n := 0; j < len(toks) && timeGap(toks[j].gap); n++ {
		if n == 3 || !toks[j].isWord() || !oneOf(toks[j].text, timeFillers) {
			return j, true
		}
		j++
	}
	return 0, false
}

// timeGap reports whether gap may stand between a date and a time, or
// between a filler word and them: spaces and at most one mark (the dot
// may end "p.m.").
func timeGap(gap string) bool {
	s := strings.Trim(gap, " \t\r\n\u00a0")
	if s == "" {
		return true
	}
	r, size := utf8.DecodeRuneInString(s)
	return size == len(s) && strings.ContainsRune(",.;-|/:@·•–—(", r)
}

// parseClock reads a time of day starting at toks[k]: 15:04, 15:04:05,
// 15:04:05.999, 3:04 pm, 3 p.m., 15h30, each with an optional zone (Z,
// UTC, GMT+1, EST, +02:00, -0700).
func parseClock(toks []token, k int) (clock, int, bool) {
	if k >= len(toks) {
		return clock{}, 0, false
	}
	t := toks[k]
	if !t.isNum() || t.ord || t.digits() > 2 {
		return clock{}, 0, false
	}
	c := clock{hour: t.num}
	j := k + 1
	twoDigits := func(j int, gap string) bool {
		return j < len(toks) && toks[j].isNum() && !toks[j].ord && toks[j].digits() == 2 && toks[j].gap == gap
	}
	minutes := false
	switch {
	case twoDigits(j, ":"):
		c.min, minutes = toks[j].num, true
		j++
		if twoDigits(j, ":") {
			c.sec = toks[j].num
			j++
			if j < len(toks) && toks[j].isNum() && (toks[j].gap == "." || toks[j].gap == ",") {
				f := toks[j].text
				c.nsec = atoi((f + "000000000")[:9])
				j++
			}
		}
	case j < len(toks) && toks[j].text == "h" && toks[j].gap == "": // 15h, 15h30
		j++
		minutes = true
		if twoDigits(j, "") {
			c.min = toks[j].num
			j++
		}
	}
	if n, pm := meridiem(toks, j); n > 0 {
		if c.hour < 1 || c.hour > 12 {
			return clock{}, 0, false
		}
		c.hour %= 12
		if pm {
			c.hour += 12
		}
		j += n
	} else if !minutes {
		return clock{}, 0, false
	}
	if c.hour > 23 || c.min > 59 || c.sec > 59 {
		return clock{}, 0, false
	}
	if loc, n := zoneAt(toks, j); n > 0 {
		c.loc = loc
		j += n
	}
	return c, j, true
}

// meridiem reads am, pm, a.m. or p.m. at toks[j]: how many tokens it
// takes and whether it is pm.
func meridiem(toks []token, j int) (int, bool) {
	if j >= len(toks) || !toks[j].isWord() || toks[j].sep() != "" {
		return 0, false
	}
	switch toks[j].text {
	case "am", "pm":
		return 1, toks[j].text == "pm"
	case "a", "p":
		if j+1 < len(toks) && toks[j+1].text == "m" && toks[j+1].gap == "." {
			return 2, toks[j].text == "p"
		}
	}
	return 0, false
}

// zoneAt reads a time zone at toks[j]: how many tokens it takes.
func zoneAt(toks []token, j int) (*time.Location, int) {
	if j >= len(toks) {
		return nil, 0
	}
	t := toks[j]
	if t.isWord() {
		off, ok := zoneOffset(t.text)
		// The gap may hold the last dot of "p.m." or a parenthesis.
		if !ok || t.text == "z" && t.gap != "" || t.sep() != "" && t.sep() != "(" && t.sep() != "." {
			return nil, 0
		}
		n := 1
		// GMT+1, UTC+05:30
		if extra, m := offsetAt(toks, j+1, true); m > 0 {
			off += extra
			n += m
		}
		if off == 0 {
			return time.UTC, n
		}
		return time.FixedZone(strings.ToUpper(t.text), off*60), n
	}
	if off, n := offsetAt(toks, j, false); n > 0 {
		if off == 0 {
			return time.UTC, n
		}
		return time.FixedZone("", off*60), n
	}
	return nil, 0
}

// offsetAt reads an offset from UTC in minutes at toks[j]: +02:00, +0200,
// -07 right after the time, and after a zone name also +2.
func offsetAt(toks []token, j int, afterName bool) (int, int) {
	if j >= len(toks) || !toks[j].isNum() || toks[j].ord {
		return 0, 0
	}
	t := toks[j]
	gap := t.gap
	if gap == "" || gap[len(gap)-1] != '+' && gap[len(gap)-1] != '-' || strings.TrimSpace(gap) != gap[len(gap)-1:] {
		return 0, 0
	}
	sign := 1
	if gap[len(gap)-1] == '-' {
		sign = -1
	}
	var h, m, n int
	switch d := t.digits(); {
	case d == 4:
		h, m, n = t.num/100, t.num%100, 1
	case d == 2 || d == 1 && afterName:
		h, n = t.num, 1
		if j+1 < len(toks) && toks[j+1].isNum() && toks[j+1].digits() == 2 && toks[j+1].gap == ":" {
			m, n = toks[j+1].num, 2
		} else if !afterName && gap != t.sep() {
			// A bare "-07" needs to touch the time: in "15:04 -
			// 2 January", "- 2" is not a zone.
			return 0, 0
		}
	default:
		return 0, 0
	}
	if h > 14 || m > 59 {
		return 0, 0
	}
	return sign * (h*60 + m), n
}

// toDate makes the Date, completing a partial date from the
// configuration; c.loc must be set.
func (d date) toDate(cfg *Configuration, c clock) Date {
	if cfg.StrictParsing && !d.full() {
		return Date{}
	}
	now := cfg.now()
	period := Day
	year := d.year
	if !d.hasYear {
		year = now.Year()
	}
	at := func(year int) (time.Time, bool) {
		day := d.day
		n := daysIn(d.month, year)
		if !d.hasDay {
			switch cfg.PreferredDayOfMonth {
			case First:
				day = 1
			case Last:
				day = n
			default:
				day = min(now.Day(), n)
			}
		}
		if day > n {
			return time.Time{}, false
		}
		return time.Date(year, time.Month(d.month), day, c.hour, c.min, c.sec, c.nsec, c.loc), true
	}
	if !d.hasDay {
		period = Month
	}
	t, ok := at(year)
	// A date with no year takes the nearest year the preferred source
	// allows (29 February may be eight years away).
	for try := 0; !d.hasYear && try < 8; try++ {
		step := 0
		switch {
		case cfg.PreferredDateSource == Past && (!ok || t.After(now)):
			step = -1
		case cfg.PreferredDateSource == Future && (!ok || t.Before(now)):
			step = 1
		}
		if step == 0 {
			break
		}
		year += step
		t, ok = at(year)
	}
	if !ok || t.Year() < 1 || t.Year() > 9999 {
		return Date{}
	}
	return Date{Locale: d.lang, Period: period, Time: t}
}
