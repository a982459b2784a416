package evaluate

import (
	"errors"
	"os"
	"testing"
)

// TestQuotesPolNeARDev scores the quotations on PolNeAR's development split
// when BRIEFING_POLNEAR_DIR names its data folder (train and dev only; see
// PolNeAR). The floors sit a little under the figures measured when the
// finder was last tuned (on the train split), so a change that loses
// ground fails here.
func TestQuotesPolNeARDev(t *testing.T) {
	dir := os.Getenv("BRIEFING_POLNEAR_DIR")
	if dir == "" {
		t.Skip("BRIEFING_POLNEAR_DIR not set: no PolNeAR data to score quotations against")
	}
	rep, err := PolNeAR(dir, "dev")
	if errors.Is(err, ErrNoPolNeAR) {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d articles, %d gold quotations: found %.3f, speaker right %.3f, precision %.3f (%d quotations)",
		rep.Articles, rep.Gold, rep.FoundShare(), rep.RightShare(), rep.Precision(), rep.Quotes)
	for _, c := range []struct {
		name       string
		got, floor float64
	}{
		{"found", rep.FoundShare(), 0.97},
		{"speaker right", rep.RightShare(), 0.92},
		{"precision", rep.Precision(), 0.91},
	} {
		if c.got < c.floor {
			t.Errorf("%s %.3f, under %.2f", c.name, c.got, c.floor)
		}
	}
}

func TestPolNeARNoData(t *testing.T) {
	if _, err := PolNeAR(t.TempDir(), "dev"); !errors.Is(err, ErrNoPolNeAR) {
		t.Errorf("err = %v, want ErrNoPolNeAR", err)
	}
}

func TestSourceName(t *testing.T) {
	for src, want := range map[string]string{
		"Doug Usher, director of research at Widmeyer Communications,":           "Doug Usher",
		"House Speaker Paul Ryan (R-Wis.)":                                       "Paul Ryan",
		"The leader of the Anti-Defamation League, Jonathan Greenblatt,":         "Jonathan Greenblatt",
		"a longtime GOP data expert who has worked for one of Trump's rivals":    "",
		"Hillary Clinton’s right-hand woman":                                     "",
		"Clinton campaign chairman John Podesta":                                 "John Podesta",
		"another leading advocate, Andrew J. Pincus of the law firm Mayer Brown": "Andrew J. Pincus",
		"he":       "",
		"The Post": "Post",
	} {
		if got := sourceName(src); got != want {
			t.Errorf("sourceName(%q) = %q, want %q", src, got, want)
		}
	}
}

func TestSpeakerMatches(t *testing.T) {
	for _, c := range []struct {
		speaker, name string
		want          bool
	}{
		{"Paul Ryan", "Paul Ryan", true},
		{"Paul Ryan", "Ryan", true},
		{"Elijah Cummings", "Elijah Cummings D-Md.", true},
		{"Pat McCrory", "Pat McCrory R", true},
		{"Bill Clinton", "Clinton", true},
		{"Ban Ki-moon", "Ban Ki-moon", true},
		{"Debbie Wasserman-Schultz", "Wasserman-Schultz", true},
		{"Donald Trump", "Ryan", false},
		{"", "Ryan", false},
	} {
		if got := speakerMatches(c.speaker, c.name); got != c.want {
			t.Errorf("speakerMatches(%q, %q) = %v", c.speaker, c.name, got)
		}
	}
}
