// Snap situation: a girl at the gate.
// A teenage girl comes to the base gate: a peacekeeper promised her money and a job. This is sexual exploitation and
// abuse (SEA) by UN personnel, attempted or actual; it must go to the Conduct and Discipline Team (CDT), whatever she
// asks, but she is a child and a victim: received in private with a woman present, not questioned, told the truth,
// and offered help that does not wait for any investigation, which she takes only as she chooses. Her identity
// stays within need-to-know.
// Built from guidance/notes/external-public-guidance.md items 40, 41, 47, 50, 59, 62, 66 and 73, and seed 001
// L3726-3727 (best interests of the child, do no harm) and L3968-3973 (stigma; confidential complaint points).

VAR name = ""            // the girl's name (shown)
VAR village = ""         // her village (shown)
VAR job = ""             // the job she was promised (shown)
VAR public = false       // she was heard at the public gate
VAR questioned = false   // she was questioned or her age was checked
VAR broken = false       // sent away, a promise, a favour, or action without asking her
VAR sentaway = false     // told to go to the town police
VAR promised = false     // promised secrecy and an outcome
VAR favour = false       // offered work at the base
VAR pushed = false       // pushed towards a statement
VAR agecheck = false     // asked for proof of her age
VAR silent = false       // no one told her it was not her fault, or what could happen next
VAR exposed = false      // her name went to someone with no need to know (critical)
VAR hinted = false       // hints about her were passed on
VAR unitcase = false     // she was handed to the Sergeant Major, as a matter for the unit

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ name = "Neza"
    ~ village = "Dembeleso"
    ~ job = "the kitchen"
- 2:
    ~ name = "Sitti"
    ~ village = "Bantuvi"
    ~ job = "the laundry"
- else:
    ~ name = "Awa"
    ~ village = "Dembeleso"
    ~ job = "the cleaning team"
}
-> gate

// ---------------------------------------------------------------------------------------------------------------
=== gate ===
Late morning at the main gate of a MINUKA base in northern Kavara. You are on duty at the gate. # scene: base # speaker: narrator
A girl of about fifteen waits in the line of day labourers. When her turn comes, she will not look up. # speaker: narrator # person: girl afraid # person: boateng neutral
A soldier from this camp promised me money. And a job, in {job}. # speaker: girl
He said not to tell. I am afraid. # speaker: girl
Private Boateng, at the barrier, glances at you. The men in the line have gone quiet, listening. # speaker: narrator # person: boateng wary
+ [Hear her out right here at the barrier, quickly. She has waited long enough # evidence: sea.victim-assistance 2 # evidence: sea.confidentiality 1]
    ~ public = true
    ~ hinted = true
    She speaks low, but the men in the line lean closer. Boateng hears every word. # speaker: narrator
+ [Send her to the town police. That is where crimes are reported # evidence: sea.victim-assistance 0]
    ~ broken = true
    ~ sentaway = true
    ~ public = true
    She does not move. The police will tell my father. # speaker: narrator # person: girl sad
    In the end you let her stand to one side of the barrier, in full view of the line. # speaker: narrator
+ [Take her to the visitors' room and send for Mariam # evidence: sea.victim-assistance 3 # evidence: sea.confidentiality 3]
    The visitors' room beside the gate is out of sight of the line. Mariam, the woman language assistant, comes within minutes. # speaker: narrator # person: boateng gone # person: mariam calm
    With the door closed, the girl sits on the edge of a chair. # speaker: narrator
+ [Call the Sergeant Major to the gate. Complaints about the men go to him # evidence: sea.victim-assistance 1 # evidence: sea.confidentiality 1]
    ~ broken = true
    ~ unitcase = true
    ~ public = true
    The Sergeant Major strides down to the barrier. Which of my men? Point him out, girl. # speaker: narrator
    She shrinks back. By the time he leaves, muttering that he will look into it, the whole line has heard. # speaker: narrator
- -> her_words

// ---------------------------------------------------------------------------------------------------------------
=== her_words ===
She tells you her name is {name}, and that she is from {village}. # speaker: narrator
He said I get the job if I come to his room at night first. Now he says if I tell anyone, my family will have trouble. # speaker: girl # person: girl afraid
She stops, and stares at her hands. # speaker: narrator
The Conduct and Discipline Team will want to know who he is and what happened. You could ask her now. # speaker: narrator
+ [Ask her gently what he did to her, and when, so that she only has to tell it once # evidence: sea.child 0]
    ~ questioned = true
    She tries. Halfway through, she starts to cry, and stops. She does not know his name, only his face. # speaker: narrator # person: girl sad
+ [Ask to see her school card, so that her age is on record # evidence: sea.child 1]
    ~ questioned = true
    ~ agecheck = true
    She shrinks back. I don't have it with me. # speaker: narrator # person: girl afraid
    She looks at the way out as if she might run. # speaker: narrator
+ [Say nothing more, and wait quietly with her until the team comes # evidence: sea.child 2]
    ~ silent = true
    The minutes pass. She does not know who is coming, or why. # speaker: narrator # person: girl wary
+ [Tell her it is not her fault, and a trained woman can listen if she wants # evidence: sea.child 3]
    You ask her nothing about what happened. She was right to come, you tell her, and whom does she trust? # speaker: narrator
    She breathes out. My aunt. Not my father. # speaker: narrator # person: girl sad
    You will ask for her aunt, if she wants her. # speaker: narrator
- -> her_question

// ---------------------------------------------------------------------------------------------------------------
=== her_question ===
Will he go to prison? Will I still get the job? # speaker: girl # person: girl afraid
Please, do not tell anyone. If my father hears of it... # speaker: girl
+ [Promise her he will be sent home, and that no one else will ever know # evidence: sea.victim-assistance 1]
    ~ broken = true
    ~ promised = true
    She grips your sleeve. You promise? # speaker: narrator # person: girl hopeful
    Neither promise is yours to give. This has to go to the Conduct and Discipline Team whatever she asks, and what happens to him is not up to you. # speaker: narrator
+ [Be honest: you cannot promise what happens to him, but help need not wait. Ask what she wants # evidence: sea.victim-assistance 3]
    This has to go to the team that deals with it, you tell her, and they keep her name safe. What happens to him is not yours to promise. # speaker: narrator # person: girl wary
    Help does not wait for any investigation: a health check, someone to talk to, or a safe place. She is quiet for a while. # speaker: narrator
    A woman. Only a woman. And my aunt with me. # speaker: girl # person: girl calm
+ [Offer her a few days' paid work in the kitchen, so that she does not lose out # evidence: sea.victim-assistance 0]
    ~ broken = true
    ~ favour = true
    She looks at you, and something closes in her face. A job at the base is how it began. # speaker: narrator # person: girl wary
+ [Radio the team to come and take her statement now, while she is willing # evidence: sea.victim-assistance 1]
    ~ broken = true
    ~ pushed = true
    At the word statement, she stiffens. I did not say I would make a statement. # speaker: narrator # person: girl afraid
- You call the Conduct and Discipline Team and tell them what she said, as you must, and what she asked for. # speaker: narrator
Within the hour, a woman officer from the team comes for her and takes her out by the side path. # speaker: narrator # person: girl gone # person: mariam gone
-> gate_talk

// ---------------------------------------------------------------------------------------------------------------
=== gate_talk ===
Back at the barrier, Boateng is waiting. # speaker: narrator # person: boateng neutral
So? Who is she, and which of ours was it? I know people in {village}. Give me her name, and I'll tell her family to keep her away from the base. # speaker: boateng
+ [Say nothing to him, and go back to your post at the barrier # evidence: sea.confidentiality 2]
    Boateng shrugs. The men in the line go on guessing aloud. # speaker: narrator # person: boateng wary
+ [Say it is in the right hands, and nobody names her or guesses, here or in the mess # evidence: sea.confidentiality 3]
    Anyone with a concern takes it to the Conduct and Discipline Team, you add. # speaker: narrator
    Boateng shrugs, then nods. Fair enough. # speaker: narrator # person: boateng calm
+ [Tell him only that a soldier is promising village girls jobs, so he can keep his eyes open # evidence: sea.confidentiality 1]
    ~ hinted = true
    Boateng nods. By evening, half the guard knows that a girl came to complain about a soldier. # speaker: narrator # person: boateng calm
+ [Give him her name and village. Her family should keep her away from the base # evidence: sea.confidentiality 0 # critical: sea.confidentiality # evidence: sea.child 1]
    ~ exposed = true
    Boateng writes it on the back of his hand. # speaker: narrator # person: boateng calm
- -> aftermath

// ---------------------------------------------------------------------------------------------------------------
=== aftermath ===
{
- exposed:
    -> identity_exposed
- broken:
    -> trust_broken
- questioned:
    -> questioned_again
- else:
    -> help_within_reach
}

=== help_within_reach ===
{name} left with a woman from the Conduct and Discipline Team, and the help she asked for, on her terms. # speaker: narrator # person: boateng gone
{public:
    But she told her story at the public gate, and the men in the line heard part of it. # speaker: narrator
}
{silent:
    She waited in silence, not knowing that none of it was her fault, or what could happen next. # speaker: narrator
}
{hinted && not public:
    Hints about her went further than they should have. # speaker: narrator
}
What happens to the soldier is for others to decide. What she needed from you was privacy, the truth, and the choice. # speaker: narrator # ending: help-within-reach
-> END

=== questioned_again ===
{name} left with a woman from the Conduct and Discipline Team. # speaker: narrator # person: boateng gone
{agecheck:
    But first, the person she came to for help asked her to prove her age, as if she might be lying. # speaker: narrator
- else:
    But first, the person she came to for help questioned her about what a soldier had done to her. # speaker: narrator
}
A child should have to tell it only once, if at all, and only to trained people, if she chooses. # speaker: narrator # ending: questioned-again
-> END

=== trust_broken ===
{name} left with a woman from the Conduct and Discipline Team, but not trusting anyone in uniform. # speaker: narrator # person: boateng gone
{sentaway:
    She was first told to take it to the town police, who would have told her father. # speaker: narrator
}
{unitcase:
    She was handed to the Sergeant Major in front of the line, as if the unit could judge its own. Complaints about UN personnel go to the Conduct and Discipline Team. # speaker: narrator
}
{promised:
    She was promised secrecy and an outcome that no one could give, and the promise broke within the hour. # speaker: narrator
}
{favour:
    She was offered work at the base, the very thing that was used to exploit her. # speaker: narrator
}
{pushed:
    She was pushed towards a statement she had not agreed to make. # speaker: narrator
}
Help is hers to choose, and the truth is what she was owed. # speaker: narrator # ending: trust-broken
-> END

=== identity_exposed ===
By the next day, people in {village} know that {name} went to the base to complain about a soldier. # speaker: narrator # person: boateng gone
Her father hears it from a neighbour. She does not go back to school that week. # speaker: narrator
A child's identity was hers to protect. Giving it away is a critical error, whatever else went well. # speaker: narrator # ending: identity-exposed
-> END
