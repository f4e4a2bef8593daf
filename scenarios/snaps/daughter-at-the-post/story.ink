// Snap situation: a daughter at the post.
// Setting: a forward post of the mission outside a village in northern Kavara (fictional), UN mission MINUKA
// (fictional).
// Built from: operating bases placed where women and girls can reach them, and women language assistants (DPO
// Gender/WPS Resource Package, 001 L3235-3241; notes part 2, PAT-01, PAT-03), the child protection principles of
// best interests and do no harm (001 L3726-3727; notes part 2, CRSV-22), survivors' confidentiality and the
// prevention of reprisals and stigma (001 L3004-3006), the IASC GBV Pocket Guide on children (external items 40,
// 41), Psychological First Aid on not separating children from their families (item 19), and local interpreters'
// own interests (item 87).
// CRSV against a child by fighters of an armed group, not by UN personnel. The harm is told in a few words, never
// shown.

VAR mother = ""        // shown: the mother's name
VAR girl = ""          // shown: the girl's name
VAR age = ""           // shown: how old she looks
VAR village = ""       // shown: the village
VAR iname = ""         // shown: the interpreter's name
VAR salma_in = false   // the mother chose to speak through Salma, away from the crowd
VAR public = false     // the crowd heard or joined in at the gate
VAR frightened = false // the girl was questioned or taken from her mother
VAR brushed = false    // the girl's distress was brushed aside ("she will forget")
VAR hinted = false     // the interpreter may say enough for the village to guess
VAR exposed = false    // what happened goes to the chief without the mother's consent (critical)

~ temp v = RANDOM(1, 3)
~ village = "Odalewa"
~ iname = "Jean-Paul"
{ v:
- 1:
    ~ mother = "Kadi"
    ~ girl = "Neema"
    ~ age = "six"
- 2:
    ~ mother = "Solange"
    ~ girl = "Dorcas"
    ~ age = "seven"
- else:
    ~ mother = "Esperance"
    ~ girl = "Neema"
    ~ age = "five"
}
-> gate

// ---------------------------------------------------------------------------------------------------------------
=== gate ===
Mid-morning at the mission's forward post outside {village}. You are on duty at the gate. # scene: base # speaker: narrator
{iname}, the interpreter hired from {village}, stands beside you. # speaker: narrator # person: interp neutral
A woman hurries up the track carrying a girl of about {age}. People from the market road follow to see. # speaker: narrator # person: mother afraid # person: girl afraid
The fighters came to our field yesterday. They hurt my daughter. Look at her! # speaker: mother
{iname} translates. The crowd presses closer. Someone calls the mother by her name, {mother}. # speaker: narrator
+ [Hear her out at the gate, through {iname}: people should see the UN act # evidence: crsv.safety-privacy 1]
    ~ public = true
    {mother} speaks, {iname} translates, and the crowd hears every word. # speaker: narrator
    An old man shakes his head. Two girls stare at the child on her hip. # speaker: narrator # person: girl afraid
    After a while the sergeant opens the gate and waves mother and daughter into the shade by the medical tent. # speaker: narrator
    The crowd saw the UN listen. It also saw which child, and heard why. # speaker: narrator
+ [Bring them inside to the screened corner, and ask if she would rather talk through Salma # evidence: crsv.safety-privacy 3]
    ~ salma_in = true
    You ask quietly. Salma is the engagement team's woman language assistant; {iname} is a man from her own village. # speaker: narrator
    She nods at once. Behind the screen, Salma sits down with them, and {iname} stays at the gate. # speaker: narrator # person: interp gone # person: salma calm
+ [Turn to the crowd and ask who saw the fighters, and which way they went # evidence: crsv.safety-privacy 0]
    ~ public = true
    Everyone talks at once. People point at the field, at the girl, at her mother. # speaker: narrator # person: girl afraid
    {mother} pulls her daughter's face against her shoulder. # speaker: narrator # person: mother angry
    After a while the sergeant opens the gate and waves mother and daughter into the shade by the medical tent. # speaker: narrator
- -> inside

// ---------------------------------------------------------------------------------------------------------------
=== inside ===
{mother} sits on a bench with {girl} on her lap. The girl hides her face and will not let go. # speaker: narrator # person: mother sad # person: girl afraid
{salma_in:
    Salma translates softly. # speaker: narrator
- else:
    {iname} translates. He knows the family; in {village}, everyone knows everyone. # speaker: narrator
}
Tell them, {girl}. Tell the soldier what the men did to you. # speaker: mother
+ [Send the girl off to look at the vehicles, so that she does not hear this # evidence: crsv.child 0]
    ~ frightened = true
    {girl} clings to her mother's neck. It takes her mother and a soldier together to loosen her hands. # speaker: narrator # person: mother afraid
    She stands alone by the armoured vehicles, among men in uniform she does not know, crying. # speaker: narrator # person: girl gone
    {mother} half rises from the bench, watching her. After a minute she asks for her daughter back. # speaker: narrator
    A day after armed men hurt her, the girl was sent away from the one person she trusts. # speaker: narrator
+ [Tell her mother the girl is young; she will forget sooner if no one talks of it # evidence: crsv.child 1]
    ~ brushed = true
    {mother} looks at you, uncertain. Perhaps. # speaker: narrator # person: mother sad
    {girl} has not stopped shaking. Her mother leaves believing that silence is the only help there is. # speaker: narrator # person: girl afraid
+ [Say the girl need tell no one anything. Ask her mother what she wants for her # evidence: crsv.child 3]
    {mother} strokes her daughter's hair. {girl} stays on her lap. # speaker: narrator # person: mother calm # person: girl wary
    You add that the health post and the child protection services help children too, starting today, if she wants. # speaker: narrator
    The health post, then. Today. With me beside her. # speaker: mother
+ [Crouch down and ask the girl gently what happened, as her mother wishes # evidence: crsv.child 0]
    ~ frightened = true
    {girl} starts to cry and clings to her mother. # speaker: narrator # person: girl afraid # person: mother afraid
    Her mother asked it of her. It was still not for you to ask: finding out what happened to a child is work for specialists. # speaker: narrator
- -> chief

// ---------------------------------------------------------------------------------------------------------------
=== chief ===
{mother} and {girl} leave by the side path. # speaker: narrator # person: mother gone # person: girl gone # person: salma gone
At the gate, {iname} comes over to you. # speaker: narrator # person: interp wary
The chief will ask me what she said. He is her husband's uncle. I should tell him, so the family can protect the girl. # speaker: interp
+ [Tell him nothing said at the post is repeated, to the chief or to anyone # evidence: crsv.confidentiality 3]
    He hesitates. You add that who knows is for {mother} to decide, and that the post will report the fighters near {village} with no names. # speaker: narrator
    He nods. # speaker: narrator # person: interp calm
    Her choice. I understand. # speaker: interp
+ [Agree. He is her husband's uncle; her family can protect her, and will keep it quiet # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    ~ exposed = true
    {iname} sets off towards the chief's house. # speaker: narrator # person: interp gone
+ [Let him say a child was hurt in the fields, but give no names # evidence: crsv.confidentiality 1]
    ~ hinted = true
    He nods. In {village}, that is as good as a name. # speaker: narrator # person: interp neutral
- -> ending

// ---------------------------------------------------------------------------------------------------------------
=== ending ===
{
- exposed:
    -> identity_exposed
- frightened || brushed:
    -> child_frightened
- public || hinted:
    -> village_talks
- else:
    -> child_first
}

=== child_first ===
That afternoon, {mother} takes {girl} to the health post, with Salma beside them. # speaker: narrator
{girl} was not asked to tell anything. She stayed on her mother's lap, and her mother learned that help exists for children too. # speaker: narrator
What happened stays with the family and the people they choose. The fighters near {village} are in the post's report, with no names. # speaker: narrator # ending: child-first
-> END

=== village_talks ===
{public:
    By evening, what the crowd saw and heard at the gate has gone round {village}. People look at {girl} differently. # speaker: narrator
}
{hinted:
    A child hurt in the fields yesterday: by evening, everyone in {village} knows which child. # speaker: narrator
}
{mother} keeps {girl} at home for a long time after that. # speaker: narrator
Kept private, it could have stayed the family's to share. Safety and privacy come first, for a child most of all. # speaker: narrator # ending: village-talks
-> END

=== child_frightened ===
{frightened:
    {girl} cries all the way home. # speaker: narrator
    It was not for anyone at the post to find out what happened to her. Questions, and being taken from her mother, frighten a child and can harm her further. # speaker: narrator
- else:
    {girl} does not let go of her mother all the way home. # speaker: narrator
    Children do not simply forget. Waving her fear away left her mother thinking there was nothing to be done. # speaker: narrator
}
{mother} does not bring her back to the post, and does not know yet that there is help for children. # speaker: narrator # ending: child-frightened
-> END

=== identity_exposed ===
The chief hears it all before noon, and by evening so does half of {village}. # speaker: narrator
{mother}'s in-laws hear it too, and the story they tell is not hers. # speaker: narrator
What happened to {girl} was her family's to share. Passing it on without her mother's consent is a critical error, whatever the intention. # speaker: narrator # ending: identity-exposed
-> END
