package quote

import (
	"fmt"
	"strings"
	"testing"

	"briefing/generator/meta/entity"
	"briefing/generator/meta/internal/articletest"
)

// TestSampleTargets checks the target on the sample article: the
// "mutual support" quotation, spoken by Xi Jinping.
func TestSampleTargets(t *testing.T) {
	d := articletest.Doc(t, "xi-putin.txt")
	found := false
	for _, q := range Find(d, entity.Analyse(d)) {
		if strings.HasPrefix(q.Text, "willing to continue to offer mutual support") {
			found = true
			if q.Speaker != "Xi Jinping" {
				t.Errorf("mutual support quote speaker = %q", q.Speaker)
			}
		}
	}
	if !found {
		t.Error("the mutual support quotation is missing")
	}
}

// TestQuotes holds the finder to the kinds of error the issue names and to
// the attribution patterns it must read: each case is a short article and
// the quotations it must give, in order.
func TestQuotes(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []Quote
	}{
		// speakers
		{
			name:  "a rival's attack on Blair is the rival's",
			paras: []string{`Tory leader Michael Howard attacked Tony Blair over the war. "There is a fundamental lack of trust in Tony Blair as prime minister," Mr Howard said.`},
			want:  []Quote{{"There is a fundamental lack of trust in Tony Blair as prime minister", "Michael Howard"}},
		},
		{
			name:  "a partial quotation of an attack on Blair is the attacker's",
			paras: []string{`Michael Howard accused Tony Blair of "betraying the trust of the British people" over the war.`},
			want:  []Quote{{"betraying the trust of the British people", "Michael Howard"}},
		},
		{
			name: "a press-freedom group's words are not the jailed blogger's",
			paras: []string{
				`Iranian blogger Arash Sigarchi has been jailed for 14 years.`,
				`A spokesman for Reporters Without Borders described Mr Sigarchi's sentence as "harsh and unjust by any measure". "The authorities are trying to make an example of him," the organisation said in a statement.`,
			},
			want: []Quote{{"harsh and unjust by any measure", "Reporters Without Borders"}, {"The authorities are trying to make an example of him", "Reporters Without Borders"}},
		},
		{
			name:  "the outlet that carried the interview is not the speaker",
			paras: []string{`"We will not give up the fight for a fair deal," Gordon Brown told the BBC.`},
			want:  []Quote{{"We will not give up the fight for a fair deal", "Gordon Brown"}},
		},
		{
			name:  "nor when the interview opens the sentence",
			paras: []string{`In an interview with Reuters, finance minister Jane Okafor said: "The budget is balanced for the first time in a decade."`},
			want:  []Quote{{"The budget is balanced for the first time in a decade.", "Jane Okafor"}},
		},
		{
			name: "nor when a pronoun speaks to it",
			paras: []string{
				`Gordon Brown spent the morning in Manchester.`,
				`"Our plans for the economy are working," he told Reuters.`,
			},
			want: []Quote{{"Our plans for the economy are working", "Gordon Brown"}},
		},
		{
			name:  "said before the name",
			paras: []string{`"The club will appeal against the ban," said Arsene Wenger.`},
			want:  []Quote{{"The club will appeal against the ban", "Arsene Wenger"}},
		},
		{
			name:  "a person named after said wins over the body they lead",
			paras: []string{`"The report is a damning indictment of the policy," said the chairman of the committee, Labour MP Barry Sheerman.`},
			want:  []Quote{{"The report is a damning indictment of the policy", "Barry Sheerman"}},
		},
		{
			name:  "according to",
			paras: []string{`The economy is "growing faster than at any time since the war", according to Gordon Brown.`},
			want:  []Quote{{"growing faster than at any time since the war", "Gordon Brown"}},
		},
		{
			name:  "an apposition between name and verb",
			paras: []string{`"Growth will slow next year," Doug Usher, director of research at Widmeyer Communications, said on Monday.`},
			want:  []Quote{{"Growth will slow next year", "Doug Usher"}},
		},
		{
			name:  "a colon introduction",
			paras: []string{`Gordon Brown was blunt: "There will be no return to boom and bust."`},
			want:  []Quote{{"There will be no return to boom and bust.", "Gordon Brown"}},
		},
		{
			name: "the attribution in the sentence before",
			paras: []string{
				`Curt Hopkins said the sentence would not dent the resolve of bloggers. "The eyes of eight million bloggers are now on Iran."`,
			},
			want: []Quote{{"The eyes of eight million bloggers are now on Iran.", "Curt Hopkins"}},
		},
		{
			name:  "the attribution in the sentence after",
			paras: []string{`"We disagreed about almost everything in the end." Margaret Thatcher said so in her memoirs.`},
			want:  []Quote{{"We disagreed about almost everything in the end.", "Margaret Thatcher"}},
		},
		{
			name:  "a pronoun stands for the nearest person of its gender",
			paras: []string{`Margaret Thatcher met Gordon Brown in Downing Street. "We disagreed on almost everything," she said.`},
			want:  []Quote{{"We disagreed on almost everything", "Margaret Thatcher"}},
		},
		{
			name:  "a pronoun stands for the subject before an object",
			paras: []string{`Ryan Giggs said the onus was on Gary Neville. "He has to lead the team now," he said.`},
			want:  []Quote{{"He has to lead the team now", "Ryan Giggs"}},
		},
		{
			name:  "a description stands for the person named with that role",
			paras: []string{`Michael Howard spoke on Monday. The Tory leader said it was "not an easy issue for anyone at all".`},
			want:  []Quote{{"not an easy issue for anyone at all", "Michael Howard"}},
		},
		{
			name:  "an organisation only when no person speaks",
			paras: []string{`Shares in Tesco rose on Monday. "Sales grew in every region we trade in," the company said.`},
			want:  []Quote{{"Sales grew in every region we trade in", "Tesco"}},
		},
		{
			name:  "a spokesman's employer's person is not the spokesman",
			paras: []string{`"The minister has full confidence in the plan," said a spokesman for Gordon Brown.`},
			want:  []Quote{{"The minister has full confidence in the plan", ""}},
		},
		{
			name:  "any verb after a quotation ending in a comma",
			paras: []string{`"France will always be France," an angry Jacques Chirac retorted.`},
			want:  []Quote{{"France will always be France", "Jacques Chirac"}},
		},
		{
			name:  "a role and name after said",
			paras: []string{`"We wanted to control the real estate," said city manager Michael Cernech.`},
			want:  []Quote{{"We wanted to control the real estate", "Michael Cernech"}},
		},
		{
			name: "a stop inside brackets does not end the sentence",
			paras: []string{
				`Sen. David Perdue (R-Ga.) said he did not believe those attacks did Mitt Romney in.`,
				`"It's not what worked in 2012. Those are just distractions," he said.`,
			},
			want: []Quote{{"It's not what worked in 2012. Those are just distractions", "David Perdue"}},
		},
		{
			name: "a person in a phrase before the subject is not the subject",
			paras: []string{
				`In an interview with Rusty Humphries, Ham made it clear he had misgivings about the army under President Barack Obama.`,
				`"Now that I don't have to be politically correct anymore," he told the host.`,
			},
			want: []Quote{{"Now that I don't have to be politically correct anymore", "Ham"}},
		},
		{
			name: "a pronoun after said opens a clause, and no one named in it speaks",
			paras: []string{
				`David Perdue spoke first. His spokesman said he did not think the attacks hurt Mitt Romney in 2012.`,
				`"Those are just distractions from the real issues," he said.`,
			},
			want: []Quote{{"Those are just distractions from the real issues", "David Perdue"}},
		},
		{
			name:  "a quotation signed with a dash and a name",
			paras: []string{"“He is ignorant of our culture and lives.”― Pamela Padilla “Maybe, we can build a wall around Donald Trump.” ― Steve Quinlan."},
			want:  []Quote{{"He is ignorant of our culture and lives.", "Pamela Padilla"}, {"Maybe, we can build a wall around Donald Trump.", "Steve Quinlan"}},
		},
		{
			name:  "a stop before a closing bracket does not end the sentence",
			paras: []string{`"They may not want to answer and they have that right under the Constitution," Rep. John Mica (R-Fla.) said.`},
			want:  []Quote{{"They may not want to answer and they have that right under the Constitution", "John Mica"}},
		},
		{
			name:  "a title the tokenizer does not know before a full name",
			paras: []string{`"This is a waste of time. It is destroying this committee," said Del. Stacey Plaskett of the Virgin Islands.`},
			want:  []Quote{{"This is a waste of time. It is destroying this committee", "Stacey Plaskett"}},
		},
		{
			name:  "a party and state between commas after the name",
			paras: []string{`“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.`},
			want:  []Quote{{"Our assumption is that the veto will be overridden", "Mitch McConnell"}},
		},
		{
			name:  "a number in the description before the name",
			paras: []string{`“The president's rationales don't hold weight. They are 100 percent wrong,” said 9/11 widow Terry Strada.`},
			want:  []Quote{{"The president's rationales don't hold weight. They are 100 percent wrong", "Terry Strada"}},
		},
		{
			name:  "an organisation's report speaks for it",
			paras: []string{`"The ultimate impact of the Brexit shock remains very unclear," the IMF report stated.`},
			want:  []Quote{{"The ultimate impact of the Brexit shock remains very unclear", "IMF"}},
		},
		{
			name:  "a noun after a possessive is no reporting verb",
			paras: []string{`Hillary Clinton answered on Friday.`, `She says Trump's early-morning tweets accusing Alicia Machado of having a criminal record are “lies and conspiracy theories.”`},
			want:  []Quote{{"lies and conspiracy theories.", "Hillary Clinton"}},
		},
		{
			name:  "the one saying it in a prepositional phrase",
			paras: []string{`The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 points ahead, you might ask?”`},
			want:  []Quote{{"Why aren’t I 50 points ahead, you might ask?", "Hillary Clinton"}},
		},
		{
			name:  "a pronoun that looks ahead and a later verb",
			paras: []string{`Back when he wrote his book, Mr. McKinley said that he considered debt a last resort. These days, he's changed his tune. ''You'd like to pay cash for your house, too, but it's just not realistic,'' he said.`},
			want:  []Quote{{"You'd like to pay cash for your house, too, but it's just not realistic", "McKinley"}},
		},
		{
			name:  "a title after an organisation is no verb",
			paras: []string{`“He acknowledged an openness to working with Republicans in Congress,” White House press secretary Josh Earnest said at a briefing.`},
			want:  []Quote{{"He acknowledged an openness to working with Republicans in Congress", "Josh Earnest"}},
		},
		{
			name:  "a person of an organisation speaks, not the organisation",
			paras: []string{`"It was the least bad outcome," Mr. Morgan of the Sierra Club said.`},
			want:  []Quote{{"It was the least bad outcome", "Morgan"}},
		},
		{
			name:  "a middle initial the mention left out",
			paras: []string{`"The same enthusiasm might not be there for her," said Representative Charles B. Rangel of New York.`},
			want:  []Quote{{"The same enthusiasm might not be there for her", "Charles B. Rangel"}},
		},
		{
			name:  "a person of a place speaks, not the place",
			paras: []string{`''There is no place for racism in this party or this country,'' former Gov. Jeb Bush of Florida said on Twitter.`},
			want:  []Quote{{"There is no place for racism in this party or this country", "Jeb Bush"}},
		},
		{
			name:  "asked after a question",
			paras: []string{`“Asking a superdelegate to get rid of themselves?” asked Sen. Barbara Mikulski of Maryland, who wants a commission.`},
			want:  []Quote{{"Asking a superdelegate to get rid of themselves?", "Barbara Mikulski"}},
		},
		{
			name: "a title before a mention says her gender when a namesake is his",
			paras: []string{
				`Mr. Clinton had a relationship with Ms. Lewinsky, a White House intern.`,
				`Mrs. Clinton did not hesitate. ''Well, I would say that everybody should be believed at first,'' she said.`,
			},
			want: []Quote{{"Well, I would say that everybody should be believed at first", "Clinton"}},
		},
		{
			name:  "a title taken for a name before the person's name",
			paras: []string{`Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: "It's time to quit attacking various people that you competed with."`},
			want:  []Quote{{"It's time to quit attacking various people that you competed with.", "Mitch McConnell"}},
		},
		{
			name:  "a given name before a mention that starts at the initial",
			paras: []string{`"Other nations have restructured their tax code, and we must do the same," said Rep. Patrick J. Tiberi (R-Ohio), a senior member of the committee.`},
			want:  []Quote{{"Other nations have restructured their tax code, and we must do the same", "Patrick J. Tiberi"}},
		},
		{
			name:  "a participle opening the sentence is no speaker",
			paras: []string{`Surveying the wreckage, officials were grim: "The economy is rigged against working families."`},
			want:  []Quote{{"The economy is rigged against working families.", ""}},
		},
		{
			name:  "a plural noun opening the sentence is no speaker",
			paras: []string{`Estimates vary: "The economy is rigged against working families, and everyone knows it."`},
			want:  []Quote{{"The economy is rigged against working families, and everyone knows it.", ""}},
		},
		{
			name:  "a party's adjective before a name is not the speaker",
			paras: []string{`Democratic presidential candidate Bernie Sanders spoke on Monday: "The economy is rigged against working families."`},
			want:  []Quote{{"The economy is rigged against working families.", "Bernie Sanders"}},
		},
		{
			name:  "any reporting verb after a question",
			paras: []string{`The hearing lead Sens. Jon Tester (D-Mont.) and David Vitter (R-La.) to invoke the prospect of breaking up the bank.`, `“Why isn’t this crystal clear proof that an entity as big as Wells is too big to fail?” Vitter demanded.`},
			want:  []Quote{{"Why isn’t this crystal clear proof that an entity as big as Wells is too big to fail?", "David Vitter"}},
		},
		{
			name: "a pronoun stands for a speaker no mention covers",
			paras: []string{`Suu Kyi had breakfast with Vice President Biden before visiting the Oval Office.`,
				`"It is the right thing to do to ensure that the people of Burma see rewards," Obama said. He called Burma a "good news story in an era when so often we see countries going the opposite direction."`},
			want: []Quote{{"It is the right thing to do to ensure that the people of Burma see rewards", "Obama"}, {"good news story in an era when so often we see countries going the opposite direction.", "Obama"}},
		},
		{
			name:  "a given name both men and women bear says no gender",
			paras: []string{`“They are 100 percent wrong,” said 9/11 widow Terry Strada.`, `She continued, “For us, the 9/11 families and survivors, all we are asking for is an opportunity.”`},
			want:  []Quote{{"They are 100 percent wrong", "Terry Strada"}, {"For us, the 9/11 families and survivors, all we are asking for is an opportunity.", "Terry Strada"}},
		},
		{
			name:  "a capitalised word of a name is no reporting verb",
			paras: []string{`''Their strategy is very clear: to create the appearance of being a legitimate source of news,'' Michael McFaul, a senior fellow at the Hoover Institution and a former United States ambassador to Russia, said of RT.`},
			want:  []Quote{{"Their strategy is very clear: to create the appearance of being a legitimate source of news", "Michael McFaul"}},
		},
		{
			name:  "a title's stop after a quotation is no attribution when the verb opens a clause",
			paras: []string{`Charlotte Mayor Jennifer Roberts said Friday that she thinks the video should be released but said "the question is the timing." Gov. Pat McCrory (R) said it would be improper for him to speak on it.`},
			want:  []Quote{{"the question is the timing.", "Jennifer Roberts"}},
		},
		{
			name:  "who was told is not who spoke",
			paras: []string{`Airbus chief executive Noel Forgeard spoke on Monday.`, `Mr Forgeard has denied this, telling French media that there is no overrun. "But for the sake of transparency, we told our shareholders last week," he told France's LCI Television.`},
			want:  []Quote{{"But for the sake of transparency, we told our shareholders last week", "Noel Forgeard"}},
		},
		{
			name:  "a name inside a phrase before said does not stand for a later pronoun",
			paras: []string{`JF Sullivan, spokesman for e-mail software firm Sendmail said many organisations were starting to realise how important messaging was. "The key thing is being able to manage all this information," he said.`},
			want:  []Quote{{"The key thing is being able to manage all this information", "JF Sullivan"}},
		},
		// marks
		{
			name:  "single marks",
			paras: []string{`Gordon Brown said: 'We will not be deflected from our course.'`},
			want:  []Quote{{"We will not be deflected from our course.", "Gordon Brown"}},
		},
		{
			name:  "curly single marks and a plural possessive inside",
			paras: []string{`‘It is the voters’ choice and nobody else’s,’ said Gordon Brown.`},
			want:  []Quote{{"It is the voters’ choice and nobody else’s", "Gordon Brown"}},
		},
		{
			name:  "apostrophes quote nothing",
			paras: []string{`The '90s were the decade of rock 'n' roll revivals, said Tony Blair's aides.`},
			want:  nil,
		},
		{
			name:  "single marks inside double ones belong to them",
			paras: []string{`"She told me 'we are not going to do this' and left," said Gordon Brown.`},
			want:  []Quote{{"She told me 'we are not going to do this' and left", "Gordon Brown"}},
		},
		{
			name: "a quotation over two paragraphs",
			paras: []string{
				`Priya Shah said: "Money alone will not fix a workforce crisis.`,
				`"It has been building for years and it will take years to mend."`,
			},
			want: []Quote{{"Money alone will not fix a workforce crisis. It has been building for years and it will take years to mend.", "Priya Shah"}},
		},
		{
			name:  "two apostrophes are a double mark",
			paras: []string{`''The odds are that there will be a whole term with eight justices,'' said Andrew Pincus.`},
			want:  []Quote{{"The odds are that there will be a whole term with eight justices", "Andrew Pincus"}},
		},
		{
			name:  "a quotation split by its attribution",
			paras: []string{`"We won the argument," Gordon Brown said, "and we will win the vote."`},
			want:  []Quote{{"We won the argument", "Gordon Brown"}, {"and we will win the vote.", "Gordon Brown"}},
		},
		{
			name:  "said before, continued after",
			paras: []string{`Finance minister Jane Okafor said: "The budget is balanced for the first time in a decade."`, `"We will keep it that way," she added.`},
			want:  []Quote{{"The budget is balanced for the first time in a decade.", "Jane Okafor"}, {"We will keep it that way", "Jane Okafor"}},
		},
		{
			name:  "dropped closing mark",
			paras: []string{`Ann Lee said: "I lost three years of my life. She added: "They wanted to break me but they made me stronger."`},
			want:  []Quote{{"I lost three years of my life.", "Ann Lee"}, {"They wanted to break me but they made me stronger.", "Ann Lee"}},
		},
		{
			name:  "scare quotes and titles are not quotations",
			paras: []string{`Tony Blair called him an "old friend" after a screening of "Make America Great Again".`},
			want:  nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := articletest.Paragraphs(tt.paras...)
			got := Find(d, entity.Analyse(d))
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("quotes = %q\nwant     %q", got, tt.want)
			}
		})
	}
}

func TestPronoun(t *testing.T) {
	for name, want := range map[string]string{
		"Mr Blair": "he", "Michael Howard": "he", "Hillary Clinton": "she", "Mrs. Clinton": "she",
		"Sen. Marco Rubio": "he", "Clinton": "", "Robin Smith": "", "Tesco": "",
	} {
		if got := Pronoun(name); got != want {
			t.Errorf("Pronoun(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestGenderPastEpithet: a person's gender is read from the first given
// name in the name the entity analysis gives, not only from its first
// word, which may be an epithet or a rank ("Crooked Hillary Clinton").
func TestGenderPastEpithet(t *testing.T) {
	d := articletest.Paragraphs(`Hillary Clinton praised Mark Jones in Leeds on Monday.`, `"We will not be silenced by anyone," he said.`)
	names := entity.Analyse(d)
	for i, m := range names.Mentions {
		if m.Name == "Hillary Clinton" {
			names.Mentions[i].Name = "Crooked Hillary Clinton"
		}
	}
	want := []Quote{{"We will not be silenced by anyone", "Mark Jones"}}
	if got := Find(d, names); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("quotes = %q, want %q", got, want)
	}
}

// TestPersonLike: a name no mention covers, read before "said", may stand
// for a pronoun when it may be a person's ("Bamberg, who is 28, said");
// not an outlet, a common word or a compound of lower-case words.
func TestPersonLike(t *testing.T) {
	d := articletest.Paragraphs(`Nothing here.`)
	an := newScan(d, d.Tokens(), nil, []segment{{}}, make([]markKind, len(d.Tokens())))
	for name, want := range map[string]bool{
		"Bamberg": true, "Darran Whiting": true, "National Review": false, "Head Start": false,
		"Johnny-come-lately": false, "Senator": false, "": false,
	} {
		if got := an.personLike(name); got != want {
			t.Errorf("personLike(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestSignatureWithInitial: a dash signature is read in full, initials
// included, when the entity analysis names no one in it ("Julie A" and
// "Diaz Martinez" were once two halves).
func TestSignatureWithInitial(t *testing.T) {
	d := articletest.Paragraphs("“The Donald has woken communities of color from our slumber.” ― Julie A. Diaz Martinez")
	names := entity.Analyse(d)
	names.Mentions = nil
	want := []Quote{{"The Donald has woken communities of color from our slumber.", "Julie A. Diaz Martinez"}}
	if got := Find(d, names); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("quotes = %q, want %q", got, want)
	}
}

// TestPronounPastMistypedName: a pronoun may stand for a name the entity
// analysis typed as an organisation when its given name has the
// pronoun's gender ("Melania Trump" beside "Trump Tower").
func TestPronounPastMistypedName(t *testing.T) {
	d := articletest.Paragraphs(`Donald Trump’s wife is talking up his candidacy after he won the South Carolina primary.`,
		`Melania Trump tells Trump supporters that “he loves you.” She says they are going ahead to the next contest in Nevada.`,
		`She says her husband will “be the best president of them all.”`)
	names := entity.Analyse(d)
	for i, m := range names.Mentions {
		if m.Name == "Melania Trump" {
			names.Mentions[i].Kind = entity.Organization
		}
	}
	want := []Quote{{"be the best president of them all.", "Melania Trump"}}
	if got := Find(d, names); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("quotes = %q, want %q", got, want)
	}
}

// TestWordBeforeNameOpeningSentence: a capitalised word opening the
// sentence before a person's name ("Rival Hillary Clinton", where the
// entity analysis names Hillary Clinton) is no name of its own; the person
// is the subject.
func TestWordBeforeNameOpeningSentence(t *testing.T) {
	d := articletest.Paragraphs(`Rival Hillary Clinton had mocked the complaint, saying anybody who complains about a microphone “is not having a good night.”`)
	names := entity.Analyse(d)
	names.Mentions = nil
	for k, tok := range d.Tokens() {
		if tok.Text == "Hillary" {
			names.Mentions = []entity.Mention{{Kind: entity.Person, Name: "Hillary Clinton", Start: k, End: k + 2}}
		}
	}
	want := []Quote{{"is not having a good night.", "Hillary Clinton"}}
	if got := Find(d, names); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("quotes = %q, want %q", got, want)
	}
}

// TestGivenNameBeforeMistypedSurname: a person named by a given name alone
// and the one capitalised word after it, which the entity analysis took
// for an organisation, is named in full ("Carly" and "Fiorina").
func TestGivenNameBeforeMistypedSurname(t *testing.T) {
	d := articletest.Paragraphs(`Carly Fiorina threw her support behind Ted Cruz on Wednesday, saying it is time to have a “real constitutional conservative in the White House.”`)
	names := entity.Analyse(d)
	names.Mentions = nil
	for k, tok := range d.Tokens() {
		switch tok.Text {
		case "Carly":
			names.Mentions = append(names.Mentions, entity.Mention{Kind: entity.Person, Name: "Carly", Start: k, End: k + 1})
		case "Fiorina":
			names.Mentions = append(names.Mentions, entity.Mention{Kind: entity.Organization, Name: "Fiorina", Start: k, End: k + 1})
		}
	}
	want := []Quote{{"real constitutional conservative in the White House.", "Carly Fiorina"}}
	if got := Find(d, names); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("quotes = %q, want %q", got, want)
	}
}
