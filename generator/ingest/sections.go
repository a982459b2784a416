package ingest

import (
	"fmt"
	"path/filepath"
	"strings"

	"briefing/generator/internal/issue"
	"briefing/generator/section"
)

// sectionsOf is the configured list of sections, or section.Default.
func sectionsOf(opt Options) []string {
	if len(opt.Sections) == 0 {
		return section.Default
	}
	return opt.Sections
}

// unknownSections warns about configured sections the classifier cannot
// assign: only an editor's field or folder can put a story there.
func unknownSections(sections []string) []string {
	var out []string
	for _, s := range sections {
		if !section.Known(s) {
			out = append(out, fmt.Sprintf("params.sections: the classifier cannot assign %q; only a section: field or an inbox sub-folder named after it puts stories there", s))
		}
	}
	return out
}

// editorsSection gives the article the section its editor chose: its
// section: field, else the first folder below the issue's folder that
// names a configured section. It leaves the section empty otherwise, for
// classify. It returns a note or a warning for what the editor may want
// to know.
func editorsSection(it *item, sections []string) (note, warning string) {
	a := it.art
	if s, ok := a.Fields["section"].(string); ok && strings.TrimSpace(s) != "" {
		if m, ok := section.Match(s, sections); ok {
			it.section = m
			return "", ""
		}
		it.section = strings.Join(strings.Fields(s), " ")
		return "", fmt.Sprintf("%s: section %q is not one of params.sections; it is shown after them - check the spelling, or add it to params.sections", it.in.name, it.section)
	}
	folders := subfolders(it.in.path)
	for _, f := range folders {
		if m, ok := section.Match(f, sections); ok {
			it.section = m
			return "", ""
		}
	}
	if len(folders) > 0 {
		note = fmt.Sprintf("%s: folder %q names no section of params.sections; the classifier chooses its section", it.in.name, folders[0])
	}
	return note, ""
}

// classify gives an article the editor placed nowhere the classifier's
// section. It runs only for articles whose issue is being composed: an
// unchanged issue keeps the sections its files record.
func classify(it *item, sections []string) {
	if it.section != "" {
		return
	}
	it.section, _ = section.Classify(it.art.Headline, strings.Join(it.art.Paragraphs, "\n\n"), sections)
	if it.section == "" {
		// The classifier knows none of the configured sections (warned
		// once): the first one holds what no editor placed.
		it.section = sections[0]
	}
}

// subfolders are the folders between an article's issue folder (the
// nearest folder named YYYY-MM-DD) and the file, the issue's first: for
// inbox/2026-11-20/sport/x.txt, [sport]. None when no folder names an
// issue.
func subfolders(path string) []string {
	var out []string
	dir := filepath.Dir(path)
	for range 4 {
		b := filepath.Base(dir)
		if issue.Valid(b) {
			for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
				out[i], out[j] = out[j], out[i]
			}
			return out
		}
		next := filepath.Dir(dir)
		if next == dir {
			break
		}
		out = append(out, b)
		dir = next
	}
	return nil
}
