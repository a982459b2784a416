package meta

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"briefing/generator/meta/internal/articletest"
	"briefing/generator/meta/text"
)

// TestDebugDump prints the metadata of the files in ENTDUMP (space separated);
// a development aid, silent otherwise.
func TestDebugDump(t *testing.T) {
	files := os.Getenv("ENTDUMP")
	if files == "" {
		t.Skip("set ENTDUMP to dump extractor output")
	}
	for _, f := range strings.Fields(files) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		h, paras := articletest.Split(string(b))
		d := text.Prepare(h, paras)
		var m Metadata
		extract(d, &m)
		p, pl, o := m.People, m.Places, m.Organizations
		fmt.Printf("== %s: %s\n people: %q\n places: %q\n orgs: %q\n", f, h, p, pl, o)
		for _, q := range m.Quotes {
			fmt.Printf(" quote: %q — %s\n", q.Text, q.Speaker)
		}
		for _, x := range m.Figures {
			fmt.Printf(" figure: %q = %q\n", x.Value, x.Measure)
		}
		fmt.Printf(" tags: %q\n", m.Tags)
	}
}
