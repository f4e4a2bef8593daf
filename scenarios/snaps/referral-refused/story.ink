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
    ~ name = "Grace"
    ~ where = "the grinding mill"
    ~ road = "the bridge road"
    ~ family = "my husband"
- 2:
    ~ name = "Mariama"
    ~ where = "the water point"
    ~ road = "the track to the cassava fields"
    ~ family = "my brothers"
- else:
    ~ name = "Esther"
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
+ [Tell her the adviser only wants to help, and that she will feel better once she has talked to someone. Ask her to think again # evidence: crsv.consent 0 # evidence: crsv.referral 1]
    ~ pressed = true
    Her mouth tightens. # speaker: narrator # person: woman angry
    You too? I said no. # speaker: woman
+ [Take the card back and say goodbye. It is her choice # evidence: crsv.consent 2 # evidence: crsv.referral 1]
    She nods, almost surprised it was so easy. # speaker: narrator # person: woman calm
+ [Take the card back. Tell her it is her decision and she can change her mind at any time. Then, only if she wants to hear it, say in a few words what the health post, the women's centre and the adviser each do, and that they work in confidence # evidence: crsv.consent 3 # evidence: crsv.referral 3]
    ~ informed = true
    She listens, her eyes on the road. # speaker: narrator # person: woman wary
    The health post... I can go there for my back. Nobody asks about a back. Maybe. Later. # speaker: woman
- -> honest

// ---------------------------------------------------------------------------------------------------------------
=== honest ===
She hesitates, and looks along the road. # speaker: narrator
And you? You will tell nobody? Those men are still on {road}. # speaker: woman # person: woman afraid
+ [Promise her that no one will ever find out, and that the patrol will keep those men away from her # evidence: crsv.no-promises 0]
    ~ promised = true
    She looks at you for a long moment, wanting to believe it. # speaker: narrator # person: woman hopeful
+ [Be honest. You will not give her name to anyone unless she agrees, but you cannot promise the men will be stopped. The patrol will report that armed men threaten women on {road}, with nothing that points to her. Ask whether that is all right with her # evidence: crsv.no-promises 3]
    She thinks, then nods once. # speaker: narrator # person: woman calm
    Yes. Without my name. # speaker: woman
+ [Tell her not to worry, you will see what can be done # evidence: crsv.no-promises 1]
    She waits for more. Nothing more comes. # speaker: narrator # person: woman wary
- -> leader

// ---------------------------------------------------------------------------------------------------------------
=== leader ===
Back at the vehicle, Sergeant Rana, your team leader, has been watching the two of you. # speaker: narrator # person: woman gone # person: rana neutral
That's the woman from {where}, isn't it? Give me her name and where she lives. Every incident goes up to the Women's Protection Adviser, and I need it in the patrol report. # speaker: rana
+ [Give her name and where she lives to the Women's Protection Adviser only, not for the report, so that a specialist can visit her quietly # evidence: crsv.consent 0 # critical: crsv.consent]
    ~ forced = true
    You call the adviser's office and give her name and where she lives. It feels like the kind thing to do. # speaker: narrator # person: rana calm
+ [Report the incident and the threat on {road}, with nothing that identifies her. Tell him she has refused a referral, which is her right, and offer to ask the adviser for general advice without naming her # evidence: crsv.consent 3]
    He frowns, then types. # speaker: narrator # person: rana wary
    Fair enough. If she's said no, she's said no. # speaker: rana # person: rana calm
+ [Give him her first name only, so the report is complete and the adviser can find her if she changes her mind # evidence: crsv.consent 1]
    ~ noted = true
    He types one word into the report. # speaker: narrator # person: rana calm
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
