// On the ground: where the plan takes the patrol, who it meets, and what they will say to it.

=== function women_of_patrol() ===
{
- confidante == "Sergeant Bello":
    ~ return "Sergeant Bello and the women of her team"
- confidante == "Corporal Diallo":
    ~ return "the two women peacekeepers"
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
    Before first light the next day, the patrol leaves the base on foot. # scene: base # speaker: narrator # person: haddad gone
- hour == "morning":
    At nine the next morning, the patrol leaves the base on foot. # scene: base # speaker: narrator # person: haddad gone
- hour == "afternoon":
    At three, in the heat, the patrol leaves the base on foot. # scene: base # speaker: narrator # person: haddad gone
- else:
    At ten that night, the patrol leaves the base on foot, torches low. # scene: base # speaker: narrator # person: haddad gone
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
    Lieutenant Haddad leads. You walk beside him with your notebook and no weapon. # speaker: narrator # person: haddad neutral
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
Women stand in the doorways of the last shelters, wrapped in cloths. # speaker: narrator # person: fatuma afraid
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
+ {confidante != ""} [{component == "civilian": Have the patrol halt|Halt the patrol} well short of them, weapons lowered, and let {women_of_patrol()} walk over first, unhurried, to greet them and ask whether they will talk # evidence: patrol.approach 3]
    ~ trust_up(1)
    The women wait. A greeting in Kavaran, a few words, a nod. They will talk. # speaker: narrator # person: fatuma calm
+ {consulted == 2} [{component == "civilian": Have the patrol halt|Halt the patrol} well short of them, weapons lowered, and let Mama Rose tell them who you are first # evidence: patrol.approach 3]
    ~ trust_up(1)
    Mama Rose speaks to the others. They look at the patrol differently now. # speaker: narrator # person: fatuma calm
+ [{component == "civilian": Have the patrol halt|Halt the patrol} well short of them, weapons lowered, and walk over {translator == "Idris":with Idris|alone}, slowly, greeting them from a distance # evidence: patrol.approach 2]
    They watch you come. They stay, but they keep their distance. # speaker: narrator # person: fatuma wary
+ [Walk the whole patrol up to them, so they can see that protection has come # evidence: patrol.approach 1]
    ~ trust_down(1)
    The women bunch together as the armed patrol closes in. Two of them turn and go. The rest wait, eyes down. # speaker: narrator # person: fatuma afraid
+ [Spread the patrol out, so that nobody walks off before you have talked to them # evidence: patrol.approach 0]
    ~ trust_down(2)
    The women freeze. A girl starts to cry. Nobody will look at you. # speaker: narrator # person: fatuma afraid
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
+ [Let them choose a place out of sight of the road. Ask what makes them feel unsafe, where and when, and what they want from the patrol. Stay and listen yourself # evidence: patrol.consult-women 3]
    ~ trust_up(1)
    They lead you off the path, behind a screen of bushes. One of them speaks for the others. # speaker: narrator # person: fatuma calm
    Come at first light. Walk with us to the woods. And bring women. # speaker: fatuma
+ [Ask them about the armed men: how many, what weapons, which group # evidence: patrol.consult-women 1]
    The women look at each other. One of them answers. # speaker: narrator # person: fatuma wary
    Men with guns. Like yours. # speaker: fatuma
+ {confidante == "Sergeant Bello" || confidante == "Corporal Diallo"} [Leave the talking to the women peacekeepers. Everyone else, you included, waits back on the path: talking to women is their job # evidence: patrol.team-composition 1]
    The women peacekeepers sit with the women. From the path you see them talk, but you hear none of it. # speaker: narrator
    Two men of the site, watching, decide the UN has nothing to say to them. # speaker: narrator
+ {confidante == "" || confidante == "Mariam"} [Give them the alert network's number and move on. They can call if anything happens # evidence: patrol.consult-women 1]
    One woman takes the number and tucks it into her wrap. # speaker: narrator # person: fatuma wary
- -> chairman

// ---------------------------------------------------------------------------------------------------------------
=== chairman ===
Mr Tamba arrives{at_night: with a torch|}, two men of the site committee behind him. # speaker: narrator # person: tamba wary
{consulted == 1:
    I told you already. # speaker: tamba
}
The women have nothing to say to the UN. I am the chairman. I speak for them. # speaker: tamba
+ [Greet him with respect. Say the patrol hears women directly as well as him, and offer to meet him and the committee's men this week. The women carry on # evidence: patrol.consult-women 3]
    He frowns, then shrugs. # speaker: narrator # person: tamba neutral
    This week, then. # speaker: tamba
    He walks off with his men. The women watch him go. # speaker: narrator # person: tamba gone
+ [Let him speak for them. The women can go home # evidence: patrol.consult-women 0]
    ~ trust_down(2)
    The women leave without a word. # speaker: narrator # person: fatuma sad
    Mr Tamba talks about the road for ten minutes, then leaves. # speaker: narrator # person: tamba gone
+ [Invite everyone, women and men, to a meeting at the committee hall tonight, with him in the chair # evidence: patrol.consult-women 1]
    ~ trust_down(1)
    Mr Tamba likes the idea. The women say nothing. You can guess what they will say in the hall. # speaker: narrator # person: tamba gone # person: fatuma wary
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
+ [Treat these as warning signs of sexual violence. Note each one, what changed and since when, for the report and for the Women's Protection Adviser # evidence: patrol.early-warning 3]
    ~ signs = true
    You write down each sign, what changed and since when. Changes in when and where women go are early warning in their own right. # speaker: narrator
+ [Note the armed men. The rest is women's daily life, not a security matter # evidence: patrol.early-warning 1]
    You write: armed men sighted. # speaker: narrator
+ [Nothing has happened yet. Report it when there is a confirmed incident # evidence: patrol.early-warning 0]
    You write nothing yet. # speaker: narrator
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
+ {component == "military"} [Go now. Take the patrol there at the double, tell the base on the way, and put the patrol between the armed men and the women # evidence: patrol.early-warning 3]
    -> go_now
+ {component == "police"} [Go now with the escort. Call the base on the way, and put the patrol between the armed men and the women # evidence: patrol.early-warning 3]
    -> go_now
+ {component == "civilian"} [Tell Lieutenant Haddad the patrol must go now: women are under imminent threat. Call the base on the way # evidence: patrol.early-warning 3]
    Haddad is already moving. # speaker: narrator # person: haddad neutral
    Move! # speaker: haddad
    -> go_now
+ [Radio the base to send the quick reaction force, and finish the engagement here # evidence: patrol.early-warning 1]
    ~ response = "late"
    The quick reaction force gets there forty minutes later. # speaker: narrator
    -> too_late
+ {component == "police"} [Ask the host-state police post to deal with it. It is their jurisdiction # evidence: patrol.early-warning 1]
    ~ response = "late"
    The police post has no vehicle. An hour later, a patrol from the base gets there. # speaker: narrator
    -> too_late
+ [Log it for the report. Alerts are often rumour, and the patrol has its plan # evidence: patrol.early-warning 0 # critical: patrol.early-warning]
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
The patrol gets there as fast as it can. # speaker: narrator
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
~ missed = spot == "road" || spot == "night"
~ spot = "none"
~ fast = false
-> disclosure
