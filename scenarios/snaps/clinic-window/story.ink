// Snap situation: the 72-hour window.
// Setting: a health post in northern Kavara (fictional), UN mission MINUKA (fictional).
// Built from: UNMISS making sure rape kits are stocked and medical staff trained in the clinical management of rape
// (DPO Gender/WPS Resource Package, 001 L3262-3271; notes part 2, field case F3, CRSV-15), the PEP time window and
// care without a report (external items 31, 32), permission before any referral (item 25), and no promises that
// cannot be kept, security included (item 30).
// CRSV by armed men, not by UN personnel. The harm is told in a few words, never shown.

VAR name = ""          // shown: her name
VAR place = ""         // shown: the health post's village
VAR watcher = ""       // shown, in her words: who is by the gate
VAR deadline = ""      // shown: when the 72 hours run out
VAR knows = false      // she knows what care exists, the time limits, and that care needs no report
VAR police = false     // she was told she must report to the police first
VAR promised = false   // you promised what no one can guarantee
VAR pushed = false     // you pushed her to go in
VAR asked = false      // you asked what would make it easier, and were honest about the risk
VAR went = false       // she saw the nurse today
VAR told = false       // you told the nurse her story for her
VAR forced = false     // you acted against her will or passed on her name (critical)

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ name = "Chantal"
    ~ place = "Ilamweso"
    ~ watcher = "my husband's cousin"
    ~ deadline = "Thursday night"
- 2:
    ~ name = "Maelle"
    ~ place = "Sokotane"
    ~ watcher = "the militia boys on the bench"
    ~ deadline = "Saturday night"
- else:
    ~ name = "Chantal"
    ~ place = "Sokotane"
    ~ watcher = "the women from my church"
    ~ deadline = "Monday night"
}
-> morning

// ---------------------------------------------------------------------------------------------------------------
=== morning ===
Early morning at the {place} health post. Your patrol has stopped in the shade across the road. # scene: health-post # speaker: narrator
The post opened an hour ago. Women with babies are queueing at the gate. # speaker: narrator
A woman walking past slows down beside you, without looking at you. Her name is {name}, she says. # speaker: narrator # person: woman afraid
Last night, men with guns came into our yard. They took me behind the house. # speaker: woman
I am afraid of sickness. Afraid of a baby. # speaker: woman # person: woman sad
+ [Tell her not to worry: the nurse will make sure everything is all right # evidence: crsv.medical-urgency 1 # evidence: crsv.no-promises 0]
    ~ promised = true
    She looks at you, wanting to believe it. # speaker: narrator # person: woman hopeful
    It was meant as comfort. But no one can promise her that, and it tells her nothing she needs: what the nurse can do, and how little time there is. # speaker: narrator
+ [Tell her to report it at the police post first; the nurse will ask for the report before treating her # evidence: crsv.medical-urgency 0 # evidence: crsv.no-promises 1]
    ~ police = true
    The police? # speaker: woman # person: woman afraid
    She shakes her head. The police post is next to the militia's roadblock. # speaker: narrator
    It sounds like the proper order of things, and it is not true: care never depends on a report, and the hours for the medicine are running. # speaker: narrator
+ [Tell her the nurse can prevent HIV within 72 hours and pregnancy within five days, with no report # evidence: crsv.medical-urgency 3 # evidence: crsv.no-promises 3]
    ~ knows = true
    She listens closely. # speaker: narrator # person: woman wary
    You put it plainly: the medicine against HIV works only if it is started within 72 hours, so before {deadline}; emergency contraception within five days. Whether she goes is her choice. # speaker: narrator
    Before {deadline}. And nobody makes me go to the police? # speaker: woman
    No, you tell her. Care and reporting are separate. # speaker: narrator
- -> gate

// ---------------------------------------------------------------------------------------------------------------
=== gate ===
She looks across at the gate. # speaker: narrator # person: woman afraid
But look who is by the gate: {watcher}. If I am seen going in, everyone will ask why. # speaker: woman
+ [Say you cannot promise no one will see her. Ask what would make it easier # evidence: crsv.no-promises 3 # evidence: crsv.consent 3]
    ~ asked = true
    She thinks about it for a while. # speaker: narrator # person: woman wary
    You mention what you know: women go in there every day for all sorts of reasons, the post opens every day, and she could come with someone she trusts. # speaker: narrator
+ [Tell her firmly that her health matters more than gossip, and that she should go in now # evidence: crsv.consent 0 # evidence: crsv.medical-urgency 1]
    ~ pushed = true
    She takes a step back. # speaker: narrator # person: woman wary
    Easy for you to say. # speaker: woman
    You are right that time matters. But it is her body, her family and her neighbours: urgency belongs in the information you give, not in pressure. # speaker: narrator
+ [Promise no one will see: the patrol will clear the gate and walk her straight in past them # evidence: crsv.no-promises 0 # evidence: crsv.consent 0]
    ~ promised = true
    ~ pushed = true
    Her eyes widen. # speaker: narrator # person: woman afraid
    With soldiers all around me? Then everybody knows. # speaker: woman
- -> decide

=== decide ===
{
- asked && knows:
    -> goes_in
- else:
    -> not_now
}

// ---------------------------------------------------------------------------------------------------------------
=== goes_in ===
~ went = true
She has her own idea: she will fetch her neighbour's baby and join the queue of mothers, like any other morning. # speaker: narrator # person: woman calm
Half an hour later she is inside. Nurse Agnes comes to the door and beckons you over. # speaker: narrator # person: woman gone # person: agnes calm
Officer, she says you know. Come in and tell me what happened, so she does not have to. # speaker: agnes
+ [Go in and tell the nurse what she told you, to spare her the telling # evidence: crsv.consent 1]
    ~ told = true
    You tell the nurse. {name} sits and listens to her own story in your words. # speaker: narrator # person: woman sad
+ [Say it is hers to tell, not yours, and stay outside by the vehicle # evidence: crsv.consent 3]
    The nurse nods and goes back in. # speaker: narrator # person: agnes calm
    What she tells the nurse, and whether she ever wants to meet the Women's Protection Adviser, is for her to decide. # speaker: narrator
+ [Stay outside, and radio her name to the adviser to refer her for follow-up # evidence: crsv.consent 0 # critical: crsv.consent]
    ~ forced = true
    You key the radio and say her name. Across the yard, heads turn at the crackle. # speaker: narrator
- -> ending

// ---------------------------------------------------------------------------------------------------------------
=== not_now ===
{pushed:
    She shakes her head. # speaker: narrator # person: woman wary
- else:
    She thinks for a long moment, then shakes her head. # speaker: narrator # person: woman wary
}
Not now. Not with everyone there. # speaker: woman
+ {knows} [Respect her answer, and say goodbye. She has heard enough for one day # evidence: crsv.consent 2 # evidence: crsv.medical-urgency 2]
    She nods and walks on. # speaker: narrator # person: woman gone
+ {not knows} [Respect her answer, and say goodbye. She has heard enough for one day # evidence: crsv.consent 2 # evidence: crsv.medical-urgency 1]
    She nods and walks on. # speaker: narrator # person: woman gone
+ {knows} [Accept it. Say the post opens every day, and the medicine works until {deadline} # evidence: crsv.consent 3 # evidence: crsv.medical-urgency 3]
    She repeats it under her breath: before {deadline}. # speaker: narrator # person: woman calm
    She can change her mind at any time before then. # speaker: narrator
+ {not knows} [Accept it. Say the post opens every day, and the medicine works until {deadline} # evidence: crsv.consent 3 # evidence: crsv.medical-urgency 2]
    ~ knows = true
    You add what she has not heard yet: the medicine against HIV must be started within 72 hours, emergency contraception works within five days, and care does not depend on any report. # speaker: narrator
    She repeats it under her breath: before {deadline}. # speaker: narrator # person: woman calm
+ [Insist. Time is running out: walk her across to the gate now, and talk to the nurse for her # evidence: crsv.consent 0 # critical: crsv.consent]
    ~ forced = true
    You walk beside her to the gate. The queue goes quiet and watches. # speaker: narrator
    While you speak to the nurse, she slips away. # speaker: narrator # person: woman gone
- -> ending

// ---------------------------------------------------------------------------------------------------------------
=== ending ===
{
- forced:
    -> control_taken
- went:
    -> care_in_time
- knows:
    -> her_choice
- else:
    -> without_facts
}

=== care_in_time ===
{told:
    The nurse heard her story in your words, not hers. It was meant kindly, and it was still hers to tell. # speaker: narrator
}
She starts the medicine that morning, well before {deadline}. # speaker: narrator
Nobody in the queue knew why she was there. She went in on her own terms. # speaker: narrator # ending: care-in-time
-> END

=== her_choice ===
{promised:
    What you promised her was not yours to promise. She will remember that too. # speaker: narrator
}
She walks on. She knows what the nurse can do, that care needs no report, and that the medicine works only until {deadline}. # speaker: narrator # person: woman gone
Whether she goes is her decision, and you left it with her. You may never learn what she chose. # speaker: narrator # ending: her-choice
-> END

=== without_facts ===
She walks on. # speaker: narrator # person: woman gone
{police:
    She believes she would have to go to the police first. That is not true, and it may keep her away until it is too late. # speaker: narrator
- else:
    She does not know that the medicine to prevent HIV works only if it is started before {deadline}. # speaker: narrator
}
Leaving her without the facts was also a choice. # speaker: narrator # ending: without-the-facts
-> END

=== control_taken ===
{went:
    Her name went out over the radio to someone she had not asked for. When she comes out, she does not look at the patrol. # speaker: narrator
- else:
    You took her to the gate after she had said no. She slipped away, and the time for the medicine keeps running out. # speaker: narrator
}
Care must be offered urgently, but never forced, and her name goes nowhere without her consent. This critical error fails the snap situation. # speaker: narrator # ending: control-taken
-> END
