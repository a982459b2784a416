package dateparser_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	dps "github.com/markusmobius/go-dateparser"
)

// FuzzParse feeds Parse any text: it must not panic, and a date it
// returns must be a real one that the configuration allows.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"2018-08-25T15:24:00.000+02:00", "Mon, 02 Jan 2006 15:04:05 GMT", "January 2nd, 2006 at 3:04 p.m. EST",
		"2. März 2020, 15:04 Uhr", "le 1er janvier 2006 à 15h30", "2 de enero de 2006", "2006年1月2日", "2006년 1월 2일",
		"02/01/2006", "12/25/99", "10.12.2019.5", "29 February", "January 2006", "15:04 -07", "GMT+14:59", "",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	now := time.Date(2021, 6, 15, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string, strict bool) {
		cfg := &dps.Configuration{PreferredDateSource: dps.Past, StrictParsing: strict, CurrentTime: now}
		d, err := (&dps.Parser{}).Parse(cfg, s)
		if err != nil {
			if !d.IsZero() {
				t.Fatalf("Parse(%q) gave an error and a date %v", s, d.Time)
			}
			return
		}
		if d.IsZero() {
			t.Fatalf("Parse(%q) gave neither an error nor a date", s)
		}
		if y := d.Time.Year(); y < 1 || y > 9999 {
			t.Errorf("Parse(%q) = %v: year out of range", s, d.Time)
		}
		if strict && d.Period != dps.Day {
			t.Errorf("Parse(%q) strict gave a partial date (%v)", s, d.Period)
		}
		if utf8.ValidString(s) && !strings.ContainsAny(s, "0123456789") {
			t.Errorf("Parse(%q) = %v: a date with no digits", s, d.Time)
		}
	})
}

// roundTripLayouts are ways pages print dates, which Parse must read as
// the time package does; zone says the layout carries a numeric offset.
var roundTripLayouts = []struct {
	layout string
	zone   bool
}{
	{"2006-01-02", false},
	{time.RFC3339Nano, true},
	{"2006-01-02 15:04:05 -0700", true},
	{time.RFC1123, false},
	{time.RFC1123Z, true},
	{time.RFC822Z, true},
	{time.RFC850, false},
	{"Monday, January 2, 2006 at 3:04:05 PM", false},
	{"Jan. 2, 2006, 3:04 pm", false},
	{"2 January 2006 15:04:05", false},
	{"2 Jan 2006", false},
	{"02-Jan-2006", false},
	{"2006 Jan 2", false},
	{"01/02/2006 15:04:05", false},
	{"02.01.2006", false},
	{"2006年1月2日 15:04:05", false},
}

// FuzzRoundTrip prints a date with each layout and parses it back.
func FuzzRoundTrip(f *testing.F) {
	f.Add(int64(0), int16(0), uint8(0))
	f.Add(int64(1136214245), int16(-420), uint8(4))
	f.Add(int64(951782400), int16(330), uint8(6)) // 29 February 2000
	f.Fuzz(func(t *testing.T, sec int64, offset int16, layout uint8) {
		l := roundTripLayouts[int(layout)%len(roundTripLayouts)]
		// Years whose two-digit form RFC 822 and 850 can tell.
		const lo, hi = -31536000, 3124137600 // 1969-01-01, 2068-12-31
		sec = lo + (sec%(hi-lo)+(hi-lo))%(hi-lo)
		loc := time.UTC
		if l.zone {
			loc = time.FixedZone("", int(offset%(14*60))*60)
		}
		s := time.Unix(sec, int64(uint64(sec)*7919%1e9)).In(loc).Format(l.layout)
		want, err := time.ParseInLocation(l.layout, s, loc)
		if err != nil {
			t.Fatalf("time.Parse(%q, %q): %v", l.layout, s, err)
		}
		d, err := (&dps.Parser{}).Parse(&dps.Configuration{StrictParsing: true}, s)
		if err != nil {
			t.Fatalf("Parse(%q): %v", s, err)
		}
		if !d.Time.Equal(want) {
			t.Errorf("Parse(%q) = %v, want %v", s, d.Time, want)
		}
	})
}
