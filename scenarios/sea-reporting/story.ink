// SEA reporting.
// Setting: the MINUKA base above Mirambe, northern Kavara (the fictional country and mission of survivor-contact).
// A corporal of the trainee's own contingent trades rations for sex with a 16-year-old girl from Mirambe.
// This is sexual exploitation and abuse (SEA) by UN personnel, not conflict-related sexual violence by others: the
// trainee has a duty to report it through the Conduct and Discipline Team (CDT), and does not investigate. The
// victim-centred approach governs how the girl and her mother are treated: informed, consulted, never exposed.
// Acting at once to stop harm that is about to happen to a child (calling the duty officer and the military police)
// is not investigating: it is the duty of care towards women and children, and it comes with a report.
// What happened is told in a few words and never shown.

VAR reported = false     // the trainee's concern has reached the Conduct and Discipline Team
VAR delay = 0            // 0: reported at the first chance; 1: later the same day; 2: only after another meeting
VAR channel = ""         // how the report went in, while it matters: "cdt" (named) or "anon" (complaint box)
VAR inhouse = false      // the trainee agreed to let the Sergeant Major "handle it in-house" (critical)
VAR tipped = false       // Corporal Dillon knows he has been seen or reported
VAR asked = false        // the trainee asked around the lines about the rumour (until Dillon hears of it)
VAR photo = false        // a photo of the girl is on the trainee's phone (until the CDT interview)
VAR pledged = false      // the trainee promised the barracks to keep out of it (until the Sergeant Major hears)
VAR mariam = false       // Mariam, the woman language assistant, is with the mother at the gate
VAR leaked = false       // people beyond need-to-know heard hints about the girl
VAR exposed = false      // the girl's identity was given away (critical)
VAR family = 0           // 0: no way to help; 1: a number or a rushed call; 2: informed, consulted, linked
VAR promised = false     // the trainee promised the mother an outcome no one can guarantee
VAR stopped = false      // on Thursday the trainee had the military police stop Dillon at the shed, before the meeting

-> rumour

// ---------------------------------------------------------------------------------------------------------------
=== rumour ===
Monday evening, at the MINUKA base above Mirambe, northern Kavara. # scene: base # speaker: narrator
You are eating in the canteen with two soldiers of your contingent, Corporal Kofi Mensah and Private Teo Banda. # speaker: narrator # person: kofi neutral # person: teo neutral
Kofi leans in and lowers his voice. # speaker: narrator # person: kofi wary
Word is, Corporal Dillon takes ration packs out of the store. For a girl from Mirambe. Sixteen, they say. # speaker: kofi
And she gives him what he wants in return. # speaker: kofi
Teo shrugs. # speaker: narrator # person: teo calm
The age of consent here is fifteen. I looked it up. So what's the problem? # speaker: teo
+ [Laugh it off. The law here says fifteen, and he is a guest in their country # evidence: sea.recognise 0]
    Teo grins. Kofi looks down at his plate. # speaker: narrator # person: teo calm # person: kofi sad
    Nobody at the table says it: for anyone serving with the UN, local law was never the measure. # speaker: narrator
+ [Say it is a grey area: it is their country, their law and their customs, not ours # evidence: sea.recognise 1]
    Exactly, says Teo. Not our country, not our rules. # speaker: narrator # person: teo calm
    Kofi frowns, but says nothing. # speaker: narrator # person: kofi wary
+ [Say the UN rule is 18, not local law, and sex for food is forbidden at any age # evidence: sea.recognise 3]
    Teo raises his eyebrows. # speaker: narrator # person: teo wary
    Since when? # speaker: teo
    For anyone serving with the UN, you tell him, under 18 is a child, whatever the local age of consent. # speaker: narrator
    Kofi nods slowly. # speaker: narrator # person: kofi calm
+ [Tell him it is wrong, whatever the law says, and you want no more jokes about it # evidence: sea.recognise 2]
    Teo holds up his hands. All right. But what's actually wrong with it, if it's legal? # speaker: narrator # person: teo calm
    You cannot quite say. Kofi looks at you, waiting for the reason. # speaker: narrator # person: kofi wary
- -> first_move

// ---------------------------------------------------------------------------------------------------------------
=== first_move ===
Later, alone in your room, you think about what Kofi said. # speaker: narrator # person: kofi gone # person: teo gone
A corporal of your own contingent. A girl of sixteen. Rations for sex. It may be true. It may be gossip. # speaker: narrator
+ [Wait until you are sure. It may be gossip, and a man's career is at stake # evidence: sea.prompt 1]
    You decide to wait until you know more. # speaker: narrator
    If it is true, it goes on while you wait. # speaker: narrator
+ [Keep an eye on Dillon yourself for a few days, to see whether there is anything in it # evidence: sea.no-investigation 1 # evidence: sea.prompt 1]
    You decide to watch where Dillon goes, and when. # speaker: narrator
    If it is true, it goes on while you watch. # speaker: narrator
+ [Have a quiet word with Dillon first. If it is only talk, he deserves to hear it from a mate # evidence: sea.no-investigation 0 # critical: sea.no-investigation]
    ~ tipped = true
    You find Dillon at the vehicle park and tell him what people are saying. # speaker: narrator # person: dillon wary
    He laughs. Gossip, mate. But his eyes go to the back fence. # speaker: narrator
    Now he knows that people are talking, and that you are listening. # speaker: narrator # person: dillon gone
+ [Call the Conduct and Discipline hotline tonight and report what you heard, and from whom # evidence: sea.report 3 # evidence: sea.prompt 3]
    ~ reported = true
    ~ channel = "cdt"
    Ms Leila Haddad, a Conduct and Discipline Officer, takes your call. You tell her you have seen nothing yourself. # speaker: narrator
    Thank you. A concern is enough to report. Assessing it is our job, not yours. # speaker: haddad
    If you learn more, tell me. Don't go looking, don't talk to him, and keep this to yourself. # speaker: haddad
+ [Ask around the lines, quietly, who the girl is and who else knows about it # evidence: sea.no-investigation 1 # evidence: sea.confidentiality 1]
    ~ asked = true
    By midnight, half the company knows that you are asking about Dillon and a girl. # speaker: narrator
- -> fence

// ---------------------------------------------------------------------------------------------------------------
=== fence ===
Tuesday morning. You are on the store detail, stacking cartons near the back fence. # speaker: narrator
{reported:
    Ms Haddad's words come back to you: don't go looking. # speaker: narrator
}
Through a gap in the wire, you see Corporal Dillon hand a carton of ration packs to a girl in a school uniform. # speaker: narrator # person: dillon neutral # person: fatu afraid
She looks about sixteen. He says something close to her ear. # speaker: narrator
Thursday. Same time. The old generator shed. # speaker: dillon
She nods without looking at him. Dillon has not seen you. # speaker: narrator
{tipped:
    Your quiet word last night has changed nothing. # speaker: narrator
}
+ [Step through the wire and stop it now, before she takes one more carton from him # evidence: sea.no-investigation 0 # critical: sea.no-investigation]
    ~ tipped = true
    You step through the gap. What do you think you're doing? # speaker: narrator # person: dillon angry
    The girl drops the carton and runs. # speaker: narrator # person: fatu gone
    Dillon looks at you for a long moment. # speaker: narrator
    Mind your own business. # speaker: dillon
    He walks off. Nothing was about to happen to her here; what would have protected her was a report. # speaker: narrator # person: dillon gone
    Now he knows what you saw, and he has two days before Thursday to make sure she says nothing. # speaker: narrator
+ [Stay out of sight. Later, write down when, where, what you saw and heard # evidence: sea.no-investigation 3]
    You keep still behind the cartons. The girl hurries down the path to Mirambe, and Dillon goes back inside. # speaker: narrator # person: fatu gone # person: dillon gone
    Then you write four lines in your notebook: when, where, what you saw, what you heard. Nothing more. # speaker: narrator
+ [Take a photo of them through the wire. Without proof, it is your word against his # evidence: sea.no-investigation 1 # evidence: sea.confidentiality 1]
    ~ photo = true
    You raise your phone. The shutter clicks. # speaker: narrator
    Dillon does not notice. The girl hurries down the path to Mirambe. # speaker: narrator # person: fatu gone # person: dillon gone
    A child's face is now on your phone, and proving anything was never your job. # speaker: narrator
+ [Follow the girl down the path at a distance, to find out who she is and where she lives # evidence: sea.no-investigation 0 # evidence: sea.child 1]
    Dillon goes back inside. You slip through the gap after the girl. # speaker: narrator # person: dillon gone
    She glances back, sees a soldier behind her, and runs. # speaker: narrator # person: fatu afraid
    You lose her among the houses of Mirambe. A child is now afraid of being followed home. # speaker: narrator # person: fatu gone
- -> after_fence

// ---------------------------------------------------------------------------------------------------------------
=== after_fence ===
Back in the store, you sit down on a crate. What you saw is no longer a rumour. # speaker: narrator
{reported:
    The Conduct and Discipline Team has your concern from last night, but not what you have just seen. # speaker: narrator
}
+ {not reported} [Go to the Conduct and Discipline office now, and report what you saw and heard # evidence: sea.report 3 # evidence: sea.prompt 3]
    ~ reported = true
    ~ channel = "cdt"
    Ms Leila Haddad, a Conduct and Discipline Officer, listens and takes notes. # speaker: narrator # person: haddad calm
    Thank you. Come back tomorrow at nine and we will go through it properly. # speaker: haddad
    Until then, don't go looking, don't talk to him, and keep this to yourself. # speaker: haddad # person: haddad gone
+ {reported} [Leave it for now. The CDT has your report, and Ms Haddad said not to go looking # evidence: sea.prompt 1]
    You tell yourself they know enough. They do not know about Thursday. # speaker: narrator
    Not going looking never meant keeping what you saw to yourself. # speaker: narrator
+ {reported} [Call Ms Haddad at once and add what you have just seen # evidence: sea.report 3 # evidence: sea.prompt 3]
    On the line, you can hear Ms Haddad writing as you speak. # speaker: narrator
    That helps. Come in tomorrow at nine. And thank you for not stepping in. # speaker: haddad
+ {not reported} [Write it up unsigned and drop it in the locked complaint box by the canteen # evidence: sea.report 2 # evidence: sea.prompt 3]
    ~ reported = true
    ~ channel = "anon"
    You fold the sheet twice and push it through the slot. No name, and no way to ask you anything. # speaker: narrator
+ {not reported} [Take it to Ms Duarte, the Women's Protection Adviser. She handles these matters # evidence: sea.report 1 # evidence: sea.prompt 2]
    ~ reported = true
    ~ channel = "cdt"
    ~ delay = 1
    Ms Duarte listens, then shakes her head. # speaker: narrator # person: duarte calm
    This is sexual exploitation by one of our own. That goes to the Conduct and Discipline Team, not to me. # speaker: duarte
    I will pass it on today. They will call you, and you should have gone to them first. # speaker: duarte # person: duarte gone
    That afternoon, the CDT office calls and asks you to come in tomorrow at nine. # speaker: narrator
+ [Wait for Thursday, to see whether he really meets her. Then your report will be solid # evidence: sea.prompt 1 # evidence: sea.no-investigation 1]
    You decide to wait, and to watch the shed on Thursday. # speaker: narrator
    Until Thursday, what you saw stays with you, and nobody who could protect her knows it. # speaker: narrator
- -> excuses

// ---------------------------------------------------------------------------------------------------------------
=== excuses ===
Tuesday afternoon, in the barracks. Teo and a few others are cleaning their rifles. Kofi is on his bunk. # speaker: narrator # person: teo neutral # person: kofi neutral
{tipped:
    Everyone has heard that you had words with Dillon. # speaker: narrator # person: teo wary
}
{asked && not tipped:
    Everyone has heard that you were asking about Dillon last night. # speaker: narrator # person: teo wary
}
Teo talks without looking up from his rifle. # speaker: narrator
She told him she's eighteen. And nobody forces her. It's her choice. # speaker: teo
Her family is poor. He's helping them. Where's the harm? # speaker: teo
+ [Agree. She says she is eighteen, she chose it, and her family eats better for it # evidence: sea.recognise 0 # evidence: sea.child 0]
    Teo nods. See? # speaker: narrator # person: teo calm
    Kofi turns to face the wall. # speaker: narrator # person: kofi sad
+ [Say under 18 is a child whatever she claims, and sex for food is exploitation, not help # evidence: sea.recognise 3]
    Teo stops cleaning. # speaker: narrator # person: teo wary
    Believing she was older is no defence, you tell him. And it is her family's poverty that makes it exploitation, not a favour. # speaker: narrator
    He's not forcing anyone, Teo says, but more quietly now. Kofi is listening. # speaker: narrator # person: kofi wary
+ [Say the real offence is the rations: they are UN property, so what he is doing is theft # evidence: sea.recognise 1]
    Teo laughs. So he pays for them, and it's all fine? # speaker: narrator # person: teo calm
    You have no answer to that, because theft was never the point. # speaker: narrator
+ [Keep quiet. Teo never changes his mind, and arguing will only make it worse # evidence: sea.recognise 1 # evidence: sea.integrity 1]
    Your silence fills the room. Teo takes it for agreement. # speaker: narrator # person: teo calm
- -> loyalty

// ---------------------------------------------------------------------------------------------------------------
=== loyalty ===
Teo puts his rifle down and looks at you. # speaker: narrator # person: teo angry
Whatever you saw or heard, you didn't. We don't snitch on a brother. # speaker: teo
Kofi sits up on his bunk. # speaker: narrator # person: kofi wary
If this gets out, the whole contingent is shamed. Here and back home. # speaker: kofi
+ [Promise them you will keep out of it. The contingent's good name matters to you too # evidence: sea.integrity 0]
    ~ pledged = true
    Teo claps you on the shoulder. Good. We look after our own. # speaker: narrator # person: teo calm
    Kofi says nothing. # speaker: narrator # person: kofi sad
+ {not reported} [Tell them you are reporting Dillon, and they had better not warn him # evidence: sea.confidentiality 0 # evidence: sea.integrity 2 # critical: sea.confidentiality]
    ~ tipped = true
    The room goes quiet. # speaker: narrator # person: teo angry
    Within the hour, someone has warned him anyway. # speaker: narrator
+ {reported} [Tell them it is already reported, so they can stop covering for him # evidence: sea.confidentiality 0 # evidence: sea.integrity 2 # critical: sea.confidentiality]
    ~ tipped = true
    The room goes quiet. # speaker: narrator # person: teo angry
    Within the hour, Dillon knows. # speaker: narrator
+ [Say nothing and walk out. There is no winning this argument tonight # evidence: sea.integrity 1]
    You walk out. Behind you, Teo laughs. # speaker: narrator # person: teo calm # person: kofi sad
+ [Say exploitation shames a contingent; reporting it does not. Then leave it there # evidence: sea.integrity 3 # evidence: sea.confidentiality 3]
    Nobody answers. Teo picks his rifle up again. # speaker: narrator # person: teo wary
    You say nothing about what you have seen or done. Kofi looks at you for a long time, as if weighing something. # speaker: narrator # person: kofi calm
- -> ruiz

// ---------------------------------------------------------------------------------------------------------------
=== ruiz ===
Tuesday evening. Sergeant Major Tomas Ruiz calls you into his office. He has known you for years. He pours you tea. # speaker: narrator # person: teo gone # person: kofi gone # person: ruiz calm
I hear there's talk about Dillon and a local girl. # speaker: ruiz
{pledged:
    The lads say you've promised to keep out of it. Good. # speaker: ruiz
}
~ pledged = false
Leave it with me. I'll have a word with him, move him to nights, and that's the end of it. # speaker: ruiz
No paperwork, no Conduct and Discipline people, no shame on the contingent. Think of your own career, too. # speaker: ruiz
+ {not reported} [Agree. He knows Dillon, and the unit can stop this tonight without any paperwork # evidence: sea.report 0 # critical: sea.report]
    ~ inhouse = true
    ~ tipped = true
    Ruiz smiles. Good. We sort our own problems. # speaker: narrator # person: ruiz calm
    That night, he has his word with Dillon. # speaker: narrator
+ {reported} [Agree to tell the CDT you were mistaken, and let him deal with Dillon his way # evidence: sea.report 0 # critical: sea.report]
    ~ reported = false
    ~ inhouse = true
    ~ tipped = true
    Ruiz smiles. Good. We sort our own problems. # speaker: narrator # person: ruiz calm
    You call Ms Haddad and tell her you were mistaken. That night, Ruiz has his word with Dillon. # speaker: narrator
+ {not reported} [Say it should go up to Captain Rahman instead; the company commander will sort it out # evidence: sea.report 1 # evidence: sea.prompt 1]
    Ruiz shakes his head. The Captain will tell you what I'm telling you. Leave it with the unit. # speaker: narrator # person: ruiz calm
    You leave his office with nothing reported. Neither the Sergeant Major nor the Captain is the channel for this. # speaker: narrator
+ {not reported} [Thank him, but say it goes to the CDT. Ask him not to speak to Dillon. Go tonight # evidence: sea.report 3 # evidence: sea.prompt 2]
    ~ reported = true
    ~ channel = "cdt"
    ~ delay = 1
    Ruiz's smile fades. Your choice, he says. # speaker: narrator # person: ruiz wary
    Ms Haddad, the Conduct and Discipline Officer on duty, takes your report and asks you to come back at nine tomorrow. # speaker: narrator
+ {reported} [Thank him, but say it is for the CDT, not the unit. Ask him not to speak to Dillon # evidence: sea.report 3 # evidence: sea.no-investigation 3]
    Ruiz's smile fades. He studies you. # speaker: narrator # person: ruiz wary
    Your choice, he says. You say nothing about your report. # speaker: narrator
+ {reported} [Tell him it is already with the CDT, with everything you saw, so it is out of his hands # evidence: sea.confidentiality 1]
    Ruiz's face closes. He did not need to know what you saw, and now he does. # speaker: narrator # person: ruiz angry
    Then you've made your bed, he says. # speaker: narrator
+ {not reported} [Say you need the night to think it over. After all these years, you owe him that # evidence: sea.prompt 1]
    Don't think too long, says Ruiz. # speaker: narrator # person: ruiz calm
- -> dillon

// ---------------------------------------------------------------------------------------------------------------
=== dillon ===
Late that night, on your way back from the showers, Corporal Dillon steps out of the shadow of the vehicle park. # speaker: narrator # person: ruiz gone # person: dillon angry
{
- inhouse:
    The Sergeant Major had a word with me. Thanks for nothing. # speaker: dillon
- tipped:
    You've got a big mouth. # speaker: dillon
- asked:
    I hear you've been asking about me. # speaker: dillon
- else:
    You were on the store detail this morning. By the back fence. # speaker: dillon
}
~ asked = false
She told me she's eighteen. She's my girlfriend. I help her family. # speaker: dillon
You'd ruin a man over a few ration packs? # speaker: dillon
+ [Say you will not discuss it with him, and walk on # evidence: sea.no-investigation 3]
    He calls something after you. You keep walking. # speaker: narrator # person: dillon gone
    {reported:
        In the morning, you tell Ms Haddad that he came to you. # speaker: narrator
    }
+ [Tell him what he does off duty is his own business, and walk on # evidence: sea.recognise 0 # evidence: sea.integrity 0]
    He grins and claps you on the arm. # speaker: narrator # person: dillon calm
    See you Thursday, then. # speaker: dillon # person: dillon gone
+ [Warn him quietly to stay away from her. That could end it tonight # evidence: sea.no-investigation 0 # critical: sea.no-investigation]
    ~ tipped = true
    He stares at you, then nods slowly. # speaker: narrator # person: dillon wary
    You have told him he is being watched. What he does with that, and to her, you cannot know. # speaker: narrator # person: dillon gone
+ [Tell him he is finished: she is sixteen, and you {reported:have reported|will report} him # evidence: sea.no-investigation 0 # critical: sea.no-investigation]
    ~ tipped = true
    His face changes. He knows now exactly what you saw and what you will do. # speaker: narrator # person: dillon afraid
    He turns and goes, fast. # speaker: narrator # person: dillon gone
- -> wednesday

// ---------------------------------------------------------------------------------------------------------------
=== wednesday ===
{
- reported && channel == "cdt":
    -> interview
- reported:
    -> unsigned
- else:
    -> thursday
}

=== interview ===
Wednesday, nine o'clock. Ms Haddad closes the door of the Conduct and Discipline office. # speaker: narrator # person: haddad calm
Tell me what you know. What you saw yourself, and what you heard from others. # speaker: haddad
+ [Give the barracks talk as fact too. If you hedge, they may not take it seriously # evidence: sea.report 1]
    She stops writing. Did you see that yourself? # speaker: narrator # person: haddad wary
    You have to admit that you did not. Now she must check everything you said twice. # speaker: narrator
+ [Leave out who said what in the barracks. You will not get your mates into trouble # evidence: sea.report 2 # evidence: sea.integrity 1]
    She notes what you saw. The witnesses who could confirm it stay unnamed. # speaker: narrator # person: haddad neutral
+ [Tell her what you saw, and then, kept apart, what you only heard and from whom # evidence: sea.report 3]
    She writes steadily and asks only what she needs: times, places, names of witnesses. # speaker: narrator # person: haddad calm
+ {photo} [Offer her the photo, and to show it round the company so that someone names the girl # evidence: sea.confidentiality 0]
    ~ leaked = true
    Ms Haddad puts her pen down. # speaker: narrator # person: haddad angry
    Absolutely not. She is a child. Identifying her is not your job, and showing her picture around exposes her. # speaker: haddad
- Ms Haddad looks up from her notes. # speaker: narrator # person: haddad calm
{photo:
    Send me that photo through the secure channel, then delete it from your phone. Show it to no one. # speaker: haddad
}
~ photo = false
Thank you. From here on, it is for us and the investigators. # speaker: haddad
Don't look into it any further, don't talk to him about it, and keep it to yourself. # speaker: haddad
If anyone threatens or punishes you for reporting, come to me straight away. # speaker: haddad
~ channel = ""
-> gate

=== unsigned ===
Wednesday. Nobody calls you. An unsigned note has no one to call back. # speaker: narrator
+ [Leave it anonymous. The facts are in the box, and your name would add nothing # evidence: sea.report 2]
    The note is in the box. Whether it is enough, you cannot tell, and nobody can ask you. # speaker: narrator
+ [Go to the CDT office and put your name to the report # evidence: sea.report 3]
    Ms Haddad thanks you and goes through it with you, point by point. # speaker: narrator # person: haddad calm
    Don't look into it any further, don't talk to him about it, and keep it to yourself. # speaker: haddad
    If anyone threatens or punishes you for reporting, come to me straight away. # speaker: haddad # person: haddad gone
- Wednesday ends. # speaker: narrator
{photo:
    The photo is still on your phone. You delete it. # speaker: narrator
}
~ photo = false
~ channel = ""
-> gate

=== thursday ===
Wednesday passes. # speaker: narrator
{photo:
    The girl's photo is still on your phone. You delete it. It proves nothing that was yours to prove. # speaker: narrator
}
~ photo = false
On Thursday afternoon, from the watchtower, you see Dillon walk towards the old generator shed with a carton under his arm. # speaker: narrator # person: dillon neutral
{inhouse:
    So much for the Sergeant Major's word with him. # speaker: narrator
}
At the gap in the wire, the girl in the school uniform is waiting. # speaker: narrator # person: fatu afraid
+ [Go straight to the CDT office and report it. Stopping him is their job, not yours # evidence: sea.report 3 # evidence: sea.prompt 0]
    ~ reported = true
    ~ delay = 2
    It is ten minutes on foot to the Conduct and Discipline office. Ms Haddad takes your report. # speaker: narrator # person: dillon gone # person: fatu gone # person: haddad calm
    Thank you. Don't go near him. # speaker: haddad
    But a child was at the wire, and you walked here. The duty officer could have had the military police at that shed in minutes. # speaker: haddad # person: haddad wary
    And why did you wait until today? # speaker: haddad
    You have no good answer. By the time you look again, the path by the shed is empty. # speaker: narrator # person: haddad gone
+ [Radio the duty officer: military police to the generator shed, now. Then the CDT # evidence: sea.report 3]
    ~ reported = true
    ~ stopped = true
    ~ delay = 2
    The duty officer does not ask why. Two military police reach the shed within minutes. # speaker: narrator # person: dillon afraid
    They stop Dillon at the door, the carton still under his arm. A woman officer stays with the girl, asks her nothing about him, and lets her choose how far to be walked home. # speaker: narrator # person: dillon gone # person: fatu gone
    Then you go to the Conduct and Discipline office and report it all: the rumour, Tuesday at the fence, and today. # speaker: narrator # person: haddad calm
    You did right to call it in. Stopping harm that is about to happen is not investigating. # speaker: haddad
    But you saw them on Tuesday. Why did nobody hear of it until now? # speaker: haddad # person: haddad wary
    You have no good answer. # speaker: narrator # person: haddad gone
+ [Run down to the shed and stop him yourself, before it is too late # evidence: sea.no-investigation 0]
    ~ tipped = true
    You run down the hill and shout his name. # speaker: narrator # person: dillon angry
    The girl runs. Dillon walks away, slowly, and looks back at you once. # speaker: narrator # person: fatu gone # person: dillon gone
    Today she was spared. But nobody with any authority saw a thing, nothing is on record, and he knows exactly who is watching him. # speaker: narrator
    One call to the duty officer would have brought military police to that door in minutes, with a record, and without warning him. # speaker: narrator
+ [Radio the Sergeant Major. He said he would deal with Dillon himself # evidence: sea.report 1 # evidence: sea.prompt 0]
    {inhouse:
        I've dealt with it, says Ruiz. Leave it. # speaker: narrator
    - else:
        I told you to leave it with me, says Ruiz. Leave it. # speaker: narrator
    }
    He sends no one. When you look again, the path by the shed is empty. # speaker: narrator # person: dillon gone # person: fatu gone
+ [Look away. You have kept out of it this far, and it is not your business # evidence: sea.report 0 # critical: sea.report]
    You turn your back on the shed. # speaker: narrator # person: dillon gone # person: fatu gone
- -> gate

// ---------------------------------------------------------------------------------------------------------------
=== gate ===
{
- tipped:
    Kofi tells you that Dillon went down to Mirambe on Wednesday night. Nobody knows whom he saw. # speaker: narrator
- stopped:
    On Thursday, the military police stopped Dillon at the shed. What happens to him now is for the Conduct and Discipline Team and the investigators. # speaker: narrator
- reported && delay < 2:
    On Thursday, Dillon did not go near the back fence. You don't know why, and it is not for you to know. # speaker: narrator
}
Friday morning. You are on duty at the main gate with Teo. # speaker: narrator # person: haddad gone # person: teo neutral
A woman in a green headscarf is arguing with him at the pedestrian gate. A queue of day labourers watches. # speaker: narrator # person: adama angry
A soldier from this camp has been with my daughter. She is sixteen. I want to see your chief. # speaker: adama
Go home, mama. This is not the place for complaints. # speaker: teo
+ [Back Teo up. The base takes no complaints: crimes go to the town police station # evidence: sea.victim-assistance 0 # evidence: sea.report 1]
    She does not move. # speaker: narrator # person: adama angry
    I have been to the police. They laughed. I will stand here until somebody listens. # speaker: adama
    Her name is Adama. In the end, you are the one still standing in front of her. # speaker: narrator
+ [Hear her out right here. She has waited long enough, and you understand her well # evidence: sea.victim-assistance 2 # evidence: sea.confidentiality 1]
    ~ leaked = true
    Her name is Adama. She speaks loudly, to be heard over the traffic. # speaker: narrator # person: adama wary
    The day labourers in the queue hear every word. # speaker: narrator
+ [Call the Sergeant Major to the gate. Complaints about the men go to him # evidence: sea.victim-assistance 1 # evidence: sea.report 1]
    Ruiz arrives, pats her arm, tells her it will be looked into, and goes back inside. # speaker: narrator # person: ruiz calm
    She does not move. Her name is Adama, and she is still waiting for someone to listen. # speaker: narrator # person: ruiz gone # person: adama angry
+ [Step in, greet her, and take her to the visitors' shelter. Ask for Mariam # evidence: sea.victim-assistance 3 # evidence: sea.confidentiality 3]
    ~ mariam = true
    Teo stays at the gate. In the shelter, out of sight of the queue, you offer her a seat and water. # speaker: narrator # person: teo gone # person: adama wary
    Mariam, the woman language assistant, arrives a few minutes later and greets her in her own language. # speaker: narrator # person: mariam calm
    Her name is Adama. She sits, but keeps her bag on her knees. # speaker: narrator
- -> gate_questions

=== gate_questions ===
{mariam:
    Adama speaks, and Mariam translates in a low voice. # speaker: narrator
}
My daughter is Fatu. He gave her food. Now she does not go to school. She does not eat. She cries at night. # speaker: adama # person: adama sad
{tipped:
    And on Wednesday night a soldier came to our house. He told Fatu to say nothing, or there would be no more food. # speaker: adama # person: adama afraid
}
Will he be punished? Will they send him away? Will they pay us? # speaker: adama # person: adama angry
+ [Be honest: you cannot promise what happens to him. Help for Fatu need not wait for that # evidence: sea.victim-assistance 3]
    The Conduct and Discipline Team takes complaints like hers, you tell her, and his own country's investigators decide. # speaker: narrator
    She looks at you for a long moment. # speaker: narrator # person: adama sad
    At least you do not lie to me. # speaker: adama # person: adama calm
+ [Promise her he will be punished and sent home. She needs to hear that someone will act # evidence: sea.victim-assistance 1]
    ~ promised = true
    She grips your hand. You promise? # speaker: narrator # person: adama hopeful
    You have promised something that is not yours to give. # speaker: narrator
+ [Give her a carton of ration packs from the store, to tide the family over for now # evidence: sea.victim-assistance 0]
    She looks at the carton, then at you. # speaker: narrator # person: adama angry
    That is how it started. # speaker: adama
+ [Say a girl who takes food from soldiers must know what she is getting into # evidence: sea.victim-assistance 0 # evidence: sea.child 0]
    Adama stands up. # speaker: narrator # person: adama angry
    She is a child. You are the grown men. # speaker: adama
- -> gate_help

=== gate_help ===
And Fatu? Who helps Fatu? # speaker: adama # person: adama sad
+ [Give her a card with the CDT hotline number. She can call when she is ready # evidence: sea.victim-assistance 2]
    ~ family = 1
    She turns the card over in her fingers. She cannot read the small print, and nobody has told her what help there is to call for. # speaker: narrator # person: adama wary
+ [Radio the CDT to come to the gate now and take her statement, so nothing is lost # evidence: sea.victim-assistance 1]
    ~ family = 1
    She hears the radio and stiffens. # speaker: narrator # person: adama afraid
    I did not say I wanted to make a statement. I asked who helps my daughter. # speaker: adama
+ {reported} [Say help for Fatu need not wait for any inquiry. Ask whether, and how, she wants it # evidence: sea.victim-assistance 3]
    ~ family = 2
    Medical care, counselling, other support, you tell her: none of it waits for an investigation. The CDT has a victims' rights officer who can arrange it. # speaker: narrator
    Adama thinks about it. # speaker: narrator # person: adama wary
    Yes. But only me, at the church, not at our house. Fatu decides if she talks to anyone. # speaker: adama # person: adama hopeful
    You pass on exactly that, and nothing more, to the CDT's victims' rights officer. # speaker: narrator
+ {not reported} [Say help need not wait for an inquiry, ask what she wants, then report it yourself today # evidence: sea.victim-assistance 3 # evidence: sea.report 3]
    ~ family = 2
    ~ reported = true
    ~ delay = 2
    Medical care, counselling, other support, you tell her: none of it waits for an investigation. The CDT has a victims' rights officer who can arrange it. # speaker: narrator
    Adama thinks about it. # speaker: narrator # person: adama wary
    Yes. But only me, at the church, not at our house. Fatu decides if she talks to anyone. # speaker: adama # person: adama hopeful
    That afternoon you go to the CDT office, report what you saw on Tuesday, and pass on Adama's wishes, nothing more. # speaker: narrator
+ [Tell her you will look into it yourself, and come back to her with what you find # evidence: sea.victim-assistance 0 # evidence: sea.no-investigation 1]
    She waits for a date, a name, anything. You have none to give. # speaker: narrator # person: adama sad
- -> gate_child

=== gate_child ===
Fatu is outside, by the road. She would not come in. # speaker: adama
Across the road, the girl from the fence stands under a tree, arms folded tight. # speaker: narrator # person: fatu afraid
{mariam:
    Teo has come over from the gate. # speaker: narrator
}
Teo leans in. # speaker: narrator # person: teo wary
Bring the girl in and ask her yourself. Then you'll know if it's true. # speaker: teo
+ [Ask Fatu gently what happened, with her mother beside her. The CDT will need it anyway # evidence: sea.child 0 # evidence: sea.no-investigation 0]
    You cross the road with Adama. Fatu sees a soldier coming and backs against the tree. # speaker: narrator # person: fatu afraid
    She does not say a word. A child questioned by a man in uniform, about another man in uniform, has every reason to be afraid. # speaker: narrator
    Her mother takes her away. # speaker: narrator # person: adama angry
+ [Leave Fatu be. Tell Adama it is not Fatu's fault, and she need only talk if she wants to # evidence: sea.child 3]
    If Fatu ever wants to talk, you tell Adama, trained people will listen, with a woman present, and only if she and her mother want it. # speaker: narrator
    Adama nods. # speaker: narrator # person: adama calm
    I will tell her. She thinks it is her fault. # speaker: adama # person: adama sad
+ [Ask to see Fatu's school card, so that her age is on record for the report # evidence: sea.child 1]
    Adama stares at you. # speaker: narrator # person: adama angry
    You think I lie about my own daughter's age? # speaker: adama
+ [Ask Adama to keep Fatu away from the base for now, for her own safety # evidence: sea.child 1]
    Adama's mouth tightens. # speaker: narrator # person: adama angry
    She was not the one making trouble. # speaker: adama
- Adama takes her daughter's hand, and they walk back down the road to Mirambe. # speaker: narrator # person: adama gone # person: fatu gone # person: mariam gone # person: teo gone
~ mariam = false
-> section

// ---------------------------------------------------------------------------------------------------------------
=== section ===
Friday evening. Captain Rahman, your company commander, stops you outside the operations room. # speaker: narrator # person: rahman neutral
The section is full of talk about Dillon and some local girl. Get them together and put a stop to it. # speaker: rahman
+ [Post in the section chat: stop spreading stories about Dillon and the schoolgirl # evidence: sea.confidentiality 1]
    ~ leaked = true
    Twelve people read it within a minute. Two of them forward it. # speaker: narrator # person: rahman wary
+ [Tell them what you know, her name too. The truth kills rumours faster than silence # evidence: sea.confidentiality 0 # critical: sea.confidentiality]
    ~ exposed = true
    The wild stories stop. Now there is one story, with Fatu's name in it. # speaker: narrator # person: rahman angry
    By morning, the drivers and the cooks from Mirambe have heard it too. # speaker: narrator
+ [Gather them. No names, no details: gossip stops now, and concerns go to the CDT # evidence: sea.confidentiality 3 # evidence: sea.integrity 3]
    The section listens in silence. Nobody asks you what you know, and you do not say. # speaker: narrator # person: rahman calm
+ [Tell the Captain it is not your place. Gossip in the ranks is for him to deal with # evidence: sea.confidentiality 2]
    He frowns. The talk goes on, but not from you. # speaker: narrator # person: rahman wary
- -> next_week

// ---------------------------------------------------------------------------------------------------------------
=== next_week ===
{reported:
    Monday. Someone has scrawled SNITCH across your locker door. # speaker: narrator # person: rahman gone # person: teo angry
    Sergeant Major Ruiz has put you on night guard for the next three weeks. # speaker: narrator
    Happy now? says Teo, as he walks past. # speaker: narrator
- else:
    Monday. Kofi finds you behind the store. He looks as if he has not slept. # speaker: narrator # person: rahman gone # person: kofi sad
    I can't carry this. I'm going to the Conduct and Discipline people. Will you come and tell them what you saw? # speaker: kofi
}
+ {reported} [Tell Ms Haddad at the CDT. This looks like retaliation for your report # evidence: sea.integrity 3]
    Ms Haddad writes it all down. # speaker: narrator # person: teo gone # person: haddad calm
    Thank you for telling me. Nobody should be punished for reporting in good faith. We will take it from here. # speaker: haddad
    Two days later, the night-guard roster is changed. # speaker: narrator # person: haddad gone
+ {not reported} [Tell him to take it to Captain Rahman instead, and keep it in the company # evidence: sea.report 0 # critical: sea.report]
    Kofi hesitates, then nods. He goes to the Captain, not to the CDT. # speaker: narrator # person: kofi gone
    Whatever the company does with it now, what you saw reaches no one who could protect her. # speaker: narrator
+ {reported} [Ask Ms Haddad to drop your report. Things will calm down once it is gone # evidence: sea.integrity 0 # evidence: sea.report 1]
    Ms Haddad hears you out. # speaker: narrator # person: teo gone # person: haddad wary
    I understand. But the report is not yours to take back, and what you saw stays true. Tell me who is doing this to you. # speaker: haddad
    You say nothing. Whoever wrote on your locker has learned that it works. # speaker: narrator # person: haddad gone
+ {not reported} [Go with him, and tell the CDT what you saw # evidence: sea.report 3 # evidence: sea.integrity 3]
    ~ reported = true
    ~ delay = 2
    Ms Haddad listens to you both. # speaker: narrator # person: haddad calm
    Why did you wait a week? # speaker: haddad # person: haddad wary
    You have no good answer. # speaker: narrator # person: kofi gone # person: haddad gone
+ {reported} [Find out who wrote it, and have it out with him, man to man # evidence: sea.integrity 1]
    You corner Teo in the ablutions. It turns into a shouting match that the whole company hears. # speaker: narrator # person: teo angry
    Now it is your conduct that people are talking about. # speaker: narrator # person: teo gone
+ {not reported} [Talk him out of it. It is done now, and it will only bring trouble # evidence: sea.report 0 # evidence: sea.integrity 0 # critical: sea.report]
    Kofi looks at you for a long time. Then he nods, and goes. # speaker: narrator # person: kofi gone
+ {reported} [Paint over it and take the duties. Complaining would only prove them right # evidence: sea.integrity 1]
    You paint over the word and take the night duties. Nobody tells you that you did not have to. # speaker: narrator # person: teo gone
+ {not reported} [Tell him to do what he thinks is right, but to keep you out of it # evidence: sea.report 0 # critical: sea.report]
    Kofi goes alone. He tells the CDT what he heard. What you saw, you keep to yourself. # speaker: narrator # person: kofi gone
- -> aftermath

// ---------------------------------------------------------------------------------------------------------------
=== aftermath ===
{promised:
    Weeks go by. Whatever happens to Dillon is not decided by you, and Adama remembers who promised her otherwise. # speaker: narrator
}
{leaked && not exposed:
    Hints travel. At the Mirambe market, people begin to wonder whose daughter the soldiers talk about. # speaker: narrator
}
{
- exposed:
    -> identity_exposed
- not reported:
    -> covered_up
- tipped:
    -> compromised
- delay >= 2:
    -> reported_late
- family == 0:
    -> left_alone
- else:
    -> reported_right
}

=== reported_right ===
Your report reached the Conduct and Discipline Team {delay == 0:without delay|within a day}, through the channel meant for it. # speaker: narrator
{leaked:
    Dillon learned nothing from you, though hints about Fatu travelled further than they should have. # speaker: narrator
- else:
    Dillon learned nothing from you. Fatu's name went no further than the people who need it. # speaker: narrator
}
{family == 2:
    Adama knows what help exists for her daughter, and the CDT's victims' rights officer will meet her at the church, as she asked. # speaker: narrator
- else:
    Adama has the CDT's number. Whether she uses it, and when, is up to her. # speaker: narrator
}
You may never learn how the case ends. That is not a failure: it is how it should be. # speaker: narrator # ending: reported-right
-> END

=== left_alone ===
Your report reached the Conduct and Discipline Team, and Dillon learned nothing from you. # speaker: narrator
But Adama left the gate with nothing: no name, no number, no idea what help exists for her daughter. # speaker: narrator
Help for Fatu did not have to wait for an investigation. She is waiting anyway. # speaker: narrator # ending: left-alone
-> END

=== reported_late ===
In the end, your report reached the Conduct and Discipline Team. # speaker: narrator
{stopped:
    On Thursday, the military police reached the shed in time. That was luck as much as judgement: a report on Tuesday would not have needed it. # speaker: narrator
    And every carton before Thursday was one more time a child was exploited while you waited to be sure. # speaker: narrator
- else:
    But it came after Thursday. Everything that happened at the generator shed that afternoon could have been prevented by a report on Tuesday. # speaker: narrator
}
You did not need to be sure. A concern was enough, and the duty was to report it without delay. # speaker: narrator # ending: reported-late
-> END

=== compromised ===
Dillon knew he had been seen before any investigator did. # speaker: narrator
{inhouse:
    The Sergeant Major's quiet word told him exactly who had seen what. # speaker: narrator
}
When the investigators reach Mirambe, Fatu says nothing. A soldier told her to stay silent, and she believed him. # speaker: narrator
The case may never be proven. Tipping off a suspect hands him time and puts the child at risk. It is a critical error, whatever else went well. # speaker: narrator # ending: compromised
-> END

=== covered_up ===
{inhouse:
    The Sergeant Major sorted it in-house. Dillon works nights now, and nights are when the back fence is darkest. # speaker: narrator
- else:
    Nothing reached the Conduct and Discipline Team from you. # speaker: narrator
}
{family > 0:
    If Adama uses the number you gave her, the CDT will hear it from her. Not from you, who saw it. # speaker: narrator
}
A child was exploited by one of your own, and you knew. Not reporting sexual exploitation and abuse can itself be misconduct. This is a critical error, whatever else went well. # speaker: narrator # ending: covered-up
-> END

=== identity_exposed ===
By the next market day, all of Mirambe knows Fatu's name and what is said about her. # speaker: narrator
She stops going to school. Neighbours stop greeting her mother. # speaker: narrator
A child's identity was hers and her family's to protect. Giving it away is a critical error, whatever else went well. # speaker: narrator # ending: identity-exposed
-> END
