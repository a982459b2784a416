package evaluate

import (
	"testing"

	"briefing/generator/meta/text"
)

func TestDatelined(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    string
		want bool
	}{
		{"cnn bare", "(CNN) -- Thousands of people fled.", true},
		{"cnn place", "Kabul, Afghanistan (CNN) -- Thousands of people fled.", true},
		{"reuters date", "BEIJING, June 15 (Reuters) - China said on Monday it would act.", true},
		{"afp", "BEIJING (AFP) - China said it would act.", true},
		{"capital place dash", "LONDON -- The Bank of England raised rates.", true},
		{"daily mail stamp", "By . Sam Webb . PUBLISHED: . 14:11 EST, 25 October 2013", true},
		{"plain", "Thousands of people fled Kabul on Monday.", false},
		{"dash in sentence", "The price - a record - was paid in cash.", false},
		{"acronym before dash", "The EU -- and its members -- disagreed.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Datelined(tc.s); got != tc.want {
				t.Errorf("Datelined(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}

func TestFurniture(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    string
		want bool
	}{
		{"credit line", "CNN's Nick Paton Walsh reported this story from Beirut, and Tom Watkins wrote it in Atlanta.", true},
		{"contributed", "CNN's Jo Bloggs contributed to this report.", true},
		{"reported from", "Aaron Cooper reported from Boston.", true},
		{"byline", "By Jo Bloggs", true},
		{"byline and outlet", "By Jo Bloggs, CNN", true},
		{"dotted byline", "By . Sam Webb . The pop star is no stranger to controversy.", true},
		{"sic", "[sic]' The pop star is no stranger to . controversy.", true},
		{"click here", "Click here to see the full gallery.", true},
		{"caption", "Pictured: the scene in Kabul on Monday.", true},
		{"by a date", "By Christmas Day, the team had won seven games.", false},
		{"by a number", "By 2020, half the cars sold will be electric.", false},
		{"reported from in news", "Fighting was reported from three towns north of the capital, where the army says it holds every road.", false},
		{"plain", "The company said profits rose 5% in the year to March.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Furniture(tc.s); got != tc.want {
				t.Errorf("Furniture(%q) = %v, want %v", tc.s, got, tc.want)
			}
		})
	}
}

func TestEndsSentence(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"Rates rose.", true},
		{`He said: "We won."`, true},
		{"Did they win?", true},
		{"(It did.)", true},
		{"Rates rose to a record ...", false},
		{"Rates rose to a record…", false},
		{"Rates rose to a record", false},
		{"", false},
	} {
		if got := EndsSentence(tc.s); got != tc.want {
			t.Errorf("EndsSentence(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestSharesSentence(t *testing.T) {
	kps := []string{"Sir Michael Graydon called for a review.", "The review will report in May."}
	for _, tc := range []struct {
		name    string
		summary string
		want    bool
	}{
		{"whole", "The review will report in May. It was ordered in March.", true},
		{"key point is the trimmed sentence", "Sir Michael Graydon, a former head of the RAF, called for a review.", true},
		{"different sentences", "Ministers rejected the idea last year. They said it would cost too much.", false},
		{"empty", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := SharesSentence(tc.summary, kps); got != tc.want {
				t.Errorf("SharesSentence(%q) = %v, want %v", tc.summary, got, tc.want)
			}
		})
	}
}

func TestRepeatsOnPage(t *testing.T) {
	d := text.Prepare("Review ordered", []string{
		"Sir Michael Graydon, a former head of the RAF, called for a review on Monday. Ministers rejected the idea last year.",
		"The review will report in May, officials said.",
	})
	for _, tc := range []struct {
		name      string
		keypoints []string
		summary   string
		want      bool
	}{
		{"summary is a key point", []string{"Sir Michael Graydon called for a review."}, "Sir Michael Graydon, a former head of the RAF, called for a review on Monday.", true},
		{"summary adds", []string{"Sir Michael Graydon called for a review.", "The review will report in May."}, "Ministers rejected the idea last year.", false},
		{"no summary", []string{"Sir Michael Graydon called for a review."}, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := RepeatsOnPage(tc.keypoints, tc.summary, d); got != tc.want {
				t.Errorf("RepeatsOnPage = %v, want %v", got, tc.want)
			}
		})
	}
}
