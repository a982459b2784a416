package tag

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// The vocabulary is IPTC's Media Topics (mediatopics.txt: every concept,
// its label and its broader concept) and the evidence for the topics an
// article can be tagged with (topics.txt), parsed on first use.
var (
	//go:embed wordlists/mediatopics.txt
	mediaTopicsList string
	//go:embed wordlists/topics.txt
	topicsList string
)

// topic is an IPTC Media Topic.
type topic struct {
	code   string
	label  string
	parent int // index of the broader topic; -1 at the top
	tagged bool
}

// term is one piece of evidence: a phrase of one or more words and the
// topics it speaks for.
type term struct {
	words  []word // the first indexes the term
	topics []ref
	stop   bool // listed as evidence of nothing: hides the words inside it unless it is evidence too
}

// word is a word of a term: a lower-case stem ("rate" for "rates"), or a
// word with capitals matched exactly as written ("NHS", "Labour").
type word struct {
	text  string
	exact bool
}

// ref is a topic a term speaks for, and how clearly.
type ref struct {
	topic int
	weak  bool // ambiguous alone ("match", "court"): "World Cup" is weak for soccer, plain for the world cup
}

type vocabulary struct {
	topics []topic
	byCode map[string]int
	// lower and exact list the terms by their first word, longest first:
	// by its stem, or as written.
	lower, exact map[string][]*term
	// disciplines is the topic above every sport ("competition discipline").
	disciplines int
}

var vocab = sync.OnceValue(func() *vocabulary {
	v, err := parseVocabulary(mediaTopicsList, topicsList)
	if err != nil {
		panic("tag: " + err.Error()) // embedded at build time: a defect
	}
	return v
})

// parseVocabulary reads the IPTC list and the evidence list.
func parseVocabulary(mediaTopics, evidence string) (*vocabulary, error) {
	v := &vocabulary{byCode: map[string]int{}, lower: map[string][]*term{}, exact: map[string][]*term{}}
	parents := map[int]string{}
	for _, line := range strings.Split(mediaTopics, "\n") {
		if line = strings.TrimSpace(line); line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "|")
		if len(f) != 3 {
			return nil, fmt.Errorf("mediatopics.txt: %q: want qcode|label|broader", line)
		}
		v.byCode[f[0]] = len(v.topics)
		parents[len(v.topics)] = f[2]
		v.topics = append(v.topics, topic{code: f[0], label: f[1], parent: -1})
	}
	for i, p := range parents {
		if p != "" {
			j, ok := v.byCode[p]
			if !ok {
				return nil, fmt.Errorf("mediatopics.txt: %s: unknown broader topic %s", v.topics[i].code, p)
			}
			v.topics[i].parent = j
		}
	}
	// entries run over lines that start with white space
	var entries []string
	for _, line := range strings.Split(evidence, "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "" || trimmed[0] == '#':
		case line[0] == ' ' || line[0] == '\t':
			if len(entries) == 0 {
				return nil, fmt.Errorf("topics.txt: %q continues nothing", trimmed)
			}
			entries[len(entries)-1] += ", " + trimmed
		default:
			entries = append(entries, trimmed)
		}
	}
	seen := map[string]*term{}
	for _, e := range entries {
		head, list, ok := strings.Cut(e, ": ")
		if !ok {
			return nil, fmt.Errorf("topics.txt: %q: want \"qcode label: terms\" or \"stop: terms\"", e)
		}
		t := -1
		if head != "stop" {
			code, label, _ := strings.Cut(head, " ")
			i, ok := v.byCode[code]
			if !ok || v.topics[i].label != label {
				return nil, fmt.Errorf("topics.txt: %q is no IPTC Media Topic", head)
			}
			if v.topics[i].tagged {
				return nil, fmt.Errorf("topics.txt: %s listed twice", head)
			}
			v.topics[i].tagged = true
			t = i
		}
		for _, s := range strings.Split(list, ",") {
			s = strings.TrimSpace(s)
			weak := strings.HasPrefix(s, "~")
			s = strings.TrimPrefix(s, "~")
			if s == "" {
				continue
			}
			var words []word
			var id strings.Builder
			for _, w := range strings.Fields(s) {
				x := word{text: w, exact: !isLower(w)}
				if !x.exact {
					x.text = stem(w)
				}
				words = append(words, x)
				fmt.Fprintf(&id, "%t %s ", x.exact, x.text)
			}
			tm := seen[id.String()]
			if tm == nil {
				tm = &term{words: words}
				seen[id.String()] = tm
				index := v.lower
				if words[0].exact {
					index = v.exact
				}
				index[words[0].text] = append(index[words[0].text], tm)
			}
			switch {
			case t < 0:
				tm.stop = true
			case !slices.ContainsFunc(tm.topics, func(r ref) bool { return r.topic == t }): // "singer" and "singers" are one term
				tm.topics = append(tm.topics, ref{t, weak})
			}
		}
	}
	v.disciplines = -1
	if i, ok := v.byCode["20000822"]; ok {
		v.disciplines = i
	}
	for _, index := range []map[string][]*term{v.lower, v.exact} {
		for _, ts := range index {
			// longest first, so that "heart attack" wins over "heart"
			slices.SortStableFunc(ts, func(a, b *term) int { return len(b.words) - len(a.words) })
		}
	}
	return v, nil
}

func isLower(w string) bool { return !hasUpper(w) }

// hasUpper reports an ASCII capital in w: the words of exact terms have
// one, so a token without is looked up by its stem alone.
func hasUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

// family is the top of t's branch of the tree.
func (v *vocabulary) family(t int) int {
	for v.topics[t].parent >= 0 {
		t = v.topics[t].parent
	}
	return t
}

// isAncestor reports whether a is above t in the tree.
func (v *vocabulary) isAncestor(a, t int) bool {
	for t = v.topics[t].parent; t >= 0; t = v.topics[t].parent {
		if t == a {
			return true
		}
	}
	return false
}
