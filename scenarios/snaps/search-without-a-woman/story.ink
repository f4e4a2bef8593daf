// Snap situation: a woman must be searched, and there is no woman officer on the shift.
// Setting: a joint checkpoint of MINUKA (fictional) and the Kavara National Police (fictional), as in the core
// checkpoint scenario. The Kavara police do the searches; the trainee works with them.
// Built from guidance/notes/external-public-guidance.md (a): item 1 (plan for same-gender searches), item 5 (a
// witness protects both sides), item 8 (field report from Iraq: armed groups exploit soldiers who will not search
// women), item 9 (checkpoints affect women and men differently), item 12 (respect, courtesy); and from the DPO
// Resource Package (001): L1560-1561 (women searched by women officers), L4096-4107 (engage women's organisations).
// The search against her will is told in a few words and never shown.

VAR place = ""    // shown: the checkpoint
VAR name = ""     // shown: the trader who must be searched
VAR goods = ""    // shown: what she carries
VAR away = ""     // shown: where the only policewoman went
VAR wait = ""     // shown: how long until the policewoman can be back
VAR leader = ""   // shown: the market women's spokeswoman

VAR outcome = "none"     // how the trader was dealt with: "forced", "skipped", "stranger", "waited"
VAR open_search = false  // she was searched by a woman, but at the open table
VAR rough = false        // the angry man in the queue was pushed or told to leave
VAR plan = 0             // what was asked for at the end of the shift (the level shown on checkpoint.setup)

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ place = "The market crossroads"
    ~ name = "Esi"
    ~ goods = "a sack of groundnuts on her head"
    ~ away = "the market post"
    ~ wait = "twenty minutes"
    ~ leader = "Mama Ngozi"
- 2:
    ~ place = "The ferry road"
    ~ name = "Aminata"
    ~ goods = "a basin of smoked fish"
    ~ away = "the ferry landing"
    ~ wait = "half an hour"
    ~ leader = "Mama Ngozi"
- else:
    ~ place = "The old iron bridge"
    ~ name = "Olabisi"
    ~ goods = "a bundle of cloth on her head"
    ~ away = "the district station"
    ~ wait = "twenty-five minutes"
    ~ leader = "Mama Ngozi"
}
-> table

// ---------------------------------------------------------------------------------------------------------------
=== table ===
{place}, early afternoon. The queue at the joint checkpoint reaches back to the bend. Constable Sow, the only policewoman on duty, left at noon for {away}. # scene: checkpoint # speaker: narrator # person: bida neutral
A trader, {name}, reaches the search table with {goods}. When Sergeant Bida of the Kavara police reaches out to pat her down, she steps back. # speaker: narrator # person: trader wary
No man puts his hands on me. Not here, in front of everyone. # speaker: trader # person: trader angry
Look at that queue. Let me just pat her down quickly. Two seconds. # speaker: bida # person: bida angry
+ [Wave her through. She is plainly a trader; it is not worth a scene # evidence: checkpoint.same-gender-search 1]
    ~ outcome = "skipped"
    {name} walks on. Behind her, two women in the queue look at each other. # speaker: narrator # person: trader gone
    So now women just walk past. Everybody saw that. # speaker: bida
+ [Tell her a policewoman will search her, and radio for Constable Sow # evidence: checkpoint.same-gender-search 3]
    ~ outcome = "waited"
    You explain that everyone is searched today, women by a woman. {name} folds her arms, then sits down in the shade. # speaker: narrator # person: trader calm
    Constable Sow answers the radio from {away}. She can be back in {wait}. # speaker: narrator
    One woman, and the whole line waits for her. # speaker: bida
+ [Have a woman she knows in the queue pat her down, at the side # evidence: checkpoint.same-gender-search 1]
    ~ outcome = "stranger"
    A neighbour of hers from the queue, embarrassed, pats {name}'s sides and back. Neither of them looks at the other. # speaker: narrator # person: trader sad
    Is that a search? # speaker: bida # person: bida wary
    {name} lifts her load and walks on. # speaker: narrator # person: trader gone
+ [Let him. It takes two seconds, and today everyone is searched, women too # evidence: checkpoint.same-gender-search 0 # evidence: checkpoint.dignity 1 # critical: checkpoint.same-gender-search]
    ~ outcome = "forced"
    Sergeant Bida pats her down at the table while the queue watches. She stands rigid, eyes shut. # speaker: narrator # person: trader sad
    Then she lifts her load and walks on without a word. # speaker: narrator # person: trader gone
- -> queue

// ---------------------------------------------------------------------------------------------------------------
=== queue ===
A few minutes later, a young man near the front starts shouting. # speaker: narrator # person: man angry
{
- outcome == "waited":
    She sits in the shade and we stand in the sun? Search her or let us all through! # speaker: man
- outcome == "skipped":
    She walks past and we get searched? Is that the rule here? # speaker: man
- else:
    Two hours in this sun! How much longer? # speaker: man
}
Others in the line start calling out too. Sergeant Bida reaches for his baton. # speaker: narrator # person: bida angry
+ [Hear him out, explain the wait, and open a second line for people without bags # evidence: checkpoint.dignity 3]
    You tell those around him what the checkpoint does and why{outcome == "waited":, and that a woman will search her soon}. He complains for a minute more, then nods. The second line starts to move. # speaker: narrator # person: man calm # person: bida neutral
+ [Leave him to Sergeant Bida; it is his checkpoint # evidence: checkpoint.dignity 0]
    ~ rough = true
    Bida pushes him out of the line with his baton. The queue goes silent. # speaker: narrator # person: man afraid
+ [Tell him the checkpoint will not be hurried: he can leave the line and come back tomorrow # evidence: checkpoint.dignity 1]
    ~ rough = true
    He spits in the dust and stays where he is. Nobody near him says a word. # speaker: narrator # person: man angry
- {outcome == "waited":
    -> arrives
- else:
    -> leader_comes
}

// ---------------------------------------------------------------------------------------------------------------
=== arrives ===
Constable Sow arrives, out of breath. # speaker: narrator # person: man gone # person: sow calm
Do it here at the table, it is quicker. Everybody has seen her already. # speaker: bida # person: bida wary
{name} looks at the open table, then at the queue. # speaker: narrator # person: trader wary
+ [Let her go on unsearched: she has waited long enough # evidence: checkpoint.same-gender-search 1]
    ~ outcome = "skipped"
    Constable Sow looks at you, then at Sergeant Bida. # speaker: narrator # person: sow wary
+ [Have Constable Sow search her at the table, quickly and politely; the queue is growing # evidence: checkpoint.same-gender-search 2]
    ~ open_search = true
    Constable Sow pats her down at the table. It takes a minute. {name} looks straight ahead the whole time. # speaker: narrator # person: trader sad
+ [Constable Sow searches her behind a tarpaulin, with a woman witness she chooses # evidence: checkpoint.same-gender-search 3]
    A tarpaulin goes up behind the post. Constable Sow searches her there, with an older woman from the queue as witness. It takes two minutes. # speaker: narrator # person: trader calm
- {name} lifts her load and goes on towards the market. # speaker: narrator # person: trader gone
-> leader_comes

// ---------------------------------------------------------------------------------------------------------------
=== leader_comes ===
At the end of the shift, {leader}, who speaks for the market women, comes to the post. # speaker: narrator # person: man gone # person: sow gone # person: leader wary
{
- outcome == "forced":
    A man put his hands on {name} in front of the whole road. Our women will take the bush path now, rather than come through here. # speaker: leader # person: leader angry
- outcome == "skipped":
    Some women you search, some you wave past. Nobody knows the rule at this checkpoint. # speaker: leader
- outcome == "waited":
    {name} waited in the sun because there was no policewoman. Tomorrow there will be ten women like her. # speaker: leader
- else:
    You had a neighbour from the queue search {name}. That is not a search, and it is not respect. # speaker: leader
}
+ [Tell her search procedure is set by the commander for everyone's safety, not by the market # evidence: checkpoint.setup 0 # evidence: checkpoint.dignity 0]
    ~ plan = 0
    She looks at you for a long moment, then walks away. # speaker: narrator # person: leader angry
+ [Hear her out, then explain why women are searched by women, and why it takes time # evidence: checkpoint.setup 2]
    ~ plan = 2
    She listens, and nods when you say you will ask for a policewoman and a screen on every shift. # speaker: narrator # person: leader calm
    We understand the search. It is how it is done that we mind. # speaker: leader
    You told her the rules. You did not ask what would make the checkpoint work for the women who use it. # speaker: narrator
+ [Tell her that, for their dignity, women will go unsearched until there is a policewoman on every shift # evidence: checkpoint.setup 1 # evidence: checkpoint.same-gender-search 1]
    ~ plan = 1
    She nods slowly. Sergeant Bida shakes his head. # speaker: narrator # person: leader calm
    Then everyone on this road will learn that a woman's load is never opened. # speaker: bida # person: bida wary
+ [Ask her what makes the checkpoint hard for women and what would help; take it to your commander # evidence: checkpoint.setup 3]
    ~ plan = 3
    She talks and you listen: a policewoman every day, a screen, a woman witness, a line for women on foot, some shade. # speaker: narrator # person: leader calm
    That evening, your commander takes her points to the Kavara district police. # speaker: narrator
- -> wrap

// ---------------------------------------------------------------------------------------------------------------
=== wrap ===
{
- outcome == "forced":
    -> harm_done
- outcome == "skipped" || outcome == "stranger" || open_search || rough || plan < 2:
    -> gaps
- else:
    -> fair
}

=== fair ===
Later, you think back over the shift. # speaker: narrator # person: leader gone # person: bida gone
{name} was searched like everyone else: by a woman, out of sight, with a witness. It cost {wait}, not security. # speaker: narrator
And the market women know what to expect at this checkpoint tomorrow. # speaker: narrator # ending: fair
-> END

=== gaps ===
Later, you think back over the shift. Nobody was searched against her will, but some things slipped through. # speaker: narrator # person: leader gone # person: bida gone
{outcome == "skipped":
    A woman went past unsearched, and the queue saw it. Within a week, the whole road will know that women are not always searched here. # speaker: narrator
}
{outcome == "stranger":
    A neighbour from the queue is not a trained searcher. {name} was neither searched properly nor spared. # speaker: narrator
}
{open_search:
    {name} was searched by a woman, but at the open table, in front of the queue. # speaker: narrator
}
{rough:
    A man was pushed or sent off for shouting. The queue will remember that longer than the wait. # speaker: narrator
}
{plan < 2:
    Nothing has changed for tomorrow: there is still no policewoman on the roster. # speaker: narrator
}
Each gap is a door that someone else may use. # speaker: narrator # ending: gaps
-> END

=== harm_done ===
Later, you think back over the shift. # speaker: narrator # person: leader gone # person: bida gone
{name} was searched by a man, in front of the road, after she had refused. A policewoman could have been there in {wait}. # speaker: narrator
However long the queue, that is a critical error. # speaker: narrator # ending: harm-done
-> END
