// Snap situation: a trader offers a "gift" to skip the queue while a partner officer harasses a young woman in the
// car behind (French translation: same structure as story.ink, only the words differ).
// Setting: a joint checkpoint of MINUKA (fictional) and the Kavara National Police (fictional), as in the core
// checkpoint scenario. The harassing officer is host-state police, not UN personnel: his conduct goes through the
// trainee's chain to the host-state police chain of command. It is not sexual exploitation and abuse by UN
// personnel, and it does not go to Conduct and Discipline.
// Built from guidance/notes/external-public-guidance.md (a): item 10 (UN police accept no reward or gift), item 11
// (OIOS: bribes are reportable wrongdoing), item 12 (respect, never abuse authority); and from the DPO Resource
// Package (001): L2909-2911 (inaction is a failure to protect), L4141-4149 (support host-state police on SGBV),
// L4238-4239 (components share information). The harassment is told in a few words and never shown.

VAR place = ""    // shown: the checkpoint
VAR trader = ""   // shown: the trader's name
VAR cargo = ""    // shown: what his pickup carries
VAR gift = ""     // shown: what he has left in the glovebox
VAR girl = ""     // shown: the young woman's name
VAR errand = ""   // shown: where she has to be

VAR took = false       // you took the gift (critical)
VAR waved = false      // the pickup went past the queue unsearched
VAR stood_by = false   // you watched, or put it off, while Constable Maka harassed her
VAR public = false     // you shamed Constable Maka in front of the queue
VAR protected = false  // you stepped in calmly and got her out of it
VAR hushed = false     // you let the matter drop for the sake of the partnership
VAR misrouted = false  // you sent it to Conduct and Discipline, which deals with UN personnel only
VAR unlogged = false   // you refused the gift but did not record or report the offer
VAR report_only = false // you reported the harassment in writing but said nothing to the inspector on the day

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ place = "L’embranchement de la brasserie"
    ~ trader = "M. Dauda"
    ~ cargo = "sacs de riz"
    ~ gift = "une enveloppe de billets"
    ~ girl = "Afia"
    ~ errand = "un examen à l’école d’infirmières à quatorze heures"
- 2:
    ~ place = "La route de la crête"
    ~ trader = "M. Ekow"
    ~ cargo = "caisses de sodas"
    ~ gift = "une cartouche de cigarettes et une carte téléphonique"
    ~ girl = "Mercy"
    ~ errand = "un entretien d’embauche en ville à midi"
- else:
    ~ place = "Le pont du chemin de fer"
    ~ trader = "M. Kanu"
    ~ cargo = "sacs de ciment"
    ~ gift = "une bouteille de whisky avec des billets dessous"
    ~ girl = "Joy"
    ~ errand = "le mariage de ma sœur cet après-midi"
}
-> barrier

// ---------------------------------------------------------------------------------------------------------------
=== barrier ===
{place}, en milieu de matinée, au poste de contrôle conjoint avec la Police nationale du Kavara. Un pick-up chargé de {cargo} sort de la file et s’arrête à votre barrière. # scene: checkpoint # speaker: narrator # person: trader hopeful
Chef ! Je passe ici toutes les semaines. Regardez dans la boîte à gants : {gift}, un petit quelque chose pour votre équipe. Levez juste la barrière, hein ? # speaker: trader
Derrière lui, à la voiture suivante, votre partenaire, l’agent Maka de la police du Kavara, brandit la carte d’identité d’une jeune femme. # speaker: narrator # person: maka neutral # person: girl afraid
{girl}. Quel joli prénom. Donnez-moi votre numéro, et vous récupérez votre carte. # speaker: maka
+ [Lever la barrière sans ouvrir la boîte à gants, et consigner que vous n’avez rien pris # evidence: checkpoint.no-bribes 1]
    ~ waved = true
    {trader} sourit, referme la boîte à gants et double la file sans être fouillé. Cinquante personnes le regardent passer. # speaker: narrator # person: trader gone
    Au registre, vous écrivez qu’un cadeau a été offert et refusé. # speaker: narrator
+ [Dire non, le renvoyer dans la file, et consigner son offre # evidence: checkpoint.no-bribes 3]
    Il rit, puis voit que vous ne plaisantez pas, et recule le pick-up dans la file. Il sera fouillé à son tour, comme tout le monde. # speaker: narrator # person: trader angry
    Plus tard, vous l’inscrivez au registre : {trader}, la plaque, l’heure, {gift}. Puis vous en informez votre chaîne de commandement. # speaker: narrator # person: trader gone
+ [Accepter poliment : ici, refuser est une offense, et la file est longue # evidence: checkpoint.no-bribes 0 # critical: checkpoint.no-bribes]
    ~ took = true
    ~ waved = true
    Vous sortez {gift} de la boîte à gants. Le pick-up double la file sans être fouillé. Cinquante personnes le regardent passer. # speaker: narrator # person: trader gone
+ [Refuser, et le renvoyer à sa place dans la file # evidence: checkpoint.no-bribes 2]
    ~ unlogged = true
    Il rit, puis voit que vous ne plaisantez pas, et recule le pick-up dans la file. # speaker: narrator # person: trader gone
- -> car

// ---------------------------------------------------------------------------------------------------------------
=== car ===
{girl} a environ dix-huit ans. Son père, au volant, regarde droit devant lui. # speaker: narrator # person: girl afraid
S’il vous plaît. J’ai {errand}. # speaker: girl
Ou alors vous venez au poste avec moi, pour une vraie fouille. # speaker: maka
Il ouvre sa portière et la prend par le bras. Deux hommes dans la file rient. # speaker: narrator
+ [Lui dire bien fort qu’il déshonore son uniforme, et lui arracher la carte # evidence: checkpoint.harassment 1]
    ~ public = true
    Toute la file se retourne. Le visage de Maka se ferme, et deux de ses collègues viennent se placer à côté de lui. # speaker: narrator # person: maka angry
    {girl} reprend sa carte et fixe ses genoux. Maintenant, tout le monde la regarde. # speaker: narrator # person: girl sad
+ [Vous placer près d’elle, tendre la main vers Maka pour la carte, et la lui rendre # evidence: checkpoint.harassment 3]
    ~ protected = true
    Maka lâche son bras. Un instant, il semble prêt à protester. Puis il vous tend la carte. # speaker: narrator # person: maka angry
    Vous la rendez à la jeune femme et dites à son père que le contrôle est terminé. Puis vous demandez discrètement à Maka de vous suivre à l’écart. # speaker: narrator
    {girl} tient sa carte à deux mains. # speaker: narrator # person: girl wary
    S’il vous plaît, ne mettez mon nom nulle part. Pas pour l’instant. # speaker: girl
+ [Laisser faire sa chaîne de commandement ; son inspecteur s’occupe de ses hommes # evidence: checkpoint.harassment 0]
    ~ stood_by = true
    Vous détournez les yeux. Dix minutes plus tard, Maka jette la carte par la vitre de la voiture. # speaker: narrator # person: girl afraid
+ [Consigner l’heure et la voiture, et le signaler à son inspecteur après le service # evidence: checkpoint.harassment 0]
    ~ stood_by = true
    Vous notez l’heure. Maka la garde près du poste dix minutes de plus, puis jette la carte par la vitre de la voiture. # speaker: narrator # person: girl afraid
    Prendre des notes, ce n’est pas intervenir. Pendant que vous écriviez, elle est restée seule avec lui. # speaker: narrator
- La voiture s’éloigne. # speaker: narrator # person: girl gone
-> inspector

// ---------------------------------------------------------------------------------------------------------------
=== inspector ===
Une demi-heure plus tard, l’inspecteur Wanji, qui commande les policiers du poste, s’approche. # speaker: narrator # person: maka gone # person: wanji wary
{
- public:
    Vous avez humilié mon agent devant toute la route. Mes hommes relèvent de moi, pas de l’ONU. # speaker: wanji # person: wanji angry
- protected:
    L’agent Maka dit que vous l’avez empêché de faire son travail. Mes hommes relèvent de moi. # speaker: wanji
- else:
    Tout est calme par ici ? # speaker: wanji # person: wanji neutral
}
+ [Ne rien lui dire pour l’instant ; cela ira ce soir dans votre rapport écrit # evidence: checkpoint.harassment 2]
    ~ report_only = true
    L’inspecteur Wanji attend une réponse, puis hausse les épaules et retourne au poste. L’agent Maka reste aux voitures tout l’après-midi. # speaker: narrator # person: wanji neutral
+ [Le signaler à l’Équipe Déontologie et discipline comme exploitation et atteintes sexuelles # evidence: checkpoint.harassment 1]
    ~ misrouted = true
    Le soir même, l’Équipe Déontologie et discipline vous rappelle. Elle s’occupe du personnel de l’ONU, pas des policiers du Kavara ; le signalement doit repartir, par votre chaîne de commandement. # speaker: narrator
+ [Le prendre à part : lui dire ce qu’a fait Maka, et que cela remonte votre chaîne # evidence: checkpoint.harassment 3]
    L’inspecteur Wanji reste un moment silencieux. # speaker: narrator # person: wanji wary
    Ce n’est pas la première fois. Je le mets à la radio pour le reste de la journée, et je m’occuperai de lui. # speaker: wanji
    Le soir même, votre rapport remonte votre chaîne de commandement, pour la hiérarchie de la police, sans le nom de {girl}. # speaker: narrator
+ [Ne rien dire de Maka ; vous aurez besoin de l’inspecteur demain # evidence: checkpoint.harassment 0]
    ~ hushed = true
    Vous ne dites rien au sujet de l’agent Maka. L’inspecteur Wanji hoche la tête et retourne au poste. # speaker: narrator # person: wanji calm
    L’agent Maka retourne aux voitures. # speaker: narrator
- -> wrap

// ---------------------------------------------------------------------------------------------------------------
=== wrap ===
{
- took:
    -> bought
- public:
    -> strained
- waved || stood_by || hushed || misrouted || unlogged || report_only:
    -> gaps
- else:
    -> clean
}

=== clean ===
Plus tard, vous repensez à cette matinée. # speaker: narrator # person: wanji gone
Personne n’a acheté son passage à votre barrière : {trader} a attendu et a été fouillé comme tout le monde. # speaker: narrator
Et ce qu’a subi {girl} est en route vers ceux qui peuvent agir, sans son nom. # speaker: narrator # ending: clean
-> END

=== gaps ===
Plus tard, vous repensez à cette matinée. Vous n’avez rien pris et n’avez humilié personne, mais certaines choses vous ont échappé ou sont restées à mi-chemin. # speaker: narrator # person: wanji gone
{waved:
    {trader} a doublé la file avec son pick-up sans être fouillé. Pour la file, cela ressemble exactement à un pot-de-vin. # speaker: narrator
}
{stood_by:
    {girl} a été laissée seule face à l’agent Maka, sous les yeux de tout le poste. # speaker: narrator
}
{hushed:
    La conduite de l’agent Maka n’a eu aucune suite. Demain, il sera de retour aux voitures. # speaker: narrator
}
{misrouted:
    Votre signalement a frappé à la mauvaise porte, et a perdu une journée. # speaker: narrator
}
{unlogged:
    {trader} n’apparaît ni au registre ni dans votre compte rendu. S’il prétend demain que vous avez pris son cadeau, ce sera votre parole contre la sienne. # speaker: narrator
}
{report_only:
    L’inspecteur Wanji n’a rien su de vous aujourd’hui, et l’agent Maka a passé l’après-midi aux voitures. # speaker: narrator
}
Chaque faille apprend à la route ce qu’elle peut se permettre. # speaker: narrator # ending: gaps
-> END

=== strained ===
Plus tard, vous repensez à cette matinée. Vous avez pris la défense de {girl}, mais en public, en haussant le ton. # speaker: narrator # person: wanji gone
La file l’a regardée, elle, autant que lui, et le partenariat dont vous avez besoin en a pris un coup. # speaker: narrator
La fermeté, le calme et la discrétion protègent mieux que les éclats en public. # speaker: narrator # ending: strained
-> END

=== bought ===
Plus tard, vous repensez à cette matinée. # speaker: narrator # person: wanji gone
Cinquante personnes ont vu le pick-up de {trader} doubler la file après que vous avez plongé la main dans sa boîte à gants. # speaker: narrator
D’ici la semaine prochaine, toute la route connaîtra le prix de ce poste de contrôle. Accepter un cadeau en échange d’une faveur est une erreur critique, quoi qu’il se soit bien passé par ailleurs. # speaker: narrator # ending: bought
-> END
