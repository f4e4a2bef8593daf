// Snap situation: at dusk, a minibus with four young women whose passports a man holds, and a boy of about ten
// travelling alone.
// Setting: a joint checkpoint of MINUKA (fictional) and the Kavara National Police (fictional), as in the core
// checkpoint scenario. The signs of trafficking are signs, not proof: the checkpoint refers to specialists, it does
// not investigate. The boy is handed over only to child protection.
// Built from guidance/notes/external-public-guidance.md (a): item 14 (indicators: documents not in their own hands,
// fear of the person they travel with), item 15 (indicators are not proof; refer to specialists), item 16 (WHO:
// protect anonymity, no promises), item 17 (Vancouver Principles: care needs, chain of command, hand over to child
// protection actors), item 19 (keep children safe); and from the DPO Resource Package (001): L3726-3727 (best
// interests of the child, do no harm). Trafficking is told in a few words and never shown.

VAR place = ""    // shown: the checkpoint
VAR man = ""      // shown: the man who holds the passports
VAR border = ""   // shown: the border town the minibus is bound for
VAR woman = ""    // shown: the young woman who speaks up
VAR boy = ""      // shown: the boy's name
VAR village = ""  // shown: where the boy's mother put him on the bus
VAR elder = ""    // shown: the older woman who offers to take the boy

VAR women = "none"     // the minibus: "screened", "asked", "confronted", "waved", then "held", "passed", "sent", "gone", "exposed"
VAR clumsy = false     // the women were questioned or the man accused in front of everyone
VAR child = "none"     // the boy: "safe", "base", "alone", "handed"

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ place = "The quarry junction"
    ~ man = "Mr Fofana"
    ~ border = "Ruzanfa"
    ~ woman = "Adjoa"
    ~ boy = "Abdou"
    ~ village = "Tuvanda"
    ~ elder = "Mama Hawa"
- 2:
    ~ place = "The toll bridge"
    ~ man = "Mr Barry"
    ~ border = "Mbovesi"
    ~ woman = "Makena"
    ~ boy = "Sékou"
    ~ village = "Ombelani"
    ~ elder = "Mama Hawa"
- else:
    ~ place = "The sawmill crossroads"
    ~ man = "Mr Kargbo"
    ~ border = "Zelanga"
    ~ woman = "Salamata"
    ~ boy = "Yao"
    ~ village = "Mabakiri"
    ~ elder = "Mama Hawa"
}
-> minibus

// ---------------------------------------------------------------------------------------------------------------
=== minibus ===
{place}, at dusk. The barrier closes at nightfall, and the last minibus of the day pulls up, bound for the border at {border}. # scene: checkpoint # speaker: narrator # person: kone neutral
Four young women sit inside, eyes down. {man} climbs out and hands Sergeant Kone four passports from his own jacket. # speaker: narrator # person: man calm
My cousins. They are going to work in hotels across the border. We must cross before dark. # speaker: man
When Sergeant Kone asks the women their names, {man} answers for each of them. At the back, a boy of about ten sits alone, a plastic bag on his knees. # speaker: narrator # person: boy wary
+ [Ask the women, there by the minibus, if they travel of their own free will # evidence: checkpoint.trafficking 1]
    ~ women = "asked"
    ~ clumsy = true
    The women look at {man} before they answer. The first says they are fine. The others nod. # speaker: narrator # person: man calm
+ [Check the passports against their faces, and wave the minibus on # evidence: checkpoint.trafficking 0]
    ~ women = "waved"
    Sergeant Kone hands back the passports. {man} smiles and climbs back in. # speaker: narrator
+ [Keep it routine: Constable Nkemba sees each woman alone, away from him # evidence: checkpoint.trafficking 3]
    ~ women = "screened"
    {man} hands over the passports without a word. The women climb down and follow Constable Nkemba behind the post, one at a time, each with her own passport. # speaker: narrator # person: man wary # person: nkemba calm
    Out of his earshot, you radio UNPOL's specialists: signs worth checking, not an accusation. # speaker: narrator
+ [Ask him, in front of everyone, who is paying him for these women # evidence: checkpoint.trafficking 0]
    ~ women = "confronted"
    ~ clumsy = true
    {man}'s face closes. # speaker: narrator # person: man angry
    Cousins. I told you. # speaker: man
    The youngest woman starts to cry. # speaker: narrator
- -> boy_alone

// ---------------------------------------------------------------------------------------------------------------
=== boy_alone ===
{
- women == "waved":
    Before the door slides shut, you look again at the boy on the back seat. # speaker: narrator
- women == "screened":
    The boy stays on the back seat, holding his bag. # speaker: narrator
- else:
    The boy has not moved from the back seat. # speaker: narrator
}
His name is {boy}. His mother put him on the bus at {village}; he is going to an uncle in {border}. He has no phone number, only his uncle's name. # speaker: narrator # person: boy wary
An older woman in the front seat, {elder}, leans out of the window. # speaker: narrator # person: elder calm
I know {village}. I am going to {border} too. I will take him to his uncle. # speaker: elder
+ [Let him ride on; he knows his uncle's name, and the driver will see him off # evidence: checkpoint.child-alone 0]
    ~ child = "alone"
    {boy} nods and goes back to his seat. # speaker: narrator # person: boy gone
+ [Keep him at the post with Constable Nkemba, and call Child Protection # evidence: checkpoint.child-alone 3]
    ~ child = "safe"
    Constable Nkemba gives him water and a seat in the shade of the post, and asks him nothing that would frighten him. {boy} drinks the whole bottle. She finds him a biscuit. # speaker: narrator # person: boy calm # person: nkemba calm
    You tell your chain of command. Ms Obi, the mission's Child Protection Officer, answers at once. She will come out with a social worker from the district. # speaker: narrator
    You thank {elder}: if she knows the family, Ms Obi will want to hear from her. She gives you her name and number. # speaker: narrator
+ [Take him off the bus and drive him to the MINUKA base for the night # evidence: checkpoint.child-alone 1]
    ~ child = "base"
    {boy} looks at the soldiers and the white vehicle, and does not move until Constable Nkemba takes his hand. # speaker: narrator # person: boy afraid
+ [Accept her help and leave him in her care; she knows his village # evidence: checkpoint.child-alone 0 # critical: checkpoint.child-alone]
    ~ child = "handed"
    {elder} pats the seat beside her, and {boy} goes to sit with her. # speaker: narrator # person: boy gone
- -> route

=== route ===
{
- women == "screened":
    -> screened
- women == "asked":
    -> asked
- women == "confronted":
    -> confronted
- else:
    -> waved
}

// ---------------------------------------------------------------------------------------------------------------
=== screened ===
Behind the post, Constable Nkemba calls you over. One of the women, {woman}, speaks fast and low. # speaker: narrator # person: elder gone # person: woman afraid
He keeps our passports. He says we owe him for the journey and for the jobs. I do not know where we are going. # speaker: woman
I want to go home. # speaker: woman # person: woman sad
{man} walks up to you. # speaker: narrator # person: man wary
What did she say to you? It is getting dark. # speaker: man
The passports are real. I cannot hold them without a reason. # speaker: kone # person: kone wary
+ [Tell him checks take time; ask Kone privately to hold the minibus # evidence: checkpoint.trafficking 3]
    ~ women = "held"
    You tell {man} nothing of what she said. Sergeant Kone looks at the four passports again. # speaker: narrator # person: kone calm
    Four women, and one man who answers for all of them. All right. A documents check, until the specialists come. It may take a while. # speaker: kone
+ [Let them go before dark, and radio the plate to UNPOL's specialists # evidence: checkpoint.trafficking 0]
    ~ women = "sent"
    The minibus pulls away towards {border}. Through the window, {woman} does not look back. # speaker: narrator # person: man gone # person: woman gone
    She told you he holds their papers and that she wants to go home. From that moment her safety came before the timetable: the minibus could have stayed until the specialists came. # speaker: narrator
+ [Put what she said to him, and watch how he reacts # evidence: checkpoint.trafficking 0 # critical: checkpoint.trafficking]
    ~ women = "exposed"
    {man}'s smile does not move. He looks at {woman} for a long second. # speaker: narrator # person: woman afraid
    Come. We are late. # speaker: man
    With nothing to hold them on, Sergeant Kone lets the minibus go. # speaker: narrator # person: man gone # person: woman gone
+ [Take her aside and ask her everything: who pays him, and where they go # evidence: checkpoint.trafficking 1]
    ~ women = "passed"
    She starts to answer, then stops. Her eyes go to the road, where {man} is waiting. # speaker: narrator # person: woman afraid
    I do not know. I do not know. # speaker: woman
    At nightfall, with nothing to hold them on, Sergeant Kone lets the minibus go. # speaker: narrator # person: man gone # person: woman gone
- -> close

// ---------------------------------------------------------------------------------------------------------------
=== asked ===
One of the women says nothing at all. She is looking at you now. # speaker: narrator # person: elder gone # person: woman afraid
The light is going. # speaker: kone # person: kone wary
+ [Tell the women they can stay here under UN protection, and let him go # evidence: checkpoint.trafficking 1]
    ~ women = "gone"
    Nobody moves. {man} says something in a language you do not know, and the women stay in their seats. # speaker: narrator
    The minibus pulls away towards {border}. # speaker: narrator # person: man gone # person: woman gone
+ [Thank them; Nkemba sees them one at a time, away from him, while you radio the specialists # evidence: checkpoint.trafficking 2]
    ~ women = "held"
    The women climb down one by one. {man}'s smile is gone. You ask Sergeant Kone, in private, to hold the minibus. # speaker: narrator # person: man wary
    A documents check, then. It may take a while. # speaker: kone
+ [Let them go on; he has their papers and they are late # evidence: checkpoint.trafficking 0]
    ~ women = "gone"
    The minibus pulls away towards {border}. # speaker: narrator # person: man gone # person: woman gone
- -> close

// ---------------------------------------------------------------------------------------------------------------
=== confronted ===
Sergeant Kone pulls you aside. # speaker: narrator # person: elder gone # person: kone angry
Now he knows. If they are what you think, they will pay for it tonight. # speaker: kone
+ [Apologise for your tone, and carry on with a routine check, quietly # evidence: checkpoint.trafficking 1]
    ~ women = "held"
    Constable Nkemba sees the women one at a time, away from him, and you radio the specialists. Behind the post, none of the women says a word. Sergeant Kone holds the minibus for a documents check, but {man} watches every move. # speaker: narrator # person: man wary
+ [Warn him that the UN has its eye on him, and let the minibus go # evidence: checkpoint.trafficking 0]
    ~ women = "gone"
    {man} nods, as if thanking you for the warning. The minibus pulls away towards {border}. # speaker: narrator # person: man gone
+ [Tell the women to get off the bus: they are under UN protection now # evidence: checkpoint.trafficking 1]
    ~ women = "gone"
    Nobody moves. {man} says something in a language you do not know, and the women stay in their seats. # speaker: narrator
    You have no power to do that. # speaker: kone
    The minibus pulls away towards {border}. # speaker: narrator # person: man gone
- -> close

// ---------------------------------------------------------------------------------------------------------------
=== waved ===
The minibus pulls away towards {border}. Through the back window, one of the women is still looking at you. # speaker: narrator # person: elder gone # person: man gone
Four women, and he answered for every one of them. # speaker: kone # person: kone wary
+ [Let it go; this is a security checkpoint, not an immigration post # evidence: checkpoint.trafficking 0]
    ~ women = "gone"
    Sergeant Kone shrugs and lowers the barrier for the night. # speaker: narrator
+ [Radio the plate, the route and a description to UNPOL's specialists # evidence: checkpoint.trafficking 2]
    ~ women = "passed"
    Somebody at UNPOL writes it down: signs worth checking, not an accusation. Whether anyone stops the minibus before the border, you may never know. # speaker: narrator
- -> close

// ---------------------------------------------------------------------------------------------------------------
=== close ===
{women == "held":
    Forty minutes later, two UNPOL officers and a policewoman from the Kavara police specialist unit arrive. They talk with the women one at a time, away from {man}. From here on, it is their work. # speaker: narrator # person: man gone # person: woman gone
}
{
- child == "safe":
    Ms Obi arrives with a social worker and crouches to talk with {boy} at his height. By morning, her team has reached his uncle in {border}. # speaker: narrator # person: obi calm # person: boy relieved
- child == "base":
    At the base, the duty officer spends the evening phoning round for someone who knows what to do with a lost child. # speaker: narrator # person: boy gone
}
-> wrap

=== wrap ===
{
- women == "exposed" || child == "handed":
    -> harm_done
- clumsy || women != "held" || child != "safe":
    -> gaps
- else:
    -> protected
}

=== protected ===
Later, you think back over the last hour of the day. # speaker: narrator # person: man gone # person: woman gone # person: obi gone # person: boy gone # person: kone gone # person: nkemba gone
Nobody was accused, and {man} learned nothing from you. The women are with specialists, with the minibus still at the barrier. # speaker: narrator
And {boy} spent the evening with people whose job is to bring children home. # speaker: narrator # ending: protected
-> END

=== gaps ===
Later, you think back over the last hour of the day. You made no critical error, but some things slipped through. # speaker: narrator # person: man gone # person: woman gone # person: obi gone # person: boy gone # person: kone gone # person: nkemba gone
{clumsy:
    You asked your questions where {man} could hear them. From then on, the women could not speak freely, and he knew he was being watched. # speaker: narrator
}
{women == "sent":
    {woman} told you what he does with their papers, and asked to go home. You sent her on with him. # speaker: narrator
}
{women == "passed" || women == "gone" || women == "sent":
    The minibus went on to {border} with four young women before any specialist could see them. # speaker: narrator
}
{child == "base":
    {boy} spent the night on a military base, far from where his family will look for him. # speaker: narrator
}
{child == "alone":
    {boy} rode on alone, at night, with nobody waiting at the other end who knew he was coming. # speaker: narrator
}
Signs are only worth something if they reach the people who can act on them. # speaker: narrator # ending: gaps
-> END

=== harm_done ===
Later, you think back over the last hour of the day. # speaker: narrator # person: man gone # person: woman gone # person: obi gone # person: boy gone # person: kone gone # person: nkemba gone
{women == "exposed":
    {man} knows now what {woman} said. You will never know what that cost her. # speaker: narrator
}
{child == "handed":
    {boy} went on into the night with a woman whose claim nobody had checked. # speaker: narrator
}
Whatever else went well, someone who trusted the checkpoint was put in danger. That is a critical error. # speaker: narrator # ending: harm-done
-> END
