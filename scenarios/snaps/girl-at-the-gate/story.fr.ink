// Snap situation: a girl at the gate.
// A teenage girl comes to the base gate: a peacekeeper promised her money and a job. This is sexual exploitation and
// abuse (SEA) by UN personnel, attempted or actual; it must go to the Conduct and Discipline Team (CDT), whatever she
// asks, but she is a child and a victim: received in private with a woman present, not questioned, told the truth,
// and offered help that does not wait for any investigation, which she takes only as she chooses. Her identity
// stays within need-to-know.
// Built from guidance/notes/external-public-guidance.md items 40, 41, 47, 50, 59, 62, 66 and 73, and seed 001
// L3726-3727 (best interests of the child, do no harm) and L3968-3973 (stigma; confidential complaint points).

VAR name = ""            // the girl's name (shown)
VAR village = ""         // her village (shown)
VAR job = ""             // the job she was promised (shown)
VAR public = false       // she was heard at the public gate
VAR questioned = false   // she was questioned or her age was checked
VAR broken = false       // sent away, a promise, a favour, or action without asking her
VAR sentaway = false     // told to go to the town police
VAR promised = false     // promised secrecy and an outcome
VAR favour = false       // offered work at the base
VAR pushed = false       // pushed towards a statement
VAR agecheck = false     // asked for proof of her age
VAR silent = false       // no one told her it was not her fault, or what could happen next
VAR exposed = false      // her name went to someone with no need to know (critical)
VAR hinted = false       // hints about her were passed on
VAR unitcase = false     // she was handed to the Sergeant Major, as a matter for the unit

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ name = "Neza"
    ~ village = "Dembeleso"
    ~ job = "à la cuisine"
- 2:
    ~ name = "Sitti"
    ~ village = "Bantuvi"
    ~ job = "à la blanchisserie"
- else:
    ~ name = "Awa"
    ~ village = "Dembeleso"
    ~ job = "dans l’équipe de nettoyage"
}
-> gate

// ---------------------------------------------------------------------------------------------------------------
=== gate ===
Fin de matinée, à l’entrée principale d’une base de la MINUKA, dans le nord du Kavara. Vous êtes de service à l’entrée. # scene: base # speaker: narrator
Une fille d’une quinzaine d’années attend dans la file des journaliers. Quand vient son tour, elle garde les yeux baissés. # speaker: narrator # person: girl afraid # person: boateng neutral
Un soldat de ce camp m’a promis de l’argent. Et un travail, {job}. # speaker: girl
Il m’a dit de ne rien dire. J’ai peur. # speaker: girl
Le soldat Boateng, à la barrière, vous jette un coup d’œil. Dans la file, les hommes se sont tus et écoutent. # speaker: narrator # person: boateng wary
+ [L’écouter ici même, à la barrière, et vite. Elle a assez attendu comme ça # evidence: sea.victim-assistance 2 # evidence: sea.confidentiality 1]
    ~ public = true
    ~ hinted = true
    Elle parle bas, mais les hommes de la file se rapprochent. Boateng entend chaque mot. # speaker: narrator
+ [L’envoyer à la police de la ville. C’est là qu’on signale les crimes # evidence: sea.victim-assistance 0]
    ~ broken = true
    ~ sentaway = true
    ~ public = true
    Elle ne bouge pas. La police le dira à mon père. # speaker: narrator # person: girl sad
    Vous finissez par la laisser se mettre sur le côté de la barrière, à la vue de toute la file. # speaker: narrator
+ [L’emmener dans la salle des visiteurs et faire venir Mariam # evidence: sea.victim-assistance 3 # evidence: sea.confidentiality 3]
    La salle des visiteurs, à côté de l’entrée, est à l’abri des regards de la file. Mariam, l’assistante linguistique, arrive en quelques minutes. # speaker: narrator # person: boateng gone # person: mariam calm
    Porte fermée, la jeune fille s’assoit au bord d’une chaise. # speaker: narrator
+ [Appeler le sergent-major à l’entrée. Les plaintes contre les hommes, c’est lui # evidence: sea.victim-assistance 1 # evidence: sea.confidentiality 1]
    ~ broken = true
    ~ unitcase = true
    ~ public = true
    Le sergent-major descend à grands pas jusqu’à la barrière. Lequel de mes hommes ? Montre-le-moi, petite. # speaker: narrator
    Elle recule. Quand il repart en grommelant qu’il va s’en occuper, toute la file a entendu. # speaker: narrator
- -> her_words

// ---------------------------------------------------------------------------------------------------------------
=== her_words ===
Elle dit s’appeler {name}, et venir de {village}. # speaker: narrator
Il a dit que j’aurai le travail si je viens d’abord dans sa chambre, la nuit. Maintenant, il dit que si je parle, ma famille aura des ennuis. # speaker: girl # person: girl afraid
Elle s’interrompt et fixe ses mains. # speaker: narrator
L’Équipe Déontologie et discipline voudra savoir qui il est et ce qui s’est passé. Vous pourriez le lui demander maintenant. # speaker: narrator
+ [Lui demander doucement ce qu’il lui a fait, et quand, pour qu’elle n’ait à le raconter qu’une fois # evidence: sea.child 0]
    ~ questioned = true
    Elle essaie. À mi-chemin, elle se met à pleurer et s’arrête. Elle ne connaît pas son nom, seulement son visage. # speaker: narrator # person: girl sad
+ [Lui demander sa carte d’élève, pour que son âge figure au dossier # evidence: sea.child 1]
    ~ questioned = true
    ~ agecheck = true
    Elle recule. Je ne l’ai pas sur moi. # speaker: narrator # person: girl afraid
    Elle regarde la sortie comme si elle allait s’enfuir. # speaker: narrator
+ [Ne plus rien dire, et attendre tranquillement avec elle que l’équipe arrive # evidence: sea.child 2]
    ~ silent = true
    Les minutes passent. Elle ne sait ni qui va venir, ni pourquoi. # speaker: narrator # person: girl wary
+ [Lui dire que ce n’est pas sa faute, et qu’une femme formée peut l’écouter si elle veut # evidence: sea.child 3]
    Vous ne lui demandez rien sur ce qui s’est passé. Elle a bien fait de venir, lui dites-vous, et en qui a-t-elle confiance ? # speaker: narrator
    Elle souffle. Ma tante. Pas mon père. # speaker: narrator # person: girl sad
    Vous ferez venir sa tante, si elle le souhaite. # speaker: narrator
- -> her_question

// ---------------------------------------------------------------------------------------------------------------
=== her_question ===
Est-ce qu’il ira en prison ? Est-ce que j’aurai quand même le travail ? # speaker: girl # person: girl afraid
S’il vous plaît, ne le dites à personne. Si mon père l’apprend… # speaker: girl
+ [Lui promettre qu’il sera renvoyé chez lui, et que personne d’autre ne le saura jamais # evidence: sea.victim-assistance 1]
    ~ broken = true
    ~ promised = true
    Elle agrippe votre manche. Vous promettez ? # speaker: narrator # person: girl hopeful
    Aucune de ces deux promesses n’est à vous. L’affaire doit aller à l’Équipe Déontologie et discipline quoi qu’elle demande, et ce qui lui arrivera, à lui, ne dépend pas de vous. # speaker: narrator
+ [Être honnête : vous ne pouvez rien promettre sur son sort à lui, mais l’aide n’attend pas. Lui demander ce qu’elle veut # evidence: sea.victim-assistance 3]
    L’affaire doit aller à l’équipe qui s’en occupe, lui dites-vous, et cette équipe protégera son nom. Ce qui lui arrivera, à lui, vous ne pouvez pas le promettre. # speaker: narrator # person: girl wary
    L’aide n’attend pas l’enquête : un examen de santé, quelqu’un à qui parler, ou un endroit sûr. Elle reste un moment silencieuse. # speaker: narrator
    Une femme. Seulement une femme. Et ma tante avec moi. # speaker: girl # person: girl calm
+ [Lui proposer quelques jours de travail payé à la cuisine, pour qu’elle ne soit pas perdante # evidence: sea.victim-assistance 0]
    ~ broken = true
    ~ favour = true
    Elle vous regarde, et son visage se ferme. C’est avec un travail à la base que tout a commencé. # speaker: narrator # person: girl wary
+ [Appeler l’équipe par radio pour qu’elle vienne recueillir sa déposition, tant qu’elle est d’accord # evidence: sea.victim-assistance 1]
    ~ broken = true
    ~ pushed = true
    Au mot de déposition, elle se raidit. Je n’ai pas dit que je ferais une déposition. # speaker: narrator # person: girl afraid
- Vous appelez l’Équipe Déontologie et discipline et lui rapportez ce qu’elle a dit, comme vous le devez, et ce qu’elle a demandé. # speaker: narrator
Dans l’heure, une femme de l’équipe vient la chercher et la fait sortir par le chemin latéral. # speaker: narrator # person: girl gone # person: mariam gone
-> gate_talk

// ---------------------------------------------------------------------------------------------------------------
=== gate_talk ===
De retour à la barrière, Boateng vous attend. # speaker: narrator # person: boateng neutral
Alors ? C’est qui, et c’est lequel des nôtres ? Je connais du monde à {village}. Donne-moi son nom, et je dirai à sa famille de la tenir loin de la base. # speaker: boateng
+ [Ne rien lui dire, et retourner à votre poste à la barrière # evidence: sea.confidentiality 2]
    Boateng hausse les épaules. Dans la file, les hommes continuent de faire des suppositions à voix haute. # speaker: narrator # person: boateng wary
+ [Dire que c’est entre de bonnes mains, et que personne ne la nomme ni ne devine, ici ou au mess # evidence: sea.confidentiality 3]
    Toute personne qui a une préoccupation s’adresse à l’Équipe Déontologie et discipline, ajoutez-vous. # speaker: narrator
    Boateng hausse les épaules, puis acquiesce. D’accord. # speaker: narrator # person: boateng calm
+ [Lui dire seulement qu’un soldat promet du travail à des filles du village, pour qu’il ouvre l’œil # evidence: sea.confidentiality 1]
    ~ hinted = true
    Boateng acquiesce. Le soir venu, la moitié de la garde sait qu’une fille est venue se plaindre d’un soldat. # speaker: narrator # person: boateng calm
+ [Lui donner son nom et son village. Sa famille doit la tenir loin de la base # evidence: sea.confidentiality 0 # critical: sea.confidentiality # evidence: sea.child 1]
    ~ exposed = true
    Boateng l’écrit au dos de sa main. # speaker: narrator # person: boateng calm
- -> aftermath

// ---------------------------------------------------------------------------------------------------------------
=== aftermath ===
{
- exposed:
    -> identity_exposed
- broken:
    -> trust_broken
- questioned:
    -> questioned_again
- else:
    -> help_within_reach
}

=== help_within_reach ===
{name} est partie avec une femme de l’Équipe Déontologie et discipline, et l’aide qu’elle a demandée, selon ses conditions. # speaker: narrator # person: boateng gone
{public:
    Mais elle a raconté son histoire à l’entrée, en public, et les hommes de la file en ont entendu une partie. # speaker: narrator
}
{silent:
    Elle a attendu en silence, sans savoir que rien de tout cela n’était sa faute, ni ce qui pouvait se passer ensuite. # speaker: narrator
}
{hinted && not public:
    Des allusions à son sujet sont allées plus loin qu’elles n’auraient dû. # speaker: narrator
}
Ce qui arrivera au soldat, d’autres en décideront. Ce qu’elle attendait de vous, c’était la discrétion, la vérité et le choix. # speaker: narrator # ending: help-within-reach
-> END

=== questioned_again ===
{name} est partie avec une femme de l’Équipe Déontologie et discipline. # speaker: narrator # person: boateng gone
{agecheck:
    Mais d’abord, la personne à qui elle était venue demander de l’aide lui a demandé de prouver son âge, comme si elle mentait. # speaker: narrator
- else:
    Mais d’abord, la personne à qui elle était venue demander de l’aide l’a interrogée sur ce qu’un soldat lui avait fait. # speaker: narrator
}
Une enfant ne devrait avoir à le raconter qu’une fois, si elle le veut, et seulement à des personnes formées pour l’écouter. # speaker: narrator # ending: questioned-again
-> END

=== trust_broken ===
{name} est partie avec une femme de l’Équipe Déontologie et discipline, mais sans plus faire confiance à personne en uniforme. # speaker: narrator # person: boateng gone
{sentaway:
    On lui a d’abord dit de s’adresser à la police de la ville, qui l’aurait dit à son père. # speaker: narrator
}
{unitcase:
    On l’a confiée au sergent-major devant toute la file, comme si l’unité pouvait juger les siens. Les plaintes visant le personnel des Nations Unies vont à l’Équipe Déontologie et discipline. # speaker: narrator
}
{promised:
    On lui a promis le secret et une issue que personne ne pouvait garantir, et la promesse a été rompue dans l’heure. # speaker: narrator
}
{favour:
    On lui a proposé du travail à la base, la chose même qui a servi à l’exploiter. # speaker: narrator
}
{pushed:
    On l’a poussée vers une déposition qu’elle n’avait pas accepté de faire. # speaker: narrator
}
L’aide, c’est à elle de la choisir, et la vérité, on la lui devait. # speaker: narrator # ending: trust-broken
-> END

=== identity_exposed ===
Dès le lendemain, à {village}, on sait que {name} est allée à la base se plaindre d’un soldat. # speaker: narrator # person: boateng gone
Son père l’apprend par un voisin. Elle ne retourne pas à l’école de la semaine. # speaker: narrator
L’identité d’une enfant était à protéger. La divulguer est une erreur critique, quoi que vous ayez bien fait par ailleurs. # speaker: narrator # ending: identity-exposed
-> END
