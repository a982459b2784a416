package meta

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"briefing/generator/meta/internal/articletest"
)

var updateGolden = flag.Bool("update-entities", false, "rewrite testdata/entities/*.golden.json")

type goldenOut struct {
	People        []string `json:"people"`
	Places        []string `json:"places"`
	Organizations []string `json:"organizations"`
	Quotes        []Quote  `json:"quotes"`
	Figures       []Figure `json:"figures"`
	Tags          []string `json:"tags"`
}

// TestGolden compares the whole output for the test articles with the
// reviewed files; run with -update-entities to rewrite them after a change.
func TestGolden(t *testing.T) {
	for _, name := range articletest.Named {
		t.Run(name, func(t *testing.T) {
			var m Metadata
			extract(articletest.Doc(t, name), &m)
			g := goldenOut{m.People, m.Places, m.Organizations, m.Quotes, m.Figures, m.Tags}
			got, _ := json.MarshalIndent(g, "", "  ")
			path := filepath.Join("testdata", "entities", name[:len(name)-4]+".golden.json")
			if *updateGolden {
				if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if string(want) != string(got)+"\n" {
				t.Errorf("output differs from %s:\n%s", path, got)
			}
		})
	}
}

// TestCountWords: words are runs of non-space characters, over every
// paragraph.
func TestCountWords(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  int
	}{
		{"none", nil, 0},
		{"blank", []string{"", "  \t\n "}, 0},
		{"plain", []string{"Rain fell on Leeds."}, 4},
		{"runs of space", []string{"  Rain\u00a0 fell\n\non  Leeds . "}, 5},
		{"several", []string{"Rain fell.", "Roads closed — again."}, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CountWords(tt.paras); got != tt.want {
				t.Errorf("CountWords(%q) = %d, want %d", tt.paras, got, tt.want)
			}
		})
	}
}
