// Snap situation: a man at the pump.
// Setting: the Mirambe IDP site in Kavara (fictional), UN mission MINUKA (fictional).
// Built from: men and boys can also be victims of sexual violence (DPO Gender/WPS Resource Package, 001 L987-989;
// notes part 1, SGBV, and pitfall P8 "assuming male victims of sexual violence don't exist"), the CRSV definition,
// which covers "women, men, girls or boys" (001 L207-212; 004 L408), "while most survivors of CRSV are women and
// girls, men and boys can be survivors" (001 L3225-3226; notes part 2, CRSV-09), men and boy survivors who find it
// hard to disclose and have health, psychosocial, legal and safety needs (external item 42), the same support
// without judgement whatever the survivor's gender (item 27), not asking for details (item 29), the Women's
// Protection Advisers who coordinate the response to cases of CRSV (004 L242) and with whom peacekeepers protect
// those at risk, men and boys included (item 37), and inaction as a failure to protect (001 L2909-2911).
// That the adviser's office and the health post help men too is our reading of 004 L242 with 004 L408 and item 37.
// CRSV by fighters of an armed group, not by UN personnel: consent-based referral, not the SEA reporting duty.
// The harm is told in a few words, never shown.

VAR name = ""          // shown: his name
VAR chore = ""         // shown: what he is doing at the pump
VAR held = ""          // shown: where the fighters held him
VAR days = ""          // shown: how long they held him
VAR doubted = false    // his account was doubted
VAR probed = false     // he was asked about the fighters
VAR nohelp = false     // he was told there is nothing for men, or sent to the police only
VAR linked = false     // he knows the health post and the adviser help men too
VAR joked = false      // a colleague's mockery went unanswered
VAR exposed = false    // his story or his name went to someone without his consent (critical)

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ name = "Baptiste"
    ~ chore = "carrying jerrycans for the old women in the queue"
    ~ held = "their camp by the quarry"
    ~ days = "four days"
- 2:
    ~ name = "Modeste"
    ~ chore = "mending the handle of the pump"
    ~ held = "the old school they use as a base"
    ~ days = "a week"
- else:
    ~ name = "Tiemoko"
    ~ chore = "filling the site's water drums"
    ~ held = "their roadblock on the river road"
    ~ days = "three nights"
}
-> pump

// ---------------------------------------------------------------------------------------------------------------
=== pump ===
Late afternoon at the Mirambe IDP site. Your patrol has stopped by the hand pump, as it does on every round. # scene: water-point # speaker: narrator
Kalimba, one of your patrol, is chatting with the boys by the vehicle. # speaker: narrator # person: kalimba neutral
A young man who has been {chore} waits until the queue has gone, then comes over to you. His name is {name}, he says. # speaker: narrator # person: man wary
Last month the fighters took me at {held}. {days}. # speaker: man
He looks at the ground. # speaker: narrator # person: man sad
At night they did to me what men do to women. I have told no one. Not my wife. Who would believe that of a man? # speaker: man
+ [Tell him you believe him, it was not his fault, and he need say no more # evidence: crsv.listening 3]
    He breathes out, as if he had been holding his breath for a month. # speaker: narrator # person: man sad
    You are the first one I have told. # speaker: man
    Men are survivors of sexual violence too, and they often find it hardest of all to tell anyone. Being believed the first time is what makes a second time possible. # speaker: narrator
+ [Ask which group held him and where their camp is, so the mission can act # evidence: crsv.listening 1]
    ~ probed = true
    His eyes go to the road out of the site. # speaker: narrator # person: man afraid
    I don't know their names. Please. I don't want them to know I talked. # speaker: man
    You wanted to act on it. But questions about the attackers are for specialists he chooses to see, if he chooses. # speaker: narrator
+ [Ask if he means they beat him. That is what happens to men in there # evidence: crsv.listening 0]
    ~ doubted = true
    He is silent for a long moment. # speaker: narrator # person: man angry
    Yes. They beat me. Forget it. # speaker: man
    He told you exactly what happened, and heard that it could not be so. Men and boys can be victims of sexual violence too. # speaker: narrator
- -> help

// ---------------------------------------------------------------------------------------------------------------
=== help ===
{not doubted:
    He glances at the women's centre tent across the path. # speaker: narrator # person: man wary
    Is there anyone for a man? Everything here is for women. The centre, the adviser for women. They would laugh. # speaker: man
- else:
    He picks up a jerrycan, then puts it down again. # speaker: narrator # person: man wary
    If it was... that. Is there anyone for a man? Everything here is for women. # speaker: man
}
+ [Refer him for help now: radio his name to the Women's Protection Adviser and ask her to support him today # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality # evidence: crsv.referral 1]
    ~ exposed = true
    You key the radio and give his name and the site. Across the path, two women at the pump turn their heads. # speaker: narrator # person: man afraid
    No. No, I did not say to call anyone. # speaker: man
+ [Say the health post treats men too, in confidence, and the adviser's office helps men. Ask what he wants # evidence: crsv.referral 3]
    ~ linked = true
    He listens, not quite believing it. # speaker: narrator # person: man wary
    You tell him what each does: Nurse Esther at the health post treats men as well as women, and nobody needs to know why he came; the mission's Women's Protection Adviser, despite the title, handles sexual violence against men too, and does nothing unless he asks. # speaker: narrator
    The health post. Maybe. For the pain. I will think. # speaker: man # person: man calm
+ [Tell him honestly that those services are for women, but that you will listen # evidence: crsv.referral 0]
    ~ nohelp = true
    He nods slowly, as if he had known it all along. # speaker: narrator # person: man sad
    It sounded honest, and it was not true. The health post treats men, and the mission's response to sexual violence in conflict covers men and boys too. # speaker: narrator
+ [Tell him to report it at the police post; that is where men take attacks # evidence: crsv.referral 1]
    ~ nohelp = true
    The police? And say what? # speaker: man # person: man afraid
    One route, and the one he is least likely to take. Nobody told him that the health post treats men, or that care does not wait on a report. # speaker: narrator
- -> kalimba

// ---------------------------------------------------------------------------------------------------------------
=== kalimba ===
{name} walks away towards the shelters. # speaker: narrator # person: man gone
Kalimba strolls over from the vehicle, grinning. # speaker: narrator # person: kalimba neutral
What was that about? He looked ready to cry. I caught "the fighters" and "like women". # speaker: kalimba
Did they make a wife of him? Wait till the section hears. # speaker: kalimba # person: kalimba calm
+ [Keep quiet: it is confidential, and arguing would only make him more curious # evidence: crsv.confidentiality 2 # evidence: crsv.listening 2]
    ~ joked = true
    You shrug. Kalimba laughs and goes back to the vehicle, already telling the driver. # speaker: narrator # person: kalimba neutral
    You shared nothing. But the joke was left standing, and in a small site a joke can be enough to point at one man. # speaker: narrator
+ [Tell him what the fighters did to the man, so that he sees it is no joke and drops it # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    ~ exposed = true
    Kalimba stops grinning. # speaker: narrator # person: kalimba wary
    Fine. Poor man. I won't say a word. # speaker: kalimba
    By evening, two more of the section know, each of them told in confidence. # speaker: narrator
+ [Say it is no joke and goes no further: the camp goes in the report, not the man # evidence: crsv.confidentiality 3 # evidence: crsv.listening 3]
    Kalimba's grin fades. # speaker: narrator # person: kalimba wary
    All right, all right. Just talk. # speaker: kalimba
    In the patrol report you note that fighters hold and abuse civilians at {held}, with nothing about who told you. # speaker: narrator # person: kalimba neutral
- -> ending

// ---------------------------------------------------------------------------------------------------------------
=== ending ===
{
- exposed:
    -> story_passed
- doubted || probed || joked:
    -> went_quiet
- nohelp:
    -> nothing_for_him
- else:
    -> within_reach
}

=== within_reach ===
Two days later, at the health post, a young man waits in the queue like anyone else with a bad back. # speaker: narrator
He was believed, he knows that help exists for men too, and what he said stayed between the two of you. # speaker: narrator
The fighters at {held} are in the report, and he is not. # speaker: narrator # ending: help-within-reach
-> END

=== nothing_for_him ===
His story stayed with you. # speaker: narrator
But he walked away believing there is nothing for a man after what happened to him, or only a police post he will never enter. # speaker: narrator
Men often wait years to tell anyone. He told you, and left with nowhere to go. # speaker: narrator # ending: nothing-for-men
-> END

=== went_quiet ===
{doubted:
    He said it once, plainly, and was told it must have been a beating. He will not say it again soon. # speaker: narrator
}
{probed:
    He came to be heard and was questioned about the fighters instead. He wonders who else will ask. # speaker: narrator
}
{joked:
    Within a week, the joke about "the man at the pump" has gone round the section, and some of the drivers hired from the site have heard it too. {name} stops coming to the pump when the patrol is there. # speaker: narrator
}
{linked:
    He knows the health post treats men. Whether he goes now is harder to say. # speaker: narrator
}
The next time the patrol passes, he finds something to do on the far side of the site. # speaker: narrator # ending: he-went-quiet
-> END

=== story_passed ===
{name} had told one person. Now others know, people he never chose. # speaker: narrator
A man who has been through this is often most afraid of exactly that: that it will be known, and laughed at. # speaker: narrator
His story, and his name, were his to give. Passing them on without his consent is a critical error, whatever the intention. # speaker: narrator # ending: story-passed-on
-> END
