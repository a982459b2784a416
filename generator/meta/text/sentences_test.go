package text

import (
	"slices"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "The firm grew. Profits rose.", []string{"The firm grew.", "Profits rose."}},
		{"U.S. mid-sentence", "The U.S. economy grew 3.5% last year.", []string{"The U.S. economy grew 3.5% last year."}},
		{"U.S. ends sentence", "Sales rose in the U.S. The firm was pleased.", []string{"Sales rose in the U.S.", "The firm was pleased."}},
		{"title", "Mr. Smith went to Washington. Dr. Jones stayed.", []string{"Mr. Smith went to Washington.", "Dr. Jones stayed."}},
		{"money", "Profit jumped 76% to $1.13bn (£600m). Sales rose.", []string{"Profit jumped 76% to $1.13bn (£600m).", "Sales rose."}},
		{"time", "The vote is at 3 p.m. on Friday. Polls close later.", []string{"The vote is at 3 p.m. on Friday.", "Polls close later."}},
		{"time ends sentence", "They met at 3 p.m. The talks failed.", []string{"They met at 3 p.m.", "The talks failed."}},
		{"company", "He joined Apple Inc. in 1998. Acme Inc. The end.", []string{"He joined Apple Inc. in 1998.", "Acme Inc.", "The end."}},
		{"number abbreviation", "He lives at No. 10 Downing St. in London.", []string{"He lives at No. 10 Downing St. in London."}},
		{"month", "It opens on Jan. 5 in St. Louis. Tickets sold out.", []string{"It opens on Jan. 5 in St. Louis.", "Tickets sold out."}},
		{"straight quote", `"We won," he said. "It was hard."`, []string{`"We won," he said.`, `"It was hard."`}},
		{"period inside quote", `He called it "a disgrace." Others agreed.`, []string{`He called it "a disgrace."`, "Others agreed."}},
		{"curly quote", "She said it was “over.” The crowd left.", []string{"She said it was “over.”", "The crowd left."}},
		{"question in quote", `"Why now?" he asked. Nobody knew.`, []string{`"Why now?" he asked.`, "Nobody knew."}},
		{"ellipsis mid-sentence", "He said... well, nothing. Then he left.", []string{"He said... well, nothing.", "Then he left."}},
		{"ellipsis ends sentence", "We waited… The bus never came.", []string{"We waited…", "The bus never came."}},
		{"initials", "J. K. Rowling wrote it. It sold well.", []string{"J. K. Rowling wrote it.", "It sold well."}},
		{"decimal then quote", `Revenue was $42.09bn. "Strong," he said.`, []string{"Revenue was $42.09bn.", `"Strong," he said.`}},
		{"exclamation", "Goal! The crowd roared.", []string{"Goal!", "The crowd roared."}},
		// cnnval-152: the speaker of a question belongs to its sentence
		{"question then its speaker", `"Maybe because gay people just look like ... people?" Rowling wrote in her March 24 reply. Rowling's fans loved it.`, []string{`"Maybe because gay people just look like ... people?" Rowling wrote in her March 24 reply.`, "Rowling's fans loved it."}},
		{"exclamation then its speaker", `"We did it!" President Obama said. The room cheered.`, []string{`"We did it!" President Obama said.`, "The room cheered."}},
		{"question then a new sentence", `"Why now?" The question hung in the air.`, []string{`"Why now?"`, "The question hung in the air."}},
		{"a question outside quotes", "Who won? Smith said nothing.", []string{"Who won?", "Smith said nothing."}},
		{"lower case after period", "See fig. 3 for details.", []string{"See fig. 3 for details."}},
		// cnnval-025
		{"brand opens a sentence", "It was grabbed at a West concert. eBay has stopped trying.", []string{"It was grabbed at a West concert.", "eBay has stopped trying."}},
		{"brand mid-sentence", "He sold it on eBay. iPhone sales rose.", []string{"He sold it on eBay.", "iPhone sales rose."}},
		{"no terminator", "A headline-like line", []string{"A headline-like line"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SplitSentences(tt.in, nil); !slices.Equal(got, tt.want) {
				t.Errorf("SplitSentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
