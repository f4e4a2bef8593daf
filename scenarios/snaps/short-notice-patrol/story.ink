// Snap situation: a patrol at short notice (in-mission refresher, 2-3 minutes).
// Practises patrol.team-composition and patrol.timing-route.
//
// Built from the guidance notes on patrols:
// - DPO Gender/WPS Resource Package (seed 001) L3235-3241: armed patrols and escorts on firewood and water routes;
//   women peacekeepers and women language assistants on patrols (notes 001 part 2, PAT-01 and PAT-03);
// - seed 001 L4343-4345: trained engagement teams, at least half women, so that mixed patrolling is possible (PAT-06);
// - seed 001 L2664-2665: protection tailored to women's mobility, e.g. firewood patrols (notes 001 part 1, 2.1);
// - seed 001 L2624-2626: women peacekeepers are not the only conduit to local women (part 1, 2.1; pitfall P3);
// - seed 004 L171: Darfur, armed patrols accompany women collecting firewood (notes 004, 004-PAT-1).
// Setting: MINUKA (fictional), as in the core course. The attackers are armed men of a militia (conflict-related
// sexual violence by others), never UN personnel. Harm is told in a few words, never shown.

VAR component = "military" // set by the engine: "military", "police" or "civilian"

// Variation: drawn once at the start. It changes words only, never the choices or their tags.
VAR village = ""   // the village
VAR at_spot = ""   // where the firewood trail enters the woods, written as "at ..."
VAR elder = ""     // the woman who speaks for the women the patrol meets

// Logic
VAR team = "male"   // "male" (the section ready now), "mixed" (two untrained women added), "engagement" (Sgt Bello's team)
VAR plan = "none"   // "trail" (the trail at first light), "round" (the village edge at night), "market" (mid-morning)
VAR at_dawn = false // the patrol is on the trail at first light
VAR engaged = false // the whole patrol engaged, with women of the patrol and a woman to interpret

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ village = "Nyasumbe"
    ~ at_spot = "at the old charcoal kilns"
    ~ elder = "Ma Sia"
- 2:
    ~ village = "Sukavere"
    ~ at_spot = "at the dry riverbed"
    ~ elder = "Mama Nadège"
- else:
    ~ village = "Dalumbe"
    ~ at_spot = "at the fallen mango tree"
    ~ elder = "Mama Mwajuma"
}
-> tasking

// ---------------------------------------------------------------------------------------------------------------
=== tasking ===
MINUKA base near {village}. Half past five in the afternoon. # scene: base # speaker: narrator # person: rahman neutral
{
- component == "police":
    You lead the UNPOL team at the base. The patrol will be a joint one, with a military section as escort. # speaker: narrator
- component == "civilian":
    You are the civil affairs officer at the base. The platoon's lieutenant will lead the patrol and follow your plan. # speaker: narrator
- else:
    You command the platoon on duty. # speaker: narrator
}
Three women were attacked this week on the firewood trail, {at_spot}. Armed men. Sector wants a patrol out tonight. Who goes, and when, is your call. # speaker: rahman
Ready now: Sergeant Okello's section, ten men, with Idris to interpret. Also free tonight: Corporal Diallo and Private Achieng of the logistics platoon, two women with no engagement training. # speaker: narrator
Back in two hours: Sergeant Bello's engagement team, half of it women, with Mariam, its language assistant. # speaker: narrator
+ [Sergeant Okello's section, now. Sector wants a patrol out tonight # evidence: patrol.team-composition 1]
    ~ team = "male"
    Okello's men start loading the vehicles. # speaker: narrator
+ [Wait two hours for Sergeant Bello's team and Mariam # evidence: patrol.team-composition 3]
    ~ team = "engagement"
    Two hours, then. Sector will ask what we did tonight. # speaker: rahman # person: rahman wary
    Women can talk to women through a woman, and Bello's team is trained for it. It is worth the wait. # speaker: narrator
+ [Okello's section now, with the two logistics women free tonight # evidence: patrol.team-composition 2]
    ~ team = "mixed"
    Corporal Diallo and Private Achieng fetch their kit. Idris will interpret. # speaker: narrator
- -> timing

// ---------------------------------------------------------------------------------------------------------------
=== timing ===
The chair of the women's committee of {village} told the sentries when the women go: to the woods at first light, while it is cool, and back before the market opens. # speaker: narrator # person: rahman neutral
By mid-morning they are at the market and the water point. At night the trail is empty. # speaker: narrator
Whoever goes, Sector expects a patrol report by morning. When, and where? # speaker: rahman
+ [Tonight: the village edge and the trail, in the dark, to catch the armed men moving # evidence: patrol.timing-route 1]
    ~ plan = "round"
    Good. Sector gets its patrol tonight. # speaker: rahman # person: rahman calm
+ [Before first light tomorrow, on the trail, walking with the women # evidence: patrol.timing-route 3]
    ~ plan = "trail"
    Nothing tonight, then. I will tell Sector why. # speaker: rahman
    The threat is on the trail at first light, so that is where and when the patrol must be. # speaker: narrator
+ [Tomorrow mid-morning, at the market and the water point # evidence: patrol.timing-route 2]
    ~ plan = "market"
    Tomorrow, then. # speaker: rahman
- -> set_out

=== set_out ===
{
- plan == "trail":
    -> first_light
- plan == "round":
    -> night_round
- else:
    -> market
}

// ---------------------------------------------------------------------------------------------------------------
=== night_round ===
{team == "engagement":
    At nine, with Sergeant Bello's team and Mariam, the patrol walks out, torches low. # scene: village # speaker: narrator # person: rahman gone
- else:
    Within the hour, the patrol walks out, torches low. # scene: village # speaker: narrator # person: rahman gone
}
The edge of {village} is quiet and the trail is empty. Two men of the village night watch sit by a fire. # speaker: narrator
Through {team == "engagement":Mariam|Idris}, one of them tells you that the women go at first light, and that is when the men with guns come. Not at night. # speaker: narrator
It is past midnight. # speaker: narrator
+ [Rest by the watch fire, and be on the trail before first light # evidence: patrol.timing-route 3]
    -> first_light
+ [Bring the patrol in and report the area quiet # evidence: patrol.timing-route 1]
    -> wrong_hour
+ [Walk the same round tomorrow night: the armed men must move sometime # evidence: patrol.timing-route 1]
    -> wrong_hour

// ---------------------------------------------------------------------------------------------------------------
=== first_light ===
~ at_dawn = true
{plan == "round":
    Before first light, the patrol leaves the watch fire, tired, and takes the trail. # scene: village # speaker: narrator # person: rahman gone
- else:
    Before first light, the patrol leaves the base on foot. # scene: village # speaker: narrator # person: rahman gone
}
{team != "engagement":
    Sergeant Bello's team and Mariam have been back since half past seven last night. Waiting for them would have cost nothing. # speaker: narrator
}
You reach the trail {at_spot} as the sky turns grey. Fresh cigarette ends lie in the grass. Nobody is in sight. # speaker: narrator
Then the women come, a dozen, close together, with ropes and machetes for the wood, two boys behind them. They slow down when they see the patrol. # speaker: narrator # person: woman wary
-> engage

// ---------------------------------------------------------------------------------------------------------------
=== market ===
Mid-morning. The market of {village} is busy, and most of the sellers are women. Bundles of firewood are few, and cost twice what they did last week. # scene: village # speaker: narrator # person: rahman gone
The women went to the woods at first light, hours ago, with no patrol on the trail. # speaker: narrator
They go quiet as the patrol comes near. # speaker: narrator # person: woman wary
-> engage

// ---------------------------------------------------------------------------------------------------------------
=== engage ===
{
- team == "engagement":
    Sergeant Bello is beside you, and Mariam with her. # speaker: narrator # person: bello calm # person: mariam calm
- team == "mixed":
    Corporal Diallo and Private Achieng are beside you, with Idris. Neither of the two women speaks Kavaran. # speaker: narrator # person: idris neutral
- else:
    Ten armed men stand behind you, and Idris beside you. # speaker: narrator # person: idris neutral
}
+ {team == "engagement"} [Leave the talking to Bello's team. You and the men stand guard # evidence: patrol.team-composition 1]
    The women talk with Sergeant Bello's team. You hear none of it, and two men of the village, watching, decide the UN has nothing to say to them. # speaker: narrator
    Engaging women is not only the women peacekeepers' job. The men of the patrol, you first, are part of it. # speaker: narrator
+ {team == "engagement"} [Take the men into the woods after the armed men. Bello's team stays here # evidence: patrol.team-composition 1]
    The men crash through the undergrowth and find cold ashes. Behind you, the women talk only with Sergeant Bello's team, and the two boys watch the soldiers go. # speaker: narrator
    Engaging women is not only the women peacekeepers' job. The men of the patrol, you first, are part of it. # speaker: narrator
+ {team == "engagement"} [Let Sergeant Bello and Mariam greet them first, then join in with your men # evidence: patrol.team-composition 3]
    ~ engaged = true
    A greeting in Kavaran, a few words, a nod. {elder} speaks for the women, and you listen, through Mariam. Two of your men squat down to talk with the boys. # speaker: narrator # person: woman calm
+ {team == "mixed"} [Let Diallo and Achieng greet them with Idris interpreting, then join in yourself # evidence: patrol.team-composition 2]
    The women smile at the two women in uniform. But every word goes through Idris, a man, and they say little. # speaker: narrator
+ {team == "mixed"} [Leave the talking to Diallo and Achieng. You and the men stand guard # evidence: patrol.team-composition 1]
    Diallo and Achieng try French and gestures. The women nod politely and move on. # speaker: narrator
+ {team == "male"} [No talking. The patrol is here to be seen: walk on past them # evidence: patrol.team-composition 0]
    The women wait until the patrol has passed, then go on in silence. # speaker: narrator # person: woman afraid
+ {team == "male"} [Go forward with Idris, just the two of you, and greet them # evidence: patrol.team-composition 1]
    They let you greet them. Through Idris, a man, {elder} says only that all is well. # speaker: narrator
+ {team == "male"} [Radio the base to send Mariam out by vehicle # evidence: patrol.team-composition 2]
    Mariam arrives forty minutes later. Two of the women stop to talk with her. The others have gone on. # speaker: narrator # person: mariam calm
- -> outcome

=== outcome ===
{
- not at_dawn:
    -> wrong_hour
- engaged:
    -> where_women_walk
- else:
    -> seen_not_heard
}

// ---------------------------------------------------------------------------------------------------------------
=== where_women_walk ===
Come on the days we go for wood. Come early, like today. And bring women, like today. # speaker: woman # person: woman hopeful
No armed men show themselves on the trail that morning, and the women bring their wood home. # speaker: narrator
Captain Rahman puts a patrol with women on it on the trail at first light, on the days {elder} named. # speaker: narrator # ending: where-women-walk
-> END

=== seen_not_heard ===
No armed men show themselves while the patrol is on the trail. # speaker: narrator
{team == "engagement":
    The women talked only with Sergeant Bello's team. You heard none of it, and the men of the village were left out. # speaker: narrator
- else:
    But the patrol learned little, and what the women fear, and when, stays with them. # speaker: narrator
}
One safe morning. Tomorrow the trail is theirs alone again. # speaker: narrator # ending: seen-not-heard
-> END

=== wrong_hour ===
At first light there was no patrol on the trail. Armed men stopped a group of women {at_spot}, threatened them and took their wood. # speaker: narrator # person: woman gone
The patrol went out, but it was not where the women were, when they were there. # speaker: narrator # ending: wrong-hour
-> END
