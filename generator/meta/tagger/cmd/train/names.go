package main

import (
	"fmt"
	"strings"

	"briefing/generator/meta/internal/conll"
	"briefing/generator/meta/tagger/internal/ptron"
)

// confidences are the thresholds nameSweep reports.
var confidences = []float64{0, 10, 15, 20, 30}

// nameSweep reports the per-document name measure when a name is listed
// only if one of its mentions has at least a given confidence (the least
// margin over its words, as tagger.Mention.Confidence): how callers trade
// recall for precision.
func nameSweep(m1, m2 *ptron.Model, docs []doc) {
	sets := make([]conll.DocSets, len(confidences))
	for i := range sets {
		sets[i] = conll.DocSets{}
	}
	var sc ptron.Scratch
	for _, d := range docs {
		out := make([][]uint8, len(d.prep))
		mg := make([][]int32, len(d.prep))
		for k, s := range d.prep {
			out[k] = make([]uint8, len(s.Toks))
			mg[k] = make([]int32, len(s.Toks))
		}
		ptron.TagDoc(m1, m2, d.prep, out, mg, &sc)
		var words, gold [][]string
		pred := make([]map[string]map[string]bool, len(confidences))
		for i := range pred {
			pred[i] = map[string]map[string]bool{}
		}
		for k := range d.prep {
			words = append(words, d.sents[k].Words)
			gold = append(gold, d.sents[k].Entities)
			for _, s := range conll.Spans(names(m2.Tagset, out[k])) {
				low := int32(1 << 30)
				for i := s.Start; i < s.End; i++ {
					low = min(low, mg[k][i])
				}
				conf := float64(low) / float64(m2.Scale)
				name := strings.ToLower(strings.Join(d.sents[k].Words[s.Start:s.End], " "))
				for i, th := range confidences {
					if conf >= th {
						if pred[i][s.Type] == nil {
							pred[i][s.Type] = map[string]bool{}
						}
						pred[i][s.Type][name] = true
					}
				}
			}
		}
		gs := conll.Names(words, gold)
		for i := range confidences {
			sets[i].AddSets(gs, pred[i])
		}
	}
	fmt.Println("ner: dev per-document names listed when a mention is at least this confident")
	for i, th := range confidences {
		fmt.Printf("  >= %-3g %s\n", th, sets[i].All())
	}
}
