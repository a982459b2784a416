package evaluate

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"briefing/generator/article"
)

// CNNDM scores the key points of the stories root/cnndm-dev/articles/ID.txt
// against their human highlights (refs.jsonl: {"id", "text"}, one highlight
// a line) beside the clean Lead-3 of lead3clean.jsonl, the baseline the
// issue names. Both files list the stories in order.
func CNNDM(root string) (*Report, error) {
	dir := filepath.Join(root, "cnndm-dev")
	refs, err := readJSONL(filepath.Join(dir, "refs.jsonl"))
	if os.IsNotExist(err) {
		return nil, fmt.Errorf("%w under %s", ErrNoReferences, dir)
	}
	if err != nil {
		return nil, err
	}
	leadList, err := readJSONL(filepath.Join(dir, "lead3clean.jsonl"))
	if err != nil {
		return nil, err
	}
	leads := make(map[string]record, len(leadList))
	for _, r := range leadList {
		leads[r.ID] = r
	}
	c := newCollector("cnndm-dev", len(refs))
	for _, ref := range refs {
		lead, ok := leads[ref.ID]
		if !ok {
			return nil, fmt.Errorf("%s: no Lead-3 for %s", dir, ref.ID)
		}
		a, err := ReadStory(filepath.Join(dir, "articles", ref.ID+".txt"))
		if err != nil {
			return nil, err
		}
		c.add(ref.ID, a.Headline, a.Paragraphs, lines(ref.Text), lines(lead.Text))
	}
	return c.report(), nil
}

// ReadStory reads an article file of a development set, as an article is
// read.
func ReadStory(path string) (*article.Article, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return article.Parse(path, data, article.Options{})
}

// record is one line of a JSON Lines file of the set.
type record struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// readJSONL reads refs.jsonl or lead3clean.jsonl, naming the file and line
// of a bad record.
func readJSONL(path string) ([]record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []record
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil || r.ID == "" {
			if err == nil {
				err = errors.New("no id")
			}
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		out = append(out, r)
	}
	return out, sc.Err()
}

func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}
