// Snap situation: the 72-hour window.
// Setting: a health post in northern Kavara (fictional), UN mission MINUKA (fictional).
// Built from: UNMISS making sure rape kits are stocked and medical staff trained in the clinical management of rape
// (DPO Gender/WPS Resource Package, 001 L3262-3271; notes part 2, field case F3, CRSV-15), the PEP time window and
// care without a report (external items 31, 32), permission before any referral (item 25), and no promises that
// cannot be kept, security included (item 30).
// CRSV by armed men, not by UN personnel. The harm is told in a few words, never shown.

VAR name = ""          // shown: her name
VAR place = ""         // shown: the health post’s village
VAR watcher = ""       // shown, in her words: who is by the gate
VAR deadline = ""      // shown: when the 72 hours run out
VAR knows = false      // she knows what care exists, the time limits, and that care needs no report
VAR police = false     // she was told she must report to the police first
VAR promised = false   // you promised what no one can guarantee
VAR pushed = false     // you pushed her to go in
VAR asked = false      // you asked what would make it easier, and were honest about the risk
VAR went = false       // she saw the nurse today
VAR told = false       // you told the nurse her story for her
VAR forced = false     // you acted against her will or passed on her name (critical)

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ name = "Chantal"
    ~ place = "Ilamweso"
    ~ watcher = "le cousin de mon mari"
    ~ deadline = "jeudi soir"
- 2:
    ~ name = "Maelle"
    ~ place = "Sokotane"
    ~ watcher = "les jeunes de la milice, sur le banc"
    ~ deadline = "samedi soir"
- else:
    ~ name = "Chantal"
    ~ place = "Sokotane"
    ~ watcher = "les femmes de mon église"
    ~ deadline = "lundi soir"
}
-> morning

// ---------------------------------------------------------------------------------------------------------------
=== morning ===
Tôt le matin, au poste de santé de {place}. Votre patrouille s’est arrêtée à l’ombre, de l’autre côté de la route. # scene: health-post # speaker: narrator
Le poste a ouvert il y a une heure. Des femmes avec leurs bébés font la queue à l’entrée. # speaker: narrator
Une femme qui passe ralentit à côté de vous, sans vous regarder. Elle s’appelle {name}, dit-elle. # speaker: narrator # person: woman afraid
Cette nuit, des hommes armés sont entrés dans notre cour. Ils m’ont emmenée derrière la maison. # speaker: woman
J’ai peur d’une maladie. Peur d’un bébé. # speaker: woman # person: woman sad
+ [Lui dire de ne pas s’inquiéter : l’infirmière fera en sorte que tout aille bien # evidence: crsv.medical-urgency 1 # evidence: crsv.no-promises 0]
    ~ promised = true
    Elle vous regarde, elle voudrait le croire. # speaker: narrator # person: woman hopeful
    C’était pour la réconforter. Mais personne ne peut lui promettre cela, et elle n’apprend rien de ce qu’il lui faut savoir : ce que l’infirmière peut faire, et le peu de temps qui reste. # speaker: narrator
+ [Lui dire d’aller d’abord signaler les faits au poste de police ; l’infirmière demandera ce signalement avant de la soigner # evidence: crsv.medical-urgency 0 # evidence: crsv.no-promises 1]
    ~ police = true
    La police ? # speaker: woman # person: woman afraid
    Elle secoue la tête. Le poste de police est à côté du barrage de la milice. # speaker: narrator
    Cela semble être l’ordre normal des choses, et c’est faux : les soins ne dépendent jamais d’un signalement, et les heures utiles au traitement s’écoulent. # speaker: narrator
+ [Lui dire que l’infirmière peut prévenir le VIH sous 72 h, une grossesse sous cinq jours, sans plainte # evidence: crsv.medical-urgency 3 # evidence: crsv.no-promises 3]
    ~ knows = true
    Elle écoute attentivement. # speaker: narrator # person: woman wary
    Vous le dites clairement : le traitement contre le VIH ne fonctionne que s’il est commencé dans les 72 heures, donc avant {deadline} ; la contraception d’urgence, dans les cinq jours. Y aller ou non est son choix. # speaker: narrator
    Avant {deadline}. Et personne ne m’oblige à aller à la police ? # speaker: woman
    Non, lui dites-vous. Les soins et le signalement sont deux choses distinctes. # speaker: narrator
- -> gate

// ---------------------------------------------------------------------------------------------------------------
=== gate ===
Elle regarde vers l’entrée, de l’autre côté de la route. # speaker: narrator # person: woman afraid
Mais regardez qui est à l’entrée : {watcher}. Si on me voit entrer, tout le monde demandera pourquoi. # speaker: woman
+ [Dire que vous ne pouvez pas promettre que personne ne la verra. Demander ce qui l’aiderait # evidence: crsv.no-promises 3 # evidence: crsv.consent 3]
    ~ asked = true
    Elle réfléchit un moment. # speaker: narrator # person: woman wary
    Vous lui dites ce que vous savez : des femmes entrent là tous les jours pour toutes sortes de raisons, le poste est ouvert tous les jours, et elle pourrait venir avec une personne de confiance. # speaker: narrator
+ [Lui dire fermement que sa santé compte plus que les ragots, et qu’elle doit entrer maintenant # evidence: crsv.consent 0 # evidence: crsv.medical-urgency 1]
    ~ pushed = true
    Elle recule d’un pas. # speaker: narrator # person: woman wary
    C’est facile à dire, pour vous. # speaker: woman
    Vous avez raison, le temps compte. Mais c’est son corps, sa famille et ses voisins : l’urgence a sa place dans les informations que vous donnez, pas dans la pression. # speaker: narrator
+ [Promettre que personne ne la verra : la patrouille dégagera l’entrée et la fera passer devant eux # evidence: crsv.no-promises 0 # evidence: crsv.consent 0]
    ~ promised = true
    ~ pushed = true
    Ses yeux s’agrandissent. # speaker: narrator # person: woman afraid
    Avec des soldats tout autour de moi ? Alors tout le monde saura. # speaker: woman
- -> decide

=== decide ===
{
- asked && knows:
    -> goes_in
- else:
    -> not_now
}

// ---------------------------------------------------------------------------------------------------------------
=== goes_in ===
~ went = true
Elle a sa propre idée : elle ira chercher le bébé de sa voisine et se mettra dans la file des mères, comme n’importe quel matin. # speaker: narrator # person: woman calm
Une demi-heure plus tard, elle est à l’intérieur. L’infirmière Agnes vient à la porte et vous fait signe d’approcher. # speaker: narrator # person: woman gone # person: agnes calm
Elle dit que vous êtes au courant. Entrez et racontez-moi ce qui s’est passé, pour qu’elle n’ait pas à le faire. # speaker: agnes
+ [Entrer et raconter à l’infirmière ce qu’elle vous a dit, pour lui épargner de le faire # evidence: crsv.consent 1]
    ~ told = true
    Vous racontez tout à l’infirmière. {name} est assise là et entend sa propre histoire dans vos mots. # speaker: narrator # person: woman sad
+ [Dire que c’est à elle de le raconter, pas à vous, et rester dehors près du véhicule # evidence: crsv.consent 3]
    L’infirmière hoche la tête et retourne à l’intérieur. # speaker: narrator # person: agnes calm
    Ce qu’elle dit à l’infirmière, et si elle veut un jour rencontrer la Conseillère pour la protection des femmes, c’est à elle d’en décider. # speaker: narrator
+ [Rester dehors, et donner son nom par radio à la conseillère pour l’orienter vers un suivi # evidence: crsv.consent 0 # critical: crsv.consent]
    ~ forced = true
    Vous appuyez sur la radio et prononcez son nom. Dans la cour, les têtes se tournent au grésillement. # speaker: narrator
- -> ending

// ---------------------------------------------------------------------------------------------------------------
=== not_now ===
{pushed:
    Elle secoue la tête. # speaker: narrator # person: woman wary
- else:
    Elle réfléchit longuement, puis secoue la tête. # speaker: narrator # person: woman wary
}
Pas maintenant. Pas devant tout le monde. # speaker: woman
+ {knows} [Respecter sa réponse, et lui dire au revoir. Elle en a assez entendu pour aujourd’hui # evidence: crsv.consent 2 # evidence: crsv.medical-urgency 2]
    Elle hoche la tête et poursuit son chemin. # speaker: narrator # person: woman gone
+ {not knows} [Respecter sa réponse, et lui dire au revoir. Elle en a assez entendu pour aujourd’hui # evidence: crsv.consent 2 # evidence: crsv.medical-urgency 1]
    Elle hoche la tête et poursuit son chemin. # speaker: narrator # person: woman gone
+ {knows} [L’accepter. Dire que le poste ouvre chaque jour et que le traitement agit jusqu’à {deadline} # evidence: crsv.consent 3 # evidence: crsv.medical-urgency 3]
    Elle le répète à mi-voix : avant {deadline}. # speaker: narrator # person: woman calm
    Elle peut changer d’avis à tout moment d’ici là. # speaker: narrator
+ {not knows} [L’accepter. Dire que le poste ouvre chaque jour et que le traitement agit jusqu’à {deadline} # evidence: crsv.consent 3 # evidence: crsv.medical-urgency 2]
    ~ knows = true
    Vous ajoutez ce qu’elle n’a pas encore entendu : le traitement contre le VIH doit être commencé dans les 72 heures, la contraception d’urgence fonctionne dans les cinq jours, et les soins ne dépendent d’aucun signalement. # speaker: narrator
    Elle le répète à mi-voix : avant {deadline}. # speaker: narrator # person: woman calm
+ [Insister. Le temps presse : l’accompagner jusqu’à l’entrée maintenant, et parler à l’infirmière à sa place # evidence: crsv.consent 0 # critical: crsv.consent]
    ~ forced = true
    Vous marchez à côté d’elle jusqu’à l’entrée. La file se tait et vous regarde. # speaker: narrator
    Pendant que vous parlez à l’infirmière, elle s’éclipse. # speaker: narrator # person: woman gone
- -> ending

// ---------------------------------------------------------------------------------------------------------------
=== ending ===
{
- forced:
    -> control_taken
- went:
    -> care_in_time
- knows:
    -> her_choice
- else:
    -> without_facts
}

=== care_in_time ===
{told:
    L’infirmière a entendu son histoire dans vos mots, pas dans les siens. C’était bien intentionné, et c’était quand même à elle de la raconter. # speaker: narrator
}
Elle commence le traitement le matin même, bien avant {deadline}. # speaker: narrator
Personne dans la file n’a su pourquoi elle était là. Elle est entrée selon ses propres conditions. # speaker: narrator # ending: care-in-time
-> END

=== her_choice ===
{promised:
    Ce que vous lui avez promis n’était pas à vous de le promettre. Elle s’en souviendra aussi. # speaker: narrator
}
Elle poursuit son chemin. Elle sait ce que l’infirmière peut faire, que les soins n’exigent aucun signalement, et que le traitement ne fonctionne que jusqu’à {deadline}. # speaker: narrator # person: woman gone
Y aller ou non est sa décision, et vous la lui avez laissée. Vous ne saurez peut-être jamais ce qu’elle a choisi. # speaker: narrator # ending: her-choice
-> END

=== without_facts ===
Elle poursuit son chemin. # speaker: narrator # person: woman gone
{police:
    Elle croit qu’elle devrait d’abord aller à la police. C’est faux, et cela risque de la tenir à l’écart jusqu’à ce qu’il soit trop tard. # speaker: narrator
- else:
    Elle ne sait pas que le traitement qui prévient le VIH ne fonctionne que s’il est commencé avant {deadline}. # speaker: narrator
}
La laisser partir sans ces informations était aussi un choix. # speaker: narrator # ending: without-the-facts
-> END

=== control_taken ===
{went:
    Son nom est parti sur les ondes vers quelqu’un qu’elle n’avait pas demandé. Quand elle ressort, elle ne regarde pas la patrouille. # speaker: narrator
- else:
    Vous l’avez menée jusqu’à l’entrée après qu’elle a dit non. Elle s’est éclipsée, et le temps pour le traitement continue de s’écouler. # speaker: narrator
}
Les soins doivent être proposés d’urgence, mais jamais imposés, et son nom ne va nulle part sans son consentement. Cette erreur critique fait échouer la situation. # speaker: narrator # ending: control-taken
-> END
