// Snap situation: a night alert from the community alert network (in-mission refresher, 2-3 minutes).
// Practises patrol.early-warning and patrol.sadd-report.
//
// Built from the guidance notes on early warning, protection of civilians and data:
// - DPO Gender/WPS Resource Package (seed 001) L2454-2472: MONUSCO community alert networks; in Pinga women gave up
//   to 60% of the security alerts, which helped target patrols (notes 001 part 1, field case 13);
// - seed 001 L3207-3210: early warning indicators of CRSV, e.g. changes in women's mobility, house raids and
//   searches targeting homes where women are alone (notes 001 part 2, EW-01);
// - seed 001 L2558-2559: protect civilians under imminent threat of physical violence (part 1, 2.6);
// - seed 001 L1738-1740, L1868-1869, L1711: reports with data by sex and age; women and girls never obscured in
//   briefing material (part 1, 2.7 and 2.8; pitfall P22);
// - seed 004 L171: regular night patrols around camp perimeters (notes 004, 004-PAT-2);
// - external-public-guidance item 82: community alert networks' hotlines to community liaison assistants.
// Setting: MINUKA (fictional), as in the core course. The armed men are of a militia (conflict-related sexual
// violence by others), never UN personnel. Harm is told in a few words, never shown.

// Variation: drawn once at the start. It changes words only, never the choices or their tags.
VAR site = ""      // the site for displaced people
VAR block = ""     // the block of shelters the armed men go to (a letter)
VAR cla = ""       // the community liaison assistant on the alert network's line
VAR witness = ""   // the woman who speaks for the women of the block

// Logic
VAR response = "none" // the alert: "in-time", "late" (left to the quick reaction force) or "ignored"
VAR signs = false     // you noted the changes in women's lives as warning signs
VAR full = false      // the report gives numbers by sex and age, the warning signs and what the women asked for

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ site = "Kisevange"
    ~ block = "C"
    ~ cla = "Pascaline"
    ~ witness = "Mama Jeanne"
- 2:
    ~ site = "Lonzoka"
    ~ block = "F"
    ~ cla = "Odette"
    ~ witness = "Ma Kahindo"
- else:
    ~ site = "Tolembwe"
    ~ block = "K"
    ~ cla = "Pascaline"
    ~ witness = "Mama Furaha"
}
-> alert

// ---------------------------------------------------------------------------------------------------------------
=== alert ===
The {site} site for displaced people, half past one at night. Your patrol walks the eastern edge, torches low, with Mariam to interpret. # scene: village # speaker: narrator # person: mariam calm
Your phone buzzes: {cla}, the community liaison assistant, on the alert network's line. # speaker: narrator # person: cla calm
A woman just called from Block {block}. Two armed men are knocking at the doors of shelters where a woman is alone. # speaker: cla # person: cla afraid
Block {block} is ten minutes away at the double. # speaker: narrator
+ [Radio the base to send the quick reaction force: that is its job # evidence: patrol.early-warning 1]
    ~ response = "late"
    The base says the quick reaction force is on its way, from the far side of the base. # speaker: narrator
+ [Wait until the alert is confirmed: have {cla} call the woman back first # evidence: patrol.early-warning 0 # critical: patrol.early-warning]
    ~ response = "ignored"
    {cla} says she will try. # speaker: narrator
+ [Go now, at the double. Tell the base on the way # evidence: patrol.early-warning 3]
    ~ response = "in-time"
    The patrol runs. You are the nearest help; the base can follow. # speaker: narrator
- -> shelters

// ---------------------------------------------------------------------------------------------------------------
=== shelters ===
{
- response == "in-time":
    You reach Block {block} as the two men push at a door. They see the patrol and slip away towards the road. # speaker: narrator # person: cla gone
    Behind the door, a woman had been holding it shut with her back. # speaker: narrator
- response == "late":
    The quick reaction force gets there forty minutes after the call. The men have gone. They pushed into a shelter and took money and food. # speaker: narrator # person: cla gone
    At the end of your round, you walk the patrol to Block {block}. # speaker: narrator
- else:
    Twenty minutes later, {cla} calls again. The woman is not answering. The patrol goes. # speaker: narrator # person: cla gone
    By the time it gets there, the men have gone. Two women who were alone were assaulted. The health post is caring for them. # speaker: narrator
}
Women stand in the doorways, wrapped in cloths. Through Mariam, an older woman, {witness}, speaks for them. # speaker: narrator # person: witness wary
They come at night, only to shelters where a woman is alone. They call it a search. # speaker: witness
Since they came back to the road, we don't go to the latrines after dark, and the girls sleep three to a shelter. # speaker: witness # person: witness afraid
If you come at night, bring women. And ask for lights by the latrines. # speaker: witness
+ [Note the armed men; the rest is camp life # evidence: patrol.early-warning 1]
    You write: armed men, Block {block}. # speaker: narrator
+ [Note each change the women named, and since when # evidence: patrol.early-warning 3]
    ~ signs = true
    You note each sign, what changed and since when, for the report and for the Women's Protection Adviser. Changes in when and where women go are early warning of sexual violence in their own right. # speaker: narrator
+ [Note only what the patrol saw. The rest is hearsay until confirmed # evidence: patrol.early-warning 0]
    You write down what the patrol saw. # speaker: narrator
- -> report

// ---------------------------------------------------------------------------------------------------------------
=== report ===
Back at the base, half past three. Captain Rahman, on duty, wants the patrol report for the morning brief. # scene: base # speaker: narrator # person: witness gone # person: mariam gone # person: rahman neutral
One line and one number. Headquarters reads fifty of these a day. # speaker: rahman
The patrol met 26 people at Block {block}: 14 women, 3 men, 5 girls and 4 boys. You and Mariam spoke with 6 of the women. # speaker: narrator
+ [One number, as he asked: "Armed men at Block {block}. 26 civilians engaged." # evidence: patrol.sadd-report 1]
    You write one number. The women and girls disappear into it. # speaker: narrator
+ {signs} [Numbers by sex and age, the warning signs, the women's requests, and a recommendation # evidence: patrol.sadd-report 3 # evidence: patrol.early-warning 3]
    ~ full = true
    You write it out, with a recommendation: night patrols at the shelters, with women on them, planned with the women's committee. Most of the people the patrol met were women and girls, and now the report shows it, and what they face after dark. # speaker: narrator
+ [One line, as he asked: "Night patrol, {site}. Situation calm." # evidence: patrol.sadd-report 0]
    You write one line. # speaker: narrator
+ [Numbers by sex and age and what the women asked for, kept short # evidence: patrol.sadd-report 2]
    The report shows who the patrol met. What changed in women's lives after dark is not in it. # speaker: narrator
- -> ending

=== ending ===
{
- response == "ignored":
    -> alert_ignored
- response == "late":
    -> too_late
- full:
    -> stopped_and_seen
- else:
    -> safe_tonight
}

// ---------------------------------------------------------------------------------------------------------------
=== stopped_and_seen ===
Captain Rahman reads it twice. # speaker: narrator # person: rahman calm
From next week a patrol with women on it walks Block {block} at night, at the hours the women's committee chose, and the alert network calls it directly. # speaker: narrator
The patrol stopped the men tonight, and the report makes sure the next patrols are where women need them. # speaker: narrator # ending: stopped-and-seen
-> END

=== safe_tonight ===
Tonight the patrol got there in time, and the men backed off. # speaker: narrator # person: rahman neutral
But nobody reading the report sees the searches of shelters where women are alone, or the latrines women no longer use after dark. # speaker: narrator
A week later the men are back at Block {block}. # speaker: narrator # ending: safe-tonight
-> END

=== too_late ===
The quick reaction force came from further away than your patrol, forty minutes after a woman asked for help. # speaker: narrator # person: rahman neutral
{full:
    Your report at least shows who is at risk, where and when. Next time, the patrol nearest the alert goes. # speaker: narrator
- else:
    Nothing in the report shows who is at risk, where or when. # speaker: narrator
}
Answering an alert means the patrol nearest the threat goes at once. # speaker: narrator # ending: too-late
-> END

=== alert_ignored ===
In the morning, {cla} tells you that the woman who called asked why nobody came. # speaker: narrator # person: rahman sad
The patrol waited for a confirmation while armed men went from door to door. Ignoring a clear, imminent threat is a critical error. # speaker: narrator # ending: alert-ignored
-> END
