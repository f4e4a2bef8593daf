// Snap situation: a word at the market.
// Setting: a market town in northern Kavara (fictional), UN mission MINUKA (fictional).
// Built from: market patrols and women's mobility (DPO Gender/WPS Resource Package, 001 L2664-2665; notes part 1,
// line 47), reaching women where they are, markets included (001 L5457-5460; notes part 2, COM-07), women language
// assistants (001 L3239-3241), and the IASC GBV Pocket Guide key messages (external items 22, 23, 24, 29).
// CRSV by armed men of a militia, not by UN personnel. The harm is told in a few words, never shown.

VAR place = ""        // shown: the market town
VAR name = ""         // shown: the stallholder’s name
VAR goods = ""        // shown: what she sells
VAR road = ""         // shown: where the men stopped her
VAR seen = false      // the neighbour heard her start to talk to the patrol
VAR marked = false    // the armed men saw her linked to the patrol
VAR hurt = false      // she was blamed for what happened
VAR probed = false    // she was asked about the attackers
VAR exposed = false   // her identity went into the patrol report (critical)
VAR reported = false  // the threat went into the patrol report, with nothing that identifies her

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ place = "Lokanzi"
    ~ name = "Noella"
    ~ goods = "tomates"
    ~ road = "la route des champs"
- 2:
    ~ place = "Tarakonde"
    ~ name = "Yaa"
    ~ goods = "poisson séché"
    ~ road = "le sentier qui descend à la rivière"
- else:
    ~ place = "Lokanzi"
    ~ name = "Djeneba"
    ~ goods = "farine de manioc"
    ~ road = "la piste des fours à charbon"
}
-> stall

// ---------------------------------------------------------------------------------------------------------------
=== stall ===
Jour de marché à {place}. Votre patrouille à pied avance lentement entre les étals, comme chaque semaine. Noura, l’assistante linguistique de la patrouille, marche à vos côtés. # scene: village # speaker: narrator # person: noura neutral
Deux jeunes hommes armés de fusils, brassard de la milice au bras, sont appuyés contre une moto au bout de la rangée et observent la foule. # speaker: narrator
Vous vous arrêtez devant un étal de {goods}. La femme qui le tient, {name}, jette un coup d’œil vers la moto, puis parle tout bas. # speaker: narrator # person: woman wary
La semaine dernière, sur {road}... les hommes armés. Ce qu’ils m’ont fait... # speaker: woman # person: woman afraid
À l’étal voisin, une femme s’est tue pour écouter. # speaker: narrator
+ [Elle a commencé. Lui demander tout bas de continuer, ici même # evidence: crsv.safety-privacy 1]
    ~ seen = true
    Vous vous penchez par-dessus l’étal de {goods} et lui demandez de continuer. La voisine se rapproche. # speaker: narrator
    Pas ici. Tout le monde a des oreilles. # speaker: woman # person: woman afraid
    Elle était prête à parler, et l’endroit l’a arrêtée. Quelques minutes plus tard, quand la voisine s’éloigne pour faire de la monnaie, elle reprend, vite et à voix basse. # speaker: narrator
+ [Marchander, et lui demander tout bas où parler sans être entendue, peut-être avec Noura # evidence: crsv.safety-privacy 3]
    Vous soupesez un peu de {goods} et marchandez un moment, jusqu’à ce que la voisine s’en désintéresse. Pour qui regarde, quelqu’un de la patrouille achète un peu de {goods}. # speaker: narrator
    À mi-voix, {name} désigne d’un signe de tête le grenier derrière les étals, puis Noura. # speaker: narrator # person: woman wary
    Noura la rejoint à l’ombre, là-bas, et vous les suivez une minute plus tard. Le reste de la patrouille poursuit sa ronde, bien en vue. # speaker: narrator # person: noura calm
+ [Jeter un regard vers les hommes à la moto, et lui demander tout bas si c’était eux # evidence: crsv.safety-privacy 0]
    ~ seen = true
    ~ marked = true
    Vos yeux se tournent vers la moto, et les siens suivent. L’un des hommes se redresse et fixe son étal. # speaker: narrator # person: woman afraid
    Ils ont maintenant vu quelqu’un de la patrouille les regarder en lui parlant. Elle baisse les yeux vers son étal de {goods} et ne dit plus rien pendant un long moment. # speaker: narrator
    Quand les hommes regardent ailleurs, elle reprend, en remuant à peine les lèvres. # speaker: narrator
- -> telling

// ---------------------------------------------------------------------------------------------------------------
=== telling ===
{not seen:
    Elle parle maintenant dans sa langue, plus librement, et Noura traduit doucement. # speaker: narrator
}
Ils m’ont arrêtée sur {road}. Ils étaient trois. Ils m’ont emmenée hors du chemin... # speaker: woman # person: woman sad
Elle s’interrompt et serre les lèvres. # speaker: narrator
+ [Lui dire qu’elle n’a rien à ajouter. Vous la croyez, et ce n’est pas sa faute # evidence: crsv.listening 3]
    Ses épaules se relâchent un peu. # speaker: narrator # person: woman sad
    Merci. Je voulais que quelqu’un sache. # speaker: woman
    Elle a choisi ce qu’elle voulait dire. Être crue, sans avoir rien à prouver, c’est ce qui lui permettra d’en dire plus un jour, à une personne formée pour l’entendre. # speaker: narrator
+ [Demander de quel groupe étaient ces hommes et où ils logent, pour que la patrouille agisse # evidence: crsv.listening 1]
    ~ probed = true
    Son regard file vers le bout de la rangée. # speaker: narrator # person: woman afraid
    Je ne sais pas. Je ne veux pas savoir. # speaker: woman
    Vous vouliez agir. Mais un premier contact n’est pas un interrogatoire : les questions sur les agresseurs reviennent aux spécialistes qu’elle choisira, si elle le choisit. # speaker: narrator
+ [Lui demander pourquoi elle a pris ce chemin seule, malgré le risque # evidence: crsv.listening 0]
    ~ hurt = true
    Son visage se ferme. # speaker: narrator # person: woman angry
    Les femmes ont toujours pris ce chemin. Où voulez-vous que nous allions ? # speaker: woman
    La question a fait peser la faute sur elle. Ce sont les hommes qui ont choisi d’attaquer, pas elle qui a choisi le chemin. # speaker: narrator
- -> goodbye

=== goodbye ===
{hurt:
    Elle se tourne vers une cliente, et le moment est passé. # speaker: narrator # person: woman gone
- else:
    À voix basse, vous lui dites où se trouve le centre des femmes, et que la Conseillère pour la protection des femmes de la mission aide les femmes dans sa situation, si jamais elle le souhaite. Elle n’a rien à décider. # speaker: narrator
    Elle hoche la tête et retourne à son étal. # speaker: narrator # person: woman calm
}
-> report

// ---------------------------------------------------------------------------------------------------------------
=== report ===
De retour au véhicule, le lieutenant Yusuf Karimi, chef de section de la patrouille, remplit le rapport de patrouille sur une tablette. # speaker: narrator # person: woman gone # person: noura gone # person: karimi neutral
La femme de l’étal de {goods} vous a parlé un bon moment. Quelque chose pour le rapport ? Un nom, ce qu’elle a dit ? # speaker: karimi
+ [Lui donner son nom, son étal et ce qu’elle a dit, pour le rapport. La mission doit savoir qui la milice prend pour cible # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    ~ exposed = true
    Il saisit son nom et son étal dans le rapport, sous le nom du marché. # speaker: narrator # person: karimi calm
+ [Lui dire que ce n’était rien : des bavardages, pas de quoi remplir une ligne # evidence: crsv.confidentiality 2]
    Il hausse les épaules et ferme la tablette. Le rapport ne mentionne rien sur {road}. # speaker: narrator # person: karimi neutral
+ [Signaler des hommes armés qui arrêtent les femmes sur ce chemin, et deux au marché. Sans nom # evidence: crsv.confidentiality 3]
    ~ reported = true
    Vous lui dites : des hommes armés arrêtent des femmes sur {road}, deux miliciens surveillent le marché. Rien sur la personne qui vous l’a dit. # speaker: narrator
    Il le saisit, et hoche la tête. # speaker: narrator # person: karimi calm
    Bien. Je demanderai des patrouilles sur cet itinéraire aux heures où les femmes l’empruntent, et je le signalerai à la Conseillère pour la protection des femmes. # speaker: karimi
- -> ending

// ---------------------------------------------------------------------------------------------------------------
=== ending ===
{
- exposed:
    -> identity_exposed
- marked || hurt:
    -> withdrew
- reported:
    -> protected
- else:
    -> kept
}

=== protected ===
{seen:
    La voisine en a entendu assez pour se poser des questions, et au marché les questions circulent. Ce premier moment devant l’étal a été le plus risqué de la journée. # speaker: narrator
}
{probed:
    Vos questions sur le groupe lui restent en tête. Elle se demande ce que la patrouille fera de ses réponses. # speaker: narrator
}
Dès la semaine suivante, une patrouille parcourt {road} aux heures où les femmes l’empruntent. # speaker: narrator
Elle a dit ce qu’elle a choisi de dire, aux personnes qu’elle a choisies, et son nom est resté le sien. # speaker: narrator # ending: heard-and-protected
-> END

=== kept ===
{seen:
    La voisine en a entendu assez pour se poser des questions, et au marché les questions circulent. # speaker: narrator
}
Elle a été écoutée, et son nom est resté le sien. # speaker: narrator
Mais le rapport ne dit rien des hommes armés sur {road} : aucune patrouille n’y est prévue, et d’autres femmes continuent d’y passer seules. # speaker: narrator
Protéger son identité et transmettre la menace sans cette identité font tous deux partie du travail. # speaker: narrator # ending: heard-not-passed-on
-> END

=== withdrew ===
{marked:
    Le soir même, les deux hommes de la moto s’arrêtent à son étal et lui demandent ce qu’elle racontait aux soldats. # speaker: narrator
- else:
    Elle venait pour être crue, et on lui a demandé de se justifier. # speaker: narrator
}
{reported:
    Votre signalement des hommes armés sur {road} parvient bien à ceux qui planifient les patrouilles, sans son nom. # speaker: narrator
}
Au marché suivant, quand la patrouille passe devant son étal, elle détourne le regard. # speaker: narrator # ending: she-withdrew
-> END

=== identity_exposed ===
Le rapport de patrouille circule : compagnie, secteur, puis une réunion de sécurité avec les autorités locales, où quelqu’un lit à voix haute le nom d’une commerçante. # speaker: narrator
En quelques jours, les gens du marché savent de quel étal il s’agit. Les hommes à la moto aussi, peut-être. # speaker: narrator
Au marché suivant, son étal est vide. # speaker: narrator
Son nom lui appartenait. L’inscrire dans un rapport sans son consentement est une erreur critique, même si tout le reste s’est bien passé. # speaker: narrator # ending: identity-exposed
-> END
