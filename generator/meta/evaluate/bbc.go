package evaluate

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"briefing/generator/article"
)

// ErrNoReferences reports a corpus folder without the reference summaries
// a development set needs.
var ErrNoReferences = errors.New("no reference summaries")

// BBCSummaries scores the key points of the articles root/bbc/<topic>/NNN.txt
// that have a reference summary root/bbc-summaries/<topic>/NNN.txt (one
// reference sentence a line).
func BBCSummaries(root string) (*Report, error) {
	dir := filepath.Join(root, "bbc-summaries")
	refs, err := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(refs) == 0 {
		return nil, fmt.Errorf("%w under %s", ErrNoReferences, dir)
	}
	slices.Sort(refs)
	c := newCollector("bbc-summaries", len(refs))
	for _, ref := range refs {
		topic, name := filepath.Base(filepath.Dir(ref)), filepath.Base(ref)
		src := filepath.Join(root, "bbc", topic, name)
		a, err := ReadStory(src)
		if err != nil {
			return nil, err
		}
		reference, err := referenceLines(ref)
		if err != nil {
			return nil, err
		}
		c.add(topic+"/"+name, a.Headline, a.Paragraphs, reference, Lead(a.Headline, a.Paragraphs, 3))
	}
	return c.report(), nil
}

// referenceLines reads a reference summary, one sentence a line, decoded
// as an article is.
func referenceLines(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	text, _, err := article.Decode(path, data)
	if err != nil {
		return nil, err
	}
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return lines, nil
}
