package ingest

import (
	"fmt"
	"os"
	"path/filepath"

	"briefing/generator/article"
	"briefing/generator/internal/issue"
)

// splitNotes separates the issues' notes (_index.md, _index.txt) from the
// articles among the inputs.
func splitNotes(inputs []input) (articles, notes []input) {
	articles = inputs[:0:0]
	for _, in := range inputs {
		if !in.url && article.IsNote(in.path) {
			notes = append(notes, in)
		} else {
			articles = append(articles, in)
		}
	}
	return articles, notes
}

// readNotes reads the editor's note of each issue. A note sits in the
// issue's own folder; one issue has one note.
func readNotes(inputs []input, opt Options) (map[string]*article.Note, []string, []error) {
	notes := map[string]*article.Note{}
	var decoded []string
	var errs []error
	for _, in := range inputs {
		id := opt.issueOf(in)
		if opt.Issue == "" && filepath.Base(filepath.Dir(in.path)) != id {
			errs = append(errs, fmt.Errorf("%s: an issue's note belongs in the issue's own folder (inbox/YYYY-MM-DD/%s) - move it there", in.name, filepath.Base(in.path)))
			continue
		}
		if id == "" || !issue.Valid(id) {
			errs = append(errs, fmt.Errorf("%s: no issue for this note - put it in the issue's folder, inbox/YYYY-MM-DD/", in.name))
			continue
		}
		if prev, ok := notes[id]; ok {
			errs = append(errs, fmt.Errorf("%s: issue %s already has a note, %s - keep one of them", in.name, id, prev.Source))
			continue
		}
		aopt := article.Options{MaxBytes: opt.MaxBytes, MaxBytesHint: opt.MaxBytesHint}
		st, err := os.Stat(in.path)
		if err == nil {
			err = article.CheckSize(in.name, st.Size(), aopt)
		}
		var raw []byte
		if err == nil {
			raw, err = os.ReadFile(in.path)
		}
		var n *article.Note
		if err == nil {
			n, err = article.ParseNote(in.name, raw, aopt)
		}
		if err != nil {
			if pe, ok := err.(*os.PathError); ok {
				err = fmt.Errorf("%s: %v - check its permissions", in.name, pe.Err)
			}
			errs = append(errs, err)
			continue
		}
		if n.Encoding != "" {
			decoded = append(decoded, in.name+": decoded from "+n.Encoding)
		}
		notes[id] = n
	}
	return notes, decoded, errs
}
