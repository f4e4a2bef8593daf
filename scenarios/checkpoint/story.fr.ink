// Checkpoint.
// Setting: the joint checkpoint at Kessa bridge, on the main road into Kessa market town, Kavara (fictional);
// UN mission MINUKA (fictional), the same country and mission as the survivor-contact scenario.
// The trainee commands the MINUKA section (military), is the UNPOL officer at the post (police), or observes it as
// a civil affairs officer (civilian). Searches are done by the Kavara National Police (KNP).
// The harassing officer is host-state police, not UN personnel: his conduct goes through the trainee's chain to the
// host-state police chain of command. It is not sexual exploitation and abuse by UN personnel.
// Harassment and trafficking are told in a few words and never shown.

VAR component = "military" // set by the engine before the story starts: "military", "police" or "civilian"

VAR searcher = 0      // until the minibus: 0 no woman searcher or screen; 1 screen but no woman searcher; 2 both
VAR heard = false     // Ma Rukia was listened to this morning (used in her search, then cleared)
VAR calm = false      // the queue was organised with dignity (used when the queue flares up, then cleared)
VAR waved = false     // Mr Sesay's lorry went past the queue unsearched
VAR partner = 2       // 0..2: how well you work with Inspector Lende; he holds the minibus only if this is 1 or more
VAR lina = "none"     // how Lina was treated: "protected", "shouted", "ignored", "later" (cleared after Lende)
VAR skipped = false   // a woman was waved through unsearched
VAR hushed = false    // the harassment was dropped for the sake of the partnership
VAR stood_by = false  // you watched while Tiro harassed Lina
VAR rough = false     // people in the queue were shouted at, pushed or sent off
VAR women = "none"    // the minibus: "screened", "asked", "confronted", "calmed", "missed", "passed", "held", "exposed"
VAR child = "none"    // Tomi: "safe", "alone", "base", "station", "kept", "handed"
VAR promised = false  // you promised something you cannot guarantee
VAR strained = false  // you confronted someone in public
VAR harm = ""         // the first critical error: "search", "bribe", "women" or "child"

-> dawn

// ---------------------------------------------------------------------------------------------------------------
=== dawn ===
Pont de Kessa, sur la route principale qui mène à la ville de Kessa et à son marché. Jour de marché, peu après l’aube. # scene: checkpoint # speaker: narrator
{
- component == "police":
    Vous êtes membre de la police des Nations Unies (UNPOL) et travaillez au poste de contrôle conjoint, aux côtés de la Police nationale du Kavara. # speaker: narrator
- component == "civilian":
    Vous êtes spécialiste des affaires civiles à la MINUKA. L’association des femmes du marché s’est plainte de ce poste de contrôle, et vous êtes là pour l’observer. # speaker: narrator
- else:
    Vous commandez la section d’infanterie de la MINUKA au poste de contrôle conjoint tenu avec la Police nationale du Kavara. # speaker: narrator
}
L’inspecteur Bakari Lende commande les policiers du poste. # speaker: narrator # person: lende neutral
{component == "military":
    Le caporal Kofi Mensah est votre adjoint. # speaker: narrator # person: kofi neutral
- else:
    Le caporal Kofi Mensah commande la section de la MINUKA qui garde le poste. # speaker: narrator # person: kofi neutral
}
Le mois dernier, une grenade a été découverte dans un sac au marché de Kessa. Aujourd’hui, toute personne à pied qui porte un sac est fouillée, ainsi que chaque véhicule. # speaker: narrator
Trois cents commerçants avant midi, et j’ai quatre agents. L’agente Ayo part au poste du marché à neuf heures. Il faut que ça avance. # speaker: lende
L’agente Grace Ayo est la seule femme de son équipe. L’agent Musa Tiro installe la table de fouille au bord de la route, à la vue de tous. # speaker: narrator # person: ayo neutral # person: tiro neutral
+ [Proposer à l’inspecteur Lende que l’agente Ayo reste ici toute la journée pour fouiller les femmes, dans un coin à l’abri des regards derrière le poste, et que Kofi fasse venir de la base la caporale Owusu, comme seconde femme et témoin # evidence: checkpoint.setup 3]
    ~ searcher = 2
    Lende fronce les sourcils, puis hausse les épaules. # speaker: narrator # person: lende wary
    Le poste du marché l’aura cet après-midi. Ayo reste. # speaker: lende
    Les soldats de Kofi tendent une bâche entre le poste et un manguier. À huit heures, la caporale Ama Owusu arrive de l’équipe d’engagement. # speaker: narrator # person: owusu calm # person: ayo calm
+ [{component == "civilian": Suggérer|Demander} un coin à l’abri des regards derrière le poste. Si une femme doit être fouillée, on pourra rappeler l’agente Ayo du marché # evidence: checkpoint.setup 1]
    ~ searcher = 1
    Les soldats de Kofi tendent une bâche entre le poste et un manguier. # speaker: narrator
    À neuf heures, l’agente Ayo part pour le poste du marché. # speaker: narrator # person: ayo gone
+ [Laisser les choses telles quelles. Une file, une table : les agents connaissent leur travail # evidence: checkpoint.setup 0]
    ~ searcher = 0
    À neuf heures, l’agente Ayo part pour le poste du marché. # speaker: narrator # person: ayo gone
- -> queue

// ---------------------------------------------------------------------------------------------------------------
=== queue ===
À huit heures, la file s’étire déjà jusqu’à l’autre bout du pont. # speaker: narrator
Des femmes avec des paniers de tomates et de poisson séché, des hommes avec des sacs, des enfants, quelques camions. # speaker: narrator
L’inspecteur Lende parcourt la file du regard, puis se tourne vers vous. # speaker: narrator # person: lende angry
C’est trop lent. On palpe tout le monde dans la file, sur place. On n’a pas toute la journée. # speaker: lende
+ [Proposer une organisation plus rapide qui respecte la dignité des gens : une deuxième file pour les personnes sans sac, les camions sur le côté, de l’ombre pour les personnes âgées et les femmes avec des bébés, et quelqu’un qui longe la file pour expliquer ce qui se passe et pourquoi # evidence: checkpoint.dignity 3]
    ~ calm = true
    ~ partner_up(1)
    Lende réfléchit, puis acquiesce. # speaker: narrator # person: lende calm
    Kofi longe la file en expliquant. On installe un vieil homme à l’ombre. # speaker: narrator
    La file avance toujours lentement. Mais elle avance, et les gens savent pourquoi ils attendent. # speaker: narrator
+ [Accepter. On palpe tout le monde dans la file, à découvert, pour que ça avance # evidence: checkpoint.dignity 1]
    La file avance plus vite. # speaker: narrator # person: lende calm
    Un vieil homme se tient bras écartés en plein soleil pendant qu’un agent le palpe devant tout le monde. # speaker: narrator
+ [{component == "military": Ordonner à Kofi de|Demander à Kofi de faire} mettre de l’ordre dans la file : des soldats le long de la file, qui crient aux gens de se remettre en rang # evidence: checkpoint.dignity 0]
    ~ rough = true
    Des soldats longent la file en criant. Une femme lâche son panier, et des tomates roulent sur la route. # speaker: narrator
    Désormais, dans la file, personne ne regarde les soldats. # speaker: narrator
- -> rukia_comes

// ---------------------------------------------------------------------------------------------------------------
=== rukia_comes ===
Une femme au foulard vert remonte la file par le côté. Les femmes qui attendent la saluent par son nom. # speaker: narrator # person: rukia wary
C’est Ma Rukia. Elle préside l’association des femmes du marché. # speaker: kofi
Nos femmes attendent depuis l’aube. Le poisson se gâte au soleil. # speaker: rukia # person: rukia angry
Les hommes en camion passent devant. Et vos agents mettent les mains sur nos filles. # speaker: rukia
+ [Écouter. Lui demander ce qui rend le poste de contrôle pénible pour les femmes et ce qui les aiderait, puis présenter ensemble ses remarques à l’inspecteur Lende # evidence: checkpoint.setup 3]
    ~ heard = true
    Elle parle, et vous écoutez : des femmes fouillées par une femme, à l’abri des regards ; une file pour les femmes à pied ; un peu d’ombre. # speaker: narrator # person: rukia calm
    {searcher == 2:
        Elle regarde la bâche, puis la caporale Owusu. Une partie de tout cela, c’est déjà fait. # speaker: narrator
    - else:
        Lende écoute, les bras croisés, puis appelle le poste du marché par radio. L’agente Ayo va revenir, mais pas avant une heure. # speaker: narrator
    }
    Si ça peut calmer la file. # speaker: lende # person: lende wary
+ [L’écouter jusqu’au bout, puis expliquer pourquoi tout le monde est fouillé aujourd’hui et pourquoi cela prend du temps # evidence: checkpoint.setup 2]
    Elle écoute l’explication, et hoche la tête quand vous parlez de la grenade. # speaker: narrator # person: rukia wary
    La fouille, nous la comprenons. C’est la manière dont elle est faite qui nous dérange. # speaker: rukia
+ [Proposer de laisser aujourd’hui les femmes passer avant les hommes, sans fouille, pour compenser l’attente # evidence: checkpoint.setup 1 # evidence: checkpoint.same-gender-search 1]
    ~ partner_down(1)
    L’inspecteur Lende intervient avant qu’elle puisse répondre. # speaker: narrator # person: lende angry
    Non. Une grenade se moque de savoir qui la porte. Tout le monde est fouillé. # speaker: lende
    Ma Rukia regarde l’inspecteur, puis vous. # speaker: narrator # person: rukia wary
    Alors, qui décide ici ? # speaker: rukia
+ [Lui dire de retourner dans la file. Le poste de contrôle n’est pas une réunion du marché # evidence: checkpoint.setup 0 # evidence: checkpoint.dignity 0]
    ~ rough = true
    Sur son passage, les femmes se taisent en vous regardant. # speaker: narrator # person: rukia angry
- Elle retourne à sa place dans la file. # speaker: narrator # person: rukia gone
-> rukia_search

// ---------------------------------------------------------------------------------------------------------------
=== rukia_search ===
Une heure plus tard, Ma Rukia arrive à la table, un panier de poisson séché sur la tête. # speaker: narrator # person: rukia wary # person: tiro neutral
L’agent Tiro s’avance pour la palper. Elle recule et lève la main. # speaker: narrator
Aucun homme ne pose les mains sur moi. Pas devant tout mon marché. # speaker: rukia # person: rukia angry
Alors rentre chez toi, maman. # speaker: tiro
{
- searcher == 2:
    Derrière le poste, l’agente Ayo et la caporale Owusu attendent près du coin abrité des regards. # speaker: narrator # person: ayo calm # person: owusu calm
- searcher == 1:
    Le coin abrité des regards est prêt, mais l’agente Ayo est encore à vingt minutes d’ici. # speaker: narrator
- else:
    Il n’y a ici ni femme pour fouiller, ni coin à l’abri des regards. L’agente Ayo est encore à vingt minutes d’ici. # speaker: narrator
}
Tout le monde est fouillé. On n’a pas de temps pour ça. # speaker: lende # person: lende angry
+ [{component == "civilian": Dire à Ma Rukia que la règle vaut pour tout le monde, et qu’elle doit donc se laisser fouiller par l’agent Tiro ou rentrer chez elle|Dire à l’agent Tiro d’y aller, puisque la règle vaut pour tout le monde} # evidence: checkpoint.same-gender-search 0 # critical: checkpoint.same-gender-search]
    ~ set_harm("search")
    L’agent Tiro la palpe à la table, devant la file. Elle reste figée, les yeux fermés. # speaker: narrator # person: rukia sad
    Dans la file, les femmes se sont tues. # speaker: narrator
+ [La laisser passer sans fouille. C’est une aînée, et cela ne vaut pas un esclandre # evidence: checkpoint.same-gender-search 1]
    ~ skipped = true
    ~ partner_down(1)
    Ma Rukia passe devant la table. Derrière elle, trois autres femmes sortent de la file et vous regardent. # speaker: narrator # person: rukia calm
    Alors maintenant, c’est l’ONU qui décide qui est fouillé. # speaker: lende # person: lende angry
+ {searcher == 2} [Lui expliquer ce qui va se passer et pourquoi, puis demander à l’agente Ayo de la fouiller dans le coin abrité des regards, avec la caporale Owusu comme témoin # evidence: checkpoint.same-gender-search 3]
    {heard:
        Ma Rukia acquiesce. Ce matin, vous l’avez écoutée ; maintenant, c’est elle qui vous écoute. # speaker: narrator # person: rukia calm
    - else:
        Ma Rukia écoute, puis acquiesce. # speaker: narrator # person: rukia calm
    }
    Derrière la bâche, l’agente Ayo la fouille, avec la caporale Owusu comme témoin. Cela prend deux minutes. # speaker: narrator
+ {searcher == 2} [Demander à l’agente Ayo de la fouiller rapidement à la table, pour gagner du temps # evidence: checkpoint.same-gender-search 2]
    L’agente Ayo la palpe à la table, devant la file. C’est rapide. # speaker: narrator # person: ayo calm
    Ma Rukia regarde droit devant elle du début à la fin. # speaker: narrator # person: rukia sad
+ {searcher < 2} [Expliquer pourquoi tout le monde est fouillé, lui demander d’attendre à l’ombre, et {component == "civilian": demander à l’inspecteur Lende de rappeler|rappeler} par radio l’agente Ayo pour qu’elle la fouille à l’abri des regards, avec une femme comme témoin # evidence: checkpoint.same-gender-search 3]
    {heard:
        Ma Rukia acquiesce. Ce matin, vous l’avez écoutée ; elle peut bien attendre vingt minutes. # speaker: narrator # person: rukia calm
    - else:
        Ma Rukia croise les bras, mais elle s’assoit à l’ombre. # speaker: narrator # person: rukia wary
    }
    {searcher == 0:
        Les soldats de Kofi tendent une bâche contre le flanc du poste. # speaker: narrator
    }
    L’agente Ayo arrive, essoufflée, et la fouille derrière la bâche, avec une femme de l’association du marché comme témoin. # speaker: narrator # person: ayo calm
    Vingt minutes pour une seule femme. Ayo, désormais, tu restes ici. # speaker: lende # person: lende wary
    ~ searcher = 2
+ {searcher < 2} [Demander plutôt à une femme de la file de la palper # evidence: checkpoint.same-gender-search 1]
    Une jeune commerçante, gênée, palpe les flancs et le dos de Ma Rukia. Aucune des deux ne regarde l’autre. # speaker: narrator # person: rukia sad
    C’est ça, une fouille ? # speaker: lende
- ~ heard = false
-> basket

// ---------------------------------------------------------------------------------------------------------------
=== basket ===
Avant qu’elle puisse repartir, l’agent Tiro soulève le panier de Ma Rukia et renverse le poisson séché sur la table. Quelques poissons glissent dans la poussière. # speaker: narrator # person: tiro neutral
Ma marchandise de la semaine. # speaker: rukia # person: rukia angry
+ [Demander à l’agent Tiro de la laisser vider elle-même son panier, et de le contrôler devant elle # evidence: checkpoint.dignity 3]
    Tiro hausse les épaules et recule. Ma Rukia sort les poissons un à un, puis les range de nouveau. Cela prend une minute de plus. # speaker: narrator # person: rukia calm
+ [L’aider à ramasser les poissons dans la poussière et vous excuser, sans rien dire à l’agent Tiro # evidence: checkpoint.dignity 2]
    Elle reprend les poissons de vos mains sans un mot. Tiro renverse déjà le panier suivant. # speaker: narrator # person: rukia wary
+ [Laisser faire. Les bagages doivent être fouillés, et la file attend # evidence: checkpoint.dignity 1]
    Elle ramasse ce qu’elle peut dans la poussière. # speaker: narrator # person: rukia sad
- Ma Rukia reprend la route du marché. # speaker: narrator # person: rukia gone # person: owusu gone
-> bribe

// ---------------------------------------------------------------------------------------------------------------
=== bribe ===
Milieu de matinée. Un camion chargé de ciment sort de la file et s’arrête à votre hauteur. # speaker: narrator # person: sesay hopeful
{component == "civilian":
    Le chauffeur, M. Sesay, croit que c’est vous qui commandez. Il se penche par la portière de sa cabine. # speaker: narrator
- else:
    Le chauffeur, M. Sesay, se penche par la portière de sa cabine. # speaker: narrator
}
Chef ! Je passe ici toutes les semaines. Mon ciment, c’est du ciment. # speaker: sesay
Il tend un journal plié. Il y a des billets à l’intérieur. # speaker: narrator
Pour les boissons fraîches de vos gars. Laissez-moi passer devant, hein ? Les hommes de l’inspecteur ne font jamais d’histoires. # speaker: sesay
+ [Le prendre. C’est une petite somme, et c’est comme ça que les choses marchent ici # evidence: checkpoint.no-bribes 0 # critical: checkpoint.no-bribes]
    ~ set_harm("bribe")
    ~ waved = true
    Vous glissez le journal dans votre veste. # speaker: narrator
    Le camion double la file sans être fouillé. Une centaine de personnes le regardent passer. # speaker: narrator # person: sesay gone
+ [Refuser l’argent, mais le laisser passer devant sans fouille. C’est un habitué, et cela dégage la route # evidence: checkpoint.no-bribes 1]
    ~ waved = true
    Il hausse les épaules et range le journal. # speaker: narrator
    Le camion double la file sans être fouillé. Une centaine de personnes le regardent passer. # speaker: narrator # person: sesay gone
+ [Refuser poliment et fermement. Son camion attend son tour et sera fouillé comme tous les autres. Inscrire son nom, l’immatriculation, l’heure et l’offre dans le registre du poste, et prévenir {chain()} # evidence: checkpoint.no-bribes 3]
    Il rit, puis voit que vous ne plaisantez pas, et fait reculer son camion dans la file. # speaker: narrator # person: sesay angry
    Vous l’inscrivez au registre : Sesay, l’immatriculation, 10 h 40, des billets dans un journal. Puis vous passez l’appel. # speaker: narrator
    Une heure plus tard, le camion est fouillé. Du ciment, et rien d’autre. # speaker: narrator # person: sesay gone
+ [Refuser, et le renvoyer à sa place dans la file # evidence: checkpoint.no-bribes 2]
    Il rit, puis voit que vous ne plaisantez pas, et fait reculer son camion dans la file. # speaker: narrator # person: sesay angry
    Une heure plus tard, le camion est fouillé. Du ciment, et rien d’autre. # speaker: narrator # person: sesay gone
- -> flare

// ---------------------------------------------------------------------------------------------------------------
=== flare ===
Vers midi, la chaleur est écrasante. Dans la file, un jeune homme se met à crier. # speaker: narrator # person: jonas angry
{waved:
    Les riches paient et passent ! Nous, on attend au soleil comme des chèvres ! # speaker: jonas
- else:
    Quatre heures ! Quatre heures au soleil, et ma mère avec sa mauvaise hanche ! # speaker: jonas
}
{
- waved:
    D’autres dans la file approuvent de la tête. Eux aussi ont vu le camion. # speaker: narrator
- calm:
    Autour de lui, des gens secouent la tête. La file avance, et ils savent pourquoi ils attendent. # speaker: narrator
- else:
    D’autres dans la file se mettent à crier eux aussi. # speaker: narrator
}
L’agent Tiro porte la main à sa matraque. # speaker: narrator # person: tiro angry
+ [Aller vers lui calmement. Le laisser parler, puis expliquer ce que fait le poste de contrôle et pourquoi{waved:, et reconnaître que le camion n’aurait pas dû passer devant}. Demander ce qui rendrait l’attente plus supportable # evidence: checkpoint.dignity 3]
    Il s’appelle Jonas. Sa mère est dix places plus loin, appuyée sur une canne. # speaker: narrator # person: jonas wary
    Vous lui trouvez un siège à l’ombre. Jonas cesse de crier. # speaker: narrator # person: jonas calm
+ [Laisser l’agent Tiro s’occuper de lui # evidence: checkpoint.dignity 0]
    ~ rough = true
    Tiro repousse Jonas hors de la file avec sa matraque. La file se tait. # speaker: narrator # person: jonas afraid
+ [{component == "military": Placer deux soldats|Demander à Kofi de placer deux soldats} à côté de lui pour l’intimider du regard # evidence: checkpoint.dignity 1]
    Deux soldats se postent à côté de Jonas, le fusil en travers de la poitrine. Il cesse de crier. # speaker: narrator # person: jonas afraid
    Autour de lui, plus personne ne dit un mot pendant une heure. # speaker: narrator
+ [Lui dire qu’il peut quitter la file et revenir demain # evidence: checkpoint.dignity 1]
    Il crache dans la poussière, et reste où il est. # speaker: narrator # person: jonas angry
- ~ calm = false
~ settle()
-> lina_table

// ---------------------------------------------------------------------------------------------------------------
=== lina_table ===
Début d’après-midi. À la table, l’agent Tiro tient la carte d’identité d’une jeune femme. # speaker: narrator # person: jonas gone # person: tiro neutral # person: lina afraid
Elle a environ dix-neuf ans et porte un sac plein de cahiers. Sur la carte, le prénom est Lina. # speaker: narrator
Lina. Joli prénom. Donne-moi ton numéro, et tu récupères ta carte. # speaker: tiro
Elle tend la main vers la carte. Il la lève plus haut. Deux autres agents rient. # speaker: narrator
Ou alors viens derrière le poste, pour une vraie fouille. # speaker: tiro
Il la prend par le coude. # speaker: narrator
S’il vous plaît. J’ai cours à quatorze heures. # speaker: lina
+ [Intervenir, calmement et fermement. Vous placer à côté d’elle, demander la carte à l’agent Tiro, la lui rendre, et {searcher == 2: demander à l’agente Ayo de terminer son contrôle derrière la bâche|lui dire que son contrôle est terminé}. Puis demander discrètement à Tiro de vous suivre à l’écart # evidence: checkpoint.harassment 3]
    ~ lina = "protected"
    Tiro la lâche. Un instant, il semble sur le point de protester. Puis il vous tend la carte. # speaker: narrator # person: tiro angry
    {searcher == 2:
        L’agente Ayo emmène Lina derrière la bâche. Son contrôle prend une minute. # speaker: narrator # person: ayo calm
    }
    Lina tient sa carte à deux mains. # speaker: narrator # person: lina wary
+ [Crier sur l’agent Tiro devant tout le monde, lui arracher la carte des mains et lui dire qu’il déshonore son uniforme # evidence: checkpoint.harassment 1]
    ~ lina = "shouted"
    ~ mark_strained()
    ~ partner_down(2)
    Toute la file se retourne. Le visage de Tiro s’assombrit, et deux de ses collègues viennent se placer à ses côtés. # speaker: narrator # person: tiro angry
    Lina prend sa carte et baisse les yeux. Maintenant, tout le monde la regarde. # speaker: narrator # person: lina afraid
+ [Ne pas vous en mêler. Il appartient à la police de l’État hôte, et vous n’avez aucune autorité sur lui # evidence: checkpoint.harassment 0]
    ~ lina = "ignored"
    ~ stood_by = true
    Vous détournez le regard. Dix minutes plus tard, Tiro rejette la carte sur la table. # speaker: narrator # person: lina afraid
+ [Noter d’en parler à l’inspecteur Lende en fin de journée # evidence: checkpoint.harassment 1]
    ~ lina = "later"
    ~ stood_by = true
    Vous notez l’heure. Tiro la retient à la table dix minutes de plus, puis rejette la carte devant elle. # speaker: narrator # person: lina afraid
- -> lina_asks

// ---------------------------------------------------------------------------------------------------------------
=== lina_asks ===
{
- lina == "protected" || lina == "shouted":
    Lina se tourne vers vous. Ses mains tremblent. # speaker: narrator
    Est-ce qu’il sera puni ? Il a vu ma carte. Il connaît ma rue. # speaker: lina # person: lina afraid
- else:
    Lina passe devant vous avec sa carte. Puis elle s’arrête. # speaker: narrator
    Vous avez vu. Vous avez tous vu. # speaker: lina # person: lina angry
    Ce n’était pas une fouille. # speaker: kofi # person: kofi wary
}
+ {lina == "protected" || lina == "shouted"} [Lui promettre qu’il perdra son poste et qu’il ne l’importunera plus jamais # evidence: crsv.no-promises 0]
    ~ promised = true
    Elle hoche la tête ; elle veut y croire. # speaker: narrator # person: lina hopeful
+ {lina == "protected" || lina == "shouted"} [Lui dire honnêtement que vous signalerez ce que vous avez vu, mais que vous ne pouvez pas promettre ce qu’il adviendra de lui. Lui demander si quelqu’un peut la raccompagner chez elle, et lui dire qu’elle peut porter plainte elle-même si elle le souhaite. Son nom ne figurera pas dans votre rapport sans son accord # evidence: crsv.no-promises 3 # evidence: checkpoint.harassment 3]
    Elle réfléchit. Son frère travaille à la gare routière ; elle rentrera avec lui. # speaker: narrator # person: lina calm
    Ne mettez pas mon nom. Pas encore. # speaker: lina
+ {lina == "protected" || lina == "shouted"} [Lui dire de ne pas s’inquiéter. Il plaisantait, c’est tout # evidence: checkpoint.harassment 0]
    Elle vous regarde un instant, sans rien dire. # speaker: narrator # person: lina sad
+ {lina == "ignored" || lina == "later"} [La rattraper. Lui dire que vous auriez dû intervenir, et que vous signalerez ce que vous avez vu, même si vous ne pouvez pas promettre ce qu’il adviendra de lui # evidence: crsv.no-promises 3 # evidence: checkpoint.harassment 1]
    ~ lina = "later"
    Elle vous regarde longuement. # speaker: narrator # person: lina sad
    Au moins, vous le dites. # speaker: lina
+ {lina == "ignored" || lina == "later"} [La rattraper et lui promettre qu’il sera renvoyé # evidence: crsv.no-promises 0 # evidence: checkpoint.harassment 1]
    ~ lina = "later"
    ~ promised = true
    Elle s’essuie les yeux et acquiesce. # speaker: narrator # person: lina hopeful
+ {lina == "ignored" || lina == "later"} [La laisser partir. Vous ne pouviez rien faire # evidence: checkpoint.harassment 0]
    ~ lina = "ignored"
- Lina s’éloigne vers la ville. # speaker: narrator # person: lina gone
-> lende_talk

// ---------------------------------------------------------------------------------------------------------------
=== lende_talk ===
{
- lina == "protected":
    L’inspecteur Lende s’approche. # speaker: narrator # person: lende wary
    L’agent Tiro dit que vous l’avez empêché de faire son travail. Mes hommes relèvent de moi. # speaker: lende
- lina == "shouted":
    L’inspecteur Lende s’approche, furieux. # speaker: narrator # person: lende angry
    Vous avez humilié mon agent devant tout le marché. Mes hommes relèvent de moi, pas de l’ONU. # speaker: lende
- else:
    Kofi désigne d’un signe de tête le poste, où l’inspecteur Lende boit du thé. # speaker: narrator # person: lende neutral
    On dit quelque chose au sujet de Tiro ? # speaker: kofi
}
+ [Parler calmement à l’inspecteur Lende, en privé. Lui dire ce que vous avez vu, lui demander de retirer l’agent Tiro de la table de fouille dès aujourd’hui, et lui dire que vous le signalerez par votre chaîne hiérarchique pour que l’affaire soit portée devant la hiérarchie de la police. Lui faire comprendre que vous tenez à travailler avec lui # evidence: checkpoint.harassment 3]
    ~ partner_up(1)
    Lende garde un moment le silence. # speaker: narrator # person: lende wary
    Ce n’est pas la première fois. Je l’affecte aux véhicules. Et je vais m’occuper de lui. # speaker: lende
    De l’autre côté de la route, Tiro est envoyé à la file des camions. # speaker: narrator # person: tiro gone
+ [Vous excuser auprès de l’inspecteur Lende pour le dérangement, et en rester là. Le partenariat compte davantage # evidence: checkpoint.harassment 0]
    ~ hushed = true
    ~ partner_up(1)
    Bien. Nous nous comprenons. # speaker: lende # person: lende calm
    L’agent Tiro retourne à la table de fouille. # speaker: narrator # person: tiro calm
+ [Ne rien dire à l’inspecteur Lende pour l’instant. Vous le signalerez ce soir dans votre rapport, par votre chaîne hiérarchique # evidence: checkpoint.harassment 2]
    {
    - lina == "protected" || lina == "shouted":
        Lende attend une réponse, puis hausse les épaules et retourne au poste. # speaker: narrator # person: lende wary
    - else:
        Kofi acquiesce. L’inspecteur Lende finit son thé. # speaker: narrator
    }
    L’agent Tiro reste à la table de fouille tout le reste de l’après-midi. # speaker: narrator # person: tiro calm
+ [Dire à l’inspecteur Lende que si l’agent Tiro n’est pas renvoyé aujourd’hui, l’ONU se retirera du poste de contrôle conjoint # evidence: checkpoint.harassment 1]
    ~ mark_strained()
    ~ partner_down(1)
    Ce n’est pas vous qui en décidez, et ce n’est pas moi non plus. # speaker: lende # person: lende angry
    Il s’éloigne. Tiro reste à la table. # speaker: narrator # person: tiro calm
- ~ lina = "none"
~ settle()
-> minibus

// ---------------------------------------------------------------------------------------------------------------
=== minibus ===
Milieu d’après-midi. Un minibus blanc descend la route du nord et s’arrête à la barrière. # speaker: narrator # person: tiro gone # person: lende neutral
Cinq jeunes femmes sont assises à l’intérieur. La plus jeune paraît avoir à peine dix-huit ans. Un homme descend : M. Dabo. # speaker: narrator # person: dabo calm
Mes nièces. Elles vont travailler chez de bonnes familles, dans la capitale. Voici leurs papiers. # speaker: dabo
Il tend cinq cartes d’identité, qu’il sort d’une pochette en plastique. # speaker: narrator
Les cartes viennent de quatre villages différents. Quand l’agent demande leur nom aux jeunes femmes, M. Dabo répond à la place de chacune. # speaker: narrator
Aucune ne lève les yeux, sauf une. Elle vous regarde droit dans les yeux, puis regarde M. Dabo, puis le plancher. # speaker: narrator # person: sara afraid
{skipped:
    Alors ? On laisse passer ces femmes aussi ? # speaker: lende
}
+ [En rester à un contrôle de routine. Les agents contrôlent le véhicule, et les jeunes femmes sont fouillées une par une par {searcher == 2: l’agente Ayo derrière la bâche|une femme, ce qui suppose de rappeler l’agente Ayo}, à l’écart de M. Dabo, chacune avec sa propre carte en main. Pendant ce temps, hors de portée de voix, alerter par radio {specialists()} # evidence: checkpoint.trafficking 3]
    ~ women = "screened"
    ~ screen_up()
    M. Dabo remet la pochette sans un mot. Les jeunes femmes descendent une à une. # speaker: narrator # person: dabo wary
+ [Interpeller M. Dabo devant les jeunes femmes et la file. Lui demander combien on le paie pour elles # evidence: checkpoint.trafficking 0]
    ~ women = "confronted"
    ~ mark_strained()
    ~ partner_down(1)
+ [Demander aux jeunes femmes, là, devant M. Dabo, si elles voyagent de leur plein gré # evidence: checkpoint.trafficking 1]
    ~ women = "asked"
+ [Rendre les cartes et faire signe au minibus de repartir. Les papiers sont authentiques, et la file est longue # evidence: checkpoint.trafficking 0]
    ~ women = "missed"
- {
- women == "screened":
    -> sara
- women == "asked":
    -> asked
- women == "confronted":
    -> confronted
- else:
    -> missed
}

=== sara ===
L’agente Ayo vous fait signe de venir au bord de la bâche. # speaker: narrator # person: ayo calm
La jeune femme qui a croisé votre regard parle vite et à voix basse. Elle s’appelle Sara. # speaker: narrator # person: sara afraid
Il garde nos cartes. Il dit qu’on lui doit le bus et le travail. # speaker: sara
Je ne sais pas où on va. Vous pouvez me renvoyer chez moi ? # speaker: sara
+ [Lui promettre qu’elle sera chez elle ce soir, et que M. Dabo ira en prison # evidence: crsv.no-promises 0]
    ~ promised = true
    Elle agrippe le bras de l’agente Ayo. # speaker: narrator # person: sara hopeful
    Ce soir ? # speaker: sara
+ [Lui dire la vérité : vous ne pouvez rien promettre pour la suite, mais des personnes dont c’est précisément le métier peuvent lui parler aujourd’hui, si elle est d’accord, et rien de ce qu’elle a dit ne sera répété à M. Dabo # evidence: crsv.no-promises 3 # evidence: checkpoint.trafficking 3]
    Elle regarde l’agente Ayo, puis vous, et hoche la tête une fois. # speaker: narrator # person: sara wary
+ [Lui demander tout : pour qui travaille M. Dabo, qui le paie, où elles vont. Tout noter # evidence: checkpoint.trafficking 1]
    Elle commence à répondre, puis s’arrête. Son regard file vers l’ouverture dans la bâche, vers la route où attend M. Dabo. # speaker: narrator # person: sara afraid
    Je ne sais pas. Je ne sais pas. # speaker: sara
- -> hold

=== asked ===
Les jeunes femmes regardent M. Dabo avant de répondre. # speaker: narrator # person: dabo calm
« Tout va bien », dit la première. Les autres acquiescent. M. Dabo sourit. # speaker: narrator
Celle qui a croisé votre regard ne dit rien du tout. # speaker: narrator # person: sara afraid
+ [Accepter leur réponse et faire signe au minibus de repartir # evidence: checkpoint.trafficking 0]
    ~ women = "missed"
    -> missed
+ [Les remercier, puis poursuivre le contrôle de routine : les jeunes femmes sont fouillées une par une par une femme, à l’écart de M. Dabo. Hors de portée de voix, alerter par radio {specialists()} # evidence: checkpoint.trafficking 2]
    ~ women = "screened"
    ~ screen_up()
    Les jeunes femmes descendent une à une. M. Dabo ne sourit plus. # speaker: narrator # person: dabo wary
    -> sara

=== confronted ===
Le visage de M. Dabo se ferme. # speaker: narrator # person: dabo angry
Mes nièces. Je vous l’ai dit. # speaker: dabo
Les jeunes femmes fixent le plancher. La plus jeune pleure. # speaker: narrator # person: sara afraid
L’inspecteur Lende vous prend à part. # speaker: narrator # person: lende angry
Maintenant, il sait. Si elles sont ce que vous croyez, ce sont elles qui le paieront ce soir. # speaker: lende
+ [Faire retomber la tension : vous excuser de votre ton, revenir à un contrôle de routine où les jeunes femmes sont fouillées une par une par une femme, à l’écart de M. Dabo, et alerter discrètement par radio {specialists()} # evidence: checkpoint.trafficking 1]
    ~ women = "calmed"
    ~ screen_up()
    M. Dabo surveille chaque geste. Derrière la bâche, aucune des jeunes femmes ne dit un mot. # speaker: narrator # person: dabo wary
+ [Dire aux jeunes femmes de descendre du minibus : elles sont désormais sous la protection de l’ONU # evidence: checkpoint.trafficking 1]
    ~ women = "calmed"
    M. Dabo dit quelque chose dans une langue que vous ne connaissez pas. Les jeunes femmes restent à leur place. # speaker: narrator # person: dabo wary
    Vous n’avez pas le pouvoir de faire ça. # speaker: lende
- -> hold

=== missed ===
~ searcher = 0
Le minibus repart vers la capitale. Par la vitre arrière, la jeune femme qui a croisé votre regard vous regarde encore. # speaker: narrator # person: sara gone # person: dabo gone
Quatre villages pour cinq cartes, et il a répondu à la place de chacune. # speaker: kofi # person: kofi wary
+ [Alerter par radio {specialists()} : l’immatriculation, l’itinéraire et une description, présentés comme des signes à vérifier et non comme une accusation # evidence: checkpoint.trafficking 2]
    ~ women = "passed"
    Quelqu’un, à UNPOL, en prend note. Quelqu’un arrêtera-t-il le minibus avant la capitale ? Vous ne le saurez peut-être jamais. # speaker: narrator
+ [Laisser filer. Ce n’est pas un poste d’immigration # evidence: checkpoint.trafficking 0]
    Le minibus est parti. # speaker: narrator
    ~ women = "passed"
- -> after_minibus

=== after_minibus ===
// From here on, only the ending reads these. Whether Lende still listens to you is all that is left of "partner".
~ partner = MIN(partner, 1)
~ searcher = 0
// After a critical error or a public confrontation the ending no longer depends on the gaps, so forget them.
~ settle()
{harm != "" || strained:
    ~ skipped = false
    ~ women = "none"
}
-> tomi

=== hold ===
~ searcher = 0
M. Dabo s’avance vers vous. # speaker: narrator # person: dabo wary
{women == "screened":
    Qu’est-ce qu’elle vous a dit ? Nous sommes en retard. # speaker: dabo
- else:
    Qu’est-ce qu’on attend ? Nous sommes en retard. # speaker: dabo
}
Les papiers sont authentiques. Je ne peux pas les retenir sans motif. # speaker: lende # person: lende wary
+ [Ne rien dire à M. Dabo, sinon que les fouilles prennent du temps les jours de marché. Puis demander en privé à l’inspecteur Lende de retenir le minibus pour une vérification des documents jusqu’à l’arrivée des spécialistes, en présentant ce que vous avez vu comme des signes, non comme des preuves # evidence: checkpoint.trafficking 3]
    {partner >= 1:
        ~ women = "held"
        Lende examine de nouveau les cinq cartes. # speaker: narrator # person: lende calm
        Quatre villages et un seul oncle. D’accord. Vérification des documents. Ça peut prendre un moment. # speaker: lende
    - else:
        ~ women = "passed"
        Lende secoue la tête. # speaker: narrator # person: lende angry
        Toute la journée, vous allez contre moi, et maintenant vous voulez des faveurs ? Les papiers sont authentiques. # speaker: lende
        Le minibus repart. Vous transmettez l’immatriculation et une description à UNPOL. # speaker: narrator # person: dabo gone # person: sara gone
    }
+ {women == "screened"} [Répéter à M. Dabo ce que Sara a dit, et observer sa réaction # evidence: checkpoint.trafficking 0 # critical: checkpoint.trafficking]
    ~ set_harm("women")
    ~ women = "exposed"
    Le sourire de M. Dabo ne bouge pas. Il regarde Sara une longue seconde. # speaker: narrator # person: sara afraid
    Venez, les filles. Nous sommes en retard. # speaker: dabo
    Faute de motif pour les retenir, Lende laisse partir le minibus. Sara ne vous regarde plus. # speaker: narrator # person: dabo gone # person: sara gone
+ {women == "calmed"} [Avertir M. Dabo que l’ONU a l’œil sur lui # evidence: checkpoint.trafficking 0]
    ~ women = "passed"
    M. Dabo sourit. # speaker: narrator
    Venez, les filles. # speaker: dabo
    Lende laisse partir le minibus. Vous transmettez l’immatriculation à UNPOL. # speaker: narrator # person: dabo gone # person: sara gone
+ [Les laisser partir. Il n’y a aucun motif pour les retenir. Alerter {specialists()} et leur transmettre l’immatriculation # evidence: checkpoint.trafficking 2]
    ~ women = "passed"
    Le minibus s’éloigne vers la capitale. # speaker: narrator # person: dabo gone # person: sara gone
- {women == "held":
    Quarante minutes plus tard arrivent deux policiers d’UNPOL et une policière de l’unité spécialisée de la police du Kavara. # speaker: narrator # person: sara wary
    Ils s’entretiennent avec les jeunes femmes une par une, à l’écart de M. Dabo. À partir de là, c’est leur travail. # speaker: narrator # person: dabo gone # person: sara gone
}
-> after_minibus

// ---------------------------------------------------------------------------------------------------------------
=== tomi ===
Fin d’après-midi. L’agente Ayo reste au poste jusqu’à la fin de la journée. # speaker: narrator # person: ayo calm
Un garçon d’environ neuf ans descend seul la route du nord, un sac en plastique à la main. Il demande de l’eau à Kofi. # speaker: narrator # person: tomi wary
Ma mère est allée vendre au marché de Kessa hier. Elle n’est pas rentrée. Je suis venu la chercher. # speaker: tomi
Il s’appelle Tomi. Il marche depuis le matin. # speaker: narrator
+ [Lui donner de l’eau, l’installer à l’ombre avec l’agente Ayo, ne lui poser aucune question qui pourrait l’effrayer, prévenir {chain()}, et appeler Mme Adjei, spécialiste de la protection de l’enfance de la mission # evidence: checkpoint.child-alone 3]
    ~ child = "safe"
    Tomi boit toute la bouteille. L’agente Ayo lui trouve un biscuit. # speaker: narrator # person: tomi calm
+ [Lui indiquer le chemin du marché. Ce n’est qu’à un kilomètre, et il pourra la chercher là-bas # evidence: checkpoint.child-alone 0]
    ~ child = "alone"
    Il acquiesce et repart seul sur la route. # speaker: narrator # person: tomi wary
+ [Le faire monter dans le véhicule de l’ONU pour l’emmener à la base, où il sera en sécurité # evidence: checkpoint.child-alone 1]
    ~ child = "base"
    Kofi ouvre la portière du véhicule blanc. Tomi regarde les soldats et ne bouge pas. # speaker: narrator # person: tomi afraid
+ [Demander à l’inspecteur Lende de le garder au commissariat jusqu’à ce que quelqu’un vienne le chercher # evidence: checkpoint.child-alone 1]
    ~ child = "station"
    Lende hausse les épaules. # speaker: narrator # person: tomi afraid
    Il y a un banc au commissariat. # speaker: lende
- -> tomi_asks

=== tomi_asks ===
Tomi lève les yeux vers vous. # speaker: narrator
Vous allez retrouver ma maman ? # speaker: tomi
+ {child == "safe"} [Lui dire que vous ne pouvez pas le promettre, mais qu’une dame dont le métier est d’aider les enfants à retrouver leur famille est en route, et que vous resterez avec lui jusqu’à son arrivée # evidence: crsv.no-promises 3 # evidence: checkpoint.child-alone 3]
    Il acquiesce et se blottit contre l’agente Ayo. # speaker: narrator # person: tomi calm
+ {child != "safe"} [Lui dire que vous ne pouvez pas le promettre, mais que vous ferez ce que vous pourrez # evidence: crsv.no-promises 3]
    Il hoche lentement la tête. # speaker: narrator
+ [Lui promettre que vous la retrouverez aujourd’hui # evidence: crsv.no-promises 0]
    ~ promised = true
    Son visage s’illumine. # speaker: narrator # person: tomi hopeful
+ [Lui dire qu’elle va sûrement bien et qu’il ne doit pas s’inquiéter # evidence: crsv.no-promises 1]
    Il n’a pas l’air de vous croire. # speaker: narrator
- -> bello

=== bello ===
~ temp waited = false
Un homme sort de la file. # speaker: narrator # person: bello calm
Je connais ce garçon. C’est le fils de mon frère. Viens, Tomi, je t’emmène au marché. # speaker: bello
{child == "alone":
    Tomi n’a fait que quelques pas sur la route. Il s’arrête, et ne dit rien. # speaker: narrator # person: tomi afraid
- else:
    Tomi recule derrière l’agente Ayo. Il ne dit rien. # speaker: narrator # person: tomi afraid
}
Confiez le garçon à son oncle. On n’est pas une garderie. # speaker: lende # person: lende wary
+ [Confier Tomi à cet homme. Il connaît son prénom et dit être de sa famille # evidence: checkpoint.child-alone 0 # critical: checkpoint.child-alone]
    ~ set_harm("child")
    ~ child = "handed"
    M. Bello prend Tomi par la main. Ils disparaissent dans la foule, sur la route du marché. # speaker: narrator # person: tomi gone # person: bello gone
+ [Dire poliment que Tomi attendra ici l’arrivée de la spécialiste de la protection de l’enfance. Si M. Bello est de la famille, il peut attendre aussi, et elle vérifiera # evidence: checkpoint.child-alone 3]
    {child != "safe":
        Vous appelez par radio Mme Adjei, spécialiste de la protection de l’enfance de la mission. # speaker: narrator
    }
    ~ child = "safe"
    ~ waited = true
    M. Bello hésite, puis s’assoit sur une caisse pour attendre. # speaker: narrator # person: bello wary # person: tomi wary
+ [Noter le nom et le numéro de téléphone de M. Bello, puis laisser Tomi partir avec lui s’il le veut bien # evidence: checkpoint.child-alone 0 # critical: checkpoint.child-alone]
    ~ set_harm("child")
    ~ child = "handed"
    Tomi hausse les épaules. M. Bello lui prend la main, et ils s’éloignent vers le marché. # speaker: narrator # person: tomi gone # person: bello gone
+ [Dire à M. Bello de laisser le garçon tranquille et de passer son chemin # evidence: checkpoint.child-alone 2]
    {child == "alone":
        ~ child = "kept"
        Tomi revient et s’assoit près du poste. # speaker: narrator # person: tomi wary
    }
    M. Bello hausse les épaules et retourne dans la file. # speaker: narrator # person: bello gone
- {
- child == "safe":
    Une heure plus tard, Mme Adjei arrive avec un membre d’une association locale de protection de l’enfance. Elle s’accroupit pour parler à Tomi à sa hauteur. # speaker: narrator # person: adjei calm # person: tomi calm
    {waited:
        Elle parle aussi avec M. Bello. Il s’avère être un voisin du village de Tomi, pas son oncle. # speaker: narrator # person: bello gone
    }
    Dans la soirée, son équipe retrouve la mère de Tomi au centre de santé de la ville. Elle était tombée malade au marché. # speaker: narrator # person: tomi relieved
- child == "base":
    Kofi conduit Tomi à la base. L’officier de permanence passe la soirée au téléphone, à chercher quelqu’un qui sache quoi faire d’un enfant perdu. # speaker: narrator # person: tomi gone
- child == "station":
    Tomi passe la nuit sur un banc au commissariat, près des hommes en cellule. # speaker: narrator # person: tomi gone
- child == "kept":
    Tomi reste assis près du poste jusqu’à la tombée de la nuit. Personne n’a appelé la protection de l’enfance, alors l’inspecteur Lende l’emmène au commissariat pour la nuit. # speaker: narrator # person: tomi gone
- child == "handed":
    Vous ne saurez jamais qui était M. Bello. # speaker: narrator
}
~ waited = false
-> debrief

// ---------------------------------------------------------------------------------------------------------------
=== debrief ===
Le soir, à la base de la MINUKA, le capitaine Rahman et la commissaire Nadia Keita, d’UNPOL, tiennent le débriefing conjoint de la journée. # scene: base # speaker: narrator # person: kofi gone # person: lende gone # person: ayo gone # person: owusu gone # person: tiro gone # person: adjei gone # person: tomi gone # person: bello gone # person: dabo gone # person: sara gone # person: rahman neutral # person: keita neutral
{
- component == "police":
    La commissaire Keita dirige votre équipe UNPOL. # speaker: narrator
- component == "civilian":
    Votre chef de bureau vous a demandé de faire part de vos observations. # speaker: narrator
- else:
    Le capitaine Rahman est votre commandant de compagnie. # speaker: narrator
}
{harm == "bribe":
    Le journal et ses billets sont toujours dans votre veste. # speaker: narrator
}
Y a-t-il quelque chose, côté police, que nous devrions soulever auprès du commandement de la police du Kavara ? # speaker: keita
+ [Rendre compte des faits concernant le comportement de l’agent Tiro : ce que vous avez vu, quand, où, qui d’autre l’a vu, et ce qu’a fait l’inspecteur Lende. Demander que l’affaire soit portée devant la hiérarchie de la police par le mécanisme conjoint. Le nom de Lina n’est pas mentionné sans son accord # evidence: checkpoint.harassment 3]
    La commissaire Keita prend note. # speaker: narrator # person: keita calm
    Je le soulèverai auprès du commandant de la police du district, à la réunion de coordination de jeudi. # speaker: keita
+ [Le signaler comme un cas d’exploitation et d’atteintes sexuelles à l’Équipe Déontologie et discipline de la mission # evidence: checkpoint.harassment 1]
    La commissaire Keita secoue la tête. # speaker: narrator # person: keita wary
    L’Équipe Déontologie et discipline s’occupe de notre propre personnel. Le comportement d’un policier du Kavara, nous le soulevons auprès de sa propre hiérarchie. Mais vous avez bien fait de nous en parler. # speaker: keita
+ [Donner le nom complet et la rue de Lina, pour que la police du Kavara puisse la convoquer et recueillir sa déposition # evidence: checkpoint.harassment 1]
    La commissaire Keita lève les yeux. # speaker: narrator # person: keita wary
    Est-ce qu’elle est d’accord ? Son nom va arriver au commissariat où il travaille. # speaker: keita
+ [Ne pas en parler. L’inspecteur Lende s’en est occupé, et le partenariat compte # evidence: checkpoint.harassment 0]
    ~ hushed = true
    La commissaire Keita acquiesce et passe au point suivant. # speaker: narrator # person: keita neutral
- -> wrap

// ---------------------------------------------------------------------------------------------------------------
=== wrap ===
{promised:
    Une partie de ce que vous avez promis aujourd’hui ne dépendait pas de vous. Quand cela n’arrivera pas, les gens se souviendront de qui l’avait dit. # speaker: narrator
}
{partner == 0:
    L’inspecteur Lende travaillera de nouveau avec l’ONU demain, mais il ne vous demandera pas votre avis. # speaker: narrator
}
{
- harm == "bribe":
    -> compromised
- harm != "":
    -> harm_done
- strained:
    -> strained_end
- has_gaps():
    -> open_gaps
- else:
    -> trusted
}

=== trusted ===
Plus tard, vous repensez à cette journée au pont de Kessa. # speaker: narrator
Personne n’a été fouillé contre son gré, personne n’est passé sans contrôle, et personne n’a payé pour doubler la file. # speaker: narrator
Le comportement de l’agent Tiro a été signalé et remonte jusqu’à sa propre hiérarchie. # speaker: narrator
Les jeunes femmes du minibus sont entre les mains de spécialistes, et Tomi est avec sa mère. # speaker: narrator
Un poste de contrôle équitable, et perçu comme tel, est un poste de contrôle plus sûr. # speaker: narrator # ending: trusted
-> END

=== open_gaps ===
Plus tard, vous repensez à cette journée au pont de Kessa. Vous n’avez commis aucune erreur critique. Mais certaines choses vous ont échappé. # speaker: narrator
{skipped:
    Une femme est passée devant la table sans être fouillée, et toute la file l’a vu. Les nouvelles vont vite sur un marché : en une semaine, les commerçants savent qu’au pont de Kessa, les femmes ne sont pas toujours fouillées. # speaker: narrator
}
{waved:
    Le camion de M. Sesay a doublé la file sans être fouillé. # speaker: narrator
}
{rough:
    Dans la file, des gens se sont fait crier dessus ou bousculer. C’est ce qu’ils retiendront du poste de contrôle, et ils l’éviteront s’ils le peuvent. # speaker: narrator
}
{women == "missed" || women == "passed":
    Le minibus a poursuivi sa route vers la capitale avec les cinq jeunes femmes, et personne ne leur a parlé à l’écart de M. Dabo. # speaker: narrator
}
{child == "base" || child == "station" || child == "kept":
    Tomi a passé la nuit parmi des inconnus, et non auprès de personnes dont le métier est de retrouver sa famille. # speaker: narrator
}
{stood_by:
    Lina a été laissée seule face à l’agent Tiro, sous les yeux de tout le poste. # speaker: narrator
}
{hushed:
    Le comportement de l’agent Tiro est resté sans suite. Le lendemain matin, il est de retour à la table de fouille. # speaker: narrator
}
Un poste de contrôle peut être courtois et laisser tout de même des failles. Chacune est une porte que d’autres peuvent emprunter. # speaker: narrator # ending: open-gaps
-> END

=== strained_end ===
Plus tard, vous repensez à cette journée au pont de Kessa. Vous avez pris la défense des gens, mais en public, en haussant le ton. # speaker: narrator
Un esclandre en public alerte ceux dont vous vous méfiez, met à mal le partenariat dont vous dépendez, et laisse au milieu du conflit les personnes que vous vouliez protéger. # speaker: narrator
La fermeté, le calme et la discrétion protègent mieux les gens que les éclats de voix en public. # speaker: narrator # ending: strained
-> END

=== harm_done ===
Plus tard, vous repensez à cette journée au pont de Kessa. # speaker: narrator
{
- harm == "search":
    Ma Rukia a été fouillée par un homme devant tout son marché, malgré son refus. L’association des femmes du marché ne l’oubliera pas. # speaker: narrator
- harm == "women":
    M. Dabo sait maintenant ce que Sara a dit. Vous ne saurez jamais ce que cela lui a coûté. # speaker: narrator
- else:
    Tomi est parti avec un homme dont personne n’avait vérifié les dires. Vous ne saurez jamais où il se trouve ce soir. # speaker: narrator
}
Même si le reste de la journée s’est bien passé, une personne qui faisait confiance au poste de contrôle a été mise en danger ou atteinte dans sa dignité. C’est une erreur critique. # speaker: narrator # ending: harm-done
-> END

=== compromised ===
Plus tard, vous repensez à cette journée au pont de Kessa. # speaker: narrator
Une centaine de personnes ont vu le camion de M. Sesay doubler la file sans être fouillé, après qu’il vous a tendu un journal. # speaker: narrator
D’ici au prochain jour de marché, tout le monde connaîtra le prix de l’ONU au pont de Kessa, y compris ceux qui ont bien pire que du ciment à transporter. # speaker: narrator
Accepter un pot-de-vin est une erreur critique, même si tout le reste s’est bien passé. # speaker: narrator # ending: compromised
-> END

// ---------------------------------------------------------------------------------------------------------------
=== function partner_up(n) ===
~ partner = MIN(partner + n, 2)

=== function partner_down(n) ===
~ partner = MAX(partner - n, 0)

// Things left undone that matter: rough treatment of the queue, an unsearched woman or lorry, harassment watched or buried, the young women
// gone on without anyone speaking to them apart, the boy left without child protection.
=== function has_gaps() ===
~ return rough || skipped || waved || stood_by || hushed || women == "missed" || women == "passed" || child == "base" || child == "station" || child == "kept"

=== function set_harm(kind) ===
{harm == "":
    ~ harm = kind
    ~ strained = false
}

// The minibus women are searched by a woman behind a screen: rig one and call Ayo back if needed.
=== function screen_up() ===
{searcher == 0:
    Les soldats de Kofi tendent une bâche contre le flanc du poste. # speaker: narrator
}
{searcher < 2:
    L’agente Ayo revient du poste du marché pour effectuer les fouilles. # speaker: narrator # person: ayo calm
}
~ searcher = 2

=== function mark_strained() ===
{harm == "":
    ~ strained = true
}

// Once a critical error or a public confrontation has decided the ending, the gaps no longer matter to it.
=== function settle() ===
{harm != "" || strained:
    ~ rough = false
    ~ waved = false
    ~ stood_by = false
    ~ hushed = false
}

=== function chain() ===
{
- component == "police":
    ~ return "la commissaire Keita, qui dirige votre équipe UNPOL"
- component == "civilian":
    ~ return "Kofi et votre chef de bureau"
- else:
    ~ return "le capitaine Rahman, votre commandant de compagnie"
}

=== function specialists() ===
{
- component == "police":
    ~ return "vos collègues d’UNPOL spécialisés dans la traite des personnes et les violences sexuelles"
- else:
    ~ return "les spécialistes d’UNPOL en matière de traite des personnes et de violences sexuelles"
}
