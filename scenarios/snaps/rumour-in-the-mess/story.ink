// Snap situation: a rumour in the mess.
// Colleagues joke that a driver of the mission pays a girl in the village with money and phone credit. A national
// staff driver is UN personnel, so this is sexual exploitation and abuse (SEA): the trainee reports the concern to
// the Conduct and Discipline Team (CDT) at once, without proof and without anyone's permission, and does not
// investigate. Built from ST/SGB/2003/13 §3.2(b), (c) and (e) and the duty and channels to report
// (guidance/notes/external-public-guidance.md items 49, 50, 52, 58-60) and the MONUSCO field case of exploitation
// near bases (seed 001 L3990-4002).

VAR driver = ""          // the driver's first name (shown)
VAR village = ""         // the village where the girl lives (shown)
VAR spot = ""            // where the trainee sees them the next morning (shown)
VAR reported = false     // the concern has reached the CDT
VAR delay = 0            // 0: the night of the rumour; 1: the next morning; 2: after Saturday
VAR amadi = false        // the trainee told the head of transport instead of the CDT
VAR overstated = false   // the trainee gave the CDT a guess as if it were fact
VAR held = false         // the trainee sat on what he saw because a report was already in
VAR anon = false         // the report went in as an unsigned note

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ driver = "Dieudonné"
    ~ village = "Kelombi"
    ~ spot = "at the bus stop across the road"
- 2:
    ~ driver = "Patrice"
    ~ village = "Murokati"
    ~ spot = "at the water point below the gate"
- else:
    ~ driver = "Elie"
    ~ village = "Kelombi"
    ~ spot = "on the school road beyond the wire"
}
-> mess

// ---------------------------------------------------------------------------------------------------------------
=== mess ===
Wednesday evening, in the mess tent of a MINUKA base in northern Kavara. # scene: base # speaker: narrator
Corporal Dube waves his fork across the table. # speaker: narrator # person: dube calm # person: lenz neutral
Have you heard? {driver}, the driver from transport, has a girlfriend in {village}. # speaker: dube
He pays her in cash and phone credit. And a bag of rice for her mother now and then. Romantic! # speaker: dube
Leave the man alone. She's his girlfriend, and she told him she's eighteen. # speaker: lenz # person: lenz calm
Eighteen, and still in school uniform. # speaker: dube
They both look at you, grinning. # speaker: narrator
+ [Laugh it off. She told him she is eighteen, and a girlfriend is a girlfriend # evidence: sea.recognise 0]
    Dube raises his cup. To true love! # speaker: narrator # person: dube calm
    The table laughs. Nobody mentions the school uniform again. # speaker: narrator
+ [Say a schoolgirl may be a child whatever she told him, and paying for sex is exploitation # evidence: sea.recognise 3]
    The grins fade. # speaker: narrator # person: dube wary # person: lenz wary
    It was a joke. # speaker: dube
    Then it is a joke about a girl being paid for sex, you say. # speaker: narrator
    For anyone working for the UN, under 18 is a child whatever the local law, and her word about her age is no defence. Cash, credit or rice for sex is exploitation at any age. # speaker: narrator
    Lenz looks down at her plate. # speaker: narrator
+ [Say it looks bad for the mission, but off duty is a grey area, and customs here are not ours # evidence: sea.recognise 1]
    Exactly, says Lenz. Not our business. # speaker: narrator # person: lenz calm
    Dube shrugs and goes back to his food. # speaker: narrator
+ [Tell them it is not funny: it is wrong, and he should be ashamed # evidence: sea.recognise 2]
    Relax, it's only talk, says Lenz. # speaker: narrator # person: lenz calm
    Nobody asks you why it is wrong, and you do not say. # speaker: narrator
- -> night

// ---------------------------------------------------------------------------------------------------------------
=== night ===
Later, alone in your container, the joke stays with you. # speaker: narrator # person: dube gone # person: lenz gone
You have seen nothing yourself. {driver} drives you to sector headquarters every week, and he is always friendly. His boss, Mr Amadi, runs transport from the office by the gate. # speaker: narrator
It may be true. It may be mess talk. # speaker: narrator
+ [Tell Mr Amadi tonight. The driver is his staff, and his to deal with # evidence: sea.report 1]
    ~ amadi = true
    You find Mr Amadi outside the transport office. He listens, and frowns. # speaker: narrator # person: amadi wary
    Leave it with me. I'll have a quiet word with him tonight. # speaker: amadi
    He goes back inside. # speaker: narrator # person: amadi gone
+ [Call the Conduct and Discipline hotline tonight, and report the talk for what it is # evidence: sea.report 3 # evidence: sea.prompt 3]
    ~ reported = true
    Ms Leila Haddad, a Conduct and Discipline Officer, takes your call. You tell her what you heard, who said it, and that you have seen nothing yourself. # speaker: narrator
    Thank you. A concern is enough to report. Checking it is our job, not yours. # speaker: haddad
    If you learn anything more, tell me at once. And keep this to yourself. # speaker: haddad
+ [Wait until you are sure. It may be only mess talk, and a man's job and name are at stake # evidence: sea.prompt 1]
    You decide to wait until you are sure. # speaker: narrator
- -> morning

// ---------------------------------------------------------------------------------------------------------------
=== morning ===
Thursday morning. You are waiting at the main gate for your vehicle. # speaker: narrator
Then you see {driver} {spot}. He hands a phone top-up card and a few banknotes to a girl in a school uniform. # speaker: narrator # person: driver calm # person: girl afraid
She looks fifteen, perhaps sixteen. She nods without looking at him. # speaker: narrator
Saturday. Same place. # speaker: driver
He drives off, and she hurries away towards the school. # speaker: narrator # person: driver gone # person: girl gone
{amadi:
    So much for Mr Amadi's quiet word. # speaker: narrator
}
{reported:
    The Conduct and Discipline Team has your call from last night, but not this. # speaker: narrator
}
+ {reported} [Call Ms Haddad now: add what you saw, when and where, and that you cannot know her age # evidence: sea.report 3 # evidence: sea.prompt 3]
    On the line, you can hear her writing as you speak. # speaker: narrator
    That helps. Thank you. Now leave the rest to us. # speaker: haddad
+ {reported} [Call Ms Haddad and say the girl is fourteen, and the whole mess knows he pays her # evidence: sea.report 1 # evidence: sea.prompt 3]
    ~ overstated = true
    Ms Haddad pauses. Did you see her age? Did anyone in the mess see anything? # speaker: narrator
    You have to say no. Now she must sort out what you saw from what you guessed. # speaker: narrator
+ {reported} [Leave it. The team has your report, and finding out the rest is their job # evidence: sea.prompt 1]
    ~ held = true
    You tell yourself they know enough. They do not know about Saturday. # speaker: narrator
+ {not reported} [Wait for Saturday, to see if he meets her again. Then your report is solid # evidence: sea.prompt 1]
    -> saturday
+ {not reported} [Go to the Conduct and Discipline office now: what you saw, and what you only heard # evidence: sea.report 3 # evidence: sea.prompt 2]
    ~ reported = true
    ~ delay = 1
    Ms Haddad listens and writes. # speaker: narrator # person: haddad calm
    {amadi:
        You told the head of transport first? He should have sent you straight to us. # speaker: haddad # person: haddad wary
    }
    Thank you. Next time, the talk alone is enough: call us the same night. # speaker: haddad
+ {not reported && amadi} [Leave it with Mr Amadi. He knows the man, and said he would see to it # evidence: sea.report 0 # critical: sea.report # evidence: sea.prompt 0]
    You tell yourself it is his section, and his business now. # speaker: narrator
+ {not reported && not amadi} [Let it go. A phone card and a few notes prove nothing, and she may well be his girlfriend # evidence: sea.report 0 # critical: sea.report # evidence: sea.prompt 0 # evidence: sea.recognise 0]
    You get into your vehicle and think about something else. # speaker: narrator
- -> aftermath

// ---------------------------------------------------------------------------------------------------------------
=== saturday ===
Friday passes. You say nothing to anyone. # speaker: narrator
Saturday afternoon. From the gate, you watch {driver} sign out a vehicle for an errand in {village}. # speaker: narrator # person: driver neutral
He drives off down the hill. # speaker: narrator # person: driver gone
+ [Drop an unsigned note in the locked complaint box: a mission driver pays a schoolgirl # evidence: sea.report 2 # evidence: sea.prompt 0]
    ~ reported = true
    ~ delay = 2
    ~ anon = true
    You fold the sheet twice and push it through the slot. No name, and no way to ask you anything. # speaker: narrator
+ [Say nothing. You still have no proof of what happens in {village} # evidence: sea.report 0 # critical: sea.report # evidence: sea.prompt 0]
    You go back to your container. The vehicle comes back after dark. # speaker: narrator
+ [Go to the Conduct and Discipline office now and tell them everything, Thursday included # evidence: sea.report 3 # evidence: sea.prompt 0]
    ~ reported = true
    ~ delay = 2
    Ms Haddad takes your report. # speaker: narrator # person: haddad calm
    Thank you. Why did you wait until today? # speaker: haddad # person: haddad wary
    You have no good answer. # speaker: narrator # person: haddad gone
- -> aftermath

// ---------------------------------------------------------------------------------------------------------------
=== aftermath ===
{
- not reported:
    -> not_reported
- delay > 0 || held:
    -> reported_late
- else:
    -> reported_at_once
}

=== reported_at_once ===
Your concern reached the Conduct and Discipline Team the night you heard it, and what you saw the next morning went in within the hour. # speaker: narrator # person: haddad gone
{overstated:
    But you passed on a guess as if it were fact, and the team must now check twice everything you said. # speaker: narrator
}
{driver} learned nothing from you. Assessing it, and protecting the girl, is now the work of people trained for it. # speaker: narrator
You may never learn how it ends. Your part was to report, at once, and you did. # speaker: narrator # ending: reported-at-once
-> END

=== reported_late ===
In the end, what you knew reached the Conduct and Discipline Team. # speaker: narrator # person: haddad gone
{held:
    But not all of it: Ms Haddad heard about Saturday only on Monday, when she called you. # speaker: narrator
}
{delay == 1:
    You reported the morning after. The talk in the mess was already enough to report the night you heard it. # speaker: narrator
}
{delay == 2:
    It came after Saturday. Whatever happened in {village} that afternoon, a report on Wednesday night might have prevented it. # speaker: narrator
}
{anon:
    Your note is unsigned: nobody can call you to ask what you saw. # speaker: narrator
}
{amadi:
    And Mr Amadi's quiet word told {driver} that he had been noticed, before anyone whose job it is could look into it. # speaker: narrator
}
You never needed to be sure. A concern is enough, and new facts go in the same day. # speaker: narrator # ending: reported-late
-> END

=== not_reported ===
{amadi:
    Mr Amadi dealt with it inside his section. His word warned {driver}, and nothing reached the Conduct and Discipline Team. # speaker: narrator # person: haddad gone
- else:
    Nothing reached the Conduct and Discipline Team from you. # speaker: narrator # person: haddad gone
}
A girl who may be a child is still being paid for sex by a member of the mission, and you knew. # speaker: narrator
Not reporting sexual exploitation and abuse can itself be misconduct. This is a critical error, whatever else went well. # speaker: narrator # ending: not-reported
-> END
