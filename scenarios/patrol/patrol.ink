// On the ground: where the plan takes the patrol, who it meets, and what they will say to it.

=== function women_of_patrol() ===
{
- confidante == "Sergeant Bello":
    ~ return "Sergeant Bello"
- confidante == "Corporal Diallo":
    ~ return "Corporal Diallo"
}
~ return "Mariam"

// ---------------------------------------------------------------------------------------------------------------
=== set_out ===
~ trust = 1
{team != "male" || assistant == "woman":
    ~ trust_up(1)
}
{
- hour == "dawn":
    Before first light the next day, the patrol leaves the base on foot. # scene: base # speaker: narrator # person: karimi gone
- hour == "morning":
    At nine the next morning, the patrol leaves the base on foot. # scene: base # speaker: narrator # person: karimi gone
- hour == "afternoon":
    At three, in the heat, the patrol leaves the base on foot. # scene: base # speaker: narrator # person: karimi gone
- else:
    At ten that night, the patrol leaves the base on foot, torches low. # scene: base # speaker: narrator # person: karimi gone
}
{
- team == "engagement":
    Sergeant Bello walks beside you, her team behind her. Half of them are women. # speaker: narrator # person: bello calm
- team == "mixed":
    Two women peacekeepers walk with Sergeant Okello's section. # speaker: narrator
- else:
    Sergeant Okello's section falls in behind you: ten men. # speaker: narrator
}
{
- assistant == "woman":
    Mariam, the language assistant, walks with you. # speaker: narrator # person: mariam calm
- assistant == "man":
    Idris, the language assistant, walks with you. # speaker: narrator # person: idris neutral
- else:
    There is no language assistant. # speaker: narrator
}
{
- component == "civilian":
    Lieutenant Karimi leads. You walk beside him with your notebook and no weapon. # speaker: narrator # person: karimi neutral
- component == "police":
    Your two officers walk with you. The escort keeps close. # speaker: narrator
}
Corporal Kofi Mensah, the patrol's second-in-command, brings up the rear. # speaker: narrator
{
- hour == "night":
    -> at_shelters
- route == "trail":
    -> on_trail
- route == "river":
    -> at_river
- route == "market":
    -> at_market
- else:
    -> on_road
}

// ---------------------------------------------------------------------------------------------------------------
=== on_trail ===
{
- hour == "dawn":
    First light. The trail leaves the site and runs south-west towards the woods. # scene: village # speaker: narrator
    Where the path enters the trees, three armed men sit on a log, rifles across their knees. Militia, from the road. # speaker: narrator
    They are watching the path. It is the hour the women come. # speaker: narrator
    A group of women comes along the trail from the site, a dozen, close together, with ropes and machetes for the wood. # speaker: narrator # person: fatuma wary
    When they see the patrol, they slow down. # speaker: narrator
- hour == "morning":
    Mid-morning. Women come back along the trail under loads of firewood. Fewer than a site this size would send, and close together. # scene: village # speaker: narrator # person: fatuma wary
    Where the path enters the trees, the grass is flattened round a log. Cigarette ends. An empty cartridge case. # speaker: narrator
- else:
    The afternoon heat. On the trail, a big group of women walks towards the woods, late and all together, a boy running ahead as a lookout. # scene: village # speaker: narrator # person: fatuma wary
    When they see the patrol, they stop. # speaker: narrator
}
-> derive

=== at_river ===
{
- hour == "dawn":
    First light at the river water point. Women and girls fill jerrycans, and a few wash clothes on the stones. # scene: water-point # speaker: narrator # person: fatuma wary
- hour == "morning":
    Mid-morning at the river water point. Women and girls queue with jerrycans. # scene: water-point # speaker: narrator # person: fatuma wary
- else:
    The afternoon heat at the river water point. Only a few women are there. # scene: water-point # speaker: narrator # person: fatuma wary
}
Beyond the river, the footpath to the woods is empty. # speaker: narrator
The women watch the patrol come down the bank. # speaker: narrator
-> derive

=== at_market ===
{
- hour == "dawn":
    First light at the market. Stalls are going up. Women lay out vegetables, charcoal and bundles of firewood. # scene: village # speaker: narrator # person: fatuma wary
- hour == "morning":
    The market is busy. Most of the sellers are women. # scene: village # speaker: narrator # person: fatuma wary
- else:
    The market is winding down in the heat. A few women pack up their stalls. # scene: village # speaker: narrator # person: fatuma wary
}
The women at the stalls go quiet as the patrol comes near. # speaker: narrator
-> derive

=== on_road ===
The main road. The militia's white pickup sits near the bridge. Men drink tea at the stalls by the road. # scene: village # speaker: narrator
There are few women about. Three, coming back from the market, step off the road into the grass when they see the patrol. # speaker: narrator # person: fatuma wary
-> derive

=== at_shelters ===
Night. The patrol walks the edge of the site. # scene: village # speaker: narrator
At the western edge, torchlight moves from shelter to shelter: two armed men, knocking on doors. # speaker: narrator
When they see the patrol, they slip away towards the road. # speaker: narrator
Women stand in the doorways of the last shelters, wrapped in cloths. Tonight, at least, someone saw the men come. # speaker: narrator # person: fatuma afraid
-> derive

// ---------------------------------------------------------------------------------------------------------------
// From here on the story needs only what the plan led to, not the plan itself: derive it, then clear the plan so
// that paths which led to the same situation merge again.
=== derive ===
{
- team == "engagement":
    ~ confidante = "Sergeant Bello"
- team == "mixed":
    ~ confidante = "Corporal Diallo"
- assistant == "woman":
    ~ confidante = "Mariam"
- else:
    ~ confidante = ""
}
{
- assistant == "woman":
    ~ translator = "Mariam"
- assistant == "man":
    ~ translator = "Idris"
- else:
    ~ translator = ""
}
{
- hour == "night":
    ~ spot = "night"
- hour == "dawn" && route == "trail":
    ~ spot = "trail-dawn"
- else:
    ~ spot = route
}
~ at_night = spot == "night"
~ fast = linked && spot != "road"
~ team = "male"
~ assistant = "none"
~ hour = "none"
~ route = "none"
~ linked = false
-> approach

// ---------------------------------------------------------------------------------------------------------------
=== approach ===
{consulted == 2:
    Among them you recognise Mama Rose, from the women's committee. # speaker: narrator # person: rose calm
}
The women watch you. Armed men are what they fear. # speaker: narrator
+ [Walk the patrol up to them, openly, so they can see who you are # evidence: patrol.approach 1]
    ~ trust_down(1)
    The women bunch together as the armed patrol closes in. Two of them turn and go. The rest wait, eyes down. # speaker: narrator # person: fatuma afraid
    You meant to show them who you are. What they saw was a file of armed men coming at them. # speaker: narrator
+ {confidante != ""} [Halt well short, weapons down, and send {women_of_patrol()} ahead # evidence: patrol.approach 3]
    ~ trust_up(1)
    The patrol stops, rifles pointed at the ground, and {women_of_patrol()} walks over alone, unhurried. # speaker: narrator
    A greeting in Kavaran, a few words, a nod. The women were free to leave, and they chose to stay and talk. # speaker: narrator # person: fatuma calm
+ {consulted == 2} [Halt well short, weapons down, and let Mama Rose go first # evidence: patrol.approach 3]
    ~ trust_up(1)
    Mama Rose speaks to the others. They know her, and now they know who you are. They look at the patrol differently. # speaker: narrator # person: fatuma calm
+ [Halt well short, weapons down, and go ahead {translator == "Idris":with Idris|alone} # evidence: patrol.approach 2]
    You walk over slowly and greet them from a few paces off. They stay, but they keep their distance. To them, you are still part of an armed patrol. # speaker: narrator # person: fatuma wary
+ [Post the patrol round them, to keep the path secure while you talk # evidence: patrol.approach 0]
    ~ trust_down(2)
    The soldiers fan out on both sides of the path. The women freeze. A girl starts to cry. Nobody will look at you. # speaker: narrator # person: fatuma afraid
    To women who fear armed men, a ring of rifles is not security. It is a trap. # speaker: narrator
- -> talk

// ---------------------------------------------------------------------------------------------------------------
=== talk ===
{
- trust >= 2:
    They are willing to talk. # speaker: narrator
- trust == 1:
    They stay, wary. # speaker: narrator
- else:
    They stand with their eyes down, waiting for the patrol to go. # speaker: narrator
}
{translator == "":
    With no language assistant, most of what they say is lost on the patrol. One woman speaks a little French. # speaker: narrator
}
+ [Ask about the armed men: how many, what weapons, which group, when # evidence: patrol.consult-women 1]
    The women look at each other. One of them answers. # speaker: narrator # person: fatuma wary
    Men with guns. Like yours. # speaker: fatuma
    You asked them for intelligence. Nobody asked them what they need. # speaker: narrator
+ [Let them choose where to talk, and ask what they fear and what they want # evidence: patrol.consult-women 3]
    ~ trust_up(1)
    They lead you off the path, behind a screen of bushes. You sit down with them. One of them speaks for the others. # speaker: narrator # person: fatuma calm
    Come at first light. Walk with us to the woods. And bring women. # speaker: fatuma
+ {confidante == "Sergeant Bello" || confidante == "Corporal Diallo"} [Leave the talking to the women peacekeepers; you keep watch on the path # evidence: patrol.team-composition 1]
    The women peacekeepers sit with the women. From the path you see them talk, but you hear none of it. # speaker: narrator
    Two men of the site, watching, decide the UN has nothing to say to them. Talking with the community is the whole patrol's job, not only its women's. # speaker: narrator
+ {confidante == "" || confidante == "Mariam"} [Give them the hotline number, so they can call if anything happens # evidence: patrol.consult-women 1]
    One woman takes the number and tucks it into her wrap. # speaker: narrator # person: fatuma wary
    They have a number to call. You still do not know what they fear, or what they want from a patrol. # speaker: narrator
- -> chairman

// ---------------------------------------------------------------------------------------------------------------
=== chairman ===
Mr Tamba arrives{at_night: with a torch|}, two men of the site committee behind him. # speaker: narrator # person: tamba wary
{consulted == 1:
    I told you already. # speaker: tamba
}
The women have nothing to say to the UN. I am the chairman. I speak for them. # speaker: tamba
+ [Invite everyone to the committee hall tonight, with him in the chair # evidence: patrol.consult-women 1]
    ~ trust_down(1)
    Mr Tamba likes the idea. The women say nothing. # speaker: narrator # person: tamba gone # person: fatuma wary
    In the hall, with the chairman in the chair and their husbands on the benches, they will say even less. # speaker: narrator
+ [Offer him a meeting of his own, and stay with the women # evidence: patrol.consult-women 3]
    You greet him with respect and tell him the patrol hears the women as well as him. You offer to meet him and the committee's men this week. # speaker: narrator
    He frowns, then shrugs. # speaker: narrator # person: tamba neutral
    This week, then. # speaker: tamba
    He walks off with his men. The women watch him go, and carry on. # speaker: narrator # person: tamba gone
+ [Let him speak for them. He is the chairman; the women can go home # evidence: patrol.consult-women 0]
    ~ trust_down(2)
    The women leave without a word. # speaker: narrator # person: fatuma sad
    Mr Tamba talks about the road for ten minutes, then leaves. What the women knew about the trail went home with them. # speaker: narrator # person: tamba gone
- ~ consulted = 0
-> warning

// ---------------------------------------------------------------------------------------------------------------
=== warning ===
{
- trust >= 2 && translator != "":
    Fatuma, an older woman, speaks for the group, her voice low. # speaker: narrator # person: fatuma wary
    We don't go for wood at first light any more. We go late, all together. Some send their sons. # speaker: fatuma
    And at night, men come to the shelters. Only where a woman is alone. They call it a search. # speaker: fatuma # person: fatuma afraid
- trust >= 1:
    One woman, Fatuma, says only this: # speaker: narrator # person: fatuma wary
    We go late now. All together. # speaker: fatuma
- else:
    No woman will say more to the patrol. A boy with a bundle of sticks tells you his mother stopped going to the woods last week. # speaker: narrator # person: fatuma gone
}
{
- spot == "night":
    The two men with torches knocked only at some doors, not at others. # speaker: narrator
- spot == "trail-dawn":
    And the men on the log were there at the very hour the women use the trail. # speaker: narrator
- spot == "trail":
    Women on the trail move in a crowd, as if they expect trouble. # speaker: narrator
- spot == "market":
    At the stalls, firewood costs double what it did last month. # speaker: narrator
- spot == "road":
    On the road, women step off the tarmac whenever armed men pass. # speaker: narrator
- spot == "river":
    Beyond the river, the footpath to the woods stays empty. # speaker: narrator
}
What do you make of it? # speaker: narrator
+ [Note each change as a warning sign, for the report # evidence: patrol.early-warning 3]
    ~ signs = true
    You write down each sign, what changed and since when. Changes in when and where women go, and searches of shelters where women are alone, are early warning of sexual violence in their own right. # speaker: narrator
+ [Wait until an incident is confirmed # evidence: patrol.early-warning 0]
    You write nothing yet. # speaker: narrator
    Early warning is for before. By the time an incident is confirmed, a woman has been harmed. # speaker: narrator
+ [Note the armed men. The rest is how women get by in a war # evidence: patrol.early-warning 1]
    You write: armed men sighted. # speaker: narrator
    The women's changed hours, the empty path, the price of wood: none of it goes in. # speaker: narrator
- -> alert

// ---------------------------------------------------------------------------------------------------------------
=== alert ===
{fast:
    The patrol's phone rings. Josephine, from the alert network's desk. # speaker: narrator
- else:
    The radio crackles. The operations room passes on a call the hotline took forty minutes ago. # speaker: narrator
}
{at_night:
    A woman called: the armed men are back at the western shelters, knocking at the doors of women alone. # speaker: narrator
- else:
    A woman called: six women went into the woods for firewood. Two armed men followed them in. # speaker: narrator
}
{spot == "trail-dawn":
    The log at the edge of the trees is empty now. # speaker: narrator
}
{
- at_night || spot == "trail" || spot == "trail-dawn":
    The patrol is minutes away. # speaker: narrator
- spot == "road":
    The patrol is half an hour away. # speaker: narrator
- else:
    The patrol is a quarter of an hour away. # speaker: narrator
}
+ [Call in the quick reaction force, and finish here # evidence: patrol.early-warning 1]
    ~ response = "late"
    The quick reaction force has vehicles and more rifles. It also has forty minutes of road to cover. # speaker: narrator
    It gets there forty minutes later. # speaker: narrator
    -> too_late
+ {component == "military"} [Go now, at the double. Radio the base on the way # evidence: patrol.early-warning 3]
    The patrol runs. You radio the base as you go. # speaker: narrator
    -> go_now
+ {component == "police"} [Go now, with the escort. Call the base on the way # evidence: patrol.early-warning 3]
    The patrol runs, the escort with it. You call the base as you go. # speaker: narrator
    -> go_now
+ {component == "civilian"} [Tell Lieutenant Karimi the patrol must go, now # evidence: patrol.early-warning 3]
    Karimi is already moving. # speaker: narrator # person: karimi neutral
    Move! # speaker: karimi
    -> go_now
+ {component == "police"} [Pass it to the host-state police post: their jurisdiction # evidence: patrol.early-warning 1]
    ~ response = "late"
    It is their jurisdiction. But the police post has no vehicle, and the women are under threat now. # speaker: narrator
    An hour later, a patrol from the base gets there. # speaker: narrator
    -> too_late
+ [Log it for the report. Alerts are often rumour; keep to the plan # evidence: patrol.early-warning 0 # critical: patrol.early-warning]
    ~ response = "ignored"
    You note the time of the call. The patrol carries on. # speaker: narrator
    -> settle

= go_now
{fast:
    ~ response = "in-time"
    ~ trust_up(1)
    {at_night:
        You reach the western shelters as the men push at a door. They see the patrol and run for the road. # speaker: narrator
        Behind the door, a woman had been holding it shut with her back. # speaker: narrator
    - else:
        You reach the edge of the woods as the two men close in on the women. They see the patrol and back off into the trees. # speaker: narrator
        The women come out with the patrol, their wood on their heads. # speaker: narrator
    }
    -> settle
}
~ response = "late"
The patrol gets there as fast as it can. But the call took forty minutes to reach you. # speaker: narrator
-> too_late

= too_late
{at_night:
    The men have gone. They pushed into a shelter and took money and food. The woman inside will not talk about it. # speaker: narrator
- else:
    The men have gone. They stopped the women, threatened them, and took their wood. The women are shaking. # speaker: narrator
}
-> settle

// ---------------------------------------------------------------------------------------------------------------
// The alert is settled. Keep only what the rest of the story needs.
=== settle ===
~ missed = spot == "road"
~ spot = "none"
~ fast = false
-> disclosure
