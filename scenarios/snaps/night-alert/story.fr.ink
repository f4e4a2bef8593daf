// Situation éclair : une alerte du réseau communautaire d'alerte, la nuit. Traduction française de story.ink : même
// structure, seuls les mots changent (voir docs/translation.md). Les sources sont indiquées en tête de story.ink.

// Variation: drawn once at the start. It changes words only, never the choices or their tags.
VAR site = ""      // the site for displaced people
VAR block = ""     // the block of shelters the armed men go to (a letter)
VAR cla = ""       // the community liaison assistant on the alert network's line
VAR witness = ""   // the woman who speaks for the women of the block

// Logic
VAR response = "none" // the alert: "in-time", "late" (left to the quick reaction force) or "ignored"
VAR signs = false     // you noted the changes in women's lives as warning signs
VAR full = false      // the report gives numbers by sex and age, the warning signs and what the women asked for

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ site = "Kisevange"
    ~ block = "C"
    ~ cla = "Pascaline"
    ~ witness = "Mama Jeanne"
- 2:
    ~ site = "Lonzoka"
    ~ block = "F"
    ~ cla = "Odette"
    ~ witness = "Ma Kahindo"
- else:
    ~ site = "Tolembwe"
    ~ block = "K"
    ~ cla = "Pascaline"
    ~ witness = "Mama Furaha"
}
-> alert

// ---------------------------------------------------------------------------------------------------------------
=== alert ===
Site de personnes déplacées de {site}, une heure et demie du matin. Votre patrouille longe la limite est du site, lampes baissées, avec Mariam comme interprète. # scene: village # speaker: narrator # person: mariam calm
Votre téléphone vibre : {cla}, l’assistante de liaison communautaire, sur la ligne du réseau communautaire d’alerte. # speaker: narrator # person: cla calm
Une femme vient d’appeler du bloc {block}. Deux hommes armés frappent aux portes des abris où une femme est seule. # speaker: cla # person: cla afraid
Le bloc {block} est à dix minutes au pas de course. # speaker: narrator
+ [Demander par radio la force de réaction rapide : c’est son travail # evidence: patrol.early-warning 1]
    ~ response = "late"
    La base annonce que la force de réaction rapide arrive, depuis l’autre bout de la base. # speaker: narrator
+ [Attendre que l’alerte soit confirmée : {cla} doit d’abord rappeler la femme # evidence: patrol.early-warning 0 # critical: patrol.early-warning]
    ~ response = "ignored"
    {cla} dit qu’elle va essayer. # speaker: narrator
+ [Y aller, au pas de course. Prévenir la base en route # evidence: patrol.early-warning 3]
    ~ response = "in-time"
    La patrouille s’élance. Vous êtes l’aide la plus proche ; la base peut suivre. # speaker: narrator
- -> shelters

// ---------------------------------------------------------------------------------------------------------------
=== shelters ===
{
- response == "in-time":
    Vous atteignez le bloc {block} au moment où les deux hommes forcent une porte. Ils voient la patrouille et filent vers la route. # speaker: narrator # person: cla gone
    Derrière la porte, une femme la tenait fermée en s’y adossant. # speaker: narrator
- response == "late":
    La force de réaction rapide arrive quarante minutes après l’appel. Les hommes sont partis. Ils sont entrés de force dans un abri et ont pris de l’argent et de la nourriture. # speaker: narrator # person: cla gone
    À la fin de votre ronde, vous conduisez la patrouille au bloc {block}. # speaker: narrator
- else:
    Vingt minutes plus tard, {cla} rappelle. La femme ne répond plus. La patrouille y va. # speaker: narrator # person: cla gone
    Quand elle arrive, les hommes sont partis. Deux femmes qui étaient seules ont été agressées. Le poste de santé les prend en charge. # speaker: narrator
}
Des femmes se tiennent sur le seuil des abris, enveloppées dans des pagnes. Par l’intermédiaire de Mariam, une femme plus âgée, {witness}, parle en leur nom. # speaker: narrator # person: witness wary
Ils viennent la nuit, seulement dans les abris où une femme est seule. Ils appellent ça une fouille. # speaker: witness
Depuis qu’ils sont revenus sur la route, nous n’allons plus aux latrines après la tombée de la nuit, et les filles dorment à trois par abri. # speaker: witness # person: witness afraid
Si vous venez la nuit, amenez des femmes. Et demandez de la lumière près des latrines. # speaker: witness
+ [Noter les hommes armés ; le reste, c’est la vie du camp # evidence: patrol.early-warning 1]
    Vous écrivez : hommes armés, bloc {block}. # speaker: narrator
+ [Noter chaque changement cité par les femmes, et depuis quand # evidence: patrol.early-warning 3]
    ~ signs = true
    Vous notez chaque signe, ce qui a changé et depuis quand, pour le rapport et pour la Conseillère pour la protection des femmes. Les changements dans les heures et les lieux où vont les femmes sont en eux-mêmes des signes avant-coureurs de violences sexuelles. # speaker: narrator
+ [Ne noter que ce que la patrouille a vu : le reste est du ouï-dire # evidence: patrol.early-warning 0]
    Vous écrivez ce que la patrouille a vu. # speaker: narrator
- -> report

// ---------------------------------------------------------------------------------------------------------------
=== report ===
De retour à la base, trois heures et demie. Le capitaine Rahman, de permanence, veut le rapport de patrouille pour le point du matin. # scene: base # speaker: narrator # person: witness gone # person: mariam gone # person: rahman neutral
Une ligne et un chiffre. L’état-major en lit cinquante par jour. # speaker: rahman
La patrouille a rencontré 26 personnes au bloc {block} : 14 femmes, 3 hommes, 5 filles et 4 garçons. Mariam et vous avez parlé avec 6 des femmes. # speaker: narrator
+ [Un chiffre, comme il l’a demandé : « Hommes armés au bloc {block}. 26 civils rencontrés. » # evidence: patrol.sadd-report 1]
    Vous écrivez un seul chiffre. Les femmes et les filles y disparaissent. # speaker: narrator
+ {signs} [Les chiffres par sexe et par âge, les signes avant-coureurs, les demandes des femmes et une recommandation # evidence: patrol.sadd-report 3 # evidence: patrol.early-warning 3]
    ~ full = true
    Vous rédigez tout, avec une recommandation : des patrouilles de nuit aux abris, avec des femmes, planifiées avec le comité des femmes. La plupart des personnes rencontrées par la patrouille étaient des femmes et des filles, et le rapport le montre désormais, ainsi que ce qu’elles affrontent la nuit. # speaker: narrator
+ [Une ligne, comme il l’a demandé : « Patrouille de nuit, {site}. Situation calme. » # evidence: patrol.sadd-report 0]
    Vous écrivez une ligne. # speaker: narrator
+ [Les chiffres par sexe et par âge et ce que les femmes ont demandé, en bref # evidence: patrol.sadd-report 2]
    Le rapport montre qui la patrouille a rencontré. Ce qui a changé dans la vie des femmes la nuit n’y figure pas. # speaker: narrator
- -> ending

=== ending ===
{
- response == "ignored":
    -> alert_ignored
- response == "late":
    -> too_late
- full:
    -> stopped_and_seen
- else:
    -> safe_tonight
}

// ---------------------------------------------------------------------------------------------------------------
=== stopped_and_seen ===
Le capitaine Rahman le lit deux fois. # speaker: narrator # person: rahman calm
Dès la semaine prochaine, une patrouille avec des femmes parcourt le bloc {block} la nuit, aux heures choisies par le comité des femmes, et le réseau d’alerte l’appelle directement. # speaker: narrator
La patrouille a fait reculer les hommes cette nuit, et le rapport fait en sorte que les prochaines patrouilles soient là où les femmes en ont besoin. # speaker: narrator # ending: stopped-and-seen
-> END

=== safe_tonight ===
Cette nuit, la patrouille est arrivée à temps, et les hommes ont reculé. # speaker: narrator # person: rahman neutral
Mais personne, en lisant le rapport, ne voit les fouilles des abris où une femme est seule, ni les latrines que les femmes n’osent plus utiliser la nuit. # speaker: narrator
Une semaine plus tard, les hommes sont de retour au bloc {block}. # speaker: narrator # ending: safe-tonight
-> END

=== too_late ===
La force de réaction rapide est venue de plus loin que votre patrouille, quarante minutes après qu’une femme a appelé à l’aide. # speaker: narrator # person: rahman neutral
{full:
    Votre rapport montre au moins qui est en danger, où et quand. La prochaine fois, c’est la patrouille la plus proche de l’alerte qui ira. # speaker: narrator
- else:
    Rien dans le rapport ne montre qui est en danger, où ni quand. # speaker: narrator
}
Répondre à une alerte, c’est envoyer tout de suite la patrouille la plus proche de la menace. # speaker: narrator # ending: too-late
-> END

=== alert_ignored ===
Le matin, {cla} vous apprend que la femme qui avait appelé a demandé pourquoi personne n’était venu. # speaker: narrator # person: rahman sad
La patrouille a attendu une confirmation pendant que des hommes armés allaient de porte en porte. Ignorer une menace claire et imminente est une erreur critique. # speaker: narrator # ending: alert-ignored
-> END
