package pipeline

import "testing"

// TestMayHold: the first part of minify enters only the folders where the
// search pages can be.
func TestMayHold(t *testing.T) {
	const pattern = "issues/*/*/index.html"
	for dir, want := range map[string]bool{
		"issues":                         true,
		"issues/2005-01-03":              true,
		"issues/2005-01-03/a-story":      true,
		"issues/2005-01-03/a-story/more": false,
		"tags":                           false,
		"people/someone":                 false,
		"css":                            false,
	} {
		if got := mayHold(pattern, dir); got != want {
			t.Errorf("mayHold(%q) = %v, want %v", dir, got, want)
		}
	}
}
