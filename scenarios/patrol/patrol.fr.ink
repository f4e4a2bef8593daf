// On the ground: where the plan takes the patrol, who it meets, and what they will say to it.

=== function women_of_patrol() ===
{
- confidante == "Sergeant Bello":
    ~ return "la sergente Bello et les femmes de son équipe"
- confidante == "Corporal Diallo":
    ~ return "les deux femmes Casques bleus"
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
    Le lendemain, avant l’aube, la patrouille quitte la base à pied. # scene: base # speaker: narrator # person: haddad gone
- hour == "morning":
    Le lendemain à neuf heures, la patrouille quitte la base à pied. # scene: base # speaker: narrator # person: haddad gone
- hour == "afternoon":
    À quinze heures, en pleine chaleur, la patrouille quitte la base à pied. # scene: base # speaker: narrator # person: haddad gone
- else:
    À vingt-deux heures, la patrouille quitte la base à pied, lampes torches baissées. # scene: base # speaker: narrator # person: haddad gone
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
    Le lieutenant Haddad commande. Vous marchez à ses côtés, avec votre carnet et sans arme. # speaker: narrator # person: haddad neutral
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
Des femmes se tiennent sur le seuil des derniers abris, enveloppées dans des pagnes. # speaker: narrator # person: fatuma afraid
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
+ {confidante != ""} [{component == "civilian": Faire arrêter la patrouille|Arrêter la patrouille} à bonne distance, armes baissées, et laisser {women_of_patrol()} s’avancer d’abord, sans se presser, pour les saluer et leur demander si elles veulent bien parler # evidence: patrol.approach 3]
    ~ trust_up(1)
    Les femmes attendent. Une salutation en kavaran, quelques mots, un signe de tête. Elles acceptent de parler. # speaker: narrator # person: fatuma calm
+ {consulted == 2} [{component == "civilian": Faire arrêter la patrouille|Arrêter la patrouille} à bonne distance, armes baissées, et laisser d’abord Mama Rose leur dire qui vous êtes # evidence: patrol.approach 3]
    ~ trust_up(1)
    Mama Rose parle aux autres. Elles regardent désormais la patrouille autrement. # speaker: narrator # person: fatuma calm
+ [{component == "civilian": Faire arrêter la patrouille|Arrêter la patrouille} à bonne distance, armes baissées, et vous avancer lentement {translator == "Idris":avec Idris|sans escorte}, en les saluant de loin # evidence: patrol.approach 2]
    Elles vous regardent approcher. Elles restent, mais gardent leurs distances. # speaker: narrator # person: fatuma wary
+ [Avancer jusqu’à elles avec toute la patrouille, pour qu’elles voient que la protection est arrivée # evidence: patrol.approach 1]
    ~ trust_down(1)
    Les femmes se serrent les unes contre les autres à mesure que la patrouille armée approche. Deux d’entre elles font demi-tour et s’en vont. Les autres attendent, les yeux baissés. # speaker: narrator # person: fatuma afraid
+ [Déployer la patrouille, pour que personne ne s’en aille avant que vous leur ayez parlé # evidence: patrol.approach 0]
    ~ trust_down(2)
    Les femmes se figent. Une jeune fille se met à pleurer. Personne ne veut vous regarder. # speaker: narrator # person: fatuma afraid
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
+ [Les laisser choisir un endroit à l’abri des regards de la route. Leur demander ce qui les fait se sentir en danger, où et quand, et ce qu’elles attendent de la patrouille. Rester et les écouter en personne # evidence: patrol.consult-women 3]
    ~ trust_up(1)
    Elles vous emmènent à l’écart du sentier, derrière un rideau de buissons. L’une d’elles parle au nom des autres. # speaker: narrator # person: fatuma calm
    Venez à l’aube. Marchez avec nous jusqu’à la forêt. Et amenez des femmes. # speaker: fatuma
+ [Les interroger sur les hommes armés : combien, quelles armes, quel groupe # evidence: patrol.consult-women 1]
    Les femmes échangent un regard. L’une d’elles répond. # speaker: narrator # person: fatuma wary
    Des hommes avec des fusils. Comme les vôtres. # speaker: fatuma
+ {confidante == "Sergeant Bello" || confidante == "Corporal Diallo"} [Laisser la parole aux femmes Casques bleus. Tous les autres, vous y compris, attendent en retrait sur le sentier : parler aux femmes, c’est leur travail # evidence: patrol.team-composition 1]
    Les femmes Casques bleus s’assoient avec les femmes. Depuis le sentier, vous les voyez parler, mais vous n’en entendez rien. # speaker: narrator
    Deux hommes du site, qui observent la scène, en concluent que l’ONU n’a rien à leur dire. # speaker: narrator
+ {confidante == "" || confidante == "Mariam"} [Leur donner le numéro du réseau d’alerte et poursuivre la route. Elles pourront appeler s’il se passe quelque chose # evidence: patrol.consult-women 1]
    Une femme prend le numéro et le glisse dans son pagne. # speaker: narrator # person: fatuma wary
- -> chairman

// ---------------------------------------------------------------------------------------------------------------
=== chairman ===
M. Tamba arrive{at_night: avec une lampe torche|}, suivi de deux hommes du comité du site. # speaker: narrator # person: tamba wary
{consulted == 1:
    Je vous l’ai déjà dit. # speaker: tamba
}
Les femmes n’ont rien à dire à l’ONU. Je suis le président. Je parle pour elles. # speaker: tamba
+ [Le saluer avec respect. Lui dire que la patrouille écoute directement les femmes, comme elle l’écoute lui, et lui proposer de le rencontrer avec les hommes du comité cette semaine. Les femmes poursuivent # evidence: patrol.consult-women 3]
    Il fronce les sourcils, puis hausse les épaules. # speaker: narrator # person: tamba neutral
    Cette semaine, alors. # speaker: tamba
    Il s’éloigne avec ses hommes. Les femmes le regardent partir. # speaker: narrator # person: tamba gone
+ [Le laisser parler pour elles. Les femmes peuvent rentrer chez elles # evidence: patrol.consult-women 0]
    ~ trust_down(2)
    Les femmes partent sans un mot. # speaker: narrator # person: fatuma sad
    M. Tamba parle de la route pendant dix minutes, puis s’en va. # speaker: narrator # person: tamba gone
+ [Inviter tout le monde, femmes et hommes, à une réunion ce soir à la salle du comité, sous sa présidence # evidence: patrol.consult-women 1]
    ~ trust_down(1)
    L’idée plaît à M. Tamba. Les femmes ne disent rien. Vous devinez ce qu’elles diront dans la salle. # speaker: narrator # person: tamba gone # person: fatuma wary
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
+ [Les traiter comme des signaux d’alerte de violences sexuelles. Noter chacun d’eux, ce qui a changé et depuis quand, pour le rapport et pour la Conseillère pour la protection des femmes # evidence: patrol.early-warning 3]
    ~ signs = true
    Vous notez chaque signal, ce qui a changé et depuis quand. Les changements dans les horaires et les trajets des femmes sont en eux-mêmes des signaux d’alerte rapide. # speaker: narrator
+ [Noter la présence des hommes armés. Le reste relève de la vie quotidienne des femmes, pas de la sécurité # evidence: patrol.early-warning 1]
    Vous écrivez : hommes armés aperçus. # speaker: narrator
+ [Il ne s’est encore rien passé. Faire un rapport quand un incident sera confirmé # evidence: patrol.early-warning 0]
    Pour l’instant, vous n’écrivez rien. # speaker: narrator
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
+ {component == "military"} [Y aller tout de suite. Conduire la patrouille sur place au pas de course, prévenir la base en route et placer la patrouille entre les hommes armés et les femmes # evidence: patrol.early-warning 3]
    -> go_now
+ {component == "police"} [Y aller tout de suite avec l’escorte. Appeler la base en route et placer la patrouille entre les hommes armés et les femmes # evidence: patrol.early-warning 3]
    -> go_now
+ {component == "civilian"} [Dire au lieutenant Haddad que la patrouille doit y aller tout de suite : des femmes sont sous la menace imminente d’une attaque. Appeler la base en route # evidence: patrol.early-warning 3]
    Haddad s’élance déjà. # speaker: narrator # person: haddad neutral
    En avant ! # speaker: haddad
    -> go_now
+ [Demander par radio à la base d’envoyer la force de réaction rapide, et terminer l’échange ici # evidence: patrol.early-warning 1]
    ~ response = "late"
    La force de réaction rapide arrive sur place quarante minutes plus tard. # speaker: narrator
    -> too_late
+ {component == "police"} [Demander au poste de police de l’État hôte de s’en occuper. C’est de sa compétence # evidence: patrol.early-warning 1]
    ~ response = "late"
    Le poste de police n’a pas de véhicule. Une heure plus tard, une patrouille de la base arrive sur place. # speaker: narrator
    -> too_late
+ [Consigner l’appel pour le rapport. Les alertes sont souvent des rumeurs, et la patrouille a son plan # evidence: patrol.early-warning 0 # critical: patrol.early-warning]
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
La patrouille se rend sur place aussi vite que possible. # speaker: narrator
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
~ missed = spot == "road" || spot == "night"
~ spot = "none"
~ fast = false
-> disclosure
