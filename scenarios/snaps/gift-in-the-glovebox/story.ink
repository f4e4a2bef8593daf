// Snap situation: a trader offers a "gift" to skip the queue while a partner officer harasses a young woman in the
// car behind.
// Setting: a joint checkpoint of MINUKA (fictional) and the Kavara National Police (fictional), as in the core
// checkpoint scenario. The harassing officer is host-state police, not UN personnel: his conduct goes through the
// trainee's chain to the host-state police chain of command. It is not sexual exploitation and abuse by UN
// personnel, and it does not go to Conduct and Discipline.
// Built from guidance/notes/external-public-guidance.md (a): item 10 (UN police accept no reward or gift), item 11
// (OIOS: bribes are reportable wrongdoing), item 12 (respect, never abuse authority); and from the DPO Resource
// Package (001): L2909-2911 (inaction is a failure to protect), L4141-4149 (support host-state police on SGBV),
// L4238-4239 (components share information). The harassment is told in a few words and never shown.

VAR place = ""    // shown: the checkpoint
VAR trader = ""   // shown: the trader's name
VAR cargo = ""    // shown: what his pickup carries
VAR gift = ""     // shown: what he has left in the glovebox
VAR girl = ""     // shown: the young woman's name
VAR errand = ""   // shown: where she has to be

VAR took = false       // you took the gift (critical)
VAR waved = false      // the pickup went past the queue unsearched
VAR stood_by = false   // you watched, or put it off, while Constable Maka harassed her
VAR public = false     // you shamed Constable Maka in front of the queue
VAR protected = false  // you stepped in calmly and got her out of it
VAR hushed = false     // you let the matter drop for the sake of the partnership
VAR misrouted = false  // you sent it to Conduct and Discipline, which deals with UN personnel only
VAR unlogged = false   // you refused the gift but did not record or report the offer
VAR report_only = false // you reported the harassment in writing but said nothing to the inspector on the day

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ place = "The brewery junction"
    ~ trader = "Mr Dauda"
    ~ cargo = "sacks of rice"
    ~ gift = "an envelope of banknotes"
    ~ girl = "Afia"
    ~ errand = "an exam at the nursing school at two"
- 2:
    ~ place = "The ridge road"
    ~ trader = "Mr Ekow"
    ~ cargo = "crates of soft drinks"
    ~ gift = "a carton of cigarettes and a phone card"
    ~ girl = "Mercy"
    ~ errand = "a job interview in town at noon"
- else:
    ~ place = "The rail bridge"
    ~ trader = "Mr Kanu"
    ~ cargo = "bags of cement"
    ~ gift = "a bottle of whisky with banknotes under it"
    ~ girl = "Joy"
    ~ errand = "my sister's wedding this afternoon"
}
-> barrier

// ---------------------------------------------------------------------------------------------------------------
=== barrier ===
{place}, mid-morning, at the joint checkpoint with the Kavara National Police. A pickup loaded with {cargo} pulls out of the queue and stops at your barrier. # scene: checkpoint # speaker: narrator # person: trader hopeful
Officer! I pass here every week. Look in the glovebox: {gift}, a little something for your team. Just lift the barrier, eh? # speaker: trader
Behind him, at the next car, your partner, Constable Maka of the Kavara police, is holding up a young woman's identity card. # speaker: narrator # person: maka neutral # person: girl afraid
{girl}. Such a pretty name. Give me your number, and you get your card back. # speaker: maka
+ [Lift the barrier with the glovebox shut, and log that you took nothing # evidence: checkpoint.no-bribes 1]
    ~ waved = true
    {trader} grins, shuts the glovebox and drives past the queue, unsearched. Fifty people watch him go. # speaker: narrator # person: trader gone
    In the log you write that a gift was offered and refused. # speaker: narrator
+ [Say no, send him back to the queue, and log the offer # evidence: checkpoint.no-bribes 3]
    He laughs, then sees that you mean it, and backs the pickup into the line. He will be searched in turn, like everyone else. # speaker: narrator # person: trader angry
    Later, you write it in the log: {trader}, the plate, the time, {gift}. Then you tell your chain of command. # speaker: narrator # person: trader gone
+ [Accept it politely; refusing offends here, and the queue is long # evidence: checkpoint.no-bribes 0 # critical: checkpoint.no-bribes]
    ~ took = true
    ~ waved = true
    You take {gift} out of the glovebox. The pickup drives past the queue, unsearched. Fifty people watch it go. # speaker: narrator # person: trader gone
+ [Refuse, and send him back to his place in the queue # evidence: checkpoint.no-bribes 2]
    ~ unlogged = true
    He laughs, then sees that you mean it, and backs the pickup into the line. # speaker: narrator # person: trader gone
- -> car

// ---------------------------------------------------------------------------------------------------------------
=== car ===
{girl} is about eighteen. Her father sits at the wheel and stares straight ahead. # speaker: narrator # person: girl afraid
Please. I have {errand}. # speaker: girl
Or you come into the post with me, for a proper search. # speaker: maka
He opens her door and takes her by the arm. Two men in the queue laugh. # speaker: narrator
+ [Tell him loudly he disgraces his uniform, and snatch the card # evidence: checkpoint.harassment 1]
    ~ public = true
    The whole queue turns. Maka's face goes dark, and two of his colleagues step up beside him. # speaker: narrator # person: maka angry
    {girl} takes her card and stares at her knees. Now everybody is looking at her. # speaker: narrator # person: girl sad
+ [Stand beside her, hold out your hand for the card, and give it back # evidence: checkpoint.harassment 3]
    ~ protected = true
    Maka lets go of her arm. For a moment he looks as if he will argue. Then he hands you the card. # speaker: narrator # person: maka angry
    You give it back to her and tell her father the check is done. Then you ask Maka, quietly, to step aside with you. # speaker: narrator
    {girl} holds the card in both hands. # speaker: narrator # person: girl wary
    Please do not put my name anywhere. Not yet. # speaker: girl
+ [Leave it to his chain of command; his inspector deals with his men # evidence: checkpoint.harassment 0]
    ~ stood_by = true
    You look away. Ten minutes later, Maka tosses the card back through the car window. # speaker: narrator # person: girl afraid
+ [Record the time and the car, and report it to his inspector after the shift # evidence: checkpoint.harassment 0]
    ~ stood_by = true
    You write down the time. Maka keeps her by the post for ten more minutes, then tosses the card back through the car window. # speaker: narrator # person: girl afraid
    Writing it down is not stepping in. While you wrote, she stood there alone with him. # speaker: narrator
- The car pulls away. # speaker: narrator # person: girl gone
-> inspector

// ---------------------------------------------------------------------------------------------------------------
=== inspector ===
Half an hour later, Inspector Wanji, who commands the police side of the checkpoint, walks over. # speaker: narrator # person: maka gone # person: wanji wary
{
- public:
    You shamed my officer in front of the whole road. My men answer to me, not to the UN. # speaker: wanji # person: wanji angry
- protected:
    Constable Maka says you interfered with his work. My men answer to me. # speaker: wanji
- else:
    All quiet over here? # speaker: wanji # person: wanji neutral
}
+ [Say nothing to him now; it goes in your written report tonight # evidence: checkpoint.harassment 2]
    ~ report_only = true
    Inspector Wanji waits for an answer, then shrugs and walks back to the post. Constable Maka stays at the cars all afternoon. # speaker: narrator # person: wanji neutral
+ [Report it to Conduct and Discipline as sexual exploitation and abuse # evidence: checkpoint.harassment 1]
    ~ misrouted = true
    That evening, the Conduct and Discipline officer calls you back. They deal with UN personnel, not Kavara police; it has to go again, through your chain. # speaker: narrator
+ [Take him aside: say what Maka did, and that it goes up your chain # evidence: checkpoint.harassment 3]
    Inspector Wanji is silent for a while. # speaker: narrator # person: wanji wary
    He has done this before. I will put him on the radio for the rest of the day, and I will deal with him. # speaker: wanji
    That evening your report goes up your chain, for the police chain of command, without {girl}'s name. # speaker: narrator
+ [Leave Maka out of it; you will need the inspector tomorrow # evidence: checkpoint.harassment 0]
    ~ hushed = true
    You say nothing about Constable Maka. Inspector Wanji nods and goes back to the post. # speaker: narrator # person: wanji calm
    Constable Maka goes back to the cars. # speaker: narrator
- -> wrap

// ---------------------------------------------------------------------------------------------------------------
=== wrap ===
{
- took:
    -> bought
- public:
    -> strained
- waved || stood_by || hushed || misrouted || unlogged || report_only:
    -> gaps
- else:
    -> clean
}

=== clean ===
Later, you think back over the morning. # speaker: narrator # person: wanji gone
Nobody bought a way past your barrier: {trader} waited and was searched like everyone else. # speaker: narrator
And what happened to {girl} is on its way to the people who can act on it, without her name. # speaker: narrator # ending: clean
-> END

=== gaps ===
Later, you think back over the morning. You took nothing and shamed no one, but some things slipped through or stopped halfway. # speaker: narrator # person: wanji gone
{waved:
    {trader}'s pickup went past the queue unsearched. To the queue, that looks exactly like a bribe. # speaker: narrator
}
{stood_by:
    {girl} was left alone with Constable Maka while the checkpoint watched. # speaker: narrator
}
{hushed:
    Constable Maka's conduct went no further. Tomorrow he will be back at the cars. # speaker: narrator
}
{misrouted:
    Your report went to the wrong door, and lost a day. # speaker: narrator
}
{unlogged:
    {trader}'s offer never reached the log or your chain. If he says tomorrow that you took it, it is your word against his. # speaker: narrator
}
{report_only:
    Inspector Wanji heard nothing from you today, so Constable Maka spent the afternoon at the cars. # speaker: narrator
}
Each gap teaches the road what it can get away with. # speaker: narrator # ending: gaps
-> END

=== strained ===
Later, you think back over the morning. You stood up for {girl}, but in public, with a raised voice. # speaker: narrator # person: wanji gone
The queue watched her as much as him, and the partnership you need took a blow. # speaker: narrator
Firm, calm and private protects people better than loud and public. # speaker: narrator # ending: strained
-> END

=== bought ===
Later, you think back over the morning. # speaker: narrator # person: wanji gone
Fifty people saw {trader}'s pickup roll past the queue after you reached into his glovebox. # speaker: narrator
By next week, the whole road will know the price of this checkpoint. Accepting a gift for a favour is a critical error, whatever else went well. # speaker: narrator # ending: bought
-> END
