// Snap situation: a village meeting where only the elders speak (in-mission refresher, 2-3 minutes).
// Practises patrol.consult-women and patrol.approach.
//
// Built from the guidance notes on community engagement and patrols:
// - DPO Gender/WPS Resource Package (seed 001) L2648-2651: when local male authority figures speak for their
//   communities they often fail to address women's priorities; women may be reluctant to speak in mixed settings
//   (notes 001 part 1, 2.5; pitfalls P1 and P2);
// - seed 001 L1013-1015: pursue sources beyond male community leaders (part 1, 2.5);
// - seed 001 L2608-2609: direct engagement with local people, women and girls included (part 1, 2.1);
// - seed 001 L3248-3249: women and girls included in defining protection arrangements (part 2, CRSV);
// - seed 000 L258-260: women may not want to speak to male peacekeepers (notes 000);
// - external-public-guidance item 75 (non-UN doctrine, by analogy): women may disappear when armed strangers arrive.
// Setting: MINUKA (fictional), as in the core course. The armed men are of a militia, never UN personnel.

// Variation: drawn once at the start. It changes words only, never the choices or their tags.
VAR village = ""    // the village
VAR chief = ""      // the village chairman
VAR work = ""       // what the women are doing at the pump
VAR speaker = ""    // the woman who speaks for the women
VAR risk = ""       // where and when the women are at risk (told only if they talk)

// Logic
VAR trust = 1       // 0..2: how far the women trust the patrol
VAR question = ""  // what you asked the women: "elders" (whether the elders are right), "men" (the armed men), "open" (their fears and wishes)

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ village = "Vembalu"
    ~ chief = "Mzee Kalonda"
    ~ work = "filling their jars"
    ~ speaker = "Mama Aline"
    ~ risk = "the path to the fields, at dusk"
- 2:
    ~ village = "Kirovale"
    ~ chief = "Mr Sefu"
    ~ work = "washing clothes"
    ~ speaker = "Ma Odile"
    ~ risk = "the path to the river, before dawn"
- else:
    ~ village = "Sangaleso"
    ~ chief = "Mzee Mbuyi"
    ~ work = "waiting their turn with jerrycans"
    ~ speaker = "Mama Régine"
    ~ risk = "the firewood trail, at first light"
}
-> meeting

=== function trust_up(n) ===
~ trust = MIN(trust + n, 2)

=== function trust_down(n) ===
~ trust = MAX(trust - n, 0)

// ---------------------------------------------------------------------------------------------------------------
=== meeting ===
{village}, mid-morning. Under the meeting tree by the water point, {chief}, the chairman, and five elders, all men, sit with your patrol. # scene: water-point # speaker: narrator # person: chief calm
The women have no concerns. Write that down. Our problem is the road: thieves, and the checkpoints. # speaker: chief
A little way off, at the pump, women {work} have stopped to watch. Sergeant Bello and Mariam, the patrol's language assistant, stand beside you. # speaker: narrator # person: bello calm # person: mariam calm
The women have work to do. They can go home. # speaker: chief # person: chief neutral
+ [Thank him, note the road, and say you will greet the women before you leave # evidence: patrol.consult-women 3]
    {chief} frowns, then shrugs. # speaker: narrator
    As you wish. They will tell you the same. # speaker: chief
    The road goes in the report, as he asked. What the women fear, only the women can tell you. # speaker: narrator
+ [Agree, and thank him. It is his village and his meeting; the patrol needs his goodwill # evidence: patrol.consult-women 0]
    ~ trust_down(1)
    {chief} waves a hand. The women pick up their things and leave. # speaker: narrator
+ [Ask him to call the women over, so they can tell the meeting themselves # evidence: patrol.consult-women 1]
    ~ trust_down(1)
    {chief} calls. The women come and stand at the back, eyes down. # speaker: narrator # person: woman wary
    Tell them. # speaker: chief
    We have no concerns. # speaker: woman
    {chief} smiles. When he lets them go, they leave without a word. # speaker: narrator # person: woman gone
- -> on_the_path

// ---------------------------------------------------------------------------------------------------------------
=== on_the_path ===
The meeting breaks up. On the path out of {village}, you catch up with the women, walking home with their loads. # scene: village # speaker: narrator # person: chief gone # person: bello gone # person: mariam gone
They stop and watch the patrol come, and the rifles. # speaker: narrator # person: woman wary
+ [Walk the patrol over to them, all together, and greet them warmly # evidence: patrol.approach 1]
    ~ trust_down(1)
    The women bunch together as the armed patrol closes in. Two of them leave their jars and go. # speaker: narrator # person: woman afraid
    To women who fear armed men, a dozen rifles coming closer is a threat, however warm the greeting. # speaker: narrator
+ [Put two soldiers on the path behind them, so nobody drifts off # evidence: patrol.approach 0]
    ~ trust_down(2)
    The women freeze. A girl starts to cry. Nobody will look at you. # speaker: narrator # person: woman afraid
+ [Halt, weapons lowered. Sergeant Bello and Mariam go ahead to greet them # evidence: patrol.approach 3]
    ~ trust_up(1)
    A greeting in Kavaran, a few words, a nod. {speaker} waves you over. # speaker: narrator # person: bello calm # person: mariam calm # person: woman calm
+ [Halt the patrol and walk over alone, slowly, greeting them from a distance # evidence: patrol.approach 2]
    They watch you come, and keep their distance. # speaker: narrator
- -> talk

// ---------------------------------------------------------------------------------------------------------------
=== talk ===
{
- trust >= 2:
    They are willing to talk. # speaker: narrator # person: mariam calm
- trust == 1:
    They stay, wary. Mariam comes over to interpret. # speaker: narrator # person: mariam calm
- else:
    They stand with their eyes down, waiting for the patrol to go. # speaker: narrator # person: mariam calm
}
+ [Ask about the armed men: how many, what weapons, where they camp # evidence: patrol.consult-women 1]
    ~ question = "men"
    The women look at each other. # speaker: narrator
+ [Ask where they would like to talk, then what makes them unsafe and what they want # evidence: patrol.consult-women 3]
    ~ question = "open"
    {trust >= 1:
        They choose a spot off the path, behind the banana trees, out of sight of the meeting tree. # speaker: narrator
    }
+ [Tell them what the elders said, and ask whether it is right # evidence: patrol.consult-women 2]
    ~ question = "elders"
    The women glance back towards the meeting tree. # speaker: narrator
- -> answer

=== answer ===
{
- trust == 0:
    Nobody answers. After a while, the women pick up their loads and walk on. # speaker: narrator # person: woman gone
    -> no_concerns
- question == "open" && trust >= 2:
    {speaker} speaks for them, her voice low. # speaker: narrator # person: woman wary
    The danger is {risk}. Men with guns wait there. The elders do not walk there; we do. # speaker: woman
    Send a patrol at that hour, with women in it. And next time, ask us. Not only them. # speaker: woman # person: woman hopeful
    -> women_heard
- question == "open":
    {speaker} says only this: # speaker: narrator # person: woman wary
    We go out in groups now. Never alone. # speaker: woman
    -> half_heard
- question == "men":
    {speaker} answers for them: # speaker: narrator # person: woman wary
    Men with guns. Like yours. # speaker: woman
    -> half_heard
- else:
    {speaker} answers for them: # speaker: narrator # person: woman wary
    If the elders say so. # speaker: woman
    -> half_heard
}

// ---------------------------------------------------------------------------------------------------------------
=== women_heard ===
You leave {village} with two things for the report: the elders' road, and what the women told you. The danger is {risk}. # speaker: narrator # person: woman gone
The next patrol goes there at that hour, with women on it, planned with {speaker} and the other women. # speaker: narrator # ending: women-heard
-> END

=== half_heard ===
You leave {village} with the elders' road and a hint of something else. The women said little, and nothing you can plan a patrol on. # speaker: narrator # person: woman gone
Whatever they fear, it is still unsaid. # speaker: narrator # ending: half-heard
-> END

=== no_concerns ===
Your report says what the chairman said: the road, and "the women have no concerns". # speaker: narrator
The women went home with what they know: the danger is {risk}. # speaker: narrator # ending: no-concerns
-> END
