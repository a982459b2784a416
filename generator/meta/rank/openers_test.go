package rank

import (
	"strings"
	"testing"

	"briefing/generator/meta/text"
)

func TestOpensDangling(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"He said the plan would work.", true},
		{"She left.", true},
		{"It was the second call.", true},
		{"They agreed.", true},
		{"This means higher prices.", true},
		{"That was in 2004.", true},
		{"But sales fell.", true},
		{"And then it rained.", true},
		{"However, profits rose.", true},
		{"Also, the firm grew.", true},
		{"In addition, the firm grew.", true},
		{`"It was hard," he said.`, true},
		{"It’s over.", true},
		{"Italy won the match.", false},
		{"Thousands fled.", false},
		{"Heathrow was closed.", false},
		{"The firm grew.", false},
		{`"We won," he said.`, false},
		// cnnval-033 (seed-7373 read): an answer to the sentence before
		{"No, she was just concerned that some future illness could befall her.", true},
		{"No one was hurt.", false},
		// cnnval-291: an item of the writer's list
		{"Second, regardless of pilots' backgrounds, airlines may need more checks.", true},
		{"Second-placed Chelsea won.", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := OpensDangling(tt.in); got != tt.want {
				t.Errorf("OpensDangling(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestStandaloneText(t *testing.T) {
	tests := []struct {
		name   string
		before string // the sentence before
		in     string
		people []string
		want   string
		ok     bool
	}{
		{"pronoun resolved from people", "Xi Jinping spoke to Vladimir Putin.", "He added that ties were strong.", []string{"Xi Jinping", "Vladimir Putin"}, "Xi Jinping added that ties were strong.", true},
		{"surname mention", "China's leader, Mr Xi, spoke on Wednesday.", "He added that ties were strong.", []string{"Xi Jinping"}, "Xi Jinping added that ties were strong.", true},
		{"possessive", "Tony Blair spoke.", "His speech was short.", []string{"Tony Blair"}, "Tony Blair's speech was short.", true},
		{"titled name without people", "Mr Blair spoke on Monday.", "He said the war was right.", nil, "Mr Blair said the war was right.", true},
		{"gender clash", "Mrs Thatcher spoke.", "He said no.", nil, "He said no.", false},
		{"no antecedent", "Rain fell on Monday.", "He said no.", nil, "He said no.", false},
		{"it is not resolved", "The firm grew.", "It hired 200 people.", nil, "It hired 200 people.", false},
		{"connective dropped", "Sales fell.", "However, the company said profits rose.", nil, "The company said profits rose.", true},
		{"a list's item dangles", "Sales fell.", "Second, regardless of pilots' backgrounds, airlines may need more checks.", nil, "Second, regardless of pilots' backgrounds, airlines may need more checks.", false},
		{"a list's last item loses its place", "Sales fell.", "Finally, the firm agreed to pay $5m.", nil, "The firm agreed to pay $5m.", true},
		{"connective kept when rest dangles", "Sales fell.", "But its shares rose.", nil, "But its shares rose.", false},
		{"not dangling", "Sales fell.", "Shares rose.", nil, "Shares rose.", true},
		{"description resolved", "Bafetimbi Gomis collapsed on Wednesday.", "The 29-year-old left the pitch conscious after treatment.", []string{"Bafetimbi Gomis"}, "Bafetimbi Gomis left the pitch conscious after treatment.", true},
		{"whole description goes", "Comedian Trevor Noah made history.", "The 31-year-old South African comic has made only a few appearances on the show.", []string{"Trevor Noah"}, "Trevor Noah has made only a few appearances on the show.", true},
		{"description with a name stays", "Bafetimbi Gomis collapsed on Wednesday.", "The 29-year-old Gomis left the pitch conscious after treatment.", []string{"Bafetimbi Gomis"}, "The 29-year-old Gomis left the pitch conscious after treatment.", true},
		{"first of two is no subject", "Frank Capra's 1946 movie starring James Stewart, is being turned into a musical by producer Jon Thoday.", "He is working with Steve Brown.", []string{"Frank Capra", "James Stewart", "Jon Thoday", "Steve Brown"}, "He is working with Steve Brown.", false},
		{"pronoun is someone else", "Mr Kilroy-Silk quit.", "He said Mr Kilroy-Silk had lied.", nil, "He said Mr Kilroy-Silk had lied.", false},
		// bbc/sport/176: "The 29-year-old" is Fowler, not Keegan
		{"a description of one of two stays", "Manchester City boss Kevin Keegan has praised striker Robbie Fowler for his landmark return to form.",
			"The 29-year-old took his Premiership goal tally past 150.", []string{"Kevin Keegan", "Robbie Fowler"},
			"The 29-year-old took his Premiership goal tally past 150.", true},
		{"the head picks one of two", "Manchester City boss Kevin Keegan has praised striker Robbie Fowler for his landmark return to form.",
			"The striker took his Premiership goal tally past 150.", []string{"Kevin Keegan", "Robbie Fowler"},
			"Robbie Fowler took his Premiership goal tally past 150.", true},
		// cnnval-102: "Perro Aguayo" is part of "Hijo del Perro Aguayo"
		{"part of a longer name", "Wrestling has been shaken by the death of star fighter Hijo del Perro Aguayo.",
			"The lucha libre fighter was left slumped against the ropes.", []string{"Perro Aguayo"},
			"The lucha libre fighter was left slumped against the ropes.", true},
		// bbc/entertainment/341: the comma after the description stays
		// cnnval-067: the name follows the description
		{"a description with its name stays", "Protests followed the shooting of Michael Brown.",
			"The officer, Darren Wilson, was cleared of federal civil rights violations.", []string{"Michael Brown", "Darren Wilson"},
			"The officer, Darren Wilson, was cleared of federal civil rights violations.", true},
		// cnnval-160: "The driver" is the driver of the sentence before, not Goldsmith
		{"the head names someone else", "A trooper caught a driver using a cardboard cutout of Jonathan Goldsmith, the beer pitchman.",
			"The driver was attempting to use the HOV lane.", []string{"Jonathan Goldsmith"},
			"The driver was attempting to use the HOV lane.", true},
		// cnnval-230: "Johnson said" is Dwayne "The Rock" Johnson, not his father
		{"a surname first used by someone else", `Dwayne "The Rock" Johnson hosted the show, and Johnson said in character that it was fun.`,
			"He also transformed into a superhero.", []string{"Rocky Johnson"},
			"He also transformed into a superhero.", false},
		{"the comma after the description stays", "Actor Daniel Day-Lewis is to be presented with an award.",
			"The 47-year-old, whose credits include My Left Foot, will be presented with the award on 15 February.", []string{"Daniel Day-Lewis"},
			"Daniel Day-Lewis, whose credits include My Left Foot, will be presented with the award on 15 February.", true},
		// cnnval (a scan of every key point): "Lewis Hamilton, and current world champion, beat ..."
		{"a description that goes on stays", "Lewis Hamilton won in Melbourne.", "The Mercedes driver, and current world champion, beat Sebastian Vettel.", []string{"Lewis Hamilton", "Sebastian Vettel"}, "The Mercedes driver, and current world champion, beat Sebastian Vettel.", true},
		// bbc/sport/251: the entity lists took the club for a person
		{"a club before a role is no one", "The 73-year-old former Chelsea chairman sealed the deal.", "He said: \"I'm delighted.\"", []string{"Chelsea"}, "He said: \"I'm delighted.\"", false},
		// cnnval-033: "She" became the nickname's end, "Bread Lady"
		{"a nickname in quotation marks is no antecedent", "We called her the \"White Bread Lady,\" a moniker she earned.", "She wasn't breaking out in hives.", []string{"Bread Lady"}, "She wasn't breaking out in hives.", false},
		// bbc/entertainment/003: the star of the film is not who "He" means
		{"a name in a phrase about something else", "Frank Capra's 1946 movie starring James Stewart, is being turned into a musical by producer Jon Thoday.", "He is working with Steve Brown.", []string{"Frank Capra", "James Stewart", "Steve Brown"}, "He is working with Steve Brown.", false},
		// a speaker named only by a pronoun after the quotation (cnnval-180, cnnval-185 of every key point)
		{"a pronoun speaker is named", "Pope Francis said his papacy would be short.", "\"Four or five years,\" he told Televisa.", []string{"Pope Francis"}, "\"Four or five years,\" Pope Francis told Televisa.", true},
		{"a pronoun speaker named before", "Sales fell.", "Tony Blair said the war was right, he added.", []string{"Tony Blair"}, "Tony Blair said the war was right, he added.", true},
		{"a name before the pronoun may be its speaker", "His mother, Baroness Lawrence, escorted Catherine and her husband around the facility.",
			"Catherine, 33, is scheduled to give birth in mid- to late April, she said this month.", []string{"Baroness Lawrence"},
			"Catherine, 33, is scheduled to give birth in mid- to late April, she said this month.", true},
		{"they said is left", "The BBC spoke.", "\"Clarkson has been suspended,\" they said.", nil, "\"Clarkson has been suspended,\" they said.", true},
		// cnnval-003 (seed-9319 read): a name before "character" is no antecedent
		{"a name before a character is no one", "But when Rory McIlroy pulled his second shot into a lake Friday, he might as well have been channeling the much loved Adam Sandler character.",
			"The golfer launched the 3-iron into the water as well.", []string{"Rory McIlroy", "Adam Sandler"},
			"Rory McIlroy launched the 3-iron into the water as well.", true},
		// cnnval-180: the entity lists took the band for a person; its member is who "He" means
		{"a band before its member is no one", "Former One Direction member Zayn Malik spoke for the first time since leaving the group.",
			"He said that he had been feeling uncomfortable in recent months.", []string{"Zayn Malik", "One Direction"},
			"Zayn Malik said that he had been feeling uncomfortable in recent months.", true},
		// bbc/sport/410 (seed-8642 read): "The 25-year-old number eight" became "Simon Taylor eight"
		{"a description whose end is unsure stays", "Simon Taylor has been named in the Scotland squad for Saturday's Six Nations clash with Italy.",
			"The 25-year-old number eight made a scoring return for Edinburgh at the weekend.", []string{"Simon Taylor"},
			"The 25-year-old number eight made a scoring return for Edinburgh at the weekend.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := text.Prepare("Headline", []string{tt.before + " " + tt.in})
			if len(d.Sentences) != 2 {
				t.Fatalf("split into %d sentences", len(d.Sentences))
			}
			got, _, ok := standaloneText(d, 1, d.Sentences[1].Text, tt.people)
			if got != tt.want || ok != tt.ok {
				t.Errorf("got %q, %v; want %q, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestBalanceQuotes(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"balanced", `"We won," he said.`, `"We won," he said.`, true},
		{"opened, runs on", `He told BBC Sport: "I believe we can win.`, `He told BBC Sport: "I believe we can win."`, true},
		{"opened at start", `"I believe we can win.`, `"I believe we can win."`, true},
		{"curly opened", "He said: “We will fight.", "He said: “We will fight.”", true},
		{"closes an earlier quote", `We will fight," he said.`, `We will fight," he said.`, false},
		{"curly closes", "We will fight,” he said.", "We will fight,” he said.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := balanceQuotes(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("balanceQuotes(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestWithinQuotes(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []bool
	}{
		{"a chant runs on", []string{`Students chant, "There will never be one of us. You can hang him from a tree, but he can never sign with me. There will never be one of us." The video spread fast.`},
			[]bool{false, true, true, false}},
		{"a quotation closed with a space", []string{`"She didn't say why. She just said 'hold the bucket,' " the principal said. Good thing he changed his mind.`},
			[]bool{false, true, false}},
		{"a stray mark opens nothing", []string{`She starred in 'Arrow" and "The Flash." Production started this week.`},
			[]bool{false, false}},
		{"a new paragraph starts outside", []string{`He said: "We will fight on.`, `The vote is on Monday.`},
			[]bool{false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := text.Prepare("Headline", tt.paras)
			got := withinQuotes(d)
			if len(got) != len(tt.want) {
				t.Fatalf("%d sentences, want %d", len(got), len(tt.want))
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("sentence %d %q: within = %v, want %v", i, d.Sentences[i].Text, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestDanglingOpener(t *testing.T) {
	tests := []struct {
		in      string
		earlier []string
		want    bool
	}{
		{"In it, fraternity members are chanting a racist song.", nil, true}, // cnnval-124
		{"Once he did, student after student streamed by.", nil, true},       // cnnval-012
		{"After that, the talks collapsed.", nil, true},
		{"For them, the vote came too late.", nil, true},
		{"When he arrived in London, Smith was arrested.", nil, false},
		{"In his speech, Obama said taxes would fall.", nil, false},
		{"When it opened in 2004, the museum drew crowds.", nil, false},
		{"In this year's vote, turnout fell.", nil, false},
		{"In Paris, prices rose.", nil, false},
		{"The striker scored twice.", []string{"Striker Robbie Fowler was praised."}, false},
		{"The striker scored twice.", nil, true},
		{"For years, she's had a reputation as one of her sport's top players.", nil, true}, // cnnval-135
		{"Earlier this year, they agreed a deal.", nil, true},
		{"Earlier this year, the firm agreed a deal.", nil, false},
		{"When Vladimir Putin reappears, he does it with style.", nil, false},
		{"Acme grew fast, it said.", nil, false},
		// cnnval-114 (seed-7373 read): a report no earlier key point names
		{"The report highlighted a predatory policing problem.", []string{"The shooting of two police officers came in a tumultuous seven days for the Missouri town."}, true},
		{"The report highlighted a predatory policing problem.", []string{"A damning Justice Department report was published."}, false},
		{"The company grew.", []string{"Shell signed a deal."}, false},
		// the seed-2811 read: cnnval-100, cnnval-079, bbc/sport/299
		{"The uproar wasn't that Pichette was quitting so much as why.", nil, true},
		{"The main synagogue is on Palestine Square, right in the heart of Iran's third largest city.", nil, true},
		{"The Bath fly-half-cum-centre is likely to start against France.", []string{"England coach Andy Robinson faces the first major test of his tenure."}, true},
		{"The fly-half is likely to start against France.", []string{"Fly-half Olly Barkley impressed."}, false},
		{"The synagogue is on Palestine Square.", []string{"The Jewish community in Esfahan does not hide its heritage."}, false},
		// the seed-8642 read: a Q&A's speaker label (cnnval-059) and a
		// bracketed aside (cnnval-243) are no key points; a name before a
		// quotation attributes it (bbc/sport/180)
		{"Moss: It's more an interest in the number 40.", nil, true},
		{"Herb Scribner: Can anyone explain to me what the Bible's deal is with 40 days/nights?", nil, true},
		{"(Adam West declares they can, in a suitably Batman-esque authoritative tone.)", nil, true},
		{`Brentford boss Martin Allen: "After conceding eight goals in our last three matches, I have to admit I'm not very confident."`, nil, false},
		{"Police said: three men were arrested.", nil, false},
		{"Trading closed at 16:30 on Monday.", nil, false},
		// bbc/politics/143 (every key point): a demonstrative subject after an opening phrase
		{"For example in West Ham, this might allow only women and minorities to seek to be candidates.", nil, true},
		{"In 2004, this year's budget was cut.", nil, false},
		// "the same" pointing back (bbc/entertainment/114 of the seed-8642 read; every key point)
		{"Musician Alan Wass, 23, also of north London, appeared in court accused of the same offences.", nil, true},
		{"Musician Alan Wass appeared in court accused of the same offences.", []string{"Pete Doherty faces robbery and blackmail offences."}, false},
		{"During the same quarter, Yahoo earned $187m.", nil, true},
		{"Two years after she underwent a double mastectomy to cut her cancer risk, Angelina Jolie has had surgery to remove her ovaries for the same reason.", nil, false},
		{"Revenues rose to $3.1bn, from $2.8bn for the same period last year.", nil, false},
		{"Robert De Niro topped the UK and US film charts with two different films at the same time.", nil, false},
		{"Apple (the computer maker) sold more iPods.", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := DanglingOpener(tt.in, tt.earlier); got != tt.want {
				t.Errorf("DanglingOpener(%q, %q) = %v, want %v", tt.in, tt.earlier, got, tt.want)
			}
		})
	}
}

func TestFullNames(t *testing.T) {
	tests := []struct {
		name, in string
		earlier  []string
		people   []string
		want     string
		orgs     []string
	}{
		{"surname alone", "Morgen didn't share any other details.", nil, []string{"Brett Morgen"}, "Brett Morgen didn't share any other details.", nil}, // cnnval-252
		{"title", "Mr Campbell quit Number 10 in August 2003.", nil, []string{"Alastair Campbell"}, "Alastair Campbell quit Number 10 in August 2003.", nil},
		{"named before", "Mr Campbell quit Number 10 in August 2003.", []string{"Alastair Campbell will return."}, []string{"Alastair Campbell"}, "Mr Campbell quit Number 10 in August 2003.", nil},
		{"named in full", "Alastair Campbell quit, and Campbell left.", nil, []string{"Alastair Campbell"}, "Alastair Campbell quit, and Campbell left.", nil},
		{"a shared surname", "Williams won the final.", nil, []string{"Serena Williams", "Venus Williams"}, "Williams won the final.", nil},
		{"inside a quotation", `"Morgen is a genius," the studio said.`, nil, []string{"Brett Morgen"}, `"Morgen is a genius," the studio said.`, nil},
		{"a title's possessive", "Brown's Britain says Mr Blair broke a pledge.", nil, []string{"Gordon Brown", "Tony Blair"}, "Brown's Britain says Tony Blair broke a pledge.", nil},
		{"another first name", "Jack Straw spoke.", nil, []string{"Will Straw"}, "Jack Straw spoke.", nil},
		{"part of a longer name", "The death of Hijo del Perro Aguayo shook wrestling.", nil, []string{"Pedro Aguayo"}, "The death of Hijo del Perro Aguayo shook wrestling.", nil},
		{"a hyphenated mention", "Michael Moore's anti-Bush film won.", nil, []string{"George W Bush", "Michael Moore"}, "Michael Moore's anti-Bush film won.", nil},
		{"after an article", "Gibson will not advertise The Passion of the Christ.", nil, []string{"Jesus Christ"}, "Gibson will not advertise The Passion of the Christ.", nil},
		{"a band of the name", "Indie band Kasabian built up a cult following.", nil, []string{"Linda Kasabian"}, "Indie band Kasabian built up a cult following.", []string{"Kasabian"}},
		{"a brand", "Dolce & Gabbana went familial for fall.", nil, []string{"Domenico Dolce", "Stefano Gabbana"}, "Dolce & Gabbana went familial for fall.", nil},
		{"a short month is a first name", "\"I'm all for photos in museums,\" Dixon wrote in an email.", nil, []string{"Mar Dixon"}, "\"I'm all for photos in museums,\" Mar Dixon wrote in an email.", nil},
		{"a month is no surname", "The total was 2.4 billion in December alone.", nil, []string{"Before December"}, "The total was 2.4 billion in December alone.", nil},
		// cnnval-024 (seed-2811 read): a comma ends the word before the surname
		{"after an opening adverb", "Eventually, Le-May told ITV, the weasel lost its grip.", nil, []string{"Martin Le-May"}, "Eventually, Martin Le-May told ITV, the weasel lost its grip.", nil},
		// family name first: the surname alone is the first word
		{"a Korean family name", "Kim warned of war.", nil, []string{"Kim Jong Un"}, "Kim Jong Un warned of war.", nil},
		{"a Korean family name with a title", "Mr Kim denied the claims.", nil, []string{"Kim Dae Jung"}, "Kim Dae Jung denied the claims.", nil},
		{"a name with a small part stays as written", "Ms Park denied the claims.", nil, []string{"Park Geun-hye"}, "Ms Park denied the claims.", nil},
		{"a Chinese family name", "Mr Xi met Putin.", nil, []string{"Xi Jinping"}, "Xi Jinping met Putin.", nil},
		{"two Kims", "Kim warned of war.", nil, []string{"Kim Jong Un", "Kim Yo Jong"}, "Kim warned of war.", nil},
		{"a Western first name is no family name", "Westwood won.", nil, []string{"Lee Westwood"}, "Lee Westwood won.", nil},
		{"a Western first name alone", "Lee won.", nil, []string{"Lee Westwood"}, "Lee won.", nil},
		{"a Korean name in Western order", "Kim spoke at the bank.", nil, []string{"Jim Yong Kim"}, "Jim Yong Kim spoke at the bank.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := text.Prepare("Headline", []string{strings.Join(tt.people, " and ") + " spoke."})
			if got := fullNames(d, tt.in, tt.earlier, tt.people, tt.orgs); got != tt.want {
				t.Errorf("fullNames(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestFullNamesTwoHonorifics: a surname the article gives a man's and a
// woman's title is a couple's, neither's to expand (bbc/politics/011,
// seed-8642 read: "Mrs Howard will make solo visits ... accompanying her
// husband" became "Michael Howard will make ...").
func TestFullNamesTwoHonorifics(t *testing.T) {
	people := []string{"Michael Howard"}
	d := text.Prepare("Mrs Howard gets key election role", []string{
		"Michael Howard's ex-model wife, Sandra, is to play a leading role in the Conservative election campaign.",
		"Mrs Howard will make solo visits to target seats. Mr Howard will host a news conference every morning.",
	})
	for _, in := range []string{"Mrs Howard will make solo visits to target seats.", "Mr Howard will host a news conference every morning."} {
		if got := fullNames(d, in, nil, people, nil); got != in {
			t.Errorf("fullNames(%q) = %q, want it unchanged", in, got)
		}
	}
	one := text.Prepare("Howard speaks", []string{"Michael Howard spoke on Monday.", "Mr Howard will host a news conference every morning."})
	if got, want := fullNames(one, "Mr Howard will host a news conference every morning.", nil, people, nil), "Michael Howard will host a news conference every morning."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestFullNamesIntroduced: a surname is the person's only when the article
// first uses it in the person's full name (bbc/entertainment/251: the
// band Kasabian is named after Linda Kasabian).
func TestFullNamesIntroduced(t *testing.T) {
	people := []string{"Linda Kasabian"}
	in := "Indie dance band Kasabian built up a cult following."
	band := text.Prepare("Headline", []string{"Kasabian have three Brit nominations.", "The band is named after Linda Kasabian."})
	if got := fullNames(band, in, nil, people, nil); got != in {
		t.Errorf("the band became %q", got)
	}
	person := text.Prepare("Headline", []string{"Linda Kasabian testified in 1970.", "Kasabian was granted immunity."})
	if got, want := fullNames(person, "Kasabian was granted immunity.", nil, people, nil), "Linda Kasabian was granted immunity."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
