package rank

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"briefing/generator/meta/internal/articletest"
	"briefing/generator/meta/text"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/summary")

func TestSummarizeGolden(t *testing.T) {
	for _, name := range articletest.News {
		t.Run(name, func(t *testing.T) {
			headline, paras := articletest.Article(t, name)
			summary, keypoints, description := Summarize(text.Prepare(headline, paras), nil, nil)
			checkOutputs(t, summary, keypoints, description)

			var got bytes.Buffer
			got.WriteString("summary: " + summary + "\n")
			for _, k := range keypoints {
				got.WriteString("* " + k + "\n")
			}
			got.WriteString("description: " + description + "\n")
			golden := filepath.Join("testdata", "summary", strings.TrimSuffix(name, ".txt")+".golden")
			if *update {
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("output differs from %s (go test -update to accept):\n%s", golden, got.String())
			}
		})
	}
}

// checkOutputs asserts what must hold for any article with three or more
// usable sentences.
func checkOutputs(t *testing.T, summary string, keypoints []string, description string) {
	t.Helper()
	if description == "" {
		t.Errorf("empty description")
	}
	if n := utf8.RuneCountInString(description); n > DescriptionMax || strings.Contains(description, "…") {
		t.Errorf("description has %d characters or an ellipsis: %q", n, description)
	}
	if len(keypoints) < 3 || len(keypoints) > 4 {
		t.Errorf("%d key points, want 3 or 4: %q", len(keypoints), keypoints)
	}
	for k, p := range keypoints {
		if DanglingOpener(p, keypoints[:k]) {
			t.Errorf("key point opens with something it does not resolve: %q", p)
		}
		if n := len(strings.Fields(p)); n > MaxWords {
			t.Errorf("key point of %d words: %q", n, p)
		}
		if strings.Contains(summary, p) {
			t.Errorf("the summary repeats a key point: %q", p)
		}
		for _, junk := range []string{"(CNN)", "(Reuters)", "PUBLISHED", "Click here", "Scroll down", "contributed to this report", "Last updated"} {
			if strings.Contains(p, junk) {
				t.Errorf("key point carries furniture %q: %q", junk, p)
			}
		}
	}
}

func TestSummarizeSmall(t *testing.T) {
	tests := []struct {
		name        string
		headline    string
		paras       []string
		keypoints   []string
		description string
	}{
		{"empty body", "Headline only", nil, []string{"Headline only"}, "Headline only"},
		{"one sentence", "Fire", []string{"A fire broke out at a warehouse in Leeds on Monday."},
			[]string{"A fire broke out at a warehouse in Leeds."}, "A fire broke out at a warehouse in Leeds."},
		{"furniture only", "Gallery", []string{"Click here for the pictures"}, []string{"Gallery"}, "Gallery"},
		{"all dangling", "Talks", []string{"Talks resumed in Geneva on Monday after a week.", "They ended early.", "But nothing was agreed."},
			[]string{"Talks resumed in Geneva after a week."}, "Talks resumed in Geneva after a week."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			summary, keypoints, description := Summarize(text.Prepare(tt.headline, tt.paras), nil, nil)
			if summary != "" || !slices.Equal(keypoints, tt.keypoints) || description != tt.description {
				t.Errorf("got summary %q, key points %q, description %q; want no summary, %q, %q", summary, keypoints, tt.keypoints, description, tt.description)
			}
		})
	}
}

// TestLedeWholeSentences: the summary is whole sentences; a heading
// before the story (a fixture's venue, bbc/sport/180) is none.
func TestLedeWholeSentences(t *testing.T) {
	paras := []string{
		"Griffin Park",
		"Midfielder Andrew Frampton and striker Deon Burton are both slight doubts with hamstring injuries.",
		"Saints are missing their entire first-choice midfield of Jamie Redknapp, Graeme Le Saux, Nigel Quashie and David Prutton.",
		"Anders Svensson and Matt Oakley are likely replacements, with Kevin Phillips also scheduled to start.",
		"Brentford are the lowest ranked club left in the FA Cup and have conceded six goals in their last two league games.",
		"Victory over Southampton would bring the mighty Manchester United to Griffin Park for the quarter-finals.",
		"Southampton drew with Arsenal on Saturday in an eventful Premiership match at St Mary's.",
	}
	summary, _, _ := Summarize(text.Prepare("Brentford v Southampton", paras), nil, nil)
	if strings.Contains(summary, "Griffin Park Midfielder") || strings.HasPrefix(summary, "Griffin Park") {
		t.Errorf("the summary opens with a heading: %q", summary)
	}
}

// TestDescribeLongLead: when the first key point is too long for the
// teaser, the teaser is that key point cut down, not a shorter later one
// (colour, or a line that leans on the first), and never an opening
// phrase left without its clause.
func TestDescribeLongLead(t *testing.T) {
	paras := []string{
		"The crew of the Northwind Airways jet that skidded off a runway and into a perimeter fence at Harbor City Airport last week reported problems with the brakes during the landing, according to an update from the safety board.",
		"The runway appeared all white in the moments before the landing, according to the update.",
		"Three passengers suffered minor injuries as the 127 people on board left the plane by its emergency slides.",
		"Airline officials could not be reached for comment.",
		"The airport reopened two hours later.",
	}
	_, keypoints, description := Summarize(text.Prepare("Jet skids off runway", paras), nil, nil)
	if utf8.RuneCountInString(keypoints[0]) <= DescriptionMax || !strings.HasPrefix(keypoints[0], "The crew of the Northwind Airways jet") {
		t.Fatalf("the test wants a first key point too long for the teaser, got %q", keypoints[0])
	}
	if !strings.HasPrefix(description, "The crew of the Northwind Airways jet that skidded off a runway") {
		t.Errorf("description %q, want the first key point cut down", description)
	}
}

func TestOpensAdverbial(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"By the time Cynthia read about Alex, a boy who got a robotic arm, she had decided.", true},
		{"Last summer, amid reports of mismanagement, the department promised change.", true},
		{"Just when fans were starting to heal, the singer left the band.", true},
		{"When the storm hit, the town lost power.", true},
		{"One of the world's largest drug makers has launched an initiative.", false},
		{"Two years ago, the firm was near collapse.", true},
		{"The ambassador issued an apology after a diplomat was caught with gold.", false},
		{"Officials in Kabul said the attack killed seven.", false},
	}
	for _, tt := range tests {
		if got := opensAdverbial(tt.s); got != tt.want {
			t.Errorf("opensAdverbial(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestSubjectOnward: an opening phrase or clause comes off at the comma
// before the main clause's subject, never at a comma inside the opening,
// before an appositive or before a pronoun whose referent it takes away.
func TestSubjectOnward(t *testing.T) {
	tests := []struct {
		name, s, want string
	}{
		{"time phrase and its aside (cnnval-148)",
			"Last summer, amid startling news reports of manipulation, mismanagement and possibly death caused by failures at the Department of Veterans Affairs, Congress came together and passed legislation to overhaul veterans' access to health care.",
			"Congress came together and passed legislation to overhaul veterans' access to health care."},
		{"subordinate clause (cnnval-064)",
			"Last year, as it was trying to update its records, the State Department asked former secretaries of state for nonpersonal emails.",
			"The State Department asked former secretaries of state for nonpersonal emails."},
		{"prepositional phrase with a list (cnnval-242)",
			"From an iconic marble statue of a heavily pregnant disabled artist to the more recent giant blue cockerel, London's Fourth Plinth art project has always provided a controversial modern twist.",
			"London's Fourth Plinth art project has always provided a controversial modern twist."},
		{"a pronoun subject keeps its clause (cnnval-003)",
			"When Rory McIlroy pulled his second shot into a lake Friday, he might as well have been channeling the much loved Adam Sandler character.",
			""},
		{"an appositive is no subject (cnnval-118)",
			"By the time Cynthia Falardeau read about Alex Pring, a little boy who got a robotic arm last summer, she had made peace with her son's limb difference.",
			""},
		{"a quotation in the opening",
			"\"We will not stop,\" the minister said, and the protesters marched on.",
			""},
		{"no comma", "The storm hit the town overnight.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := subjectOnward(tt.s, nil); got != tt.want {
				t.Errorf("subjectOnward(%q)\n got %q\nwant %q", tt.s, got, tt.want)
			}
		})
	}
}

// TestDescribeAdverbialLead: a first key point too long for the teaser
// that opens with a phrase of its own gives the teaser its main clause,
// not a later key point that leans on it ("The VA is trying to take the
// choice away.").
func TestDescribeAdverbialLead(t *testing.T) {
	paras := []string{
		"Last summer, amid startling news reports of manipulation, mismanagement and possibly death caused by failures at the Department of Veterans Affairs, Congress came together and passed legislation to overhaul veterans' access to health care.",
		"The law lets veterans who live far from a clinic or wait too long for an appointment see a private doctor.",
		"The VA is trying to take the choice away.",
		"Veterans groups say the department has dragged its feet for months.",
	}
	_, keypoints, description := Summarize(text.Prepare("Veterans' choice", paras), nil, nil)
	if utf8.RuneCountInString(keypoints[0]) <= DescriptionMax || !strings.HasPrefix(keypoints[0], "Last summer") {
		t.Fatalf("the test wants a first key point too long for the teaser that opens adverbially, got %q", keypoints[0])
	}
	if !strings.HasPrefix(description, "Congress came together and passed legislation") {
		t.Errorf("description %q, want the first key point's main clause", description)
	}
}

// TestNamesSubject: a teaser read alone names whom or what it is about.
func TestNamesSubject(t *testing.T) {
	people := []string{"Kurt Busch", "Kelly Gissendaner", "Gavin Henson"}
	tests := []struct {
		name, s string
		want    bool
	}{
		{"definite description (cnnval-229)", "The event is one of the industry's largest and gathers over 80 exhibitors.", false},
		{"definite person", "The driver was attempting to use the HOV lane.", false},
		{"demonym (cnnval-095)", "The Frenchwoman was crowned champion at the All England Club.", false},
		{"surname alone", "Busch was suspended after a civil court ruling.", false},
		{"first name alone (cnnval-086)", "Kelly was particularly eager to share community with others.", false},
		{"full name", "Kurt Busch was suspended after a civil court ruling.", true},
		{"a name after The", "The Pakistani Taliban claimed responsibility for the attack.", true},
		{"a number after The", "The 77th annual Academy Awards are taking place on 27 February.", true},
		{"restrictive relative", "The player who staked the biggest claim was Gavin Henson.", true},
		{"opening phrase leaning back", "For the study, Ericsson interviewed 14,000 mobile phone owners.", false},
		{"opening phrase of its own", "As Tunisia gets back on its feet, the investigation continues.", true},
		{"another", "Another seller is pushing a bag of air for $5.", false},
		{"indefinite subject", "A Washington state trooper caught a driver using a cardboard cutout.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := namesSubject(tt.s, people, nil); got != tt.want {
				t.Errorf("namesSubject(%q) = %v, want %v", tt.s, got, tt.want)
			}
		})
	}
}

// TestNameInFull: a surname or first name that opens a teaser is given in
// full when one person of the article has it, and nothing else is.
func TestNameInFull(t *testing.T) {
	people := []string{"Kurt Busch", "Walter Isaacson", "Angelina Jolie", "Bill Ford", "A Haber", "Jailhouse Rock", "Tom Smith", "Anna Smith"}
	tests := []struct {
		name, s, want string
	}{
		{"surname", "Busch was suspended after a civil court ruling.", "Kurt Busch was suspended after a civil court ruling."},
		{"possessive", "Isaacson's book contained numerous examples.", "Walter Isaacson's book contained numerous examples."},
		{"age after the name", "Jolie, 39, carries a mutation of the BRCA1 gene.", "Angelina Jolie, 39, carries a mutation of the BRCA1 gene."},
		{"a company, not its chairman", "Ford, the US car company, reported higher profits.", "Ford, the US car company, reported higher profits."},
		{"an article", "A video purportedly shows three schoolgirls.", "A video purportedly shows three schoolgirls."},
		{"a phrase", "Rock 'n' roll legend Elvis is set to top the chart.", "Rock 'n' roll legend Elvis is set to top the chart."},
		{"two people share the surname", "Smith said the plan would fail.", "Smith said the plan would fail."},
		{"already in full", "Kurt Busch was suspended.", "Kurt Busch was suspended."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := nameInFull(tt.s, people, nil); got != tt.want {
				t.Errorf("nameInFull(%q)\n got %q\nwant %q", tt.s, got, tt.want)
			}
		})
	}
}
