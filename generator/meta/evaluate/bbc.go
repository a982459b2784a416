package evaluate

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"briefing/generator/article"
	"briefing/generator/meta"
	"briefing/generator/meta/rank"
)

// ErrNoReferences reports a corpus folder without the reference summaries
// a development set needs.
var ErrNoReferences = errors.New("no reference summaries")

// Report is how the key points of a development set score against its
// reference summaries, beside the Lead-3 baseline.
type Report struct {
	Articles  []Article     // one per reference summary, in file order
	KeyPoints Scores        // mean over Articles
	Lead3     Scores        // mean over Articles
	Bullets   int           // key points in all
	Dangling  int           // key points that open with a dangling word (see rank.OpensDangling)
	Compute   time.Duration // spent in meta.Compute, in all
}

// Article is the score of one article.
type Article struct {
	Name      string // the article's path under the set, "business/001.txt"
	KeyPoints []string
	Scores    Scores // of the key points
	Lead3     Scores // of the first three sentences
}

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
	rep := &Report{Articles: make([]Article, 0, len(refs))}
	var kp, lead Scores
	for _, ref := range refs {
		topic, name := filepath.Base(filepath.Dir(ref)), filepath.Base(ref)
		src := filepath.Join(root, "bbc", topic, name)
		data, err := os.ReadFile(src)
		if err != nil {
			return nil, err
		}
		a, err := article.Parse(src, data, article.Options{})
		if err != nil {
			return nil, err
		}
		reference, err := referenceLines(ref)
		if err != nil {
			return nil, err
		}

		start := time.Now()
		m := meta.Compute(a.Headline, a.Paragraphs)
		rep.Compute += time.Since(start)

		art := Article{
			Name:      topic + "/" + name,
			KeyPoints: m.KeyPoints,
			Scores:    Rouge(m.KeyPoints, reference),
			Lead3:     Rouge(Lead(a.Headline, a.Paragraphs, 3), reference),
		}
		kp.Add(art.Scores)
		lead.Add(art.Lead3)
		for _, k := range m.KeyPoints {
			rep.Bullets++
			if rank.OpensDangling(k) {
				rep.Dangling++
			}
		}
		rep.Articles = append(rep.Articles, art)
	}
	rep.KeyPoints, rep.Lead3 = kp.Div(len(rep.Articles)), lead.Div(len(rep.Articles))
	return rep, nil
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
