// First contact with a survivor.
// Setting: Mirambe IDP site, northern Kavara (fictional), UN mission MINUKA (fictional).
// A non-specialist peacekeeper meets a woman who was attacked by armed men of a militia (CRSV by a party to
// the conflict, not by UN personnel). The harm is told, never shown.

VAR trust = 2            // 0..6: how far Halima trusts you; moves with what you do
VAR place = "open"       // where you talk: "open", "tank" (behind the water tank) or "health" (health post)
VAR woman = false        // Mariam, the woman language assistant, is with her
VAR idris_stayed = false // the male language assistant from her area heard everything
VAR exposed = false      // her identity has been recorded or given away without consent (critical)
VAR exposed_to = ""      // who learned it first: "photo", "chairman", "journalist", "commander"
VAR noted = false        // her first name is in Kofi's notebook
VAR hinted = false       // the journalist was told enough to guess
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
At the water point, women and girls queue with yellow jerrycans. # speaker: narrator
Forty metres away, four armed men from the militia that holds the road sit in the shade of a pickup. # speaker: narrator
A woman stands apart from the queue, holding the hand of a girl of about eight. # speaker: narrator # person: halima wary # person: nia wary
She looks at your blue helmet, then at the ground, then back at you. She steps closer. # speaker: narrator
You are UN? You help women? # speaker: halima # person: halima afraid
+ [Answer her where she stands, in front of the queue # evidence: crsv.safety-privacy 1]
    ~ trust_down(1)
    You say hello and ask, in front of everyone, what you can do for her. # speaker: narrator
    Heads turn in the queue. Her voice drops to a whisper. # speaker: narrator # person: halima afraid
    Not here. Please. # speaker: halima
+ [Greet her quietly and ask where she would feel safe to talk, out of earshot and out of sight of the armed men # evidence: crsv.safety-privacy 3]
    ~ trust_up(1)
    You greet her calmly, keep your voice low, and ask where she would like to talk. # speaker: narrator
    She lets out a breath. # speaker: narrator # person: halima wary
+ [Tell her the patrol is busy, but she can come to the base gate later # evidence: crsv.referral 0]
    ~ trust_down(1)
    She looks up the hill at the base, at the wire and the guards. # speaker: narrator # person: halima sad
    At the gate there are many soldiers. Everybody sees who goes there. # speaker: halima
    She turns to go. Her daughter pulls at her hand and looks back at you. # speaker: narrator # person: nia afraid
    Kofi catches your eye. You call her back softly, and she stops. # speaker: narrator # person: halima wary
- -> where

// ---------------------------------------------------------------------------------------------------------------
=== where ===
She names two places where women talk without being watched. # speaker: narrator
Behind the water tank, in the shade. Or the women's corner at the health post. Women wait there all day for the nurse. # speaker: halima
+ [Suggest the women's corner. She walks ahead with her daughter, and you follow a few minutes later so no one links you # evidence: crsv.safety-privacy 3]
    ~ place = "health"
    She goes first. You wait, then stroll over as if on your usual round. # speaker: narrator # scene: health-post
    In the women's corner, behind a woven screen, she sits on a bench with her daughter. # speaker: narrator # person: halima wary # person: nia wary
+ [Go with her to the shade behind the tank now, while Kofi keeps the patrol visible at the tap # evidence: crsv.safety-privacy 3]
    ~ place = "tank"
    Kofi stays at the tap, chatting with the queue. Behind the tank, no one can see you from the road. # speaker: narrator
    She sits on an upturned bucket, her daughter against her knees. # speaker: narrator # person: halima wary # person: nia wary
+ [Walk her to the health post straight away, the whole patrol around her # evidence: crsv.safety-privacy 1]
    ~ place = "health"
    ~ trust_down(1)
    The patrol walks her through the site. People stop what they are doing to watch a woman escorted by soldiers. # speaker: narrator # scene: health-post
    She keeps her eyes down all the way. # speaker: narrator # person: halima afraid
- -> language

// ---------------------------------------------------------------------------------------------------------------
=== language ===
{place == "health":
    Mariam, the woman language assistant of the mission's engagement team, is here today, helping at a vaccination session. # speaker: narrator
- else:
    Mariam, the woman language assistant of the mission's engagement team, is at the health post, five minutes away. # speaker: narrator
}
Idris comes over to translate. When Halima sees him, she stops and pulls her scarf across her face. # speaker: narrator # person: halima afraid
+ [Carry on through Idris; he is the patrol's language assistant # evidence: crsv.safety-privacy 1]
    ~ idris_stayed = true
    ~ trust_down(1)
    Idris translates. Halima answers in as few words as she can, her eyes on the ground. # speaker: narrator # person: halima sad
+ [Ask her, with simple words and a gesture, whether she would rather speak with a woman. If so, call Mariam and ask Idris to step away # evidence: crsv.safety-privacy 3]
    ~ woman = true
    ~ trust_up(1)
    She nods quickly. Idris understands, and walks off out of earshot. # speaker: narrator # person: idris gone
    {place == "tank": Mariam arrives a few minutes later.|Mariam slips away from the vaccination queue.} She greets Halima in their language. # speaker: narrator # person: mariam calm # person: halima calm
+ [Keep Idris to translate, and have Kofi stand right beside her with his rifle so she feels protected # evidence: crsv.safety-privacy 0]
    ~ idris_stayed = true
    ~ trust_down(2)
    Kofi takes up position next to her, rifle across his chest. # speaker: narrator # person: kofi neutral
    She shrinks away from him and from Idris both. # speaker: narrator # person: halima afraid
- -> disclosure

// ---------------------------------------------------------------------------------------------------------------
=== disclosure ===
Halima speaks slowly, and {woman:Mariam|Idris} translates in a low voice. # speaker: narrator
Two mornings ago, I came for water before the sun. # speaker: halima # person: halima sad
Men from the road stopped me on the path. They took me into the bush. # speaker: halima
She stops. She looks at her daughter, then at the ground. # speaker: narrator # person: halima afraid
+ [Ask her to tell you exactly what they did, from the beginning # evidence: crsv.listening 0]
    ~ trust_down(2)
    She shakes her head. Her hands are trembling. # speaker: narrator # person: halima afraid
    They hurt me. That is all. # speaker: halima
+ [Ask how many men there were and what they wore, so the patrol can find them # evidence: crsv.listening 1]
    ~ trust_down(1)
    Her eyes go to the road, where the pickup is. # speaker: narrator # person: halima afraid
    Four. Maybe five. I don't know. # speaker: halima
+ [Tell her she does not have to say any more. You believe her, and it was not her fault # evidence: crsv.listening 3]
    ~ trust_up(1)
    Something in her face loosens. # speaker: narrator # person: halima sad
    Nobody has said that to me. # speaker: halima
+ [Say nothing, and give her time # evidence: crsv.listening 2]
    You wait. After a while, she wipes her eyes with the end of her scarf. # speaker: narrator # person: halima sad
- -> record

// ---------------------------------------------------------------------------------------------------------------
=== record ===
Kofi comes over, notebook already open, phone in his other hand. # speaker: narrator # person: kofi neutral
This is a crime. Let's take her name, her shelter number and a photo. With a proper statement, justice can be done. # speaker: kofi
+ [Agree. Kofi writes down her name, her shelter and what she said, and takes her photo # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    {not exposed: 
        ~ exposed_to = "photo"
    }
    ~ exposed = true
    ~ trust_down(2)
    Halima turns away from the phone and covers her face, too late. # speaker: narrator # person: halima afraid
+ [Note only her first name, so that someone can follow up # evidence: crsv.confidentiality 1]
    ~ noted = true
    ~ trust_down(1)
    Kofi writes one word. Halima watches the pen. # speaker: narrator # person: halima wary
+ [Tell Kofi quietly: no notes and no photos. Taking statements is for specialists, and only if she agrees # evidence: crsv.confidentiality 3]
    ~ trust_up(1)
    Kofi hesitates, then closes the notebook and puts the phone away. # speaker: narrator # person: kofi wary
    Fair enough. It's her story. # speaker: kofi # person: kofi calm
- -> fears

// ---------------------------------------------------------------------------------------------------------------
=== fears ===
Halima speaks again, faster now. # speaker: narrator
I am afraid of sickness. Afraid of a baby. # speaker: halima # person: halima afraid
If my husband's family knows, they will send me away. # speaker: halima
+ [Explain what the nurse can do: HIV medicine works only if started within 72 hours, emergency contraception within five days, and care does not depend on reporting. The choice is hers # evidence: crsv.medical-urgency 3 # evidence: crsv.no-promises 3]
    ~ knows_care = true
    ~ trust_up(1)
    She listens closely. # speaker: narrator # person: halima hopeful
    Still today? # speaker: halima
    Yes, you tell her. The 72 hours run out before dawn tomorrow. # speaker: narrator
+ [Tell her she must see the nurse now, and that you will take her there # evidence: crsv.medical-urgency 1 # evidence: crsv.consent 0]
    ~ trust_down(1)
    She pulls back. # speaker: narrator # person: halima afraid
    Now? Everybody will see. # speaker: halima
+ [Tell her the nurse will need a police report before treating her, so she should report first # evidence: crsv.medical-urgency 0]
    ~ trust_down(1)
    Police? # speaker: halima # person: halima afraid
    Her husband's cousin is a policeman, she says. She shakes her head. # speaker: narrator
+ [Tell her not to worry: the doctors will make sure nothing bad happens # evidence: crsv.no-promises 0 # evidence: crsv.medical-urgency 1]
    ~ promised = true
    She looks at you, wanting to believe it. # speaker: narrator # person: halima hopeful
- -> justice

// ---------------------------------------------------------------------------------------------------------------
=== justice ===
Her voice hardens. # speaker: narrator
Will you catch them? Will you make them leave the road? # speaker: halima # person: halima angry
+ [Promise her the men will be arrested # evidence: crsv.no-promises 0]
    ~ promised = true
    She holds your gaze for a long moment, then nods. # speaker: narrator # person: halima hopeful
+ [Promise that soldiers will guard her shelter from tonight # evidence: crsv.no-promises 0 # evidence: crsv.safety-privacy 1]
    ~ promised = true
    ~ trust_down(1)
    Her eyes widen. # speaker: narrator # person: halima afraid
    Soldiers at my door? Then everybody knows. # speaker: halima
+ [Say honestly that you cannot promise arrests. You can report that armed men threaten women on the water route, without naming her, and tell her who helps survivors, if she wants # evidence: crsv.no-promises 3]
    ~ trust_up(1)
    She is quiet for a moment. # speaker: narrator # person: halima sad
    At least you do not lie to me. # speaker: halima # person: halima calm
- -> daughter

// ---------------------------------------------------------------------------------------------------------------
=== daughter ===
Nia, her daughter, presses against her mother's side, watching the soldiers. # speaker: narrator # person: nia afraid
Kofi crouches down and smiles at the girl. # speaker: narrator
Shall I take the little one to the vehicle for a biscuit while you talk? # speaker: kofi
+ [Yes. It is kinder if she does not hear this # evidence: crsv.child 1]
    ~ trust_down(1)
    Kofi leads Nia away. Halima's eyes follow her daughter the whole time. # speaker: narrator # person: nia gone # person: halima afraid
    After a minute she asks for her back, and Kofi brings Nia back. # speaker: narrator # person: nia wary
+ [Ask Halima what she wants for her daughter. She keeps Nia beside her # evidence: crsv.child 3]
    ~ trust_up(1)
    Halima puts an arm round Nia. # speaker: narrator # person: nia calm # person: halima calm
    She stays with me. # speaker: halima
+ [Suggest Nia runs along home, so she does not have to hear this # evidence: crsv.child 0]
    ~ trust_down(2)
    Alone? Past the road? # speaker: halima # person: halima angry
    She pulls Nia close and holds on to her. # speaker: narrator # person: nia afraid
- Halima strokes her daughter's hair. # speaker: narrator
Nia was on the path with me. She ran home. Since then she hardly speaks, and she cries at night. # speaker: halima # person: halima sad
+ [Tell Halima that the services can also help children who have had a fright, if she wants that for Nia. Leave any questions to them # evidence: crsv.child 3]
    ~ trust_up(1)
    Halima looks at her daughter for a long moment. # speaker: narrator # person: halima hopeful
    For her too? Good. # speaker: halima
+ [Crouch down and gently ask Nia to tell you what she saw on the path # evidence: crsv.child 0]
    ~ trust_down(2)
    Nia starts to cry and hides her face. Her mother holds her tight. # speaker: narrator # person: nia afraid # person: halima angry
+ [Reassure Halima that Nia is young and will soon forget # evidence: crsv.child 1]
    Halima says nothing. # speaker: narrator # person: halima sad
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
+ [Tell him she has reported an attack by the militia, so the committee can look after her # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    {not exposed: 
        ~ exposed_to = "chairman"
    }
    ~ exposed = true
    ~ trust_down(4)
    Tamba's eyebrows rise. He looks Halima up and down. # speaker: narrator # person: tamba angry # person: halima afraid
    An attack? By the men on the road? She will bring trouble on all of us. # speaker: tamba
+ [Ask him whether he knows her family, so someone can keep an eye on her # evidence: crsv.confidentiality 1]
    ~ trust_down(1)
    He peers at her. Yes, he knows her husband's family. Why does the UN want to know? # speaker: narrator # person: tamba wary # person: halima afraid
+ [Tell him the patrol talks with many residents about water and safety, and what anyone says to the UN stays private # evidence: crsv.confidentiality 3]
    He frowns, but he cannot argue with that. # speaker: narrator # person: tamba neutral
- He lowers his voice, but not by much. # speaker: narrator
You know, people from the river side make up stories to get more rations. # speaker: tamba # person: tamba angry
Halima can hear him. # speaker: narrator # person: halima sad
+ [Agree that you will check her story with other residents # evidence: crsv.listening 0]
    ~ trust_down(2)
    Tamba nods, satisfied, and walks off. Halima's face closes. # speaker: narrator # person: tamba gone # person: halima angry
+ [Say calmly that the UN treats everyone who asks for help the same way, whoever they are and wherever they come from # evidence: crsv.listening 3]
    ~ trust_up(1)
    Tamba shrugs and walks off. Halima watches him go, then looks at you. # speaker: narrator # person: tamba gone # person: halima calm
+ [Let the remark pass and turn back to Halima # evidence: crsv.listening 2]
    Tamba walks off. Halima looks at the ground. # speaker: narrator # person: tamba gone # person: halima sad
- -> road

// ---------------------------------------------------------------------------------------------------------------
=== road ===
{place == "health":
    Through a gap in the wall you see one of the armed men stroll up to the gate of the health post and look in. # speaker: narrator
- else:
    One of the armed men strolls over from the pickup and looks along the queue at the water point. # speaker: narrator
}
Halima has seen him. She goes very still. # speaker: narrator # person: halima afraid
+ [Go over with Kofi and ask him straight out whether his group attacked a woman two mornings ago # evidence: crsv.safety-privacy 0]
    ~ trust_down(2)
    He laughs, and looks past you at the women nearby, one by one. # speaker: narrator
    Halima turns so he cannot see her face. # speaker: narrator # person: halima afraid
+ [Keep the patrol's routine visible out front, and keep Halima out of his sight until he goes # evidence: crsv.safety-privacy 3]
    Kofi chats with the people nearby, as on any patrol day. After a while the man wanders back to the pickup. # speaker: narrator
    Halima breathes again. # speaker: narrator # person: halima wary
+ [Have Halima sit in the patrol vehicle, out of his reach # evidence: crsv.safety-privacy 1]
    ~ trust_down(1)
    She climbs into the white UN vehicle. Now everyone around has seen where she is. # speaker: narrator # person: halima afraid
- {trust == 0: -> gone}
-> options

// ---------------------------------------------------------------------------------------------------------------
=== options ===
Halima looks at you. # speaker: narrator # person: halima wary
What can I do? # speaker: halima
+ [Explain her options: the nurse, the mission's Women's Protection Adviser, the local women's centre. Say what each does and who would know, and that she can choose any, all or none # evidence: crsv.consent 3 # evidence: crsv.referral 3]
    ~ offered = true
    ~ knows_wpa = true
    The nurse treats people in private, you explain. Ms Duarte, the Women's Protection Adviser, works for the mission and helps survivors find support and safety. # speaker: narrator
    At the women's centre, women listen, and nobody tells her family. Which, if any, is up to her. # speaker: narrator
+ [Tell her the Women's Protection Adviser must be told about every case, and radio the adviser with her name # evidence: crsv.consent 0 # evidence: crsv.referral 1 # critical: crsv.consent]
    ~ forced = true
    ~ trust_down(3)
    You key the radio and say her name. Halima gets to her feet. # speaker: narrator # person: halima angry
    I did not ask you to tell anyone. # speaker: halima
+ [Tell her the police station in town is the place to go, and offer to drive her there # evidence: crsv.consent 1 # evidence: crsv.referral 1]
    ~ trust_down(1)
    She shakes her head. # speaker: narrator # person: halima afraid
    Not the police. Not now. # speaker: halima
+ [Tell her that help is out there if she looks for it, and wish her well # evidence: crsv.referral 0]
    She waits for more. Nothing more comes. # speaker: narrator # person: halima sad
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
+ [Say that it is for Halima to tell what she chooses, and wait outside # evidence: crsv.confidentiality 3]
    {woman:
        Halima takes Mariam's hand, and they go in together. # speaker: narrator # person: halima calm
    - else:
        Halima goes in with the nurse. A woman is enough for her, she says. # speaker: narrator # person: halima calm
    }
+ [Go in and tell the nurse everything Halima told you # evidence: crsv.confidentiality 1]
    You tell the nurse. Halima sits and listens to her own story in someone else's words. # speaker: narrator # person: halima sad
- Later, Halima comes out. She wants to meet the Women's Protection Adviser tomorrow, at the women's centre. # speaker: narrator # person: halima calm # person: esther gone
+ [Ask her what she wants Ms Duarte to know, and pass on only that # evidence: crsv.consent 3]
    She wants Ms Duarte to know one thing only: a woman will come to the women's centre tomorrow at ten. # speaker: narrator # person: halima relieved
+ [Radio Ms Duarte with everything you know, so Halima will not have to repeat herself # evidence: crsv.consent 1]
    Halima hears her story go out over the radio, in words she did not choose. # speaker: narrator # person: halima sad
- -> journalist

// ---------------------------------------------------------------------------------------------------------------
=== declines ===
~ decision = "declined"
Halima picks up her jerrycan. # speaker: narrator # person: halima wary
Not today. My husband's mother is waiting for the water. If I am late, she asks questions. # speaker: halima
+ [Respect it. Tell her briefly where to find the nurse and the women's centre, that the HIV medicine works only until dawn tomorrow, and that she can change her mind at any time # evidence: crsv.consent 3 # evidence: crsv.medical-urgency 3]
    ~ knows_care = true
    She repeats it under her breath: the nurse, the women's centre, before dawn. # speaker: narrator # person: halima calm
+ [Insist. Time is running out, so you will walk her to the nurse now # evidence: crsv.consent 0 # critical: crsv.consent]
    ~ forced = true
    You walk beside her to the health post. She does not say a word. # speaker: narrator # scene: health-post # person: halima angry
    While you talk to the nurse at the door, she slips away with Nia. # speaker: narrator # person: halima gone # person: nia gone
+ {knows_care} [Accept it and say goodbye # evidence: crsv.medical-urgency 2 # evidence: crsv.consent 2]
    She nods and goes. # speaker: narrator
+ {not knows_care} [Accept it and say goodbye # evidence: crsv.medical-urgency 1 # evidence: crsv.consent 2]
    She nods and goes. # speaker: narrator
- -> journalist

// ---------------------------------------------------------------------------------------------------------------
=== gone ===
~ decision = "left"
Halima takes Nia's hand and walks away quickly, her jerrycan in the other hand. # speaker: narrator # person: halima gone # person: nia gone
Kofi watches her go. # speaker: narrator # person: kofi wary
Shall we follow her to her shelter and talk her into seeing the nurse? # speaker: kofi
+ [Follow her to her shelter and persuade her # evidence: crsv.consent 0 # evidence: crsv.safety-privacy 0 # critical: crsv.consent]
    ~ forced = true
    You catch up with her between the shelters. Neighbours come to their doors to watch. # speaker: narrator
    She does not look at you. She goes inside and pulls the curtain shut. # speaker: narrator
+ [Before she is out of earshot, tell her quietly where the nurse and the women's centre are, and that the medicine works only within 72 hours. Then let her go # evidence: crsv.referral 3 # evidence: crsv.consent 3]
    ~ knows_care = true
    She does not turn round, but for a moment she slows down. # speaker: narrator
+ [Let her go without a word # evidence: crsv.referral 1 # evidence: crsv.consent 2]
    She is gone among the shelters. # speaker: narrator
- -> journalist

// ---------------------------------------------------------------------------------------------------------------
=== journalist ===
Later, back at the water point, a young man with a voice recorder and a camera catches up with the patrol. # scene: water-point # speaker: narrator # person: halima gone # person: nia gone # person: mariam gone # person: joel neutral
Joel, Radio Kavara. People say the militia raped a woman here. Was it the one you were talking to? A name and a photo, and the world will listen. # speaker: joel
+ [Tell him her name. The world should know what the militia does # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    {not exposed: 
        ~ exposed_to = "journalist"
    }
    ~ exposed = true
    He writes it down and thanks you. # speaker: narrator # person: joel hopeful
+ [Give no name, but confirm that a woman was attacked near the water point two mornings ago # evidence: crsv.confidentiality 1]
    ~ hinted = true
    He nods slowly. In a site this size, that may be enough for people to guess. # speaker: narrator # person: joel neutral
+ [Say you cannot talk about any individual, and give him the number of the mission's public information office # evidence: crsv.confidentiality 3]
    He sighs, but he takes the number. # speaker: narrator # person: joel neutral
- Joel heads back to his motorbike. # speaker: narrator # person: joel gone
-> base

// ---------------------------------------------------------------------------------------------------------------
=== base ===
That evening you report to Captain Rahman, your company commander, at the base. # scene: base # speaker: narrator # person: kofi gone # person: joel gone # person: rahman neutral
Good work today. Give me the woman's name and shelter number. I'll put a section on her shelter at night. # speaker: rahman
+ [Give him her name and shelter number, so the company can protect her # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    {not exposed: 
        ~ exposed_to = "commander"
    }
    ~ exposed = true
    He writes them on the whiteboard for the night patrol briefing. # speaker: narrator # person: rahman calm
+ [Report the armed men on the water route at dawn and the risk to women fetching water, and ask for patrols there at first light. No name, nothing she told you # evidence: crsv.confidentiality 3]
    He thinks, then nods. # speaker: narrator # person: rahman calm
    Right. Patrols on the water route at first light, from tomorrow. # speaker: rahman
+ [Tell him you would rather not discuss it # evidence: crsv.confidentiality 2]
    He frowns, and lets it go. The patrol report says nothing about the armed men on the water route. # speaker: narrator # person: rahman wary
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
    By evening, the chairman has told his committee, and the committee has told the site. # speaker: narrator
- "journalist":
    That night, Radio Kavara says her name on air. # speaker: narrator
- else:
    Her name and shelter are on the whiteboard for the night patrol, and the night patrol talks. # speaker: narrator
}
Her husband's family hears. So, perhaps, do the men on the road. # speaker: narrator # person: halima gone # person: nia gone
Before dawn, Halima and Nia leave the site with what they can carry. # speaker: narrator
Her story was hers to tell. Giving away a survivor's identity without her consent is a critical error, whatever else went well. # speaker: narrator # ending: identity-exposed
-> END
