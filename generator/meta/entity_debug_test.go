package meta

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"briefing/generator/meta/internal/articletest"
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
		d := prepare(h, paras)
		p, pl, o := entities(d)
		fmt.Printf("== %s: %s\n people: %q\n places: %q\n orgs: %q\n", f, h, p, pl, o)
		for _, q := range quotes(d) {
			fmt.Printf(" quote: %q — %s\n", q.Text, q.Speaker)
		}
		for _, x := range figures(d) {
			fmt.Printf(" figure: %q = %q\n", x.Value, x.Measure)
		}
		m := Metadata{People: p, Places: pl, Organizations: o}
		fmt.Printf(" tags: %q\n", tags(d, &m))
	}
}
