package trim

import "testing"

// trimCases are sentences of the two development sets (cnndm-dev, the
// BBC corpus) with their trims, each checked by hand: the cut leaves a
// whole sentence that still says the news, and only what an editor would
// cut is gone. Trimmed with Options{Target: 14}, as the key points are.
var trimCases = []struct{ name, in, want string }{
	{"cnnval-001 subordinate",
		"Summarizing the action for ESPN, commentator Ty Keough eagerly described the momentous \"birth of a new era for American soccer.\"",
		"Commentator Ty Keough eagerly described the momentous \"birth of a new era for American soccer.\""},
	{"cnnval-005 subordinate",
		"The drama started, innocently enough, on February 25, when Schilling played the role of a proud father.",
		"The drama started, innocently enough, on February 25."},
	{"cnnval-009 time",
		"The players have until 6pm GMT on Friday to respond to the charge, and could face six-game bans if found guilty.",
		"The players have until 6pm GMT to respond to the charge, and could face six-game bans if found guilty."},
	{"cnnval-013 a bare name keeps its role; attribution",
		"Norman Lee, an artist for DC and Marvel comics, went missing while snorkeling with his wife off the eastern coast of Grand Cayman, CNN affiliate WCVB reported.",
		"Norman Lee, an artist for DC and Marvel comics, went missing while snorkeling with his wife off the eastern coast of Grand Cayman."},
	{"cnnval-021 time",
		"A suicide attacker detonated a car bomb near a police vehicle in the capital of southern Afghanistan's Helmand province on Tuesday, killing seven people and injuring 23 others, the province's deputy governor said.",
		"A suicide attacker detonated a car bomb near a police vehicle in the capital of southern Afghanistan's Helmand province, killing seven people and injuring 23 others, the province's deputy governor said."},
	{"cnnval-025 contrast stays",
		"Kanye West fans are used to seeing thousand-dollar price tags attached to the rapper's Air Yeezy sneakers when they're put up for sale on eBay, but the auction site is now being overrun by sellers offering up plastic bags full of air allegedly captured at West's concerts.",
		"Kanye West fans are used to seeing thousand-dollar price tags attached to the rapper's Air Yeezy sneakers when they're put up for sale on eBay, but the auction site is now being overrun by sellers offering up plastic bags full of air allegedly captured at West's concerts."},
	{"cnnval-029 time",
		"NASCAR announced Wednesday that it has lifted its suspension of driver Kurt Busch, making him eligible to return to the sport immediately -- albeit \"under indefinite probation.\"",
		"NASCAR announced that it has lifted its suspension of driver Kurt Busch, making him eligible to return to the sport immediately -- albeit \"under indefinite probation.\""},
	{"cnnval-033 subordinate",
		"When I was a child, a pale specter used to call our house most evenings, eager to chat with my doctor father about her myriad medical concerns.",
		"A pale specter used to call our house most evenings, eager to chat with my doctor father about her myriad medical concerns."},
	{"cnnval-037 time,relative",
		"Rescuers found the toddler Saturday hanging upside down in the car, which had crashed into a frigid Utah river a day before.",
		"Rescuers found the toddler hanging upside down in the car."},
	{"cnnval-041 time",
		"Suicide bombers attacked a Christian community in eastern Pakistan on Sunday, setting off two blasts that killed at least 14 people and wounded dozens more, officials said.",
		"Suicide bombers attacked a Christian community in eastern Pakistan, setting off two blasts that killed at least 14 people and wounded dozens more, officials said."},
	{"cnnval-045 parenthetical",
		"The new father -- he and partner Mila Kunis welcomed baby Wyatt Isabelle in October -- complained to his followers that he had yet to encounter a changing table in the public bathrooms he visits.",
		"The new father complained to his followers that he had yet to encounter a changing table in the public bathrooms he visits."},
	{"cnnval-049 attribution",
		"Turkish officials have detained 16 Indonesian citizens who confessed they were planning to cross the border into Syria, Indonesia's foreign ministry said.",
		"Turkish officials have detained 16 Indonesian citizens who confessed they were planning to cross the border into Syria."},
	{"cnnval-053 appositive",
		"The news was stunning to hear: A young woman, 18-year-old Michelle Carter, was charged with involuntary manslaughter for allegedly sending text messages urging her friend to commit suicide.",
		"The news was stunning to hear: A young woman was charged with involuntary manslaughter for allegedly sending text messages urging her friend to commit suicide."},
	{"cnnval-057 subordinate,attribution",
		"Many people who know her have raised questions about 88-year-old Harper Lee's ability to consent to publish another book, while others have said she knows what she's doing, according to a New York Times report.",
		"Many people who know her have raised questions about 88-year-old Harper Lee's ability to consent to publish another book."},
	{"cnnval-061 time",
		"Police raided millionaire heir Robert Durst's home in Houston, Texas, on Tuesday, a day after he was charged with first-degree murder.",
		"Police raided millionaire heir Robert Durst's home in Houston, Texas, a day after he was charged with first-degree murder."},
	{"cnnval-065 time",
		"Two more American aid workers who had high-risk exposure to Ebola in Sierra Leone arrived back in the United States on Monday for monitoring.",
		"Two more American aid workers who had high-risk exposure to Ebola in Sierra Leone arrived back in the United States for monitoring."},
	{"cnnval-069 contrast stays",
		"His handball had gifted English Premier League leaders Chelsea a 2-1 aggregate advantage in extra time, but this was one tale that would be adorned with a Silva lining.",
		"His handball had gifted English Premier League leaders Chelsea a 2-1 aggregate advantage in extra time, but this was one tale that would be adorned with a Silva lining."},
	{"cnnval-073 time",
		"On Wednesday the Rock and Roll Hall of Fame announced an array of A-list presenters and performers for its 30th Annual Induction Ceremony, which takes place at Cleveland's historic Public Hall on Saturday, April 18.",
		"The Rock and Roll Hall of Fame announced an array of A-list presenters and performers for its 30th Annual Induction Ceremony, which takes place at Cleveland's historic Public Hall on Saturday, April 18."},
	{"cnnval-077 parenthetical",
		"All the incidents -- which have been condemned by authorities -- took place in the South Island, which draws tourists from around the world for its rugged scenery, including lakes and mountains featured in director Peter Jackson's \"Lord of the Rings\" films.",
		"All the incidents took place in the South Island, which draws tourists from around the world for its rugged scenery, including lakes and mountains featured in director Peter Jackson's \"Lord of the Rings\" films."},
	{"cnnval-081 relative,time",
		"A video purportedly shows three British schoolgirls preparing to cross the Turkish border last month into Syria, where the teens are believed to have traveled to join ISIS, a Turkish TV network reported Friday.",
		"A video purportedly shows three British schoolgirls preparing to cross the Turkish border last month into Syria, a Turkish TV network reported."},
	{"cnnval-085 time",
		"University of Virginia student leaders have scheduled a campus forum with police Friday to discuss allegations of brutality following the bloody arrest of a 20-year-old student that prompted protests at UVA.",
		"University of Virginia student leaders have scheduled a campus forum with police to discuss allegations of brutality following the bloody arrest of a 20-year-old student that prompted protests at UVA."},
	{"cnnval-089 time",
		"The bodies of four Italian tourists slain in a terror attack on Tunisia's Bardo Museum three days ago arrived back in Italy on Saturday, an official with the Tunis Crisis Center told CNN, but 14 victims' remains still lie in the morgue.",
		"The bodies of four Italian tourists slain in a terror attack on Tunisia's Bardo Museum three days ago arrived back in Italy, an official with the Tunis Crisis Center told CNN, but 14 victims' remains still lie in the morgue."},
	{"cnnval-093 parenthetical",
		"And this all took place in Texas -- right here, in our own country.",
		"And this all took place in Texas."},
	{"cnnval-097 time,participle",
		"The primary suspect jailed in connection with the shooting death of Boris Nemtsov withdrew his confession Wednesday, saying he had been under duress during his admission and isn't guilty.",
		"The primary suspect jailed in connection with the shooting death of Boris Nemtsov withdrew his confession."},
	{"cnnval-101 a bare name keeps its role",
		"A.J. Pero, a longtime drummer for the metal band Twisted Sister, has died, the band posted on its Facebook page.",
		"A.J. Pero, a longtime drummer for the metal band Twisted Sister, has died, the band posted on its Facebook page."},
	{"cnnval-105 parenthetical",
		"Comic books of the past few years have seen a lot of changes (a female Thor, anyone?) but not quite so many at one time.",
		"Comic books of the past few years have seen a lot of changes but not quite so many at one time."},
	{"cnnval-109 time",
		"The 11 service members who died in an Army Black Hawk helicopter crash Tuesday off the Florida Panhandle weren't only a loss to their country.",
		"The 11 service members who died in an Army Black Hawk helicopter crash off the Florida Panhandle weren't only a loss to their country."},
	{"cnnval-113 time",
		"An Israeli Arab man who is shown being shot by a child in a recent ISIS video has no connections to Israeli intelligence, the country's defense minister said Wednesday.",
		"An Israeli Arab man who is shown being shot by a child in a recent ISIS video has no connections to Israeli intelligence, the country's defense minister said."},
	{"cnnval-117 lead-phrase,relative",
		"In two key moments, leaders from both sides of the aisle have acted like the Bourbons of France, who famously remembered nothing and forgot nothing from battles of their past.",
		"Leaders from both sides of the aisle have acted like the Bourbons of France."},
	{"cnnval-121 trailing",
		"There was no mistaking Stiller for anyone other than the fierce Zoolander as he sashayed down the runway in a Valentino trench, casting Blue Steel in every direction.",
		"There was no mistaking Stiller for anyone other than the fierce Zoolander as he sashayed down the runway in a Valentino trench."},
	{"cnnval-125 time,attribution",
		"A Palestinian man rammed into a cyclist and four Israeli border police while he was driving in Jerusalem on Friday, authorities and first responders said.",
		"A Palestinian man rammed into a cyclist and four Israeli border police while he was driving in Jerusalem."},
	{"cnnval-129 time",
		"President Barack Obama shared jokes about pot and Hillary Clinton's email controversy at the annual Gridiron Club dinner in Washington on Saturday.",
		"President Barack Obama shared jokes about pot and Hillary Clinton's email controversy at the annual Gridiron Club dinner in Washington."},
	{"cnnval-137 coordinate",
		"Serena Williams had a big decision to make earlier this year, and she wanted to run it by her parents.",
		"Serena Williams had a big decision to make earlier this year."},
	{"cnnval-145 contrast stays",
		"Sharper has been in jail in Los Angeles since last year, but this case was in Arizona.",
		"Sharper has been in jail in Los Angeles since last year, but this case was in Arizona."},
	{"cnnval-149 time",
		"Two years after she underwent a double mastectomy to cut her cancer risk, actress and U.N. envoy Angelina Jolie has had surgery to remove her ovaries and fallopian tubes for the same reason, she wrote in The New York Times on Tuesday.",
		"Two years after she underwent a double mastectomy to cut her cancer risk, actress and U.N. envoy Angelina Jolie has had surgery to remove her ovaries and fallopian tubes for the same reason, she wrote in The New York Times."},
	{"cnnval-153 attribution",
		"The reported kidnapping of a Vallejo, California, woman for ransom this week was nothing but a hoax, police said.",
		"The reported kidnapping of a Vallejo, California, woman for ransom this week was nothing but a hoax."},
	{"cnnval-157 a bare name keeps its role",
		"Frayer, a professor emeritus of anthropology, was a part of the study published in the journal PLOS ONE that looks at eagle talons found in present-day Croatia.",
		"Frayer, a professor emeritus of anthropology, was a part of the study published in the journal PLOS ONE that looks at eagle talons found in present-day Croatia."},
	{"cnnval-161 time,time",
		"Cleanup crews on Thursday started assessing the damage caused by storms that slashed across Oklahoma on Wednesday, killing one person and injuring about two dozen others across the state.",
		"Cleanup crews started assessing the damage caused by storms that slashed across Oklahoma, killing one person and injuring about two dozen others across the state."},
	{"cnnval-165 parenthetical",
		"Putin isn't generally one to shy away from the limelight -- posing with a (tranquilized) tiger, riding a horse while shirtless, earning a karate black belt.",
		"Putin isn't generally one to shy away from the limelight."},
	{"cnnval-169 subordinate",
		"\"Becoming Steve Jobs,\" by Brent Schlender and Rick Tetzeli, seeks to humanize Jobs through interviews with those who knew him in the latter, wildly successful phases of his career, when some of his rough edges had softened.",
		"\"Becoming Steve Jobs,\" by Brent Schlender and Rick Tetzeli, seeks to humanize Jobs through interviews with those who knew him in the latter, wildly successful phases of his career."},
	{"cnnval-173 a speaker keeps their role",
		"Venturing into the continent's game reserves on horseback may seem a little daunting but is one of the best ways to experience the environment, says Philip Kusseler, co-owner of Wait A Little horse safaris.",
		"Venturing into the continent's game reserves on horseback may seem a little daunting but is one of the best ways to experience the environment, says Philip Kusseler, co-owner of Wait A Little horse safaris."},
	{"cnnval-177 trailing",
		"A wall of water and mud surged through Sam Upan's house, toppling the walls of the neighboring church where he serves as a deacon.",
		"A wall of water and mud surged through Sam Upan's house."},
	{"cnnval-181 with",
		"It picks up where the last chapter, \"Skyfall,\" left off, with a shot of the smoldering remains of the bombed MI6 headquarters.",
		"It picks up where the last chapter, \"Skyfall,\" left off."},
	{"cnnval-185 time",
		"Thousands of demonstrators marched in Tunisia's capital Sunday, protesting against terrorism less than two weeks after gunmen attacked a museum and killed more than 20 people there.",
		"Thousands of demonstrators marched in Tunisia's capital, protesting against terrorism less than two weeks after gunmen attacked a museum and killed more than 20 people there."},
	{"cnnval-189 time",
		"That's how German Foreign Minister Frank-Walter Steinmeier described the site where a Germanwings Airbus A320 plane crashed in the French Alps on Tuesday.",
		"That's how German Foreign Minister Frank-Walter Steinmeier described the site where a Germanwings Airbus A320 plane crashed in the French Alps."},
	{"cnnval-193 lead-phrase",
		"In just a few weeks, good relations with neighbors have become a matter of survival for Yemen's President Abdu Rabu Mansour Hadi.",
		"Good relations with neighbors have become a matter of survival for Yemen's President Abdu Rabu Mansour Hadi."},
	{"cnnval-201 time",
		"Thousands of Singaporeans gathered in pouring rain Sunday to bid farewell to Lee Kuan Yew, the Southeast Asian city-state's founding prime minister who charted its spectacular economic rise.",
		"Thousands of Singaporeans gathered in pouring rain to bid farewell to Lee Kuan Yew, the Southeast Asian city-state's founding prime minister who charted its spectacular economic rise."},
	{"cnnval-205 time",
		"ISIS apparently claimed responsibility Thursday for the deadly terrorist attack at a landmark museum in the heart of that country's capital, a mass shooting that has shaken the birthplace of the Arab Spring and stirred questions about militants in the country.",
		"ISIS apparently claimed responsibility for the deadly terrorist attack at a landmark museum in the heart of that country's capital, a mass shooting that has shaken the birthplace of the Arab Spring and stirred questions about militants in the country."},
	{"cnnval-209 lead-phrase",
		"On Monday, the show announced that comedian Trevor Noah will take over for Jon Stewart, who announced in February that he was leaving after 16 years.",
		"The show announced that comedian Trevor Noah will take over for Jon Stewart, who announced in February that he was leaving after 16 years."},
	{"cnnval-213 time,trailing",
		"The Duchess of Cambridge made her last official appearance Friday at a variety of spots across London, enjoying tours of a learning center and a church that hosts a youth charity.",
		"The Duchess of Cambridge made her last official appearance at a variety of spots across London."},
	{"cnnval-217 time",
		"A nuclear deal with international powers on Iran's nuclear program is within reach and achievable, Iranian President Hassan Rouhani told reporters Saturday.",
		"A nuclear deal with international powers on Iran's nuclear program is within reach and achievable, Iranian President Hassan Rouhani told reporters."},
	{"cnnval-221 trailing",
		"Questions arose about whether Clinton conducted her official business on private email, possibly violating regulations that were written to ensure that the activities of government officials remain accessible to the public.",
		"Questions arose about whether Clinton conducted her official business on private email."},
	{"cnnval-225 time,attribution",
		"An explosive-laden truck blew up at a camp for Egyptian security forces Tuesday morning, killing a civilian and injuring 44 people, state-run media reported.",
		"An explosive-laden truck blew up at a camp for Egyptian security forces, killing a civilian and injuring 44 people."},
	{"cnnval-229 with,adverb,with",
		"The event is one of the industry's largest and gathers over 80 exhibitors from across the world, with several Ethiopian growers also representing the African continent alongside Kenya.",
		"The event is one of the industry's largest and gathers over 80 exhibitors from across the world."},
	{"cnnval-237 time",
		"Britain's Lewis Hamilton made the perfect start to his world title defense by winning the opening race of the F1 season in Australia Sunday to lead a Mercedes one-two in Melbourne.",
		"Britain's Lewis Hamilton made the perfect start to his world title defense by winning the opening race of the F1 season in Australia to lead a Mercedes one-two in Melbourne."},
	{"cnnval-241 time",
		"And so it has proved with Indiana's new \"religious freedom\" law, signed Thursday by Gov. Mike Pence.",
		"And so it has proved with Indiana's new \"religious freedom\" law, signed by Gov. Mike Pence."},
	{"cnnval-245 time",
		"The allegation was reported to the police on Wednesday.",
		"The allegation was reported to the police."},
	{"cnnval-249 a long role loses its place",
		"Never one to miss a media opportunity, Trump, the owner of the Blue Monster course in Florida, got a scuba diver to retrieve the 3-iron club which world No. 1 McIlroy had thought he had seen the last of during Friday's second round at the WGC-Cadillac Championship.",
		"Never one to miss a media opportunity, Trump, the owner of the Blue Monster course, got a scuba diver to retrieve the 3-iron club which world No. 1 McIlroy had thought he had seen the last of during Friday's second round at the WGC-Cadillac Championship."},
	{"cnnval-253 trailing",
		"He walks through a sea of fellow students in his zippered sweatshirt over his polo shirt, wearing a backpack and carrying a plastic bottle.",
		"He walks through a sea of fellow students in his zippered sweatshirt over his polo shirt."},
	{"cnnval-261 trailing",
		"At any moment, Saudi troops could march through Yemen, heating up an already intense conflict that could have ramifications across the Middle East.",
		"At any moment, Saudi troops could march through Yemen."},
	{"cnnval-265 attribution,time",
		"NATO jets scrambled to intercept Russian military aircraft as they neared Latvian airspace, officials said on Wednesday.",
		"NATO jets scrambled to intercept Russian military aircraft as they neared Latvian airspace."},
	{"cnnval-273 a bare name keeps its role; time",
		"Windell D. Middlebrooks, the actor best known as the straight-talking Miller High Life delivery man, died Monday morning, his agent told CNN.",
		"Windell D. Middlebrooks, the actor best known as the straight-talking Miller High Life delivery man, died, his agent told CNN."},
	{"cnnval-277 a figure keeps its source",
		"According to the PTSD Alliance, more than 13 million Americans have PTSD and the societal cost is in the billions.",
		"According to the PTSD Alliance, more than 13 million Americans have PTSD and the societal cost is in the billions."},
	{"cnnval-281 a bare name keeps its role",
		"Nick Gordon, romantic partner of Bobbi Kristina Brown, sat down recently with Dr. Phil McGraw for his first on-camera interview since Whitney Houston's daughter was rushed to the hospital in January after being found face down in her bathtub.",
		"Nick Gordon, romantic partner of Bobbi Kristina Brown, sat down recently with Dr. Phil McGraw for his first on-camera interview since Whitney Houston's daughter was rushed to the hospital in January after being found face down in her bathtub."},
	{"cnnval-285 subordinate",
		"The disagreement started in late February, when the North Korean government demanded an increase of around $8.60 a month for North Korean employees working in the Kaesong Industrial Complex.",
		"The disagreement started in late February."},
	{"cnnval-289 contrast stays",
		"The fury of Tropical Cyclone Pam, one of the most powerful storms ever to make landfall, has moved on, but the misery it left behind in the islands of Vanuatu is just starting to become apparent.",
		"The fury of Tropical Cyclone Pam, one of the most powerful storms ever to make landfall, has moved on, but the misery it left behind in the islands of Vanuatu is just starting to become apparent."},
	{"cnnval-293 time",
		"Teammate Viktor Troicki had been due to play in the doubles rubber alongside Nenad Zimonjic, but a draining five-set singles match with Croatian teen starlet Borna Coric on Friday convinced Serbia coach Bogdan Obradovic to draft in the fresher Djokovic.",
		"Teammate Viktor Troicki had been due to play in the doubles rubber alongside Nenad Zimonjic, but a draining five-set singles match with Croatian teen starlet Borna Coric convinced Serbia coach Bogdan Obradovic to draft in the fresher Djokovic."},
	{"cnnval-297 parenthetical",
		"There have been a few times in my career when I've been thoroughly disappointed -- even disgusted -- with my fellow women in the workplace.",
		"There have been a few times in my career when I've been thoroughly disappointed with my fellow women in the workplace."},
	{"bbc/business/004 subordinate,parenthetical",
		"Reporting its results for the three months to 31 December 2004, the airline made a pre-tax profit of £75m ($141m) compared with £125m a year earlier.",
		"The airline made a pre-tax profit of £75m compared with £125m a year earlier."},
	{"bbc/business/033 parenthetical,attribution",
		"A total of 24.2 trillion pesos ($10.2bn; £5.5bn) is earmarked for subsidies for the poor, the government department for planning said.",
		"A total of 24.2 trillion pesos is earmarked for subsidies for the poor."},
	{"bbc/business/062 the clause says what the project is (seed-9319 read)",
		"Shares in Multiplex Group, which is building the new Wembley stadium, fell as much as 19% after it said it would not make any money on the project.",
		"Shares in Multiplex Group, which is building the new Wembley stadium, fell as much as 19% after it said it would not make any money on the project."},
	{"bbc/business/120 parenthetical",
		"The government will pump 154m naira ($1.1m; £591,000) into subsidies for farming chemicals and seedlings.",
		"The government will pump 154m naira into subsidies for farming chemicals and seedlings."},
	{"bbc/business/149 appositive",
		"General Motors, the world's largest car maker, has confirmed that it will build a new medium-sized Cadillac BLS at its loss-making Saab factory in Sweden.",
		"General Motors has confirmed that it will build a new medium-sized Cadillac BLS at its loss-making Saab factory in Sweden."},
	{"bbc/business/207 with",
		"EMI said music sales for the year to March will fall 8-9% from the year before, with profits set to be 15% lower than analysts had expected.",
		"EMI said music sales for the year to March will fall 8-9% from the year before."},
	{"bbc/business/236 relative",
		"Anti-fraud consultancy Retail Decisions says 'card-not-present' fraud, where goods are paid for online or by phone, has risen since the start of 2005.",
		"Anti-fraud consultancy Retail Decisions says 'card-not-present' fraud has risen since the start of 2005."},
	{"bbc/business/265 subordinate",
		"Since that inquiry was launched in October, Marsh has replaced its chief executive and held a boardroom shake-out to meet criticism by lessening the number of company executives on the board.",
		"Marsh has replaced its chief executive and held a boardroom shake-out to meet criticism by lessening the number of company executives on the board."},
	{"bbc/business/294 subordinate",
		"The benchmark Dow Jones share index closed more than 1% higher at 10,137, while the Nasdaq rose 0.9% to 2,004.",
		"The benchmark Dow Jones share index closed more than 1% higher at 10,137."},
	{"bbc/business/323 lead-phrase",
		"Elsewhere, the BBA added underlying mortgage lending rose by £4m in November, compared to October's £4.29m.",
		"The BBA added underlying mortgage lending rose by £4m in November, compared to October's £4.29m."},
	{"bbc/business/352 relative",
		"The buy-back is a victory for chairman Mukesh Ambani, whose idea it was.",
		"The buy-back is a victory for chairman Mukesh Ambani."},
	{"bbc/business/381 time,subordinate",
		"Oil prices recovered in Asian trade on Tuesday, after falling in New York on milder winter weather across the US.",
		"Oil prices recovered in Asian trade."},
	{"bbc/business/410 subordinate",
		"US-German carmaker DaimlerChrysler has sold 2.1% more cars in 2004 than in the previous year, as solid Chrysler sales offset a weak showing for Mercedes.",
		"US-German carmaker DaimlerChrysler has sold 2.1% more cars in 2004 than in the previous year."},
	{"bbc/business/439 appositive",
		"Germany's economy, the biggest among the 12 countries sharing the euro, grew at its fastest rate in four years during 2004, driven by strong exports.",
		"Germany's economy grew at its fastest rate in four years during 2004, driven by strong exports."},
	{"bbc/business/468 parenthetical",
		"Commission officials are to look at Rome's provision of a 400m euro ($495m; £275m) loan to the carrier.",
		"Commission officials are to look at Rome's provision of a 400m euro loan to the carrier."},
	{"bbc/entertainment/016 trailing",
		"He served as a pilot with the Royal Air Force during World War II, flying fighter planes to the Middle East.",
		"He served as a pilot with the Royal Air Force during World War II."},
	{"bbc/entertainment/045 parenthetical",
		"Actor Gerard Jugnot - star of the Oscar-nominated film The Chorus - has beaten Gerard Depardieu to become France's best-paid actor of 2004.",
		"Actor Gerard Jugnot has beaten Gerard Depardieu to become France's best-paid actor of 2004."},
	{"bbc/entertainment/074 parenthetical; a figure keeps its source",
		"It took $40.8m (£21m) in weekend ticket sales, according to studio estimates.",
		"It took $40.8m in weekend ticket sales, according to studio estimates."},
	{"bbc/entertainment/132 parenthetical",
		"The double album - which saw the pair produce one disc each - topped the charts in the US at the same time as single Hey Ya!",
		"The double album topped the charts in the US at the same time as single Hey Ya!"},
	{"bbc/entertainment/161 time",
		"Now he is attempting to prevent Morrison releasing the album on Monday through another label.",
		"Now he is attempting to prevent Morrison releasing the album through another label."},
	{"bbc/entertainment/190 subordinate",
		"Fletcher will be remembered for his \"odd odes\" and amusing misprints on TV show That's Life in the 1970s and 80s, as well as a long variety career.",
		"Fletcher will be remembered for his \"odd odes\" and amusing misprints on TV show That's Life in the 1970s and 80s."},
	{"bbc/entertainment/219 relative",
		"Clark, who produces the Golden Globe and American Music Awards, disclosed last year that he was suffering from diabetes.",
		"Clark disclosed last year that he was suffering from diabetes."},
	{"bbc/entertainment/248 relative",
		"The campaign, which led to gigs being scrapped and a UK police investigation, will now be dropped under the truce.",
		"The campaign will now be dropped under the truce."},
	{"bbc/entertainment/277 time",
		"The first full-scale theatrical production of the musical will make its debut in Vienna on Saturday.",
		"The first full-scale theatrical production of the musical will make its debut in Vienna."},
	{"bbc/entertainment/335 parenthetical",
		"The thriller shot straight to the number one spot after taking $22m (£11.7m) at the box office.",
		"The thriller shot straight to the number one spot after taking $22m at the box office."},
	{"bbc/entertainment/364 parenthetical",
		"Smith plays a New York \"date doctor\" with love worries of his own in the movie, which took $31.8m (£16.8m).",
		"Smith plays a New York \"date doctor\" with love worries of his own in the movie, which took $31.8m."},
	{"bbc/politics/007 contrast stays",
		"He insisted he did not know the poll date, but it is widely expected to be 5 May.",
		"He insisted he did not know the poll date, but it is widely expected to be 5 May."},
	{"bbc/politics/036 relative",
		"Mr Kennedy said his thoughts were with all those caught up in the disaster, which had dominated the Christmas and New Year period.",
		"Mr Kennedy said his thoughts were with all those caught up in the disaster."},
	{"bbc/politics/065 adverb",
		"It is not known whether the other two men released from the Cuba detention camp in January - Richard Belmar and Moazzam Begg - have also received letters.",
		"It is not known whether the other two men released from the Cuba detention camp in January - Richard Belmar and Moazzam Begg - have received letters."},
	{"bbc/politics/094 adverb",
		"A Highland councillor who was at the event has also defended Mr McConnell.",
		"A Highland councillor who was at the event has defended Mr McConnell."},
	{"bbc/politics/123 adverb",
		"Mr Martin revealed some MPs had been using their Blackberries during debates and he also cautioned members against using hidden earpieces.",
		"Mr Martin revealed some MPs had been using their Blackberries during debates and he cautioned members against using hidden earpieces."},
	{"bbc/politics/152 time",
		"The rural affairs minister said it would become obvious if people flouted the law, which came into force on Friday, and pretended they were not.",
		"The rural affairs minister said it would become obvious if people flouted the law, which came into force, and pretended they were not."},
	{"bbc/politics/181 parenthetical",
		"But the Conservatives say government proposals - which include two hours' PE within school for 75% of pupils by 2006 - are unrealistic.",
		"But the Conservatives say government proposals are unrealistic."},
	{"bbc/politics/210 time",
		"Thousands of civil servants were on strike across Wales on Friday in protest at planned job cuts.",
		"Thousands of civil servants were on strike across Wales in protest at planned job cuts."},
	{"bbc/politics/239 parenthetical",
		"The Police Federation has said it strongly opposes giving Community Support Officers (CSOs) the power to detain suspects for up to 30 minutes.",
		"The Police Federation has said it strongly opposes giving Community Support Officers the power to detain suspects for up to 30 minutes."},
	{"bbc/politics/268 lead-phrase",
		"Meanwhile, the Liberal Democrats' President Simon Hughes said: \"New Labour has lost people's confidence in a way Old Labour never did.\"",
		"The Liberal Democrats' President Simon Hughes said: \"New Labour has lost people's confidence in a way Old Labour never did.\""},
	{"bbc/politics/297 relative",
		"That charge was denied by Mr Mandelson, who said the Tories were afraid of Mr Campbell's campaigning skills.",
		"That charge was denied by Mr Mandelson."},
	{"bbc/politics/355 adverb",
		"Responding to the pre-Budget report, Mr Cable also attacked Labour's \"unfair\" and over-complicated taxes.",
		"Responding to the pre-Budget report, Mr Cable attacked Labour's \"unfair\" and over-complicated taxes."},
	{"bbc/sport/054 time",
		"The Greek pair appeared at a hearing on Saturday which will determine whether their provisional bans from athletics' ruling body the IAAF should stand.",
		"The Greek pair appeared at a hearing which will determine whether their provisional bans from athletics' ruling body the IAAF should stand."},
	{"bbc/sport/083 relative",
		"Butler clocked a time of 22 minutes 45 seconds - 22secs behind the winner but four ahead of Yelling, who last month succeeded Paula Radcliffe as European champion.",
		"Butler clocked a time of 22 minutes 45 seconds - 22secs behind the winner but four ahead of Yelling."},
	{"bbc/sport/112 adverb,relative",
		"But Parry, speaking exclusively to BBC Sport, also admits Gerrard, who has been constantly linked with Chelsea, will have the final say on his future.",
		"But Parry admits Gerrard will have the final say on his future."},
	{"bbc/sport/170 parenthetical",
		"The 66-year-old criticised his 3000 euros (£2,060) punishment even though it was far below the maximum penalty.",
		"The 66-year-old criticised his 3000 euros punishment even though it was far below the maximum penalty."},
	{"bbc/sport/199 parenthetical",
		"The 25-year-old tested positive for a banned substance - which he later denied was cocaine - in October.",
		"The 25-year-old tested positive for a banned substance in October."},
	{"bbc/sport/315 adverb",
		"Gloucester centre Henry Paul has also been cleared to play after overcoming an ankle injury.",
		"Gloucester centre Henry Paul has been cleared to play after overcoming an ankle injury."},
	{"bbc/sport/344 relative",
		"Bourgoin lock Pascal Pape, who has recovered from a sprained ankle, returns to the 22-man squad.",
		"Bourgoin lock Pascal Pape returns to the 22-man squad."},
	{"bbc/sport/373 relative",
		"The 25-year-old Newcastle star takes over from Lawrence Dallaglio, who retired from internationals in August.",
		"The 25-year-old Newcastle star takes over from Lawrence Dallaglio."},
	{"bbc/sport/402 time",
		"Sydney will host a northern versus southern hemisphere charity match in June or July, the Australian Rugby Union (ARU) said on Wednesday.",
		"Sydney will host a northern versus southern hemisphere charity match in June or July, the Australian Rugby Union (ARU) said."},
	{"bbc/sport/431 relative,time",
		"Parmar picked up the injury last week and has failed to recover in time for the Europe/Africa Zone I tie, which begins in Tel Aviv on Friday.",
		"Parmar picked up the injury last week and has failed to recover in time for the Europe/Africa Zone I tie."},
	{"bbc/sport/489 subordinate",
		"After losing in round one last year, Safin said he had \"given up\" on Wimbledon and winning his second Grand Slam title has not changed his mind.",
		"Safin said he had \"given up\" on Wimbledon and winning his second Grand Slam title has not changed his mind."},
	{"bbc/tech/007 adverb",
		"Four other important fixes were also released.",
		"Four other important fixes were released."},
	{"bbc/tech/036 adverb",
		"It may also try to steal online banking passwords or other personal information by tracking users' keystrokes.",
		"It may try to steal online banking passwords or other personal information by tracking users' keystrokes."},
	{"bbc/tech/123 time",
		"The blocking began early on Monday so those outside the US and trying to view the site got a message saying they are not authorised to view it.",
		"The blocking began so those outside the US and trying to view the site got a message saying they are not authorised to view it."},
	{"bbc/tech/152 a speaker keeps their role",
		"While texting has not quite overtaken the old-fashioned phone call, it is heading that way, said Mike Short, chairman of the MDA.",
		"While texting has not quite overtaken the old-fashioned phone call, it is heading that way, said Mike Short, chairman of the MDA."},
	{"bbc/tech/181 with",
		"Mobiles could soon double up as travel cards, with Nokia planning to try out a wireless ticket system on German buses.",
		"Mobiles could soon double up as travel cards."},
	{"bbc/tech/239 parenthetical",
		"The Internet Corporation for Assigned Names and Numbers (Icann) has given preliminary approval to two new addresses - .mobi and .jobs.",
		"The Internet Corporation for Assigned Names and Numbers (Icann) has given preliminary approval to two new addresses."},
	{"bbc/tech/268 participle",
		"The patents include software for a range of practices, including text recognition and database management.",
		"The patents include software for a range of practices."},
	{"bbc/tech/297 adverb",
		"Mr Jobs also unveiled the iPod shuffle, a new music player using cheaper flash memory rather than hard drives, which are used in more expensive iPods.",
		"Mr Jobs unveiled the iPod shuffle, a new music player using cheaper flash memory rather than hard drives, which are used in more expensive iPods."},
	{"bbc/tech/326 parenthetical",
		"Macrovision says its new RipGuard technology will thwart most, but not all, of the current DVD ripping (copying) programs used to pirate DVDs.",
		"Macrovision says its new RipGuard technology will thwart most, but not all, of the current DVD ripping programs used to pirate DVDs."},
	{"bbc/tech/384 with",
		"Asia is set to drive global media growth to 2008 and beyond, with China and India filling the two top spots, analysts have predicted.",
		"Asia is set to drive global media growth to 2008 and beyond, analysts have predicted."},
	// Added with the rules that keep a trim whole (a clause keeps its
	// verb, a phrase ends at its comma) and cut participles set off by
	// commas.
	{"cnnval-089 relative",
		"A cousin of Yassine, who asked not to be named, told CNN that the family was shocked by what had happened.",
		"A cousin of Yassine told CNN that the family was shocked by what had happened."},
	{"cnnval-137 relative",
		"Then days after the tournament, which she won, her father, Richard, told USA Today that as he and Venus walked down the stairs to their seats, people kept calling him the N-word and one man said: \"I wish it was '75; we'd skin you alive.\"",
		"Then days after the tournament, her father, Richard, told USA Today that as he and Venus walked down the stairs to their seats, people kept calling him the N-word and one man said: \"I wish it was '75; we'd skin you alive.\""},
	{"cnnval-286 relative",
		"Compared with our own moon, which is about the same size, Mercury reflects much less light.",
		"Compared with our own moon, Mercury reflects much less light."},
	{"cnnval-296 time",
		"The investigation started Friday, after police learned the two 17-year-olds were missing and were believed to be traveling to Syria.",
		"The investigation started after police learned the two 17-year-olds were missing and were believed to be traveling to Syria."},
	{"cnnval-036 relative",
		"An official with Bangladesh's Foreign Secretary, speaking to CNN on condition of anonymity, said his government lodged a protest with the North Korean ambassador.",
		"An official with Bangladesh's Foreign Secretary said his government lodged a protest with the North Korean ambassador."},
	{"cnnval-074 relative",
		"Tairod Nathan Webster Pugh, accused of making the foiled attempt in January, was indicted by a grand jury on charges of trying to give material support to the terror group and obstruction of justice, the U.S. Justice Department said in a two-count indictment announced Tuesday.",
		"Tairod Nathan Webster Pugh was indicted by a grand jury on charges of trying to give material support to the terror group and obstruction of justice, the U.S. Justice Department said in a two-count indictment announced Tuesday."},
	{"cnnval-156 relative",
		"The minister, known for being a prosperity preacher at his Atlanta-area World Changers Church International, is seeking \"200,000 people committed to sow $300 or more (to) help achieve our goal to purchase the G650 airplane.\"",
		"The minister is seeking \"200,000 people committed to sow $300 or more (to) help achieve our goal to purchase the G650 airplane.\""},
	{"bbc/politics/136 relative,time",
		"UK Foreign Secretary Jack Straw, who will hold talks in Beijing on Thursday, said an EU arms code was more effective than the current ban.",
		"UK Foreign Secretary Jack Straw said an EU arms code was more effective than the current ban."},
	{"bbc/sport/478 subordinate",
		"Despite being absent from the WTA entry list for the tournament, which begins on 17 January, Clijsters would be certain to get a wild card if she requested one.",
		"Clijsters would be certain to get a wild card if she requested one."},
	{"bbc/business/253 a figure keeps its source",
		"According to Labor Department figures, US firms added only 146,000 jobs in January.",
		"According to Labor Department figures, US firms added only 146,000 jobs in January."},
	{"bbc/entertainment/052 subordinate",
		"Returning to his old university, which educates only African American students, Lee discussed the challenges facing black people in the entertainment industry.",
		"Lee discussed the challenges facing black people in the entertainment industry."},
	{"bbc/business/207 a bare name keeps its role",
		"Paul Richards, an analyst at Numis Securities, said the market would be focusing on the slump in music sales rather than the timing of the two albums.",
		"Paul Richards, an analyst at Numis Securities, said the market would be focusing on the slump in music sales rather than the timing of the two albums."},
	{"bbc/politics/359 a bare name keeps its role",
		"But Mr Balls, a prospective Labour MP, said he was confident the chancellor would meet his fiscal rules.",
		"But Mr Balls, a prospective Labour MP, said he was confident the chancellor would meet his fiscal rules."},
	{"bbc/tech/161 relative",
		"MP3 jackets, based on the idea that electrically conductive fabric can connect to keyboard sewn into sleeves, have already appeared in shops.",
		"MP3 jackets have already appeared in shops."},
	{"bbc/entertainment/063 relative",
		"The film, directed by Jean-Pierre Jeunet, received best actress, picture and director nominations.",
		"The film received best actress, picture and director nominations."},
	{"bbc/sport/151 relative",
		"Owen, starting his third successive La Liga match, converted a low cross from Santiago Solari.",
		"Owen converted a low cross from Santiago Solari."},
	{"bbc/business/040 relative",
		"The firm, reporting its first annual results since listing on the London Stock Exchange in June, said the UK market had seen sales growth of 8% last year.",
		"The firm said the UK market had seen sales growth of 8% last year."},
	{"bbc/politics/173 relative",
		"Judge Lord Cullen, sitting with Lord Osborne and Lord Hamilton, ruled that alleged human rights breaches involving degrading treatment should be dealt with on the normal civil standard.",
		"Judge Lord Cullen ruled that alleged human rights breaches involving degrading treatment should be dealt with on the normal civil standard."},
}

// keptCases must come back as they are, or as written: what the rules
// must not touch.
var keptCases = []struct {
	name     string
	in, want string
	opt      Options
}{
	{"allegation keeps its source", "The man shot his wife twice, police said.", "The man shot his wife twice, police said.", Options{Target: 14}},
	{"a quotation keeps its speaker", `"We will not cut (any) jobs," the company said on Monday.`, `"We will not cut (any) jobs," the company said.`, Options{Target: 14}},
	{"a person's claim keeps its speaker", "Profits will double next year, Smith said.", "Profits will double next year, Smith said.", Options{People: []string{"John Smith"}, Target: 14}},
	{"an organisation's report loses its tail", "Two workers were injured in the blast at the plant, Acme Chemicals said.", "Two workers were injured in the blast at the plant.", Options{Organizations: []string{"Acme Chemicals"}, Target: 14}},
	{"an unknown name keeps its tail", "Two workers were injured in the blast at the plant, Acme said.", "Two workers were injured in the blast at the plant, Acme said.", Options{Target: 14}},
	{"a prediction keeps its source", "Asia is set to drive global media growth to 2008 and beyond, with China and India filling the two top spots, analysts have predicted.", "Asia is set to drive global media growth to 2008 and beyond, analysts have predicted.", Options{Target: 14}},
	{"a fragment is left alone", "Sold at auction in London for $5 million, the painting by the Dutch master.", "Sold at auction in London for $5 million, the painting by the Dutch master.", Options{Target: 8}},
	{"a concession keeps its answer", "Lindsey Vonn may have missed out on gold at last month's world championships, but the American skier has set her sights on end-of-season glory after claiming a record-extending 65th World Cup win on Sunday.", "Lindsey Vonn may have missed out on gold at last month's world championships, but the American skier has set her sights on end-of-season glory after claiming a record-extending 65th World Cup win on Sunday.", Options{Target: 14}},
	{"a contrast stays", "The bank raised rates in May, but most economists expected it to wait until the summer.", "The bank raised rates in May, but most economists expected it to wait until the summer.", Options{Target: 8}},
	{"a further fact may go", "The bank raised rates in May, and most economists expect it to raise them again in the summer.", "The bank raised rates in May.", Options{Target: 8}},
	{"a list after a colon stays whole", "Three of the schools are in Los Angeles' Koreatown neighborhood: Prodee University/Neo-America Language School; Walter Jay M.D. Institute, an Educational Center (WJMD); and the American College of Forensic Studies (ACFS), authorities said.", "Three of the schools are in Los Angeles' Koreatown neighborhood: Prodee University/Neo-America Language School; Walter Jay M.D. Institute, an Educational Center (WJMD); and the American College of Forensic Studies (ACFS).", Options{Target: 14}},
	{"no cut ends on a conjunction", "The report tracks the number of chapters or groups, not individual members, so while the number of groups is on the decline, it's possible that some of the groups that remain have increased membership.", "The report tracks the number of chapters or groups, not individual members.", Options{Target: 16, Truncate: true}},
	{"a day in a date stays", "The ceremony takes place at the historic Public Hall on Saturday, April 18.", "The ceremony takes place at the historic Public Hall on Saturday, April 18.", Options{Target: 14}},
	{"a span of days stays", "The 13-year-old boy has been missing from his home in Newtown since Wednesday.", "The 13-year-old boy has been missing from his home in Newtown since Wednesday.", Options{Target: 14}},
	{"a condition stays", "If talks fail this week, the strike by train drivers will go ahead across the whole network.", "If talks fail this week, the strike by train drivers will go ahead across the whole network.", Options{Target: 10}},
	{"an acronym in brackets stays", "Militants of the Islamic State of Iraq and Syria (ISIS) seized the town of Tal Abyad.", "Militants of the Islamic State of Iraq and Syria (ISIS) seized the town of Tal Abyad.", Options{Target: 14}},
	// cnnval-080: an opening "While ..." clause is no sentence without the main clause after its comma
	{"an opening clause keeps its main clause", "While Netanyahu's insistence on Israel's continued ruling over millions of Palestinians is expressed in aggressive, often religious and nationalistic language, Herzog's justifications for doing the same thing would sound much softer and easier to digest in the Western world.", "While Netanyahu's insistence on Israel's continued ruling over millions of Palestinians is expressed in aggressive, often religious and nationalistic language, Herzog's justifications for doing the same thing would sound much softer and easier to digest in the Western world.", Options{Target: 14, Truncate: true}},
	{"an opening clause goes, the main clause is cut after its verb", "When the storm hit the coast on Monday, rescuers pulled 40 people from the water near the harbour in the town of Eastport.", "Rescuers pulled 40 people from the water near the harbour.", Options{Target: 12, Truncate: true}},
	// cnnval-208: an opening phrase that holds a clause
	{"an opening phrase keeps its main clause", "With the caveat that only one city per country could be assessed, PwC set out ranking locations in terms of infrastructure, human capital, economics and society and demographics.", "With the caveat that only one city per country could be assessed, PwC set out ranking locations in terms of infrastructure, human capital, economics and society and demographics.", Options{Target: 12, Truncate: true}},
	// cnnval-293: a list of scores is one phrase
	{"a list of scores stays whole", "The Serbian pair took less than two hours to defeat Franko Skugor and Marin Draganja 6-3, 6-4, 6-1, securing an unassailable 3-0 aggregate lead in the best of five tie after singles wins for Djokovic and Troicki over their Croatian opponents Friday.", "The Serbian pair took less than two hours to defeat Franko Skugor and Marin Draganja 6-3, 6-4, 6-1.", Options{Target: 14, Truncate: true}},
	// bbc/politics/017: "after Japan, one of ..., finally signed up" is a clause whose verb follows the appositive
	{"a subordinate clause keeps its verb past an appositive", "The deal is thought to have been hammered out on Thursday night after Japan, one of the biggest creditor nations, finally signed up to it.", "The deal is thought to have been hammered out.", Options{Target: 14, Truncate: true}},
	{"a phrase before an appositive may end", "The striker scored twice in the final against Livingston, a side he left in the summer.", "The striker scored twice in the final against Livingston.", Options{Target: 10, Truncate: true}},
	// The last resort's cuts, read over every dev story: each took the only figure the sentence reported
	// bbc/business/021
	{"the last resort keeps the only figure", "Advisors Goldman Sachs are understood to have valued its demerged Deluxe Film unit at £300m.", "Advisors Goldman Sachs are understood to have valued its demerged Deluxe Film unit at £300m.", Options{Target: 8, Truncate: true}},
	// bbc/business/346
	{"the last resort keeps a death toll", "Insurers have sought to calm fears that they face huge losses after an earthquake and giant waves killed at least 38,000 people in southern Asia.", "Insurers have sought to calm fears that they face huge losses after an earthquake and giant waves killed at least 38,000 people in southern Asia.", Options{Target: 10, Truncate: true}},
	// bbc/business/079
	{"the last resort keeps a share", "Internet auctions were the second biggest source of fraud complaints, comprising 16% of the total.", "Internet auctions were the second biggest source of fraud complaints, comprising 16% of the total.", Options{Target: 10, Truncate: true}},
	// bbc/entertainment/238: an event's date is a figure too
	{"the last resort keeps an event's date", "Portishead will play alongside fellow Bristol band Massive Attack at Oxfam's Tsunami appeal, held at the Bristol Academy on 19 February.", "Portishead will play alongside fellow Bristol band Massive Attack at Oxfam's Tsunami appeal, held at the Bristol Academy on 19 February.", Options{Target: 12, Truncate: true}},
	// bbc/business/056: a second figure may go, the first kept
	{"the last resort may take a second figure", "BMW sold nearly 95,000 cars in Asia last year, up 2.6% on 2003.", "BMW sold nearly 95,000 cars in Asia last year.", Options{Target: 8, Truncate: true}},
	// cnnval-054 (seed-2468 read): "Today, 20 years after it came into force." had been a key point and the teaser
	{"no cut takes the main clause after a subordinate one", "Today, 20 years after it came into force, with more than 26 states now participating, Schengen has completely altered the experience of traversing Europe.", "Today, 20 years after it came into force, with more than 26 states now participating, Schengen has completely altered the experience of traversing Europe.", Options{Target: 8, Truncate: true}},
	{"an age stays", "Cayman Naib, 13, has not been heard from since he left home on foot.", "Cayman Naib, 13, has not been heard from since he left home on foot.", Options{Target: 14}},
	{"a name with a dash stays", "The classic film is to be turned into a musical by the producer of the hit show Jerry Springer - The Opera.", "The classic film is to be turned into a musical by the producer of the hit show Jerry Springer - The Opera.", Options{Target: 14}},
	{"a closing clause after a dash stays", "We may not know when they will be released or what they will be called, but one thing is certain - they are coming.", "We may not know when they will be released or what they will be called, but one thing is certain - they are coming.", Options{}},
	{"the last resort keeps the main clause", "The National Weather Service warned that another 5 inches of rain could fall by Thursday across the valley.", "The National Weather Service warned that another 5 inches of rain could fall by Thursday.", Options{Target: 12, Truncate: true}},
	{"no pronoun is left without its clause", "While texting has not quite overtaken the old-fashioned phone call, it is heading that way.", "While texting has not quite overtaken the old-fashioned phone call, it is heading that way.", Options{Target: 8}},
	// bbc/tech/074, bbc/business/191, bbc/business/098: a verb's clause
	// is what it says ("will mean.", "asked to decide.", "had said.")
	{"a verb keeps its clause", "The report says that the country's culture will mean that Chinese people will use the net for very different ends than in many other nations.", "The report says that the country's culture will mean that Chinese people will use the net for very different ends than in many other nations.", Options{Target: 9, Truncate: true}},
	{"a condition is no clause of time", "The FDA has been asked to decide if the benefits to patients justify the increased risks.", "The FDA has been asked to decide if the benefits to patients justify the increased risks.", Options{Target: 9, Truncate: true}},
	{"a report keeps what it said", "In September, the IMF had said that German growth for the current year would be 1.8%.", "In September, the IMF had said that German growth for the current year would be 1.8%.", Options{Target: 9, Truncate: true}},
	// bbc/tech/101: "to ensure that the pages." lost the clause's verb
	{"a clause keeps its verb", "On 21 October, the George W Bush website began using the services of a company called Akamai to ensure that the pages, videos and other content on its site reaches visitors.", "On 21 October, the George W Bush website began using the services of a company called Akamai to ensure that the pages, videos and other content on its site reaches visitors.", Options{Target: 9, Truncate: true}},
	// cnnval-080: the tagger reads "that" before a name as a determiner
	{"a that-clause keeps its verb after a name", "Many observers in Europe and the United States seem to be under the impression that during Netanyahu's time in power, Israel was hijacked by right wing zealots -- and that Herzog, leader of the Zionist Union opposition party, is the man who will save the country and return it to the path of sanity.", "Many observers in Europe and the United States seem to be under the impression that during Netanyahu's time in power, Israel was hijacked by right wing zealots -- and that Herzog is the man who will save the country and return it to the path of sanity.", Options{Target: 9, Truncate: true}},
	// bbc/sport/335, bbc/business/136: a count keeps its span
	{"a count keeps its span", "Italy have only recorded three wins since they joined the Six Nations in 2000, but two of those have come against Scotland.", "Italy have only recorded three wins since they joined the Six Nations, but two of those have come against Scotland.", Options{Target: 9, Truncate: true}},
	{"a total keeps its span", "More than 90,000 businesses in all, from massive corporations to tiny shopfronts, have been sold off since 1992, as the command economy built up when Ukraine was part of the Soviet Union was dismantled.", "More than 90,000 businesses in all, from massive corporations to tiny shopfronts, have been sold off since 1992.", Options{Target: 9, Truncate: true}},
	// The last resort leaves no word without what it needs (found on
	// dev key points and descriptions, and in the list of every dev
	// story's tail cuts): a verb its complement, a noun its argument, a
	// gerund its subject.
	{"bbc/tech/169 an interrupted phrase carries on", "Fans of robotic gastropods should note the title refers, instead, to the vast array of vehicles on offer in a game stuffed with bizarre hardware.", "Fans of robotic gastropods should note the title refers, instead, to the vast array of vehicles on offer in a game stuffed with bizarre hardware.", Options{Target: 12, Truncate: true}},
	{"bbc/sport/500 an infinitive keeps its complement", "Tim Henman, who made his Davis Cup debut in 1994, is now set to fully focus on the ATP Tour and on winning his first Grand Slam event.", "Tim Henman, who made his Davis Cup debut in 1994, is now set to fully focus on the ATP Tour and on winning his first Grand Slam event.", Options{Target: 12, Truncate: true}},
	{"cnnval-030 a verb of coming keeps where from", "The first sign that something was wrong with flight MH370 came after plane failed to check in with Vietnamese Air Traffic Controllers after leaving Malaysian airspace.", "The first sign that something was wrong with flight MH370 came after plane failed to check in with Vietnamese Air Traffic Controllers.", Options{Target: 12, Truncate: true}},
	{"bbc/business/312 a verb of going keeps its preposition", "Parmalat has not identified which banks it has gone after this time.", "Parmalat has not identified which banks it has gone after this time.", Options{Target: 8, Truncate: true}},
	{"bbc/business/166 a verb of going keeps where to", "Jeremy de Souza, a spokesman for Crossrail, said he could not confirm whether the Treasury was planning to invest £7.5bn or when the bill would go before Parliament.", "Jeremy de Souza, a spokesman for Crossrail, said he could not confirm whether the Treasury was planning to invest £7.5bn or when the bill would go before Parliament.", Options{Target: 12, Truncate: true}},
	{"bbc/business/050 a noun keeps its argument", "Nestle's profits margins were helped by a strong performance in the Americas and China.", "Nestle's profits margins were helped by a strong performance in the Americas and China.", Options{Target: 8, Truncate: true}},
	{"bbc/entertainment/148 a decline keeps what declined", "Music piracy costs the UK music industry millions every year and has been blamed for a decline in world-wide CD sales.", "Music piracy costs the UK music industry millions every year and has been blamed for a decline in world-wide CD sales.", Options{Target: 12, Truncate: true}},
	{"bbc/sport/118 a possessive's place keeps where", "Rick Parry is searching for an investment package of a size and stature that will restore Liverpool to their place at European football's top table.", "Rick Parry is searching for an investment package of a size and stature that will restore Liverpool to their place at European football's top table.", Options{Target: 12, Truncate: true}},
	{"bbc/sport/355 a gerund keeps its subject", "With Williams initially thought to be struggling, the signs pointed towards Wales coach Mike Ruddock handing a first cap to former Wales Under-21 skipper Richie Pugh.", "With Williams initially thought to be struggling, the signs pointed towards Wales coach Mike Ruddock handing a first cap to former Wales Under-21 skipper Richie Pugh.", Options{Target: 12, Truncate: true}},
	{"bbc/entertainment/216 a phrase of time may leave its verb", "The two main television channels, BBC1 and ITV1, have both seen their monthly audience share decline in a year on year comparison for January.", "The two main television channels, BBC1 and ITV1, have both seen their monthly audience share decline.", Options{Target: 12, Truncate: true}},
	{"bbc/sport/332 a passive may lose its reason", "France coach Bernard Laporte said Harinordoquy had been axed after a poor display last weekend.", "France coach Bernard Laporte said Harinordoquy had been axed.", Options{Target: 8, Truncate: true}},
	{"bbc/sport/027 a verb with its object may lose its time", "The accolade is the latest in a long list of awards that Holmes has received since her success in Athens.", "The accolade is the latest in a long list of awards that Holmes has received.", Options{Target: 12, Truncate: true}},
	{"bbc/sport/491 a particle stays with its verb", "Roddick holds serve to force Nadal to serve for the match but the American surely cannot turn things around now.", "Roddick holds serve to force Nadal to serve for the match but the American surely cannot turn things around now.", Options{Target: 12, Truncate: true}},
	{"bbc/sport/058 a determiner keeps its noun", "Katherine Endacott battled hard to take second and dip under the European qualifying mark.", "Katherine Endacott battled hard to take second and dip under the European qualifying mark.", Options{Target: 8, Truncate: true}},
	{"bbc/politics/257 ever keeps its since", "Relations between Mr Brown and Mr Milburn are widely reported to be cool ever since Mr Blair brought the latter back into the Cabinet to run Labour's election campaign, a role successfully carried out by Mr Brown in both 1997 and 2001.", "Relations between Mr Brown and Mr Milburn are widely reported to be cool ever since Mr Blair brought the latter back into the Cabinet to run Labour's election campaign.", Options{Target: 12, Truncate: true}},
	{"bbc/sport/179 a preposition before an adverb has its object", "BLACKBURN ROVERS against Bolton is part two of an East Lancashire hotpot that didn't turn out to be that spicy when first staged on a Sunday lunchtime the weekend before last, and resulted in a scrappy goalless draw. - Rovers, who are aiming to win the Cup for a seventh time in their history and first time in 77 years, face another replay against Championship opposition after eventually disposing of Cardiff at Ewood Park in the third round.", "BLACKBURN ROVERS against Bolton is part two of an East Lancashire hotpot that didn't turn out to be that spicy when first staged on a Sunday lunchtime the weekend before last, and resulted in a scrappy goalless draw. - Rovers, who are aiming to win the Cup for a seventh time in their history and first time in 77 years, face another replay against Championship opposition.", Options{Target: 12, Truncate: true}},
	{"bbc/business/293 a gerund's subject after to", "Mr Glazer hopes this will lead to a formal bid being accepted.", "Mr Glazer hopes this will lead to a formal bid being accepted.", Options{Target: 8, Truncate: true}},
	{"bbc/business/310 the same keeps what it is the same as", "Revenues increased 11% to $3.1bn, from $2.8bn for the same period in 2003.", "Revenues increased 11% to $3.1bn, from $2.8bn for the same period in 2003.", Options{Target: 10, Truncate: true}},
	{"bbc/business/373 a look keeps what it is at", "Analysts believe other sporting goods companies may now take a closer look at Rossignol.", "Analysts believe other sporting goods companies may now take a closer look at Rossignol.", Options{Target: 8, Truncate: true}},
	// cnnval-118: an age is no scene-setting time
	{"an age stays", "At a week old, doctors amputated his dead forearm and hand.", "At a week old, doctors amputated his dead forearm and hand.", Options{Target: 6, Truncate: true}},
	// cnnval-136: "born March 10." lost its year
	{"a date stays whole", "The actor, martial-arts star and world's favorite tough-guy joke subject was born March 10, 1940, which makes him 75 today.", "The actor, martial-arts star and world's favorite tough-guy joke subject was born March 10, 1940.", Options{Target: 9, Truncate: true}},
	// Found reading a second fresh sample (seed 303):
	// bbc/politics/004 "rotated between Blackpool."; bbc/tech/225 "than
	// they are in screen size shows a study"; bbc/tech/364
	{"a list keeps its items", "For years the main political parties have rotated between Blackpool, Bournemouth and Brighton.", "For years the main political parties have rotated between Blackpool, Bournemouth and Brighton.", Options{Target: 9, Truncate: true}},
	{"a list with or is no appositive", "Consumers are far more interested in how handsets fit in with their lifestyle than they are in screen size, onboard memory or the chip inside, shows an in-depth study by telecommunications company Ericsson.", "Consumers are far more interested in how handsets fit in with their lifestyle than they are in screen size, onboard memory or the chip inside, shows an in-depth study by telecommunications company Ericsson.", Options{Target: 9, Truncate: true}},
	{"a list keeps its last item", "Audiences are in the 10s, 100s, and 1,000s rather than millions.", "Audiences are in the 10s, 100s, and 1,000s rather than millions.", Options{Target: 6, Truncate: true}},
	// cnnval-253: a person at an institution is a person
	{"a headmaster's identification keeps its source", "The boy in the video is Emwazi, his former headmaster at Quintin Kynaston Community Academy told CNN.", "The boy in the video is Emwazi, his former headmaster at Quintin Kynaston Community Academy told CNN.", Options{Target: 6, Truncate: true, Organizations: []string{"Quintin Kynaston Community Academy"}}},
	// cnnval-041: "his office" is an institution
	{"an office's statement goes", "Pakistani Prime Minister Nawaz Sharif, whose government held unsuccessful peace talks with the TTP last year, strongly condemned Sunday's attack, according to a statement from his office.", "Pakistani Prime Minister Nawaz Sharif strongly condemned Sunday's attack.", Options{Target: 14}},
	// cnnval-007: a short opener's date is when the show is; a day keeps its date
	{"a dated opener stays", "Slated for March 14, tickets will go on sale Monday, March 9 at 10 a.m. local time.", "Slated for March 14, tickets will go on sale Monday, March 9.", Options{Target: 9, Truncate: true}},
	// cnnval-066: the contrast is the news
	{"the last resort keeps a contrast", "The England striker was surplus to requirements at Louis van Gaal's United, but was quick to capitalize on a mistake by Antonio Valencia to grab the winner just after the hour mark.", "The England striker was surplus to requirements, but was quick to capitalize on a mistake by Antonio Valencia to grab the winner just after the hour mark.", Options{Target: 9, Truncate: true}},
	// cnnval-000: "..., but when Zully Broussard decided to give one of her kidneys to a stranger."
	{"a contrast keeps its main clause", "That may sound like an esoteric adage, but when Zully Broussard selflessly decided to give one of her kidneys to a stranger, her generosity paired up with big data.", "That may sound like an esoteric adage, but when Zully Broussard selflessly decided to give one of her kidneys to a stranger, her generosity paired up with big data.", Options{Target: 9, Truncate: true}},
	// cnnval-072: "focuses its efforts." needs its "on"
	{"a verb keeps its on", "The rally was put on by a grassroots movement that focuses its efforts on two major issues: a two-state solution and a reduction in the cost of living.", "The rally was put on by a grassroots movement that focuses its efforts on two major issues: a two-state solution and a reduction in the cost of living.", Options{Target: 9, Truncate: true}},
	// bbc/politics/360: "... and, amongst other things."
	{"a conjunction keeps what it joins", "The Liberal Democrats will also promise to run a sound economy, but based on increased taxes to fund spending and, amongst other things, abolishing the council tax in favour of a local income tax.", "The Liberal Democrats will promise to run a sound economy, but based on increased taxes to fund spending and, amongst other things, abolishing the council tax in favour of a local income tax.", Options{Target: 14}},
	// bbc/politics/267: "... produce some surprises - even."
	{"no cut ends on an adverb that needs more", "But there is undoubtedly a sense that the next general election may indeed produce some surprises - even while most still believe it is Labour's for the taking.", "But there is undoubtedly a sense that the next general election may indeed produce some surprises - even while most still believe it is Labour's for the taking.", Options{Target: 9, Truncate: true}},
	// bbc/business/165
	{"the last resort keeps a clause whole", "However, President Bush is expected to point to Commerce Department figures showing that consumer spending grew at 4.6% in the third quarter, up from just 1.6% in the second, as evidence that his policies are generating solid growth.", "However, President Bush is expected to point to Commerce Department figures showing that consumer spending grew at 4.6% in the third quarter.", Options{Target: 9, Truncate: true}},
	// bbc/business/501: "... and insisted."
	{"a scene-setting opener goes, the verb's clause stays", "Speaking in Buenos Aires, Mr De Vido later denied the possibility of any tariff increase and insisted that the annual investment in water infrastructure was at the centre of the discussions.", "Mr De Vido later denied the possibility of any tariff increase and insisted that the annual investment in water infrastructure was at the centre of the discussions.", Options{Target: 9, Truncate: true}},
	// bbc/politics/136: "Jack Straw, who will hold talks in Beijing." has no verb of its own
	{"the main verb is not the relative clause's", "UK Foreign Secretary Jack Straw, who will hold talks in Beijing on Thursday, said an EU arms code was more effective than the current ban.", "UK Foreign Secretary Jack Straw said an EU arms code was more effective than the current ban.", Options{Target: 9, Truncate: true}},
	// bbc/politics/218: "Brown's Britain, Mr Blair went back ..."
	{"a book's account keeps its source", "According to a new book, Brown's Britain, Mr Blair went back on a pledge to make way for Mr Brown after Cabinet allies intervened in June 2004.", "According to a new book, Brown's Britain, Mr Blair went back on a pledge to make way for Mr Brown after Cabinet allies intervened in June 2004.", Options{Target: 14}},
	// cnnval-187: "Schumer did her one better": who is "her"?
	{"an opening clause keeps the pronoun's antecedent", "When a reporter once casually asked him to name all 62 counties of New York state, Schumer did her one better, and hand-sketched a map of the state with all the counties filled in.", "When a reporter once casually asked him to name all 62 counties of New York state, Schumer did her one better, and hand-sketched a map of the state with all the counties filled in.", Options{Target: 14}},
	// cnnval-080: "cast aside, ignored, covered up or denied" is a list
	{"a list of participles stays", "All of these critical issues have been cast aside, ignored, covered up or denied by a country that has busied itself with the important business of recycled bottles at the prime minister's residence.", "All of these critical issues have been cast aside, ignored, covered up or denied by a country that has busied itself with the important business of recycled bottles at the prime minister's residence.", Options{Target: 14}},
	// bbc/business/172: the tagger reads "forecasts" as a noun
	{"a forecast keeps its source", "The global economy will slow in 2005, the UNECE forecasts, due to widespread weakness in consumer demand.", "The global economy will slow in 2005, the UNECE forecasts, due to widespread weakness in consumer demand.", Options{Target: 9, Truncate: true}},
	// Found reading a fresh sample (seed 2811): a bare name keeps the
	// appositive that says who they are (cnnval-239, cnnval-203,
	// cnnval-041), a long one less its place; a title already says it
	// (cnnval-226).
	{"a bare name keeps its role, less its place", "Christina Lee, an expert on Anglo-Saxon society from the School of English at the University of Nottingham, translated the ancient manuscript despite some ambiguities in the text.", "Christina Lee, an expert on Anglo-Saxon society, translated the ancient manuscript despite some ambiguities in the text.", Options{Target: 14}},
	{"a bare name keeps a short role", "But Beauton Gilbow, the fraternity's house mother, insists she's not racist.", "But Beauton Gilbow, the fraternity's house mother, insists she's not racist.", Options{Target: 6, Truncate: true}},
	{"a closing speaker keeps their role", "The explosions, which struck the Nishtar Colony area in the city of Lahore, wounded at least 78 people, said Dr. Muhammed Saeed Sohbin, medical superintendent at Lahore General Hospital.", "The explosions wounded at least 78 people, said Dr. Muhammed Saeed Sohbin, medical superintendent at Lahore General Hospital.", Options{Target: 14}},
	{"a title says who they are", "Explosions and gunfire were still going on an hour later, said Col. Mahad Abdi, a Somali police officer.", "Explosions and gunfire were still going on an hour later, said Col. Mahad Abdi.", Options{Target: 14}},
	// cnnval-260: "John Urschel already has a lot on his plate." lost who he is
	{"an opening capacity stays", "As an offensive guard for the Baltimore Ravens, John Urschel already has a lot on his plate.", "As an offensive guard for the Baltimore Ravens, John Urschel already has a lot on his plate.", Options{Target: 6, Truncate: true}},
	// bbc/tech/317: "has sold more than 800,000 units." is not what was said
	{"a figure keeps its place", "Sony has billed the machine as the Walkman of the 21st Century and has sold more than 800,000 units in Japan.", "Sony has billed the machine as the Walkman of the 21st Century and has sold more than 800,000 units in Japan.", Options{Target: 9, Truncate: true}},
	// bbc/tech/216: "through cable, satellite, telecoms companies." lost its last item
	{"a list of short items keeps its last", "With the US leading the trend, programmes and other content will be delivered to viewers via home networks, through cable, satellite, telecoms companies, and broadband service providers to front rooms and portable devices.", "With the US leading the trend, programmes and other content will be delivered to viewers via home networks, through cable, satellite, telecoms companies, and broadband service providers to front rooms and portable devices.", Options{Target: 9, Truncate: true}},
	// cnnval-041: the last resort cut from inside a relative clause cut
	// already, and took the main verb: "The explosions, said Dr. ..."
	{"the last resort starts at a kept word", "The explosions, which struck the Nishtar Colony area in the city of Lahore, wounded at least 78 people, said Dr. Muhammed Saeed Sohbin, medical superintendent at Lahore General Hospital.", "The explosions wounded at least 78 people, said Dr. Muhammed Saeed Sohbin, medical superintendent at Lahore General Hospital.", Options{Target: 9, Truncate: true}},
	// bbc/sport/389 (a scan of all key points): "Dallaglio, said:" kept the clause's closing comma
	{"a verb that opens a quotation is the sentence's", "But Dallaglio, who called time on England earlier this year, said: \"I assure you I wouldn't let anyone down.\"", "But Dallaglio said: \"I assure you I wouldn't let anyone down.\"", Options{Target: 14}},
	// bbc/tech/285 (a scan of all key points): "faced by many different, and conflicting, experts warned."
	{"adjectives keep their noun", "The move could mean more confusion for consumers already faced by many different, and conflicting, content control systems, experts warned.", "The move could mean more confusion for consumers already faced by many different, and conflicting, content control systems, experts warned.", Options{Target: 9, Truncate: true}},
	// A scan of every key point of both sets: bbc/politics (Law Lords) and
	// bbc/tech (games conference) kept the attribution and lost the news;
	// "cultivated an online." and "come at a time." lost their nouns' ends.
	{"a gerund subject is no opening clause", "Detaining foreign terrorist suspects without trial breaks human rights laws, the UK's highest court has ruled.", "Detaining foreign terrorist suspects without trial breaks human rights laws, the UK's highest court has ruled.", Options{Target: 6, Truncate: true}},
	{"a gerund subject keeps its verb", "Making games for future consoles will require more graphic artists and more money, an industry conference has been told.", "Making games for future consoles will require more graphic artists and more money, an industry conference has been told.", Options{Target: 6, Truncate: true}},
	{"a noun in -ing is no participle", "The game instantly cultivated an online following, which continues today with a score of Halo fan websites following every aspect of the sequel, Halo 2.", "The game instantly cultivated an online following, which continues today with a score of Halo fan websites.", Options{Target: 9, Truncate: true}},
	{"a time keeps the clause that says which", "Radcliffe's comments come at a time when several American sports stars are under suspicion of steroid use.", "Radcliffe's comments come at a time when several American sports stars are under suspicion of steroid use.", Options{Target: 6, Truncate: true}},
	{"a participle's relative clause is not its verb", "Returning to his old university, which educates only African American students, Lee discussed the challenges facing black people in the entertainment industry.", "Lee discussed the challenges facing black people in the entertainment industry.", Options{Target: 14}},
	// More from the scan of every key point: a verb left without what it
	// needs, an opening clause left without its main clause.
	// cnnval-120
	{"a copula keeps its complement", "But the conversation about race and representation isn't, and shouldn't be, absolutist based on content; context is just as important  --  perhaps more so.", "But the conversation about race and representation isn't, and shouldn't be, absolutist based on content.", Options{Target: 6, Truncate: true}},
	// cnnval-299
	{"a What clause keeps its verb", "What might be more surprising to learn, though, is that air pollution is bad for the health of an unborn child, long before his or her lungs ever take their first breath.", "What might be more surprising to learn, though, is that air pollution is bad for the health of an unborn child, long before his or her lungs ever take their first breath.", Options{Target: 6, Truncate: true}},
	// bbc/tech/164
	{"a copula before an aside keeps its complement", "Any organisation that processes personal data is, of course, bound by the Data Protection Act and must take proper care of it.", "Any organisation that processes personal data is, of course, bound by the Data Protection Act and must take proper care of it.", Options{Target: 6, Truncate: true}},
	// bbc/politics/088
	{"asking someone keeps what they are asked", "The Lib Dems are asking the watchdog overseeing the rules to stop the calls.", "The Lib Dems are asking the watchdog overseeing the rules to stop the calls.", Options{Target: 6, Truncate: true}},
	// bbc/tech/251
	{"urging someone keeps what they are urged", "The RNID is urging telecoms regulator, Ofcom, to reduce the cost of the service from the current £7.00 per minute and make it the same as ordinary phone calls.", "The RNID is urging telecoms regulator, Ofcom, to reduce the cost of the service from the current £7.00 per minute and make it the same as ordinary phone calls.", Options{Target: 6, Truncate: true}},
	// bbc/business/287
	{"an opening clause after And keeps its main clause", "And when it comes to longevity, Japan, as a country, appears to be doing just that.", "And when it comes to longevity, Japan, as a country, appears to be doing just that.", Options{Target: 6, Truncate: true}},
	// cnnval-206: "The talks had hit a snag." lost the contrast that is the news
	{"a closing clause ends at a contrast", "The talks had hit a snag on Saturday, with diplomats describing Iran as refusing to budge, but as the French, German and Chinese foreign ministers arrived, the mood seemed more optimistic.", "The talks had hit a snag, but as the French, German and Chinese foreign ministers arrived, the mood seemed more optimistic.", Options{Target: 9, Truncate: true}},
	// bbc/politics/260 (a random 50 of all trimmed key points): "Alan Milburn, the man controversially put."
	{"a role's verb keeps its complement", "Mr Brown was joined at the launch by John Prescott and Alan Milburn, the man controversially put in charge of election planning by Mr Blair.", "Mr Brown was joined at the launch by John Prescott and Alan Milburn, the man controversially put in charge of election planning by Mr Blair.", Options{Target: 14}},
	// bbc/business/115 (all key points): "Cheap copies of its drugs, ..., but global sales were up 1% in 2004."
	{"a clause before a contrast keeps its verb", "Cheap copies of its drugs, particularly anti-depressants Paxil and Wellbutrin, and a weak dollar had hit profits, but global sales were up 1% in 2004.", "Cheap copies of its drugs, particularly anti-depressants Paxil and Wellbutrin, and a weak dollar had hit profits, but global sales were up 1% in 2004.", Options{Target: 9, Truncate: true}},
	// A third random 50 of all trimmed key points: a subject's relative
	// clause is not the main clause (cnnval-074), a rank keeps what it
	// ranks among (bbc/sport/312).
	{"a subject's relative clause keeps the main verb", "A U.S. Air Force veteran who allegedly tried to join ISIS in Syria but was turned back by Turkish authorities before he could get to the war-torn country entered a not guilty plea to terror-related charges Wednesday in a federal court in New York.", "A U.S. Air Force veteran who allegedly tried to join ISIS in Syria but was turned back by Turkish authorities before he could get to the war-torn country entered a not guilty plea to terror-related charges in a federal court in New York.", Options{Target: 14, Truncate: true}},
	{"a rank keeps what it ranks among", "Wales secured their first away win in the RBS Six Nations for nearly four years with a six-try victory in Rome.", "Wales secured their first away win in the RBS Six Nations for nearly four years with a six-try victory.", Options{Target: 9, Truncate: true}},
	// bbc/sport/179: "on a Sunday lunchtime the weekend." lost "before last"
	{"the weekend before last is one time", "Blackburn Rovers against Bolton is part two of an East Lancashire hotpot that didn't turn out to be that spicy when first staged on a Sunday lunchtime the weekend before last, and resulted in a scrappy goalless draw.", "Blackburn Rovers against Bolton is part two of an East Lancashire hotpot that didn't turn out to be that spicy when first staged on a Sunday lunchtime the weekend before last, and resulted in a scrappy goalless draw.", Options{Target: 9, Truncate: true}},
	// The fresh seed-5150 read: cnnval-185 lost who the speaker is to the
	// last resort; bbc/business/406 lost whose sales they were.
	{"the last resort keeps a bare name's role", "\"We came to express our support and to fight this danger that's threatening our society and our stability,\" said Rafik Abdessalem, Tunisia's former foreign minister, who was among the crowd.", "\"We came to express our support and to fight this danger that's threatening our society and our stability,\" said Rafik Abdessalem, Tunisia's former foreign minister.", Options{Target: 9, Truncate: true}},
	{"a named speaker's frame stays", "Upscale department store Nordstrom said same store sales were 9.3% higher than during the same period last year.", "Upscale department store Nordstrom said same store sales were 9.3% higher than during the same period last year.", Options{Target: 9, Truncate: true}},
	// cnnval-295 (seed-5150 read): "The Russian President attended a large concert."
	{"the last resort leaves no stub", "The Russian President attended a large concert in Moscow's Red Square on Wednesday to commemorate the first anniversary of his country's annexation of the Ukrainian territory of Crimea, an act condemned by many in the international community as illegal.", "The Russian President attended a large concert in Moscow's Red Square to commemorate the first anniversary of his country's annexation of the Ukrainian territory of Crimea.", Options{Target: 6, Truncate: true}},
	// cnnval-157 (seed-5150 read): a connective's aside in an inverted sentence
	{"an aside before an inverted verb goes", "Only recently, however, did Frayer identify the cut marks and notches on the 130,000-year-old bones as ones modified by humans.", "Only recently did Frayer identify the cut marks and notches on the 130,000-year-old bones as ones modified by humans.", Options{Target: 14}},
	// bbc/sport/495 (short trimmed key points): "Two more followed at Wimbledon and the US Open."
	{"a count on keeps what it counts from", "After Anastasia Myskina became the first Russian woman to win a Grand Slam at the French Open, two more followed at Wimbledon and the US Open.", "After Anastasia Myskina became the first Russian woman to win a Grand Slam at the French Open, two more followed at Wimbledon and the US Open.", Options{Target: 9, Truncate: true}},
	// cnnval-088 (short trimmed key points): "The military is now focused on recovering the helicopter." lost the bodies
	{"a relative clause before a joined object stays", "The military is now focused on recovering the helicopter, which searchers found at the bottom of the Santa Rosa Sound near Eglin Air Force Base, and the bodies of all seven Marines and four Louisiana Army National Guard members who were aboard, Air Force Col. Monte Cannon said.", "The military is now focused on recovering the helicopter, which searchers found at the bottom of the Santa Rosa Sound near Eglin Air Force Base, and the bodies of all seven Marines and four Louisiana Army National Guard members who were aboard, Air Force Col. Monte Cannon said.", Options{Target: 9, Truncate: true, People: []string{"Monte Cannon"}}},
	// A fourth scan of trimmed key points: the verb's complement after a
	// relative clause (bbc/entertainment/381), a noun "following"
	// (cnnval-227), a condition's consequent (bbc/politics/013).
	{"a complement after a relative clause stays", "The 1964 film shows the Doors frontman, who died aged 27 in 1971, playing the part of a young man who had been rejected by Florida State University.", "The 1964 film shows the Doors frontman, who died aged 27 in 1971, playing the part of a young man who had been rejected by Florida State University.", Options{Target: 9, Truncate: true}},
	{"a following of fans is a noun", "Bieber courts a lot of interest on social media with a Twitter following of 61.3 million -- roughly the entire population of Italy -- but the 21-year-old has yet to respond to Bouchard's tweet.", "Bieber courts a lot of interest on social media with a Twitter following of 61.3 million but the 21-year-old has yet to respond to Bouchard's tweet.", Options{Target: 9, Truncate: true}},
	{"a condition keeps its consequent", "The Tory leader was asked about to respond to people who said that if there had there been a quota on immigration and asylum in the 1930s, his parents might not have been allowed into the country.", "The Tory leader was asked about to respond to people who said that if there had there been a quota on immigration and asylum in the 1930s, his parents might not have been allowed into the country.", Options{Target: 9, Truncate: true}},
	// A fifth scan: a subject list's last item (bbc/tech/134), a compound
	// noun in -ing (bbc/politics/258: "put in charge of election.")
	{"a subject list keeps its last item and verb", "The latest trends in digital imaging, storage technologies, thinner flat screen and high-definition TVs, wireless and portable technologies, gaming, and broadband technologies will all be on show over the three days.", "The latest trends in digital imaging, storage technologies, thinner flat screen and high-definition TVs, wireless and portable technologies, gaming, and broadband technologies will all be on show over the three days.", Options{Target: 9, Truncate: true}},
	{"a compound noun in -ing stays whole", "The dressing down appears to have done the trick, with Mr Brown joining his alleged rival Alan Milburn - who the prime minister put in charge of election planning in Mr Brown's stead - and Deputy Prime Minister John Prescott at an election poster launch.", "The dressing down appears to have done the trick, with Mr Brown joining his alleged rival Alan Milburn - who the prime minister put in charge of election planning in Mr Brown's stead - and Deputy Prime Minister John Prescott.", Options{Target: 9, Truncate: true}},
	// bbc/business/403 (a sixth scan): "have agreed to pay $54m." lost what for
	{"examples end where the purpose begins", "Ten former directors at WorldCom have agreed to pay $54m (£28.85m), including $18m from their own pockets, to settle a class action lawsuit, reports say.", "Ten former directors at WorldCom have agreed to pay $54m, to settle a class action lawsuit, reports say.", Options{Target: 14}},
	// cnnval-172: a score is no count a place scopes
	{"a score's competition may go", "Gareth Bale scored twice for Wales as they beat Israel 3-0 in Euro 2016 qualification, taking them to the top of their group and on course for a first major finals since the 1958 World Cup.", "Gareth Bale scored twice for Wales as they beat Israel 3-0.", Options{Target: 14, Truncate: true}},
	// bbc/sport/425: "in Rotterdam, but not until Ljubicic had stretched him" lost what "but" qualifies
	{"a contrast keeps what it qualifies", "The match was a re-run of last week's final at the World Indoor Tournament in Rotterdam, where Federer triumphed, but not until Ljubicic had stretched him for five sets.", "The match was a re-run of last week's final at the World Indoor Tournament in Rotterdam, where Federer triumphed, but not until Ljubicic had stretched him for five sets.", Options{Target: 9, Truncate: true}},
	// The seed-8642 read (kp-edit3):
	// cnnval-050: the last resort left "Last week, when ... faced off over a film ..." with no main clause
	{"a subordinate clause after an opening phrase keeps its main clause", "Last week, when India's government and a British documentarian faced off over a film featuring a man imprisoned for a 2012 gang rape in South Delhi, a little-known channel hundreds of miles away in southern India was waging its own battle.", "Last week, when India's government and a British documentarian faced off over a film featuring a man imprisoned for a 2012 gang rape in South Delhi, a little-known channel hundreds of miles away in southern India was waging its own battle.", Options{Target: 14, Truncate: true}},
	// constructed counter-cases, beside each dev pair, that the new rules must not block
	{"an opening phrase and a subordinate clause before a kept main clause stay", "Last week, when the talks collapsed, the two sides traded insults in public and walked out of the room.", "Last week, when the talks collapsed, the two sides traded insults in public and walked out of the room.", Options{Target: 14, Truncate: true}},
	// cnnval-070: "are caught on camera." lost what they were caught doing
	{"what someone is seen doing stays", "In the French capital before the match an apparent group of Chelsea fans are caught on camera, appearing to prevent a black man boarding the Paris Metro.", "In the French capital before the match an apparent group of Chelsea fans are caught on camera, appearing to prevent a black man boarding the Paris Metro.", Options{Target: 14, Truncate: true}},
	{"a closing participle after another verb still goes", "Hamilton dominated qualifying in torrential conditions, leaving his rivals trailing in his wake on the wet track.", "Hamilton dominated qualifying in torrential conditions.", Options{Target: 9}},
	// cnnval-170: "released dash cam video of the encounter." lost that it contradicted her son
	{"what a video showed stays", "The Glendale Police Department released dash cam video of the encounter Friday, which contradicted her son's claims.", "The Glendale Police Department released dash cam video of the encounter, which contradicted her son's claims.", Options{Target: 9, Truncate: true}},
	{"another closing relative clause still goes", "Rescuers found the toddler Saturday hanging upside down in the car, which had crashed into a frigid Utah river a day before.", "Rescuers found the toddler hanging upside down in the car.", Options{Target: 14}},
	// the orchard golden of meta/rank: a kept source must not let the last resort cut a range in two
	{"a range keeps its far end", "The number of commercial apple growers in the county has dropped from 240 in 2000 to fewer than 60 today, according to the state agriculture department.", "The number of commercial apple growers in the county has dropped from 240 in 2000 to fewer than 60 today, according to the state agriculture department.", Options{Target: 14, Truncate: true}},
	// cnnval-050: "release the program, International Women's Day." lost the day its appositive names
	{"a day with its own appositive stays", "The station planned to release the program Sunday, International Women's Day.", "The station planned to release the program Sunday, International Women's Day.", Options{Target: 6}},
	// cnnval-243: the last resort left a quotation's comma before the stop
	{"no cut leaves a quotation's comma last", "The animated movie is described by Ward as \"one of possibly two, but for sure one, that Adam and I are going to be doing the voices for,\" although he didn't say anything else about the project.", "The animated movie is described by Ward as \"one of possibly two, but for sure one, that Adam and I are going to be doing the voices for,\" although he didn't say anything else about the project.", Options{Target: 14, Truncate: true}},
	// cnnval-243: "with Warner Bros. Consumer Products and DC Entertainment." lost its verb; the
	// with-phrase goes whole ("Batman '66" opens no quotation, nor is "and" inside it a list's)
	{"a with-phrase goes whole, not its participle alone", "The profile of the 1960s Batman series has been raised considerably in recent years, with Warner Bros. Consumer Products and DC Entertainment releasing a line of merchandise and comic books based on the series under the brand Batman '66, leading up to last year's release of the full series on DVD and Blu-ray.", "The profile of the 1960s Batman series has been raised considerably in recent years.", Options{Target: 14, Truncate: true}},
	// the writer's comment on the news goes: cnnval-050 (seed-8642 read), then every key point of both sets
	{"cnnval-050 a comment goes", "Thankfully, no one was wounded after crude bombs were hurled at a Tamil news station in India on Thursday.", "No one was wounded after crude bombs were hurled at a Tamil news station in India.", Options{Target: 14}},
	{"bbc/tech/184 a comment goes", "Of course, broadband in the UK is laughably slow compared to other parts of the world.", "Broadband in the UK is laughably slow compared to other parts of the world.", Options{Target: 14}},
	{"bbc/sport/034 a comment goes", "Obviously, there's no getting away from the differing fortunes of Kelly Holmes and Paula Radcliffe.", "There's no getting away from the differing fortunes of Kelly Holmes and Paula Radcliffe.", Options{Target: 14}},
	{"a time stays", "Currently, the firm employs 3,000 people in Wales.", "Currently, the firm employs 3,000 people in Wales.", Options{Target: 6}},
	// bbc/politics/408 (every key point): "was putting the country." lost "at risk"
	{"an idiom with at stays", "Mr Hain, Leader of the Commons, told BBC Radio Four's Today programme that Mr Howard's stance on the government's anti-terrorism legislation was putting the country at risk.", "Mr Hain, Leader of the Commons, told BBC Radio Four's Today programme that Mr Howard's stance on the government's anti-terrorism legislation was putting the country at risk.", Options{Target: 14, Truncate: true}},
	// The seed-9319 read (counted before these changes):
	// cnnval-200: ", but only two points adrift of ..." was left after its with-clause went
	{"a verbless contrast goes with its clause", "First half goals from Marouane Fellaini, Michael Carrick and Rooney effectively ended the EPL match as a contest, with the win leaving United in fourth spot, but only two points adrift of second-placed Manchester City.", "First half goals from Marouane Fellaini, Michael Carrick and Rooney effectively ended the EPL match as a contest.", Options{Target: 14}},
	// bbc/politics/047: "fees for English students." lost "studying in Scotland"
	{"a participle defining a plural noun stays", "In June last year, Mr Wallace announced proposals to increase tuition fees for English students studying in Scotland by £2,000 in an attempt to prevent a cross-border flood, although no figure has yet been agreed.", "In June last year, Mr Wallace announced proposals to increase tuition fees for English students studying in Scotland by £2,000 in an attempt to prevent a cross-border flood.", Options{Target: 14, Truncate: true}},
	// bbc/business/062 (its pair is above): a clause beside a project already named still goes
	{"a clause after the project is named goes", "The project's builder Multiplex, which is based in Sydney, said the project would cost more than planned.", "The project's builder Multiplex said the project would cost more than planned.", Options{Target: 9}},
	// constructed: a with-phrase the last resort cannot take whole (a quotation in it) keeps its participle
	{"a with-phrase keeps its participle", "Detroit lost thousands of jobs last year, with the \"Big Three\" carmaker group and its supplier base cutting jobs across Michigan.", "Detroit lost thousands of jobs last year, with the \"Big Three\" carmaker group and its supplier base cutting jobs.", Options{Target: 14, Truncate: true}},
	// constructed: "according to" stays before or after a figure only
	{"a figure keeps its closing source", "At least 2,000 people have died in the fighting, according to the United Nations.", "At least 2,000 people have died in the fighting, according to the United Nations.", Options{Target: 6}},
	{"a fact without a figure loses its closing source", "The helicopter crashed in a field near the river, according to the agency.", "The helicopter crashed in a field near the river.", Options{Target: 6}},
	{"a date is no figure", "The road was closed on March 3, according to police.", "The road was closed on March 3.", Options{Target: 6}},
}

func TestSentence(t *testing.T) {
	if len(trimCases) < 100 {
		t.Errorf("%d hand-checked pairs, want at least 100", len(trimCases))
	}
	for _, tt := range trimCases {
		t.Run(tt.name, func(t *testing.T) {
			got, cuts := Sentence(tt.in, Options{Target: 14})
			if got != tt.want {
				t.Errorf("Sentence(%q)\n got %q\nwant %q\ncuts %v", tt.in, got, tt.want, cuts)
			}
		})
	}
	for _, tt := range keptCases {
		t.Run(tt.name, func(t *testing.T) {
			got, cuts := Sentence(tt.in, tt.opt)
			if got != tt.want {
				t.Errorf("Sentence(%q)\n got %q\nwant %q\ncuts %v", tt.in, got, tt.want, cuts)
			}
		})
	}
}

// TestCapitalise: a cut that leaves a new first word capitalises it, but
// a brand keeps its casing (cnnval-025: "..., eBay has since been
// flooded").
func TestCapitalise(t *testing.T) {
	for in, want := range map[string]string{
		"police said the road was closed.": "Police said the road was closed.",
		"eBay has since been flooded.":     "eBay has since been flooded.",
		"iPhone sales rose.":               "iPhone sales rose.",
		"\"we won,\" he said.":             "\"We won,\" he said.",
		"3 men died.":                      "3 men died.",
	} {
		if got := capitalise(in); got != want {
			t.Errorf("capitalise(%q) = %q, want %q", in, got, want)
		}
	}
}
