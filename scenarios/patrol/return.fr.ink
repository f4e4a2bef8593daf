// The disclosure (handed over on the survivor-contact principles: listen, no interview, consent, the Women's
// Protection Adviser), the photo, the patrol report, and the endings.

=== disclosure ===
{
- confidante == "Sergeant Bello":
    Avant que la patrouille reparte, la sergente Bello vient vous trouver, discrètement. # speaker: narrator # person: bello calm
    L’une des femmes, Fatuma, veut dire quelque chose à la patrouille. Seulement si je suis à côté d’elle. # speaker: bello
- confidante == "Mariam":
    Avant que la patrouille reparte, Mariam vient vous trouver, discrètement. # speaker: narrator # person: mariam calm
    L’une des femmes, Fatuma, veut dire quelque chose à la patrouille. Seulement si je suis à côté d’elle. # speaker: mariam
- confidante == "Corporal Diallo":
    Avant que la patrouille reparte, la caporale Diallo, l’une des deux femmes Casques bleus, vient vous trouver. # speaker: narrator
    L’une des femmes, Fatuma, veut dire quelque chose à la patrouille, explique-t-elle, avec une femme à ses côtés. # speaker: narrator
- trust == 0:
    Sur le chemin du retour, une femme rattrape la patrouille : Fatuma, l’une des femmes rencontrées plus tôt. # speaker: narrator
    Elle ne fait pas confiance à la patrouille. Elle se méfie encore plus des hommes de la route. # speaker: narrator
- else:
    Alors que la patrouille repart, Fatuma reste en arrière des autres. Elle regarde la patrouille, puis vous. # speaker: narrator
}
Vous vous mettez à l’écart, hors de portée de voix des autres. # speaker: narrator # person: fatuma wary
{
- translator == "Idris":
    Elle parle à voix basse, et Idris traduit. Elle ne le regarde pas. # speaker: narrator # person: idris neutral
- translator == "Mariam":
    Mariam traduit, doucement. # speaker: narrator # person: mariam calm
- else:
    Elle parle lentement, dans le peu de français qu’elle connaît. # speaker: narrator
}
~ confidante = ""
~ translator = ""
{at_night:
    Il y a deux nuits, ils sont venus à mon abri. Ils ont dit que c’était une fouille. Mon mari n’est pas là. # speaker: fatuma # person: fatuma sad
- else:
    Il y a deux jours, le matin, sur le sentier, les hommes de la route m’ont arrêtée. Ils m’ont emmenée sous les arbres. # speaker: fatuma # person: fatuma sad
}
Je n’en ai parlé à personne. # speaker: fatuma
Elle s’interrompt et regarde le sol. # speaker: narrator # person: fatuma afraid
+ [Lui demander de tout vous raconter, depuis le début, à son rythme # evidence: crsv.listening 0]
    ~ trust_down(1)
    Elle secoue la tête. Ses mains tremblent. # speaker: narrator # person: fatuma afraid
    Ils m’ont fait du mal. C’est tout. # speaker: fatuma
    Vous vouliez l’écouter. Mais lui demander de tout reprendre depuis le début, c’est un interrogatoire, et chaque question l’y ramène. # speaker: narrator
+ [Lui demander combien d’hommes, et ce qu’ils ont fait, pour les retrouver # evidence: crsv.listening 0]
    ~ trust_down(1)
    Son regard se tourne vers la route. # speaker: narrator # person: fatuma afraid
    Je ne sais pas. Trois. Peut-être quatre. # speaker: fatuma
    Elle a dû y retourner pour la patrouille, et vous n’apprenez rien que vous n’ayez vu sur le sentier. L’interroger sur l’agression, c’est le travail de spécialistes qu’elle choisira, si elle le choisit un jour. # speaker: narrator
+ [Ne rien dire pendant un moment. Rester là, à côté d’elle # evidence: crsv.listening 2]
    Vous attendez. Au bout d’un moment, elle s’essuie les yeux avec le bord de son pagne. # speaker: narrator # person: fatuma sad
+ [Lui dire qu’elle n’a pas à en dire plus, que vous la croyez, que ce n’est pas sa faute # evidence: crsv.listening 3]
    ~ trust_up(1)
    Vous lui dites qu’elle n’a pas besoin d’en dire plus, que vous la croyez et que ce n’est pas sa faute. # speaker: narrator
    Quelque chose se détend sur son visage. # speaker: narrator # person: fatuma sad
    Personne ne m’avait jamais dit ça. # speaker: fatuma
- Et maintenant, qu’est-ce qui va se passer ? # speaker: fatuma # person: fatuma wary
+ [Lui dire qui peut l’aider, et lui demander ce qu’elle veut # evidence: crsv.consent 3]
    Vous lui dites doucement qui peut l’aider : l’infirmière du poste de santé, et Mme Duarte, la Conseillère pour la protection des femmes de la mission. Vous lui dites qui serait au courant, et lui demandez si elle veut être mise en contact avec elles, et ce qui peut être transmis. # speaker: narrator
    Vous lui expliquez que le traitement qui prévient le VIH n’agit que s’il est commencé dans les 72 heures, que le temps presse donc, et qu’elle n’a pas besoin de porter plainte ni de faire de signalement pour être soignée. # speaker: narrator
    {trust >= 1:
        ~ linked_wpa = true
        Elle réfléchit. Puis elle ne demande qu’une chose : que Mme Duarte sache qu’une femme viendra au centre des femmes demain à dix heures. Rien d’autre. # speaker: narrator # person: fatuma hopeful
    - else:
        Pas maintenant, dit-elle. Mais elle répète à mi-voix : le poste de santé, le centre des femmes, trois jours. # speaker: narrator # person: fatuma wary
    }
+ [Appeler Mme Duarte par radio avec son nom et son abri, pour une aide dès aujourd’hui # evidence: crsv.consent 0 # critical: crsv.consent]
    ~ forced = true
    ~ trust_down(3)
    Vous prenez la radio et prononcez son nom. Fatuma recule. # speaker: narrator # person: fatuma angry
    Je ne vous ai pas demandé d’en parler à qui que ce soit. # speaker: fatuma
+ [Lui dire d’aller le signaler demain à l’entrée de la base # evidence: crsv.consent 1]
    À l’entrée de la base ? Tout le monde voit qui y va. # speaker: fatuma # person: fatuma afraid
    Elle secoue la tête. Vous avez choisi une voie pour elle ; personne ne lui a demandé ce qu’elle voulait, ni dit que les soins n’attendent pas une plainte. # speaker: narrator
- ~ trust = MIN(trust, 1)
-> photo

// ---------------------------------------------------------------------------------------------------------------
=== photo ===
Fatuma retourne auprès des autres. # speaker: narrator # person: fatuma gone # person: idris gone
Avant le départ de la patrouille, le caporal Kofi Mensah brandit son téléphone. # speaker: narrator # person: kofi neutral
Le bureau de l’information veut des photos de nos patrouilles avec des femmes de la population, pour le bulletin de la mission. J’en prends une de ce groupe ? # speaker: kofi
+ [Oui, une photo de groupe : on doit voir que la mission protège les femmes # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    {not exposed:
        ~ exposed_by = "photo"
    }
    ~ exposed = true
    Kofi la prend. Fatuma est au premier rang. Elle détourne le visage, trop tard. # speaker: narrator # person: kofi calm
+ [La prendre de dos, pour qu’aucun visage ne soit visible # evidence: crsv.confidentiality 1]
    Kofi la prend de dos. Dans un site de cette taille, un pagne et un foulard suffisent à savoir qui est qui. # speaker: narrator # person: kofi calm
+ [Non. Pas de photo où l’on voit les femmes # evidence: crsv.confidentiality 3]
    Être vues avec la patrouille peut les mettre en danger, et l’une d’elles vient de se confier à vous. Si le bulletin a besoin d’une photo, il aura celle de la patrouille seule. # speaker: narrator
    Kofi hausse les épaules et range son téléphone. # speaker: narrator # person: kofi calm
    C’est juste. # speaker: kofi
- -> base

// ---------------------------------------------------------------------------------------------------------------
=== base ===
De retour à la base. # scene: base # speaker: narrator # person: kofi gone # person: fatuma gone # person: bello gone # person: mariam gone # person: idris gone # person: karimi gone # person: rose gone # person: tamba gone
{response == "ignored":
    Josephine attend au bureau du réseau d’alerte. # speaker: narrator # person: josephine sad
    {at_night:
        Les hommes sont retournés aux abris de l’ouest. Deux femmes qui étaient seules ont été agressées. Le poste de santé les prend en charge. # speaker: josephine
    - else:
        Les hommes armés ont rattrapé les femmes dans la forêt. Deux d’entre elles ont été agressées avant que les autres puissent s’enfuir. Le poste de santé les prend en charge. # speaker: josephine
    }
    La femme qui nous a appelés a demandé pourquoi personne n’était venu. # speaker: josephine
}
~ at_night = false
{
- component == "police":
    Reste à rédiger le rapport de patrouille d’UNPOL. Le capitaine Rahman en reçoit une copie pour le Centre d’opérations conjoint. # speaker: narrator # person: josephine gone # person: rahman neutral
- component == "civilian":
    Reste à rédiger votre partie du rapport de patrouille conjoint, pour le capitaine Rahman et pour votre chef de bureau. # speaker: narrator # person: josephine gone # person: rahman neutral
- else:
    Reste à rédiger le rapport de patrouille, pour le capitaine Rahman. # speaker: narrator # person: josephine gone # person: rahman neutral
}
Faites court. Un chiffre pour les personnes rencontrées, une ligne pour la situation. Le quartier général en lit cinquante par jour. # speaker: rahman
+ [Un seul total, comme le capitaine l’a demandé : « 41 civils rencontrés » # evidence: patrol.sadd-report 1]
    Vous écrivez un seul chiffre. Femmes, hommes, filles et garçons y disparaissent tous. # speaker: narrator
+ [Des chiffres par sexe et par âge, et qui a parlé avec qui # evidence: patrol.sadd-report 3]
    ~ counted = true
    Vous détaillez tout : les femmes, les hommes, les filles et les garçons rencontrés par la patrouille, et qui a parlé avec qui. La plupart étaient des femmes et des filles, et le rapport le montre désormais. # speaker: narrator
    Cela coûte au capitaine Rahman une ligne de plus à lire. # speaker: narrator
+ [Une ligne, comme demandé : « Patrouille effectuée. Situation calme. » # evidence: patrol.sadd-report 0]
    Vous écrivez une ligne. Personne, en la lisant, ne saura qui la patrouille a rencontré, ni que quelqu’un est en danger. # speaker: narrator
- Ensuite, les faits. # speaker: narrator
{linked_wpa:
    Fatuma n’a demandé qu’une chose : que Mme Duarte sache qu’une femme viendra au centre des femmes demain à dix heures. # speaker: narrator
}
+ [L’omettre, et la menace aussi : « hommes armés aperçus » # evidence: crsv.confidentiality 2]
    Fatuma n’a rien à craindre du rapport. La menace qui pèse sur les autres femmes non plus : personne ne la verra en le lisant. # speaker: narrator
+ [Signaler la menace en détail, et rien qui puisse mener jusqu’à elle # evidence: crsv.confidentiality 3]
    Vous décrivez la menace en détail : les hommes armés, où et quand ils menacent les femmes, et l’alerte. Sur Fatuma, le rapport ne dit que ce qu’elle a accepté de transmettre, et rien qui puisse mener quiconque jusqu’à elle. # speaker: narrator
+ [Ajouter son nom et son abri, pour que Mme Duarte la retrouve # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    {not exposed:
        ~ exposed_by = "report"
    }
    ~ exposed = true
    Son nom et le numéro de son abri figurent dans le rapport, diffusé en copie à une douzaine de bureaux. # speaker: narrator
+ [Pas de nom, seulement un indice : abris de l’ouest, mari absent # evidence: crsv.confidentiality 1]
    Pas de nom. Mais à Mirambe, cette description ne correspond qu’à une seule femme. # speaker: narrator
- Enfin, ce que les femmes ont dit à la patrouille, et ce que vous recommandez. # speaker: narrator
+ [L’avis de M. Tamba : les femmes vont bien ; le problème, c’est la route # evidence: patrol.sadd-report 1 # evidence: patrol.consult-women 1]
    Le rapport recommande davantage de patrouilles sur la grande route. Les femmes qui vont en forêt n’y figurent pas. # speaker: narrator
+ [Seulement les hommes armés : les habitudes des femmes, ce n’est pas la sécurité # evidence: patrol.sadd-report 1 # evidence: patrol.early-warning 1]
    Le rapport ne dit rien du tout sur les femmes. La prochaine patrouille sera planifiée comme si elles n’existaient pas. # speaker: narrator
+ {signs} [Les signaux d’alerte, ce que les femmes ont demandé, et des patrouilles planifiées avec elles # evidence: patrol.sadd-report 3 # evidence: patrol.early-warning 3]
    ~ pattern = true
    Vous énumérez les signaux relevés, comme le changement d’horaires des femmes et les fouilles des abris où des femmes vivent seules. Puis ce que les femmes ont demandé, avec leurs mots. # speaker: narrator
    Vous recommandez des patrouilles comprenant des femmes, là où et quand les femmes sont en danger, planifiées avec le comité des femmes. # speaker: narrator
+ {not signs} [Moins de femmes semblent emprunter le sentier ; demander pourquoi au comité des femmes # evidence: patrol.sadd-report 2]
    C’est un début. Sans les signaux eux-mêmes, c’est mince. # speaker: narrator
- -> ending

// ---------------------------------------------------------------------------------------------------------------
=== ending ===
{
- exposed:
    -> identity_exposed
- response == "ignored":
    -> alert_ignored
- forced || trust == 0:
    -> trust_lost
- counted && pattern && response == "in-time":
    -> women_protected
- counted && pattern:
    -> pattern_seen
- response == "in-time":
    -> safe_today
- else:
    -> calm_on_paper
}

=== women_protected ===
Le capitaine Rahman lit le rapport deux fois. Puis il fait appeler la sergente Bello. # speaker: narrator # person: rahman calm
Dès la semaine prochaine, une patrouille comprenant des femmes parcourt le sentier à l’aube, les jours choisis par le comité des femmes. # speaker: narrator
Les femmes retournent en forêt à l’aube. Au marché, le prix du bois de chauffe baisse. # speaker: narrator
{linked_wpa:
    Le lendemain à dix heures, une femme se présente au centre des femmes et demande Mme Duarte. Vous n’en saurez jamais plus que ce qu’elle a choisi de dire. C’est ainsi que cela doit être. # speaker: narrator
- else:
    Fatuma sait où trouver de l’aide, et combien le temps presse. C’est à elle de décider si elle y va. # speaker: narrator
}
La patrouille était là où les femmes étaient en danger, au moment où elles l’étaient, et grâce au rapport, d’autres y seront aussi. # speaker: narrator # ending: women-protected
-> END

=== pattern_seen ===
Le capitaine Rahman lit le rapport deux fois. # speaker: narrator # person: rahman calm
Aujourd’hui, la patrouille est arrivée trop tard, et les femmes en ont payé le prix. # speaker: narrator
Mais le rapport montre qui est en danger, où et quand. Dès la semaine prochaine, des patrouilles comprenant des femmes parcourent le sentier à l’aube. # speaker: narrator
{linked_wpa:
    Le lendemain à dix heures, une femme se présente au centre des femmes et demande Mme Duarte. # speaker: narrator
}
La prochaine fois, le réseau d’alerte appellera directement la patrouille, et la patrouille sera là où sont les femmes. # speaker: narrator # ending: pattern-seen
-> END

=== safe_today ===
Aujourd’hui, la patrouille est arrivée à temps, et les hommes armés ont reculé. # speaker: narrator # person: rahman neutral
Mais le rapport fait état {counted: de chiffres|d’un chiffre} et d’hommes armés, sans plus. Personne, en le lisant, ne voit comment les femmes ont réorganisé leur vie autour du sentier. # speaker: narrator
La semaine suivante, aucune patrouille ne passe à l’aube. Les femmes continuent d’éviter le sentier, ou de se passer de bois. # speaker: narrator
Une bonne matinée ne fait pas une protection. # speaker: narrator # ending: safe-today
-> END

=== calm_on_paper ===
{missed:
    La patrouille est allée là où les femmes n’étaient pas, ou à une heure où elles n’y étaient pas. # speaker: narrator # person: rahman neutral
- else:
    La patrouille a rencontré des femmes, mais le rapport ne reprend pas ce qu’elles ont dit. # speaker: narrator # person: rahman neutral
}
Sur le papier, Mirambe est calme. Rien dans le rapport ne montre comment la vie des femmes a changé autour du sentier, ni où la prochaine patrouille devrait aller. # speaker: narrator
Une semaine plus tard, la prochaine alerte vient du même sentier. # speaker: narrator # ending: calm-on-paper
-> END

=== trust_lost ===
{forced:
    Vous avez agi à la place de Fatuma, sans son consentement. Ce qu’elle a appris aujourd’hui, c’est que parler à la patrouille, c’est perdre la maîtrise de sa propre histoire. # speaker: narrator
- else:
    La patrouille a effrayé les femmes, ou laissé d’autres parler à leur place, et les femmes en ont tiré leurs propres conclusions. # speaker: narrator
}
Désormais, les femmes quittent le sentier quand une patrouille arrive. # speaker: narrator
La prochaine fois qu’il se passe quelque chose sur le sentier, personne ne prévient l’ONU. # speaker: narrator # ending: trust-lost
-> END

=== alert_ignored ===
Une femme a utilisé le réseau d’alerte, comme la mission le lui avait demandé. Personne n’est venu à temps. # speaker: narrator # person: rahman angry
Les femmes de Mirambe cessent d’appeler la ligne d’urgence. # speaker: narrator
Ignorer une menace claire et imminente contre des femmes est une erreur critique, même si tout le reste s’est bien passé. # speaker: narrator # ending: alert-ignored
-> END

=== identity_exposed ===
{exposed_by == "photo":
    La photo paraît dans le bulletin de la mission. Des exemplaires arrivent jusqu’au marché, et jusqu’à la route. # speaker: narrator
- else:
    Le rapport, avec son nom et son abri, passe par une douzaine de bureaux. Quelqu’un parle. # speaker: narrator
}
À la fin de la semaine, les gens du site savent qui a parlé à l’ONU, et de quoi. Les hommes de la route aussi, peut-être. # speaker: narrator
Avant l’aube, Fatuma quitte le site avec ce qu’elle peut emporter. # speaker: narrator
C’était à elle, et à elle seule, de raconter son histoire. Révéler l’identité d’une survivante sans son consentement est une erreur critique, même si tout le reste s’est bien passé. # speaker: narrator # ending: identity-exposed
-> END
