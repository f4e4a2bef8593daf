// First contact with a survivor.
// Setting: Mirambe IDP site, northern Kavara (fictional), UN mission MINUKA (fictional).
// A non-specialist peacekeeper meets a woman who was attacked by armed men of a militia (CRSV by a party to
// the conflict, not by UN personnel). The harm is told, never shown.
// Choices are written without tells (docs/authoring.md): the wrong ones are the mistakes real peacekeepers make,
// for their real reasons; what makes a choice right or wrong is taught by what follows and by the debrief.

VAR trust = 2            // 0..6: how far Halima trusts you; moves with what you do
VAR place = "open"       // where you talk: "open", "tank" (behind the water tank) or "health" (health post)
VAR woman = false        // Mariam, the woman language assistant, is with her
VAR bello = false        // Sergeant Aisha Bello, the woman peacekeeper of the engagement team, sits with her
VAR idris_stayed = false // the male language assistant from her area heard everything
VAR exposed = false      // her identity has been recorded or given away without consent (critical)
VAR exposed_to = ""      // who learned it first: "photo", "chairman", "journalist", "commander"
VAR noted = false        // her first name is in Kofi's notebook
VAR hinted = false       // the journalist was told enough to guess
VAR chair_hint = false   // the chairman was told she has "been through" something
VAR knows_care = false   // she knows what the nurse can do and that HIV prevention works only within 72 hours
VAR knows_wpa = false    // she knows about the Women's Protection Adviser and the women's centre
VAR offered = false      // you set out her options
VAR promised = false     // you promised something you cannot guarantee
VAR forced = false       // you acted against her will or pushed a referral she refused (critical)
VAR decision = "none"    // what she decided: "accepted", "declined", "left"

-> arrival

=== function trust_up(n) ===
~ trust = MIN(trust + n, 6)

=== function trust_down(n) ===
~ trust = MAX(trust - n, 0)

// ---------------------------------------------------------------------------------------------------------------
=== arrival ===
Mirambe IDP site, northern Kavara. You are on a routine foot patrol with MINUKA, the UN mission. # scene: water-point # speaker: narrator
Corporal Kofi Mensah walks beside you. Idris, the patrol's language assistant, grew up in a village near here. # speaker: narrator # person: kofi neutral # person: idris neutral
Two women of the mission's engagement team walk with the patrol today: Sergeant Aisha Bello, and Mariam, the team's language assistant. They are at the far end of the water point, talking with the women at the tap. # speaker: narrator
At the water point, women and girls queue with yellow jerrycans. # speaker: narrator
Forty metres away, four armed men from the militia that holds the road sit in the shade of a pickup. # speaker: narrator
A woman stands apart from the queue, holding the hand of a girl of about eight. # speaker: narrator # person: halima wary # person: nia wary
She looks at your blue helmet, then at the ground, then back at you. She walks past the far end of the queue, past the two women of the engagement team, and steps closer to you. # speaker: narrator
You are UN? You help women? # speaker: halima # person: halima afraid
+ [Answer her where she stands; a patrol should be seen to listen # evidence: crsv.safety-privacy 1]
    ~ trust_down(1)
    You say hello and ask, in front of everyone, what you can do for her. # speaker: narrator
    Heads turn in the queue. Her voice drops to a whisper. # speaker: narrator # person: halima afraid
    Not here. Please. # speaker: halima
    Being seen to listen is good for a patrol. For a woman who comes to soldiers with something to tell, being seen can cost a great deal. # speaker: narrator
+ [Wave Sergeant Bello over; this is one for a woman # evidence: crsv.safety-privacy 1]
    ~ trust_down(1)
    Sergeant Bello walks the whole length of the queue towards you. Every head follows her. # speaker: narrator # person: bello neutral
    Halima steps back, half behind you. # speaker: narrator # person: halima afraid
    Sergeant Bello takes it in at a glance, and speaks to you quietly. # speaker: narrator
    She came to you. Stay with her. If she wants a woman, ask her, and I will be close. # speaker: bello
    She goes back to the tap as if she had only come to say hello. # speaker: narrator # person: bello gone
    A woman colleague may well be easier for her to talk to. But Halima chose whom to approach, and waving someone over in front of the queue marked her out and passed her on without asking her. # speaker: narrator
    Whether you are a man or a woman, she came to you, and what you do now counts. # speaker: narrator
+ [Keep your voice low, and ask her where she would like to talk # evidence: crsv.safety-privacy 3]
    ~ trust_up(1)
    You greet her calmly, keep your voice low, and ask where she would like to talk. # speaker: narrator
    She lets out a breath. # speaker: narrator # person: halima wary
+ [Tell her to come to the base gate later; the patrol must move on # evidence: crsv.referral 0]
    ~ trust_down(1)
    She looks up the hill at the base, at the wire and the guards. # speaker: narrator # person: halima sad
    At the gate there are many soldiers. Everybody sees who goes there. # speaker: halima
    She turns to go. Her daughter pulls at her hand and looks back at you. # speaker: narrator # person: nia afraid
    Kofi catches your eye. You call her back softly, and she stops. # speaker: narrator # person: halima wary
    Sending her away is a decision too: she may not ask a second time. # speaker: narrator
- -> where

// ---------------------------------------------------------------------------------------------------------------
=== where ===
She names two places where women talk without being watched. # speaker: narrator
Behind the water tank, in the shade. Or the women's corner at the health post. Women wait there all day for the nurse. # speaker: halima
+ [Let her go ahead to the women's corner, and follow a little later # evidence: crsv.safety-privacy 3]
    ~ place = "health"
    She goes first with her daughter. You wait, then stroll over as if on your usual round. # speaker: narrator # scene: health-post
    In the women's corner, behind a woven screen, she sits on a bench with her daughter. Nobody saw you arrive together. # speaker: narrator # person: halima wary # person: nia wary
+ [Walk her to the health post now, with the patrol around her # evidence: crsv.safety-privacy 1]
    ~ place = "health"
    ~ trust_down(1)
    The patrol walks her through the site. People stop what they are doing to watch a woman escorted by soldiers. # speaker: narrator # scene: health-post
    She keeps her eyes down all the way. An escort protects her from nothing here, and tells the whole site that something happened. # speaker: narrator # person: halima afraid
+ [Go behind the tank with her while Kofi keeps the patrol at the tap # evidence: crsv.safety-privacy 3]
    ~ place = "tank"
    Kofi stays at the tap, chatting with the queue. Behind the tank, no one can see you from the road. # speaker: narrator
    She sits on an upturned bucket, her daughter against her knees. # speaker: narrator # person: halima wary # person: nia wary
- -> language

// ---------------------------------------------------------------------------------------------------------------
=== language ===
{place == "health":
    Sergeant Bello and Mariam have come up to the health post behind the patrol, as they often do. # speaker: narrator
- else:
    Sergeant Bello and Mariam are still at the tap, a minute's walk away. # speaker: narrator
}
Idris comes over to translate. When Halima sees him, she stops and pulls her scarf across her face. # speaker: narrator # person: halima afraid
Idris's village is an hour from the river side, where she comes from. # speaker: narrator
+ [Ask if she would rather talk with women; two are close by # evidence: crsv.safety-privacy 3]
    ~ woman = true
    ~ bello = true
    ~ trust_up(1)
    She nods quickly. Idris understands, and walks off out of earshot. # speaker: narrator # person: idris gone
    {place == "tank": A minute later, Sergeant Bello and Mariam come round the tank as if to fill a jerrycan.|Sergeant Bello and Mariam come over from the vaccination queue.} # speaker: narrator
    Mariam greets Halima in their language. Sergeant Bello sits down beside her. # speaker: narrator # person: mariam calm # person: bello calm # person: halima calm
    You stay where you are. Halima speaks to Mariam, but her eyes keep coming back to you: you are the one she came to. A woman at her side makes it easier for her to speak. What you say and do next still counts. # speaker: narrator
+ [Ask Idris to stand back a few steps and translate from there # evidence: crsv.safety-privacy 1 # evidence: crsv.confidentiality 1]
    ~ idris_stayed = true
    Idris steps back and turns half away. He can still hear every word. # speaker: narrator # person: idris neutral
    Halima speaks, but more slowly, and she keeps her scarf across her face. # speaker: narrator # person: halima wary
+ [Carry on through Idris; she has already started, and he is here # evidence: crsv.safety-privacy 1 # evidence: crsv.confidentiality 1]
    ~ idris_stayed = true
    ~ trust_down(1)
    Idris translates. Halima answers in as few words as she can, her eyes on the ground. # speaker: narrator # person: halima sad
    She did not choose to tell a man from near her home. Now he knows, whether she wanted it or not. # speaker: narrator
+ [Keep Idris, and have Kofi stand by her with his rifle # evidence: crsv.safety-privacy 0]
    ~ idris_stayed = true
    ~ trust_down(2)
    Kofi takes up position next to her, rifle across his chest. # speaker: narrator # person: kofi neutral
    She shrinks away from him and from Idris both. # speaker: narrator # person: halima afraid
- -> disclosure

// ---------------------------------------------------------------------------------------------------------------
=== disclosure ===
Halima speaks slowly, and {woman:Mariam|Idris} translates in a low voice. # speaker: narrator
{bello:
    Sergeant Bello sits quietly beside her. Halima speaks to you. # speaker: narrator
}
Two mornings ago, I came for water before the sun. # speaker: halima # person: halima sad
Men from the road stopped me on the path. They took me into the bush. # speaker: halima
She stops. She looks at her daughter, then at the ground. # speaker: narrator # person: halima afraid
+ [Ask how many men there were and what they wore, so the patrol can act # evidence: crsv.listening 1]
    ~ trust_down(1)
    Her eyes go to the road, where the pickup is. # speaker: narrator # person: halima afraid
    Four. Maybe five. I don't know. # speaker: halima
    She is watching the pickup now, not you. Her first words to the UN have become an interview, about the men she fears most, with them in sight. # speaker: narrator
+ [Ask her to take you through it from the start, so nothing is missed # evidence: crsv.listening 0]
    ~ trust_down(2)
    She shakes her head. Her hands are trembling. # speaker: narrator # person: halima afraid
    They hurt me. That is all. # speaker: halima
    Telling it again, step by step, to a stranger, is a second injury. Questions are for specialists she chooses, if she chooses. # speaker: narrator
+ [Say nothing for now, and wait until she is ready to go on # evidence: crsv.listening 2]
    You wait. After a while, she wipes her eyes with the end of her scarf. # speaker: narrator # person: halima sad
    She has not been questioned. She does not yet know whether she is believed. # speaker: narrator
+ [Tell her she need not say any more. You believe her; it was not her fault # evidence: crsv.listening 3]
    ~ trust_up(1)
    Something in her face loosens. # speaker: narrator # person: halima sad
    Nobody has said that to me. # speaker: halima
- -> record

// ---------------------------------------------------------------------------------------------------------------
=== record ===
Kofi comes over, notebook already open, phone in his other hand. # speaker: narrator # person: kofi neutral
This is a crime. Let's take her name, her shelter number and a photo. With a proper statement, justice can be done. # speaker: kofi
+ [Tell Kofi quietly: no notes, no photos, not even her name # evidence: crsv.confidentiality 3]
    ~ trust_up(1)
    Kofi hesitates, then closes the notebook and puts the phone away. # speaker: narrator # person: kofi wary
    Fair enough. It's her story. # speaker: kofi # person: kofi calm
+ [Note only her first name, so the right people can follow up # evidence: crsv.confidentiality 1]
    ~ noted = true
    ~ trust_down(1)
    Kofi writes one word. Halima watches the pen. # speaker: narrator # person: halima wary
+ [Agree: a proper statement and a photo now, while it is fresh # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    {not exposed:
        ~ exposed_to = "photo"
    }
    ~ exposed = true
    ~ trust_down(2)
    Kofi writes down her name, her shelter and what she said, and raises the phone. # speaker: narrator
    Halima turns away and covers her face, too late. # speaker: narrator # person: halima afraid
- -> fears

// ---------------------------------------------------------------------------------------------------------------
=== fears ===
Halima speaks again, faster now. # speaker: narrator
I am afraid of sickness. Afraid of a baby. # speaker: halima # person: halima afraid
If my husband's family knows, they will send me away. # speaker: halima
+ [Tell her she must see the nurse today; you will walk her there now # evidence: crsv.medical-urgency 1 # evidence: crsv.consent 0]
    ~ trust_down(1)
    She pulls back. # speaker: narrator # person: halima afraid
    Now? Everybody will see. # speaker: halima
    The urgency is real. But she has been told what to do, not what the nurse can do, and the decision was taken from her. # speaker: narrator
+ [Tell her: HIV medicine within 72 hours, emergency contraception within five days; no report needed # evidence: crsv.medical-urgency 3 # evidence: crsv.no-promises 3]
    ~ knows_care = true
    ~ trust_up(1)
    She listens closely. # speaker: narrator # person: halima hopeful
    Still today? # speaker: halima
    Yes, you tell her. The 72 hours run out before dawn tomorrow. The nurse treats people in private, and care does not depend on telling the police or anyone else. Whether she goes is her choice. # speaker: narrator
+ [Tell her to report to the police first; the nurse will ask for their form before treating her # evidence: crsv.medical-urgency 0]
    ~ trust_down(1)
    Police? # speaker: halima # person: halima afraid
    Her husband's cousin is a policeman, she says. She shakes her head. # speaker: narrator
    It is not true: care never depends on a report. Believing it, she may let the 72 hours pass. # speaker: narrator
+ [Tell her not to worry: the doctors will make sure nothing bad happens # evidence: crsv.no-promises 0 # evidence: crsv.medical-urgency 1]
    ~ promised = true
    She looks at you, wanting to believe it. # speaker: narrator # person: halima hopeful
    She still does not know that the medicine only works if she starts it in time. # speaker: narrator
- -> justice

// ---------------------------------------------------------------------------------------------------------------
=== justice ===
Her voice hardens. # speaker: narrator
Will you catch them? Will you make them leave the road? # speaker: halima # person: halima angry
+ [Promise her we will find the men and see them arrested # evidence: crsv.no-promises 0]
    ~ promised = true
    She holds your gaze for a long moment, then nods. # speaker: narrator # person: halima hopeful
    You do not command the police, and you do not know that it will happen. # speaker: narrator
+ [Promise that soldiers will guard her shelter from tonight # evidence: crsv.no-promises 0 # evidence: crsv.safety-privacy 1]
    ~ promised = true
    ~ trust_down(1)
    Her eyes widen. # speaker: narrator # person: halima afraid
    Soldiers at my door? Then everybody knows. # speaker: halima
+ [Tell her arrests are a matter for the police, not the patrol # evidence: crsv.no-promises 2]
    It is true, and she hears a door closing. # speaker: narrator # person: halima sad
    She looks away, towards the road. # speaker: narrator
+ [Say you cannot promise that, but you will report the danger on her path # evidence: crsv.no-promises 3]
    ~ trust_up(1)
    She is quiet for a moment. # speaker: narrator # person: halima sad
    Without my name? # speaker: halima
    Without your name, you tell her. Armed men on the water route at dawn is enough for the mission to act on. # speaker: narrator
    At least you do not lie to me. # speaker: halima # person: halima calm
- -> daughter

// ---------------------------------------------------------------------------------------------------------------
=== daughter ===
Nia, her daughter, presses against her mother's side, watching the soldiers. # speaker: narrator # person: nia afraid
Kofi crouches down and smiles at the girl. # speaker: narrator
Shall I take the little one to the vehicle for a biscuit while you talk? # speaker: kofi
+ [Ask Halima what she wants for her daughter # evidence: crsv.child 3]
    ~ trust_up(1)
    Halima puts an arm round Nia. # speaker: narrator # person: nia calm # person: halima calm
    She stays with me. # speaker: halima
+ [Yes, take her. A child should not have to hear this # evidence: crsv.child 1 # evidence: crsv.safety-privacy 1]
    ~ trust_down(1)
    Kofi holds out his hand. Nia looks at his uniform and does not move, until her mother lets go of her. # speaker: narrator
    Kofi leads her out to the white vehicle. Halima's eyes follow her daughter the whole time, and so do the eyes of {place == "tank":the people at the tap|the women waiting for the nurse}. # speaker: narrator # person: nia gone # person: halima afraid
    After a minute she asks for her back, and Kofi brings Nia back. # speaker: narrator # person: nia wary
+ [Suggest Nia runs home ahead, so she does not hear this # evidence: crsv.child 0]
    ~ trust_down(2)
    Alone? Past the road? # speaker: halima # person: halima angry
    She pulls Nia close and holds on to her. # speaker: narrator # person: nia afraid
+ [Tell Kofi no; Nia stays right where she is # evidence: crsv.child 2]
    Kofi nods and straightens up. Nia stays pressed against her mother. # speaker: narrator # person: nia wary
    Halima says nothing. Nobody asked her. # speaker: narrator
- Halima strokes her daughter's hair. # speaker: narrator
Nia was on the path with me. She ran home. Since then she hardly speaks, and she cries at night. # speaker: halima # person: halima sad
+ [Reassure Halima: Nia is young, and she will soon forget # evidence: crsv.child 1]
    Halima says nothing. # speaker: narrator # person: halima sad
    Nia is listening. She has not forgotten anything yet. # speaker: narrator
+ [Tell her there is help for children too, if she wants it # evidence: crsv.child 3]
    ~ trust_up(1)
    The nurse and the women's centre help children who have had a fright, you tell her, and they will not question Nia unless her mother agrees. # speaker: narrator
    Halima looks at her daughter for a long moment. # speaker: narrator # person: halima hopeful
    For her too? Good. # speaker: halima
+ [Crouch down to Nia's height and gently ask her what she saw # evidence: crsv.child 0]
    ~ trust_down(2)
    Nia starts to cry and hides her face. Her mother holds her tight. # speaker: narrator # person: nia afraid # person: halima angry
    Finding out what happened to a child is not your job. Specialists do it, if at all, with her mother's agreement. # speaker: narrator
- -> chairman

// ---------------------------------------------------------------------------------------------------------------
=== chairman ===
A man in a pressed shirt comes over: Mr Tamba, chairman of the site committee. # speaker: narrator # person: tamba wary
{woman:
    Mariam quietly moves to stand between him and Halima. # speaker: narrator # person: mariam wary
- else:
    Halima turns her face away from him. # speaker: narrator # person: halima afraid
}
Officer! Who is this woman? What is she telling the UN? # speaker: tamba
+ [Ask him to fetch her husband's family; she needs them with her now # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    {not exposed:
        ~ exposed_to = "chairman"
    }
    ~ exposed = true
    ~ trust_down(4)
    Tamba's eyebrows rise. He looks Halima up and down. # speaker: narrator # person: tamba angry # person: halima afraid
    I know them well. If something has happened, they should hear it from me. # speaker: tamba
    She told you what her husband's family would do if they knew. Now the chairman is on his way to tell them. # speaker: narrator
+ [Say the patrol talks to lots of people, and it stays private # evidence: crsv.confidentiality 3]
    He frowns, but he cannot argue with that. # speaker: narrator # person: tamba neutral
+ [Ask him to leave her in peace; she has been through enough # evidence: crsv.confidentiality 1]
    ~ chair_hint = true
    ~ trust_down(1)
    Through what? He peers at her, and then at you. # speaker: narrator # person: tamba wary # person: halima afraid
    You meant to shield her. You told him there was something to shield her from. # speaker: narrator
- He lowers his voice, but not by much. # speaker: narrator
You know, people from the river side make up stories to get more rations. # speaker: tamba # person: tamba angry
Halima can hear him. # speaker: narrator # person: halima sad
+ [Say you will check her account with other residents # evidence: crsv.listening 0]
    ~ trust_down(2)
    Tamba nods, satisfied, and walks off. Halima's face closes. # speaker: narrator # person: tamba gone # person: halima angry
    She came to be believed. She has just heard that she will be checked on. # speaker: narrator
+ [Let the remark pass; arguing would only keep him here longer # evidence: crsv.listening 2]
    Tamba walks off. Halima looks at the ground. # speaker: narrator # person: tamba gone # person: halima sad
    She heard him say it, and she heard the UN say nothing back. # speaker: narrator
+ [Say calmly: the UN helps everyone the same, wherever they are from # evidence: crsv.listening 3]
    ~ trust_up(1)
    Tamba shrugs and walks off. Halima watches him go, then looks at you. # speaker: narrator # person: tamba gone # person: halima calm
- -> road

// ---------------------------------------------------------------------------------------------------------------
=== road ===
{place == "health":
    Through a gap in the wall you see one of the armed men stroll up to the gate of the health post and look in. # speaker: narrator
- else:
    One of the armed men strolls over from the pickup and looks along the queue at the water point. # speaker: narrator
}
Halima has seen him. She goes very still. # speaker: narrator # person: halima afraid
+ [Keep the patrol's routine going, and keep her out of his sight # evidence: crsv.safety-privacy 3]
    Kofi chats with the people nearby, as on any patrol day. After a while the man wanders back to the pickup. # speaker: narrator
    Halima breathes again. # speaker: narrator # person: halima wary
+ [Go over with Kofi and ask him straight out about two mornings ago # evidence: crsv.safety-privacy 0]
    ~ trust_down(2)
    He laughs, and looks past you at the women nearby, one by one. # speaker: narrator
    Halima turns so he cannot see her face. Now he knows the UN is asking, and he is looking for who told. # speaker: narrator # person: halima afraid
+ [Put Halima in the patrol vehicle, out of his reach # evidence: crsv.safety-privacy 1]
    ~ trust_down(1)
    She climbs into the white UN vehicle. Now everyone around has seen where she is. # speaker: narrator # person: halima afraid
- {trust == 0: -> gone}
-> options

// ---------------------------------------------------------------------------------------------------------------
=== options ===
Halima looks at you. # speaker: narrator # person: halima wary
What can I do? # speaker: halima
+ [Offer to drive her to the town police; that is where crimes are reported # evidence: crsv.consent 1 # evidence: crsv.referral 1]
    ~ trust_down(1)
    She shakes her head. # speaker: narrator # person: halima afraid
    Not the police. Not now. # speaker: halima
    The police are one road among several, and not the one she asked about. She has not heard of the others. # speaker: narrator
+ [Tell her what the nurse, Ms Duarte and the women's centre do. Ask her. # evidence: crsv.consent 3 # evidence: crsv.referral 3]
    ~ offered = true
    ~ knows_wpa = true
    The nurse treats people in private, you explain. Ms Duarte, the Women's Protection Adviser, works for the mission and helps survivors find support and safety. # speaker: narrator
    At the women's centre, women listen, and nobody tells her family. Nobody else would know unless she tells them. Which, if any, is up to her. # speaker: narrator
+ [Tell her Ms Duarte will come to her shelter this week and explain everything # evidence: crsv.consent 1 # evidence: crsv.medical-urgency 1 # evidence: crsv.safety-privacy 1]
    ~ knows_wpa = true
    ~ trust_down(1)
    At my shelter? My husband's mother is there all day. # speaker: halima # person: halima afraid
    And by the end of the week, the 72 hours will be long gone. # speaker: narrator
+ [Radio Ms Duarte with her name now; the adviser must hear of every case # evidence: crsv.consent 0 # evidence: crsv.referral 1 # critical: crsv.consent]
    ~ forced = true
    ~ trust_down(3)
    You key the radio and say her name. Halima gets to her feet. # speaker: narrator # person: halima angry
    I did not ask you to tell anyone. # speaker: halima
- -> answer

=== answer ===
{
- forced:
    -> gone
- trust == 0:
    -> gone
- offered && trust >= 5 && place == "health":
    -> accepts
- offered && trust < 2:
    -> gone
- else:
    -> declines
}

// ---------------------------------------------------------------------------------------------------------------
=== accepts ===
~ decision = "accepted"
Halima is quiet for a long time. Then she nods. # speaker: narrator # person: halima hopeful
I will see the nurse. Now, while I am here. # speaker: halima
Nurse Esther comes out of the consulting room and looks at you. # speaker: narrator # person: esther calm
Officer, come in with her. You can tell me what happened, so she does not have to. # speaker: esther
+ [Say it is for Halima to tell, and wait outside # evidence: crsv.confidentiality 3]
    {woman:
        Halima takes Mariam's hand, and they go in together. # speaker: narrator # person: halima calm
    - else:
        Halima goes in with the nurse. A woman is enough for her, she says. # speaker: narrator # person: halima calm
    }
+ [Go in and tell the nurse what she told you, to spare her # evidence: crsv.confidentiality 1 # evidence: crsv.consent 1]
    You tell the nurse. Halima sits and listens to her own story in someone else's words. # speaker: narrator # person: halima sad
    Some of it she had not wanted anyone else to know. # speaker: narrator
- Later, Halima comes out. She wants to meet the Women's Protection Adviser tomorrow, at the women's centre. # speaker: narrator # person: halima calm # person: esther gone
+ [Radio Ms Duarte everything now, so she will not have to repeat it # evidence: crsv.consent 1]
    Halima hears her story go out over the radio, in words she did not choose. # speaker: narrator # person: halima sad
+ [Ask her what Ms Duarte should know, and pass on only that # evidence: crsv.consent 3]
    She wants Ms Duarte to know one thing only: a woman will come to the women's centre tomorrow at ten. # speaker: narrator # person: halima relieved
- -> journalist

// ---------------------------------------------------------------------------------------------------------------
=== declines ===
~ decision = "declined"
Halima picks up her jerrycan. # speaker: narrator # person: halima wary
Not today. My husband's mother is waiting for the water. If I am late, she asks questions. # speaker: halima
+ [Insist gently: time is short, so you will walk her to the nurse now # evidence: crsv.consent 0 # critical: crsv.consent]
    ~ forced = true
    You walk beside her to the health post. She does not say a word. # speaker: narrator # scene: health-post # person: halima angry
    While you talk to the nurse at the door, she slips away with Nia. # speaker: narrator # person: halima gone # person: nia gone
+ [Tell her the nurse can help until dawn, if she changes her mind # evidence: crsv.consent 3 # evidence: crsv.medical-urgency 3]
    ~ knows_care = true
    The nurse at the health post, or the women's centre, you tell her. The medicine works only if she starts it before dawn tomorrow. The door stays open. # speaker: narrator
    She repeats it under her breath: the nurse, the women's centre, before dawn. # speaker: narrator # person: halima calm
+ {knows_care} [Accept her answer, and let her go home with the water # evidence: crsv.medical-urgency 2 # evidence: crsv.consent 2]
    She nods and goes. # speaker: narrator
+ {not knows_care} [Accept her answer, and let her go home with the water # evidence: crsv.medical-urgency 1 # evidence: crsv.consent 2]
    She nods and goes. # speaker: narrator
- -> journalist

// ---------------------------------------------------------------------------------------------------------------
=== gone ===
~ decision = "left"
Halima takes Nia's hand and walks away quickly, her jerrycan in the other hand. # speaker: narrator # person: halima gone # person: nia gone
Kofi watches her go. # speaker: narrator # person: kofi wary
Shall we follow her to her shelter and talk her into seeing the nurse? # speaker: kofi
+ [Call after her softly: the nurse, the women's centre, before dawn # evidence: crsv.referral 3 # evidence: crsv.consent 3]
    ~ knows_care = true
    She does not turn round, but for a moment she slows down. # speaker: narrator
+ [Let her go; it was her choice, and you have to respect it # evidence: crsv.referral 1 # evidence: crsv.consent 2]
    She is gone among the shelters, without knowing where help is or how little time is left. # speaker: narrator
+ [Follow her home with Kofi and talk her round to the nurse # evidence: crsv.consent 0 # evidence: crsv.safety-privacy 0 # critical: crsv.consent]
    ~ forced = true
    You catch up with her between the shelters. Neighbours come to their doors to watch. # speaker: narrator
    She does not look at you. She goes inside and pulls the curtain shut. # speaker: narrator
- -> journalist

// ---------------------------------------------------------------------------------------------------------------
=== journalist ===
Later, back at the water point, a young man with a voice recorder and a camera catches up with the patrol. # scene: water-point # speaker: narrator # person: halima gone # person: nia gone # person: mariam gone # person: bello gone # person: joel neutral
Joel, Radio Kavara. People say the militia raped a woman here. Was it the one you were talking to? A name and a photo, and the world will listen. # speaker: joel
+ [Say you cannot discuss any individual; refer him to the press office # evidence: crsv.confidentiality 3]
    He sighs, but he takes the number of the mission's public information office. # speaker: narrator # person: joel neutral
+ [Give no name, but confirm that a woman was attacked here two mornings ago # evidence: crsv.confidentiality 1]
    ~ hinted = true
    He nods slowly. In a site this size, that may be enough for people to guess. # speaker: narrator # person: joel neutral
+ [Give him her name; the world should know what the militia does # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    {not exposed:
        ~ exposed_to = "journalist"
    }
    ~ exposed = true
    He writes it down and thanks you. # speaker: narrator # person: joel hopeful
- Joel heads back to his motorbike. # speaker: narrator # person: joel gone
-> base

// ---------------------------------------------------------------------------------------------------------------
=== base ===
That evening you report to Captain Rahman, your company commander, at the base. # scene: base # speaker: narrator # person: kofi gone # person: joel gone # person: rahman neutral
Good work today. Give me the woman's name and shelter number. I'll put a section on her shelter at night. # speaker: rahman
+ [Say it is confidential, and leave it out of the patrol report # evidence: crsv.confidentiality 2]
    He frowns, and lets it go. The patrol report says nothing about the armed men on the water route. # speaker: narrator # person: rahman wary
    Her secret is safe. The next woman on that path at dawn is not. # speaker: narrator
+ [Give him her name and shelter, so the company can protect her # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    {not exposed:
        ~ exposed_to = "commander"
    }
    ~ exposed = true
    He writes them on the whiteboard for the night patrol briefing. # speaker: narrator # person: rahman calm
+ [Report the armed men on the water route at dawn; ask for patrols there # evidence: crsv.confidentiality 3]
    You give him the threat and nothing of her: no name, no shelter, nothing she told you. # speaker: narrator
    He thinks, then nods. # speaker: narrator # person: rahman calm
    Right. Patrols on the water route at first light, from tomorrow. # speaker: rahman
- -> ending

// ---------------------------------------------------------------------------------------------------------------
=== ending ===
{promised:
    Days pass. Nobody is arrested, and nothing you promised comes true. She remembers who promised it. # speaker: narrator
}
{idris_stayed && not exposed:
    As it happens, Idris tells no one what he heard. But Halima could not know that, and neither could you. # speaker: narrator
}
{noted && not exposed:
    Kofi's notebook still holds her name. Notebooks get lost, and read. # speaker: narrator
}
{chair_hint && not exposed:
    By evening, Mr Tamba is asking around what the woman at the water point has been through. # speaker: narrator
}
{hinted && not exposed:
    That night, Radio Kavara reports an attack at the Mirambe water point. People at the site start to guess who. # speaker: narrator
}
{
- exposed:
    -> identity_exposed
- forced:
    -> trust_broken
- decision == "accepted":
    -> care_in_time
- decision == "declined" && knows_care:
    -> informed_choice
- decision == "declined":
    -> without_help
- else:
    -> trust_broken
}

=== care_in_time ===
Halima starts the medicine that afternoon, in time. # speaker: narrator
{woman:
    Tomorrow she will meet Ms Duarte at the women's centre, with Mariam beside her, on her own terms. # speaker: narrator
- else:
    Tomorrow she will meet Ms Duarte at the women's centre, on her own terms. # speaker: narrator
}
You never learn more than she chose to tell you. That is how it should be. # speaker: narrator # ending: care-in-time
-> END

=== informed_choice ===
Halima goes home with the water. She knows what the nurse can do, where the women's centre is, and that the HIV medicine works only until dawn tomorrow. # speaker: narrator # person: halima gone
Whether she goes is her decision, and you left it with her. # speaker: narrator
You may never learn what she chose. Respecting that is part of the job. # speaker: narrator # ending: informed-choice
-> END

=== without_help ===
Halima goes home with the water. # speaker: narrator # person: halima gone
{knows_wpa:
    She knows there is a nurse and a Women's Protection Adviser, but not that the HIV medicine works only until dawn tomorrow. # speaker: narrator
- else:
    She does not know what the nurse could do for her, or that the HIV medicine works only until dawn tomorrow. # speaker: narrator
}
By the time she might have asked, the window may have closed. Leaving her without the facts was also a choice. # speaker: narrator # ending: left-without-help
-> END

=== trust_broken ===
{forced:
    You pushed help on her that she had not agreed to. What she learned today is that telling a peacekeeper means losing control of her own story. # speaker: narrator
- else:
    She walked away because the conversation stopped feeling safe. # speaker: narrator
}
{knows_care:
    She does know where the nurse is, and that time is short. Whether she will trust anyone in a blue helmet again, you cannot tell. # speaker: narrator
- else:
    She does not know what the nurse could do for her, or how little time is left. # speaker: narrator
}
From then on, she fetches water only when no patrol is in sight. # speaker: narrator # ending: trust-broken
-> END

=== identity_exposed ===
{exposed_to:
- "photo":
    The photo on Kofi's phone is shared in a patrol chat group "for the record". Someone shows it to someone else. # speaker: narrator
- "chairman":
    By evening, the chairman has been to her husband's family to ask what their daughter-in-law is telling the UN. # speaker: narrator
- "journalist":
    That night, Radio Kavara says her name on air. # speaker: narrator
- else:
    Her name and shelter are on the whiteboard for the night patrol, and the night patrol talks. # speaker: narrator
}
Her husband's family hears. So, perhaps, do the men on the road. # speaker: narrator # person: halima gone # person: nia gone
Before dawn, Halima and Nia leave the site with what they can carry. # speaker: narrator
Her story was hers to tell. Giving away a survivor's identity without her consent is a critical error, whatever else went well. # speaker: narrator # ending: identity-exposed
-> END
