// Snap situation: photos on a phone.
// A colleague has photos that seem to show a sergeant of the contingent giving food to a local woman in exchange for
// sex, and wants to confront him or question her. Exchanging food for sex is sexual exploitation at any age
// (ST/SGB/2003/13 §3.2(c)); it goes to the Conduct and Discipline Team (CDT), who decide what else is needed.
// Peacekeepers do not investigate, confront or question, and the woman's identity stays within need-to-know.
// Built from guidance/notes/external-public-guidance.md items 50, 59, 62 and 64, and seed 001 L3968-3973
// (stigma, confidential complaint points).

VAR sergeant = ""        // the sergeant's name (shown)
VAR place = ""           // where the photos were taken (shown)
VAR food = ""            // what he gives her (shown)
VAR tipped = false       // the sergeant knows what is known (critical)
VAR shared = false       // the photos went to the platoon group (critical)
VAR questioned = false   // the woman was questioned at the market
VAR watched = false      // a week of watching and photographing
VAR copied = false       // the photos are on the trainee's phone too
VAR loose = false        // the trainee did nothing to stop the photos travelling
VAR talked = false       // the trainee was drawn into talk with the sergeant and kept it to themselves

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ sergeant = "Kovac"
    ~ place = "behind the market at Lumbi"
    ~ food = "a sack of rice"
- 2:
    ~ sergeant = "Haidari"
    ~ place = "by the mill at Sanza"
    ~ food = "a carton of ration tins"
- else:
    ~ sergeant = "Obi"
    ~ place = "on the river path below Mboko"
    ~ food = "flour and cooking oil"
}
-> phone

// ---------------------------------------------------------------------------------------------------------------
=== phone ===
Evening, behind the vehicle park of a MINUKA base in northern Kavara. # scene: base # speaker: narrator
Private Tiago Mendes, from your platoon, pulls you aside and holds out his phone. # speaker: narrator # person: mendes wary
Look. Sergeant {sergeant}, {place}. He gives her {food}, and she goes into the house with him. # speaker: mendes
Three photos, taken from a distance: the sergeant, a young woman, something passing from hand to hand at a door. # speaker: narrator
That's proof. He feeds her, and she sleeps with him. I've only shown two of the lads. # speaker: mendes
So: tonight we tell him we know. Or tomorrow we find her at the market and ask her straight. With the photos, she can't deny it. # speaker: mendes # person: mendes angry
+ [Tell him the photos prove nothing yet. He should keep an eye on the sergeant for a week and get clearer ones, then report # evidence: sea.no-investigation 1]
    ~ watched = true
    Mendes likes that. He starts a log of the sergeant's movements. # speaker: narrator # person: mendes calm
    For a week, every evening, he is somewhere he should not be, with his phone in his hand. # speaker: narrator
+ [Find the sergeant tonight, together, and tell him it's over: you have seen the photos # evidence: sea.no-investigation 0 # critical: sea.no-investigation]
    ~ tipped = true
    You find Sergeant {sergeant} outside his tent. Mendes holds up the phone. # speaker: narrator # person: sergeant neutral
    The sergeant goes very still. # speaker: narrator # person: sergeant angry
    Delete that. And mind your own business. # speaker: sergeant
    He walks away. Now he knows exactly what is known, and who knows it. # speaker: narrator # person: sergeant gone
+ [Tell him neither. You are not investigators. You both take what you know to the Conduct and Discipline Team today, and they decide what else is needed # evidence: sea.no-investigation 3]
    Mendes hesitates. And they'll actually do something? # speaker: narrator # person: mendes wary
    Deciding that is their job, you tell him. Our job is to tell them, and then to keep out of it. # speaker: narrator
    All right. After dinner. # speaker: mendes # person: mendes calm
+ [Go with him to the market tomorrow and ask the woman, kindly, whether it is true. If she confirms it, the case is solid and she can get help # evidence: sea.no-investigation 0 # evidence: sea.confidentiality 1]
    ~ questioned = true
    Next morning, you find her at her stall. Mendes shows her the phone. # speaker: narrator
    She looks at the picture, then at the two soldiers in front of her. She says nothing, packs up her stall and leaves. # speaker: narrator
    By noon, the market women are asking each other what the soldiers wanted with her. # speaker: narrator
- -> photos

// ---------------------------------------------------------------------------------------------------------------
=== photos ===
{
- tipped:
    Back at your tent, Mendes is still angry. He'll deny everything now. # speaker: narrator # person: mendes angry
- questioned:
    Back at the base, Mendes scrolls through the photos again. She'll never talk now. So, the Conduct and Discipline people. # speaker: narrator # person: mendes wary
- watched:
    A week later, Mendes has twelve photos and a notebook. Now we go to the Conduct and Discipline people. # speaker: narrator # person: mendes calm
- else:
    After dinner, on the way to the Conduct and Discipline office, Mendes stops. # speaker: narrator
}
First, the photos. Shall I send them to you, in case? And the platoon group should see them. People should know what he is. # speaker: mendes
+ [Shrug. The photos are his. What he does with them is up to him # evidence: sea.confidentiality 2]
    ~ loose = true
    He keeps them. Whether he shows them to anyone else, you do not ask. # speaker: narrator
+ [Tell him to send them to no one and show them to no one. They go to the Conduct and Discipline Team alone, through its secure channel, and then off his phone # evidence: sea.confidentiality 3]
    Mendes puts his phone in his pocket. Only to them. Got it. # speaker: narrator # person: mendes calm
+ [Agree: post them in the platoon group. Everyone should know what Sergeant {sergeant} is # evidence: sea.confidentiality 0 # critical: sea.confidentiality]
    ~ shared = true
    Within the hour, forty people have seen the photos, and two of them have forwarded them. # speaker: narrator
    The young woman's face is on phones all over the base, and soon beyond it. # speaker: narrator
+ [Have him send them to you too, in case something happens to his phone and the proof is lost # evidence: sea.confidentiality 1]
    ~ copied = true
    Your phone buzzes three times. Her face is now on two phones. # speaker: narrator
- At the Conduct and Discipline office, Ms Leila Haddad listens to you both and writes it all down. # speaker: narrator # person: mendes gone # person: haddad calm
Thank you. From here on, it is for us. Don't look into it, don't talk to him about it, and keep it to yourselves. # speaker: haddad # person: haddad gone
{tipped:
    -> aftermath
}
-> tanks

// ---------------------------------------------------------------------------------------------------------------
=== tanks ===
The next evening, Sergeant {sergeant} stops you by the water tanks. # speaker: narrator # person: sergeant wary
{questioned:
    The market has been talking, and so has the platoon. # speaker: narrator
}
Mendes has been showing pictures around. What's he saying about me? You're his friend. Tell me. # speaker: sergeant
+ [Say you will not discuss it, walk away, and tell Ms Haddad that he came to you # evidence: sea.no-investigation 3]
    He calls something after you. You keep walking. # speaker: narrator # person: sergeant gone
    That evening, you add one line to what the team already has: he came to you, and what he asked. # speaker: narrator
+ [Chat with him for a minute to calm things down. Say it's only barracks talk, and keep the conversation to yourself # evidence: sea.no-investigation 2]
    ~ talked = true
    He relaxes a little. Only talk. Good. # speaker: narrator # person: sergeant calm
    He walks off. Nobody whose job it is knows that he came to you. # speaker: narrator # person: sergeant gone
+ [Tell him quietly to stop seeing her, before it gets any worse for him # evidence: sea.no-investigation 0 # critical: sea.no-investigation]
    ~ tipped = true
    He looks at you for a long moment, then nods. # speaker: narrator # person: sergeant wary
    Now he knows what is known. What he does with that, you cannot know. # speaker: narrator # person: sergeant gone
- -> aftermath

// ---------------------------------------------------------------------------------------------------------------
=== aftermath ===
{
- shared:
    -> photos_shared
- tipped:
    -> suspect_warned
- questioned || watched || copied || loose || talked:
    -> traces_left
- else:
    -> left_to_cdt
}

=== left_to_cdt ===
The Conduct and Discipline Team has everything you and Mendes know. From then on, the photos went to them and no further. # speaker: narrator
Sergeant {sergeant} learned nothing from you, and the woman was not approached by anyone but the people whose job it is. # speaker: narrator
Whether she wants help, and which, is hers to decide with people trained for it. # speaker: narrator # ending: left-to-cdt
-> END

=== traces_left ===
The Conduct and Discipline Team has what you know. But you left traces on the way. # speaker: narrator
{questioned:
    Two soldiers questioned the woman in front of the whole market. She has not been back to her stall. # speaker: narrator
}
{watched:
    A week of watching and photographing gave the team nothing it needed, and could have warned him. # speaker: narrator
}
{copied:
    Her photos sat on your phone until Ms Haddad told you to send them through the secure channel and delete them. # speaker: narrator
}
{loose:
    Mendes kept the photos, and nobody told him to stop showing them. # speaker: narrator
}
{talked:
    The sergeant came to you, and the team never heard of it. # speaker: narrator
}
Report what you know, and leave the rest to the team: that protects both her and the case. # speaker: narrator # ending: traces-left
-> END

=== suspect_warned ===
Sergeant {sergeant} knew what was known before any investigator reached him. # speaker: narrator
He had time to put pressure on the woman and to tidy away what he did. When the investigators come, she has nothing to say. # speaker: narrator
Confronting or warning a suspect is a critical error, whatever else went well. # speaker: narrator # ending: suspect-warned
-> END

=== photos_shared ===
Her face went round the platoon, then the base, then the market. # speaker: narrator
In a small place, everyone now has a story about her. Stigma falls on her, not on him, and she may never speak to anyone about it. # speaker: narrator
Spreading a victim's identity is a critical error, whatever else went well. # speaker: narrator # ending: photos-shared
-> END
