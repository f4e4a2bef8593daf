// Situation éclair : une patrouille à envoyer dans l'urgence. Traduction française de story.ink : même structure,
// seuls les mots changent (voir docs/translation.md). Les sources sont indiquées en tête de story.ink.

VAR component = "military" // set by the engine: "military", "police" or "civilian"

// Variation: drawn once at the start. It changes words only, never the choices or their tags.
VAR village = ""   // the village
VAR at_spot = ""   // where the firewood trail enters the woods, written as "aux ..." / "au ..."
VAR elder = ""     // the woman who speaks for the women the patrol meets

// Logic
VAR team = "male"   // "male" (the section ready now), "mixed" (two untrained women added), "engagement" (Sgt Bello's team)
VAR plan = "none"   // "trail" (the trail at first light), "round" (the village edge at night), "market" (mid-morning)
VAR at_dawn = false // the patrol is on the trail at first light
VAR engaged = false // the whole patrol engaged, with women of the patrol and a woman to interpret

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ village = "Nyasumbe"
    ~ at_spot = "aux vieux fours à charbon"
    ~ elder = "Ma Sia"
- 2:
    ~ village = "Sukavere"
    ~ at_spot = "au lit asséché de la rivière"
    ~ elder = "Mama Nadège"
- else:
    ~ village = "Dalumbe"
    ~ at_spot = "au manguier tombé"
    ~ elder = "Mama Mwajuma"
}
-> tasking

// ---------------------------------------------------------------------------------------------------------------
=== tasking ===
Base de la MINUKA près de {village}. Dix-sept heures trente. # scene: base # speaker: narrator # person: rahman neutral
{
- component == "police":
    Vous dirigez l’équipe d’UNPOL de la base. La patrouille sera conjointe, avec un groupe militaire en escorte. # speaker: narrator
- component == "civilian":
    Vous êtes spécialiste des affaires civiles à la base. Le lieutenant de la section commandera la patrouille et suivra votre plan. # speaker: narrator
- else:
    Vous commandez la section de permanence. # speaker: narrator
}
Trois femmes ont été agressées cette semaine sur le sentier du bois de chauffe, {at_spot}. Des hommes armés. Le secteur veut une patrouille dehors ce soir. Qui part, et quand : c’est à vous de décider. # speaker: rahman
Prêt tout de suite : le groupe du sergent Okello, dix hommes, avec Idris comme interprète. Libres aussi ce soir : la caporale Diallo et la soldate Achieng, de la section logistique, deux femmes sans formation à l’engagement. # speaker: narrator
De retour dans deux heures : l’équipe d’engagement de la sergente Bello, composée pour moitié de femmes, avec Mariam, son assistante linguistique. # speaker: narrator
+ [Le groupe du sergent Okello, tout de suite. Le secteur veut une patrouille ce soir # evidence: patrol.team-composition 1]
    ~ team = "male"
    Les hommes d’Okello commencent à charger les véhicules. # speaker: narrator
+ [Attendre deux heures l’équipe de la sergente Bello et Mariam # evidence: patrol.team-composition 3]
    ~ team = "engagement"
    Deux heures, donc. Le secteur va demander ce que nous avons fait ce soir. # speaker: rahman # person: rahman wary
    Les femmes peuvent parler à des femmes, par l’intermédiaire d’une femme, et l’équipe de Bello est formée pour cela. L’attente en vaut la peine. # speaker: narrator
+ [Le groupe d’Okello tout de suite, avec les deux femmes de la logistique # evidence: patrol.team-composition 2]
    ~ team = "mixed"
    La caporale Diallo et la soldate Achieng vont chercher leur équipement. Idris servira d’interprète. # speaker: narrator
- -> timing

// ---------------------------------------------------------------------------------------------------------------
=== timing ===
La présidente du comité des femmes de {village} a expliqué aux sentinelles quand partent les femmes : à la forêt à l’aube, tant qu’il fait frais, et de retour avant l’ouverture du marché. # speaker: narrator # person: rahman neutral
En milieu de matinée, elles sont au marché et au point d’eau. La nuit, le sentier est désert. # speaker: narrator
Quelle que soit l’équipe, le secteur attend un compte rendu de patrouille demain matin. Quand, et où ? # speaker: rahman
+ [Ce soir : les abords du village et le sentier, de nuit, pour surprendre les hommes armés # evidence: patrol.timing-route 1]
    ~ plan = "round"
    Bien. Le secteur aura sa patrouille ce soir. # speaker: rahman # person: rahman calm
+ [Avant l’aube demain, sur le sentier, en marchant avec les femmes # evidence: patrol.timing-route 3]
    ~ plan = "trail"
    Rien ce soir, donc. J’expliquerai pourquoi au secteur. # speaker: rahman
    La menace est sur le sentier à l’aube : c’est là, et à ce moment-là, que la patrouille doit être. # speaker: narrator
+ [Demain en milieu de matinée, au marché et au point d’eau # evidence: patrol.timing-route 2]
    ~ plan = "market"
    Demain, donc. # speaker: rahman
- -> set_out

=== set_out ===
{
- plan == "trail":
    -> first_light
- plan == "round":
    -> night_round
- else:
    -> market
}

// ---------------------------------------------------------------------------------------------------------------
=== night_round ===
{team == "engagement":
    À vingt et une heures, avec l’équipe de la sergente Bello et Mariam, la patrouille part à pied, lampes baissées. # scene: village # speaker: narrator # person: rahman gone
- else:
    Moins d’une heure plus tard, la patrouille part à pied, lampes baissées. # scene: village # speaker: narrator # person: rahman gone
}
Les abords de {village} sont calmes et le sentier est désert. Deux hommes de la garde de nuit du village sont assis près d’un feu. # speaker: narrator
Par l’intermédiaire {team == "engagement":de Mariam|d’Idris}, l’un d’eux vous explique que les femmes partent à l’aube, et que c’est à ce moment-là que viennent les hommes armés. Pas la nuit. # speaker: narrator
Il est plus de minuit. # speaker: narrator
+ [Se reposer près du feu de la garde, et être sur le sentier avant l’aube # evidence: patrol.timing-route 3]
    -> first_light
+ [Faire rentrer la patrouille et rendre compte : secteur calme # evidence: patrol.timing-route 1]
    -> wrong_hour
+ [Refaire la même ronde demain soir : les hommes armés finiront par bouger # evidence: patrol.timing-route 1]
    -> wrong_hour

// ---------------------------------------------------------------------------------------------------------------
=== first_light ===
~ at_dawn = true
{plan == "round":
    Avant l’aube, la patrouille quitte le feu de la garde, fatiguée, et prend le sentier. # scene: village # speaker: narrator # person: rahman gone
- else:
    Avant l’aube, la patrouille quitte la base à pied. # scene: village # speaker: narrator # person: rahman gone
}
{team != "engagement":
    L’équipe de la sergente Bello et Mariam sont rentrées depuis dix-neuf heures trente hier soir. Les attendre n’aurait rien coûté. # speaker: narrator
}
Vous arrivez sur le sentier, {at_spot}, alors que le ciel pâlit. Des mégots récents traînent dans l’herbe. Personne en vue. # speaker: narrator
Puis les femmes arrivent, une douzaine, serrées les unes contre les autres, avec des cordes et des machettes pour le bois, deux garçons derrière elles. Elles ralentissent en voyant la patrouille. # speaker: narrator # person: woman wary
-> engage

// ---------------------------------------------------------------------------------------------------------------
=== market ===
Milieu de matinée. Le marché de {village} est animé, et la plupart des vendeuses sont des femmes. Les fagots de bois de chauffe sont rares, et coûtent deux fois plus cher que la semaine dernière. # scene: village # speaker: narrator # person: rahman gone
Les femmes sont parties à la forêt à l’aube, il y a des heures, sans aucune patrouille sur le sentier. # speaker: narrator
Elles se taisent à l’approche de la patrouille. # speaker: narrator # person: woman wary
-> engage

// ---------------------------------------------------------------------------------------------------------------
=== engage ===
{
- team == "engagement":
    La sergente Bello est à vos côtés, et Mariam avec elle. # speaker: narrator # person: bello calm # person: mariam calm
- team == "mixed":
    La caporale Diallo et la soldate Achieng sont à vos côtés, avec Idris. Aucune des deux ne parle le kavaran. # speaker: narrator # person: idris neutral
- else:
    Dix hommes armés se tiennent derrière vous, et Idris à vos côtés. # speaker: narrator # person: idris neutral
}
+ {team == "engagement"} [Laisser la parole à l’équipe de Bello, et monter la garde avec les hommes # evidence: patrol.team-composition 1]
    Les femmes parlent avec l’équipe de la sergente Bello. Vous n’en entendez rien, et deux hommes du village, qui observent la scène, en concluent que l’ONU n’a rien à leur dire. # speaker: narrator
    Parler avec les femmes n’est pas le seul travail des femmes Casques bleus. Les hommes de la patrouille, à commencer par vous, en font partie. # speaker: narrator
+ {team == "engagement"} [Emmener les hommes dans la forêt, sur la piste des hommes armés. L’équipe de Bello reste ici # evidence: patrol.team-composition 1]
    Les hommes fouillent les broussailles et trouvent des cendres froides. Derrière vous, les femmes ne parlent qu’avec l’équipe de la sergente Bello, et les deux garçons regardent partir les soldats. # speaker: narrator
    Parler avec les femmes n’est pas le seul travail des femmes Casques bleus. Les hommes de la patrouille, à commencer par vous, en font partie. # speaker: narrator
+ {team == "engagement"} [Laisser la sergente Bello et Mariam les saluer d’abord, puis vous joindre à elles avec vos hommes # evidence: patrol.team-composition 3]
    ~ engaged = true
    Une salutation en kavaran, quelques mots, un signe de tête. {elder} parle au nom des femmes, et vous écoutez, grâce à Mariam. Deux de vos hommes s’accroupissent pour parler avec les garçons. # speaker: narrator # person: woman calm
+ {team == "mixed"} [Laisser Diallo et Achieng les saluer, avec Idris pour interpréter, puis vous joindre à elles # evidence: patrol.team-composition 2]
    Les femmes sourient aux deux femmes en uniforme. Mais chaque mot passe par Idris, un homme, et elles disent peu de chose. # speaker: narrator
+ {team == "mixed"} [Laisser la parole à Diallo et Achieng, et monter la garde avec les hommes # evidence: patrol.team-composition 1]
    Diallo et Achieng essaient le français et les gestes. Les femmes hochent poliment la tête et passent leur chemin. # speaker: narrator
+ {team == "male"} [Pas de discussion. La patrouille est là pour être vue : passer devant elles # evidence: patrol.team-composition 0]
    Les femmes attendent que la patrouille soit passée, puis reprennent leur chemin en silence. # speaker: narrator # person: woman afraid
+ {team == "male"} [Avancer avec Idris, à deux seulement, et les saluer # evidence: patrol.team-composition 1]
    Elles vous laissent les saluer. Par l’intermédiaire d’Idris, un homme, {elder} dit seulement que tout va bien. # speaker: narrator
+ {team == "male"} [Demander par radio à la base d’envoyer Mariam en véhicule # evidence: patrol.team-composition 2]
    Mariam arrive quarante minutes plus tard. Deux des femmes s’arrêtent pour lui parler. Les autres sont reparties. # speaker: narrator # person: mariam calm
- -> outcome

=== outcome ===
{
- not at_dawn:
    -> wrong_hour
- engaged:
    -> where_women_walk
- else:
    -> seen_not_heard
}

// ---------------------------------------------------------------------------------------------------------------
=== where_women_walk ===
Venez les jours où nous allons chercher le bois. Venez tôt, comme aujourd’hui. Et amenez des femmes, comme aujourd’hui. # speaker: woman # person: woman hopeful
Aucun homme armé ne se montre sur le sentier ce matin-là, et les femmes rapportent leur bois. # speaker: narrator
Le capitaine Rahman place une patrouille avec des femmes sur le sentier à l’aube, les jours que {elder} a indiqués. # speaker: narrator # ending: where-women-walk
-> END

=== seen_not_heard ===
Aucun homme armé ne se montre tant que la patrouille est sur le sentier. # speaker: narrator
{team == "engagement":
    Les femmes n’ont parlé qu’avec l’équipe de la sergente Bello. Vous n’en avez rien entendu, et les hommes du village ont été tenus à l’écart. # speaker: narrator
- else:
    Mais la patrouille a appris peu de chose, et ce que les femmes craignent, et quand, reste avec elles. # speaker: narrator
}
Une matinée sans danger. Demain, le sentier sera de nouveau à elles seules. # speaker: narrator # ending: seen-not-heard
-> END

=== wrong_hour ===
À l’aube, il n’y avait aucune patrouille sur le sentier. Des hommes armés ont arrêté un groupe de femmes {at_spot}, les ont menacées et leur ont pris leur bois. # speaker: narrator # person: woman gone
La patrouille est sortie, mais elle n’était pas là où étaient les femmes, au moment où elles y étaient. # speaker: narrator # ending: wrong-hour
-> END
