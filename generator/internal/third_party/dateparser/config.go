package dateparser

import (
	"fmt"
	"strings"
	"time"
)

// DateOrder returns the order of day, month and year ("DMY", "MDY",
// "YMD", ...) for numeric dates such as 02/01/2006. locale is the
// language whose month name the text used, or "en" for an all-numeric
// date.
type DateOrder func(locale string) string

// The six orders, as in the original package.
var (
	YMD DateOrder = func(string) string { return "YMD" }
	YDM DateOrder = func(string) string { return "YDM" }
	MYD DateOrder = func(string) string { return "MYD" }
	MDY DateOrder = func(string) string { return "MDY" }
	DYM DateOrder = func(string) string { return "DYM" }
	DMY DateOrder = func(string) string { return "DMY" }
)

// PreferredDateSource says which year completes a date that has none.
type PreferredDateSource uint8

const (
	// CurrentPeriod takes the current year: in 2021, "10 December" is
	// 2021-12-10.
	CurrentPeriod PreferredDateSource = iota
	// Past takes the latest year that does not put the date in the
	// future: on 2021-06-01, "10 December" is 2020-12-10.
	Past
	// Future takes the earliest year that does not put the date in the
	// past: on 2021-06-01, "10 March" is 2022-03-10.
	Future
)

// PreferredDayOfMonth says which day completes a date that has a month
// and a year but no day, such as "February 2020".
type PreferredDayOfMonth uint8

const (
	// Current takes today's day of the month (the month's last day when
	// the month is shorter).
	Current PreferredDayOfMonth = iota
	// First takes the first day of the month.
	First
	// Last takes the last day of the month.
	Last
)

// Configuration tunes Parse. The zero value reads numeric dates month
// first (day first with dots, 02.01.2006), completes partial dates from
// the current time and gives UTC times when the text names no zone.
//
// It keeps the fields of the original package that the briefing's
// dependencies use or that a caller may reasonably set; the original's
// language and locale selection has no counterpart here.
type Configuration struct {
	// DateOrder orders the parts of numeric dates; nil means month first
	// (MDY, as in English), except day first for dotted dates. A date
	// the order makes impossible (02/25/2006 with DMY) is read the
	// other way round.
	DateOrder DateOrder

	// CurrentTime completes partial dates; zero means time.Now().
	CurrentTime time.Time

	// DefaultTimezone is the zone of a time whose text names none; nil
	// means UTC.
	DefaultTimezone *time.Location

	// PreferredDayOfMonth completes dates with no day; see its values.
	PreferredDayOfMonth PreferredDayOfMonth

	// PreferredDateSource completes dates with no year; see its values.
	PreferredDateSource PreferredDateSource

	// StrictParsing accepts only dates with a day, a month and a year.
	StrictParsing bool
}

func (c *Configuration) validate() error {
	if c.PreferredDayOfMonth > Last {
		return fmt.Errorf("invalid preferred day of month: %d", c.PreferredDayOfMonth)
	}
	if c.PreferredDateSource > Future {
		return fmt.Errorf("invalid preferred date source: %d", c.PreferredDateSource)
	}
	return nil
}

func (c *Configuration) now() time.Time {
	if !c.CurrentTime.IsZero() {
		return c.CurrentTime
	}
	return time.Now().UTC()
}

func (c *Configuration) location() *time.Location {
	if c.DefaultTimezone != nil {
		return c.DefaultTimezone
	}
	return time.UTC
}

// dayFirst reports whether a numeric date such as 02/01/2006, whose
// separator is sep, puts the day before the month.
func (c *Configuration) dayFirst(sep byte) bool {
	if c.DateOrder != nil {
		o := c.DateOrder("en")
		d, m := strings.IndexByte(o, 'D'), strings.IndexByte(o, 'M')
		if len(o) == 3 && d >= 0 && m >= 0 && strings.IndexByte(o, 'Y') >= 0 {
			return d < m
		}
	}
	return sep == '.'
}
