// Situation éclair : une réunion au village où seuls les anciens parlent. Traduction française de story.ink : même
// structure, seuls les mots changent (voir docs/translation.md). Les sources sont indiquées en tête de story.ink.

// Variation: drawn once at the start. It changes words only, never the choices or their tags.
VAR village = ""    // the village
VAR chief = ""      // the village chairman
VAR work = ""       // what the women are doing at the pump
VAR speaker = ""    // the woman who speaks for the women
VAR risk = ""       // where and when the women are at risk (told only if they talk)

// Logic
VAR trust = 1       // 0..2: how far the women trust the patrol
VAR question = ""  // what you asked the women: "elders" (whether the elders are right), "men" (the armed men), "open" (their fears and wishes)

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ village = "Vembalu"
    ~ chief = "Mzee Kalonda"
    ~ work = "qui remplissent leurs jarres"
    ~ speaker = "Mama Aline"
    ~ risk = "le chemin des champs, au crépuscule"
- 2:
    ~ village = "Kirovale"
    ~ chief = "M. Sefu"
    ~ work = "qui lavent du linge"
    ~ speaker = "Ma Odile"
    ~ risk = "le chemin de la rivière, avant l’aube"
- else:
    ~ village = "Sangaleso"
    ~ chief = "Mzee Mbuyi"
    ~ work = "qui attendent leur tour avec des bidons"
    ~ speaker = "Mama Régine"
    ~ risk = "le sentier du bois de chauffe, à l’aube"
}
-> meeting

=== function trust_up(n) ===
~ trust = MIN(trust + n, 2)

=== function trust_down(n) ===
~ trust = MAX(trust - n, 0)

// ---------------------------------------------------------------------------------------------------------------
=== meeting ===
{village}, milieu de matinée. Sous l’arbre à palabres, près du point d’eau, {chief}, le président du village, et cinq anciens, tous des hommes, sont assis avec votre patrouille. # scene: water-point # speaker: narrator # person: chief calm
Les femmes n’ont aucune préoccupation. Notez-le. Notre problème, c’est la route : les voleurs, et les postes de contrôle. # speaker: chief
Un peu plus loin, à la pompe, des femmes {work} se sont arrêtées pour regarder. La sergente Bello et Mariam, l’assistante linguistique de la patrouille, sont à vos côtés. # speaker: narrator # person: bello calm # person: mariam calm
Les femmes ont du travail. Elles peuvent rentrer chez elles. # speaker: chief # person: chief neutral
+ [Le remercier, noter la route, et dire que vous saluerez les femmes avant de partir # evidence: patrol.consult-women 3]
    {chief} fronce les sourcils, puis hausse les épaules. # speaker: narrator
    Comme vous voudrez. Elles vous diront la même chose. # speaker: chief
    La route figurera dans le rapport, comme il l’a demandé. Ce que craignent les femmes, seules les femmes peuvent vous le dire. # speaker: narrator
+ [Acquiescer et le remercier. C’est son village et sa réunion ; la patrouille a besoin de sa bienveillance # evidence: patrol.consult-women 0]
    ~ trust_down(1)
    {chief} fait un geste de la main. Les femmes ramassent leurs affaires et s’en vont. # speaker: narrator
+ [Lui demander d’appeler les femmes, pour qu’elles le disent elles-mêmes # evidence: patrol.consult-women 1]
    ~ trust_down(1)
    {chief} les appelle. Les femmes viennent et restent debout au fond, les yeux baissés. # speaker: narrator # person: woman wary
    Dites-leur. # speaker: chief
    Nous n’avons aucune préoccupation. # speaker: woman
    {chief} sourit. Quand il les laisse partir, elles s’en vont sans un mot. # speaker: narrator # person: woman gone
- -> on_the_path

// ---------------------------------------------------------------------------------------------------------------
=== on_the_path ===
La réunion se termine. Sur le chemin qui sort de {village}, vous rattrapez les femmes, qui rentrent chez elles avec leurs charges. # scene: village # speaker: narrator # person: chief gone # person: bello gone # person: mariam gone
Elles s’arrêtent et regardent venir la patrouille, et les fusils. # speaker: narrator # person: woman wary
+ [Avancer jusqu’à elles avec toute la patrouille, et les saluer chaleureusement # evidence: patrol.approach 1]
    ~ trust_down(1)
    Les femmes se serrent les unes contre les autres à mesure que la patrouille armée approche. Deux d’entre elles posent leur charge et s’en vont. # speaker: narrator # person: woman afraid
    Pour des femmes qui craignent les hommes armés, une douzaine de fusils qui approchent est une menace, si chaleureux que soit le salut. # speaker: narrator
+ [Placer deux soldats derrière elles sur le chemin, pour que personne ne s’éloigne # evidence: patrol.approach 0]
    ~ trust_down(2)
    Les femmes se figent. Une fillette se met à pleurer. Personne ne veut vous regarder. # speaker: narrator # person: woman afraid
+ [Halte, armes baissées. La sergente Bello et Mariam vont d’abord les saluer # evidence: patrol.approach 3]
    ~ trust_up(1)
    Une salutation en kavaran, quelques mots, un signe de tête. {speaker} vous fait signe d’approcher. # speaker: narrator # person: bello calm # person: mariam calm # person: woman calm
+ [Faire halte et avancer seul, lentement, en les saluant de loin # evidence: patrol.approach 2]
    Elles vous regardent venir, et gardent leurs distances. # speaker: narrator
- -> talk

// ---------------------------------------------------------------------------------------------------------------
=== talk ===
{
- trust >= 2:
    Elles sont prêtes à parler. # speaker: narrator # person: mariam calm
- trust == 1:
    Elles restent, sur leurs gardes. Mariam vient interpréter. # speaker: narrator # person: mariam calm
- else:
    Elles restent les yeux baissés, en attendant que la patrouille s’en aille. # speaker: narrator # person: mariam calm
}
+ [Les interroger sur les hommes armés : combien, quelles armes, où ils campent # evidence: patrol.consult-women 1]
    ~ question = "men"
    Les femmes se regardent. # speaker: narrator
+ [Leur demander où elles veulent parler, puis ce qui les met en danger et ce qu’elles attendent # evidence: patrol.consult-women 3]
    ~ question = "open"
    {trust >= 1:
        Elles choisissent un endroit à l’écart du chemin, derrière les bananiers, hors de vue de l’arbre à palabres. # speaker: narrator
    }
+ [Leur répéter ce qu’ont dit les anciens, et leur demander si c’est exact # evidence: patrol.consult-women 2]
    ~ question = "elders"
    Les femmes jettent un coup d’œil vers l’arbre à palabres. # speaker: narrator
- -> answer

=== answer ===
{
- trust == 0:
    Personne ne répond. Au bout d’un moment, les femmes reprennent leurs charges et continuent leur chemin. # speaker: narrator # person: woman gone
    -> no_concerns
- question == "open" && trust >= 2:
    {speaker} parle en leur nom, à voix basse. # speaker: narrator # person: woman wary
    Le danger, c’est {risk}. Des hommes avec des fusils y attendent. Les anciens n’y passent pas ; nous, si. # speaker: woman
    Envoyez une patrouille à cette heure-là, avec des femmes. Et la prochaine fois, demandez-nous. Pas seulement à eux. # speaker: woman # person: woman hopeful
    -> women_heard
- question == "open":
    {speaker} dit seulement ceci : # speaker: narrator # person: woman wary
    Maintenant, nous sortons en groupe. Jamais seules. # speaker: woman
    -> half_heard
- question == "men":
    {speaker} répond pour elles : # speaker: narrator # person: woman wary
    Des hommes avec des fusils. Comme les vôtres. # speaker: woman
    -> half_heard
- else:
    {speaker} répond pour elles : # speaker: narrator # person: woman wary
    Si les anciens le disent. # speaker: woman
    -> half_heard
}

// ---------------------------------------------------------------------------------------------------------------
=== women_heard ===
Vous quittez {village} avec deux choses pour le rapport : la route des anciens, et ce que les femmes vous ont dit. Le danger, c’est {risk}. # speaker: narrator # person: woman gone
La prochaine patrouille s’y rend à cette heure-là, avec des femmes dans ses rangs, planifiée avec {speaker} et les autres femmes. # speaker: narrator # ending: women-heard
-> END

=== half_heard ===
Vous quittez {village} avec la route des anciens et le soupçon d’autre chose. Les femmes ont dit peu de chose, et rien sur quoi planifier une patrouille. # speaker: narrator # person: woman gone
Ce qu’elles craignent n’a toujours pas été dit. # speaker: narrator # ending: half-heard
-> END

=== no_concerns ===
Votre rapport reprend les mots du président : la route, et « les femmes n’ont aucune préoccupation ». # speaker: narrator
Les femmes sont rentrées chez elles avec ce qu’elles savent : le danger, c’est {risk}. # speaker: narrator # ending: no-concerns
-> END
