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
    ~ age = "sept"
- else:
    ~ mother = "Esperance"
    ~ girl = "Neema"
    ~ age = "cinq"
}
-> gate

// ---------------------------------------------------------------------------------------------------------------
=== gate ===
Milieu de matinée au poste avancé de la mission, à la sortie de {village}. Vous êtes de garde à l’entrée. # scene: base # speaker: narrator
{iname}, l’interprète recruté à {village}, se tient à côté de vous. # speaker: narrator # person: interp neutral
Une femme monte le chemin en hâte, une fillette d’environ {age} ans dans les bras. Des gens de la route du marché la suivent pour voir. # speaker: narrator # person: mother afraid # person: girl afraid
Les combattants sont venus dans notre champ hier. Ils ont fait du mal à ma fille. Regardez-la ! # speaker: mother
{iname} traduit. La foule se rapproche. Quelqu’un appelle la mère par son prénom, {mother}. # speaker: narrator
+ [L’écouter à l’entrée, par {iname} : les gens doivent voir que l’ONU agit # evidence: crsv.safety-privacy 1]
    ~ public = true
    {mother} parle, {iname} traduit, et la foule entend chaque mot. # speaker: narrator
    Un vieil homme secoue la tête. Deux jeunes filles dévisagent l’enfant dans ses bras. # speaker: narrator # person: girl afraid
    Au bout d’un moment, le sergent ouvre le portail et fait entrer la mère et la fille à l’ombre, près de la tente médicale. # speaker: narrator
    La foule a vu l’ONU écouter. Elle a vu aussi de quelle enfant il s’agit, et entendu pourquoi. # speaker: narrator
+ [Les faire entrer derrière le paravent, et lui demander si elle préfère parler par Salma # evidence: crsv.safety-privacy 3]
    ~ salma_in = true
    Vous le lui demandez à voix basse. Salma est l’assistante linguistique de l’équipe d’engagement ; {iname} est un homme de son village. # speaker: narrator
    Elle acquiesce aussitôt. Derrière le paravent, Salma s’assoit avec elles, et {iname} reste à l’entrée. # speaker: narrator # person: interp gone # person: salma calm
+ [Se tourner vers la foule et demander qui a vu les combattants, et par où ils sont partis # evidence: crsv.safety-privacy 0]
    ~ public = true
    Tout le monde parle en même temps. On montre du doigt le champ, la fillette, sa mère. # speaker: narrator # person: girl afraid
    {mother} serre le visage de sa fille contre son épaule. # speaker: narrator # person: mother angry
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
+ [Envoyer la fillette voir les véhicules, pour qu’elle n’entende pas tout cela # evidence: crsv.child 0]
    ~ frightened = true
    {girl} s’accroche au cou de sa mère. Il faut sa mère et un soldat pour lui desserrer les mains. # speaker: narrator # person: mother afraid
    Elle reste seule près des véhicules blindés, parmi des hommes en uniforme qu’elle ne connaît pas, en larmes. # speaker: narrator # person: girl gone
    {mother} se lève à moitié du banc et la suit des yeux. Au bout d’une minute, elle demande qu’on lui ramène sa fille. # speaker: narrator
    Un jour après que des hommes armés lui ont fait du mal, la fillette a été éloignée de la seule personne en qui elle a confiance. # speaker: narrator
+ [Dire à sa mère que la petite est jeune ; elle oubliera plus vite si personne n’en parle # evidence: crsv.child 1]
    ~ brushed = true
    {mother} vous regarde, hésitante. Peut-être. # speaker: narrator # person: mother sad
    {girl} n’a pas cessé de trembler. Sa mère repart en croyant que le silence est la seule aide qui existe. # speaker: narrator # person: girl afraid
+ [Dire que la fillette n’a rien à raconter. Demander à sa mère ce qu’elle veut pour elle # evidence: crsv.child 3]
    {mother} caresse les cheveux de sa fille. {girl} reste sur ses genoux. # speaker: narrator # person: mother calm # person: girl wary
    Vous ajoutez que le poste de santé et les services de protection de l’enfance aident aussi les enfants, dès aujourd’hui, si elle le souhaite. # speaker: narrator
    Le poste de santé, alors. Aujourd’hui. Avec moi à côté d’elle. # speaker: mother
+ [S’accroupir et demander doucement à la fillette ce qui s’est passé, comme le veut sa mère # evidence: crsv.child 0]
    ~ frightened = true
    {girl} se met à pleurer et s’accroche à sa mère. # speaker: narrator # person: girl afraid # person: mother afraid
    Sa mère le lui demandait. Ce n’était pourtant pas à vous de le demander : chercher à savoir ce qui est arrivé à un enfant est le travail de spécialistes. # speaker: narrator
- -> chief

// ---------------------------------------------------------------------------------------------------------------
=== chief ===
{mother} et {girl} repartent par le sentier de côté. # speaker: narrator # person: mother gone # person: girl gone # person: salma gone
À l’entrée, {iname} vient vers vous. # speaker: narrator # person: interp wary
Le chef va me demander ce qu’elle a dit. C’est l’oncle de son mari. Je devrais lui dire, pour que la famille puisse protéger la petite. # speaker: interp
+ [Lui dire que rien de ce qui se dit au poste n’est répété, ni au chef ni à personne # evidence: crsv.confidentiality 3]
    Il hésite. Vous ajoutez que c’est à {mother} de décider qui sait, et que le poste signalera les combattants près de {village} sans aucun nom. # speaker: narrator
    Il hoche la tête. # speaker: narrator # person: interp calm
    C’est son choix. Je comprends. # speaker: interp
+ [Être d’accord. C’est l’oncle de son mari ; sa famille saura la protéger, et restera discrète # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    ~ exposed = true
    {iname} part vers la maison du chef. # speaker: narrator # person: interp gone
+ [Le laisser dire qu’une enfant a été blessée dans les champs, mais sans aucun nom # evidence: crsv.confidentiality 1]
    ~ hinted = true
    Il hoche la tête. À {village}, cela vaut un nom. # speaker: narrator # person: interp neutral
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
{frightened:
    {girl} pleure tout le long du chemin du retour. # speaker: narrator
    Il n’appartenait à personne, au poste, de chercher à savoir ce qui lui était arrivé. Les questions, et le fait d’être éloignée de sa mère, effraient un enfant et peuvent lui faire encore plus de mal. # speaker: narrator
- else:
    {girl} ne lâche pas sa mère de tout le chemin du retour. # speaker: narrator
    Les enfants n’oublient pas si simplement. En écartant sa peur, on a laissé croire à sa mère qu’il n’y avait rien à faire. # speaker: narrator
}
{mother} ne la ramène pas au poste, et ne sait pas encore qu’il existe de l’aide pour les enfants. # speaker: narrator # ending: child-frightened
-> END

=== identity_exposed ===
Le chef apprend tout avant midi, et le soir venu, la moitié de {village} aussi. # speaker: narrator
{mother} apprend que sa belle-famille est au courant, et l’histoire qu’ils racontent n’est pas la sienne. # speaker: narrator
Ce qui est arrivé à {girl} appartenait à sa famille. Le transmettre sans le consentement de sa mère est une erreur critique, quelle que soit l’intention. # speaker: narrator # ending: identity-exposed
-> END
