// Package compose orders the stories of one issue: it picks the lead,
// groups the rest under their sections in the configured order, and orders
// each section. The editor decides first; newsworthiness decides the rest.
//
// The lead is the story whose front matter says lead: true (with several,
// the build warns, and the first by explicit order, then by file name,
// leads); else
// the story with the lowest explicit order (weight or order, any integer,
// 0 and negatives included); else the most newsworthy story. Within a
// section, stories with an explicit order come first, by it; the rest
// follow by newsworthiness; file name breaks every tie, so the order is
// the same on every run.
//
// Newsworthiness is a weighted sum of five signals, each scaled to [0, 1]
// with fixed caps (not by the issue's maximum, so a story's score does not
// depend on which weak stories share its day):
//
//	weight  signal
//	3       shared: how many other stories of the issue name one of its
//	        people, organisations or places (capped at 4). The day's
//	        running story is the one the desk filed most about. A name in
//	        more than half the stories of an issue of four or more (the
//	        country every story mentions) tells nothing and is not counted.
//	2       prominence: named people and organisations (distinct, capped
//	        at 6), plus as much again when the headline names one of its
//	        people, organisations or places: news is about actors, and a
//	        headline that names one is about them.
//	2       section: the section's place in the configured list, the first
//	        1 and the last 1/n; the editor's list says what matters most
//	        (World and Politics before Sport and Culture by default).
//	1       figures: figures the story reports (capped at 5): hard news
//	        carries numbers.
//	1       length: words, on a log scale from 150 (0) to 1,200 (1): the
//	        desk spends words on what matters.
//
// The weights are an editor's judgement, not fitted: no data set we have
// says which story led a day. The tests pin what each signal does.
package compose

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"
)

// Story is what an issue's order is decided from.
type Story struct {
	Name     string // the article's file, for warnings and the last tie-break
	Headline string
	// Section is the story's section: one of the configured sections, or
	// a name of the editor's own (shown after them).
	Section string
	Lead    bool // the editor's lead: true
	// Ordered says the editor gave an explicit order, Order.
	Ordered bool
	Order   int

	People, Organizations, Places []string
	Figures                       int // figures the story reports
	Words                         int
}

// Result is an issue's order.
type Result struct {
	// Lead is the index of the lead story; -1 when there are no stories.
	Lead int
	// Order lists every story's index as the issue shows them: the lead,
	// then each section's stories, sections in the configured order
	// followed by any other section names in alphabetical order.
	Order []int
	// Score is each story's newsworthiness, between 0 and 1.
	Score []float64
	// Warnings name what the editor asked that cannot all be done (two
	// leads), as "file: what happened".
	Warnings []string
}

// Signal weights and caps: see the package comment.
const (
	wShared, wProminence, wSection, wFigures, wLength = 3.0, 2.0, 2.0, 1.0, 1.0
	capShared, capActors, capFigures                  = 4, 6, 5
	minWords, fullWords                               = 150.0, 1200.0
)

// Issue orders the stories of one issue under sections (the configured
// list, in order).
func Issue(stories []Story, sections []string) Result {
	n := len(stories)
	res := Result{Lead: -1, Score: Scores(stories, sections)}
	if n == 0 {
		return res
	}
	// before is the order of the whole issue before sections: explicit
	// order first, then newsworthiness, then file name.
	before := func(a, b int) bool {
		sa, sb := stories[a], stories[b]
		if sa.Ordered != sb.Ordered {
			return sa.Ordered
		}
		if sa.Ordered && sa.Order != sb.Order {
			return sa.Order < sb.Order
		}
		if res.Score[a] != res.Score[b] {
			return res.Score[a] > res.Score[b]
		}
		return sa.Name < sb.Name
	}
	all := make([]int, n)
	for i := range all {
		all[i] = i
	}
	sort.SliceStable(all, func(x, y int) bool { return before(all[x], all[y]) })

	res.Lead = all[0]
	if leads := editorsLeads(stories); len(leads) > 0 {
		res.Lead = leads[0]
	}
	res.Warnings = LeadWarnings(stories)

	rank := sectionRank(stories, sections)
	rest := make([]int, 0, n-1)
	for _, i := range all {
		if i != res.Lead {
			rest = append(rest, i)
		}
	}
	sort.SliceStable(rest, func(x, y int) bool {
		a, b := rest[x], rest[y]
		if ra, rb := rank[key(stories[a].Section)], rank[key(stories[b].Section)]; ra != rb {
			return ra < rb
		}
		return before(a, b)
	})
	res.Order = append([]int{res.Lead}, rest...)
	return res
}

// editorsLeads are the stories marked lead: true, the one that leads
// first: by explicit order, then by file name. Newsworthiness plays no
// part, so the choice (and the warning about it) is known before any
// story's metadata is.
func editorsLeads(stories []Story) []int {
	var leads []int
	for i, s := range stories {
		if s.Lead {
			leads = append(leads, i)
		}
	}
	sort.SliceStable(leads, func(x, y int) bool {
		a, b := stories[leads[x]], stories[leads[y]]
		if a.Ordered != b.Ordered {
			return a.Ordered
		}
		if a.Ordered && a.Order != b.Order {
			return a.Order < b.Order
		}
		return a.Name < b.Name
	})
	return leads
}

// LeadWarnings names every story marked lead: true that does not lead
// because another one does. Only Name, Lead, Ordered and Order are read.
func LeadWarnings(stories []Story) []string {
	leads := editorsLeads(stories)
	var out []string
	for _, i := range leads[min(1, len(leads)):] {
		out = append(out, fmt.Sprintf("%s: lead: true, but %s leads the issue (also lead: true, and first by order, then file name) - keep lead: true on one story",
			stories[i].Name, stories[leads[0]].Name))
	}
	return out
}

// sectionRank numbers the sections the issue shows: the configured ones
// in their order, then the others by name.
func sectionRank(stories []Story, sections []string) map[string]int {
	rank := map[string]int{}
	for _, s := range sections {
		if _, ok := rank[key(s)]; !ok {
			rank[key(s)] = len(rank)
		}
	}
	var other []string
	for _, s := range stories {
		if _, ok := rank[key(s.Section)]; !ok {
			rank[key(s.Section)] = -1
			other = append(other, key(s.Section))
		}
	}
	sort.Strings(other)
	base := len(sections)
	for i, s := range other {
		rank[s] = base + i
	}
	return rank
}

func key(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// Scores returns each story's newsworthiness in the issue: the weighted
// signals of the package comment, between 0 and 1.
func Scores(stories []Story, sections []string) []float64 {
	n := len(stories)
	// Each entity is a number; named[e] lists the stories that name it,
	// each once and in order, so that the stories sharing one of a
	// story's entities are found without comparing every pair.
	ids := map[string]int{}
	var named [][]int
	ents := make([][]int, n)
	for i, s := range stories {
		for _, list := range [][]string{s.People, s.Organizations, s.Places} {
			for _, e := range list {
				k := key(e)
				if k == "" {
					continue
				}
				id, ok := ids[k]
				if !ok {
					id = len(named)
					ids[k] = id
					named = append(named, nil)
				}
				if m := named[id]; len(m) > 0 && m[len(m)-1] == i {
					continue // named twice in this story
				}
				named[id] = append(named[id], i)
				ents[i] = append(ents[i], id)
			}
		}
	}
	telling := func(e int) bool { return n < 4 || len(named[e])*2 <= n }
	counted := make([]int, n) // counted[j] == i+1: story j already shares with story i
	secRank := map[string]int{}
	for i, s := range sections {
		if _, ok := secRank[key(s)]; !ok {
			secRank[key(s)] = i
		}
	}
	total := wShared + wProminence + wSection + wFigures + wLength
	out := make([]float64, n)
	for i, s := range stories {
		shared := 0
		for _, e := range ents[i] {
			if !telling(e) {
				continue
			}
			for _, j := range named[e] {
				if j != i && counted[j] != i+1 {
					counted[j] = i + 1
					shared++
				}
			}
		}
		actors := map[string]bool{}
		for _, e := range append(append([]string{}, s.People...), s.Organizations...) {
			if k := key(e); k != "" {
				actors[k] = true
			}
		}
		prominence := float64(min(len(actors), capActors)) / capActors
		if namesOne(s.Headline, s.People, s.Organizations, s.Places) {
			prominence += 1
		}
		section := 0.0
		if r, ok := secRank[key(s.Section)]; ok && len(sections) > 0 {
			section = 1 - float64(r)/float64(len(sections))
		}
		length := 0.0
		if s.Words > 0 {
			length = math.Log(float64(s.Words)/minWords) / math.Log(fullWords/minWords)
			length = math.Max(0, math.Min(1, length))
		}
		score := wShared*float64(min(shared, capShared))/capShared +
			wProminence*prominence/2 +
			wSection*section +
			wFigures*float64(min(s.Figures, capFigures))/capFigures +
			wLength*length
		out[i] = score / total
	}
	return out
}

// namesOne reports whether the headline names one of the entities: the
// whole name, or a person's last name ("Blair" for "Tony Blair"), as whole
// words.
func namesOne(headline string, people, orgs, places []string) bool {
	words := " " + strings.Join(strings.FieldsFunc(strings.ToLower(headline), notWord), " ") + " "
	has := func(name string) bool {
		w := strings.Join(strings.FieldsFunc(strings.ToLower(name), notWord), " ")
		return w != "" && strings.Contains(words, " "+w+" ")
	}
	for _, p := range people {
		f := strings.Fields(p)
		if has(p) || len(f) > 1 && len(f[len(f)-1]) > 2 && has(f[len(f)-1]) {
			return true
		}
	}
	for _, list := range [][]string{orgs, places} {
		for _, e := range list {
			if has(e) {
				return true
			}
		}
	}
	return false
}

func notWord(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
