// Snap situation: photos on a phone.
// A colleague has photos that seem to show a sergeant of the contingent giving food to a local woman in exchange for
// sex, and wants to confront him or question her. Exchanging food for sex is sexual exploitation at any age
// (ST/SGB/2003/13 §3.2(c)); it goes to the Conduct and Discipline Team (CDT), who decide what else is needed.
// Peacekeepers do not investigate, confront or question, the woman's identity stays within need-to-know, and
// deleting the photos to spare her does not spare anyone the duty to report; the report keeps what was seen apart
// from what was assumed.
// Built from guidance/notes/external-public-guidance.md items 50, 52, 58, 59, 61, 62 and 64, and seed 001
// L3968-3973 (stigma, confidential complaint points).

VAR sergeant = ""        // the sergeant's name (shown)
VAR place = ""           // where the photos were taken (shown)
VAR food = ""            // what he gives her (shown)
VAR tipped = false       // the sergeant knows what is known (critical)
VAR shared = false       // the photos went to the platoon group (critical)
VAR deleted = false      // the photos were deleted and nothing was reported (critical)
VAR questioned = false   // the woman was questioned at the market
VAR watched = false      // a week of watching and photographing
VAR loose = false        // the trainee left the photos on Mendes's phone, to do with as he liked
VAR overstated = false   // the trainee gave the CDT an assumption as if it were fact
VAR leftout = false      // the trainee kept the two colleagues who saw the photos out of the report
VAR talked = false       // the trainee was drawn into talk with the sergeant and kept it to themselves

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ sergeant = "Kovac"
    ~ place = "behind the market"
    ~ food = "a sack of rice"
- 2:
    ~ sergeant = "Haidari"
    ~ place = "by the maize mill"
    ~ food = "a carton of ration tins"
- else:
    ~ sergeant = "Kossi"
    ~ place = "on the river path below the base"
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
+ [Tell him to watch the sergeant for a week first. Clearer photos will make the report stick # evidence: sea.no-investigation 1]
    ~ watched = true
    Mendes likes that. He starts a log of the sergeant's movements. # speaker: narrator # person: mendes calm
    For a week, every evening, he is somewhere he should not be, with his phone in his hand. # speaker: narrator
+ [Neither. Take what you both have to Conduct and Discipline today, and stop there # evidence: sea.no-investigation 3]
    Mendes hesitates. And they'll actually do something? # speaker: narrator # person: mendes wary
    Deciding that is their job, you tell him. Ours is to tell them, and then to keep out of it. # speaker: narrator
    All right. After dinner. # speaker: mendes # person: mendes calm
+ [Find her at the market with him, and ask her kindly whether she wants help # evidence: sea.no-investigation 0 # evidence: sea.confidentiality 1]
    ~ questioned = true
    Next morning, you find her at her stall. Mendes shows her the phone. # speaker: narrator
    She looks at the picture, then at the two soldiers in front of her. She says nothing, packs up her stall and leaves. # speaker: narrator
    By noon, the market women are asking each other what the soldiers wanted with her. # speaker: narrator
+ [Have a word with the sergeant first. He deserves a chance to stop # evidence: sea.no-investigation 0 # critical: sea.no-investigation]
    ~ tipped = true
    You find Sergeant {sergeant} outside his tent and tell him, quietly, that there are photos, and that he should stop. # speaker: narrator # person: sergeant neutral
    The sergeant goes very still. # speaker: narrator # person: sergeant angry
    Whose photos? Delete them. And mind your own business. # speaker: sergeant
    He walks away. Now he knows exactly what is known, and who knows it. # speaker: narrator # person: sergeant gone
- -> photos

// ---------------------------------------------------------------------------------------------------------------
=== photos ===
{
- tipped:
    Back at your tent, Mendes is angry. He'll deny everything now. # speaker: narrator # person: mendes angry
- questioned:
    Back at the base, Mendes scrolls through the photos again. She'll never talk now. So, the Conduct and Discipline people. # speaker: narrator # person: mendes wary
- watched:
    A week later, Mendes has twelve photos and a notebook. Now we go to the Conduct and Discipline people. # speaker: narrator # person: mendes calm
- else:
    After dinner, on the way to the Conduct and Discipline office, Mendes stops. # speaker: narrator
}
First, the photos. Shall I send them to you, in case? And the platoon group should see them. People should know what he is. # speaker: mendes
Or we delete the lot and forget it. If this gets out, she's the one they'll point at, not him. # speaker: mendes # person: mendes wary
+ [Agree: post them in the platoon group. People should know what he is # evidence: sea.confidentiality 0 # critical: sea.confidentiality]
    ~ shared = true
    Within the hour, forty people have seen the photos, and two of them have forwarded them. # speaker: narrator
    The young woman's face is on phones all over the base, and soon beyond it. # speaker: narrator
+ [Tell him to send them to no one. They go to the team, then off his phone # evidence: sea.confidentiality 3]
    Mendes puts his phone in his pocket. Only to them. Got it. # speaker: narrator # person: mendes calm
+ [Agree: delete them and say no more. She has been shamed enough # evidence: sea.report 0 # critical: sea.report # evidence: sea.confidentiality 2]
    ~ deleted = true
    Mendes deletes them one by one and shows you the empty folder. # speaker: narrator # person: mendes calm
    You walk back to your tents. Neither of you goes near the Conduct and Discipline office. # speaker: narrator # person: mendes gone
    -> aftermath
+ [Let him keep them on his phone. He took them, and he knows better than to spread them # evidence: sea.confidentiality 1]
    ~ loose = true
    He keeps them. Whether he shows them to anyone else, you do not ask. # speaker: narrator
- -> office

// ---------------------------------------------------------------------------------------------------------------
=== office ===
At the Conduct and Discipline office, Ms Leila Haddad listens to Mendes and looks at the photos. Then she turns to you. # speaker: narrator # person: mendes neutral # person: haddad calm
And what do you know yourself? # speaker: haddad
+ [Say the sergeant trades food for sex with her. The photos prove it # evidence: sea.report 1]
    ~ overstated = true
    Ms Haddad looks up. Did you see that yourself? # speaker: narrator # person: haddad wary
    You have to say no. Now she must sort out what the photos show from what the two of you assumed. # speaker: narrator
+ [Back Mendes up, but leave out the two lads. They have done nothing wrong # evidence: sea.report 2]
    ~ leftout = true
    You say nothing about the two lads who have seen the photos, and Mendes follows your lead. # speaker: narrator
+ [Say only what the photos show. The rest is what Mendes told you, and you say so # evidence: sea.report 3]
    Ms Haddad nods as she writes. What you saw, and what you were told. That is the difference we need. # speaker: haddad
- Thank you. From here on, it is for us. Don't look into it, don't talk to him about it, and keep it to yourselves. # speaker: haddad # person: haddad gone
{tipped:
    -> aftermath
}
-> tanks

// ---------------------------------------------------------------------------------------------------------------
=== tanks ===
The next evening, Sergeant {sergeant} stops you by the water tanks. # speaker: narrator # person: mendes gone # person: sergeant wary
{questioned:
    The market has been talking, and so has the platoon. # speaker: narrator
}
Mendes has been showing pictures around. What's he saying about me? You're his friend. Tell me. # speaker: sergeant
+ [Chat for a minute to calm him down. Say it's only barracks talk, and leave it there # evidence: sea.no-investigation 2]
    ~ talked = true
    He relaxes a little. Only talk. Good. # speaker: narrator # person: sergeant calm
    He walks off. Nobody whose job it is knows that he came to you. # speaker: narrator # person: sergeant gone
+ [Tell him quietly to stop seeing her, before it gets any worse for him # evidence: sea.no-investigation 0 # critical: sea.no-investigation]
    ~ tipped = true
    He looks at you for a long moment, then nods. # speaker: narrator # person: sergeant wary
    Now he knows what is known. What he does with that, you cannot know. # speaker: narrator # person: sergeant gone
+ [Say you won't discuss it, walk away, and tell Ms Haddad he came # evidence: sea.no-investigation 3]
    He calls something after you. You keep walking. # speaker: narrator # person: sergeant gone
    That evening, you add one line to what the team already has: he came to you, and what he asked. # speaker: narrator
- -> aftermath

// ---------------------------------------------------------------------------------------------------------------
=== aftermath ===
{
- shared:
    -> photos_shared
- deleted:
    -> not_reported
- tipped:
    -> suspect_warned
- questioned || watched || loose || talked || overstated || leftout:
    -> traces_left
- else:
    -> left_to_cdt
}

=== left_to_cdt ===
The Conduct and Discipline Team has everything you and Mendes know, with what you saw kept apart from what you were told. The photos went to them and no further. # speaker: narrator
Sergeant {sergeant} learned nothing from you, and the woman was not approached by anyone but the people whose job it is. # speaker: narrator
Whether she wants help, and which, is hers to decide with people trained for it. # speaker: narrator # ending: left-to-cdt
-> END

=== traces_left ===
The Conduct and Discipline Team has what you know. But not cleanly. # speaker: narrator
{questioned:
    Two soldiers questioned the woman in front of the whole market. She has not been back to her stall. # speaker: narrator
}
{watched:
    A week of watching and photographing gave the team nothing it needed, and could have warned him. # speaker: narrator
}
{loose:
    Mendes kept the photos, and nobody told him to stop showing them. # speaker: narrator
}
{overstated:
    You gave an assumption as a fact, and the team must now check twice everything you said. # speaker: narrator
}
{leftout:
    The team did not hear about the two lads who saw the photos: two more people who know her face, and who could have told the team what Mendes said at the time. # speaker: narrator
}
{talked:
    The sergeant came to you, and the team never heard of it. # speaker: narrator
}
Report what you know, as you know it, and leave the rest to the team: that protects both her and the case. # speaker: narrator # ending: traces-left
-> END

=== suspect_warned ===
Sergeant {sergeant} knew what was known before any investigator reached him. # speaker: narrator
He had time to put pressure on the woman and to tidy away what he did. When the investigators come, she has nothing to say. # speaker: narrator
Confronting or warning a suspect is a critical error, whatever else went well. # speaker: narrator # ending: suspect-warned
-> END

=== not_reported ===
The photos are gone, and so is the only report there would have been. # speaker: narrator
{tipped:
    Sergeant {sergeant} knows what was seen, and nothing reached the Conduct and Discipline Team. # speaker: narrator
- else:
    Nothing reached the Conduct and Discipline Team. Sergeant {sergeant} still brings {food}, and the woman still has no one to turn to. # speaker: narrator
}
Sparing her the shame was the right wish. But the team treats reports in confidence, and help for her begins with one. Not reporting sexual exploitation and abuse is a critical error, whatever else went well. # speaker: narrator # ending: not-reported
-> END

=== photos_shared ===
Her face went round the platoon, then the base, then the market. # speaker: narrator
In a small place, everyone now has a story about her. Stigma falls on her, not on him, and she may never speak to anyone about it. # speaker: narrator
Spreading a victim's identity is a critical error, whatever else went well. # speaker: narrator # ending: photos-shared
-> END
