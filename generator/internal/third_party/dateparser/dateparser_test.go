package dateparser_test

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	dps "github.com/markusmobius/go-dateparser"
)

// now is the current time of the tests that complete partial dates.
var now = time.Date(2021, 6, 15, 12, 0, 0, 0, time.UTC)

// htmldate is the parser and configuration go-htmldate uses.
func htmldate() (*dps.Parser, *dps.Configuration) {
	return &dps.Parser{ParserTypes: []dps.ParserType{dps.CustomFormat, dps.AbsoluteTime}},
		&dps.Configuration{PreferredDateSource: dps.Past, StrictParsing: true, CurrentTime: now}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // RFC 3339 with nanoseconds; "" for no date
		locale   string
	}{
		// ISO 8601 and RFC 3339
		{"iso date", "2006-01-02", "2006-01-02T00:00:00Z", ""},
		{"iso slashes", "2006/1/2", "2006-01-02T00:00:00Z", ""},
		{"iso dots", "2006.01.02", "2006-01-02T00:00:00Z", ""},
		{"rfc 3339 utc", "2006-01-02T15:04:05Z", "2006-01-02T15:04:05Z", ""},
		{"rfc 3339 offset", "2018-08-25T15:24:00.000+02:00", "2018-08-25T15:24:00+02:00", ""},
		{"rfc 3339 nanoseconds", "2006-01-02T15:04:05.999999999-07:00", "2006-01-02T15:04:05.999999999-07:00", ""},
		{"iso hour offset", "2006-01-02T15:04:05+02", "2006-01-02T15:04:05+02:00", ""},
		{"iso compact offset", "2006-01-02 15:04:05 +0530", "2006-01-02T15:04:05+05:30", ""},
		{"iso comma fraction", "2006-01-02 15:04:05,5", "2006-01-02T15:04:05.5Z", ""},
		{"iso in brackets", "기사입력 :[ 2018-08-25 15:24 ]", "2018-08-25T15:24:00Z", ""},
		// RFC 1123 and RFC 822
		{"rfc 1123", "Mon, 02 Jan 2006 15:04:05 GMT", "2006-01-02T15:04:05Z", "en"},
		{"rfc 1123 offset", "Mon, 02 Jan 2006 15:04:05 -0700", "2006-01-02T15:04:05-07:00", "en"},
		{"rfc 822", "02 Jan 06 15:04 MST", "2006-01-02T15:04:00-07:00", "en"},
		{"apache log", "02/Jan/2006:15:04:05 +0000", "2006-01-02T15:04:05Z", "en"},
		// English
		{"day month year", "2 January 2006", "2006-01-02T00:00:00Z", "en"},
		{"month day year", "January 2, 2006", "2006-01-02T00:00:00Z", "en"},
		{"abbreviated", "Jan. 2, 2006", "2006-01-02T00:00:00Z", "en"},
		{"sept", "Sept. 25, 2019", "2019-09-25T00:00:00Z", "en"},
		{"ordinal", "January 2nd, 2006", "2006-01-02T00:00:00Z", "en"},
		{"ordinal of", "the 3rd of March 2020", "2020-03-03T00:00:00Z", "en"},
		{"upper case", "2 JANUARY 2006", "2006-01-02T00:00:00Z", "en"},
		{"dashes", "02-Jan-2006", "2006-01-02T00:00:00Z", "en"},
		{"year first", "2006 Jan 02", "2006-01-02T00:00:00Z", "en"},
		{"weekday", "Monday, January 2, 2006", "2006-01-02T00:00:00Z", "en"},
		{"weekday after", "2 January 2006 (Monday)", "2006-01-02T00:00:00Z", "en"},
		{"words around", "Published on 2 January 2006 by Jane Doe", "2006-01-02T00:00:00Z", "en"},
		{"pm", "January 2, 2006 at 3:04 pm", "2006-01-02T15:04:00Z", "en"},
		{"p.m. and zone", "Jan. 2, 2006, 3:04 p.m. EST", "2006-01-02T15:04:00-05:00", "en"},
		{"12 am", "2 January 2006 12:30 am", "2006-01-02T00:30:00Z", "en"},
		{"12 pm", "2 January 2006 12:30 PM", "2006-01-02T12:30:00Z", "en"},
		{"hour pm", "January 2, 2006 3 p.m.", "2006-01-02T15:00:00Z", "en"},
		{"time first", "Updated 10:30 AM, January 2, 2006", "2006-01-02T10:30:00Z", "en"},
		{"time first pm", "3 p.m. 2 Jan 2006", "2006-01-02T15:00:00Z", "en"},
		{"gmt offset", "2 January 2006 15:04 GMT+1", "2006-01-02T15:04:00+01:00", "en"},
		{"utc offset minutes", "2 January 2006 15:04 UTC+05:30", "2006-01-02T15:04:00+05:30", "en"},
		{"zone in parentheses", "2 January 2006 15:04 (BST)", "2006-01-02T15:04:00+01:00", "en"},
		{"no-break spaces", "2\u00a0January\u00a02006", "2006-01-02T00:00:00Z", "en"},
		{"leap day", "29 February 2024", "2024-02-29T00:00:00Z", "en"},
		// Other languages
		{"german", "publiziert am 25. September 2018", "2018-09-25T00:00:00Z", "en"},
		{"german umlaut", "3. März 2020, 15:04 Uhr", "2020-03-03T15:04:00Z", "de"},
		{"german um", "2. Januar 2006 um 15:04", "2006-01-02T15:04:00Z", "de"},
		{"austrian", "2. Jänner 2006", "2006-01-02T00:00:00Z", "de"},
		{"french", "le 1er janvier 2006 à 15h30", "2006-01-01T15:30:00Z", "fr"},
		{"french accents", "17 décembre 2019", "2019-12-17T00:00:00Z", "fr"},
		{"french abbreviation", "3 févr. 2020", "2020-02-03T00:00:00Z", "fr"},
		{"spanish", "2 de enero de 2006", "2006-01-02T00:00:00Z", "es"},
		{"spanish time", "2 de enero de 2006 a las 15:04", "2006-01-02T15:04:00Z", "es"},
		{"italian", "2 gennaio 2006 alle ore 15:04", "2006-01-02T15:04:00Z", "it"},
		{"portuguese", "2 de março de 2006 às 15:04", "2006-03-02T15:04:00Z", "pt"},
		{"dutch", "2 maart 2006", "2006-03-02T00:00:00Z", "nl"},
		{"chinese", "2006年1月2日", "2006-01-02T00:00:00Z", ""},
		{"chinese with time", "发布时间：2006年1月2日 15:04", "2006-01-02T15:04:00Z", ""},
		{"korean", "2006년 1월 2일", "2006-01-02T00:00:00Z", ""},
		// Numeric dates: month first unless dotted, or impossible so.
		{"slashes month first", "02/01/2006", "2006-02-01T00:00:00Z", ""},
		{"slashes day first when month first is impossible", "25/12/2019", "2019-12-25T00:00:00Z", ""},
		{"dots day first", "02.01.2006", "2006-01-02T00:00:00Z", ""},
		{"dashes month first", "12-25-2019", "2019-12-25T00:00:00Z", ""},
		{"two-digit year", "12/25/19", "2019-12-25T00:00:00Z", ""},
		{"two-digit year last century", "12/25/99", "1999-12-25T00:00:00Z", ""},
		{"numeric with time", "02.01.2006 15:04", "2006-01-02T15:04:00Z", ""},
		// Not dates
		{"empty", "", "", ""},
		{"words", "no date here", "", ""},
		{"month only", "January", "", ""},
		{"month and year is partial", "January 2006", "", ""},
		{"day and month is partial", "2 January", "", ""},
		{"year and month is partial", "2006-01", "", ""},
		{"version", "version 1.2.3", "", ""},
		{"longer dotted run", "10.12.2019.5", "", ""},
		{"longer dashed run", "2019-12-25-3", "", ""},
		{"month 13", "2006-13-02", "", ""},
		{"day 32", "32 January 2006", "", ""},
		{"30 February", "30 February 2006", "", ""},
		{"29 February in a common year", "29 February 2023", "", ""},
		{"impossible either way", "13/13/2006", "", ""},
		{"time only", "15:04", "", ""},
		{"year only", "2006", "", ""},
		{"five-digit year", "2 January 20060", "", ""},
		{"ordinal year", "January 2, 2006th", "", ""},
	}
	p, cfg := htmldate()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := p.Parse(cfg, tt.in)
			if tt.want == "" {
				if err == nil {
					t.Fatalf("Parse(%q) = %v, want an error", tt.in, d.Time)
				}
				if !d.IsZero() {
					t.Errorf("Parse(%q) gave an error and a date %v", tt.in, d.Time)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			if got := d.Time.Format(time.RFC3339Nano); got != tt.want {
				t.Errorf("Parse(%q) = %s, want %s", tt.in, got, tt.want)
			}
			if d.Locale != tt.locale {
				t.Errorf("Parse(%q) locale %q, want %q", tt.in, d.Locale, tt.locale)
			}
			if d.Period != dps.Day {
				t.Errorf("Parse(%q) period %v, want Day", tt.in, d.Period)
			}
		})
	}
}

func TestDateOrder(t *testing.T) {
	tests := []struct {
		name  string
		order dps.DateOrder
		in    string
		want  string
	}{
		{"DMY", dps.DMY, "02/01/2006", "2006-01-02"},
		{"MDY", dps.MDY, "02/01/2006", "2006-02-01"},
		{"MDY dotted", dps.MDY, "02.01.2006", "2006-02-01"},
		{"YMD keeps month before day", dps.YMD, "02/01/2006", "2006-02-01"},
		{"YDM keeps day before month", dps.YDM, "02/01/2006", "2006-01-02"},
		{"DMY impossible", dps.DMY, "01/25/2006", "2006-01-25"},
		{"DMY leaves named dates alone", dps.DMY, "January 2, 2006", "2006-01-02"},
		{"DMY leaves ISO alone", dps.DMY, "2006-01-02", "2006-01-02"},
		{"malformed order", func(string) string { return "XX" }, "02/01/2006", "2006-02-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := (&dps.Parser{}).Parse(&dps.Configuration{DateOrder: tt.order}, tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got := d.Time.Format("2006-01-02"); got != tt.want {
				t.Errorf("Parse(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestPartialDates(t *testing.T) {
	tests := []struct {
		name   string
		cfg    dps.Configuration
		in     string
		want   string
		period dps.Period
	}{
		{"no year, current period", dps.Configuration{}, "10 December", "2021-12-10", dps.Day},
		{"no year, past, date ahead", dps.Configuration{PreferredDateSource: dps.Past}, "10 December", "2020-12-10", dps.Day},
		{"no year, past, date behind", dps.Configuration{PreferredDateSource: dps.Past}, "10 March", "2021-03-10", dps.Day},
		{"no year, future, date behind", dps.Configuration{PreferredDateSource: dps.Future}, "10 March", "2022-03-10", dps.Day},
		{"no year, future, date ahead", dps.Configuration{PreferredDateSource: dps.Future}, "December 10", "2021-12-10", dps.Day},
		{"no year, past, leap day", dps.Configuration{PreferredDateSource: dps.Past}, "29 February", "2020-02-29", dps.Day},
		{"no year, future, leap day", dps.Configuration{PreferredDateSource: dps.Future}, "29 February", "2024-02-29", dps.Day},
		{"no day, current", dps.Configuration{}, "February 2020", "2020-02-15", dps.Month},
		{"no day, current, short month", dps.Configuration{CurrentTime: time.Date(2021, 1, 31, 0, 0, 0, 0, time.UTC)}, "February 2021", "2021-02-28", dps.Month},
		{"no day, first", dps.Configuration{PreferredDayOfMonth: dps.First}, "February 2020", "2020-02-01", dps.Month},
		{"no day, last", dps.Configuration{PreferredDayOfMonth: dps.Last}, "February 2020", "2020-02-29", dps.Month},
		{"no day, numeric", dps.Configuration{PreferredDayOfMonth: dps.First}, "2020-02", "2020-02-01", dps.Month},
		{"no day, year first", dps.Configuration{PreferredDayOfMonth: dps.Last}, "2020 February", "2020-02-29", dps.Month},
		{"full date beats an earlier partial one", dps.Configuration{}, "March 5: report of 2 January 2006", "2006-01-02", dps.Day},
		{"korean month", dps.Configuration{PreferredDayOfMonth: dps.First}, "2006년 1월", "2006-01-01", dps.Month},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := tt.cfg
			if cfg.CurrentTime.IsZero() {
				cfg.CurrentTime = now
			}
			d, err := (&dps.Parser{}).Parse(&cfg, tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got := d.Time.Format("2006-01-02"); got != tt.want || d.Period != tt.period {
				t.Errorf("Parse(%q) = %s (%v), want %s (%v)", tt.in, got, d.Period, tt.want, tt.period)
			}
		})
	}
}

func TestDefaultTimezone(t *testing.T) {
	paris, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	cfg := &dps.Configuration{DefaultTimezone: paris}
	d, err := (&dps.Parser{}).Parse(cfg, "2 January 2006 15:04")
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2006, 1, 2, 15, 4, 0, 0, paris); !d.Time.Equal(want) || d.Time.Location() != paris {
		t.Errorf("got %v, want %v", d.Time, want)
	}
	// A zone in the text wins.
	d, err = (&dps.Parser{}).Parse(cfg, "2 January 2006 15:04 UTC")
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2006, 1, 2, 15, 4, 0, 0, time.UTC); !d.Time.Equal(want) {
		t.Errorf("got %v, want %v", d.Time, want)
	}
}

func TestCustomFormat(t *testing.T) {
	tests := []struct {
		name    string
		types   []dps.ParserType
		in      string
		layouts []string
		want    string // "" for no date
		period  dps.Period
	}{
		{"layout", []dps.ParserType{dps.CustomFormat}, "02|01|2006", []string{"01|02|2006"}, "2006-02-01T00:00:00Z", dps.Day},
		{"second layout fits", []dps.ParserType{dps.CustomFormat}, "2006 Jan  2", []string{"2006-01-02", "2006 Jan _2"}, "2006-01-02T00:00:00Z", dps.Day},
		{"layout with zone", []dps.ParserType{dps.CustomFormat}, "2006-01-02 15:04 +0100", []string{"2006-01-02 15:04 -0700"}, "2006-01-02T15:04:00+01:00", dps.Day},
		{"no year", []dps.ParserType{dps.CustomFormat}, "10 Dec", []string{"2 Jan"}, "2020-12-10T00:00:00Z", dps.Day},
		{"no day", []dps.ParserType{dps.CustomFormat}, "2020|02", []string{"2006|01"}, "2020-02-01T00:00:00Z", dps.Month},
		{"no month is not a date", []dps.ParserType{dps.CustomFormat}, "2020", []string{"2006"}, "", dps.None},
		{"no layout fits", []dps.ParserType{dps.CustomFormat}, "2 January 2006", []string{"2006-01-02"}, "", dps.None},
		{"no layouts", []dps.ParserType{dps.CustomFormat}, "2 January 2006", nil, "", dps.None},
		{"absolute when no layout fits", []dps.ParserType{dps.CustomFormat, dps.AbsoluteTime}, "2 January 2006", []string{"2006-01-02"}, "2006-01-02T00:00:00Z", dps.Day},
		{"zero value tries layouts first", nil, "01/02/2006", []string{"02/01/2006"}, "2006-02-01T00:00:00Z", dps.Day},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := &dps.Configuration{CurrentTime: now, PreferredDateSource: dps.Past, PreferredDayOfMonth: dps.First}
			d, err := (&dps.Parser{ParserTypes: tt.types}).Parse(cfg, tt.in, tt.layouts...)
			if tt.want == "" {
				if err == nil {
					t.Errorf("Parse(%q, %q) = %v, want an error", tt.in, tt.layouts, d.Time)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := d.Time.Format(time.RFC3339); got != tt.want || d.Period != tt.period {
				t.Errorf("Parse(%q, %q) = %s (%v), want %s (%v)", tt.in, tt.layouts, got, d.Period, tt.want, tt.period)
			}
		})
	}
}

func TestInvalidUse(t *testing.T) {
	if _, err := (&dps.Parser{ParserTypes: []dps.ParserType{0}}).Parse(nil, "2006-01-02"); err == nil || !strings.Contains(err.Error(), "invalid parser type") {
		t.Errorf("parser type 0: got %v, want an invalid parser type error", err)
	}
	if _, err := (&dps.Parser{}).Parse(&dps.Configuration{PreferredDateSource: 9}, "2006-01-02"); err == nil || !strings.Contains(err.Error(), "config error") {
		t.Errorf("preferred date source 9: got %v, want a config error", err)
	}
	if _, err := (&dps.Parser{}).Parse(&dps.Configuration{PreferredDayOfMonth: 9}, "2006-01-02"); err == nil || !strings.Contains(err.Error(), "config error") {
		t.Errorf("preferred day of month 9: got %v, want a config error", err)
	}
	// A nil configuration is the zero one.
	d, err := (&dps.Parser{}).Parse(nil, "2 January 2006")
	if err != nil || d.Time.Format("2006-01-02") != "2006-01-02" {
		t.Errorf("nil configuration: got %v, %v", d.Time, err)
	}
}

// go-htmldate shares one Parser among goroutines.
func TestConcurrentUse(t *testing.T) {
	p, cfg := htmldate()
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			in := fmt.Sprintf("%d January 2006", i+1)
			for range 100 {
				d, err := p.Parse(cfg, in)
				if err != nil || d.Time.Day() != i+1 {
					t.Errorf("Parse(%q) = %v, %v", in, d.Time, err)
					return
				}
			}
		})
	}
	wg.Wait()
}

// The package exists so that a program that links it starts fast: it
// must have no package initialisation to run (no map literals, no
// compiled regular expressions, no tables built in init).
func TestNoInitWork(t *testing.T) {
	if os.Getenv("DATEPARSER_INITTRACE") == "1" {
		return
	}
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	cmd := exec.Command(exe, "-test.run=^TestNoInitWork$")
	cmd.Env = append(os.Environ(), "DATEPARSER_INITTRACE=1", "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !strings.Contains(string(out), "init ") {
		t.Skip("this Go does not trace package initialisation")
	}
	for _, line := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(line, "init github.com/markusmobius/go-dateparser ") {
			t.Errorf("the package runs initialisation code: %s", line)
		}
	}
}

func Example() {
	p := &dps.Parser{ParserTypes: []dps.ParserType{dps.CustomFormat, dps.AbsoluteTime}}
	cfg := &dps.Configuration{StrictParsing: true}
	for _, s := range []string{
		"Published Monday, January 2, 2006 at 3:04 p.m. EST",
		"2. Januar 2006, 15:04 Uhr",
		"Last updated: 2006-01-02T15:04:05+01:00",
		"January 2006",
	} {
		d, err := p.Parse(cfg, s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s, locale %q\n", d.Time.Format(time.RFC3339), d.Locale)
	}
	// Output:
	// 2006-01-02T15:04:00-05:00, locale "en"
	// 2006-01-02T15:04:00Z, locale "de"
	// 2006-01-02T15:04:05+01:00, locale ""
	// failed to parse "January 2006": unknown format
}
