// Patrol near an IDP site.
// Setting: Mirambe IDP site, northern Kavara (fictional), UN mission MINUKA (fictional), as in survivor-contact.
// Alerts say armed men of the militia that holds the road wait on the firewood trail at first light. The trainee
// plans and leads a patrol (military: patrol leader; police: UNPOL team leader on a joint patrol; civilian: civil
// affairs officer who plans the patrol's engagement). The sexual violence in this story is by the militia
// (conflict-related sexual violence), never by UN personnel. Harm is told, never shown.
//
// Files: story.ink (variables, briefing, consultation, planning), patrol.ink (on the ground), return.ink
// (the disclosure, the report, the endings).

INCLUDE patrol.fr.ink
INCLUDE return.fr.ink

VAR component = "military" // set by the engine before the story starts: "military", "police" or "civilian"

// Before the patrol
VAR consulted = 0          // who you asked first: 0 nobody, 1 Mr Tamba only, 2 the women's committee
VAR linked = false         // alerts about the trail come straight to the patrol while it is out

// The plan (the map step)
VAR team = "male"          // "male" (the section ready now), "mixed" (two women added), "engagement" (Sgt Bello's team)
VAR assistant = "none"     // language assistant: "man" (Idris), "woman" (Mariam) or "none"
VAR hour = "none"          // "dawn", "morning", "afternoon" or "night"
VAR route = "none"         // "road", "river", "trail" or "market"

// On the ground (derived from the plan once the patrol is out; the plan variables are then cleared)
VAR spot = "none"          // where the patrol meets women: "trail-dawn", "trail", "river", "market", "road" or "night"
VAR fast = false           // an alert can reach the patrol directly and it is close enough to get there in time
VAR confidante = ""        // the woman of the patrol women can speak in front of: "Sergeant Bello", "Corporal Diallo", "Mariam" or ""
VAR translator = ""        // "Mariam", "Idris" or "" (no language assistant)
VAR at_night = false       // the patrol is out at night, at the shelters (a night round of the site's edge)
VAR trust = 1              // 0..2: how far the women trust the patrol
VAR signs = false          // you read the changes in women's lives as warning signs
VAR response = "none"      // the alert: "in-time", "late" or "ignored"
VAR missed = false         // the patrol was where women were not (the main road)

// The handover and the report
VAR linked_wpa = false     // the woman chose to meet the Women's Protection Adviser
VAR forced = false         // her wishes were overridden (critical)
VAR exposed = false        // something that identifies her went out (critical)
VAR exposed_by = ""        // how it went out first: "photo" or "report"
VAR counted = false        // the report gives numbers by sex and age
VAR pattern = false        // the report carries the warning signs and what the women asked for

-> briefing

=== function trust_up(n) ===
~ trust = MIN(trust + n, 2)

=== function trust_down(n) ===
~ trust = MAX(trust - n, 0)

// ---------------------------------------------------------------------------------------------------------------
=== briefing ===
Base de Mirambe, nord du Kavara. Début d’après-midi. # scene: base # speaker: narrator
{
- component == "police":
    Vous dirigez une équipe de la police des Nations Unies (UNPOL) au site d’équipe de Mirambe, au sein de la MINUKA, la mission des Nations Unies. # speaker: narrator
- component == "civilian":
    Vous êtes spécialiste des affaires civiles à la MINUKA, la mission des Nations Unies, au bureau de terrain de Mirambe. # speaker: narrator
- else:
    Vous commandez une section de la compagnie d’infanterie de la MINUKA à Mirambe. La MINUKA est la mission des Nations Unies. # speaker: narrator
}
Le capitaine Rahman, commandant de la compagnie, épingle une fiche d’alerte au tableau. # speaker: narrator # person: rahman neutral
Trois appels au réseau communautaire d’alerte cette semaine. Des hommes armés, venus de la route, sur le sentier du bois de chauffe, à l’aube. # speaker: rahman
{
- component == "police":
    C’est UNPOL qui mène cette patrouille, avec un de mes groupes en escorte. Planifiez-la, conduisez-la et remettez-moi un rapport. # speaker: rahman
- component == "civilian":
    Le lieutenant Yusuf Karimi la commandera. Vous l’accompagnez et vous planifiez la manière dont la patrouille travaille avec la population du site. Il suivra votre plan. # speaker: rahman
- else:
    C’est votre patrouille. Planifiez-la, conduisez-la et remettez-moi un rapport. # speaker: rahman
}
Vous disposez d’une heure avant la planification. # speaker: narrator
+ [Demander à M. Tamba, président du comité du site, ce dont le site a besoin # evidence: patrol.consult-women 1]
    ~ consulted = 1
    -> chairman_first
+ [Demander au comité des femmes de vous recevoir, au lieu et à l’heure de son choix # evidence: patrol.consult-women 3]
    ~ consulted = 2
    -> committee
+ [Ne consulter personne. Trois alertes disent déjà où et quand # evidence: patrol.consult-women 1]
    Tant mieux, on gagne du temps. # speaker: rahman
    Les alertes disent où se tiennent les hommes armés. Elles ne disent pas ce dont les femmes ont besoin, ni ce qu’elles ont déjà changé pour rester en sécurité. # speaker: narrator
    -> network

// ---------------------------------------------------------------------------------------------------------------
=== committee ===
Le centre des femmes, à l’intérieur du site. # scene: village # speaker: narrator # person: rahman gone
Mme Adiza Kamara, présidente du comité des femmes, est venue avec quatre membres. Elles ont choisi l’heure : après la corvée d’eau, avant la cuisine. # speaker: narrator # person: kamara calm
Les femmes vont chercher le bois de chauffe à l’aube, par le sentier de la forêt. Nous l’avons toujours fait. # speaker: kamara
Depuis la semaine dernière, des hommes avec des fusils sont assis là où le sentier entre sous les arbres. # speaker: kamara # person: kamara wary
Certaines n’y vont plus. D’autres y vont plus tard, toutes ensemble, en pleine chaleur. Au marché, le bois coûte deux fois plus cher. # speaker: kamara
Et la nuit, des hommes sont venus fouiller des abris. Seulement les abris où une femme est seule. # speaker: kamara # person: kamara sad
Elle jette un coup d’œil par la porte vers l’escorte armée qui attend dehors. # speaker: narrator
N’amenez pas beaucoup de fusils chez les femmes. Amenez des femmes qui savent parler aux femmes. # speaker: kamara
Mama Rose, de notre comité, va chercher le bois avec les autres. Si elle vous voit, elle leur dira qui vous êtes. # speaker: kamara # person: kamara hopeful
-> network

// ---------------------------------------------------------------------------------------------------------------
=== chairman_first ===
La salle du comité. M. Tamba, président du comité du site, vous sert le thé. # scene: village # speaker: narrator # person: rahman gone # person: tamba calm
Trois hommes sont assis avec lui. Les femmes qui ont balayé la salle sont reparties. # speaker: narrator
Les femmes ? Elles vont bien. Elles restent près des abris. # speaker: tamba
Le problème, c’est la route. Les camions, les postes de contrôle, les voleurs. Patrouillez sur la grande route l’après-midi, quand les camions passent. # speaker: tamba
Vous le remerciez. Il vous a dit ce qui préoccupe les hommes du comité. Les femmes qui vont en forêt n’étaient pas dans la salle. # speaker: narrator
-> network

// ---------------------------------------------------------------------------------------------------------------
=== network ===
De retour à la base, vous passez au bureau du réseau d’alerte. # scene: base # speaker: narrator # person: rahman gone # person: kamara gone # person: tamba gone # person: josephine calm
Josephine, l’assistante de liaison communautaire, répond jour et nuit à la ligne d’urgence du réseau. # speaker: narrator
La plupart des appels de cette semaine venaient de femmes. Voulez-vous les voir ? # speaker: josephine
+ [Passer les appels en revue avec elle, et lui donner le numéro de la patrouille # evidence: patrol.early-warning 3]
    ~ linked = true
    Cinq appels. Quatre venaient de femmes. Trois à l’aube, au sujet du sentier. Un au sujet d’hommes près des abris, la nuit. # speaker: josephine
    Elle inscrit le numéro de la patrouille en haut de sa fiche. Si une femme appelle pendant la sortie, vous le saurez dans la minute. # speaker: narrator # person: josephine hopeful
+ [Prendre son résumé. La salle des opérations vous appellera par radio s’il y a du nouveau # evidence: patrol.early-warning 2]
    Des hommes armés sur le sentier du bois de chauffe, le matin. Voilà le résumé. # speaker: josephine
    Les appels passent d’abord par la salle des opérations, qui les transmet quand elle le peut ; un matin chargé, cela prend près d’une heure. # speaker: narrator
+ [Pas maintenant. Les appels, ce sont surtout des rumeurs # evidence: patrol.early-warning 1]
    Elle ne dit rien et se retourne vers son téléphone. # speaker: narrator # person: josephine wary
    Quatre des cinq appels de la semaine venaient de femmes, qui empruntent le sentier tous les jours. Vous n’avez pas entendu ce qu’elles ont dit. # speaker: narrator
    Si une alerte arrive, elle passera d’abord par la salle des opérations. # speaker: narrator
- -> planning

// ---------------------------------------------------------------------------------------------------------------
// The planning step: four consecutive choice points on the patrol map (team, language assistant, time, route).
=== planning ===
La tente de briefing. La carte de Mirambe et de ses environs est accrochée au tableau. # scene: patrol-map # speaker: narrator # person: josephine gone
Le site se trouve au nord-est, la base au sud-est du site. La grande route va d’est en ouest, et la rivière serpente à travers la carte. # speaker: narrator
Un long sentier part du site vers le sud-ouest, jusqu’à la forêt où les femmes coupent le bois de chauffe. Le marché se trouve au milieu. # speaker: narrator
{consulted == 2:
    Le comité des femmes vous a appris ceci : le bois de chauffe à l’aube, des hommes armés là où le sentier entre sous les arbres, des femmes qui changent leurs habitudes. # speaker: narrator
}
{consulted == 1:
    Le conseil de M. Tamba : la grande route, l’après-midi. # speaker: narrator
}
{
- component == "police":
    Le plan vous appartient. Le chef de l’escorte le suivra. # speaker: narrator
- component == "civilian":
    Le lieutenant Karimi suivra le plan que vous proposerez. # speaker: narrator # person: karimi neutral
- else:
    Le plan vous appartient. # speaker: narrator
}
D’abord, qui part. # speaker: narrator
Le groupe du sergent Okello est prêt dès maintenant : dix hommes. Deux femmes Casques bleus, disponibles aujourd’hui, pourraient s’y joindre. # speaker: narrator
L’équipe d’engagement de la sergente Bello, composée pour moitié de femmes et formée au travail avec les communautés, rentre de Tavuma ce soir. # speaker: narrator
+ [Le groupe du sergent Okello : dix hommes, prêts tout de suite, et les alertes pressent # map: team-all-male # evidence: patrol.team-composition 1]
    ~ team = "male"
+ [Le groupe d’Okello, avec les deux femmes disponibles aujourd’hui # map: team-mixed # evidence: patrol.team-composition 2]
    ~ team = "mixed"
+ [L’équipe d’engagement de la sergente Bello, de retour ce soir # map: team-engagement # evidence: patrol.team-composition 3]
    ~ team = "engagement"
- -> plan_assistant

= plan_assistant
Ensuite, l’assistance linguistique. Les femmes du site parlent le kavaran, et peu de membres de la patrouille le parlent. # speaker: narrator
Idris est disponible tout de suite. Il a grandi près d’ici. Mariam, l’assistante linguistique de l’équipe d’engagement, rentre avec elle ce soir. # speaker: narrator
+ [Idris, libre tout de suite, qui a grandi près d’ici # map: assistant-man # evidence: patrol.team-composition 1]
    ~ assistant = "man"
+ [Mariam, l’assistante linguistique de l’équipe d’engagement, de retour ce soir # map: assistant-woman # evidence: patrol.team-composition 3]
    ~ assistant = "woman"
+ [Personne. Restons légers : quelques mots et des gestes suffiront # map: assistant-none # evidence: patrol.team-composition 1]
    ~ assistant = "none"
- -> plan_time

= plan_time
{team == "engagement" || assistant == "woman":
    L’équipe de la sergente Bello et Mariam ne rentrent que ce soir : cet après-midi est donc exclu. # speaker: narrator
}
Maintenant, quand. # speaker: narrator
Les alertes parlent de l’aube, sur le sentier. Le milieu de matinée, c’est l’heure du marché. Les après-midi sont chauds et calmes. La nuit, la lisière du site est plongée dans le noir. # speaker: narrator
+ [Demain, dès les premières lueurs # map: time-dawn # evidence: patrol.timing-route 3]
    ~ hour = "dawn"
+ [Demain, en milieu de matinée # map: time-morning # evidence: patrol.timing-route 2]
    ~ hour = "morning"
+ {team != "engagement" && assistant != "woman"} [Cet après-midi, avec le groupe disponible # map: time-afternoon # evidence: patrol.timing-route 1]
    ~ hour = "afternoon"
+ [Cette nuit, le long de la lisière du site # map: time-night # evidence: patrol.timing-route 2]
    ~ hour = "night"
- -> plan_route

= plan_route
{hour == "night":
    Une ronde de nuit n’a qu’un itinéraire : la lisière du site, le long des abris. # speaker: narrator
    -> set_out
}
Enfin, l’itinéraire. # speaker: narrator
+ [La grande route, où stationne le pick-up de la milice # map: route-main-road # evidence: patrol.timing-route 1]
    ~ route = "road"
+ [Le chemin de la rivière, jusqu’au point d’eau # map: route-river-path # evidence: patrol.timing-route 2]
    ~ route = "river"
+ [Le sentier du bois de chauffe, jusqu’à la forêt # map: route-firewood-trail # evidence: patrol.timing-route 3]
    ~ route = "trail"
+ [L’allée du marché, entre les étals # map: route-market-lane # evidence: patrol.timing-route 2]
    ~ route = "market"
- -> set_out
