// On the ground: where the plan takes the patrol, who it meets, and what they will say to it.

=== function women_of_patrol() ===
{
- confidante == "Sergeant Bello":
    ~ return "la sergente Bello"
- confidante == "Corporal Diallo":
    ~ return "la caporale Diallo"
}
~ return "Mariam"

// ---------------------------------------------------------------------------------------------------------------
=== set_out ===
~ trust = 1
{team != "male" || assistant == "woman":
    ~ trust_up(1)
}
{
- hour == "dawn":
    Le lendemain, avant l’aube, la patrouille quitte la base à pied. # scene: base # speaker: narrator # person: karimi gone
- hour == "morning":
    Le lendemain à neuf heures, la patrouille quitte la base à pied. # scene: base # speaker: narrator # person: karimi gone
- hour == "afternoon":
    À quinze heures, en pleine chaleur, la patrouille quitte la base à pied. # scene: base # speaker: narrator # person: karimi gone
- else:
    À vingt-deux heures, la patrouille quitte la base à pied, lampes torches baissées. # scene: base # speaker: narrator # person: karimi gone
}
{
- team == "engagement":
    La sergente Bello marche à vos côtés, son équipe derrière elle. La moitié sont des femmes. # speaker: narrator # person: bello calm
- team == "mixed":
    Deux femmes Casques bleus marchent avec le groupe du sergent Okello. # speaker: narrator
- else:
    Le groupe du sergent Okello se met en file derrière vous : dix hommes. # speaker: narrator
}
{
- assistant == "woman":
    Mariam, l’assistante linguistique, vous accompagne. # speaker: narrator # person: mariam calm
- assistant == "man":
    Idris, l’assistant linguistique, vous accompagne. # speaker: narrator # person: idris neutral
- else:
    Il n’y a pas d’assistant linguistique. # speaker: narrator
}
{
- component == "civilian":
    Le lieutenant Karimi commande. Vous marchez à ses côtés, avec votre carnet et sans arme. # speaker: narrator # person: karimi neutral
- component == "police":
    Les deux policiers de votre équipe marchent avec vous. L’escorte reste à proximité. # speaker: narrator
}
Le caporal Kofi Mensah, commandant en second de la patrouille, ferme la marche. # speaker: narrator
{
- hour == "night":
    -> at_shelters
- route == "trail":
    -> on_trail
- route == "river":
    -> at_river
- route == "market":
    -> at_market
- else:
    -> on_road
}

// ---------------------------------------------------------------------------------------------------------------
=== on_trail ===
{
- hour == "dawn":
    L’aube. Le sentier quitte le site et file vers le sud-ouest, en direction de la forêt. # scene: village # speaker: narrator
    Là où le sentier entre sous les arbres, trois hommes armés sont assis sur un tronc, fusil en travers des genoux. Des miliciens, venus de la route. # speaker: narrator
    Ils surveillent le sentier. C’est l’heure où les femmes arrivent. # speaker: narrator
    Un groupe d’une douzaine de femmes arrive du site par le sentier, serrées les unes contre les autres, avec des cordes et des machettes pour le bois. # speaker: narrator # person: fatuma wary
    En voyant la patrouille, elles ralentissent. # speaker: narrator
- hour == "morning":
    Milieu de matinée. Des femmes reviennent par le sentier, chargées de bois de chauffe. Moins nombreuses qu’on ne l’attendrait d’un site de cette taille, et serrées les unes contre les autres. # scene: village # speaker: narrator # person: fatuma wary
    Là où le sentier entre sous les arbres, l’herbe est couchée autour d’un tronc. Des mégots. Une douille vide. # speaker: narrator
- else:
    La chaleur de l’après-midi. Sur le sentier, un grand groupe de femmes marche vers la forêt, tard et toutes ensemble, un garçon courant devant pour faire le guet. # scene: village # speaker: narrator # person: fatuma wary
    En voyant la patrouille, elles s’arrêtent. # speaker: narrator
}
-> derive

=== at_river ===
{
- hour == "dawn":
    L’aube au point d’eau de la rivière. Des femmes et des filles remplissent des jerricans, et quelques-unes lavent du linge sur les pierres. # scene: water-point # speaker: narrator # person: fatuma wary
- hour == "morning":
    Milieu de matinée au point d’eau de la rivière. Des femmes et des filles font la queue avec des jerricans. # scene: water-point # speaker: narrator # person: fatuma wary
- else:
    La chaleur de l’après-midi au point d’eau de la rivière. Il n’y a que quelques femmes. # scene: water-point # speaker: narrator # person: fatuma wary
}
Au-delà de la rivière, le sentier de la forêt est désert. # speaker: narrator
Les femmes regardent la patrouille descendre la berge. # speaker: narrator
-> derive

=== at_market ===
{
- hour == "dawn":
    L’aube au marché. On monte les étals. Des femmes disposent des légumes, du charbon de bois et des fagots de bois de chauffe. # scene: village # speaker: narrator # person: fatuma wary
- hour == "morning":
    Le marché bat son plein. Ce sont surtout des femmes qui vendent. # scene: village # speaker: narrator # person: fatuma wary
- else:
    Le marché se vide dans la chaleur. Quelques femmes remballent leurs étals. # scene: village # speaker: narrator # person: fatuma wary
}
Les femmes aux étals se taisent à l’approche de la patrouille. # speaker: narrator
-> derive

=== on_road ===
La grande route. Le pick-up blanc de la milice est garé près du pont. Des hommes boivent le thé aux étals du bord de la route. # scene: village # speaker: narrator
Peu de femmes circulent. Trois d’entre elles, qui reviennent du marché, quittent la route pour les herbes du bas-côté en voyant la patrouille. # speaker: narrator # person: fatuma wary
-> derive

=== at_shelters ===
La nuit. La patrouille longe la lisière du site. # scene: village # speaker: narrator
À la lisière ouest, la lueur d’une lampe torche passe d’abri en abri : deux hommes armés frappent aux portes. # speaker: narrator
En voyant la patrouille, ils s’éclipsent vers la route. # speaker: narrator
Des femmes se tiennent sur le seuil des derniers abris, enveloppées dans des pagnes. Ce soir au moins, quelqu’un a vu les hommes arriver. # speaker: narrator # person: fatuma afraid
-> derive

// ---------------------------------------------------------------------------------------------------------------
// From here on the story needs only what the plan led to, not the plan itself: derive it, then clear the plan so
// that paths which led to the same situation merge again.
=== derive ===
{
- team == "engagement":
    ~ confidante = "Sergeant Bello"
- team == "mixed":
    ~ confidante = "Corporal Diallo"
- assistant == "woman":
    ~ confidante = "Mariam"
- else:
    ~ confidante = ""
}
{
- assistant == "woman":
    ~ translator = "Mariam"
- assistant == "man":
    ~ translator = "Idris"
- else:
    ~ translator = ""
}
{
- hour == "night":
    ~ spot = "night"
- hour == "dawn" && route == "trail":
    ~ spot = "trail-dawn"
- else:
    ~ spot = route
}
~ at_night = spot == "night"
~ fast = linked && spot != "road"
~ team = "male"
~ assistant = "none"
~ hour = "none"
~ route = "none"
~ linked = false
-> approach

// ---------------------------------------------------------------------------------------------------------------
=== approach ===
{consulted == 2:
    Parmi elles, vous reconnaissez Mama Rose, du comité des femmes. # speaker: narrator # person: rose calm
}
Les femmes vous observent. Ce qu’elles craignent, ce sont les hommes armés. # speaker: narrator
+ [Avancer avec toute la patrouille, à découvert, pour qu’elles voient qui vous êtes # evidence: patrol.approach 1]
    ~ trust_down(1)
    Les femmes se serrent les unes contre les autres à mesure que la patrouille armée approche. Deux d’entre elles font demi-tour et s’en vont. Les autres attendent, les yeux baissés. # speaker: narrator # person: fatuma afraid
    Vous vouliez leur montrer qui vous êtes. Elles ont vu une file d’hommes armés marcher sur elles. # speaker: narrator
+ {confidante != ""} [S’arrêter à distance, armes baissées, et envoyer {women_of_patrol()} en avant # evidence: patrol.approach 3]
    ~ trust_up(1)
    La patrouille s’arrête, fusils pointés vers le sol, et {women_of_patrol()} s’avance seule, sans se presser. # speaker: narrator
    Une salutation en kavaran, quelques mots, un signe de tête. Les femmes étaient libres de partir ; elles ont choisi de rester et de parler. # speaker: narrator # person: fatuma calm
+ {consulted == 2} [S’arrêter à distance, armes baissées, et laisser Mama Rose y aller d’abord # evidence: patrol.approach 3]
    ~ trust_up(1)
    Mama Rose parle aux autres. Elles la connaissent, et maintenant elles savent qui vous êtes. Elles regardent la patrouille autrement. # speaker: narrator # person: fatuma calm
+ [S’arrêter à distance, armes baissées, et avancer {translator == "Idris":avec Idris|sans escorte} # evidence: patrol.approach 2]
    Vous avancez lentement et les saluez à quelques pas. Elles restent, mais gardent leurs distances. Pour elles, vous faites toujours partie d’une patrouille armée. # speaker: narrator # person: fatuma wary
+ [Poster la patrouille autour d’elles, pour sécuriser le sentier pendant que vous parlez # evidence: patrol.approach 0]
    ~ trust_down(2)
    Les soldats se déploient des deux côtés du sentier. Les femmes se figent. Une jeune fille se met à pleurer. Personne ne veut vous regarder. # speaker: narrator # person: fatuma afraid
    Pour des femmes qui craignent les hommes armés, un cercle de fusils n’est pas une protection. C’est un piège. # speaker: narrator
- -> talk

// ---------------------------------------------------------------------------------------------------------------
=== talk ===
{
- trust >= 2:
    Elles sont prêtes à parler. # speaker: narrator
- trust == 1:
    Elles restent, sur leurs gardes. # speaker: narrator
- else:
    Elles restent là, les yeux baissés, en attendant que la patrouille s’en aille. # speaker: narrator
}
{translator == "":
    Sans assistant linguistique, la patrouille ne comprend presque rien de ce qu’elles disent. Une femme parle un peu français. # speaker: narrator
}
+ [Les interroger sur les hommes armés : combien, quelles armes, quel groupe, quand # evidence: patrol.consult-women 1]
    Les femmes échangent un regard. L’une d’elles répond. # speaker: narrator # person: fatuma wary
    Des hommes avec des fusils. Comme les vôtres. # speaker: fatuma
    Vous leur avez demandé du renseignement. Personne ne leur a demandé ce dont elles ont besoin. # speaker: narrator
+ [Les laisser choisir où parler, et leur demander ce qu’elles craignent et ce qu’elles veulent # evidence: patrol.consult-women 3]
    ~ trust_up(1)
    Elles vous emmènent à l’écart du sentier, derrière un rideau de buissons. Vous vous asseyez avec elles. L’une d’elles parle au nom des autres. # speaker: narrator # person: fatuma calm
    Venez à l’aube. Marchez avec nous jusqu’à la forêt. Et amenez des femmes. # speaker: fatuma
+ {confidante == "Sergeant Bello" || confidante == "Corporal Diallo"} [Laisser la parole aux femmes Casques bleus ; vous surveillez le sentier # evidence: patrol.team-composition 1]
    Les femmes Casques bleus s’assoient avec les femmes. Depuis le sentier, vous les voyez parler, mais vous n’en entendez rien. # speaker: narrator
    Deux hommes du site, qui observent la scène, en concluent que l’ONU n’a rien à leur dire. Parler avec la population, c’est le travail de toute la patrouille, pas seulement de ses femmes. # speaker: narrator
+ {confidante == "" || confidante == "Mariam"} [Leur donner le numéro de la ligne d’urgence, pour appeler s’il se passe quelque chose # evidence: patrol.consult-women 1]
    Une femme prend le numéro et le glisse dans son pagne. # speaker: narrator # person: fatuma wary
    Elles ont un numéro à appeler. Vous ne savez toujours pas ce qu’elles craignent, ni ce qu’elles attendent d’une patrouille. # speaker: narrator
- -> chairman

// ---------------------------------------------------------------------------------------------------------------
=== chairman ===
M. Tamba arrive{at_night: avec une lampe torche|}, suivi de deux hommes du comité du site. # speaker: narrator # person: tamba wary
{consulted == 1:
    Je vous l’ai déjà dit. # speaker: tamba
}
Les femmes n’ont rien à dire à l’ONU. Je suis le président. Je parle pour elles. # speaker: tamba
+ [Inviter tout le monde à la salle du comité ce soir, sous sa présidence # evidence: patrol.consult-women 1]
    ~ trust_down(1)
    L’idée plaît à M. Tamba. Les femmes ne disent rien. # speaker: narrator # person: tamba gone # person: fatuma wary
    Dans la salle, avec le président à la tribune et leurs maris sur les bancs, elles en diront encore moins. # speaker: narrator
+ [Lui proposer une rencontre à part, et rester avec les femmes # evidence: patrol.consult-women 3]
    Vous le saluez avec respect et lui dites que la patrouille écoute les femmes, comme elle l’écoute lui. Vous lui proposez de le rencontrer avec les hommes du comité cette semaine. # speaker: narrator
    Il fronce les sourcils, puis hausse les épaules. # speaker: narrator # person: tamba neutral
    Cette semaine, alors. # speaker: tamba
    Il s’éloigne avec ses hommes. Les femmes le regardent partir, et poursuivent. # speaker: narrator # person: tamba gone
+ [Le laisser parler pour elles. C’est le président ; les femmes peuvent rentrer # evidence: patrol.consult-women 0]
    ~ trust_down(2)
    Les femmes partent sans un mot. # speaker: narrator # person: fatuma sad
    M. Tamba parle de la route pendant dix minutes, puis s’en va. Ce que les femmes savaient du sentier est reparti avec elles. # speaker: narrator # person: tamba gone
- ~ consulted = 0
-> warning

// ---------------------------------------------------------------------------------------------------------------
=== warning ===
{
- trust >= 2 && translator != "":
    Fatuma, une femme plus âgée, parle au nom du groupe, à voix basse. # speaker: narrator # person: fatuma wary
    Nous n’allons plus chercher le bois à l’aube. Nous y allons tard, toutes ensemble. Certaines envoient leurs fils. # speaker: fatuma
    Et la nuit, des hommes viennent aux abris. Seulement là où une femme est seule. Ils appellent ça une fouille. # speaker: fatuma # person: fatuma afraid
- trust >= 1:
    Une femme, Fatuma, dit seulement ceci : # speaker: narrator # person: fatuma wary
    Maintenant, nous y allons tard. Toutes ensemble. # speaker: fatuma
- else:
    Aucune femme ne veut en dire plus à la patrouille. Un garçon chargé d’un fagot de bois vous dit que sa mère ne va plus en forêt depuis la semaine dernière. # speaker: narrator # person: fatuma gone
}
{
- spot == "night":
    Les deux hommes aux lampes torches ne frappaient qu’à certaines portes, pas aux autres. # speaker: narrator
- spot == "trail-dawn":
    Et les hommes assis sur le tronc étaient là à l’heure précise où les femmes empruntent le sentier. # speaker: narrator
- spot == "trail":
    Sur le sentier, les femmes se déplacent en groupe serré, comme si elles s’attendaient à des ennuis. # speaker: narrator
- spot == "market":
    Aux étals, le bois de chauffe coûte deux fois plus cher que le mois dernier. # speaker: narrator
- spot == "road":
    Sur la route, les femmes quittent le goudron chaque fois que passent des hommes armés. # speaker: narrator
- spot == "river":
    Au-delà de la rivière, le sentier de la forêt reste désert. # speaker: narrator
}
Qu’en concluez-vous ? # speaker: narrator
+ [Noter chaque changement comme un signal d’alerte, pour le rapport # evidence: patrol.early-warning 3]
    ~ signs = true
    Vous notez chaque signal, ce qui a changé et depuis quand. Les changements dans les horaires et les trajets des femmes, et les fouilles des abris où des femmes vivent seules, sont en eux-mêmes des signaux d’alerte rapide de violences sexuelles. # speaker: narrator
+ [Attendre qu’un incident soit confirmé # evidence: patrol.early-warning 0]
    Pour l’instant, vous n’écrivez rien. # speaker: narrator
    L’alerte rapide sert avant. Quand un incident est confirmé, une femme a déjà subi des violences. # speaker: narrator
+ [Noter les hommes armés. Le reste, c’est la vie des femmes en guerre # evidence: patrol.early-warning 1]
    Vous écrivez : hommes armés aperçus. # speaker: narrator
    Les nouveaux horaires des femmes, le sentier désert, le prix du bois : rien de tout cela n’y figure. # speaker: narrator
- -> alert

// ---------------------------------------------------------------------------------------------------------------
=== alert ===
{fast:
    Le téléphone de la patrouille sonne. C’est Josephine, du bureau du réseau d’alerte. # speaker: narrator
- else:
    La radio grésille. La salle des opérations transmet un appel reçu par la ligne d’urgence il y a quarante minutes. # speaker: narrator
}
{at_night:
    Une femme a appelé : les hommes armés sont revenus aux abris de l’ouest et frappent aux portes des femmes seules. # speaker: narrator
- else:
    Une femme a appelé : six femmes sont entrées dans la forêt pour chercher du bois. Deux hommes armés les ont suivies. # speaker: narrator
}
{spot == "trail-dawn":
    Plus personne n’est assis sur le tronc, à l’orée des arbres. # speaker: narrator
}
{
- at_night || spot == "trail" || spot == "trail-dawn":
    La patrouille est à quelques minutes. # speaker: narrator
- spot == "road":
    La patrouille est à une demi-heure. # speaker: narrator
- else:
    La patrouille est à un quart d’heure. # speaker: narrator
}
+ [Faire venir la force de réaction rapide, et terminer ici # evidence: patrol.early-warning 1]
    ~ response = "late"
    La force de réaction rapide a des véhicules et plus de fusils. Elle a aussi quarante minutes de route à faire. # speaker: narrator
    Elle arrive sur place quarante minutes plus tard. # speaker: narrator
    -> too_late
+ {component == "military"} [Y aller tout de suite, au pas de course. Prévenir la base en route # evidence: patrol.early-warning 3]
    La patrouille court. Vous prévenez la base en chemin. # speaker: narrator
    -> go_now
+ {component == "police"} [Y aller tout de suite, avec l’escorte. Appeler la base en route # evidence: patrol.early-warning 3]
    La patrouille court, l’escorte avec elle. Vous appelez la base en chemin. # speaker: narrator
    -> go_now
+ {component == "civilian"} [Dire au lieutenant Karimi que la patrouille doit y aller, tout de suite # evidence: patrol.early-warning 3]
    Karimi s’élance déjà. # speaker: narrator # person: karimi neutral
    En avant ! # speaker: karimi
    -> go_now
+ {component == "police"} [Passer l’appel au poste de police de l’État hôte : c’est sa compétence # evidence: patrol.early-warning 1]
    ~ response = "late"
    C’est bien sa compétence. Mais le poste de police n’a pas de véhicule, et les femmes sont menacées maintenant. # speaker: narrator
    Une heure plus tard, une patrouille de la base arrive sur place. # speaker: narrator
    -> too_late
+ [Consigner l’appel pour le rapport. Les alertes sont souvent des rumeurs ; s’en tenir au plan # evidence: patrol.early-warning 0 # critical: patrol.early-warning]
    ~ response = "ignored"
    Vous notez l’heure de l’appel. La patrouille poursuit sa route. # speaker: narrator
    -> settle

= go_now
{fast:
    ~ response = "in-time"
    ~ trust_up(1)
    {at_night:
        Vous atteignez les abris de l’ouest au moment où les hommes forcent une porte. Ils voient la patrouille et s’enfuient vers la route. # speaker: narrator
        Derrière la porte, une femme la tenait fermée, le dos plaqué contre elle. # speaker: narrator
    - else:
        Vous atteignez l’orée de la forêt au moment où les deux hommes se rapprochent des femmes. Ils voient la patrouille et reculent sous les arbres. # speaker: narrator
        Les femmes ressortent avec la patrouille, leur bois sur la tête. # speaker: narrator
    }
    -> settle
}
~ response = "late"
La patrouille se rend sur place aussi vite que possible. Mais l’appel a mis quarante minutes à vous parvenir. # speaker: narrator
-> too_late

= too_late
{at_night:
    Les hommes sont partis. Ils sont entrés de force dans un abri et ont pris de l’argent et de la nourriture. La femme qui était à l’intérieur ne veut pas en parler. # speaker: narrator
- else:
    Les hommes sont partis. Ils ont arrêté les femmes, les ont menacées et ont pris leur bois. Les femmes tremblent. # speaker: narrator
}
-> settle

// ---------------------------------------------------------------------------------------------------------------
// The alert is settled. Keep only what the rest of the story needs.
=== settle ===
~ missed = spot == "road"
~ spot = "none"
~ fast = false
-> disclosure
