// Patrol near an IDP site.
// Setting: Mirambe IDP site, northern Kavara (fictional), UN mission MINUKA (fictional), as in survivor-contact.
// Alerts say armed men of the militia that holds the road wait on the firewood trail at first light. The trainee
// plans and leads a patrol (military: patrol leader; police: UNPOL team leader on a joint patrol; civilian: civil
// affairs officer who plans the patrol's engagement). The sexual violence in this story is by the militia
// (conflict-related sexual violence), never by UN personnel. Harm is told, never shown.
//
// Files: story.ink (variables, briefing, consultation, planning), patrol.ink (on the ground), return.ink
// (the disclosure, the report, the endings).

INCLUDE patrol.ink
INCLUDE return.ink

VAR component = "military" // set by the engine before the story starts: "military", "police" or "civilian"

// Before the patrol
VAR consulted = 0          // who you asked first: 0 nobody, 1 Mr Tamba only, 2 the women's committee
VAR linked = false         // alerts about the trail come straight to the patrol while it is out

// The plan (the map step)
VAR team = "male"          // "male" (the section ready now), "mixed" (two women added), "engagement" (Sgt Bello's team)
VAR assistant = "none"     // language assistant: "man" (Idris), "woman" (Mariam) or "none"
VAR hour = "none"          // "dawn", "morning", "afternoon" or "night"
VAR route = "none"         // "road", "river", "trail" or "market"

// On the ground (derived from the plan once the patrol is out; the plan variables are then cleared)
VAR spot = "none"          // where the patrol meets women: "trail-dawn", "trail", "river", "market", "road" or "night"
VAR fast = false           // an alert can reach the patrol directly and it is close enough to get there in time
VAR confidante = ""        // the woman of the patrol women can speak in front of: "Sergeant Bello", "Corporal Diallo", "Mariam" or ""
VAR translator = ""        // "Mariam", "Idris" or "" (no language assistant)
VAR at_night = false       // the patrol is out at night, at the shelters (a night round of the site's edge)
VAR trust = 1              // 0..2: how far the women trust the patrol
VAR signs = false          // you read the changes in women's lives as warning signs
VAR response = "none"      // the alert: "in-time", "late" or "ignored"
VAR missed = false         // the patrol was where women were not (the main road)

// The handover and the report
VAR linked_wpa = false     // the woman chose to meet the Women's Protection Adviser
VAR forced = false         // her wishes were overridden (critical)
VAR exposed = false        // something that identifies her went out (critical)
VAR exposed_by = ""        // how it went out first: "photo" or "report"
VAR counted = false        // the report gives numbers by sex and age
VAR pattern = false        // the report carries the warning signs and what the women asked for

-> briefing

=== function trust_up(n) ===
~ trust = MIN(trust + n, 2)

=== function trust_down(n) ===
~ trust = MAX(trust - n, 0)

// ---------------------------------------------------------------------------------------------------------------
=== briefing ===
Mirambe base, northern Kavara. Early afternoon. # scene: base # speaker: narrator
{
- component == "police":
    You lead a team of UN police officers at the Mirambe team site, with MINUKA, the UN mission. # speaker: narrator
- component == "civilian":
    You are a civil affairs officer with MINUKA, the UN mission, at its Mirambe field office. # speaker: narrator
- else:
    You command a platoon of the MINUKA infantry company at Mirambe. MINUKA is the UN mission. # speaker: narrator
}
Captain Rahman, the company commander, pins an alert sheet to the board. # speaker: narrator # person: rahman neutral
Three calls to the community alert network this week. Armed men from the road, on the firewood trail, at first light. # speaker: rahman
{
- component == "police":
    UNPOL leads this patrol, with a section of mine as escort. Plan it, take it out, and bring me a report. # speaker: rahman
- component == "civilian":
    Lieutenant Yusuf Karimi will lead it. You go with him and plan how the patrol works with the people of the site. He'll follow your plan. # speaker: rahman
- else:
    Your patrol. Plan it, take it out, and bring me a report. # speaker: rahman
}
You have an hour before you plan. # speaker: narrator
+ [Ask Mr Tamba, who chairs the site committee, what the site needs # evidence: patrol.consult-women 1]
    ~ consulted = 1
    -> chairman_first
+ [Ask the women's committee to meet you, at a place and hour they choose # evidence: patrol.consult-women 3]
    ~ consulted = 2
    -> committee
+ [Skip it. Three alerts already say where and when # evidence: patrol.consult-women 1]
    Quick is good. # speaker: rahman
    The alerts say where the armed men sit. They do not say what the women need, or what they have already changed to stay safe. # speaker: narrator
    -> network

// ---------------------------------------------------------------------------------------------------------------
=== committee ===
The women's centre, inside the site. # scene: village # speaker: narrator # person: rahman gone
Mrs Adiza Kamara, who chairs the women's committee, has brought four members. They chose the hour: after the water, before the cooking. # speaker: narrator # person: kamara calm
Women go for firewood at first light, on the trail to the woods. We always have. # speaker: kamara
Since last week, men with guns sit where the path goes into the trees. # speaker: kamara # person: kamara wary
Some women stopped going. Others go later, all together, in the heat. Firewood at the market costs double. # speaker: kamara
And at night, men came to search shelters. Only shelters where a woman is alone. # speaker: kamara # person: kamara sad
She glances through the doorway at the armed escort waiting outside. # speaker: narrator
Don't bring many guns to the women. Bring women who can talk to women. # speaker: kamara
Mama Rose, from our committee, goes for wood with the others. If she sees you, she will tell them who you are. # speaker: kamara # person: kamara hopeful
-> network

// ---------------------------------------------------------------------------------------------------------------
=== chairman_first ===
The committee hall. Mr Tamba, chairman of the site committee, gives you tea. # scene: village # speaker: narrator # person: rahman gone # person: tamba calm
Three men sit with him. The women who swept the hall have left. # speaker: narrator
The women? They are fine. They stay near the shelters. # speaker: tamba
The problem is the road. Trucks, checkpoints, thieves. Patrol the main road in the afternoon, when the trucks pass. # speaker: tamba
You thank him. He has told you what the men of the committee worry about. The women who go to the woods were not in the room. # speaker: narrator
-> network

// ---------------------------------------------------------------------------------------------------------------
=== network ===
Back at the base, you stop at the alert network's desk. # scene: base # speaker: narrator # person: rahman gone # person: kamara gone # person: tamba gone # person: josephine calm
Josephine, the community liaison assistant, answers the network's hotline day and night. # speaker: narrator
Most of this week's calls came from women. Do you want to see them? # speaker: josephine
+ [Go through the calls with her, and give her the patrol's number # evidence: patrol.early-warning 3]
    ~ linked = true
    Five calls. Four from women. Three at first light, about the trail. One about men at the shelters at night. # speaker: josephine
    She writes the patrol's number at the top of her sheet. If a woman calls while you are out, you will know within a minute. # speaker: narrator # person: josephine hopeful
+ [Take her summary. The operations room will radio you if anything comes in # evidence: patrol.early-warning 2]
    Armed men on the firewood trail, mornings. That's the summary. # speaker: josephine
    Calls go to the operations room first. It passes them on when it can; on a busy morning that takes the best part of an hour. # speaker: narrator
+ [Not now. Hotline calls are mostly rumour # evidence: patrol.early-warning 1]
    She says nothing and turns back to her phone. # speaker: narrator # person: josephine wary
    Four of this week's five calls came from women, who walk the trail every day. You have not heard what they said. # speaker: narrator
    If anything comes in, it will go to the operations room first. # speaker: narrator
- -> planning

// ---------------------------------------------------------------------------------------------------------------
// The planning step: four consecutive choice points on the patrol map (team, language assistant, time, route).
=== planning ===
The briefing tent. The map of Mirambe and the land around it hangs on the board. # scene: patrol-map # speaker: narrator # person: josephine gone
The site lies in the north-east, the base to its south-east. The main road runs east to west, and the river winds across. # speaker: narrator
A long footpath leads south-west from the site to the woods where women cut firewood. The market sits in the middle. # speaker: narrator
{consulted == 2:
    From the women's committee you know: firewood at first light, armed men where the path enters the trees, women changing their habits. # speaker: narrator
}
{consulted == 1:
    Mr Tamba's advice: the main road, in the afternoon. # speaker: narrator
}
{
- component == "police":
    The plan is yours. The escort commander will follow it. # speaker: narrator
- component == "civilian":
    Lieutenant Karimi will follow the plan you propose. # speaker: narrator # person: karimi neutral
- else:
    The plan is yours. # speaker: narrator
}
First, who goes. # speaker: narrator
Sergeant Okello's section is ready now: ten men. Two women peacekeepers who are free today could join it. # speaker: narrator
Sergeant Bello's engagement team, half of it women and trained to work with communities, is back from Tavuma tonight. # speaker: narrator
+ [Sergeant Okello's section: ten men, ready now, and the alerts are urgent # map: team-all-male # evidence: patrol.team-composition 1]
    ~ team = "male"
+ [Okello's section, with the two women who are free today # map: team-mixed # evidence: patrol.team-composition 2]
    ~ team = "mixed"
+ [Sergeant Bello's engagement team, back tonight # map: team-engagement # evidence: patrol.team-composition 3]
    ~ team = "engagement"
- -> plan_assistant

= plan_assistant
Next, a language assistant. Women at the site speak Kavaran, and few in the patrol do. # speaker: narrator
Idris is free now. He grew up near here. Mariam, the engagement team's language assistant, comes back with it tonight. # speaker: narrator
+ [Idris, free now, who grew up near here # map: assistant-man # evidence: patrol.team-composition 1]
    ~ assistant = "man"
+ [Mariam, the engagement team's language assistant, back tonight # map: assistant-woman # evidence: patrol.team-composition 3]
    ~ assistant = "woman"
+ [None. Keep it small; a few words and gestures will do # map: assistant-none # evidence: patrol.team-composition 1]
    ~ assistant = "none"
- -> plan_time

= plan_time
{team == "engagement" || assistant == "woman":
    Sergeant Bello's team and Mariam are back only tonight, so this afternoon is out. # speaker: narrator
}
Now, when. # speaker: narrator
The alerts speak of first light on the trail. Mid-morning is market time. Afternoons are hot and quiet. At night, the edge of the site is dark. # speaker: narrator
+ [Tomorrow, at first light # map: time-dawn # evidence: patrol.timing-route 3]
    ~ hour = "dawn"
+ [Tomorrow, mid-morning # map: time-morning # evidence: patrol.timing-route 2]
    ~ hour = "morning"
+ {team != "engagement" && assistant != "woman"} [This afternoon, with the section ready # map: time-afternoon # evidence: patrol.timing-route 1]
    ~ hour = "afternoon"
+ [Tonight, round the edge of the site # map: time-night # evidence: patrol.timing-route 2]
    ~ hour = "night"
- -> plan_route

= plan_route
{hour == "night":
    A night round has one route: the edge of the site, past the shelters. # speaker: narrator
    -> set_out
}
Last, the route. # speaker: narrator
+ [The main road, where the militia's pickup parks # map: route-main-road # evidence: patrol.timing-route 1]
    ~ route = "road"
+ [The river path, down to the water point # map: route-river-path # evidence: patrol.timing-route 2]
    ~ route = "river"
+ [The firewood trail, to the edge of the woods # map: route-firewood-trail # evidence: patrol.timing-route 3]
    ~ route = "trail"
+ [The market lane, through the stalls # map: route-market-lane # evidence: patrol.timing-route 2]
    ~ route = "market"
- -> set_out
