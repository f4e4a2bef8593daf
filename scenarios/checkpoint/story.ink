// Checkpoint.
// Setting: the joint checkpoint at Kasanzu bridge, on the main road into Kasanzu market town, Kavara (fictional);
// UN mission MINUKA (fictional), the same country and mission as the survivor-contact scenario.
// The trainee commands the MINUKA section (military), is the UNPOL officer at the post (police), or observes it as
// a civil affairs officer (civilian). Searches are done by the Kavara National Police (KNP).
// The harassing officer is host-state police, not UN personnel: his conduct goes through the trainee's chain to the
// host-state police chain of command. It is not sexual exploitation and abuse by UN personnel.
// Harassment and trafficking are told in a few words and never shown.
// Choices are written without tells (docs/authoring.md): the best one is often short, and the wrong ones carry the
// reasons real people give for them. The consequences and the debrief say why.

VAR component = "military" // set by the engine before the story starts: "military", "police" or "civilian"

VAR searcher = 0      // until the minibus: 0 no woman searcher or screen; 1 screen but no woman searcher; 2 both
VAR owusu = false     // Corporal Owusu came from base as a second woman and witness
VAR heard = false     // Ma Rukia was listened to this morning (used in her search, then cleared)
VAR calm = false      // the queue was organised with dignity (used when the queue flares up, then cleared)
VAR waved = false     // Mr Sesay's lorry went past the queue unsearched
VAR partner = 2       // 0..2: how well you work with Inspector Lende; he holds the minibus only if this is 1 or more
VAR lina = "none"     // how Lina was treated: "protected", "shouted", "ignored", "later" (cleared after Lende)
VAR skipped = false   // a woman was waved through unsearched
VAR hushed = false    // the harassment was dropped for the sake of the partnership
VAR stood_by = false  // you watched while Tiro harassed Lina
VAR rough = false     // people in the queue were shouted at, pushed or sent off
VAR intrusive = false // a woman was searched further than needed, with no reason to
VAR women = "none"    // the minibus: "screened", "silent", "asked", "confronted", "calmed", "missed", "passed", "held", "exposed"
VAR child = "none"    // Tomi: "safe", "alone", "base", "station", "kept", "handed"
VAR promised = false  // you promised something you cannot guarantee
VAR strained = false  // you confronted someone in public
VAR harm = ""         // the first critical error: "search", "bribe", "women" or "child"

-> dawn

// ---------------------------------------------------------------------------------------------------------------
=== dawn ===
Kasanzu bridge, on the main road into Kasanzu market town. Market day, just after dawn. # scene: checkpoint # speaker: narrator
{
- component == "police":
    You are the UNPOL officer at the joint checkpoint, working alongside the Kavara National Police. # speaker: narrator
- component == "civilian":
    You are a MINUKA civil affairs officer. The market women's association has complained about this checkpoint, and you are here to observe it. # speaker: narrator
- else:
    You command the MINUKA infantry section at the joint checkpoint with the Kavara National Police. # speaker: narrator
}
Inspector Bakari Lende commands the police side. # speaker: narrator # person: lende neutral
{component == "military":
    Corporal Kofi Mensah is your second-in-command. # speaker: narrator # person: kofi neutral
- else:
    Corporal Kofi Mensah leads the MINUKA section that guards the post. # speaker: narrator # person: kofi neutral
}
Last month, a grenade was found in a sack at Kasanzu market. Today, everyone on foot with a bag is searched, and every vehicle. # speaker: narrator
Three hundred traders before noon, and I have four constables. Constable Ayo goes to the market post at nine. We keep it moving. # speaker: lende
Constable Imani Ayo is his only woman officer. Constable Musa Tiro sets up the search table by the road, in full view. # speaker: narrator # person: ayo neutral # person: tiro neutral
+ [{component == "civilian": Suggest|Ask for} a screen behind the post. Constable Ayo can be called back from the market whenever a woman needs searching # evidence: checkpoint.setup 1]
    ~ searcher = 1
    Kofi's soldiers stretch a tarpaulin between the post and a mango tree. # speaker: narrator
    At nine, Constable Ayo leaves for the market post. Behind the tarpaulin, there is nobody to search a woman. # speaker: narrator # person: ayo gone
+ [Leave the set-up to Inspector Lende: his checkpoint, his constables, his call # evidence: checkpoint.setup 0]
    ~ searcher = 0
    At nine, Constable Ayo leaves for the market post. # speaker: narrator # person: ayo gone
    Nobody has asked how the women in the queue will be searched. # speaker: narrator
+ [Ask Inspector Lende to keep Constable Ayo here all day, with a screen and Corporal Owusu as witness # evidence: checkpoint.setup 3]
    ~ searcher = 2
    ~ owusu = true
    Lende frowns, then shrugs. # speaker: narrator # person: lende wary
    The market post can have her this afternoon. Ayo stays. # speaker: lende
    Kofi's soldiers stretch a tarpaulin between the post and a mango tree. At eight, Corporal Ama Owusu arrives from the engagement team. # speaker: narrator # person: owusu calm # person: ayo calm
    Half the people on this road are women. Now they can all be searched properly, and nobody has to wait for a searcher. # speaker: kofi
- -> queue

// ---------------------------------------------------------------------------------------------------------------
=== queue ===
By eight, the queue stretches back across the bridge. # speaker: narrator
Women with baskets of tomatoes and dried fish, men with sacks, children, a few lorries. # speaker: narrator
Inspector Lende looks down the line, then at you. # speaker: narrator # person: lende angry
Too slow. Everyone gets patted down in the line, as they stand. We do not have all day. # speaker: lende
+ [{component == "military": Put|Ask Kofi to put} soldiers along the line to get it back into single file, loudly if need be # evidence: checkpoint.dignity 0]
    ~ rough = true
    Soldiers walk the line, shouting. A woman drops her basket, and tomatoes roll across the road. # speaker: narrator
    Nobody in the queue looks at the soldiers now. A shouted-at queue is quieter, not safer. # speaker: narrator
+ [Open a second line for people without bags, move the lorries aside, and explain the wait # evidence: checkpoint.dignity 3]
    ~ calm = true
    ~ partner_up(1)
    Lende thinks about it, then nods. # speaker: narrator # person: lende calm
    Kofi walks the line, explaining. An old man and two women with babies are given a place in the shade. # speaker: narrator
    The line still moves slowly. But it moves, and people know why they wait. # speaker: narrator
+ [Agree. Pat everyone down where they stand: the sooner they are through, the better # evidence: checkpoint.dignity 1]
    The line moves faster. # speaker: narrator # person: lende calm
    An old man stands with his arms out in the sun while a constable pats him down in front of everyone. His grandson looks away. # speaker: narrator
- -> rukia_comes

// ---------------------------------------------------------------------------------------------------------------
=== rukia_comes ===
A woman in a green headscarf walks up the side of the queue. The women in the line greet her by name. # speaker: narrator # person: rukia wary
That is Ma Rukia. She chairs the market women's association. # speaker: kofi
Our women have waited since dawn. The fish goes bad in the sun. # speaker: rukia # person: rukia angry
The men in lorries go ahead. And your constables put their hands on our daughters. # speaker: rukia
+ [Ask her what would help the women, then take it to Inspector Lende with her # evidence: checkpoint.setup 3]
    ~ heard = true
    She talks, and you listen: women searched by a woman, behind a screen; a line for women on foot; some shade. # speaker: narrator # person: rukia calm
    {searcher == 2:
        She looks at the tarpaulin and at Corporal Owusu. Some of it, you have already done. # speaker: narrator
    - else:
        Lende listens, arms folded, then radios the market post. Constable Ayo will come back, but not for an hour. # speaker: narrator
    }
    If it keeps the queue quiet. # speaker: lende # person: lende wary
+ [Hear her out, then explain patiently why everyone is searched today and why it takes time # evidence: checkpoint.setup 2]
    She listens to the explanation, and nods at the part about the grenade. # speaker: narrator # person: rukia wary
    We understand the search. It is how it is done that we mind. You did not ask me that. # speaker: rukia
+ [Let the women go ahead of the men today, without the search: they have waited since dawn # evidence: checkpoint.setup 1 # evidence: checkpoint.same-gender-search 1]
    ~ partner_down(1)
    Inspector Lende cuts in before she can answer. # speaker: narrator # person: lende angry
    No. A grenade does not care who carries it. Everybody is searched. # speaker: lende
    Ma Rukia looks from him to you. # speaker: narrator # person: rukia wary
    We did not ask to skip the search. We asked not to be handled by men. So who decides here? # speaker: rukia
+ [Ask her politely to raise it with the inspector after market day: the queue comes first # evidence: checkpoint.setup 0 # evidence: checkpoint.dignity 0]
    ~ rough = true
    The women she passes stop talking when they look at you. # speaker: narrator # person: rukia angry
    After market day, the fish will be sold or rotten. She came now because it matters now. # speaker: narrator
- She goes back to her place in the line. # speaker: narrator # person: rukia gone
-> rukia_search

// ---------------------------------------------------------------------------------------------------------------
=== rukia_search ===
An hour later, Ma Rukia reaches the table with a basket of dried fish on her head. # speaker: narrator # person: rukia wary # person: tiro neutral
Constable Tiro steps forward to pat her down. She steps back and holds up her hand. # speaker: narrator
No man puts his hands on me. Not in front of my whole market. # speaker: rukia # person: rukia angry
Then go home, mama. # speaker: tiro
{
- searcher == 2:
    Behind the post, Constable Ayo and Corporal Owusu stand by the screened corner. # speaker: narrator # person: ayo calm # person: owusu calm
- searcher == 1:
    The screened corner is ready, but Constable Ayo is still twenty minutes away. # speaker: narrator
- else:
    There is no woman searcher here and no screen. Constable Ayo is still twenty minutes away. # speaker: narrator
}
Everybody is searched. We have no time for this. # speaker: lende # person: lende angry
+ [{component == "civilian": Urge Ma Rukia to let Constable Tiro search her, quickly and politely: the queue is growing|Tell Constable Tiro to search her, quickly and politely: the queue is growing} # evidence: checkpoint.same-gender-search 0 # critical: checkpoint.same-gender-search]
    ~ set_harm("search")
    Constable Tiro pats her down at the table, in front of the queue. She stands rigid, eyes shut. # speaker: narrator # person: rukia sad
    The women in the line have stopped talking. # speaker: narrator
+ [Wave her through unsearched: she is an elder, and the whole market knows her # evidence: checkpoint.same-gender-search 1]
    ~ skipped = true
    ~ partner_down(1)
    Ma Rukia walks past the table. Behind her, three more women step out of the line and look at you. # speaker: narrator # person: rukia calm
    So now the UN decides who is searched. # speaker: lende # person: lende angry
    Being known is not being searched. The next woman the market does not know will expect the same. # speaker: narrator
+ {searcher == 2} [Explain the search to her, then take her to Constable Ayo and Corporal Owusu # evidence: checkpoint.same-gender-search 3]
    {heard:
        Ma Rukia nods. This morning you listened to her; now she listens to you. # speaker: narrator # person: rukia calm
    - else:
        Ma Rukia listens, then nods. # speaker: narrator # person: rukia calm
    }
    Behind the tarpaulin, Constable Ayo searches her, with Corporal Owusu as witness. It takes two minutes. # speaker: narrator
    The witness protects them both: Ma Rukia from anything improper, Ayo from any later accusation. # speaker: narrator
+ {searcher == 2} [Ask Constable Ayo to search her right here at the table: a woman, and no waiting # evidence: checkpoint.same-gender-search 2]
    Constable Ayo pats her down at the table, in front of the queue. It is quick. # speaker: narrator # person: ayo calm
    Ma Rukia looks straight ahead the whole time. The screen stands empty ten metres away. # speaker: narrator # person: rukia sad
+ {searcher < 2} [Explain, ask her to wait in the shade, and {component == "civilian": ask Lende to radio|radio} for Constable Ayo # evidence: checkpoint.same-gender-search 3]
    {heard:
        Ma Rukia nods. This morning you listened to her; she can wait twenty minutes. # speaker: narrator # person: rukia calm
    - else:
        Ma Rukia folds her arms, but she sits down in the shade. # speaker: narrator # person: rukia wary
    }
    {searcher == 0:
        Kofi's soldiers rig a tarpaulin against the side of the post. # speaker: narrator
    }
    Constable Ayo arrives, out of breath, and searches her behind the screen, with a woman from the market association as witness. # speaker: narrator # person: ayo calm
    Twenty minutes for one woman. Ayo, you stay here now. # speaker: lende # person: lende wary
    ~ searcher = 2
+ {searcher < 2} [Ask a woman trader from the queue to pat her down, if Ma Rukia agrees # evidence: checkpoint.same-gender-search 1]
    A young trader, embarrassed, pats Ma Rukia's sides and back. Neither of them looks at the other. # speaker: narrator # person: rukia sad
    Is that a search? # speaker: lende
    It is not. A trader from the queue is not trained, and she may be a neighbour, a rival or a cousin. # speaker: narrator
- ~ heard = false
-> basket

// ---------------------------------------------------------------------------------------------------------------
=== basket ===
Before she can go, Constable Tiro lifts Ma Rukia's basket and tips the dried fish out across the table. Some slide into the dust. # speaker: narrator # person: tiro neutral
My stock for the week. # speaker: rukia # person: rukia angry
+ [Help her gather the fish, and apologise to her for the constable # evidence: checkpoint.dignity 2]
    She takes the fish from your hands without a word. Tiro is already tipping out the next basket. # speaker: narrator # person: rukia wary
+ [Leave it: bags must be searched, and Tiro has the whole queue to get through # evidence: checkpoint.dignity 1]
    She gathers what she can from the dust. # speaker: narrator # person: rukia sad
+ [Ask Tiro to let her unpack the basket herself while he watches # evidence: checkpoint.dignity 3]
    Tiro shrugs and steps back. Ma Rukia lays the fish out, piece by piece, and packs them again. It takes one minute longer. # speaker: narrator # person: rukia calm
    Tiro sees everything he needs to see, and the next woman unpacks her own basket too. # speaker: narrator
- Ma Rukia walks on towards the market. # speaker: narrator # person: rukia gone # person: owusu gone
-> bribe

// ---------------------------------------------------------------------------------------------------------------
=== bribe ===
Mid-morning. A lorry loaded with cement pulls out of the line and stops beside you. # speaker: narrator # person: sesay hopeful
{component == "civilian":
    The driver, Mr Sesay, has taken you for someone in charge. He leans down from the cab. # speaker: narrator
- else:
    The driver, Mr Sesay, leans down from the cab. # speaker: narrator
}
Officer! I pass here every week. My cement is cement. # speaker: sesay
He holds out a folded newspaper. There are banknotes inside. # speaker: narrator
For your boys' cold drinks. Let me go ahead, eh? The inspector's men never make trouble. # speaker: sesay
+ [Refuse the money, but let him through: he is a regular, and it frees the road # evidence: checkpoint.no-bribes 1]
    ~ waved = true
    He shrugs and puts the newspaper away. # speaker: narrator
    The lorry rolls past the queue, unsearched. A hundred people watch it go, and none of them saw you refuse. # speaker: narrator # person: sesay gone
+ [Refuse, send him back to his place, and log and report the offer # evidence: checkpoint.no-bribes 3]
    He laughs, then sees that you mean it, and backs the lorry into the line. # speaker: narrator # person: sesay angry
    You write it in the log: Sesay, the plate, 10:40, banknotes in a newspaper. Then you tell {chain()}. # speaker: narrator
    If anyone later says the UN took money at Kasanzu bridge, the log says otherwise, and the mission knows where the pressure comes from. # speaker: narrator
    An hour later, the lorry is searched. Cement, and nothing else. # speaker: narrator # person: sesay gone
+ [Refuse with a smile and send him back: no need to put a regular on file # evidence: checkpoint.no-bribes 2]
    He laughs, then sees that you mean it, and backs the lorry into the line. # speaker: narrator # person: sesay angry
    An hour later, the lorry is searched. Cement, and nothing else. Next week, he will try the constables instead. # speaker: narrator # person: sesay gone
+ [Take it and let him pass: a small sum, and here, refusing a gift is an insult # evidence: checkpoint.no-bribes 0 # critical: checkpoint.no-bribes]
    ~ set_harm("bribe")
    ~ waved = true
    You tuck the newspaper inside your jacket. # speaker: narrator
    The lorry rolls past the queue, unsearched. A hundred people watch it go. # speaker: narrator # person: sesay gone
- -> bundle

// ---------------------------------------------------------------------------------------------------------------
=== bundle ===
{searcher < 2:
    After Ma Rukia, Inspector Lende has called Constable Ayo back from the market post. # speaker: narrator # person: ayo calm
    {searcher == 0:
        Kofi's soldiers have rigged a tarpaulin against the side of the post. # speaker: narrator
    }
}
~ searcher = 2
Late morning. A young woman reaches the table with a baby tied on her back. A thick bundle is knotted into her wrapper at the waist. # speaker: narrator # person: kesia wary
Her card says Kesia. The post's only hand-held metal detector lies on the table. # speaker: narrator
The grenade came in a bundle like that. Take her behind the screen and have everything off. Wrapper, bundle, the baby's cloth. # speaker: lende # person: lende wary
+ [Ask Constable Ayo to check her and the bundle here at the table: the baby is crying # evidence: checkpoint.same-gender-search 2]
    Constable Ayo pats her down at the table, and the bundle is opened in front of the queue: cloths, a bottle, a tin of milk powder. # speaker: narrator # person: ayo calm
    A man in the line laughs. Kesia ties the bundle again with her head down, and walks on. # speaker: narrator # person: kesia gone
+ [Detector over the bundle, then Ayo pats her down over her clothes, behind the screen # evidence: checkpoint.same-gender-search 3 # evidence: checkpoint.dignity 3]
    The detector stays quiet over the bundle. # speaker: narrator # person: ayo calm # person: kesia calm
    {owusu:
        Behind the screen, Constable Ayo pats her down over her clothes, with Corporal Owusu as witness. # speaker: narrator # person: owusu calm
    - else:
        Behind the screen, Constable Ayo pats her down over her clothes, with a woman from the market association as witness. # speaker: narrator
    }
    Kesia unties the bundle herself: cloths, a bottle, a tin of milk powder. Two minutes, and she walks on towards the market. # speaker: narrator # person: kesia gone
    Had the detector or the pat-down found something, Ayo could have gone further, with a reason. Without one, this is enough. # speaker: narrator
+ [Do as he says, but only with Constable Ayo, behind the screen: then nobody can say we missed it # evidence: checkpoint.dignity 1]
    ~ intrusive = true
    Behind the screen, Constable Ayo has her unwind her wrapper and untie everything: cloths, a bottle, a tin of milk powder. The baby screams throughout. # speaker: narrator # person: kesia sad
    She comes out with her eyes down and walks away fast. # speaker: narrator # person: kesia gone
    A grenade would have shown up on the detector or under a pat-down. We had a mother unwrap everything, the baby's cloth too, to find milk powder. # speaker: kofi # person: kofi wary
+ [Let her through: a mother with a baby on her back is not who you are looking for # evidence: checkpoint.same-gender-search 1]
    ~ skipped = true
    Kesia walks on. The women behind her watch her go, and so do the men. # speaker: narrator # person: kesia gone
    That is what the grenade carriers count on. # speaker: lende # person: lende angry
- -> flare

// ---------------------------------------------------------------------------------------------------------------
=== flare ===
Near noon, the heat is hard. A young man in the queue starts shouting. # speaker: narrator # person: jonas angry
{waved:
    The rich pay and drive through! We wait in the sun like goats! # speaker: jonas
- else:
    Four hours! Four hours in the sun, and my mother with her bad hip! # speaker: jonas
}
{
- waved:
    Others in the line nod. They saw the lorry too. # speaker: narrator
- calm:
    People near him shake their heads. The line has been moving, and they know why they wait. # speaker: narrator
- else:
    Others in the line start shouting too. # speaker: narrator
}
Constable Tiro reaches for his baton. # speaker: narrator # person: tiro angry
+ [{component == "military": Put two soldiers|Ask Kofi to put two soldiers} beside him until he calms down: better a show than a fight # evidence: checkpoint.dignity 1]
    Two soldiers stand beside Jonas, rifles across their chests. He stops shouting. # speaker: narrator # person: jonas afraid
    Nobody near him says a word for the next hour, and nobody tells you why he was shouting. # speaker: narrator
+ [Leave him to Constable Tiro: keeping order in the queue is the police's job # evidence: checkpoint.dignity 0]
    ~ rough = true
    Tiro pushes Jonas out of the line with his baton. The queue goes silent. # speaker: narrator # person: jonas afraid
+ [Tell him calmly that he is free to leave the line and come back tomorrow # evidence: checkpoint.dignity 1]
    He spits in the dust, and stays where he is. He has walked since dawn, and tomorrow is not a market day. # speaker: narrator # person: jonas angry
+ [Go to him and let him talk. Then explain the wait, and ask what would help # evidence: checkpoint.dignity 3]
    His name is Jonas. His mother is ten places back, leaning on a stick. # speaker: narrator # person: jonas wary
    {waved:
        You tell him the lorry should not have gone ahead. He stares, then nods. # speaker: narrator
    }
    You find her a seat in the shade. Jonas stops shouting. # speaker: narrator # person: jonas calm
- ~ calm = false
~ settle()
-> lina_table

// ---------------------------------------------------------------------------------------------------------------
=== lina_table ===
Early afternoon. At the table, Constable Tiro is holding a young woman's identity card. # speaker: narrator # person: jonas gone # person: tiro neutral # person: lina afraid
She is about nineteen, with a school bag. The name on the card is Lina. # speaker: narrator
Lina. A pretty name. Give me your number, and you get your card back. # speaker: tiro
She reaches for the card. He holds it higher. Two of the other constables laugh. # speaker: narrator
Or come round the back of the post, for a proper search. # speaker: tiro
He takes her by the elbow. # speaker: narrator
Please. I have a class at two. # speaker: lina
+ [Go and stand beside her. Ask Tiro for the card, and give it back to her # evidence: checkpoint.harassment 3]
    ~ lina = "protected"
    Tiro lets go of her. For a second he looks as if he will argue. Then he hands you the card. # speaker: narrator # person: tiro angry
    You give it to Lina. Constable Ayo takes her behind the screen; her check takes a minute. # speaker: narrator # person: ayo calm
    Then you ask Tiro, quietly, to step aside with you. Nobody in the queue hears what you say. # speaker: narrator
    Lina holds her card in both hands. # speaker: narrator # person: lina wary
+ [Tell Tiro, loud enough for the queue to hear, that he is a disgrace to his uniform # evidence: checkpoint.harassment 1]
    ~ lina = "shouted"
    ~ mark_strained()
    ~ partner_down(2)
    The whole queue turns to look. Tiro's face goes dark, and two of his colleagues step up beside him. # speaker: narrator # person: tiro angry
    Lina takes her card and looks at the ground. Now everybody is looking at her. # speaker: narrator # person: lina afraid
+ [Leave it to Inspector Lende: Tiro is his officer, and Lende is right there # evidence: checkpoint.harassment 0]
    ~ lina = "ignored"
    ~ stood_by = true
    Inspector Lende is drinking tea at the post. He does not look up. # speaker: narrator # person: lende neutral
    Ten minutes later, Tiro tosses the card back on the table. # speaker: narrator # person: lina afraid
+ [Write down the time and his words: an exact record is what gets an officer disciplined # evidence: checkpoint.harassment 0]
    ~ lina = "later"
    ~ stood_by = true
    You write down the time, and what he says. Tiro keeps her at the table for ten more minutes, then tosses the card back. # speaker: narrator # person: lina afraid
    You have an exact record of everything she went through while you watched. # speaker: narrator
- -> lina_asks

// ---------------------------------------------------------------------------------------------------------------
=== lina_asks ===
{
- lina == "protected" || lina == "shouted":
    Lina turns to you. Her hands are shaking. # speaker: narrator
    Will he be punished? He has seen my card. He knows my street. # speaker: lina # person: lina afraid
- else:
    Lina walks past you with her card. Then she stops. # speaker: narrator
    You saw. You all saw. # speaker: lina # person: lina angry
    That was not a search. # speaker: kofi # person: kofi wary
}
+ {lina == "protected" || lina == "shouted"} [Promise her that he will be disciplined, and that he will never come near her or her street again # evidence: crsv.no-promises 0]
    ~ promised = true
    She nods, wanting to believe it. # speaker: narrator # person: lina hopeful
    What happens to him is for his own command to decide, not you. # speaker: narrator
+ {lina == "protected" || lina == "shouted"} [Say you will report it, but cannot promise what happens to him. Ask who can walk her home # evidence: crsv.no-promises 3 # evidence: checkpoint.harassment 3]
    She thinks. Her brother works at the bus stand; she will walk home with him. # speaker: narrator # person: lina calm
    You ask whether her name may go in your report, and tell her she can also complain herself if she wishes. # speaker: narrator
    Do not put my name. Not yet. # speaker: lina
+ {lina == "protected" || lina == "shouted"} [Tell her it is over now: he was showing off, and she should get to her class # evidence: checkpoint.harassment 0]
    She looks at you for a moment, and says nothing. # speaker: narrator # person: lina sad
    She has just been told, by the UN, that what happened to her was nothing. # speaker: narrator
+ {lina == "ignored" || lina == "later"} [Go after her. Say you should have stepped in, and will report it. No promises # evidence: crsv.no-promises 3 # evidence: checkpoint.harassment 1]
    ~ lina = "later"
    She looks at you for a long moment. # speaker: narrator # person: lina sad
    At least you say it. # speaker: lina
+ {lina == "ignored" || lina == "later"} [Go after her, and promise her that Constable Tiro will be sacked for what he did # evidence: crsv.no-promises 0 # evidence: checkpoint.harassment 1]
    ~ lina = "later"
    ~ promised = true
    She wipes her eyes and nods. # speaker: narrator # person: lina hopeful
+ {lina == "ignored" || lina == "later"} [Let her go. Running after her would only draw the queue's eyes to her again # evidence: checkpoint.harassment 0]
    ~ lina = "ignored"
- Lina walks off towards the town. # speaker: narrator # person: lina gone
-> lende_talk

// ---------------------------------------------------------------------------------------------------------------
=== lende_talk ===
{
- lina == "protected":
    Inspector Lende comes over. # speaker: narrator # person: lende wary
    Constable Tiro says you interfered with his work. My men answer to me. # speaker: lende
- lina == "shouted":
    Inspector Lende comes over, furious. # speaker: narrator # person: lende angry
    You shamed my officer in front of the whole market. My men answer to me, not to the UN. # speaker: lende
- else:
    Kofi nods towards the post, where Inspector Lende is drinking tea. # speaker: narrator # person: lende neutral
    Are we going to say anything about Tiro? # speaker: kofi
}
+ [Let it drop with Inspector Lende for now: you need his goodwill for the rest of the day # evidence: checkpoint.harassment 0]
    ~ hushed = true
    ~ partner_up(1)
    Good. We understand each other. # speaker: lende # person: lende calm
    Constable Tiro goes back to the search table. # speaker: narrator # person: tiro calm
+ [In private, ask Inspector Lende to take Tiro off the table today, and say you are reporting it # evidence: checkpoint.harassment 3]
    ~ partner_up(1)
    You tell him what you saw, calmly, and that you want to go on working with him. # speaker: narrator # person: lende wary
    Lende is silent for a while. # speaker: narrator
    He has done this before. I will put him on the vehicles. And I will deal with him. # speaker: lende
    Across the road, Tiro is sent to the lorry lane. # speaker: narrator # person: tiro gone
+ [Say nothing to Inspector Lende yet; put it all in tonight's report, where it cannot be brushed aside # evidence: checkpoint.harassment 2]
    {
    - lina == "protected" || lina == "shouted":
        Lende waits for an answer, then shrugs and walks back to the post. # speaker: narrator # person: lende wary
    - else:
        Kofi nods. Inspector Lende finishes his tea. # speaker: narrator
    }
    Constable Tiro stays at the search table for the rest of the afternoon, with every young woman who passes. # speaker: narrator # person: tiro calm
+ [Tell Inspector Lende that unless Tiro is sent home today, the UN pulls out of the checkpoint # evidence: checkpoint.harassment 1]
    ~ mark_strained()
    ~ partner_down(1)
    You do not decide that, and neither do I. # speaker: lende # person: lende angry
    He walks away. Tiro stays at the table. # speaker: narrator # person: tiro calm
- ~ lina = "none"
~ settle()
-> minibus

// ---------------------------------------------------------------------------------------------------------------
=== minibus ===
Mid-afternoon. A white minibus comes down the north road and stops at the barrier. # speaker: narrator # person: tiro gone # person: lende neutral
Five young women sit inside. The youngest looks barely eighteen. One man gets out: Mr Dabo. # speaker: narrator # person: dabo calm
My nieces. They are going to work for good families in the capital. Here are their papers. # speaker: dabo
He hands over five identity cards from a plastic folder. # speaker: narrator
The cards come from four different villages. When the constable asks the women their names, Mr Dabo answers for each of them. # speaker: narrator
None of the women looks up, except one. She looks straight at you, then at Mr Dabo, then at the floor. # speaker: narrator # person: sara afraid
{skipped:
    So. Do we wave these women through as well? # speaker: lende
}
+ [Hand back the cards and wave them on: the papers are genuine, and the queue is long # evidence: checkpoint.trafficking 0]
    ~ women = "missed"
+ [Ask the women, gently, whether they are all travelling of their own free will # evidence: checkpoint.trafficking 1]
    ~ women = "asked"
+ [Keep it routine: Ayo searches them one by one, behind the screen. Radio UNPOL quietly # evidence: checkpoint.trafficking 3]
    ~ women = "screened"
    ~ screen_up()
    Mr Dabo hands over the folder without a word. The women climb down one by one, each with her own card in her hand. # speaker: narrator # person: dabo wary
    Away from the road, you radio {specialists()}: signs worth a look, nothing more yet. # speaker: narrator
+ [Challenge Mr Dabo before he can drive off: whose workers are these, and who pays him? # evidence: checkpoint.trafficking 0]
    ~ women = "confronted"
    ~ mark_strained()
    ~ partner_down(1)
- {
- women == "screened":
    -> words
- women == "asked":
    -> asked
- women == "confronted":
    -> confronted
- else:
    -> missed
}

// A woman who may be trafficked will rarely speak through a man, least of all through the man she travels with.
=== words ===
Behind the screen, Constable Ayo searches the first woman, then calls you to the edge of the tarpaulin. # speaker: narrator # person: ayo calm
They speak the language of the northern hills. I do not. The one who looked at you keeps trying to say something. # speaker: ayo
Baraka, our section's language assistant, speaks it. He is by the vehicle. # speaker: kofi
Zawadi, the language assistant of the UNPOL team in town, speaks it too. She is twenty minutes away. # speaker: narrator
From the road, Mr Dabo calls out. # speaker: narrator # person: dabo calm
I can translate for them. They are shy village girls. # speaker: dabo
+ [Accept Mr Dabo's offer: he speaks their language, and it will be over in minutes # evidence: checkpoint.trafficking 1]
    ~ women = "silent"
    Mr Dabo comes to the gap in the screen. He speaks to the women, and the first one answers in a few words. # speaker: narrator # person: dabo calm # person: sara afraid
    They say they are fine. They are happy to work. # speaker: dabo
    The young woman who looked at you stares at the ground. Whatever she wanted to say, she would have had to say it through him. # speaker: narrator
+ [Radio for Zawadi, and ask Constable Ayo to keep the women with her until she comes # evidence: checkpoint.trafficking 3]
    Twenty minutes later, Zawadi arrives. She tells the women, in their language, who she is, that everyone is searched today, and that they may speak to her if they wish. # speaker: narrator # person: zawadi calm
    The young woman who looked at you asks to speak to her. # speaker: narrator # person: sara wary
    -> sara
+ [Call Baraka over: he is here now, he speaks their language, and Ayo will be with him # evidence: checkpoint.trafficking 2]
    ~ women = "silent"
    Baraka asks kindly, behind the screen, with Constable Ayo beside him. The women look at the ground. One says that they are fine. # speaker: narrator # person: baraka calm # person: sara afraid
    The young woman who looked at you glances at Baraka, then at Ayo, and says nothing at all. # speaker: narrator
    Not in front of a man. I could see it. # speaker: ayo
+ [Ask no questions: Ayo finishes the searches, and the specialists can talk to them later # evidence: checkpoint.trafficking 2]
    ~ women = "silent"
    Constable Ayo finishes the searches. The young woman who looked at you stays last, and looks at Ayo for a long time. Nobody there can understand her. # speaker: narrator # person: sara afraid
- -> hold

=== sara ===
Zawadi brings her to the edge of the screen. Her name is Sara. She speaks fast and low, and Zawadi translates. # speaker: narrator # person: sara afraid
He keeps our cards. He says we owe him for the bus and for the job. # speaker: sara
I do not know where we are going. Can you send me home? # speaker: sara
+ [Tell her honestly: no promises, but specialists can talk with her today, if she wants # evidence: crsv.no-promises 3 # evidence: checkpoint.trafficking 3]
    Zawadi translates. Sara looks at her, then at you, and nods once. # speaker: narrator # person: sara wary
    You tell her that nothing she has said will be told to Mr Dabo. # speaker: narrator
+ [Promise her that she will be home tonight, and that Mr Dabo will answer for this # evidence: crsv.no-promises 0]
    ~ promised = true
    She grips Zawadi's arm. # speaker: narrator # person: sara hopeful
    Tonight? # speaker: sara
    Neither you nor anyone at this post can decide that. # speaker: narrator
+ [Ask her everything now, while she is talking: who pays him, and where they are going # evidence: checkpoint.trafficking 1]
    She starts to answer, then stops. Her eyes go to the gap in the tarpaulin, to the road where Mr Dabo waits. # speaker: narrator # person: sara afraid
    I do not know. I do not know. # speaker: sara
    Questions are the specialists' work, in a safe place. Here, each one brings her closer to what she fears. # speaker: narrator
- -> hold

=== asked ===
The women look at Mr Dabo before they answer. # speaker: narrator # person: dabo calm
"We are fine," says the first. The others nod. Mr Dabo smiles. # speaker: narrator
The one who looked at you says nothing at all. # speaker: narrator # person: sara afraid
Nobody answers that question honestly with him standing beside them. # speaker: kofi # person: kofi wary
+ [Take them at their word and wave the minibus on: they all said they are fine # evidence: checkpoint.trafficking 0]
    ~ women = "missed"
    -> missed
+ [Thank them, and carry on: Ayo searches them one by one behind the screen # evidence: checkpoint.trafficking 2]
    ~ women = "screened"
    ~ screen_up()
    The women climb down one by one. Mr Dabo's smile is gone. # speaker: narrator # person: dabo wary
    Away from the road, you radio {specialists()}. # speaker: narrator
    -> words

=== confronted ===
Mr Dabo's face closes. # speaker: narrator # person: dabo angry
Nieces. I told you. # speaker: dabo
The women stare at the floor. The youngest is crying. # speaker: narrator # person: sara afraid
Inspector Lende pulls you aside. # speaker: narrator # person: lende angry
Now he knows. If they are what you think, they will pay for it tonight. # speaker: lende
+ [Lower the temperature: apologise for your tone, and go back to a routine check # evidence: checkpoint.trafficking 1]
    ~ women = "calmed"
    ~ screen_up()
    The women are searched one at a time behind the screen. You radio {specialists()} quietly. # speaker: narrator
    Mr Dabo watches every move. Behind the screen, none of the women says a word. # speaker: narrator # person: dabo wary
+ [Tell the women to get out of the minibus: they are under UN protection now # evidence: checkpoint.trafficking 1]
    ~ women = "calmed"
    Mr Dabo says something in a language you do not know. The women stay in their seats. # speaker: narrator # person: dabo wary
    You have no power to do that. # speaker: lende
- -> hold

=== missed ===
~ searcher = 0
The minibus pulls away towards the capital. Through the back window, the young woman who looked at you is still looking. # speaker: narrator # person: sara gone # person: dabo gone
Four villages on five cards, and he answered for every one of them. # speaker: kofi # person: kofi wary
+ [Let it go: this is a security checkpoint, not an immigration post, and the papers are real # evidence: checkpoint.trafficking 0]
    The minibus is gone. # speaker: narrator
    ~ women = "passed"
+ [Radio the plate and the route to UNPOL, as signs worth a check, not an accusation # evidence: checkpoint.trafficking 2]
    ~ women = "passed"
    Somebody at UNPOL writes it down. Whether anyone stops the minibus before the capital, you may never know. # speaker: narrator
- -> after_minibus

=== after_minibus ===
// From here on, only the ending reads these. Whether Lende still listens to you is all that is left of "partner".
~ partner = MIN(partner, 1)
~ searcher = 0
// After a critical error or a public confrontation the ending no longer depends on the gaps, so forget them.
~ settle()
{harm != "" || strained:
    ~ skipped = false
    ~ women = "none"
}
-> tomi

=== hold ===
~ searcher = 0
Mr Dabo walks up to you. # speaker: narrator # person: dabo wary
{
- women == "screened":
    What did she say to you? We are late. # speaker: dabo
- women == "silent":
    They told you they are fine. What are we waiting for? # speaker: dabo
- else:
    What are we waiting for? We are late. # speaker: dabo
}
The papers are real. I cannot hold them without a reason. # speaker: lende # person: lende wary
+ {women == "screened"} [Ask Mr Dabo calmly about the cards and the debt, and see how he explains it # evidence: checkpoint.trafficking 0 # critical: checkpoint.trafficking]
    ~ set_harm("women")
    ~ women = "exposed"
    Mr Dabo's smile does not move. He looks at Sara for a long second. Only one of the women can have told you. # speaker: narrator # person: sara afraid
    Come, girls. We are late. # speaker: dabo
    With nothing to hold them on, Lende lets the minibus go. Sara does not look at you again. # speaker: narrator # person: dabo gone # person: sara gone
+ {women == "screened"} [Let them go, as Inspector Lende says, and pass the plate to UNPOL # evidence: checkpoint.trafficking 0]
    ~ women = "passed"
    Sara climbs back into the minibus beside the man she asked you to get her away from. # speaker: narrator # person: sara afraid
    The minibus drives off towards the capital. # speaker: narrator # person: dabo gone # person: sara gone
    She told you he keeps their cards and says they owe him. That was the reason Lende needed, and her safety came before the queue. # speaker: narrator
+ {women != "screened"} [Let them go, as Inspector Lende says, and pass the plate to UNPOL # evidence: checkpoint.trafficking 2]
    ~ women = "passed"
    The minibus drives off towards the capital. # speaker: narrator # person: dabo gone # person: sara gone
+ [Tell Mr Dabo nothing. Then ask Lende, in private, to hold the minibus until UNPOL arrives # evidence: checkpoint.trafficking 3]
    Searches take time on market day, you tell Mr Dabo. # speaker: narrator
    {women == "screened":
        Sara stays behind the screen with Constable Ayo and Zawadi. She does not have to get back into the minibus. # speaker: narrator # person: sara wary
    }
    {partner >= 1:
        ~ women = "held"
        You describe what you saw as signs, not proof. Lende looks at the five cards again. # speaker: narrator # person: lende calm
        Four villages and one uncle. All right. A documents check. It may take a while. # speaker: lende
    - else:
        ~ women = "passed"
        Lende shakes his head. # speaker: narrator # person: lende angry
        All day you go against me, and now you want favours? The papers are real. # speaker: lende
        {women == "screened":
            The minibus leaves without Sara. You pass the plate and a description to UNPOL. # speaker: narrator # person: dabo gone
        - else:
            The minibus leaves. You pass the plate and a description to UNPOL. # speaker: narrator # person: dabo gone # person: sara gone
        }
    }
+ {women == "calmed"} [Warn Mr Dabo, quietly, that the UN has its eye on him and his minibus # evidence: checkpoint.trafficking 0]
    ~ women = "passed"
    Mr Dabo smiles. # speaker: narrator
    Come, girls. # speaker: dabo
    Lende lets the minibus go. You pass the plate to UNPOL. Mr Dabo will take another road next time, and the women will pay for the warning. # speaker: narrator # person: dabo gone # person: sara gone
- {women == "held":
    Forty minutes later, two UNPOL officers and a policewoman from the Kavara police specialist unit arrive. # speaker: narrator # person: sara wary
    They talk with the women one at a time, away from Mr Dabo. From here on, it is their work. # speaker: narrator # person: dabo gone # person: sara gone
}
-> after_minibus

// ---------------------------------------------------------------------------------------------------------------
=== tomi ===
Late afternoon. Constable Ayo is at the post for the rest of the day. # speaker: narrator # person: ayo calm # person: zawadi gone # person: baraka gone
A boy of about nine comes down the north road alone, a plastic bag in his hand. He asks Kofi for water. # speaker: narrator # person: tomi wary
My mother went to sell at Kasanzu market yesterday. She did not come home. I came to find her. # speaker: tomi
His name is Tomi. He has walked since morning. # speaker: narrator
+ [Point him to the market: it is only a kilometre, and his mother may well be there # evidence: checkpoint.child-alone 0]
    ~ child = "alone"
    He nods and sets off down the road, alone. # speaker: narrator # person: tomi wary
+ [Have Kofi drive him to the base in the UN vehicle: he will be safe there tonight # evidence: checkpoint.child-alone 1]
    ~ child = "base"
    Kofi opens the door of the white vehicle. Tomi looks at the soldiers and does not move. # speaker: narrator # person: tomi afraid
+ [Ask Inspector Lende to keep him at the station until someone comes to claim him # evidence: checkpoint.child-alone 1]
    ~ child = "station"
    Lende shrugs. # speaker: narrator # person: tomi afraid
    There is a bench at the station. # speaker: lende
+ [Water, shade, a seat beside Constable Ayo. Then call the Child Protection Officer # evidence: checkpoint.child-alone 3]
    ~ child = "safe"
    Tomi drinks the whole bottle. Constable Ayo finds him a biscuit. Nobody asks him anything that would frighten him. # speaker: narrator # person: tomi calm
    You tell {chain()}, and radio for Ms Adjei, the mission's Child Protection Officer. # speaker: narrator
- -> tomi_asks

=== tomi_asks ===
Tomi looks up at you. # speaker: narrator
Will you find my mama? # speaker: tomi
+ {child == "safe"} [Say you cannot promise, but a woman who helps find families is on her way # evidence: crsv.no-promises 3 # evidence: checkpoint.child-alone 3]
    He nods and leans against Constable Ayo. You stay with him. # speaker: narrator # person: tomi calm
+ {child != "safe"} [Say you cannot promise, but you will do all you can to help him # evidence: crsv.no-promises 3]
    He nods slowly. # speaker: narrator
+ [Promise him you will find her today, and that he will sleep at home tonight # evidence: crsv.no-promises 0]
    ~ promised = true
    His face lights up. # speaker: narrator # person: tomi hopeful
+ [Tell him his mother is surely fine, and that he should not worry # evidence: crsv.no-promises 1]
    He does not look as if he believes you. # speaker: narrator
- -> lukeni

=== lukeni ===
~ temp waited = false
A man steps out of the queue. # speaker: narrator # person: lukeni calm
I know this boy. He is my brother's son. Come, Tomi, I will take you to the market. # speaker: lukeni
{child == "alone":
    Tomi has only gone a few steps down the road. He stops, and says nothing. # speaker: narrator # person: tomi afraid
- else:
    Tomi steps back behind Constable Ayo. He says nothing. # speaker: narrator # person: tomi afraid
}
Give the boy to his uncle. We are not a nursery. # speaker: lende # person: lende wary
+ [Take his name, card and phone number, then let Tomi go with him if Tomi agrees # evidence: checkpoint.child-alone 0 # critical: checkpoint.child-alone]
    ~ set_harm("child")
    ~ child = "handed"
    Tomi shrugs. Mr Lukeni takes his hand, and they walk off towards the market. # speaker: narrator # person: tomi gone # person: lukeni gone
    A name and a number tell you who to look for afterwards. They do not tell you who he is to Tomi. # speaker: narrator
+ [Tomi waits here for child protection. Mr Lukeni is welcome to wait with him # evidence: checkpoint.child-alone 3]
    {child != "safe":
        You radio for Ms Adjei, the mission's Child Protection Officer. # speaker: narrator
    }
    ~ child = "safe"
    ~ waited = true
    Mr Lukeni hesitates, then sits down on a crate to wait. # speaker: narrator # person: lukeni wary # person: tomi wary
+ [Send Mr Lukeni away firmly: nobody leaves with the boy today # evidence: checkpoint.child-alone 2]
    {child == "alone":
        ~ child = "kept"
        Tomi comes back and sits by the post. # speaker: narrator # person: tomi wary
    }
    Mr Lukeni shrugs and goes back to the queue. If he is family, nobody will now know. # speaker: narrator # person: lukeni gone
+ [Let Mr Lukeni take him: he knows the boy's name, and the market is close # evidence: checkpoint.child-alone 0 # critical: checkpoint.child-alone]
    ~ set_harm("child")
    ~ child = "handed"
    Mr Lukeni takes Tomi by the hand. They disappear into the crowd on the market road. # speaker: narrator # person: tomi gone # person: lukeni gone
- {
- child == "safe":
    An hour later, Ms Adjei arrives with a worker from a local child protection group. She crouches to talk with Tomi at his height. # speaker: narrator # person: adjei calm # person: tomi calm
    {waited:
        She talks with Mr Lukeni too. He turns out to be a neighbour from Tomi's village, not an uncle. # speaker: narrator # person: lukeni gone
    }
    By evening, her team finds Tomi's mother at the health centre in town. She fell ill at the market. # speaker: narrator # person: tomi relieved
- child == "base":
    Kofi drives Tomi to the base. The duty officer spends the evening phoning around for someone who knows what to do with a lost child. # speaker: narrator # person: tomi gone
- child == "station":
    Tomi spends the night on a bench at the police station, among the men in the cells. # speaker: narrator # person: tomi gone
- child == "kept":
    Tomi sits by the post until dusk. Nobody has called child protection, so Inspector Lende takes him to the station for the night. # speaker: narrator # person: tomi gone
- child == "handed":
    You never learn who Mr Lukeni was. # speaker: narrator
}
~ waited = false
-> debrief

// ---------------------------------------------------------------------------------------------------------------
=== debrief ===
That evening, at the MINUKA base, Captain Rahman and Superintendent Nadia Keita of UNPOL hold the joint debrief of the day. # scene: base # speaker: narrator # person: kofi gone # person: lende gone # person: ayo gone # person: owusu gone # person: tiro gone # person: adjei gone # person: tomi gone # person: lukeni gone # person: dabo gone # person: sara gone # person: zawadi gone # person: baraka gone # person: kesia gone # person: rahman neutral # person: keita neutral
{
- component == "police":
    Superintendent Keita is your UNPOL team leader. # speaker: narrator
- component == "civilian":
    Your head of office has asked you to share what you observed. # speaker: narrator
- else:
    Captain Rahman is your company commander. # speaker: narrator
}
{harm == "bribe":
    The newspaper with the banknotes is still inside your jacket. # speaker: narrator
}
A checkpoint is where armed men in uniform meet women travelling on their own. It can protect them, or it can be where they are preyed on. # speaker: keita
In South Sudan, the UN mission negotiated for police officers to replace soldiers at checkpoints. Together with early warning, supplies of food and fuel, patrols of high-risk areas and weapons-free zones around the camps, that made sexual assaults less frequent. # speaker: keita
So who stands at the barrier, and how they behave, is protection work, not only security. # speaker: rahman # person: rahman calm
Anything on the police side that we should take up with the Kavara police command? # speaker: keita
+ [Report it to the Conduct and Discipline Team: sexual misconduct is their field # evidence: checkpoint.harassment 1]
    Superintendent Keita shakes her head. # speaker: narrator # person: keita wary
    Conduct and Discipline deals with our own personnel. A Kavara police officer's conduct, we take up with his own command. But I am glad you told us. # speaker: keita
+ [Leave it: Inspector Lende has dealt with Tiro, and the partnership matters # evidence: checkpoint.harassment 0]
    ~ hushed = true
    Superintendent Keita nods and moves on. # speaker: narrator # person: keita neutral
+ [Give Lina's name and street, so that the Kavara police can take her statement # evidence: checkpoint.harassment 1]
    Superintendent Keita looks up. # speaker: narrator # person: keita wary
    Did she agree to that? Her name will go to the station where he works. # speaker: keita
+ [Report what Tiro did, for his own chain. Lina's name stays out unless she agrees # evidence: checkpoint.harassment 3]
    You give the facts: what you saw, when, where, who else saw it, and what Inspector Lende did. # speaker: narrator
    Superintendent Keita writes it down. # speaker: narrator # person: keita calm
    I will raise it with the district police commander at Thursday's coordination meeting, through the joint mechanism. # speaker: keita
- -> wrap

// ---------------------------------------------------------------------------------------------------------------
=== wrap ===
{promised:
    Some of what you promised today was not yours to promise. When it does not happen, people will remember who said it. # speaker: narrator
}
{partner == 0:
    Inspector Lende will work with the UN again tomorrow, but he will not ask your opinion. # speaker: narrator
}
{
- harm == "bribe":
    -> compromised
- harm != "":
    -> harm_done
- strained:
    -> strained_end
- has_gaps():
    -> open_gaps
- else:
    -> trusted
}

=== trusted ===
Later, you think back over the day at Kasanzu bridge. # speaker: narrator
Nobody was searched against their will or more than needed, nobody was waved through, and nobody bought their way past the queue. # speaker: narrator
Constable Tiro's conduct is on its way to his own command. # speaker: narrator
The women from the minibus are with specialists, and Tomi is with his mother. # speaker: narrator
A checkpoint that is fair, and seen to be fair, is a safer checkpoint. # speaker: narrator # ending: trusted
-> END

=== open_gaps ===
Later, you think back over the day at Kasanzu bridge. You made no critical error. But some things slipped through. # speaker: narrator
{skipped:
    A woman walked past the table unsearched, and the whole queue saw it. Word travels fast in a market: within a week, traders know that at Kasanzu bridge, women are not always searched. # speaker: narrator
}
{waved:
    Mr Sesay's lorry went past the queue unsearched. # speaker: narrator
}
{intrusive:
    A young mother had to unwrap everything, her baby's cloth too, when a detector and a pat-down would have done. A search that goes further than needed humiliates without making anyone safer. # speaker: narrator
}
{rough:
    People in the queue were shouted at, pushed around or sent away. They will remember the checkpoint for that, and avoid it if they can. # speaker: narrator
}
{women == "missed" || women == "passed":
    The minibus went on to the capital, and the specialists never spoke with the young women on it. # speaker: narrator
}
{child == "base" || child == "station" || child == "kept":
    Tomi spent the night among strangers, not with people whose job is to find his family. # speaker: narrator
}
{stood_by:
    Lina was left alone with Constable Tiro while the checkpoint watched. # speaker: narrator
}
{hushed:
    Constable Tiro's conduct went no further. The next morning, he is back at the search table. # speaker: narrator
}
A checkpoint can be polite and still leave gaps. Each one is a door someone else may use. # speaker: narrator # ending: open-gaps
-> END

=== strained_end ===
Later, you think back over the day at Kasanzu bridge. You stood up for people, but you did it in public, with raised voices. # speaker: narrator
A public scene warns the people you are worried about, strains the partnership you depend on, and leaves the people you meant to protect standing in the middle. # speaker: narrator
Firm, calm and private protects people better than loud and public. # speaker: narrator # ending: strained
-> END

=== harm_done ===
Later, you think back over the day at Kasanzu bridge. # speaker: narrator
{
- harm == "search":
    Ma Rukia was searched by a man in front of her whole market, against her refusal. The market women's association will not forget it. # speaker: narrator
- harm == "women":
    Mr Dabo knows now what Sara said. You will never know what that cost her. # speaker: narrator
- else:
    Tomi went off with a man whose claim nobody had checked. You will never know where he is tonight. # speaker: narrator
}
Whatever else went well today, someone who trusted the checkpoint was put in danger or violated. That is a critical error. # speaker: narrator # ending: harm-done
-> END

=== compromised ===
Later, you think back over the day at Kasanzu bridge. # speaker: narrator
A hundred people saw Mr Sesay's lorry roll past the queue, unsearched, after he handed you a newspaper. # speaker: narrator
By next market day, everybody will know the price of the UN at Kasanzu bridge, including people with worse things to carry than cement. # speaker: narrator
Accepting a bribe is a critical error, whatever else went well. # speaker: narrator # ending: compromised
-> END

// ---------------------------------------------------------------------------------------------------------------
=== function partner_up(n) ===
~ partner = MIN(partner + n, 2)

=== function partner_down(n) ===
~ partner = MAX(partner - n, 0)

// Things left undone that matter: rough treatment of the queue, an unsearched woman or lorry, harassment watched or buried, the young women
// gone on without anyone speaking to them apart, the boy left without child protection.
=== function has_gaps() ===
~ return rough || intrusive || skipped || waved || stood_by || hushed || women == "missed" || women == "passed" || child == "base" || child == "station" || child == "kept"

=== function set_harm(kind) ===
{harm == "":
    ~ harm = kind
    ~ strained = false
}

// The minibus women are searched by a woman behind a screen: rig one and call Ayo back if needed.
=== function screen_up() ===
{searcher == 0:
    Kofi's soldiers rig a tarpaulin against the side of the post. # speaker: narrator
}
{searcher < 2:
    Constable Ayo comes back from the market post to do the searches. # speaker: narrator # person: ayo calm
}
~ searcher = 2

=== function mark_strained() ===
{harm == "":
    ~ strained = true
}

// Once a critical error or a public confrontation has decided the ending, the gaps no longer matter to it.
=== function settle() ===
{harm != "" || strained:
    ~ rough = false
    ~ intrusive = false
    ~ waved = false
    ~ stood_by = false
    ~ hushed = false
}

=== function chain() ===
{
- component == "police":
    ~ return "Superintendent Keita, your UNPOL team leader"
- component == "civilian":
    ~ return "Kofi and your head of office"
- else:
    ~ return "Captain Rahman, your company commander"
}

=== function specialists() ===
{
- component == "police":
    ~ return "your UNPOL colleagues who specialise in trafficking and sexual violence"
- else:
    ~ return "UNPOL's specialists in trafficking and sexual violence"
}
