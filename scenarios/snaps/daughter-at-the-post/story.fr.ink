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

VAR mother = ""        // shown: the mother’s name
VAR girl = ""          // shown: the girl’s name
VAR age = ""           // shown: how old she looks
VAR village = ""       // shown: the village
VAR iname = ""         // shown: the interpreter’s name
VAR salma_in = false   // the mother chose to speak through Salma, away from the crowd
VAR public = false     // the crowd heard or joined in at the gate
VAR frightened = false // the girl was questioned or taken from her mother
VAR hinted = false     // the interpreter may say enough for the village to guess
VAR exposed = false    // what happened goes to the chief without the mother’s consent (critical)

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ mother = "Kadi"
    ~ girl = "Neema"
    ~ age = "six"
    ~ village = "Bokala"
    ~ iname = "Samuel"
- 2:
    ~ mother = "Solange"
    ~ girl = "Aisha"
    ~ age = "sept"
    ~ village = "Mitendi"
    ~ iname = "Moussa"
- else:
    ~ mother = "Esperance"
    ~ girl = "Dorcas"
    ~ age = "cinq"
    ~ village = "Sangu"
    ~ iname = "Jean-Paul"
}
-> gate

// ---------------------------------------------------------------------------------------------------------------
=== gate ===
Milieu de matinée au poste avancé de la mission, à la sortie de {village}. Vous êtes de garde à l’entrée. # scene: base # speaker: narrator
{iname}, l’interprète recruté à {village}, se tient à côté de vous. # speaker: narrator # person: interp neutral
Une femme monte le chemin en hâte, une fillette d’environ {age} ans dans les bras. Des gens de la route du marché la suivent pour voir. # speaker: narrator # person: mother afraid # person: girl afraid
Les combattants sont venus dans notre champ hier. Ils ont fait du mal à ma fille. Regardez-la ! # speaker: mother
{iname} traduit. La foule se rapproche. Quelqu’un appelle la mère par son prénom, {mother}. # speaker: narrator
+ [Se tourner vers la foule et demander qui a vu les combattants, et dans quelle direction ils sont partis # evidence: crsv.safety-privacy 0]
    ~ public = true
    Tout le monde parle en même temps. On montre du doigt le champ, la fillette, sa mère. # speaker: narrator # person: girl afraid
    {mother} serre le visage de sa fille contre son épaule. # speaker: narrator # person: mother angry
    Au bout d’un moment, le sergent ouvre le portail et fait entrer la mère et la fille à l’ombre, près de la tente médicale. # speaker: narrator
+ [Lui demander discrètement d’entrer, dans le coin abrité derrière un paravent près de la tente médicale, et si elle préférerait parler par l’intermédiaire de Salma, l’assistante linguistique de l’équipe d’engagement, plutôt que d’un homme de son village # evidence: crsv.safety-privacy 3]
    ~ salma_in = true
    Elle acquiesce aussitôt. Derrière le paravent, Salma s’assoit avec elles, et {iname} reste à l’entrée. # speaker: narrator # person: interp gone # person: salma calm
+ [L’écouter ici, à l’entrée, par l’intermédiaire de {iname}, pour que tout le monde voie que l’ONU prend l’affaire au sérieux # evidence: crsv.safety-privacy 1]
    ~ public = true
    {mother} parle, {iname} traduit, et la foule entend chaque mot. # speaker: narrator
    Un vieil homme secoue la tête. Deux jeunes filles dévisagent l’enfant dans ses bras. # speaker: narrator # person: girl afraid
    Au bout d’un moment, le sergent ouvre le portail et fait entrer la mère et la fille à l’ombre, près de la tente médicale. # speaker: narrator
- -> inside

// ---------------------------------------------------------------------------------------------------------------
=== inside ===
{mother} s’assoit sur un banc, {girl} sur les genoux. La fillette cache son visage et ne la lâche pas. # speaker: narrator # person: mother sad # person: girl afraid
{salma_in:
    Salma traduit doucement. # speaker: narrator
- else:
    {iname} traduit. Il connaît la famille ; à {village}, tout le monde se connaît. # speaker: narrator
}
Dis-leur, {girl}. Dis au soldat ce que les hommes t’ont fait. # speaker: mother
+ [Demander à un soldat d’emmener {girl} voir les véhicules, pour que les adultes puissent parler sans qu’elle entende # evidence: crsv.child 1]
    ~ frightened = true
    Un soldat emmène {girl} vers les véhicules. {mother} se lève à moitié du banc et la suit des yeux. # speaker: narrator # person: girl gone # person: mother afraid
    Au bout d’une minute, elle demande qu’on lui ramène sa fille. # speaker: narrator # person: girl afraid
+ [Dire doucement à {mother} que {girl} n’a rien à raconter à personne. La laisser sur les genoux de sa mère, demander à {mother} ce qu’elle souhaite pour sa fille, et dire que le poste de santé et les services de protection de l’enfance peuvent aider les enfants, dès aujourd’hui # evidence: crsv.child 3]
    {mother} caresse les cheveux de sa fille. # speaker: narrator # person: mother calm # person: girl wary
    Le poste de santé, alors. Aujourd’hui. Avec moi à côté d’elle. # speaker: mother
+ [S’accroupir et demander doucement à {girl} ce qui s’est passé, puisque sa mère veut qu’elle le raconte # evidence: crsv.child 0]
    ~ frightened = true
    {girl} se met à pleurer et s’accroche à sa mère. # speaker: narrator # person: girl afraid # person: mother afraid
- -> chief

// ---------------------------------------------------------------------------------------------------------------
=== chief ===
{mother} et {girl} repartent par le sentier de côté. # speaker: narrator # person: mother gone # person: girl gone # person: salma gone
À l’entrée, {iname} vient vers vous. # speaker: narrator # person: interp wary
Le chef va me demander ce qu’elle a dit. C’est l’oncle de son mari. Je devrais lui dire, pour que la famille puisse protéger la petite. # speaker: interp
+ [Lui dire que rien de ce qui se dit au poste n’est répété, ni au chef ni à personne : c’est à {mother} de décider qui sait. Le poste signalera les combattants près de {village} sans aucun nom # evidence: crsv.confidentiality 3]
    Il hésite, puis hoche la tête. # speaker: narrator # person: interp calm
    C’est son choix. Je comprends. # speaker: interp
+ [Lui dire qu’il peut dire qu’une enfant a été blessée hier dans les champs, mais sans donner de noms # evidence: crsv.confidentiality 1]
    ~ hinted = true
    Il hoche la tête. À {village}, cela vaut un nom. # speaker: narrator # person: interp neutral
+ [Être d’accord. Le chef fait partie de la famille, il peut la protéger # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    ~ exposed = true
    {iname} part vers la maison du chef. # speaker: narrator # person: interp gone
- -> ending

// ---------------------------------------------------------------------------------------------------------------
=== ending ===
{
- exposed:
    -> identity_exposed
- frightened:
    -> child_frightened
- public || hinted:
    -> village_talks
- else:
    -> child_first
}

=== child_first ===
L’après-midi même, {mother} emmène {girl} au poste de santé, avec Salma à leurs côtés. # speaker: narrator
{girl} n’a rien eu à raconter. Elle est restée sur les genoux de sa mère, et sa mère a appris qu’il existe aussi de l’aide pour les enfants. # speaker: narrator
Ce qui s’est passé reste dans la famille et auprès des personnes qu’elle choisit. Les combattants près de {village} figurent dans le rapport du poste, sans aucun nom. # speaker: narrator # ending: child-first
-> END

=== village_talks ===
{public:
    Le soir venu, ce que la foule a vu et entendu à l’entrée a fait le tour de {village}. Les gens regardent {girl} autrement. # speaker: narrator
}
{hinted:
    « Une enfant blessée hier dans les champs » : le soir venu, tout {village} sait de quelle enfant il s’agit. # speaker: narrator
}
{mother} garde {girl} à la maison longtemps après cela. # speaker: narrator
Gardé à l’abri des regards, ce qui s’est passé aurait pu rester l’affaire de la famille. La sécurité et l’intimité passent en premier, pour un enfant plus encore. # speaker: narrator # ending: village-talks
-> END

=== child_frightened ===
{girl} pleure tout le long du chemin du retour. # speaker: narrator
Il n’appartenait à personne, au poste, de chercher à savoir ce qui lui était arrivé. Les questions, et le fait d’être éloignée de sa mère, effraient un enfant et peuvent lui faire encore plus de mal. # speaker: narrator
{mother} ne la ramène pas au poste, et ne sait pas encore qu’il existe de l’aide pour les enfants. # speaker: narrator # ending: child-frightened
-> END

=== identity_exposed ===
Le chef apprend tout avant midi, et le soir venu, la moitié de {village} aussi. # speaker: narrator
{mother} apprend que sa belle-famille est au courant, et l’histoire qu’ils racontent n’est pas la sienne. # speaker: narrator
Ce qui est arrivé à {girl} appartenait à sa famille. Le transmettre sans le consentement de sa mère est une erreur critique, quelle que soit l’intention. # speaker: narrator # ending: identity-exposed
-> END
