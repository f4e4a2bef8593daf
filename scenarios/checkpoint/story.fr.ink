// Checkpoint.
// Setting: the joint checkpoint at Kasanzu bridge, on the main road into Kasanzu market town, Kavara (fictional);
// UN mission MINUKA (fictional), the same country and mission as the survivor-contact scenario.
// The trainee commands the MINUKA section (military), is the UNPOL officer at the post (police), or observes it as
// a civil affairs officer (civilian). Searches are done by the Kavara National Police (KNP).
// The harassing officer is host-state police, not UN personnel: his conduct goes through the trainee's chain to the
// host-state police chain of command. It is not sexual exploitation and abuse by UN personnel.
// Harassment and trafficking are told in a few words and never shown.
// Choices are written without tells (docs/authoring.md): the best one is often short, and the wrong ones carry the
// reasons real people give for them. The consequences and the debrief say why.

VAR component = "military" // set by the engine before the story starts: "military", "police" or "civilian"

VAR searcher = 0      // until the minibus: 0 no woman searcher or screen; 1 screen but no woman searcher; 2 both
VAR owusu = false     // Corporal Owusu came from base as a second woman and witness
VAR heard = false     // Ma Rukia was listened to this morning (used in her search, then cleared)
VAR calm = false      // the queue was organised with dignity (used when the queue flares up, then cleared)
VAR waved = false     // Mr Sesay's lorry went past the queue unsearched
VAR partner = 2       // 0..2: how well you work with Inspector Lende; he holds the minibus only if this is 1 or more
VAR lina = "none"     // how Lina was treated: "protected", "shouted", "ignored", "later" (cleared after Lende)
VAR skipped = false   // a woman was waved through unsearched
VAR hushed = false    // the harassment was dropped for the sake of the partnership
VAR stood_by = false  // you watched while Tiro harassed Lina
VAR rough = false     // people in the queue were shouted at, pushed or sent off
VAR intrusive = false // a woman was searched further than needed, with no reason to
VAR women = "none"    // the minibus: "screened", "silent", "asked", "confronted", "calmed", "missed", "passed", "held", "exposed"
VAR child = "none"    // Tomi: "safe", "alone", "base", "station", "kept", "handed"
VAR promised = false  // you promised something you cannot guarantee
VAR strained = false  // you confronted someone in public
VAR harm = ""         // the first critical error: "search", "bribe", "women" or "child"

-> dawn

// ---------------------------------------------------------------------------------------------------------------
=== dawn ===
Pont de Kasanzu, sur la route principale qui mène à la ville de Kasanzu et à son marché. Jour de marché, peu après l’aube. # scene: checkpoint # speaker: narrator
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
Le mois dernier, une grenade a été découverte dans un sac au marché de Kasanzu. Aujourd’hui, toute personne à pied qui porte un sac est fouillée, ainsi que chaque véhicule. # speaker: narrator
Trois cents commerçants avant midi, et j’ai quatre agents. L’agente Ayo part au poste du marché à neuf heures. Il faut que ça avance. # speaker: lende
L’agente Imani Ayo est la seule femme de son équipe. L’agent Musa Tiro installe la table de fouille au bord de la route, à la vue de tous. # speaker: narrator # person: ayo neutral # person: tiro neutral
+ [{component == "civilian": Suggérer|Demander} un paravent derrière le poste. On rappellera l’agente Ayo du marché chaque fois qu’une femme devra être fouillée # evidence: checkpoint.setup 1]
    ~ searcher = 1
    Les soldats de Kofi tendent une bâche entre le poste et un manguier. # speaker: narrator
    À neuf heures, l’agente Ayo part pour le poste du marché. Derrière la bâche, personne ne peut fouiller une femme. # speaker: narrator # person: ayo gone
+ [Laisser l’organisation à l’inspecteur Lende : son poste, ses agents, sa décision # evidence: checkpoint.setup 0]
    ~ searcher = 0
    À neuf heures, l’agente Ayo part pour le poste du marché. # speaker: narrator # person: ayo gone
    Personne ne s’est demandé comment les femmes de la file seront fouillées. # speaker: narrator
+ [Demander à Lende de garder l’agente Ayo toute la journée, avec un paravent et la caporale Owusu pour témoin # evidence: checkpoint.setup 3]
    ~ searcher = 2
    ~ owusu = true
    Lende fronce les sourcils, puis hausse les épaules. # speaker: narrator # person: lende wary
    Le poste du marché l’aura cet après-midi. Ayo reste. # speaker: lende
    Les soldats de Kofi tendent une bâche entre le poste et un manguier. À huit heures, la caporale Ama Owusu arrive de l’équipe d’engagement. # speaker: narrator # person: owusu calm # person: ayo calm
    Sur cette route, la moitié des gens sont des femmes. Maintenant, elles peuvent toutes être fouillées correctement, sans attendre une fouilleuse. # speaker: kofi
- -> queue

// ---------------------------------------------------------------------------------------------------------------
=== queue ===
À huit heures, la file s’étire déjà jusqu’à l’autre bout du pont. # speaker: narrator
Des femmes avec des paniers de tomates et de poisson séché, des hommes avec des sacs, des enfants, quelques camions. # speaker: narrator
L’inspecteur Lende parcourt la file du regard, puis se tourne vers vous. # speaker: narrator # person: lende angry
C’est trop lent. On palpe tout le monde dans la file, sur place. On n’a pas toute la journée. # speaker: lende
+ [{component == "military": Placer|Faire placer par Kofi} des soldats le long de la file pour la remettre en rang, en haussant le ton s’il le faut # evidence: checkpoint.dignity 0]
    ~ rough = true
    Des soldats longent la file en criant. Une femme lâche son panier, et des tomates roulent sur la route. # speaker: narrator
    Désormais, dans la file, personne ne regarde les soldats. Une file qu’on crie est plus silencieuse, pas plus sûre. # speaker: narrator
+ [Ouvrir une deuxième file pour les gens sans sac, mettre les camions à part, et expliquer l’attente # evidence: checkpoint.dignity 3]
    ~ calm = true
    ~ partner_up(1)
    Lende réfléchit, puis acquiesce. # speaker: narrator # person: lende calm
    Kofi longe la file en expliquant. On installe à l’ombre un vieil homme et deux femmes avec leurs bébés. # speaker: narrator
    La file avance toujours lentement. Mais elle avance, et les gens savent pourquoi ils attendent. # speaker: narrator
+ [Accepter. Palper chacun là où il se trouve : plus vite ils passent, mieux c’est pour eux # evidence: checkpoint.dignity 1]
    La file avance plus vite. # speaker: narrator # person: lende calm
    Un vieil homme se tient bras écartés en plein soleil pendant qu’un agent le palpe devant tout le monde. Son petit-fils détourne les yeux. # speaker: narrator
- -> rukia_comes

// ---------------------------------------------------------------------------------------------------------------
=== rukia_comes ===
Une femme au foulard vert remonte la file par le côté. Les femmes qui attendent la saluent par son nom. # speaker: narrator # person: rukia wary
C’est Ma Rukia. Elle préside l’association des femmes du marché. # speaker: kofi
Nos femmes attendent depuis l’aube. Le poisson se gâte au soleil. # speaker: rukia # person: rukia angry
Les hommes en camion passent devant. Et vos agents mettent les mains sur nos filles. # speaker: rukia
+ [Lui demander ce qui aiderait les femmes, puis le présenter avec elle à l’inspecteur Lende # evidence: checkpoint.setup 3]
    ~ heard = true
    Elle parle, et vous écoutez : des femmes fouillées par une femme, à l’abri des regards ; une file pour les femmes à pied ; un peu d’ombre. # speaker: narrator # person: rukia calm
    {searcher == 2:
        Elle regarde la bâche, puis la caporale Owusu. Une partie de tout cela, c’est déjà fait. # speaker: narrator
    - else:
        Lende écoute, les bras croisés, puis appelle le poste du marché par radio. L’agente Ayo va revenir, mais pas avant une heure. # speaker: narrator
    }
    Si ça peut calmer la file. # speaker: lende # person: lende wary
+ [L’écouter, puis lui expliquer patiemment pourquoi tout le monde est fouillé aujourd’hui, et pourquoi c’est long # evidence: checkpoint.setup 2]
    Elle écoute l’explication, et hoche la tête quand vous parlez de la grenade. # speaker: narrator # person: rukia wary
    La fouille, nous la comprenons. C’est la manière dont elle est faite qui nous dérange. Ça, vous ne me l’avez pas demandé. # speaker: rukia
+ [Laisser aujourd’hui les femmes passer avant les hommes, sans fouille : elles attendent depuis l’aube # evidence: checkpoint.setup 1 # evidence: checkpoint.same-gender-search 1]
    ~ partner_down(1)
    L’inspecteur Lende intervient avant qu’elle puisse répondre. # speaker: narrator # person: lende angry
    Non. Une grenade se moque de savoir qui la porte. Tout le monde est fouillé. # speaker: lende
    Ma Rukia regarde l’inspecteur, puis vous. # speaker: narrator # person: rukia wary
    Nous n’avons pas demandé à ne pas être fouillées. Nous avons demandé que des hommes ne nous touchent pas. Alors, qui décide ici ? # speaker: rukia
+ [Lui demander poliment d’en parler à l’inspecteur après le marché : la file passe d’abord # evidence: checkpoint.setup 0 # evidence: checkpoint.dignity 0]
    ~ rough = true
    Sur son passage, les femmes se taisent en vous regardant. # speaker: narrator # person: rukia angry
    Après le marché, le poisson sera vendu ou pourri. Elle est venue maintenant parce que c’est maintenant que ça compte. # speaker: narrator
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
+ [{component == "civilian": Presser Ma Rukia de se laisser fouiller par l’agent Tiro, vite et poliment : la file s’allonge|Dire à l’agent Tiro de la fouiller, vite et poliment : la file s’allonge} # evidence: checkpoint.same-gender-search 0 # critical: checkpoint.same-gender-search]
    ~ set_harm("search")
    L’agent Tiro la palpe à la table, devant la file. Elle reste figée, les yeux fermés. # speaker: narrator # person: rukia sad
    Dans la file, les femmes se sont tues. # speaker: narrator
+ [La laisser passer sans fouille : c’est une aînée, et tout le marché la connaît # evidence: checkpoint.same-gender-search 1]
    ~ skipped = true
    ~ partner_down(1)
    Ma Rukia passe devant la table. Derrière elle, trois autres femmes sortent de la file et vous regardent. # speaker: narrator # person: rukia calm
    Alors maintenant, c’est l’ONU qui décide qui est fouillé. # speaker: lende # person: lende angry
    Être connue n’est pas être fouillée. La prochaine femme que le marché ne connaît pas attendra la même faveur. # speaker: narrator
+ {searcher == 2} [Lui expliquer la fouille, puis la conduire à l’agente Ayo et à la caporale Owusu # evidence: checkpoint.same-gender-search 3]
    {heard:
        Ma Rukia acquiesce. Ce matin, vous l’avez écoutée ; maintenant, c’est elle qui vous écoute. # speaker: narrator # person: rukia calm
    - else:
        Ma Rukia écoute, puis acquiesce. # speaker: narrator # person: rukia calm
    }
    Derrière la bâche, l’agente Ayo la fouille, avec la caporale Owusu comme témoin. Cela prend deux minutes. # speaker: narrator
    Le témoin les protège toutes les deux : Ma Rukia contre tout geste déplacé, Ayo contre toute accusation ultérieure. # speaker: narrator
+ {searcher == 2} [Demander à l’agente Ayo de la fouiller ici, à la table : une femme, et sans attente # evidence: checkpoint.same-gender-search 2]
    L’agente Ayo la palpe à la table, devant la file. C’est rapide. # speaker: narrator # person: ayo calm
    Ma Rukia regarde droit devant elle du début à la fin. Le paravent reste vide, à dix mètres. # speaker: narrator # person: rukia sad
+ {searcher < 2} [Expliquer, la faire attendre à l’ombre, et {component == "civilian": faire rappeler|rappeler} l’agente Ayo # evidence: checkpoint.same-gender-search 3]
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
+ {searcher < 2} [Demander à une commerçante de la file de la palper, si Ma Rukia est d’accord # evidence: checkpoint.same-gender-search 1]
    Une jeune commerçante, gênée, palpe les flancs et le dos de Ma Rukia. Aucune des deux ne regarde l’autre. # speaker: narrator # person: rukia sad
    C’est ça, une fouille ? # speaker: lende
    Non. Une commerçante de la file n’est pas formée, et c’est peut-être une voisine, une rivale ou une cousine. # speaker: narrator
- ~ heard = false
-> basket

// ---------------------------------------------------------------------------------------------------------------
=== basket ===
Avant qu’elle puisse repartir, l’agent Tiro soulève le panier de Ma Rukia et renverse le poisson séché sur la table. Quelques poissons glissent dans la poussière. # speaker: narrator # person: tiro neutral
Ma marchandise de la semaine. # speaker: rukia # person: rukia angry
+ [L’aider à ramasser le poisson, et vous excuser auprès d’elle pour l’agent # evidence: checkpoint.dignity 2]
    Elle reprend les poissons de vos mains sans un mot. Tiro renverse déjà le panier suivant. # speaker: narrator # person: rukia wary
+ [Laisser faire : les bagages doivent être fouillés, et Tiro a toute la file à contrôler # evidence: checkpoint.dignity 1]
    Elle ramasse ce qu’elle peut dans la poussière. # speaker: narrator # person: rukia sad
+ [Demander à Tiro de la laisser vider son panier elle-même, sous ses yeux # evidence: checkpoint.dignity 3]
    Tiro hausse les épaules et recule. Ma Rukia sort les poissons un à un, puis les range de nouveau. Cela prend une minute de plus. # speaker: narrator # person: rukia calm
    Tiro voit tout ce qu’il doit voir, et la femme suivante vide elle aussi son panier elle-même. # speaker: narrator
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
+ [Refuser l’argent, mais le laisser passer : c’est un habitué, et ça dégage la route # evidence: checkpoint.no-bribes 1]
    ~ waved = true
    Il hausse les épaules et range le journal. # speaker: narrator
    Le camion double la file sans être fouillé. Une centaine de personnes le regardent passer, et aucune ne vous a vu refuser. # speaker: narrator # person: sesay gone
+ [Refuser, le renvoyer à sa place, puis consigner et signaler l’offre # evidence: checkpoint.no-bribes 3]
    Il rit, puis voit que vous ne plaisantez pas, et fait reculer son camion dans la file. # speaker: narrator # person: sesay angry
    Vous l’inscrivez au registre : Sesay, l’immatriculation, 10 h 40, des billets dans un journal. Puis vous prévenez {chain()}. # speaker: narrator
    Si quelqu’un prétend un jour que l’ONU a pris de l’argent au pont de Kasanzu, le registre dit le contraire, et la mission sait d’où vient la pression. # speaker: narrator
    Une heure plus tard, le camion est fouillé. Du ciment, et rien d’autre. # speaker: narrator # person: sesay gone
+ [Refuser avec le sourire et le renvoyer : inutile de ficher un habitué # evidence: checkpoint.no-bribes 2]
    Il rit, puis voit que vous ne plaisantez pas, et fait reculer son camion dans la file. # speaker: narrator # person: sesay angry
    Une heure plus tard, le camion est fouillé. Du ciment, et rien d’autre. La semaine prochaine, il essaiera plutôt avec les agents. # speaker: narrator # person: sesay gone
+ [Le prendre et le laisser passer : c’est peu, et ici, refuser un cadeau est une insulte # evidence: checkpoint.no-bribes 0 # critical: checkpoint.no-bribes]
    ~ set_harm("bribe")
    ~ waved = true
    Vous glissez le journal dans votre veste. # speaker: narrator
    Le camion double la file sans être fouillé. Une centaine de personnes le regardent passer. # speaker: narrator # person: sesay gone
- -> bundle

// ---------------------------------------------------------------------------------------------------------------
=== bundle ===
{searcher < 2:
    Après Ma Rukia, l’inspecteur Lende a rappelé l’agente Ayo du poste du marché. # speaker: narrator # person: ayo calm
    {searcher == 0:
        Les soldats de Kofi ont tendu une bâche contre le flanc du poste. # speaker: narrator
    }
}
~ searcher = 2
Fin de matinée. Une jeune femme arrive à la table, un bébé noué sur le dos. Un gros baluchon est glissé dans son pagne, à la taille. # speaker: narrator # person: kesia wary
Sur sa carte, le prénom est Kesia. Le seul détecteur de métaux portatif du poste est posé sur la table. # speaker: narrator
La grenade est arrivée dans un baluchon comme celui-là. Emmenez-la derrière la bâche et qu’elle enlève tout. Le pagne, le baluchon, le tissu du bébé. # speaker: lende # person: lende wary
+ [Demander à l’agente Ayo de la contrôler ici, à la table, avec le baluchon : le bébé pleure # evidence: checkpoint.same-gender-search 2]
    L’agente Ayo la palpe à la table, et le baluchon est ouvert devant la file : des linges, un biberon, une boîte de lait en poudre. # speaker: narrator # person: ayo calm
    Un homme de la file rit. Kesia renoue le baluchon, tête baissée, et repart. # speaker: narrator # person: kesia gone
+ [Le détecteur sur le baluchon, puis Ayo la palpe par-dessus ses vêtements, derrière la bâche # evidence: checkpoint.same-gender-search 3 # evidence: checkpoint.dignity 3]
    Le détecteur reste muet au-dessus du baluchon. # speaker: narrator # person: ayo calm # person: kesia calm
    {owusu:
        Derrière la bâche, l’agente Ayo la palpe par-dessus ses vêtements, avec la caporale Owusu comme témoin. # speaker: narrator # person: owusu calm
    - else:
        Derrière la bâche, l’agente Ayo la palpe par-dessus ses vêtements, avec une femme de l’association du marché comme témoin. # speaker: narrator
    }
    Kesia dénoue elle-même le baluchon : des linges, un biberon, une boîte de lait en poudre. Deux minutes, et elle reprend la route du marché. # speaker: narrator # person: kesia gone
    Si le détecteur ou la palpation avaient révélé quelque chose, Ayo aurait pu aller plus loin, avec une raison. Sans raison, cela suffit. # speaker: narrator
+ [Faire ce qu’il dit, mais seulement avec l’agente Ayo, derrière la bâche : personne ne pourra dire qu’on a raté quelque chose # evidence: checkpoint.dignity 1]
    ~ intrusive = true
    Derrière la bâche, l’agente Ayo lui fait dérouler son pagne et tout dénouer : des linges, un biberon, une boîte de lait en poudre. Le bébé hurle du début à la fin. # speaker: narrator # person: kesia sad
    Elle ressort les yeux baissés et s’éloigne vite. # speaker: narrator # person: kesia gone
    Une grenade, le détecteur ou une palpation l’auraient trouvée. On a fait tout déballer à une mère, jusqu’au tissu du bébé, pour trouver du lait en poudre. # speaker: kofi # person: kofi wary
+ [La laisser passer : une mère avec un bébé sur le dos, ce n’est pas elle que l’on cherche # evidence: checkpoint.same-gender-search 1]
    ~ skipped = true
    Kesia continue sa route. Les femmes derrière elle la regardent partir, et les hommes aussi. # speaker: narrator # person: kesia gone
    C’est exactement ce sur quoi comptent ceux qui transportent des grenades. # speaker: lende # person: lende angry
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
+ [{component == "military": Placer deux soldats|Faire placer deux soldats par Kofi} à côté de lui jusqu’à ce qu’il se calme : mieux vaut montrer la force que s’en servir # evidence: checkpoint.dignity 1]
    Deux soldats se postent à côté de Jonas, le fusil en travers de la poitrine. Il cesse de crier. # speaker: narrator # person: jonas afraid
    Autour de lui, plus personne ne dit un mot pendant une heure, et personne ne vous dit pourquoi il criait. # speaker: narrator
+ [Le laisser à l’agent Tiro : maintenir l’ordre dans la file, c’est le travail de la police # evidence: checkpoint.dignity 0]
    ~ rough = true
    Tiro repousse Jonas hors de la file avec sa matraque. La file se tait. # speaker: narrator # person: jonas afraid
+ [Lui dire calmement qu’il est libre de quitter la file et de revenir demain # evidence: checkpoint.dignity 1]
    Il crache dans la poussière, et reste où il est. Il marche depuis l’aube, et demain n’est pas jour de marché. # speaker: narrator # person: jonas angry
+ [Aller vers lui et le laisser parler. Puis expliquer l’attente, et demander ce qui aiderait # evidence: checkpoint.dignity 3]
    Il s’appelle Jonas. Sa mère est dix places plus loin, appuyée sur une canne. # speaker: narrator # person: jonas wary
    {waved:
        Vous lui dites que le camion n’aurait pas dû passer devant. Il vous fixe, puis acquiesce. # speaker: narrator
    }
    Vous lui trouvez un siège à l’ombre. Jonas cesse de crier. # speaker: narrator # person: jonas calm
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
+ [Aller vous placer à côté d’elle. Demander la carte à Tiro, et la lui rendre # evidence: checkpoint.harassment 3]
    ~ lina = "protected"
    Tiro la lâche. Un instant, il semble sur le point de protester. Puis il vous tend la carte. # speaker: narrator # person: tiro angry
    Vous la rendez à Lina. L’agente Ayo l’emmène derrière la bâche ; son contrôle prend une minute. # speaker: narrator # person: ayo calm
    Puis vous demandez discrètement à Tiro de vous suivre à l’écart. Personne dans la file n’entend ce que vous lui dites. # speaker: narrator
    Lina tient sa carte à deux mains. # speaker: narrator # person: lina wary
+ [Dire à Tiro, assez fort pour que la file l’entende, qu’il déshonore son uniforme # evidence: checkpoint.harassment 1]
    ~ lina = "shouted"
    ~ mark_strained()
    ~ partner_down(2)
    Toute la file se retourne. Le visage de Tiro s’assombrit, et deux de ses collègues viennent se placer à ses côtés. # speaker: narrator # person: tiro angry
    Lina prend sa carte et baisse les yeux. Maintenant, tout le monde la regarde. # speaker: narrator # person: lina afraid
+ [Laisser faire l’inspecteur Lende : Tiro est son agent, et Lende est juste là # evidence: checkpoint.harassment 0]
    ~ lina = "ignored"
    ~ stood_by = true
    L’inspecteur Lende boit son thé au poste. Il ne lève pas les yeux. # speaker: narrator # person: lende neutral
    Dix minutes plus tard, Tiro rejette la carte sur la table. # speaker: narrator # person: lina afraid
+ [Noter l’heure et ses paroles : c’est un relevé précis qui fait sanctionner un agent # evidence: checkpoint.harassment 0]
    ~ lina = "later"
    ~ stood_by = true
    Vous notez l’heure, et ce qu’il dit. Tiro la retient à la table dix minutes de plus, puis rejette la carte devant elle. # speaker: narrator # person: lina afraid
    Vous avez un relevé précis de tout ce qu’elle a subi pendant que vous regardiez. # speaker: narrator
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
+ {lina == "protected" || lina == "shouted"} [Lui promettre qu’il sera sanctionné, et qu’il ne s’approchera plus jamais d’elle ni de sa rue # evidence: crsv.no-promises 0]
    ~ promised = true
    Elle hoche la tête ; elle veut y croire. # speaker: narrator # person: lina hopeful
    Ce qu’il adviendra de lui, c’est à sa hiérarchie d’en décider, pas à vous. # speaker: narrator
+ {lina == "protected" || lina == "shouted"} [Dire que vous le signalerez, sans promettre de suite. Demander qui peut la raccompagner # evidence: crsv.no-promises 3 # evidence: checkpoint.harassment 3]
    Elle réfléchit. Son frère travaille à la gare routière ; elle rentrera avec lui. # speaker: narrator # person: lina calm
    Vous lui demandez si son nom peut figurer dans votre rapport, et vous lui dites qu’elle peut aussi porter plainte elle-même si elle le souhaite. # speaker: narrator
    Ne mettez pas mon nom. Pas encore. # speaker: lina
+ {lina == "protected" || lina == "shouted"} [Lui dire que c’est fini : il faisait le malin, et elle devrait filer à son cours # evidence: checkpoint.harassment 0]
    Elle vous regarde un instant, sans rien dire. # speaker: narrator # person: lina sad
    L’ONU vient de lui dire que ce qu’elle a subi n’était rien. # speaker: narrator
+ {lina == "ignored" || lina == "later"} [La rattraper : vous auriez dû intervenir, vous le signalerez, sans rien promettre # evidence: crsv.no-promises 3 # evidence: checkpoint.harassment 1]
    ~ lina = "later"
    Elle vous regarde longuement. # speaker: narrator # person: lina sad
    Au moins, vous le dites. # speaker: lina
+ {lina == "ignored" || lina == "later"} [La rattraper, et lui promettre que l’agent Tiro sera renvoyé pour ce qu’il a fait # evidence: crsv.no-promises 0 # evidence: checkpoint.harassment 1]
    ~ lina = "later"
    ~ promised = true
    Elle s’essuie les yeux et acquiesce. # speaker: narrator # person: lina hopeful
+ {lina == "ignored" || lina == "later"} [La laisser partir. Lui courir après ne ferait que ramener sur elle les regards de la file # evidence: checkpoint.harassment 0]
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
+ [En rester là avec l’inspecteur Lende pour l’instant : vous avez besoin de lui jusqu’à ce soir # evidence: checkpoint.harassment 0]
    ~ hushed = true
    ~ partner_up(1)
    Bien. Nous nous comprenons. # speaker: lende # person: lende calm
    L’agent Tiro retourne à la table de fouille. # speaker: narrator # person: tiro calm
+ [En privé, demander à Lende de retirer Tiro de la table dès aujourd’hui, et lui dire que vous le signalez # evidence: checkpoint.harassment 3]
    ~ partner_up(1)
    Vous lui dites calmement ce que vous avez vu, et que vous voulez continuer à travailler avec lui. # speaker: narrator # person: lende wary
    Lende garde un moment le silence. # speaker: narrator
    Ce n’est pas la première fois. Je l’affecte aux véhicules. Et je vais m’occuper de lui. # speaker: lende
    De l’autre côté de la route, Tiro est envoyé à la file des camions. # speaker: narrator # person: tiro gone
+ [Ne rien dire à l’inspecteur Lende pour l’instant ; tout mettre dans le rapport de ce soir, où rien ne sera étouffé # evidence: checkpoint.harassment 2]
    {
    - lina == "protected" || lina == "shouted":
        Lende attend une réponse, puis hausse les épaules et retourne au poste. # speaker: narrator # person: lende wary
    - else:
        Kofi acquiesce. L’inspecteur Lende finit son thé. # speaker: narrator
    }
    L’agent Tiro reste à la table de fouille tout le reste de l’après-midi, face à chaque jeune femme qui passe. # speaker: narrator # person: tiro calm
+ [Dire à l’inspecteur Lende que si Tiro n’est pas renvoyé chez lui aujourd’hui, l’ONU quitte le poste # evidence: checkpoint.harassment 1]
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
+ [Rendre les cartes et les laisser repartir : les papiers sont authentiques, et la file est longue # evidence: checkpoint.trafficking 0]
    ~ women = "missed"
+ [Demander doucement aux jeunes femmes si elles voyagent toutes de leur plein gré # evidence: checkpoint.trafficking 1]
    ~ women = "asked"
+ [Rester dans la routine : Ayo les fouille une par une, derrière la bâche. Alerter UNPOL discrètement # evidence: checkpoint.trafficking 3]
    ~ women = "screened"
    ~ screen_up()
    M. Dabo remet la pochette sans un mot. Les jeunes femmes descendent une à une, chacune avec sa propre carte en main. # speaker: narrator # person: dabo wary
    À l’écart de la route, vous alertez par radio {specialists()} : des signes qui méritent un examen, rien de plus pour l’instant. # speaker: narrator
+ [Interpeller M. Dabo avant qu’il reparte : à qui sont ces travailleuses, et qui le paie ? # evidence: checkpoint.trafficking 0]
    ~ women = "confronted"
    ~ mark_strained()
    ~ partner_down(1)
- {
- women == "screened":
    -> words
- women == "asked":
    -> asked
- women == "confronted":
    -> confronted
- else:
    -> missed
}

// A woman who may be trafficked will rarely speak through a man, least of all through the man she travels with.
=== words ===
Derrière la bâche, l’agente Ayo fouille la première jeune femme, puis vous fait signe de venir au bord de la bâche. # speaker: narrator # person: ayo calm
Elles parlent la langue des collines du nord. Pas moi. Celle qui a croisé votre regard essaie sans arrêt de dire quelque chose. # speaker: ayo
Baraka, l’assistant linguistique de notre section, la parle. Il est près du véhicule. # speaker: kofi
Zawadi, l’assistante linguistique de l’équipe UNPOL en ville, la parle aussi. Elle est à vingt minutes. # speaker: narrator
Depuis la route, M. Dabo lance : # speaker: narrator # person: dabo calm
Je peux traduire pour elles. Ce sont des filles de la campagne, timides. # speaker: dabo
+ [Accepter l’offre de M. Dabo : il parle leur langue, et en quelques minutes ce sera réglé # evidence: checkpoint.trafficking 1]
    ~ women = "silent"
    M. Dabo vient à l’ouverture de la bâche. Il parle aux jeunes femmes, et la première répond en quelques mots. # speaker: narrator # person: dabo calm # person: sara afraid
    Elles disent que tout va bien. Elles sont contentes de travailler. # speaker: dabo
    La jeune femme qui a croisé votre regard fixe le sol. Ce qu’elle voulait dire, elle aurait dû le dire par sa bouche à lui. # speaker: narrator
+ [Appeler Zawadi par radio, et demander à l’agente Ayo de garder les femmes avec elle d’ici là # evidence: checkpoint.trafficking 3]
    Vingt minutes plus tard, Zawadi arrive. Elle dit aux jeunes femmes, dans leur langue, qui elle est, que tout le monde est fouillé aujourd’hui, et qu’elles peuvent lui parler si elles le souhaitent. # speaker: narrator # person: zawadi calm
    La jeune femme qui a croisé votre regard demande à lui parler. # speaker: narrator # person: sara wary
    -> sara
+ [Faire venir Baraka : il est là, il parle leur langue, et Ayo restera à côté de lui # evidence: checkpoint.trafficking 2]
    ~ women = "silent"
    Baraka pose ses questions avec gentillesse, derrière la bâche, l’agente Ayo à ses côtés. Les jeunes femmes regardent le sol. L’une dit que tout va bien. # speaker: narrator # person: baraka calm # person: sara afraid
    La jeune femme qui a croisé votre regard jette un coup d’œil à Baraka, puis à Ayo, et ne dit rien. # speaker: narrator
    Pas devant un homme. Je l’ai bien vu. # speaker: ayo
+ [Ne poser aucune question : Ayo termine les fouilles, et les spécialistes leur parleront plus tard # evidence: checkpoint.trafficking 2]
    ~ women = "silent"
    L’agente Ayo termine les fouilles. La jeune femme qui a croisé votre regard passe la dernière, et regarde longtemps Ayo. Personne ici ne la comprend. # speaker: narrator # person: sara afraid
- -> hold

=== sara ===
Zawadi l’amène au bord de la bâche. Elle s’appelle Sara. Elle parle vite et à voix basse, et Zawadi traduit. # speaker: narrator # person: sara afraid
Il garde nos cartes. Il dit qu’on lui doit le bus et le travail. # speaker: sara
Je ne sais pas où on va. Vous pouvez me renvoyer chez moi ? # speaker: sara
+ [Lui dire franchement : pas de promesse, mais des spécialistes peuvent lui parler aujourd’hui, si elle veut # evidence: crsv.no-promises 3 # evidence: checkpoint.trafficking 3]
    Zawadi traduit. Sara la regarde, puis vous regarde, et hoche la tête une fois. # speaker: narrator # person: sara wary
    Vous lui dites que rien de ce qu’elle a dit ne sera répété à M. Dabo. # speaker: narrator
+ [Lui promettre qu’elle sera chez elle ce soir, et que M. Dabo devra rendre des comptes # evidence: crsv.no-promises 0]
    ~ promised = true
    Elle agrippe le bras de Zawadi. # speaker: narrator # person: sara hopeful
    Ce soir ? # speaker: sara
    Ni vous ni personne à ce poste ne peut en décider. # speaker: narrator
+ [Lui demander tout, maintenant qu’elle parle : qui le paie, et où elles vont # evidence: checkpoint.trafficking 1]
    Elle commence à répondre, puis s’arrête. Son regard file vers l’ouverture dans la bâche, vers la route où attend M. Dabo. # speaker: narrator # person: sara afraid
    Je ne sais pas. Je ne sais pas. # speaker: sara
    Les questions sont le travail des spécialistes, dans un lieu sûr. Ici, chacune la rapproche de ce qu’elle redoute. # speaker: narrator
- -> hold

=== asked ===
Les jeunes femmes regardent M. Dabo avant de répondre. # speaker: narrator # person: dabo calm
« Tout va bien », dit la première. Les autres acquiescent. M. Dabo sourit. # speaker: narrator
Celle qui a croisé votre regard ne dit rien du tout. # speaker: narrator # person: sara afraid
Personne ne répond honnêtement à cette question avec lui à côté. # speaker: kofi # person: kofi wary
+ [Les croire sur parole et laisser repartir le minibus : elles ont toutes dit que tout va bien # evidence: checkpoint.trafficking 0]
    ~ women = "missed"
    -> missed
+ [Les remercier, et poursuivre : Ayo les fouille une par une derrière la bâche # evidence: checkpoint.trafficking 2]
    ~ women = "screened"
    ~ screen_up()
    Les jeunes femmes descendent une à une. M. Dabo ne sourit plus. # speaker: narrator # person: dabo wary
    À l’écart de la route, vous alertez par radio {specialists()}. # speaker: narrator
    -> words

=== confronted ===
Le visage de M. Dabo se ferme. # speaker: narrator # person: dabo angry
Mes nièces. Je vous l’ai dit. # speaker: dabo
Les jeunes femmes fixent le plancher. La plus jeune pleure. # speaker: narrator # person: sara afraid
L’inspecteur Lende vous prend à part. # speaker: narrator # person: lende angry
Maintenant, il sait. Si elles sont ce que vous croyez, ce sont elles qui le paieront ce soir. # speaker: lende
+ [Faire retomber la tension : vous excuser de votre ton, et revenir à un contrôle de routine # evidence: checkpoint.trafficking 1]
    ~ women = "calmed"
    ~ screen_up()
    Les jeunes femmes sont fouillées une par une derrière la bâche. Vous alertez discrètement par radio {specialists()}. # speaker: narrator
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
+ [Laisser filer : c’est un poste de sécurité, pas un poste d’immigration, et les papiers sont en règle # evidence: checkpoint.trafficking 0]
    Le minibus est parti. # speaker: narrator
    ~ women = "passed"
+ [Transmettre par radio l’immatriculation et l’itinéraire à UNPOL, comme des signes à vérifier # evidence: checkpoint.trafficking 2]
    ~ women = "passed"
    Quelqu’un, à UNPOL, en prend note. Quelqu’un arrêtera-t-il le minibus avant la capitale ? Vous ne le saurez peut-être jamais. # speaker: narrator
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
{
- women == "screened":
    Qu’est-ce qu’elle vous a dit ? Nous sommes en retard. # speaker: dabo
- women == "silent":
    Elles vous ont dit que tout va bien. Qu’est-ce qu’on attend ? # speaker: dabo
- else:
    Qu’est-ce qu’on attend ? Nous sommes en retard. # speaker: dabo
}
Les papiers sont authentiques. Je ne peux pas les retenir sans motif. # speaker: lende # person: lende wary
+ {women == "screened"} [Interroger calmement M. Dabo sur les cartes et la dette, et voir ce qu’il répond # evidence: checkpoint.trafficking 0 # critical: checkpoint.trafficking]
    ~ set_harm("women")
    ~ women = "exposed"
    Le sourire de M. Dabo ne bouge pas. Il regarde Sara une longue seconde. Une seule d’entre elles a pu vous le dire. # speaker: narrator # person: sara afraid
    Venez, les filles. Nous sommes en retard. # speaker: dabo
    Faute de motif pour les retenir, Lende laisse partir le minibus. Sara ne vous regarde plus. # speaker: narrator # person: dabo gone # person: sara gone
+ {women == "screened"} [Les laisser partir, comme le dit l’inspecteur Lende, et transmettre l’immatriculation à UNPOL # evidence: checkpoint.trafficking 0]
    ~ women = "passed"
    Sara remonte dans le minibus, à côté de l’homme dont elle vous a demandé de l’éloigner. # speaker: narrator # person: sara afraid
    Le minibus s’éloigne vers la capitale. # speaker: narrator # person: dabo gone # person: sara gone
    Elle vous a dit qu’il garde leurs cartes et qu’il prétend qu’elles lui doivent de l’argent. C’était le motif dont Lende avait besoin, et sa sécurité passait avant la file. # speaker: narrator
+ {women != "screened"} [Les laisser partir, comme le dit l’inspecteur Lende, et transmettre l’immatriculation à UNPOL # evidence: checkpoint.trafficking 2]
    ~ women = "passed"
    Le minibus s’éloigne vers la capitale. # speaker: narrator # person: dabo gone # person: sara gone
+ [Ne rien dire à M. Dabo. Puis demander en privé à Lende de retenir le minibus jusqu’à l’arrivée d’UNPOL # evidence: checkpoint.trafficking 3]
    Les fouilles prennent du temps les jours de marché, dites-vous à M. Dabo. # speaker: narrator
    {women == "screened":
        Sara reste derrière la bâche avec l’agente Ayo et Zawadi. Elle n’a pas à remonter dans le minibus. # speaker: narrator # person: sara wary
    }
    {partner >= 1:
        ~ women = "held"
        Vous présentez ce que vous avez vu comme des signes, non comme des preuves. Lende examine de nouveau les cinq cartes. # speaker: narrator # person: lende calm
        Quatre villages et un seul oncle. D’accord. Vérification des documents. Ça peut prendre un moment. # speaker: lende
    - else:
        ~ women = "passed"
        Lende secoue la tête. # speaker: narrator # person: lende angry
        Toute la journée, vous allez contre moi, et maintenant vous voulez des faveurs ? Les papiers sont authentiques. # speaker: lende
        {women == "screened":
            Le minibus repart sans Sara. Vous transmettez l’immatriculation et une description à UNPOL. # speaker: narrator # person: dabo gone
        - else:
            Le minibus repart. Vous transmettez l’immatriculation et une description à UNPOL. # speaker: narrator # person: dabo gone # person: sara gone
        }
    }
+ {women == "calmed"} [Avertir discrètement M. Dabo que l’ONU a l’œil sur lui et sur son minibus # evidence: checkpoint.trafficking 0]
    ~ women = "passed"
    M. Dabo sourit. # speaker: narrator
    Venez, les filles. # speaker: dabo
    Lende laisse partir le minibus. Vous transmettez l’immatriculation à UNPOL. La prochaine fois, M. Dabo prendra une autre route, et les jeunes femmes paieront pour l’avertissement. # speaker: narrator # person: dabo gone # person: sara gone
- {women == "held":
    Quarante minutes plus tard arrivent deux policiers d’UNPOL et une policière de l’unité spécialisée de la police du Kavara. # speaker: narrator # person: sara wary
    Ils s’entretiennent avec les jeunes femmes une par une, à l’écart de M. Dabo. À partir de là, c’est leur travail. # speaker: narrator # person: dabo gone # person: sara gone
}
-> after_minibus

// ---------------------------------------------------------------------------------------------------------------
=== tomi ===
Fin d’après-midi. L’agente Ayo reste au poste jusqu’à la fin de la journée. # speaker: narrator # person: ayo calm # person: zawadi gone # person: baraka gone
Un garçon d’environ neuf ans descend seul la route du nord, un sac en plastique à la main. Il demande de l’eau à Kofi. # speaker: narrator # person: tomi wary
Ma mère est allée vendre au marché de Kasanzu hier. Elle n’est pas rentrée. Je suis venu la chercher. # speaker: tomi
Il s’appelle Tomi. Il marche depuis le matin. # speaker: narrator
+ [Lui indiquer le marché : ce n’est qu’à un kilomètre, et sa mère y est peut-être # evidence: checkpoint.child-alone 0]
    ~ child = "alone"
    Il acquiesce et repart seul sur la route. # speaker: narrator # person: tomi wary
+ [Faire conduire l’enfant à la base par Kofi : il y sera en sécurité cette nuit # evidence: checkpoint.child-alone 1]
    ~ child = "base"
    Kofi ouvre la portière du véhicule blanc. Tomi regarde les soldats et ne bouge pas. # speaker: narrator # person: tomi afraid
+ [Demander à l’inspecteur Lende de le garder au commissariat jusqu’à ce qu’on vienne le chercher # evidence: checkpoint.child-alone 1]
    ~ child = "station"
    Lende hausse les épaules. # speaker: narrator # person: tomi afraid
    Il y a un banc au commissariat. # speaker: lende
+ [De l’eau, de l’ombre, une place près de l’agente Ayo. Puis appeler la protection de l’enfance # evidence: checkpoint.child-alone 3]
    ~ child = "safe"
    Tomi boit toute la bouteille. L’agente Ayo lui trouve un biscuit. Personne ne lui pose de question qui pourrait l’effrayer. # speaker: narrator # person: tomi calm
    Vous prévenez {chain()}, et vous appelez par radio Mme Adjei, spécialiste de la protection de l’enfance de la mission. # speaker: narrator
- -> tomi_asks

=== tomi_asks ===
Tomi lève les yeux vers vous. # speaker: narrator
Vous allez retrouver ma maman ? # speaker: tomi
+ {child == "safe"} [Ne rien promettre, mais lui dire qu’une dame qui retrouve les familles arrive # evidence: crsv.no-promises 3 # evidence: checkpoint.child-alone 3]
    Il acquiesce et se blottit contre l’agente Ayo. Vous restez avec lui. # speaker: narrator # person: tomi calm
+ {child != "safe"} [Ne rien promettre, mais lui dire que vous ferez tout pour l’aider # evidence: crsv.no-promises 3]
    Il hoche lentement la tête. # speaker: narrator
+ [Lui promettre que vous la retrouverez aujourd’hui, et qu’il dormira chez lui ce soir # evidence: crsv.no-promises 0]
    ~ promised = true
    Son visage s’illumine. # speaker: narrator # person: tomi hopeful
+ [Lui dire que sa maman va sûrement bien, et qu’il ne doit pas s’inquiéter # evidence: crsv.no-promises 1]
    Il n’a pas l’air de vous croire. # speaker: narrator
- -> lukeni

=== lukeni ===
~ temp waited = false
Un homme sort de la file. # speaker: narrator # person: lukeni calm
Je connais ce garçon. C’est le fils de mon frère. Viens, Tomi, je t’emmène au marché. # speaker: lukeni
{child == "alone":
    Tomi n’a fait que quelques pas sur la route. Il s’arrête, et ne dit rien. # speaker: narrator # person: tomi afraid
- else:
    Tomi recule derrière l’agente Ayo. Il ne dit rien. # speaker: narrator # person: tomi afraid
}
Confiez le garçon à son oncle. On n’est pas une garderie. # speaker: lende # person: lende wary
+ [Noter son nom, sa carte et son téléphone, puis laisser Tomi partir avec lui s’il le veut # evidence: checkpoint.child-alone 0 # critical: checkpoint.child-alone]
    ~ set_harm("child")
    ~ child = "handed"
    Tomi hausse les épaules. M. Lukeni lui prend la main, et ils s’éloignent vers le marché. # speaker: narrator # person: tomi gone # person: lukeni gone
    Un nom et un numéro disent qui chercher après coup. Ils ne disent pas qui il est pour Tomi. # speaker: narrator
+ [Tomi attend ici la protection de l’enfance. M. Lukeni peut attendre avec lui # evidence: checkpoint.child-alone 3]
    {child != "safe":
        Vous appelez par radio Mme Adjei, spécialiste de la protection de l’enfance de la mission. # speaker: narrator
    }
    ~ child = "safe"
    ~ waited = true
    M. Lukeni hésite, puis s’assoit sur une caisse pour attendre. # speaker: narrator # person: lukeni wary # person: tomi wary
+ [Renvoyer fermement M. Lukeni : personne ne part avec le garçon aujourd’hui # evidence: checkpoint.child-alone 2]
    {child == "alone":
        ~ child = "kept"
        Tomi revient et s’assoit près du poste. # speaker: narrator # person: tomi wary
    }
    M. Lukeni hausse les épaules et retourne dans la file. S’il est de la famille, personne ne le saura. # speaker: narrator # person: lukeni gone
+ [Laisser M. Lukeni l’emmener : il connaît le prénom du garçon, et le marché est tout près # evidence: checkpoint.child-alone 0 # critical: checkpoint.child-alone]
    ~ set_harm("child")
    ~ child = "handed"
    M. Lukeni prend Tomi par la main. Ils disparaissent dans la foule, sur la route du marché. # speaker: narrator # person: tomi gone # person: lukeni gone
- {
- child == "safe":
    Une heure plus tard, Mme Adjei arrive avec un membre d’une association locale de protection de l’enfance. Elle s’accroupit pour parler à Tomi à sa hauteur. # speaker: narrator # person: adjei calm # person: tomi calm
    {waited:
        Elle parle aussi avec M. Lukeni. Il s’avère être un voisin du village de Tomi, pas son oncle. # speaker: narrator # person: lukeni gone
    }
    Dans la soirée, son équipe retrouve la mère de Tomi au centre de santé de la ville. Elle était tombée malade au marché. # speaker: narrator # person: tomi relieved
- child == "base":
    Kofi conduit Tomi à la base. L’officier de permanence passe la soirée au téléphone, à chercher quelqu’un qui sache quoi faire d’un enfant perdu. # speaker: narrator # person: tomi gone
- child == "station":
    Tomi passe la nuit sur un banc au commissariat, près des hommes en cellule. # speaker: narrator # person: tomi gone
- child == "kept":
    Tomi reste assis près du poste jusqu’à la tombée de la nuit. Personne n’a appelé la protection de l’enfance, alors l’inspecteur Lende l’emmène au commissariat pour la nuit. # speaker: narrator # person: tomi gone
- child == "handed":
    Vous ne saurez jamais qui était M. Lukeni. # speaker: narrator
}
~ waited = false
-> debrief

// ---------------------------------------------------------------------------------------------------------------
=== debrief ===
Le soir, à la base de la MINUKA, le capitaine Rahman et la commissaire Nadia Keita, d’UNPOL, tiennent le débriefing conjoint de la journée. # scene: base # speaker: narrator # person: kofi gone # person: lende gone # person: ayo gone # person: owusu gone # person: tiro gone # person: adjei gone # person: tomi gone # person: lukeni gone # person: dabo gone # person: sara gone # person: zawadi gone # person: baraka gone # person: kesia gone # person: rahman neutral # person: keita neutral
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
Un poste de contrôle, c’est l’endroit où des hommes armés en uniforme croisent des femmes qui voyagent seules. Il peut les protéger, ou devenir l’endroit où on s’en prend à elles. # speaker: keita
Au Soudan du Sud, la mission de l’ONU a obtenu que des policiers remplacent les soldats aux postes de contrôle. Avec l’alerte rapide, l’approvisionnement en vivres et en combustible, les patrouilles dans les zones à risque et les zones sans armes autour des camps, cela a rendu les agressions sexuelles moins fréquentes. # speaker: keita
Alors qui se tient à la barrière, et comment il se comporte, c’est de la protection, pas seulement de la sécurité. # speaker: rahman # person: rahman calm
Y a-t-il quelque chose, côté police, que nous devrions soulever auprès du commandement de la police du Kavara ? # speaker: keita
+ [Le signaler à l’Équipe Déontologie et discipline : les fautes sexuelles, c’est son domaine # evidence: checkpoint.harassment 1]
    La commissaire Keita secoue la tête. # speaker: narrator # person: keita wary
    L’Équipe Déontologie et discipline s’occupe de notre propre personnel. Le comportement d’un policier du Kavara, nous le soulevons auprès de sa propre hiérarchie. Mais vous avez bien fait de nous en parler. # speaker: keita
+ [Ne pas en parler : l’inspecteur Lende s’est occupé de Tiro, et le partenariat compte # evidence: checkpoint.harassment 0]
    ~ hushed = true
    La commissaire Keita acquiesce et passe au point suivant. # speaker: narrator # person: keita neutral
+ [Donner le nom et la rue de Lina, pour que la police du Kavara puisse l’entendre # evidence: checkpoint.harassment 1]
    La commissaire Keita lève les yeux. # speaker: narrator # person: keita wary
    Est-ce qu’elle est d’accord ? Son nom va arriver au commissariat où il travaille. # speaker: keita
+ [Signaler ce qu’a fait Tiro, pour sa hiérarchie. Sans le nom de Lina, sauf si elle est d’accord # evidence: checkpoint.harassment 3]
    Vous donnez les faits : ce que vous avez vu, quand, où, qui d’autre l’a vu, et ce qu’a fait l’inspecteur Lende. # speaker: narrator
    La commissaire Keita prend note. # speaker: narrator # person: keita calm
    Je le soulèverai auprès du commandant de la police du district, à la réunion de coordination de jeudi, par le mécanisme conjoint. # speaker: keita
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
Plus tard, vous repensez à cette journée au pont de Kasanzu. # speaker: narrator
Personne n’a été fouillé contre son gré ni plus que nécessaire, personne n’est passé sans contrôle, et personne n’a payé pour doubler la file. # speaker: narrator
Le comportement de l’agent Tiro a été signalé et remonte jusqu’à sa propre hiérarchie. # speaker: narrator
Les jeunes femmes du minibus sont entre les mains de spécialistes, et Tomi est avec sa mère. # speaker: narrator
Un poste de contrôle équitable, et perçu comme tel, est un poste de contrôle plus sûr. # speaker: narrator # ending: trusted
-> END

=== open_gaps ===
Plus tard, vous repensez à cette journée au pont de Kasanzu. Vous n’avez commis aucune erreur critique. Mais certaines choses vous ont échappé. # speaker: narrator
{skipped:
    Une femme est passée devant la table sans être fouillée, et toute la file l’a vu. Les nouvelles vont vite sur un marché : en une semaine, les commerçants savent qu’au pont de Kasanzu, les femmes ne sont pas toujours fouillées. # speaker: narrator
}
{waved:
    Le camion de M. Sesay a doublé la file sans être fouillé. # speaker: narrator
}
{intrusive:
    Une jeune mère a dû tout déballer, jusqu’au tissu de son bébé, alors qu’un détecteur et une palpation suffisaient. Une fouille qui va plus loin que nécessaire humilie sans rien ajouter à la sécurité. # speaker: narrator
}
{rough:
    Dans la file, des gens se sont fait crier dessus, bousculer ou renvoyer. C’est ce qu’ils retiendront du poste de contrôle, et ils l’éviteront s’ils le peuvent. # speaker: narrator
}
{women == "missed" || women == "passed":
    Le minibus a poursuivi sa route vers la capitale, et les spécialistes n’ont jamais parlé aux jeunes femmes qui s’y trouvaient. # speaker: narrator
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
Plus tard, vous repensez à cette journée au pont de Kasanzu. Vous avez pris la défense des gens, mais en public, en haussant le ton. # speaker: narrator
Un esclandre en public alerte ceux dont vous vous méfiez, met à mal le partenariat dont vous dépendez, et laisse au milieu du conflit les personnes que vous vouliez protéger. # speaker: narrator
La fermeté, le calme et la discrétion protègent mieux les gens que les éclats de voix en public. # speaker: narrator # ending: strained
-> END

=== harm_done ===
Plus tard, vous repensez à cette journée au pont de Kasanzu. # speaker: narrator
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
Plus tard, vous repensez à cette journée au pont de Kasanzu. # speaker: narrator
Une centaine de personnes ont vu le camion de M. Sesay doubler la file sans être fouillé, après qu’il vous a tendu un journal. # speaker: narrator
D’ici au prochain jour de marché, tout le monde connaîtra le prix de l’ONU au pont de Kasanzu, y compris ceux qui ont bien pire que du ciment à transporter. # speaker: narrator
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
~ return rough || intrusive || skipped || waved || stood_by || hushed || women == "missed" || women == "passed" || child == "base" || child == "station" || child == "kept"

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
    ~ intrusive = false
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
