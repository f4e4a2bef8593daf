// Snap situation: she says no.
// Setting: a village in northern Kavara (fictional), UN mission MINUKA (fictional).
// Built from: survivor referrals in UNAMID's Women Protection Networks (DPO Gender/WPS Resource Package, 001
// L2708-2712; notes part 1, field case 16), no pressure to speak out (001 L3013-3014; notes part 2, CRSV-06), the
// Women's Protection Advisers' role (001 L3198-3201; 004 L242), and the IASC GBV Pocket Guide key messages on
// permission before any referral (external item 25) and honest information (items 24, 30). The team leader's
// "every incident goes up" echoes the unit reporting duty in 001 L4347-4349: the incident and the threat can be
// reported; her identity and a referral need her consent.
// CRSV by armed men, not by UN personnel. The harm is told in a few words, never shown.

VAR name = ""          // shown: her name
VAR where = ""         // shown: where you met her
VAR road = ""          // shown: where the armed men are
VAR family = ""        // shown: whom she fears will find out
VAR informed = false   // she knows what each service does and that she can change her mind
VAR pressed = false    // you pressed her after she said no
VAR promised = false   // you promised what no one can guarantee
VAR noted = false      // her first name went into the patrol report
VAR forced = false     // her name went to the adviser after she refused a referral (critical)

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ name = "Nasima"
    ~ where = "the grinding mill"
    ~ road = "the bridge road"
    ~ family = "my husband"
- 2:
    ~ name = "Afiwa"
    ~ where = "the water point"
    ~ road = "the track to the cassava fields"
    ~ family = "my brothers"
- else:
    ~ name = "Nasima"
    ~ where = "the school gate"
    ~ road = "the forest path"
    ~ family = "my father"
}
-> refusal

// ---------------------------------------------------------------------------------------------------------------
=== refusal ===
Three days ago, at {where}, {name} told you in a few words that armed men had attacked her. You gave her a small card with the number of the mission's Women's Protection Adviser. # scene: village # speaker: narrator
Today your patrol passes {where} again. She waits until no one is near, then comes over. # speaker: narrator # person: woman wary
She presses the card back into your hand. # speaker: narrator
I don't want your adviser. Not the nurse, not anybody. If it reaches {family}, I am finished. And if someone finds this card on me... # speaker: woman # person: woman afraid
+ [Tell her she will feel better once she talks to someone. Ask her to think again # evidence: crsv.consent 0 # evidence: crsv.referral 1]
    ~ pressed = true
    Her mouth tightens. # speaker: narrator # person: woman angry
    You too? I said no. # speaker: woman
    You meant it kindly. What she heard is that her no is something to argue with. # speaker: narrator
+ [Take the card back and let her go. It is her choice, and she has made it # evidence: crsv.consent 2 # evidence: crsv.referral 1]
    She nods, almost surprised it was so easy. # speaker: narrator # person: woman calm
    Her no is respected. But the card was the only thing she knew about, and she is handing it back without knowing what else exists. # speaker: narrator
+ [Take the card. Say she can change her mind, and ask if she wants to hear what each service does # evidence: crsv.consent 3 # evidence: crsv.referral 3]
    ~ informed = true
    She thinks, then nods once. Her eyes stay on the road. # speaker: narrator # person: woman wary
    In a few words you tell her: the health post treats people in confidence, and care does not depend on any report; the women's centre listens; the adviser helps only if she asks. Nothing happens unless she wants it. # speaker: narrator
    The health post... I can go there for my back. Nobody asks about a back. Maybe. Later. # speaker: woman
- -> honest

// ---------------------------------------------------------------------------------------------------------------
=== honest ===
She hesitates, and looks along the road. # speaker: narrator
And you? You will tell nobody? Those men are still on {road}. # speaker: woman # person: woman afraid
+ [Say her name stays with you, but you cannot promise the men will be stopped # evidence: crsv.no-promises 3]
    She looks at you for a long moment. # speaker: narrator # person: woman wary
    You add that the patrol will report armed men threatening women on {road}, with nothing that points to her, and ask if that is all right with her. # speaker: narrator
    She thinks, then nods once. # speaker: narrator # person: woman calm
    Yes. Without my name. # speaker: woman
+ [Tell her not to worry, you will see what can be done # evidence: crsv.no-promises 1]
    She waits for more. Nothing more comes. # speaker: narrator # person: woman wary
    She asked a plain question and got no answer she can use. # speaker: narrator
+ [Promise that no one will ever know, and that the patrol will keep those men away from her # evidence: crsv.no-promises 0]
    ~ promised = true
    She looks at you for a long moment, wanting to believe it. # speaker: narrator # person: woman hopeful
    The patrol passes {where} once a week. The men on {road} are there every day. # speaker: narrator
- -> leader

// ---------------------------------------------------------------------------------------------------------------
=== leader ===
Back at the vehicle, Sergeant Rana, your team leader, has been watching the two of you. # speaker: narrator # person: woman gone # person: rana neutral
That's the woman from {where}, isn't it? Give me her name and where she lives. Every incident goes up to the Women's Protection Adviser, and I need it in the patrol report. # speaker: rana
+ [Give him her first name only, so the adviser can find her later # evidence: crsv.consent 1]
    ~ noted = true
    He types one word into the report. # speaker: narrator # person: rana calm
    A first name and a place, in a small village, is enough to find her. She did not agree to that. # speaker: narrator
+ [Report the threat on that road, not her. Tell him she has said no to any referral # evidence: crsv.consent 3]
    He frowns. Refusing is her right, you add. # speaker: narrator # person: rana wary
    You give him the incident and the armed men on {road}, with nothing that identifies her, and offer to ask the adviser for general advice without naming her. # speaker: narrator
    Fair enough. If she's said no, she's said no. # speaker: rana # person: rana calm
+ [Give her name and where she lives to the adviser only, not the report, so a specialist can visit quietly # evidence: crsv.consent 0 # critical: crsv.consent]
    ~ forced = true
    You call the adviser's office and give her name and where she lives. It feels like the kind thing to do. # speaker: narrator # person: rana calm
- -> ending

// ---------------------------------------------------------------------------------------------------------------
=== ending ===
{
- forced:
    -> name_passed
- pressed || promised || noted:
    -> trust_lost
- informed:
    -> door_open
- else:
    -> no_facts
}

=== door_open ===
She leaves with nothing in her pocket and everything she needs in her head: what the health post, the women's centre and the adviser do, and that she can still change her mind. # speaker: narrator
Her name stayed with you. What happens next is her decision, and you left it with her. # speaker: narrator # ending: door-open
-> END

=== no_facts ===
Her no was respected, and her name stayed with you. # speaker: narrator
But she handed back the only card she had, and left without knowing what else exists, or that help can be quieter than she fears. If she changes her mind, she will have to find the way alone. # speaker: narrator # ending: no-without-the-facts
-> END

=== trust_lost ===
{pressed:
    You pressed her after she had said no. What she heard is that her no does not count. # speaker: narrator
}
{promised:
    A week later the men are still on {road}. Nothing you promised has come true, and she remembers who promised it. # speaker: narrator
}
{noted:
    A week later, a patrol from another company, reading the report, asks at {where} for a woman called {name}. The women there look at each other. # speaker: narrator
}
She stops coming to {where} when a patrol is in sight. # speaker: narrator # ending: trust-lost
-> END

=== name_passed ===
Two days later, a woman from the adviser's office comes looking for her, as discreetly as she was trained to. # speaker: narrator
But she had said no, and now she knows her name travelled anyway. She does not open the door. # speaker: narrator
A referral she refused is not a kindness. Passing on her name against her will is a critical error, however good the intention. # speaker: narrator # ending: name-passed-on
-> END
