package rank

import (
	"slices"
	"strings"
	"unicode/utf8"

	"briefing/generator/meta/text"
)

// DescriptionMax is the longest description in characters: what search
// engines show of a page's meta description.
const DescriptionMax = 160

// Summarize picks the three key points of d, builds the summary from them
// in document order and the description from the best of them. people are
// the names found in the article, used to resolve a leading "he" or "she".
func Summarize(d *text.Doc, people []string) (summary string, keypoints []string, description string) {
	if len(d.Sentences) == 0 {
		// Nothing survived preparation; fall back on what there is.
		text := strings.TrimSpace(strings.Join(d.Paragraphs, " "))
		if text == "" {
			text = d.Headline
		}
		if text == "" {
			return "", nil, ""
		}
		return text, []string{text}, cutAtWord(text, DescriptionMax)
	}
	r := scoreSentences(d, people, weights)
	chosen := r.pick(3, weights.redundancy)
	if len(chosen) == 0 {
		// Every sentence leans on another one (or is a fragment): the lead
		// as written is still better than nothing.
		chosen = []int{0}
		r.cands[0].text = d.Sentences[0].Text
	}
	best := chosen[0]
	slices.Sort(chosen)

	keypoints = make([]string, len(chosen))
	for k, i := range chosen {
		keypoints[k] = r.cands[i].text
	}

	// The summary reads as prose: a sentence that follows the one before it
	// in the article keeps its original wording; two sentences suffice when
	// three would make a long paragraph.
	parts := make([]string, 0, 3)
	total := 0
	for k, i := range chosen {
		text := r.cands[i].text
		if orig := d.Sentences[i].Text; k > 0 && chosen[k-1] == i-1 && OpensDangling(orig) {
			text = orig // "He added ..." right after the sentence naming him
		}
		if k == 2 && total+len(text) > 450 {
			break
		}
		parts = append(parts, text)
		total += len(text) + 1
	}
	summary = strings.Join(parts, " ")

	description = r.cands[best].text
	if utf8.RuneCountInString(description) < 100 {
		for _, i := range chosen {
			if i != best && utf8.RuneCountInString(description)+1+utf8.RuneCountInString(r.cands[i].text) <= DescriptionMax {
				if i < best {
					description = r.cands[i].text + " " + description
				} else {
					description += " " + r.cands[i].text
				}
				break
			}
		}
	}
	return summary, keypoints, cutAtWord(description, DescriptionMax)
}

// cutAtWord shortens s to at most max characters at a word boundary, marking the
// cutAtWord with an ellipsis.
func cutAtWord(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	// Byte offset of the rune that would be the max-th, leaving room for "…".
	end, n := 0, 0
	for i := range s {
		if n == max-1 {
			end = i
			break
		}
		n++
	}
	head := s[:end]
	if k := strings.LastIndexByte(head, ' '); k > 0 {
		head = head[:k]
	}
	return strings.TrimRight(head, " ,;:-–—") + "…"
}
