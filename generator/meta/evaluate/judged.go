package evaluate

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Judgment is one figure judged by hand as an editor would.
type Judgment struct {
	Set     string // "bbc" or "cnn"
	Article string // the article's path under its set
	Value   string
	Measure string
	Right   bool
	Why     string
}

// ReadJudgments reads a judgments file: lines of set, article, value,
// measure, "right" or "wrong" and why, separated by tabs; "#" starts a
// comment line.
func ReadJudgments(r io.Reader) ([]Judgment, error) {
	var out []Judgment
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 || f[4] != "right" && f[4] != "wrong" || f[2] == "" || f[3] == "" || f[5] == "" {
			return nil, fmt.Errorf("line %d: want set, article, value, measure, right or wrong, why: %q", n, line)
		}
		out = append(out, Judgment{Set: f[0], Article: f[1], Value: f[2], Measure: f[3], Right: f[4] == "right", Why: f[5]})
	}
	return out, sc.Err()
}
