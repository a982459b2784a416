package rank

import (
	"testing"

	"briefing/generator/meta/text"
)

func TestRestates(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want bool
	}{
		// the same figure with the same unit and more in common
		{"same percentage restated", // bbc business/053
			"The company said it was optimistic about growth even as revenues slipped 11% from £3.24bn in 2003 to £2.89bn in 2004.",
			"Revenues at media group Reuters slipped 11% during 2004, mainly due to the weakness of the dollar.", true},
		{"a limit explained after it was named", // bbc business/457
			"The current EU rules limit the size of a eurozone country's deficit to 3% of GDP.",
			"Mr Schroeder said existing fiscal rules should be loosened to allow countries to run deficits above the current 3% limit if they met certain criteria.", true},
		{"a round count and the exact one", // cnnval-027
			"According to the provincial government of Khyber Pakhtunkhwa, 107 local schools now bear the name of a student killed during the December 16 attack.",
			"More than 100 schools in Pakistan have been renamed in honor of the children killed in a Taliban siege at a Peshawar school last year.", true},
		{"a count of jobs twice", // bbc business/134
			"The 337,000 new jobs added to US payrolls in October was twice the 169,000 figure that Wall Street economists had forecast.",
			"The US economy added 337,000 jobs in October.", true},
		{"a sum and its approximation",
			"The SEC had accused Titan of illegally paying $2.1m to an unnamed agent.",
			"The Titan corporation was accused of funnelling more than $2m into the 2001 re-election campaign of President Mathieu Kerekou.", true},
		{"a figure written in words", "Unemployment rose to 5.2 per cent in March, the highest rate in a decade.",
			"The jobless rate rose to 5.2% in March, official figures show.", true},
		// most content words of one in the other
		{"a restatement in fewer words",
			"The legal action accuses Mr Spector of murdering the actress.",
			"Music producer Phil Spector is facing legal action from the mother of the actress he has been accused of murdering.", true},
		{"the short version after the long one",
			"The minister resigned after the report criticised his handling of the crisis.",
			"Health minister John Smith resigned on Tuesday after a damning report criticised his handling of the hospital crisis.", true},
		{"the long version after the short one is judged the other way round",
			"Health minister John Smith resigned on Tuesday after a damning report criticised his handling of the hospital crisis.",
			"The minister resigned after the report criticised his handling of the crisis.", false},

		// figures shared but the news differs
		{"the same share, a different stake", "Shareholders own 11% of the airline.", "Fuel costs rose 11% in the quarter.", false},
		{"each brings a figure of its own", // bbc politics/076
			"A National Audit Office report on the 20 biggest projects says costs have risen by £1.7bn in the past year.",
			"The NAO's annual report showed the total cost of the 20 projects covered was expected to reach £50bn.", false},
		{"a year is no figure", "Moya began 2005 with victory in the Chennai Open.",
			"Moya led Spain to victory over the USA but wants to focus on the Grand Slams in 2005.", false},
		{"a span of time is no figure", // bbc sport/065
			"Paula Radcliffe won the race in 2002 on her marathon debut, defended her title 12 months later and will now seek a third title.",
			"Paula Radcliffe returned to London 12 months later, lowering her world record.", false},
		{"a number in a name", // bbc entertainment/284
			"DJ duo JK and Joel are taking over BBC Radio 1's flagship chart show.",
			"\"Radio 1's chart show is an institution and remains the station's single most popular show,\" says JK.", false},
		{"distances are no sums", // bbc sport/010
			"World and Commonwealth 100m champion Kim Collins will compete in the 60m at the Grand Prix in Birmingham.",
			"Sydney Olympic 100m champion and world indoor record holder Maurice Greene will take part.", false},
		{"different numbers, neither approximate", "The storm killed 12 people in the north.", "Police said 14 people were killed in the storm.", false},
		// shared words but someone else, or a new figure
		{"another person, the same words", // bbc entertainment/323
			"Kate Winslet was nominated in the best actress category for her role in Eternal Sunshine of the Spotless Mind.",
			"Imelda Staunton was nominated for best actress for her role in the abortion drama.", false},
		{"a denial of the claim", // bbc politics/177
			"Ex-Welsh Office Minister Lord Roberts of Conwy denied security services were involved.",
			"A Plaid Cymru MP believes UK security services were involved in some arson attacks blamed on Welsh extremists.", false},
		{"a new figure on the same subject", // bbc business/170
			"UK house prices fell 0.7% in December, according to figures from the Office of the Deputy Prime Minister.",
			"The average UK house price fell from £180,126 in November to £178,906, reflecting recent figures confirming a slowdown.", false},
		{"a negation on one side", // cnnval-280
			"Many airports don't do any screenings at all other than a criminal background check before employees are hired.",
			"The police chief said the airport employees with security badges undergo recurring criminal background checks and random screening before they are hired.", false},
		{"too few words to judge", "Edwards then left in a surprise eviction.",
			"Model Caprice and actor Jeremy Edwards have both left the house in a surprise double eviction.", false},
		{"unrelated", "Arsenal crashed out of the Champions League.", "Monaco, which won 3-1 in the first leg, was overwhelmed.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Restates(tt.a, tt.b); got != tt.want {
				t.Errorf("Restates(%q, %q) = %v, want %v\nfigures %v / %v", tt.a, tt.b, got, tt.want, figuresOf(tt.a), figuresOf(tt.b))
			}
		})
	}
}

// FuzzRestates checks that no text makes Restates panic: key points
// carry any punctuation a source has.
func FuzzRestates(f *testing.F) {
	f.Add("Revenues slipped 11% to £2.89bn.", "More than 100 schools, 107 in all.")
	f.Add("$", "£m 1,, 5 per")
	f.Fuzz(func(t *testing.T, a, b string) {
		Restates(a, b)
		Restates(b, a)
	})
}

// TestKeyPointsDoNotRestate checks the selection: no key point of a set
// restates another, though the article repeats its figures (the shape of
// bbc business/053, where "revenues slipped 11%" was taken twice).
func TestKeyPointsDoNotRestate(t *testing.T) {
	paras := []string{
		"Revenues at media group Reuters slipped 11% during 2004, mainly due to the weakness of the dollar.",
		"The group said it was optimistic about growth even as revenues slipped 11% from £3.24bn in 2003 to £2.89bn in 2004.",
		"Reuters beat profit forecasts, posting a 52% rise in profits for the year to £198m from the £130m seen a year earlier.",
		"Reuters also beat its savings target for 2004, delivering £234m of cuts.",
		"Chief executive Tom Glocer said the company's turnaround plan was ahead of schedule.",
		"The firm will pay a final dividend of 6.15p a share, unchanged from last year.",
		"Analysts said the results were better than expected, and shares rose 2% in morning trading.",
	}
	_, keypoints, _ := Summarize(text.Prepare("Reuters revenues slip but profits jump", paras), []string{"Tom Glocer"}, []string{"Reuters"})
	if len(keypoints) < 3 {
		t.Fatalf("%d key points: %q", len(keypoints), keypoints)
	}
	for i, a := range keypoints {
		for j, b := range keypoints {
			if i != j && Restates(a, b) {
				t.Errorf("key point %q restates %q", a, b)
			}
		}
	}
}
