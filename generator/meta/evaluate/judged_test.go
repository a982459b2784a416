package evaluate

import (
	"os"
	"path/filepath"
	"testing"
)

// TestFigureJudgments reads the hand judgments of figures (testdata/
// figures-judged*.tsv): each file well formed, the last at least 150
// figures with at least 74 of each set (all the CNN stories gave), and its
// share judged right logged beside the target of 80%.
func TestFigureJudgments(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "figures-judged*.tsv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no judgment files: %v", err)
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		js, err := ReadJudgments(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		right, total := map[string]int{}, map[string]int{}
		for _, j := range js {
			total[j.Set]++
			if j.Right {
				right[j.Set]++
			}
		}
		for set, n := range total {
			t.Logf("%s %s: %d of %d right (%.0f%%)", filepath.Base(name), set, right[set], n, 100*float64(right[set])/float64(n))
		}
		if filepath.Base(name) == "figures-judged.tsv" && (len(js) < 150 || total["bbc"] < 74 || total["cnn"] < 74) {
			t.Errorf("%s: %d judgments (%d BBC, %d CNN), want at least 150", name, len(js), total["bbc"], total["cnn"])
		}
	}
}
