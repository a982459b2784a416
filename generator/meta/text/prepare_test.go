package text

import (
	"slices"
	"testing"
)

func TestStripFurniture(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string // sentences left
	}{
		{"reuters dateline", []string{"BEIJING (Reuters) - China said on Monday it would cut tariffs."},
			[]string{"China said on Monday it would cut tariffs."}},
		{"cnn dateline", []string{"(CNN) -- A storm hit the coast."}, []string{"A storm hit the coast."}},
		{"cnn place dateline", []string{"LONDON, England (CNN) -- Prices rose."}, []string{"Prices rose."}},
		{"ap dateline", []string{"WASHINGTON — The Senate voted on Tuesday."}, []string{"The Senate voted on Tuesday."}},
		{"not a dateline", []string{"The firm - which is based in Leeds - grew."}, []string{"The firm - which is based in Leeds - grew."}},
		{"daily mail header", []string{"By . Associated Press . PUBLISHED: . 14:11 EST, 25 October 2013 . | . UPDATED: . 14:46 EST, 25 October 2013 . A man was arrested on Friday."},
			[]string{"A man was arrested on Friday."}},
		{"daily mail byline", []string{"By . Sam Webb . A man was arrested on Friday."}, []string{"A man was arrested on Friday."}},
		{"last updated", []string{"Last updated at 3:57 PM on 12th October 2011 . The match was abandoned."}, []string{"The match was abandoned."}},
		{"byline paragraph", []string{"By Jane Smith, CNN", "Rain fell."}, []string{"Rain fell."}},
		{"calls to action", []string{"Rain fell. Click here to see the pictures. Scroll down for video", "READ MORE: Storm chaos"}, []string{"Rain fell."}},
		{"photo credit", []string{"Photo: Getty Images", "Rain fell."}, []string{"Rain fell."}},
		{"contributor line", []string{"Rain fell.", "CNN's Jo Bloggs contributed to this report."}, []string{"Rain fell."}},
		{"scraped line breaks", []string{"Rain fell . Roads closed ."}, []string{"Rain fell.", "Roads closed."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Prepare("Headline", tt.in)
			var got []string
			for _, s := range d.Sentences {
				got = append(got, s.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
