// Checkpoint.
// Setting: the joint checkpoint at Kessa bridge, on the main road into Kessa market town, Kavara (fictional);
// UN mission MINUKA (fictional), the same country and mission as the survivor-contact scenario.
// The trainee commands the MINUKA section (military), is the UNPOL officer at the post (police), or observes it as
// a civil affairs officer (civilian). Searches are done by the Kavara National Police (KNP).
// The harassing officer is host-state police, not UN personnel: his conduct goes through the trainee's chain to the
// host-state police chain of command. It is not sexual exploitation and abuse by UN personnel.
// Harassment and trafficking are told in a few words and never shown.

VAR component = "military" // set by the engine before the story starts: "military", "police" or "civilian"

VAR searcher = 0      // until the minibus: 0 no woman searcher or screen; 1 screen but no woman searcher; 2 both
VAR heard = false     // Ma Rukia was listened to this morning (used in her search, then cleared)
VAR calm = false      // the queue was organised with dignity (used when the queue flares up, then cleared)
VAR waved = false     // Mr Sesay's lorry went past the queue unsearched
VAR partner = 2       // 0..2: how well you work with Inspector Lende; he holds the minibus only if this is 1 or more
VAR lina = "none"     // how Lina was treated: "protected", "shouted", "ignored", "later" (cleared after Lende)
VAR skipped = false   // a woman was waved through unsearched
VAR hushed = false    // the harassment was dropped for the sake of the partnership
VAR stood_by = false  // you watched while Tiro harassed Lina
VAR rough = false     // people in the queue were shouted at, pushed or sent off
VAR women = "none"    // the minibus: "screened", "asked", "confronted", "calmed", "missed", "passed", "held", "exposed"
VAR child = "none"    // Tomi: "safe", "alone", "base", "station", "kept", "handed"
VAR promised = false  // you promised something you cannot guarantee
VAR strained = false  // you confronted someone in public
VAR harm = ""         // the first critical error: "search", "bribe", "women" or "child"

-> dawn

// ---------------------------------------------------------------------------------------------------------------
=== dawn ===
Kessa bridge, on the main road into Kessa market town. Market day, just after dawn. # scene: checkpoint # speaker: narrator
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
Last month, a grenade was found in a sack at Kessa market. Today, everyone on foot with a bag is searched, and every vehicle. # speaker: narrator
Three hundred traders before noon, and I have four constables. Constable Ayo goes to the market post at nine. We keep it moving. # speaker: lende
Constable Grace Ayo is his only woman officer. Constable Musa Tiro sets up the search table by the road, in full view. # speaker: narrator # person: ayo neutral # person: tiro neutral
+ [Propose to Inspector Lende that Constable Ayo stays here all day for women's searches, with a screened corner behind the post, and that Kofi calls base for Corporal Owusu as a second woman and witness # evidence: checkpoint.setup 3]
    ~ searcher = 2
    Lende frowns, then shrugs. # speaker: narrator # person: lende wary
    The market post can have her this afternoon. Ayo stays. # speaker: lende
    Kofi's soldiers stretch a tarpaulin between the post and a mango tree. At eight, Corporal Ama Owusu arrives from the engagement team. # speaker: narrator # person: owusu calm # person: ayo calm
+ [{component == "civilian": Suggest|Ask for} a screened corner behind the post. If a woman needs searching, Constable Ayo can be called back from the market # evidence: checkpoint.setup 1]
    ~ searcher = 1
    Kofi's soldiers stretch a tarpaulin between the post and a mango tree. # speaker: narrator
    At nine, Constable Ayo leaves for the market post. # speaker: narrator # person: ayo gone
+ [Leave it as it is. One line, one table: the constables know their job # evidence: checkpoint.setup 0]
    ~ searcher = 0
    At nine, Constable Ayo leaves for the market post. # speaker: narrator # person: ayo gone
- -> queue

// ---------------------------------------------------------------------------------------------------------------
=== queue ===
By eight, the queue stretches back across the bridge. # speaker: narrator
Women with baskets of tomatoes and dried fish, men with sacks, children, a few lorries. # speaker: narrator
Inspector Lende looks down the line, then at you. # speaker: narrator # person: lende angry
Too slow. Everyone gets patted down in the line, as they stand. We do not have all day. # speaker: lende
+ [Propose a faster flow that keeps people's dignity: a second line for people without bags, lorries to one side, shade for older people and women with babies, and someone walking the line to explain what happens and why # evidence: checkpoint.dignity 3]
    ~ calm = true
    ~ partner_up(1)
    Lende thinks about it, then nods. # speaker: narrator # person: lende calm
    Kofi walks the line, explaining. An old man is given a place in the shade. # speaker: narrator
    The line still moves slowly. But it moves, and people know why they wait. # speaker: narrator
+ [Agree. Everyone is patted down in the line, in the open, to keep it moving # evidence: checkpoint.dignity 1]
    The line moves faster. # speaker: narrator # person: lende calm
    An old man stands with his arms out in the sun while a constable pats him down in front of everyone. # speaker: narrator
+ [{component == "military": Tell Kofi to|Ask Kofi to have his soldiers} get the queue in order: soldiers along the line, shouting people back into single file # evidence: checkpoint.dignity 0]
    ~ rough = true
    Soldiers walk the line, shouting. A woman drops her basket, and tomatoes roll across the road. # speaker: narrator
    Nobody in the queue looks at the soldiers now. # speaker: narrator
- -> rukia_comes

// ---------------------------------------------------------------------------------------------------------------
=== rukia_comes ===
A woman in a green headscarf walks up the side of the queue. The women in the line greet her by name. # speaker: narrator # person: rukia wary
That is Ma Rukia. She chairs the market women's association. # speaker: kofi
Our women have waited since dawn. The fish goes bad in the sun. # speaker: rukia # person: rukia angry
The men in lorries go ahead. And your constables put their hands on our daughters. # speaker: rukia
+ [Listen. Ask her what makes the checkpoint hard for the women and what would help, then take her points to Inspector Lende together # evidence: checkpoint.setup 3]
    ~ heard = true
    She talks, and you listen: women searched by a woman, behind a screen; a line for women on foot; some shade. # speaker: narrator # person: rukia calm
    {searcher == 2:
        She looks at the tarpaulin and at Corporal Owusu. Some of it, you have already done. # speaker: narrator
    - else:
        Lende listens, arms folded, then radios the market post. Constable Ayo will come back, but not for an hour. # speaker: narrator
    }
    If it keeps the queue quiet. # speaker: lende # person: lende wary
+ [Hear her out, then explain why everyone is searched today and why it takes time # evidence: checkpoint.setup 2]
    She listens to the explanation, and nods at the part about the grenade. # speaker: narrator # person: rukia wary
    We understand the search. It is how it is done that we mind. # speaker: rukia
+ [Offer to let the women go ahead of the men today, without the search, to make up for the wait # evidence: checkpoint.setup 1 # evidence: checkpoint.same-gender-search 1]
    ~ partner_down(1)
    Inspector Lende cuts in before she can answer. # speaker: narrator # person: lende angry
    No. A grenade does not care who carries it. Everybody is searched. # speaker: lende
    Ma Rukia looks from him to you. # speaker: narrator # person: rukia wary
    So who decides here? # speaker: rukia
+ [Tell her to get back in the queue. The checkpoint is not a market meeting # evidence: checkpoint.setup 0 # evidence: checkpoint.dignity 0]
    ~ rough = true
    The women she passes stop talking when they look at you. # speaker: narrator # person: rukia angry
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
+ [{component == "civilian": Tell Ma Rukia that the rule is everyone, so she must let Constable Tiro search her or go home|Tell Constable Tiro to go ahead, because the rule is everyone} # evidence: checkpoint.same-gender-search 0 # critical: checkpoint.same-gender-search]
    ~ set_harm("search")
    Constable Tiro pats her down at the table, in front of the queue. She stands rigid, eyes shut. # speaker: narrator # person: rukia sad
    The women in the line have stopped talking. # speaker: narrator
+ [Wave her through unsearched. She is an elder, and it is not worth a scene # evidence: checkpoint.same-gender-search 1]
    ~ skipped = true
    ~ partner_down(1)
    Ma Rukia walks past the table. Behind her, three more women step out of the line and look at you. # speaker: narrator # person: rukia calm
    So now the UN decides who is searched. # speaker: lende # person: lende angry
+ {searcher == 2} [Explain to her what will happen and why, then ask Constable Ayo to search her in the screened corner, with Corporal Owusu as witness # evidence: checkpoint.same-gender-search 3]
    {heard:
        Ma Rukia nods. This morning you listened to her; now she listens to you. # speaker: narrator # person: rukia calm
    - else:
        Ma Rukia listens, then nods. # speaker: narrator # person: rukia calm
    }
    Behind the tarpaulin, Constable Ayo searches her, with Corporal Owusu as witness. It takes two minutes. # speaker: narrator
+ {searcher == 2} [Ask Constable Ayo to search her quickly at the table, to save time # evidence: checkpoint.same-gender-search 2]
    Constable Ayo pats her down at the table, in front of the queue. It is quick. # speaker: narrator # person: ayo calm
    Ma Rukia looks straight ahead the whole time. # speaker: narrator # person: rukia sad
+ {searcher < 2} [Explain why everyone is searched, ask her to wait in the shade, and {component == "civilian": ask Inspector Lende to radio|radio} for Constable Ayo to come back and search her out of sight, with a woman as witness # evidence: checkpoint.same-gender-search 3]
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
+ {searcher < 2} [Ask a woman from the queue to pat her down instead # evidence: checkpoint.same-gender-search 1]
    A young trader, embarrassed, pats Ma Rukia's sides and back. Neither of them looks at the other. # speaker: narrator # person: rukia sad
    Is that a search? # speaker: lende
- ~ heard = false
-> basket

// ---------------------------------------------------------------------------------------------------------------
=== basket ===
Before she can go, Constable Tiro lifts Ma Rukia's basket and tips the dried fish out across the table. Some slide into the dust. # speaker: narrator # person: tiro neutral
My stock for the week. # speaker: rukia # person: rukia angry
+ [Ask Constable Tiro to let her unpack it herself, and check the basket in front of her # evidence: checkpoint.dignity 3]
    Tiro shrugs and steps back. Ma Rukia lays the fish out, piece by piece, and packs them again. It takes one minute longer. # speaker: narrator # person: rukia calm
+ [Help her pick the fish out of the dust and apologise, but say nothing to Constable Tiro # evidence: checkpoint.dignity 2]
    She takes the fish from your hands without a word. Tiro is already tipping out the next basket. # speaker: narrator # person: rukia wary
+ [Let it go. Bags must be searched, and the queue is waiting # evidence: checkpoint.dignity 1]
    She gathers what she can from the dust. # speaker: narrator # person: rukia sad
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
+ [Take it. It is a small amount, and it is how things work here # evidence: checkpoint.no-bribes 0 # critical: checkpoint.no-bribes]
    ~ set_harm("bribe")
    ~ waved = true
    You tuck the newspaper inside your jacket. # speaker: narrator
    The lorry rolls past the queue, unsearched. A hundred people watch it go. # speaker: narrator # person: sesay gone
+ [Refuse the money, but let him go ahead unsearched. He is a regular, and it clears the road # evidence: checkpoint.no-bribes 1]
    ~ waved = true
    He shrugs and puts the newspaper away. # speaker: narrator
    The lorry rolls past the queue, unsearched. A hundred people watch it go. # speaker: narrator # person: sesay gone
+ [Refuse politely and firmly. His lorry waits its turn and is searched like every other. Write his name, the plate, the time and the offer in the checkpoint log, and tell {chain()} # evidence: checkpoint.no-bribes 3]
    He laughs, then sees that you mean it, and backs the lorry into the line. # speaker: narrator # person: sesay angry
    You write it in the log: Sesay, the plate, 10:40, banknotes in a newspaper. Then you make the call. # speaker: narrator
    An hour later, the lorry is searched. Cement, and nothing else. # speaker: narrator # person: sesay gone
+ [Refuse, and send him back to his place in the line # evidence: checkpoint.no-bribes 2]
    He laughs, then sees that you mean it, and backs the lorry into the line. # speaker: narrator # person: sesay angry
    An hour later, the lorry is searched. Cement, and nothing else. # speaker: narrator # person: sesay gone
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
+ [Walk over calmly. Let him speak, then explain what the checkpoint is doing and why{waved:, and admit that the lorry should not have gone ahead}. Ask what would make the wait easier # evidence: checkpoint.dignity 3]
    His name is Jonas. His mother is ten places back, leaning on a stick. # speaker: narrator # person: jonas wary
    You find her a seat in the shade. Jonas stops shouting. # speaker: narrator # person: jonas calm
+ [Let Constable Tiro deal with him # evidence: checkpoint.dignity 0]
    ~ rough = true
    Tiro pushes Jonas out of the line with his baton. The queue goes silent. # speaker: narrator # person: jonas afraid
+ [{component == "military": Put two soldiers|Ask Kofi to put two soldiers} beside him to stare him down # evidence: checkpoint.dignity 1]
    Two soldiers stand beside Jonas, rifles across their chests. He stops shouting. # speaker: narrator # person: jonas afraid
    Nobody near him says a word for the next hour. # speaker: narrator
+ [Tell him that he can leave the line and come back tomorrow # evidence: checkpoint.dignity 1]
    He spits in the dust, and stays where he is. # speaker: narrator # person: jonas angry
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
+ [Step in, calmly and firmly. Stand beside her, ask Constable Tiro for the card, give it back to her, and {searcher == 2: ask Constable Ayo to finish her check behind the screen|tell her that her check is done}. Then ask Tiro, quietly, to step aside with you # evidence: checkpoint.harassment 3]
    ~ lina = "protected"
    Tiro lets go of her. For a second he looks as if he will argue. Then he hands you the card. # speaker: narrator # person: tiro angry
    {searcher == 2:
        Constable Ayo takes Lina behind the screen. Her check takes a minute. # speaker: narrator # person: ayo calm
    }
    Lina holds her card in both hands. # speaker: narrator # person: lina wary
+ [Shout at Constable Tiro in front of everyone, snatch the card out of his hand, and tell him he is a disgrace to his uniform # evidence: checkpoint.harassment 1]
    ~ lina = "shouted"
    ~ mark_strained()
    ~ partner_down(2)
    The whole queue turns to look. Tiro's face goes dark, and two of his colleagues step up beside him. # speaker: narrator # person: tiro angry
    Lina takes her card and looks at the ground. Now everybody is looking at her. # speaker: narrator # person: lina afraid
+ [Stay out of it. He is host-state police, and you have no authority over him # evidence: checkpoint.harassment 0]
    ~ lina = "ignored"
    ~ stood_by = true
    You look away. Ten minutes later, Tiro tosses the card back on the table. # speaker: narrator # person: lina afraid
+ [Make a note to tell Inspector Lende at the end of the day # evidence: checkpoint.harassment 1]
    ~ lina = "later"
    ~ stood_by = true
    You write down the time. Tiro keeps her at the table for ten more minutes, then tosses the card back. # speaker: narrator # person: lina afraid
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
+ {lina == "protected" || lina == "shouted"} [Promise her that he will lose his job and never bother her again # evidence: crsv.no-promises 0]
    ~ promised = true
    She nods, wanting to believe it. # speaker: narrator # person: lina hopeful
+ {lina == "protected" || lina == "shouted"} [Tell her honestly that you will report what you saw, but cannot promise what will happen to him. Ask whether she has someone to walk home with, and tell her she can complain herself if she wishes. Her name stays out of your report unless she agrees # evidence: crsv.no-promises 3 # evidence: checkpoint.harassment 3]
    She thinks. Her brother works at the bus stand; she will walk home with him. # speaker: narrator # person: lina calm
    Do not put my name. Not yet. # speaker: lina
+ {lina == "protected" || lina == "shouted"} [Tell her not to worry. He was only joking # evidence: checkpoint.harassment 0]
    She looks at you for a moment, and says nothing. # speaker: narrator # person: lina sad
+ {lina == "ignored" || lina == "later"} [Go after her. Say you should have stepped in, and that you will report what you saw, though you cannot promise what will happen to him # evidence: crsv.no-promises 3 # evidence: checkpoint.harassment 1]
    ~ lina = "later"
    She looks at you for a long moment. # speaker: narrator # person: lina sad
    At least you say it. # speaker: lina
+ {lina == "ignored" || lina == "later"} [Go after her and promise that he will be sacked # evidence: crsv.no-promises 0 # evidence: checkpoint.harassment 1]
    ~ lina = "later"
    ~ promised = true
    She wipes her eyes and nods. # speaker: narrator # person: lina hopeful
+ {lina == "ignored" || lina == "later"} [Let her go. There was nothing you could do # evidence: checkpoint.harassment 0]
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
+ [Speak to Inspector Lende in private, calmly. Say what you saw, ask him to take Constable Tiro off the search table today, and tell him you will report it through your chain so it can be taken up with the police chain of command. Make clear that you value working with him # evidence: checkpoint.harassment 3]
    ~ partner_up(1)
    Lende is silent for a while. # speaker: narrator # person: lende wary
    He has done this before. I will put him on the vehicles. And I will deal with him. # speaker: lende
    Across the road, Tiro is sent to the lorry lane. # speaker: narrator # person: tiro gone
+ [Apologise to Inspector Lende for the trouble, and let it drop. The partnership matters more # evidence: checkpoint.harassment 0]
    ~ hushed = true
    ~ partner_up(1)
    Good. We understand each other. # speaker: lende # person: lende calm
    Constable Tiro goes back to the search table. # speaker: narrator # person: tiro calm
+ [Say nothing to Inspector Lende for now. You will put it in your report through your chain tonight # evidence: checkpoint.harassment 2]
    {
    - lina == "protected" || lina == "shouted":
        Lende waits for an answer, then shrugs and walks back to the post. # speaker: narrator # person: lende wary
    - else:
        Kofi nods. Inspector Lende finishes his tea. # speaker: narrator
    }
    Constable Tiro stays at the search table for the rest of the afternoon. # speaker: narrator # person: tiro calm
+ [Tell Inspector Lende that unless Constable Tiro is sacked today, the UN will pull out of the joint checkpoint # evidence: checkpoint.harassment 1]
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
+ [Keep it routine. The constables check the vehicle, and the women are searched one at a time by {searcher == 2: Constable Ayo behind the screen|a woman, so Constable Ayo is called back}, away from Mr Dabo, each holding her own card. Meanwhile, out of his earshot, radio {specialists()} # evidence: checkpoint.trafficking 3]
    ~ women = "screened"
    ~ screen_up()
    Mr Dabo hands over the folder without a word. The women climb down one by one. # speaker: narrator # person: dabo wary
+ [Confront Mr Dabo in front of the women and the queue. Ask him how much he is paid for them # evidence: checkpoint.trafficking 0]
    ~ women = "confronted"
    ~ mark_strained()
    ~ partner_down(1)
+ [Ask the women, there in front of Mr Dabo, whether they are travelling of their own free will # evidence: checkpoint.trafficking 1]
    ~ women = "asked"
+ [Hand back the cards and wave the minibus on. The papers are genuine, and the queue is long # evidence: checkpoint.trafficking 0]
    ~ women = "missed"
- {
- women == "screened":
    -> sara
- women == "asked":
    -> asked
- women == "confronted":
    -> confronted
- else:
    -> missed
}

=== sara ===
Constable Ayo calls you to the edge of the screen. # speaker: narrator # person: ayo calm
The young woman who looked at you speaks fast and low. Her name is Sara. # speaker: narrator # person: sara afraid
He keeps our cards. He says we owe him for the bus and for the job. # speaker: sara
I do not know where we are going. Can you send me home? # speaker: sara
+ [Promise her that she will be home tonight, and that Mr Dabo will go to prison # evidence: crsv.no-promises 0]
    ~ promised = true
    She grips Constable Ayo's arm. # speaker: narrator # person: sara hopeful
    Tonight? # speaker: sara
+ [Tell her the truth: you cannot promise what happens next, but people whose work is exactly this can talk with her today, if she agrees, and nothing she said will be told to Mr Dabo # evidence: crsv.no-promises 3 # evidence: checkpoint.trafficking 3]
    She looks at Constable Ayo, then at you, and nods once. # speaker: narrator # person: sara wary
+ [Ask her for everything: who Mr Dabo works for, who pays him, where they are going. Write it down # evidence: checkpoint.trafficking 1]
    She starts to answer, then stops. Her eyes go to the gap in the tarpaulin, to the road where Mr Dabo waits. # speaker: narrator # person: sara afraid
    I do not know. I do not know. # speaker: sara
- -> hold

=== asked ===
The women look at Mr Dabo before they answer. # speaker: narrator # person: dabo calm
"We are fine," says the first. The others nod. Mr Dabo smiles. # speaker: narrator
The one who looked at you says nothing at all. # speaker: narrator # person: sara afraid
+ [Accept their answer and wave the minibus on # evidence: checkpoint.trafficking 0]
    ~ women = "missed"
    -> missed
+ [Thank them, then carry on as routine: the women are searched one at a time by a woman, away from Mr Dabo. Out of his earshot, radio {specialists()} # evidence: checkpoint.trafficking 2]
    ~ women = "screened"
    ~ screen_up()
    The women climb down one by one. Mr Dabo's smile is gone. # speaker: narrator # person: dabo wary
    -> sara

=== confronted ===
Mr Dabo's face closes. # speaker: narrator # person: dabo angry
Nieces. I told you. # speaker: dabo
The women stare at the floor. The youngest is crying. # speaker: narrator # person: sara afraid
Inspector Lende pulls you aside. # speaker: narrator # person: lende angry
Now he knows. If they are what you think, they will pay for it tonight. # speaker: lende
+ [Lower the temperature: apologise for your tone, keep the check routine with the women searched one at a time by a woman, away from Mr Dabo, and radio {specialists()} quietly # evidence: checkpoint.trafficking 1]
    ~ women = "calmed"
    ~ screen_up()
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
+ [Radio the plate, the route and a description to {specialists()}, as signs worth checking, not as an accusation # evidence: checkpoint.trafficking 2]
    ~ women = "passed"
    Somebody at UNPOL writes it down. Whether anyone stops the minibus before the capital, you may never know. # speaker: narrator
+ [Let it go. This is not an immigration post # evidence: checkpoint.trafficking 0]
    The minibus is gone. # speaker: narrator
    ~ women = "passed"
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
{women == "screened":
    What did she say to you? We are late. # speaker: dabo
- else:
    What are we waiting for? We are late. # speaker: dabo
}
The papers are real. I cannot hold them without a reason. # speaker: lende # person: lende wary
+ [Tell Mr Dabo nothing: searches take time on market day. Then ask Inspector Lende, in private, to hold the minibus for a check of the documents until the specialists arrive, describing what you saw as signs, not proof # evidence: checkpoint.trafficking 3]
    {partner >= 1:
        ~ women = "held"
        Lende looks at the five cards again. # speaker: narrator # person: lende calm
        Four villages and one uncle. All right. A documents check. It may take a while. # speaker: lende
    - else:
        ~ women = "passed"
        Lende shakes his head. # speaker: narrator # person: lende angry
        All day you go against me, and now you want favours? The papers are real. # speaker: lende
        The minibus leaves. You pass the plate and a description to UNPOL. # speaker: narrator # person: dabo gone # person: sara gone
    }
+ {women == "screened"} [Tell Mr Dabo what Sara said, and watch how he reacts # evidence: checkpoint.trafficking 0 # critical: checkpoint.trafficking]
    ~ set_harm("women")
    ~ women = "exposed"
    Mr Dabo's smile does not move. He looks at Sara for a long second. # speaker: narrator # person: sara afraid
    Come, girls. We are late. # speaker: dabo
    With nothing to hold them on, Lende lets the minibus go. Sara does not look at you again. # speaker: narrator # person: dabo gone # person: sara gone
+ {women == "calmed"} [Warn Mr Dabo that the UN has its eye on him # evidence: checkpoint.trafficking 0]
    ~ women = "passed"
    Mr Dabo smiles. # speaker: narrator
    Come, girls. # speaker: dabo
    Lende lets the minibus go. You pass the plate to UNPOL. # speaker: narrator # person: dabo gone # person: sara gone
+ [Let them go. There is nothing to hold them for. Pass the plate to {specialists()} # evidence: checkpoint.trafficking 2]
    ~ women = "passed"
    The minibus drives off towards the capital. # speaker: narrator # person: dabo gone # person: sara gone
- {women == "held":
    Forty minutes later, two UNPOL officers and a policewoman from the Kavara police specialist unit arrive. # speaker: narrator # person: sara wary
    They talk with the women one at a time, away from Mr Dabo. From here on, it is their work. # speaker: narrator # person: dabo gone # person: sara gone
}
-> after_minibus

// ---------------------------------------------------------------------------------------------------------------
=== tomi ===
Late afternoon. Constable Ayo is at the post for the rest of the day. # speaker: narrator # person: ayo calm
A boy of about nine comes down the north road alone, a plastic bag in his hand. He asks Kofi for water. # speaker: narrator # person: tomi wary
My mother went to sell at Kessa market yesterday. She did not come home. I came to find her. # speaker: tomi
His name is Tomi. He has walked since morning. # speaker: narrator
+ [Give him water, sit him in the shade with Constable Ayo, ask nothing that would frighten him, tell {chain()}, and call Ms Adjei, the mission's Child Protection Officer # evidence: checkpoint.child-alone 3]
    ~ child = "safe"
    Tomi drinks the whole bottle. Constable Ayo finds him a biscuit. # speaker: narrator # person: tomi calm
+ [Point him towards the market. It is only a kilometre, and he can look for her there # evidence: checkpoint.child-alone 0]
    ~ child = "alone"
    He nods and sets off down the road, alone. # speaker: narrator # person: tomi wary
+ [Put him in the UN vehicle to take him to the base, where he will be safe # evidence: checkpoint.child-alone 1]
    ~ child = "base"
    Kofi opens the door of the white vehicle. Tomi looks at the soldiers and does not move. # speaker: narrator # person: tomi afraid
+ [Ask Inspector Lende to keep him at the police station until somebody claims him # evidence: checkpoint.child-alone 1]
    ~ child = "station"
    Lende shrugs. # speaker: narrator # person: tomi afraid
    There is a bench at the station. # speaker: lende
- -> tomi_asks

=== tomi_asks ===
Tomi looks up at you. # speaker: narrator
Will you find my mama? # speaker: tomi
+ {child == "safe"} [Tell him you cannot promise, but a woman whose job is to help children find their families is on her way, and you will stay with him until she comes # evidence: crsv.no-promises 3 # evidence: checkpoint.child-alone 3]
    He nods and leans against Constable Ayo. # speaker: narrator # person: tomi calm
+ {child != "safe"} [Tell him you cannot promise, but that you will do what you can # evidence: crsv.no-promises 3]
    He nods slowly. # speaker: narrator
+ [Promise him that you will find her today # evidence: crsv.no-promises 0]
    ~ promised = true
    His face lights up. # speaker: narrator # person: tomi hopeful
+ [Tell him she is surely fine, and he should not worry # evidence: crsv.no-promises 1]
    He does not look as if he believes you. # speaker: narrator
- -> bello

=== bello ===
~ temp waited = false
A man steps out of the queue. # speaker: narrator # person: bello calm
I know this boy. He is my brother's son. Come, Tomi, I will take you to the market. # speaker: bello
{child == "alone":
    Tomi has only gone a few steps down the road. He stops, and says nothing. # speaker: narrator # person: tomi afraid
- else:
    Tomi steps back behind Constable Ayo. He says nothing. # speaker: narrator # person: tomi afraid
}
Give the boy to his uncle. We are not a nursery. # speaker: lende # person: lende wary
+ [Hand Tomi over. The man knows his name and says he is family # evidence: checkpoint.child-alone 0 # critical: checkpoint.child-alone]
    ~ set_harm("child")
    ~ child = "handed"
    Mr Bello takes Tomi by the hand. They disappear into the crowd on the market road. # speaker: narrator # person: tomi gone # person: bello gone
+ [Say politely that Tomi will wait here until the Child Protection Officer comes. If Mr Bello is family, he is welcome to wait too, and she will check # evidence: checkpoint.child-alone 3]
    {child != "safe":
        You radio for Ms Adjei, the mission's Child Protection Officer. # speaker: narrator
    }
    ~ child = "safe"
    ~ waited = true
    Mr Bello hesitates, then sits down on a crate to wait. # speaker: narrator # person: bello wary # person: tomi wary
+ [Take Mr Bello's name and phone number, then let Tomi go with him if Tomi is willing # evidence: checkpoint.child-alone 0 # critical: checkpoint.child-alone]
    ~ set_harm("child")
    ~ child = "handed"
    Tomi shrugs. Mr Bello takes his hand, and they walk off towards the market. # speaker: narrator # person: tomi gone # person: bello gone
+ [Tell Mr Bello to leave the boy alone and move on # evidence: checkpoint.child-alone 2]
    {child == "alone":
        ~ child = "kept"
        Tomi comes back and sits by the post. # speaker: narrator # person: tomi wary
    }
    Mr Bello shrugs and goes back to the queue. # speaker: narrator # person: bello gone
- {
- child == "safe":
    An hour later, Ms Adjei arrives with a worker from a local child protection group. She crouches to talk with Tomi at his height. # speaker: narrator # person: adjei calm # person: tomi calm
    {waited:
        She talks with Mr Bello too. He turns out to be a neighbour from Tomi's village, not an uncle. # speaker: narrator # person: bello gone
    }
    By evening, her team finds Tomi's mother at the health centre in town. She fell ill at the market. # speaker: narrator # person: tomi relieved
- child == "base":
    Kofi drives Tomi to the base. The duty officer spends the evening phoning around for someone who knows what to do with a lost child. # speaker: narrator # person: tomi gone
- child == "station":
    Tomi spends the night on a bench at the police station, among the men in the cells. # speaker: narrator # person: tomi gone
- child == "kept":
    Tomi sits by the post until dusk. Nobody has called child protection, so Inspector Lende takes him to the station for the night. # speaker: narrator # person: tomi gone
- child == "handed":
    You never learn who Mr Bello was. # speaker: narrator
}
~ waited = false
-> debrief

// ---------------------------------------------------------------------------------------------------------------
=== debrief ===
That evening, at the MINUKA base, Captain Rahman and Superintendent Nadia Keita of UNPOL hold the joint debrief of the day. # scene: base # speaker: narrator # person: kofi gone # person: lende gone # person: ayo gone # person: owusu gone # person: tiro gone # person: adjei gone # person: tomi gone # person: bello gone # person: dabo gone # person: sara gone # person: rahman neutral # person: keita neutral
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
Anything on the police side that we should take up with the Kavara police command? # speaker: keita
+ [Report Constable Tiro's conduct factually: what you saw, when, where, who else saw it, and what Inspector Lende did. Ask that it be taken up with the police chain of command through the joint mechanism. Lina's name stays out unless she agrees # evidence: checkpoint.harassment 3]
    Superintendent Keita writes it down. # speaker: narrator # person: keita calm
    I will raise it with the district police commander at Thursday's coordination meeting. # speaker: keita
+ [Report it as sexual exploitation and abuse, to the mission's Conduct and Discipline Team # evidence: checkpoint.harassment 1]
    Superintendent Keita shakes her head. # speaker: narrator # person: keita wary
    Conduct and Discipline deals with our own personnel. A Kavara police officer's conduct, we take up with his own command. But I am glad you told us. # speaker: keita
+ [Give Lina's full name and street, so that the Kavara police can call her in for a statement # evidence: checkpoint.harassment 1]
    Superintendent Keita looks up. # speaker: narrator # person: keita wary
    Did she agree to that? Her name will go to the station where he works. # speaker: keita
+ [Leave it out. Inspector Lende has dealt with it, and the partnership matters # evidence: checkpoint.harassment 0]
    ~ hushed = true
    Superintendent Keita nods and moves on. # speaker: narrator # person: keita neutral
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
Later, you think back over the day at Kessa bridge. # speaker: narrator
Nobody was searched against their will, nobody was waved through, and nobody bought their way past the queue. # speaker: narrator
Constable Tiro's conduct is on its way to his own command. # speaker: narrator
The women from the minibus are with specialists, and Tomi is with his mother. # speaker: narrator
A checkpoint that is fair, and seen to be fair, is a safer checkpoint. # speaker: narrator # ending: trusted
-> END

=== open_gaps ===
Later, you think back over the day at Kessa bridge. You made no critical error. But some things slipped through. # speaker: narrator
{skipped:
    A woman walked past the table unsearched, and the whole queue saw it. Word travels fast in a market: within a week, traders know that at Kessa bridge, women are not always searched. # speaker: narrator
}
{waved:
    Mr Sesay's lorry went past the queue unsearched. # speaker: narrator
}
{rough:
    People in the queue were shouted at or pushed around. They will remember the checkpoint for that, and avoid it if they can. # speaker: narrator
}
{women == "missed" || women == "passed":
    The minibus went on to the capital with the five young women, and nobody spoke to them away from Mr Dabo. # speaker: narrator
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
Later, you think back over the day at Kessa bridge. You stood up for people, but you did it in public, with raised voices. # speaker: narrator
A public scene warns the people you are worried about, strains the partnership you depend on, and leaves the people you meant to protect standing in the middle. # speaker: narrator
Firm, calm and private protects people better than loud and public. # speaker: narrator # ending: strained
-> END

=== harm_done ===
Later, you think back over the day at Kessa bridge. # speaker: narrator
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
Later, you think back over the day at Kessa bridge. # speaker: narrator
A hundred people saw Mr Sesay's lorry roll past the queue, unsearched, after he handed you a newspaper. # speaker: narrator
By next market day, everybody will know the price of the UN at Kessa bridge, including people with worse things to carry than cement. # speaker: narrator
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
~ return rough || skipped || waved || stood_by || hushed || women == "missed" || women == "passed" || child == "base" || child == "station" || child == "kept"

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
