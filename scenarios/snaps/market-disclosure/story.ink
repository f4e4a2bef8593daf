// Snap situation: a word at the market.
// Setting: a market town in northern Kavara (fictional), UN mission MINUKA (fictional).
// Built from: market patrols and women's mobility (DPO Gender/WPS Resource Package, 001 L2664-2665; notes part 1,
// line 47), reaching women where they are, markets included (001 L5457-5460; notes part 2, COM-07), women language
// assistants (001 L3239-3241), and the IASC GBV Pocket Guide key messages (external items 22, 23, 24, 29).
// CRSV by armed men of a militia, not by UN personnel. The harm is told in a few words, never shown.

VAR place = ""        // shown: the market town
VAR name = ""         // shown: the stallholder's name
VAR goods = ""        // shown: what she sells
VAR road = ""         // shown: where the men stopped her
VAR seen = false      // the neighbour heard her start to talk to the patrol
VAR marked = false    // the armed men saw her linked to the patrol
VAR hurt = false      // she was blamed for what happened
VAR probed = false    // she was asked about the attackers
VAR exposed = false   // her identity went into the patrol report (critical)
VAR reported = false  // the threat went into the patrol report, with nothing that identifies her

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ place = "Lokanzi"
    ~ name = "Noella"
    ~ goods = "tomatoes"
    ~ road = "the road to the fields"
- 2:
    ~ place = "Tarakonde"
    ~ name = "Yaa"
    ~ goods = "dried fish"
    ~ road = "the path down to the river"
- else:
    ~ place = "Lokanzi"
    ~ name = "Djeneba"
    ~ goods = "cassava flour"
    ~ road = "the track to the charcoal kilns"
}
-> stall

// ---------------------------------------------------------------------------------------------------------------
=== stall ===
Market day in {place}. Your foot patrol walks slowly between the stalls, as it does every week. Noura, the patrol's woman language assistant, walks beside you. # scene: village # speaker: narrator # person: noura neutral
Two young men with rifles and militia armbands lean on a motorbike at the end of the row, watching the crowd. # speaker: narrator
You stop at a stall of {goods}. The woman behind it, {name}, glances at the motorbike, then speaks very low. # speaker: narrator # person: woman wary
Last week, on {road}... the men with guns. What they did to me... # speaker: woman # person: woman afraid
At the next stall, a woman has stopped talking to listen. # speaker: narrator
+ [She has begun. Ask her quietly to go on, right here # evidence: crsv.safety-privacy 1]
    ~ seen = true
    You lean over the {goods} and ask her to go on. The neighbour edges closer. # speaker: narrator
    Not here. Everybody has ears. # speaker: woman # person: woman afraid
    She was ready to talk, and the place made her stop. A few minutes later, when the neighbour goes off to change money, she speaks again, quick and low. # speaker: narrator
+ [Haggle over the price; ask softly where she could talk unheard, and whether with Noura # evidence: crsv.safety-privacy 3]
    You weigh the {goods} in your hand and haggle a little, until the neighbour loses interest. To anyone watching, someone from the patrol is buying {goods}. # speaker: narrator
    Under cover of the haggling, {name} nods towards the grain store behind the stalls, and towards Noura. # speaker: narrator # person: woman wary
    Noura joins her in the shade there, and you follow a minute later. The rest of the patrol carries on its round in plain view. # speaker: narrator # person: noura calm
+ [Glance at the men by the motorbike, and ask her softly if it was them # evidence: crsv.safety-privacy 0]
    ~ seen = true
    ~ marked = true
    Your eyes go to the motorbike, and hers follow. One of the men straightens up and stares at her stall. # speaker: narrator # person: woman afraid
    Now they have seen someone from the patrol look at them while talking to her. She looks down at the {goods} and says nothing for a long time. # speaker: narrator
    When the men look away, she speaks again, barely moving her lips. # speaker: narrator
- -> telling

// ---------------------------------------------------------------------------------------------------------------
=== telling ===
{not seen:
    Now she speaks in her own language, more freely, and Noura translates softly. # speaker: narrator
}
They stopped me on {road}. Three of them. They took me off the path... # speaker: woman # person: woman sad
She stops, and presses her lips together. # speaker: narrator
+ [Tell her she need say no more. You believe her, and it was not her fault # evidence: crsv.listening 3]
    Her shoulders drop a little. # speaker: narrator # person: woman sad
    Thank you. I wanted someone to know. # speaker: woman
    She chose how much to say. Being believed, without having to prove anything, is what makes it possible to say more later, to someone trained to hear it. # speaker: narrator
+ [Ask which group the men were from and where they stay, so the patrol can act # evidence: crsv.listening 1]
    ~ probed = true
    Her eyes go to the end of the row. # speaker: narrator # person: woman afraid
    I don't know. I don't want to know. # speaker: woman
    You meant to act on it. But a first contact is not an interview: questions about the attackers are for specialists she chooses, if she chooses. # speaker: narrator
+ [Ask her why she walked that road alone, knowing the risk # evidence: crsv.listening 0]
    ~ hurt = true
    Her face closes. # speaker: narrator # person: woman angry
    Women have always taken that road. Where else should we go? # speaker: woman
    The question put the fault on her. It was the men who chose to attack, not she who chose the road. # speaker: narrator
- -> goodbye

=== goodbye ===
{hurt:
    She turns to a customer, and the moment is gone. # speaker: narrator # person: woman gone
- else:
    Quietly, you tell her where the women's centre is, and that the mission's Women's Protection Adviser helps women in her situation, if she ever wants. She does not have to decide anything. # speaker: narrator
    She nods and goes back to her stall. # speaker: narrator # person: woman calm
}
-> report

// ---------------------------------------------------------------------------------------------------------------
=== report ===
Back at the vehicle, Lieutenant Yusuf Karimi, the patrol's platoon commander, is filling in the patrol report on a tablet. # speaker: narrator # person: woman gone # person: noura gone # person: karimi neutral
That woman selling {goods} talked to you for a while. Anything for the report? A name, what she said? # speaker: karimi
+ [Give him her name, her stall and what she said for the report. The mission must know whom the militia targets # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    ~ exposed = true
    He types her name and her stall into the report, under the market's name. # speaker: narrator # person: karimi calm
+ [Tell him it was nothing: market talk, not worth a line in the report # evidence: crsv.confidentiality 2]
    He shrugs and closes the tablet. The report says nothing about {road}. # speaker: narrator # person: karimi neutral
+ [Report armed men stopping women on that road, and two watching the market. No name # evidence: crsv.confidentiality 3]
    ~ reported = true
    You tell him: armed men stopping women on {road}, two militia men watching the market. Nothing about who told you. # speaker: narrator
    He types it in, and nods. # speaker: narrator # person: karimi calm
    Right. I'll ask for patrols on that route at the hours women use it, and flag it for the Women's Protection Adviser. # speaker: karimi
- -> ending

// ---------------------------------------------------------------------------------------------------------------
=== ending ===
{
- exposed:
    -> identity_exposed
- marked || hurt:
    -> withdrew
- reported:
    -> protected
- else:
    -> kept
}

=== protected ===
{seen:
    The neighbour heard enough to wonder, and in a market wondering travels. That first moment at the stall was the riskiest of the day. # speaker: narrator
}
{probed:
    Your questions about the group stayed with her. She wonders what the patrol will do with her answers. # speaker: narrator
}
From the next week, a patrol walks {road} at the hours women use it. # speaker: narrator
She said what she chose to say, to the people she chose, and her name stayed with her. # speaker: narrator # ending: heard-and-protected
-> END

=== kept ===
{seen:
    The neighbour heard enough to wonder, and in a market wondering travels. # speaker: narrator
}
She was heard, and her name stayed with her. # speaker: narrator
But the report says nothing about armed men on {road}, so no patrol is planned there, and other women still take it alone. # speaker: narrator
Keeping her identity safe and passing on the threat without it are both part of the job. # speaker: narrator # ending: heard-not-passed-on
-> END

=== withdrew ===
{marked:
    That evening, the two men from the motorbike stop at her stall and ask what she was telling the soldiers. # speaker: narrator
- else:
    She came to be believed, and was asked to explain herself instead. # speaker: narrator
}
{reported:
    Your report of the armed men on {road} does reach the patrol planners, without her name. # speaker: narrator
}
The next market day, when the patrol passes her stall, she looks away. # speaker: narrator # ending: she-withdrew
-> END

=== identity_exposed ===
The patrol report travels: company, sector, then a security meeting with local officials, where someone reads out a stallholder's name. # speaker: narrator
Within days, people at the market know which stall. So, perhaps, do the men on the motorbike. # speaker: narrator
The next market day, her stall is empty. # speaker: narrator
Her name was hers to give. Putting it in a report without her consent is a critical error, whatever else went well. # speaker: narrator # ending: identity-exposed
-> END
