// Snap situation: keep it in-house.
// The trainee has reported a concern of sexual exploitation to the Conduct and Discipline Team (CDT). The company
// commander asks for the report to be withdrawn "for the unit" and hints at the trainee's leave; the section wants
// to know what is going on. A report is not the reporter's to take back; in-house handling warns the suspect; the
// report stays between the reporter and the CDT (announcing it warns the suspect, as in the core SEA scenario);
// pressure and retaliation go to the CDT.
// Built from guidance/notes/external-public-guidance.md items 58, 59, 62, 65 and 69 (duty to report, channels,
// confidentiality, protection against retaliation, commanders' accountability) and seed 001 L3896-3897 and
// L3925-3926 (zero tolerance; SEA undermines trust and the UN's credibility).

VAR unit = ""            // the trainee's company (shown)
VAR spot = ""            // where the sergeant was seen (shown)
VAR month = ""           // when the trainee's leave falls (shown)
VAR reason = ""          // what the leave is for (shown)
VAR told = false         // the CDT knows about the commander's pressure
VAR announced = false    // the trainee told the section about the report and the pressure (critical)
VAR hinted = false       // the trainee dropped hints to the section
VAR silent = false       // the trainee walked past the section's guessing without a word
VAR gaveway = false      // the trainee agreed to withdraw the report (critical)
VAR onhold = false       // the trainee asked the CDT to pause or trade the report
VAR alone = false        // the trainee carried the pressure or retaliation alone, or fought it
VAR wavered = false      // the trainee left the commander with a "maybe"

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ unit = "Bravo Company"
    ~ spot = "at the back fence"
    ~ month = "March"
    ~ reason = "your daughter's birthday"
- 2:
    ~ unit = "Charlie Company"
    ~ spot = "behind the water tanks"
    ~ month = "June"
    ~ reason = "your brother's wedding"
- else:
    ~ unit = "Delta Company"
    ~ spot = "by the laundry gate"
    ~ month = "October"
    ~ reason = "your mother's seventieth birthday"
}
-> office

// ---------------------------------------------------------------------------------------------------------------
=== office ===
Friday morning, at a MINUKA base in northern Kavara. # scene: base # speaker: narrator
On Wednesday you reported a concern to the Conduct and Discipline Team: a sergeant of {unit} seen giving food to a young woman {spot}, and the talk about what he gets in return. # speaker: narrator
Now Captain Osei, your company commander, has called you in. He closes the door behind you. # speaker: narrator # person: osei neutral
I know about your report. Do you know what this does to {unit}? To our flag, here and back home? # speaker: osei # person: osei angry
Go back to Conduct and Discipline and tell them you were mistaken. We will deal with it here, inside the company. Properly. # speaker: osei
Your leave is in {month}, isn't it? For {reason}. It would be a pity if the roster had to change. # speaker: osei # person: osei calm
+ [Say calmly that the report is not yours to take back, and that you will not discuss it # evidence: sea.integrity 3 # evidence: sea.report 3]
    Is that your last word? # speaker: osei # person: osei angry
    It is, sir. Exploitation shames a unit. Reporting it does not. # speaker: narrator
    He looks at you for a long moment. Dismissed. # speaker: narrator
+ [Say you will think about it. There is no sense in making an enemy of him # evidence: sea.integrity 1]
    ~ wavered = true
    He nods slowly. Think hard. And think about {month}. # speaker: narrator
+ [Agree to keep it in the company. He knows the sergeant, and he will deal with it properly # evidence: sea.report 0 # critical: sea.report # evidence: sea.integrity 0]
    ~ gaveway = true
    He smiles. Good. I knew you were one of us. I'll have a word with the sergeant tonight. # speaker: narrator # person: osei calm
- -> corridor

// ---------------------------------------------------------------------------------------------------------------
=== corridor ===
In the corridor, two of your section are waiting for you. # speaker: narrator # person: osei gone
What did the Old Man want? one of them asks. Half the company says somebody has reported one of the sergeants. # speaker: narrator
+ [Tell them straight: you reported a sergeant, and the Captain wants it buried # evidence: sea.confidentiality 0 # critical: sea.confidentiality # evidence: sea.integrity 2]
    ~ announced = true
    They whistle. By evening, the whole company knows there is a report, that the Captain wants it buried, and who made it. # speaker: narrator
    Somebody starts guessing aloud which sergeant, and which young woman. # speaker: narrator
+ [Say only that someone in the company is in trouble, and leave names out of it # evidence: sea.confidentiality 1]
    ~ hinted = true
    They nod as if they knew. By evening, the guessing has gone round the lines: which sergeant, which young woman, and who talked. # speaker: narrator
+ [Say there is nothing to discuss, and concerns go to Conduct and Discipline # evidence: sea.confidentiality 3]
    They look at each other, then let it drop. Fair enough, one of them says. # speaker: narrator
+ [Say nothing at all, and walk past them back to your work # evidence: sea.confidentiality 2]
    ~ silent = true
    Behind you, the guessing goes on. # speaker: narrator
- -> next_step

=== next_step ===
{
- gaveway:
    -> withdraw
- wavered:
    -> undecided
- else:
    -> after_refusal
}

// ---------------------------------------------------------------------------------------------------------------
=== after_refusal ===
Back at your desk, your hands are not quite steady. Your commander asked you to take back a report, and talked about your leave. # speaker: narrator
+ [Keep it to yourself. Nothing has actually happened to you yet # evidence: sea.integrity 1]
    ~ alone = true
    You go back to work, and tell no one. # speaker: narrator
+ [Ask the team to put your report on hold until after your leave. Nobody loses # evidence: sea.integrity 0 # evidence: sea.report 1]
    ~ onhold = true
    -> haddad_refuses ->
+ [Tell Ms Haddad at Conduct and Discipline what the Captain asked, and what he said about your leave # evidence: sea.integrity 3]
    ~ told = true
    -> haddad_thanks ->
- -> roster

// ---------------------------------------------------------------------------------------------------------------
=== undecided ===
That night, you lie awake. Take it back and keep your leave? Or let it stand? # speaker: narrator
+ [Ask the team to put your report on hold until after your leave. Then nobody loses anything # evidence: sea.report 1 # evidence: sea.integrity 0]
    ~ onhold = true
    -> haddad_refuses ->
+ [Go to the team: confirm your report, and tell them what the Captain said # evidence: sea.report 3 # evidence: sea.integrity 3]
    ~ told = true
    -> haddad_thanks ->
+ [Tell the Captain in the morning that you will withdraw it # evidence: sea.report 0 # critical: sea.report # evidence: sea.integrity 0]
    ~ gaveway = true
    In the morning, the Captain shakes your hand. Good. I'll have a word with the sergeant tonight. # speaker: narrator # person: osei calm
    -> withdraw
- -> roster

// ---------------------------------------------------------------------------------------------------------------
=== haddad_thanks ===
Ms Leila Haddad, a Conduct and Discipline Officer, hears you out. # speaker: narrator # person: haddad calm
Thank you for telling me. No one may threaten or punish you for reporting in good faith. # speaker: haddad
A commander's task is to uphold the standards, not to bury a report. I will take this up. If anything changes for you, come straight back. # speaker: haddad # person: haddad gone
->->

=== haddad_refuses ===
Ms Leila Haddad, a Conduct and Discipline Officer, shakes her head. # speaker: narrator # person: haddad wary
I can't do that. A report is not yours to pause or take back, and what you told us stays true. # speaker: haddad
Has someone pressed you? Tell me who. # speaker: haddad
You say nothing. # speaker: narrator # person: haddad gone
->->

// ---------------------------------------------------------------------------------------------------------------
=== withdraw ===
That afternoon, you stand in the Conduct and Discipline office. Ms Leila Haddad looks up from her desk. # speaker: narrator # person: osei gone # person: haddad calm
You wanted to see me? # speaker: haddad
+ [Tell her you were mistaken, and ask her to withdraw your report # evidence: sea.report 0 # critical: sea.report # evidence: sea.integrity 0]
    A report is not something we simply delete. What you told us will still be looked at. # speaker: haddad # person: haddad wary
    Has someone asked you to do this? # speaker: haddad
    You say you were mistaken, and leave. # speaker: narrator # person: haddad gone
+ [Tell her the truth: the Captain asked you to withdraw it and hinted at your leave. It stands # evidence: sea.report 3 # evidence: sea.integrity 3]
    ~ told = true
    Thank you for telling me. Your report stands, and I will take up the pressure on you. # speaker: haddad
    But the Captain believes it is settled, and tonight he is having his word with the sergeant. # speaker: narrator # person: haddad gone
- -> aftermath

// ---------------------------------------------------------------------------------------------------------------
=== roster ===
A week later, the leave roster goes up outside the company office. Your {month} leave is gone. Next to your name: after rotation. # speaker: narrator
{announced:
    Since you told your section, the whole company knows there is a report, and guesses who it is about. Someone has written SNITCH across your locker door. # speaker: narrator
}
{told:
    The Conduct and Discipline Team already knows what the Captain said to you. # speaker: narrator
}
+ [Take it. Another leave will come, and a fuss would only make things worse # evidence: sea.integrity 1]
    ~ alone = true
    You call home: you will miss {reason}. # speaker: narrator
+ [Go to the Captain's office and have it out with him, man to man # evidence: sea.integrity 1]
    ~ alone = true
    The argument can be heard down the corridor. By evening, it is your conduct that the company is talking about. # speaker: narrator
+ [Tell Conduct and Discipline this looks like retaliation for your report # evidence: sea.integrity 3]
    You tell Ms Haddad about the roster{not told: and about what the Captain said in his office}. She writes it all down. # speaker: narrator # person: haddad calm
    Thank you. This is exactly what we need to know. We will take it from here. # speaker: haddad # person: haddad gone
    Two weeks later, your name is back on the roster for {month}. # speaker: narrator
+ [Tell the team you will drop your report if you get your leave back # evidence: sea.integrity 0 # evidence: sea.report 1]
    ~ onhold = true
    That is not a trade anyone can make. Your report stands. But tell me who did this. # speaker: haddad # person: haddad wary
    You say nothing. Whoever changed the roster has learned that it nearly worked. # speaker: narrator # person: haddad gone
- -> aftermath

// ---------------------------------------------------------------------------------------------------------------
=== aftermath ===
{
- gaveway:
    -> gave_way
- announced:
    -> report_announced
- onhold || alone || hinted:
    -> held_alone
- else:
    -> stood_firm
}

=== stood_firm ===
Your report stands, and the Conduct and Discipline Team knows about the pressure and the roster. # speaker: narrator
{wavered:
    It took you a night to decide, and the Captain took your silence for a maybe. Next time, you can say no on the spot, calmly. # speaker: narrator
}
{silent:
    When your section guessed aloud, you walked past. A few calm words would have stopped it: there is nothing to discuss, and concerns go to Conduct and Discipline. # speaker: narrator
}
The case is theirs now, and so is protecting you from retaliation. You did not have to carry either. # speaker: narrator
Loyalty to {unit} meant holding it to the standard, and you did. # speaker: narrator # ending: stood-firm
-> END

=== held_alone ===
Your report stands, but not everything went as it should. # speaker: narrator
{hinted:
    Your hints set the lines guessing: which sergeant, which young woman, and who had talked. In a small place, a hint can be enough to name her. # speaker: narrator
}
{alone:
    You carried the pressure alone, or fought it alone. Retaliation is for the Conduct and Discipline Team to deal with, and it can only deal with what it hears. # speaker: narrator
}
{onhold:
    The team would not pause your report or trade it for your leave. But whoever pressed you has learned that pressure nearly worked. # speaker: narrator
}
Standing firm is half of it. The other half is telling the team, quietly, when someone pushes back. # speaker: narrator # ending: held-alone
-> END

=== report_announced ===
Your report stands, but the whole company knows about it. # speaker: narrator
Telling your section told the sergeant too: what had been reported, and by whom, before anyone whose job it is could look into it. And the lines are guessing at the young woman's name. # speaker: narrator
A report stays between you and the Conduct and Discipline Team. Announcing it is a critical error, however firmly you stood. # speaker: narrator # ending: report-announced
-> END

=== gave_way ===
{told:
    You told Ms Haddad the truth in the end, and your report stands. But you had said yes to burying it, and the Captain acted on that yes: his word has warned the sergeant before anyone whose job it is could look into it. # speaker: narrator
- else:
    You asked for your report to be withdrawn. The team will still look at what you told them, but the Captain's word has warned the sergeant, and the company has learned that pressure works. # speaker: narrator
}
Agreeing to keep a case of sexual exploitation inside the unit is a critical error, whatever else went well. # speaker: narrator # ending: gave-way
-> END
