// Snap situation: a man at the pump.
// Setting: the Mirambe IDP site in Kavara (fictional), UN mission MINUKA (fictional).
// Built from: men and boys can also be victims of sexual violence (DPO Gender/WPS Resource Package, 001 L987-989;
// notes part 1, SGBV, and pitfall P8 "assuming male victims of sexual violence don't exist"), the CRSV definition,
// which covers "women, men, girls or boys" (001 L207-212; 004 L408), "while most survivors of CRSV are women and
// girls, men and boys can be survivors" (001 L3225-3226; notes part 2, CRSV-09), men and boy survivors who find it
// hard to disclose and have health, psychosocial, legal and safety needs (external item 42), the same support
// without judgement whatever the survivor's gender (item 27), not asking for details (item 29), the Women's
// Protection Advisers who coordinate the response to cases of CRSV (004 L242) and with whom peacekeepers protect
// those at risk, men and boys included (item 37), and inaction as a failure to protect (001 L2909-2911).
// That the adviser's office and the health post help men too is our reading of 004 L242 with 004 L408 and item 37.
// CRSV by fighters of an armed group, not by UN personnel: consent-based referral, not the SEA reporting duty.
// The harm is told in a few words, never shown.

VAR name = ""          // shown: his name
VAR chore = ""         // shown: what he is doing at the pump
VAR held = ""          // shown: where the fighters held him
VAR days = ""          // shown: how long they held him
VAR doubted = false    // his account was doubted
VAR probed = false     // he was asked about the fighters
VAR nohelp = false     // he was told there is nothing for men, or sent to the police only
VAR linked = false     // he knows the health post and the adviser help men too
VAR joked = false      // a colleague's mockery went unanswered
VAR exposed = false    // his story or his name went to someone without his consent (critical)

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ name = "Baptiste"
    ~ chore = "porté les bidons des vieilles femmes de la file"
    ~ held = "leur camp près de la carrière"
    ~ days = "Quatre jours"
- 2:
    ~ name = "Modeste"
    ~ chore = "réparé la poignée de la pompe"
    ~ held = "l’ancienne école qui leur sert de base"
    ~ days = "Une semaine"
- else:
    ~ name = "Tiemoko"
    ~ chore = "rempli les fûts d’eau du site"
    ~ held = "leur barrage sur la route de la rivière"
    ~ days = "Trois nuits"
}
-> pump

// ---------------------------------------------------------------------------------------------------------------
=== pump ===
Fin d’après-midi sur le site de personnes déplacées de Mirambe. Votre patrouille s’est arrêtée près de la pompe à main, comme à chaque ronde. # scene: water-point # speaker: narrator
Kalimba, de votre patrouille, bavarde avec les garçons près du véhicule. # speaker: narrator # person: kalimba neutral
Un jeune homme qui a {chore} attend que la file soit partie, puis s’approche de vous. Il s’appelle {name}, dit-il. # speaker: narrator # person: man wary
Le mois dernier, les combattants m’ont pris, à {held}. {days}. # speaker: man
Il regarde le sol. # speaker: narrator # person: man sad
La nuit, ils m’ont fait ce que les hommes font aux femmes. Je ne l’ai dit à personne. Pas même à ma femme. Qui croirait ça d’un homme ? # speaker: man
+ [Lui dire que vous le croyez, que ce n’est pas sa faute, et qu’il n’a rien à ajouter # evidence: crsv.listening 3]
    Il expire longuement, comme s’il retenait son souffle depuis un mois. # speaker: narrator # person: man sad
    Vous êtes le premier à qui je le dis. # speaker: man
    Les hommes aussi survivent à des violences sexuelles, et ce sont souvent eux qui ont le plus de mal à en parler. Être cru la première fois, c’est ce qui rend possible une deuxième fois. # speaker: narrator
+ [Lui demander quel groupe l’a retenu et où se trouve leur camp, pour que la mission agisse # evidence: crsv.listening 1]
    ~ probed = true
    Son regard file vers la route qui sort du site. # speaker: narrator # person: man afraid
    Je ne connais pas leurs noms. S’il vous plaît. Je ne veux pas qu’ils sachent que j’ai parlé. # speaker: man
    Vous vouliez agir. Mais les questions sur les agresseurs reviennent aux spécialistes qu’il choisira de voir, s’il le choisit. # speaker: narrator
+ [Demander s’il veut dire qu’on l’a battu. C’est ce qu’ils font aux hommes, là-bas # evidence: crsv.listening 0]
    ~ doubted = true
    Il se tait un long moment. # speaker: narrator # person: man angry
    Oui. Ils m’ont battu. Oubliez ça. # speaker: man
    Il vous a dit exactement ce qui s’était passé, et il a entendu que c’était impossible. Les hommes et les garçons peuvent eux aussi être victimes de violences sexuelles. # speaker: narrator
- -> help

// ---------------------------------------------------------------------------------------------------------------
=== help ===
{not doubted:
    Il jette un regard vers la tente du centre des femmes, de l’autre côté du chemin. # speaker: narrator # person: man wary
    Il y a quelqu’un pour un homme ? Tout ici est pour les femmes. Le centre, la conseillère pour les femmes. Ils se moqueraient. # speaker: man
- else:
    Il ramasse un bidon, puis le repose. # speaker: narrator # person: man wary
    Si c’était... ça. Il y a quelqu’un pour un homme ? Tout ici est pour les femmes. # speaker: man
}
+ [L’orienter vers de l’aide tout de suite : donner son nom par radio à la conseillère et lui demander de le soutenir aujourd’hui # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality # evidence: crsv.referral 1]
    ~ exposed = true
    Vous appuyez sur la radio et donnez son nom et le site. De l’autre côté du chemin, deux femmes à la pompe tournent la tête. # speaker: narrator # person: man afraid
    Non. Non, je ne vous ai pas dit d’appeler qui que ce soit. # speaker: man
+ [Dire que le poste de santé et la conseillère aident aussi les hommes, en toute discrétion. Demander ce qu’il veut # evidence: crsv.referral 3]
    ~ linked = true
    Il écoute, sans trop y croire. # speaker: narrator # person: man wary
    Vous lui dites ce que fait chacun : l’infirmière Esther, au poste de santé, soigne les hommes comme les femmes, et personne n’a besoin de savoir pourquoi il vient ; la Conseillère pour la protection des femmes de la mission, malgré son titre, s’occupe aussi des violences sexuelles contre les hommes, et n’agit que s’il le demande. # speaker: narrator
    Le poste de santé. Peut-être. Pour la douleur. Je vais réfléchir. # speaker: man # person: man calm
+ [Lui dire franchement que ces services sont pour les femmes, mais que vous, vous l’écoutez # evidence: crsv.referral 0]
    ~ nohelp = true
    Il hoche lentement la tête, comme s’il l’avait toujours su. # speaker: narrator # person: man sad
    Cela semblait honnête, et c’était faux. Le poste de santé soigne les hommes, et la réponse de la mission aux violences sexuelles liées aux conflits concerne aussi les hommes et les garçons. # speaker: narrator
+ [Lui dire de porter plainte au poste de police ; c’est là qu’un homme signale une agression # evidence: crsv.referral 1]
    ~ nohelp = true
    La police ? Et dire quoi ? # speaker: man # person: man afraid
    Une seule voie, et celle qu’il a le moins de chances de prendre. Personne ne lui a dit que le poste de santé soigne les hommes, ni que les soins n’attendent pas de plainte. # speaker: narrator
- -> kalimba

// ---------------------------------------------------------------------------------------------------------------
=== kalimba ===
{name} s’éloigne vers les abris. # speaker: narrator # person: man gone
Kalimba arrive du véhicule d’un pas tranquille, un sourire en coin. # speaker: narrator # person: kalimba neutral
C’était quoi, ça ? Il avait l’air prêt à pleurer. J’ai entendu « les combattants » et « comme les femmes ». # speaker: kalimba
Ils en ont fait leur épouse, c’est ça ? Attends que la section l’apprenne. # speaker: kalimba # person: kalimba calm
+ [Garder le silence : c’est confidentiel, et discuter ne ferait que le rendre plus curieux # evidence: crsv.confidentiality 2 # evidence: crsv.listening 2]
    ~ joked = true
    Vous haussez les épaules. Kalimba rit et retourne au véhicule, en racontant déjà l’histoire au chauffeur. # speaker: narrator # person: kalimba neutral
    Vous n’avez rien dit. Mais la plaisanterie est restée sans réponse, et sur un petit site, une plaisanterie suffit pour désigner un homme. # speaker: narrator
+ [Lui dire ce que les combattants ont fait à cet homme, pour qu’il voie que ce n’est pas drôle # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    ~ exposed = true
    Kalimba cesse de sourire. # speaker: narrator # person: kalimba wary
    D’accord. Le pauvre. Je ne dirai rien. # speaker: kalimba
    Le soir venu, deux autres membres de la section sont au courant, chacun sous le sceau du secret. # speaker: narrator
+ [Dire que ce n’est pas drôle et que ça s’arrête là : le camp ira au rapport, pas l’homme # evidence: crsv.confidentiality 3 # evidence: crsv.listening 3]
    Le sourire de Kalimba s’efface. # speaker: narrator # person: kalimba wary
    Bon, bon. Je parlais pour rien. # speaker: kalimba
    Dans le rapport de patrouille, vous notez que des combattants retiennent et maltraitent des civils à {held}, sans rien sur la personne qui vous l’a dit. # speaker: narrator # person: kalimba neutral
- -> ending

// ---------------------------------------------------------------------------------------------------------------
=== ending ===
{
- exposed:
    -> story_passed
- doubted || probed || joked:
    -> went_quiet
- nohelp:
    -> nothing_for_him
- else:
    -> within_reach
}

=== within_reach ===
Deux jours plus tard, au poste de santé, un jeune homme attend dans la file comme n’importe qui avec un mal de dos. # speaker: narrator
Il a été cru, il sait qu’il existe de l’aide pour les hommes aussi, et ce qu’il a dit est resté entre vous deux. # speaker: narrator
Les combattants de {held} figurent dans le rapport, et lui non. # speaker: narrator # ending: help-within-reach
-> END

=== nothing_for_him ===
Son histoire est restée avec vous. # speaker: narrator
Mais il est reparti en croyant qu’il n’existe rien pour un homme après ce qu’il a vécu, ou seulement un poste de police où il n’entrera jamais. # speaker: narrator
Les hommes attendent souvent des années avant d’en parler. Il vous l’a dit, et il est reparti sans savoir où aller. # speaker: narrator # ending: nothing-for-men
-> END

=== went_quiet ===
{doubted:
    Il l’a dit une fois, clairement, et on lui a répondu que ce devait être des coups. Il ne le redira pas de sitôt. # speaker: narrator
}
{probed:
    Il venait pour être entendu, et on l’a interrogé sur les combattants. Il se demande qui d’autre posera des questions. # speaker: narrator
}
{joked:
    En une semaine, la plaisanterie sur « l’homme de la pompe » a fait le tour de la section, et certains chauffeurs recrutés sur le site l’ont entendue aussi. {name} ne vient plus à la pompe quand la patrouille est là. # speaker: narrator
}
{linked:
    Il sait que le poste de santé soigne les hommes. Qu’il y aille maintenant, c’est moins sûr. # speaker: narrator
}
Au passage suivant de la patrouille, il trouve quelque chose à faire à l’autre bout du site. # speaker: narrator # ending: he-went-quiet
-> END

=== story_passed ===
{name} s’était confié à une seule personne. D’autres savent maintenant, des gens qu’il n’a jamais choisis. # speaker: narrator
Un homme qui a vécu cela craint souvent précisément ceci : que cela se sache, et qu’on en rie. # speaker: narrator
Son histoire, et son nom, lui appartenaient. Les transmettre sans son consentement est une erreur critique, quelle que soit l’intention. # speaker: narrator # ending: story-passed-on
-> END
