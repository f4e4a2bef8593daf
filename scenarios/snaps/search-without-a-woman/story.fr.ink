// Snap situation: a woman must be searched, and there is no woman officer on the shift (French translation).
// Same structure as story.ink: only the words differ. Shown variables are translated; logic values stay in English.

VAR place = ""    // shown: the checkpoint
VAR name = ""     // shown: the trader who must be searched
VAR goods = ""    // shown: what she carries
VAR away = ""     // shown: where the only policewoman went
VAR wait = ""     // shown: how long until the policewoman can be back
VAR leader = ""   // shown: the market women's spokeswoman

VAR outcome = "none"     // how the trader was dealt with: "forced", "skipped", "stranger", "waited"
VAR open_search = false  // she was searched by a woman, but at the open table
VAR rough = false        // the angry man in the queue was pushed or told to leave
VAR plan = 0             // what was asked for at the end of the shift (the level shown on checkpoint.setup)

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ place = "Le carrefour du marché"
    ~ name = "Esi"
    ~ goods = "un sac d’arachides sur la tête"
    ~ away = "le poste du marché"
    ~ wait = "vingt minutes"
    ~ leader = "Mama Ngozi"
- 2:
    ~ place = "La route du bac"
    ~ name = "Aminata"
    ~ goods = "une bassine de poisson fumé"
    ~ away = "l’embarcadère du bac"
    ~ wait = "une demi-heure"
    ~ leader = "Mama Ngozi"
- else:
    ~ place = "Le vieux pont de fer"
    ~ name = "Olabisi"
    ~ goods = "un ballot de tissu sur la tête"
    ~ away = "le commissariat du district"
    ~ wait = "vingt-cinq minutes"
    ~ leader = "Mama Ngozi"
}
-> table

// ---------------------------------------------------------------------------------------------------------------
=== table ===
{place}, en début d’après-midi. La file du poste de contrôle conjoint s’étire jusqu’au virage. L’agente Sow, la seule policière de service, est partie à midi pour {away}. # scene: checkpoint # speaker: narrator # person: bida neutral
Une commerçante, {name}, arrive à la table de fouille avec {goods}. Quand le sergent Bida, de la police du Kavara, tend les mains pour la palper, elle recule. # speaker: narrator # person: trader wary
Aucun homme ne pose les mains sur moi. Pas ici, devant tout le monde. # speaker: trader # person: trader angry
Regardez cette file. Laissez-moi juste la palper, vite fait. Deux secondes. # speaker: bida # person: bida angry
+ [La laisser passer. C’est une commerçante, ça ne vaut pas un esclandre # evidence: checkpoint.same-gender-search 1]
    ~ outcome = "skipped"
    {name} passe. Derrière elle, deux femmes de la file échangent un regard. # speaker: narrator # person: trader gone
    Alors maintenant, les femmes passent comme ça. Tout le monde l’a vu. # speaker: bida
+ [Lui dire qu’une policière va la fouiller, et appeler l’agente Sow par radio # evidence: checkpoint.same-gender-search 3]
    ~ outcome = "waited"
    Vous expliquez qu’aujourd’hui tout le monde est fouillé, les femmes par une femme. {name} croise les bras, puis s’assoit à l’ombre. # speaker: narrator # person: trader calm
    L’agente Sow répond à la radio depuis {away}. Elle peut être de retour dans {wait}. # speaker: narrator
    Une seule femme, et toute la file l’attend. # speaker: bida
+ [La faire palper sur le côté par une femme de la file qu’elle connaît # evidence: checkpoint.same-gender-search 1]
    ~ outcome = "stranger"
    Une voisine qui attendait dans la file, gênée, tapote les flancs et le dos de {name}. Aucune des deux ne regarde l’autre. # speaker: narrator # person: trader sad
    C’est ça, une fouille ? # speaker: bida # person: bida wary
    {name} reprend sa charge et s’en va. # speaker: narrator # person: trader gone
+ [Le laisser faire. Ça prend deux secondes, et aujourd’hui tout le monde est fouillé # evidence: checkpoint.same-gender-search 0 # evidence: checkpoint.dignity 1 # critical: checkpoint.same-gender-search]
    ~ outcome = "forced"
    Le sergent Bida la palpe à la table, sous les yeux de la file. Elle reste raide, les yeux fermés. # speaker: narrator # person: trader sad
    Puis elle reprend sa charge et s’en va sans un mot. # speaker: narrator # person: trader gone
- -> queue

// ---------------------------------------------------------------------------------------------------------------
=== queue ===
Quelques minutes plus tard, un jeune homme près de la tête de la file se met à crier. # speaker: narrator # person: man angry
{
- outcome == "waited":
    Elle est assise à l’ombre et nous, on attend au soleil ? Fouillez-la ou laissez-nous tous passer ! # speaker: man
- outcome == "skipped":
    Elle passe, et nous, on est fouillés ? C’est ça, la règle ici ? # speaker: man
- else:
    Deux heures sous ce soleil ! Ça va durer encore combien de temps ? # speaker: man
}
D’autres dans la file se mettent à crier aussi. Le sergent Bida porte la main à sa matraque. # speaker: narrator # person: bida angry
+ [L’écouter, expliquer l’attente, et ouvrir une deuxième file pour ceux qui n’ont pas de sacs # evidence: checkpoint.dignity 3]
    Vous expliquez à ceux qui l’entourent ce que fait le poste de contrôle et pourquoi{outcome == "waited":, et qu’une femme va bientôt la fouiller}. Il se plaint encore une minute, puis hoche la tête. La deuxième file commence à avancer. # speaker: narrator # person: man calm # person: bida neutral
+ [Le laisser au sergent Bida ; c’est son poste de contrôle # evidence: checkpoint.dignity 0]
    ~ rough = true
    Bida le repousse hors de la file avec sa matraque. La file se tait. # speaker: narrator # person: man afraid
+ [Lui dire que le poste ne se laissera pas presser : il peut quitter la file et revenir demain # evidence: checkpoint.dignity 1]
    ~ rough = true
    Il crache dans la poussière et reste où il est. Autour de lui, personne ne dit un mot. # speaker: narrator # person: man angry
- {outcome == "waited":
    -> arrives
- else:
    -> leader_comes
}

// ---------------------------------------------------------------------------------------------------------------
=== arrives ===
L’agente Sow arrive, essoufflée. # speaker: narrator # person: man gone # person: sow calm
Faites-le ici, à la table, c’est plus rapide. Tout le monde l’a déjà vue. # speaker: bida # person: bida wary
{name} regarde la table, en plein air, puis la file. # speaker: narrator # person: trader wary
+ [La laisser repartir sans fouille : elle a assez attendu # evidence: checkpoint.same-gender-search 1]
    ~ outcome = "skipped"
    L’agente Sow vous regarde, puis regarde le sergent Bida. # speaker: narrator # person: sow wary
+ [Faire fouiller par l’agente Sow à la table, vite et poliment ; tout le monde l’a déjà vue # evidence: checkpoint.same-gender-search 2]
    ~ open_search = true
    L’agente Sow la palpe à la table. Cela prend une minute. {name} regarde droit devant elle tout du long. # speaker: narrator # person: trader sad
+ [L’agente Sow la fouille derrière une bâche, avec une femme témoin qu’elle choisit # evidence: checkpoint.same-gender-search 3]
    Une bâche est tendue derrière le poste. L’agente Sow la fouille là, avec une femme âgée de la file comme témoin. Cela prend deux minutes. # speaker: narrator # person: trader calm
- {name} reprend sa charge et repart vers le marché. # speaker: narrator # person: trader gone
-> leader_comes

// ---------------------------------------------------------------------------------------------------------------
=== leader_comes ===
À la fin du service, {leader}, qui parle au nom des femmes du marché, vient au poste. # speaker: narrator # person: man gone # person: sow gone # person: leader wary
{
- outcome == "forced":
    Un homme a mis les mains sur {name} devant toute la route. Maintenant, nos femmes prendront le chemin de brousse plutôt que de passer par ici. # speaker: leader # person: leader angry
- outcome == "skipped":
    Il y a des femmes que vous fouillez, et d’autres que vous laissez passer. Personne ne connaît la règle à ce poste. # speaker: leader
- outcome == "waited":
    {name} a attendu au soleil parce qu’il n’y avait pas de policière. Demain, elles seront dix comme elle. # speaker: leader
- else:
    Vous avez fait fouiller {name} par une voisine de la file. Ce n’est pas une fouille, et ce n’est pas du respect. # speaker: leader
}
+ [Lui dire que la procédure de fouille est fixée par le commandant pour la sécurité de tous, pas par le marché # evidence: checkpoint.setup 0 # evidence: checkpoint.dignity 0]
    ~ plan = 0
    Elle vous regarde longuement, puis s’en va. # speaker: narrator # person: leader angry
+ [L’écouter, puis expliquer pourquoi les femmes sont fouillées par des femmes, et pourquoi c’est long # evidence: checkpoint.setup 2]
    ~ plan = 2
    Elle écoute, et hoche la tête quand vous dites que vous demanderez une policière et un paravent à chaque service. # speaker: narrator # person: leader calm
    La fouille, nous la comprenons. C’est la manière dont elle est faite qui nous gêne. # speaker: leader
    Vous lui avez expliqué les règles. Vous ne lui avez pas demandé ce qui rendrait le poste praticable pour les femmes qui l’empruntent. # speaker: narrator
+ [Lui dire que, par égard pour leur dignité, les femmes passeront sans fouille tant qu’il n’y aura pas de policière à chaque service # evidence: checkpoint.setup 1 # evidence: checkpoint.same-gender-search 1]
    ~ plan = 1
    Elle hoche lentement la tête. Le sergent Bida secoue la sienne. # speaker: narrator # person: leader calm
    Alors toute la route va apprendre qu’on n’ouvre jamais la charge d’une femme. # speaker: bida # person: bida wary
+ [Lui demander ce qui rend le poste difficile pour les femmes et ce qui aiderait, et en saisir votre commandant # evidence: checkpoint.setup 3]
    ~ plan = 3
    Elle parle et vous écoutez : une policière tous les jours, un paravent, une femme témoin, une file pour les femmes à pied, un peu d’ombre. # speaker: narrator # person: leader calm
    Le soir même, votre commandant transmet ses propositions à la police de district du Kavara. # speaker: narrator
- -> wrap

// ---------------------------------------------------------------------------------------------------------------
=== wrap ===
{
- outcome == "forced":
    -> harm_done
- outcome == "skipped" || outcome == "stranger" || open_search || rough || plan < 2:
    -> gaps
- else:
    -> fair
}

=== fair ===
Plus tard, vous repensez à ce service. # speaker: narrator # person: leader gone # person: bida gone
{name} a été fouillée comme tout le monde : par une femme, à l’abri des regards, devant un témoin. Cela a coûté {wait}, pas la sécurité. # speaker: narrator
Et demain, les femmes du marché sauront à quoi s’attendre à ce poste de contrôle. # speaker: narrator # ending: fair
-> END

=== gaps ===
Plus tard, vous repensez à ce service. Aucune femme n’a été fouillée contre sa volonté, mais certaines choses vous ont échappé. # speaker: narrator # person: leader gone # person: bida gone
{outcome == "skipped":
    Une femme est passée sans être fouillée, et la file l’a vu. D’ici une semaine, toute la route saura qu’ici, les femmes ne sont pas toujours fouillées. # speaker: narrator
}
{outcome == "stranger":
    Une voisine de la file n’est pas une fouilleuse formée. {name} n’a été ni vraiment fouillée, ni épargnée. # speaker: narrator
}
{open_search:
    {name} a été fouillée par une femme, mais à la table, en plein air, devant la file. # speaker: narrator
}
{rough:
    Un homme a été repoussé ou renvoyé parce qu’il criait. La file s’en souviendra plus longtemps que de l’attente. # speaker: narrator
}
{plan < 2:
    Rien n’a changé pour demain : il n’y a toujours pas de policière au tableau de service. # speaker: narrator
}
Chaque faille est une porte que quelqu’un d’autre peut emprunter. # speaker: narrator # ending: gaps
-> END

=== harm_done ===
Plus tard, vous repensez à ce service. # speaker: narrator # person: leader gone # person: bida gone
{name} a été fouillée par un homme, devant toute la route, alors qu’elle avait refusé. Une policière aurait pu être là dans {wait}. # speaker: narrator
Quelle que soit la longueur de la file, c’est une erreur critique. # speaker: narrator # ending: harm-done
-> END
