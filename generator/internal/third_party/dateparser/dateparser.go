// Package dateparser is a compact stand-in for
// github.com/markusmobius/go-dateparser: the part of its API that
// go-htmldate calls, over a small parser for the absolute dates news
// pages print, with no data to load at start-up.
//
// It reads ISO 8601 and RFC 3339 dates ("2006-01-02T15:04:05Z"), RFC 1123
// and RFC 822 ones ("Mon, 02 Jan 2006 15:04:05 GMT"), dates with a month
// name in English, German, French, Spanish, Italian, Portuguese or Dutch
// ("2 January 2006", "January 2nd, 2006", "Jan. 2, 2006", "2. Januar
// 2006", "2 de enero de 2006"), numeric dates ("02/01/2006",
// "02.01.2006", in the configured order) and Chinese, Japanese and
// Korean ones ("2006年1月2日", "2006년 1월 2일"), each with an optional
// weekday and time of day ("3:04 pm", "15:04:05.999 +02:00", "10:30
// EST"). Words around the date are ignored. Relative dates ("3 hours
// ago"), timestamps and other calendars are not read.
package dateparser

import (
	"fmt"
	"strings"
	"time"
)

// ParserType names a way of reading a date.
type ParserType uint8

// The values keep the original package's numbering.
const (
	// CustomFormat reads the string with the layouts given to Parse
	// (Go time layouts, as in the original).
	CustomFormat ParserType = 3
	// AbsoluteTime finds a calendar date, with an optional time of
	// day, in the string.
	AbsoluteTime ParserType = 4
)

// Parser reads dates. The zero value tries CustomFormat, then
// AbsoluteTime. A Parser holds no state: it may be used from several
// goroutines at once.
type Parser struct {
	// ParserTypes lists the ways of reading to try, in order.
	ParserTypes []ParserType
}

// Period says how much of a Date the text gave.
type Period uint8

// The values keep the original package's numbering, which also has
// Second, Minute, Hour and Year: periods this parser never gives.
const (
	None  Period = 0 // no date
	Day   Period = 4 // the text gave the day
	Month Period = 5 // the text gave the month and year; the day was filled in
)

func (p Period) String() string {
	switch p {
	case Day:
		return "Day"
	case Month:
		return "Month"
	}
	return ""
}

// Date is a date read from text.
type Date struct {
	// Locale is the language of the month name the text used ("en",
	// "de", ...); "" when the date was all numbers.
	Locale string
	Period Period
	Time   time.Time
}

// IsZero reports whether the date is empty.
func (d Date) IsZero() bool {
	return d.Period == None || d.Time.IsZero()
}

// Parse finds the date in str. A nil cfg is the zero Configuration.
// formats are Go time layouts for CustomFormat.
func (p *Parser) Parse(cfg *Configuration, str string, formats ...string) (Date, error) {
	if cfg == nil {
		cfg = &Configuration{}
	}
	if err := cfg.validate(); err != nil {
		return Date{}, fmt.Errorf("config error: %w", err)
	}
	types := p.ParserTypes
	if len(types) == 0 {
		types = []ParserType{CustomFormat, AbsoluteTime}
	}
	for _, t := range types {
		if t != CustomFormat && t != AbsoluteTime {
			return Date{}, fmt.Errorf("invalid parser type: %d", t)
		}
	}
	for _, t := range types {
		var d Date
		switch t {
		case CustomFormat:
			d = parseFormats(cfg, str, formats)
		case AbsoluteTime:
			d = parseAbsolute(cfg, str)
		}
		if !d.IsZero() {
			return d, nil
		}
	}
	return Date{}, fmt.Errorf("failed to parse %q: unknown format", str)
}

// parseFormats reads str with the first of the layouts that fits it. A
// layout without a day takes one from the configuration, as does one
// without a year; a layout without a month is not a date.
func parseFormats(cfg *Configuration, str string, layouts []string) Date {
	str = strings.TrimSpace(str)
	for _, layout := range layouts {
		t, err := time.ParseInLocation(layout, str, cfg.location())
		if err != nil {
			continue
		}
		// Which elements the layout has shows in how it prints a
		// time whose fields all differ.
		probe := time.Date(2011, 3, 4, 5, 6, 7, 0, time.UTC).Format(layout)
		hasYear := strings.Contains(probe, "11")
		hasMonth := strings.Contains(probe, "3") || strings.Contains(probe, "Mar")
		hasDay := strings.Contains(probe, "4")
		if !hasMonth {
			continue
		}
		d := date{year: t.Year(), month: int(t.Month()), day: t.Day(), hasYear: hasYear, hasDay: hasDay}
		c := clock{hour: t.Hour(), min: t.Minute(), sec: t.Second(), nsec: t.Nanosecond(), loc: t.Location()}
		if r := d.toDate(cfg, c); !r.IsZero() {
			return r
		}
	}
	return Date{}
}
