package email

import "testing"

// leadHeadline reads only as far as the lead; it must find what a parser
// of the whole page would: the first a.headline's text.
func TestLeadHeadline(t *testing.T) {
	tests := []struct{ name, html, want string }{
		{"plain", `<p><a href="/a/" class="headline">Lead</a> <a class="headline">Second</a>`, "Lead"},
		{"class among others, entities, markup inside", `<a class=" story headline ">A &amp; <b>B</b> c </a>`, "A & B c"},
		{"upper case", `<A CLASS="headline">Lead</A>`, "Lead"},
		{"other links first", `<a href="/">Home</a><a class="headline">Lead</a>`, "Lead"},
		{"a class that only begins so", `<a class="headlines">No</a><a class="headline">Lead</a>`, "Lead"},
		{"a link ends the one before", `<a class="headline">Lead<a>Other</a>`, "Lead"},
		{"cut off", `<a class="headline">Lead`, "Lead"},
		{"no headline", `<p>Nothing</p>`, ""},
		{"empty", ``, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := leadHeadline([]byte(tt.html))
			if err != nil || got != tt.want {
				t.Errorf("leadHeadline(%q) = %q, %v; want %q", tt.html, got, err, tt.want)
			}
		})
	}
}
