// Snap situation: a rumour in the mess.
// Colleagues joke that a driver of the mission pays a girl in the village with money and phone credit. A national
// staff driver is UN personnel, so this is sexual exploitation and abuse (SEA): the trainee reports the concern to
// the Conduct and Discipline Team (CDT) at once, without proof and without anyone's permission, and does not
// investigate. Built from ST/SGB/2003/13 §3.2(b), (c) and (e) and the duty and channels to report
// (guidance/notes/external-public-guidance.md items 49, 50, 52, 58-60) and the MONUSCO field case of exploitation
// near bases (seed 001 L3990-4002).

VAR driver = ""          // the driver's first name (shown)
VAR village = ""         // the village where the girl lives (shown)
VAR spot = ""            // where the trainee sees them the next morning (shown)
VAR reported = false     // the concern has reached the CDT
VAR delay = 0            // 0: the night of the rumour; 1: the next morning; 2: after Saturday
VAR amadi = false        // the trainee told the head of transport instead of the CDT
VAR overstated = false   // the trainee gave the CDT a guess as if it were fact
VAR held = false         // the trainee sat on what he saw because a report was already in
VAR anon = false         // the report went in as an unsigned note

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ driver = "Dieudonné"
    ~ village = "Kelombi"
    ~ spot = "à l’arrêt de bus, de l’autre côté de la route"
- 2:
    ~ driver = "Patrice"
    ~ village = "Murokati"
    ~ spot = "au point d’eau, en contrebas de l’entrée"
- else:
    ~ driver = "Elie"
    ~ village = "Kelombi"
    ~ spot = "sur la route de l’école, derrière le grillage"
}
-> mess

// ---------------------------------------------------------------------------------------------------------------
=== mess ===
Mercredi soir, sous la tente du mess d’une base de la MINUKA, dans le nord du Kavara. # scene: base # speaker: narrator
Le caporal Dube agite sa fourchette au-dessus de la table. # speaker: narrator # person: dube calm # person: lenz neutral
Vous êtes au courant ? {driver}, le chauffeur du transport, a une petite amie à {village}. # speaker: dube
Il la paie en liquide et en crédit téléphonique. Et de temps en temps un sac de riz pour sa mère. Romantique, non ? # speaker: dube
Laisse-le tranquille. C’est sa copine, et elle lui a dit qu’elle avait dix-huit ans. # speaker: lenz # person: lenz calm
Dix-huit ans, et toujours en uniforme scolaire. # speaker: dube
Ils vous regardent tous les deux, hilares. # speaker: narrator
+ [En rire. Elle lui a dit qu’elle avait dix-huit ans, et une petite amie, c’est une petite amie # evidence: sea.recognise 0]
    Dube lève son gobelet. À l’amour ! # speaker: narrator # person: dube calm
    Toute la table rit. Plus personne ne parle de l’uniforme scolaire. # speaker: narrator
+ [Dire qu’une écolière est peut-être une enfant, quoi qu’elle dise, et que payer pour du sexe est de l’exploitation # evidence: sea.recognise 3]
    Les sourires s’effacent. # speaker: narrator # person: dube wary # person: lenz wary
    C’était une blague. # speaker: dube
    Alors c’est une blague sur une fille payée pour du sexe, répondez-vous. # speaker: narrator
    Pour quiconque travaille pour l’ONU, avant 18 ans on est un enfant, quelle que soit la loi locale, et ce qu’elle dit de son âge n’excuse rien. Du liquide, du crédit ou du riz contre du sexe, c’est de l’exploitation, à tout âge. # speaker: narrator
    Lenz baisse les yeux sur son assiette. # speaker: narrator
+ [Dire que ça nuit à l’image de la mission, mais que le temps libre est une zone grise, et que les coutumes d’ici diffèrent # evidence: sea.recognise 1]
    Exactement, dit Lenz. Ce ne sont pas nos affaires. # speaker: narrator # person: lenz calm
    Dube hausse les épaules et se remet à manger. # speaker: narrator
+ [Leur dire que ce n’est pas drôle du tout : c’est mal, et il devrait avoir honte # evidence: sea.recognise 2]
    Détends-toi, ce ne sont que des ragots, dit Lenz. # speaker: narrator # person: lenz calm
    Personne ne vous demande pourquoi c’est mal, et vous ne le dites pas. # speaker: narrator
- -> night

// ---------------------------------------------------------------------------------------------------------------
=== night ===
Plus tard, dans votre conteneur, la blague vous trotte encore dans la tête. # speaker: narrator # person: dube gone # person: lenz gone
Vous n’avez rien vu vous-même. {driver} vous conduit chaque semaine au quartier général du secteur, et il est toujours aimable. Son chef, M. Amadi, dirige le transport depuis le bureau près de l’entrée. # speaker: narrator
C’est peut-être vrai. Ce ne sont peut-être que des ragots de mess. # speaker: narrator
+ [En parler ce soir à M. Amadi. Le chauffeur est de son service, c’est à lui de s’en occuper # evidence: sea.report 1]
    ~ amadi = true
    Vous trouvez M. Amadi devant le bureau du transport. Il vous écoute et fronce les sourcils. # speaker: narrator # person: amadi wary
    Laissez-moi m’en charger. Je lui dirai discrètement deux mots ce soir. # speaker: amadi
    Il rentre dans son bureau. # speaker: narrator # person: amadi gone
+ [Appeler ce soir la ligne Déontologie et discipline, et signaler ces ragots de mess pour ce qu’ils sont # evidence: sea.report 3 # evidence: sea.prompt 3]
    ~ reported = true
    Mme Leila Haddad, spécialiste de la déontologie et de la discipline, prend votre appel. Vous lui dites ce que vous avez entendu, qui l’a dit, et que vous n’avez rien vu vous-même. # speaker: narrator
    Merci. Une simple préoccupation suffit pour faire un signalement. La vérifier, c’est notre travail, pas le vôtre. # speaker: haddad
    Si vous apprenez autre chose, dites-le-moi tout de suite. Et gardez cela pour vous. # speaker: haddad
+ [Attendre une certitude. Ce ne sont peut-être que des ragots de mess, et l’emploi et le nom d’un homme sont en jeu # evidence: sea.prompt 1]
    Vous décidez d’attendre d’avoir une certitude. # speaker: narrator
- -> morning

// ---------------------------------------------------------------------------------------------------------------
=== morning ===
Jeudi matin. Vous attendez votre véhicule à l’entrée principale. # speaker: narrator
Puis vous apercevez {driver} {spot}. Il tend une carte de recharge téléphonique et quelques billets à une fille en uniforme scolaire. # speaker: narrator # person: driver calm # person: girl afraid
Elle a quinze ans, peut-être seize. Elle acquiesce sans le regarder. # speaker: narrator
Samedi. Même endroit. # speaker: driver
Il repart en voiture, et elle file vers l’école. # speaker: narrator # person: driver gone # person: girl gone
{amadi:
    Voilà ce qu’ont donné les deux mots discrets de M. Amadi. # speaker: narrator
}
{reported:
    L’Équipe Déontologie et discipline a votre appel d’hier soir, mais pas ceci. # speaker: narrator
}
+ {reported} [Appeler Mme Haddad tout de suite : ajouter ce que vous avez vu, quand et où, et que son âge vous est inconnu # evidence: sea.report 3 # evidence: sea.prompt 3]
    Au bout du fil, vous l’entendez écrire pendant que vous parlez. # speaker: narrator
    Cela nous aide. Merci. Maintenant, laissez-nous le reste. # speaker: haddad
+ {reported} [Appeler Mme Haddad et lui dire que la fille a quatorze ans, et que tout le mess sait qu’il la paie # evidence: sea.report 1 # evidence: sea.prompt 3]
    ~ overstated = true
    Mme Haddad marque une pause. Vous avez vu son âge ? Quelqu’un au mess a-t-il vu quoi que ce soit ? # speaker: narrator
    Vous devez répondre non. Elle doit maintenant démêler ce que vous avez vu de ce que vous avez supposé. # speaker: narrator
+ {reported} [Ne rien faire. L’équipe a votre signalement, et découvrir le reste, c’est son travail # evidence: sea.prompt 1]
    ~ held = true
    Vous vous dites qu’ils en savent assez. Ils ne savent rien de samedi. # speaker: narrator
+ {not reported} [Attendre samedi pour voir s’il la retrouve vraiment. Votre signalement sera alors solide # evidence: sea.prompt 1]
    -> saturday
+ {not reported} [Aller maintenant au bureau Déontologie et discipline : dire ce que vous avez vu, et ce qu’on raconte # evidence: sea.report 3 # evidence: sea.prompt 2]
    ~ reported = true
    ~ delay = 1
    Mme Haddad écoute et prend des notes. # speaker: narrator # person: haddad calm
    {amadi:
        Vous en avez d’abord parlé au chef du transport ? Il aurait dû vous envoyer directement chez nous. # speaker: haddad # person: haddad wary
    }
    Merci. La prochaine fois, les ragots suffisent : appelez-nous le soir même. # speaker: haddad
+ {not reported && amadi} [Laisser l’affaire à M. Amadi. Il connaît l’homme, et il a dit qu’il s’en chargerait # evidence: sea.report 0 # critical: sea.report # evidence: sea.prompt 0]
    Vous vous dites que c’est sa section, et désormais son affaire. # speaker: narrator
+ {not reported && not amadi} [Laisser tomber. Une carte de recharge et trois billets ne prouvent rien, et c’est peut-être sa petite amie # evidence: sea.report 0 # critical: sea.report # evidence: sea.prompt 0 # evidence: sea.recognise 0]
    Vous montez dans votre véhicule et pensez à autre chose. # speaker: narrator
- -> aftermath

// ---------------------------------------------------------------------------------------------------------------
=== saturday ===
Vendredi passe. Vous n’en parlez à personne. # speaker: narrator
Samedi après-midi. Depuis l’entrée, vous voyez {driver} sortir un véhicule pour une course à {village}. # speaker: narrator # person: driver neutral
Il descend la colline. # speaker: narrator # person: driver gone
+ [Glisser une note non signée dans la boîte à plaintes verrouillée : un chauffeur de la mission paie une écolière # evidence: sea.report 2 # evidence: sea.prompt 0]
    ~ reported = true
    ~ delay = 2
    ~ anon = true
    Vous pliez la feuille en quatre et la glissez dans la fente. Pas de nom, et aucun moyen de vous poser la moindre question. # speaker: narrator
+ [Ne rien dire. Vous n’avez toujours aucune preuve de ce qui se passe à {village} # evidence: sea.report 0 # critical: sea.report # evidence: sea.prompt 0]
    Vous retournez à votre conteneur. Le véhicule revient après la tombée de la nuit. # speaker: narrator
+ [Aller tout de suite au bureau Déontologie et discipline et tout raconter, jeudi compris # evidence: sea.report 3 # evidence: sea.prompt 0]
    ~ reported = true
    ~ delay = 2
    Mme Haddad recueille votre signalement. # speaker: narrator # person: haddad calm
    Merci. Pourquoi avoir attendu aujourd’hui ? # speaker: haddad # person: haddad wary
    Vous n’avez pas de bonne réponse. # speaker: narrator # person: haddad gone
- -> aftermath

// ---------------------------------------------------------------------------------------------------------------
=== aftermath ===
{
- not reported:
    -> not_reported
- delay > 0 || held:
    -> reported_late
- else:
    -> reported_at_once
}

=== reported_at_once ===
Votre préoccupation est parvenue à l’Équipe Déontologie et discipline le soir même, et ce que vous avez vu le lendemain matin a suivi dans l’heure. # speaker: narrator # person: haddad gone
{overstated:
    Mais vous avez présenté une supposition comme un fait, et l’équipe doit maintenant vérifier deux fois tout ce que vous avez dit. # speaker: narrator
}
{driver} n’a rien appris de vous. Évaluer les faits et protéger la jeune fille, c’est désormais le travail de personnes formées pour cela. # speaker: narrator
Vous ne saurez peut-être jamais comment l’affaire se termine. Votre rôle était de signaler, sans attendre, et vous l’avez fait. # speaker: narrator # ending: reported-at-once
-> END

=== reported_late ===
Au bout du compte, ce que vous saviez est parvenu à l’Équipe Déontologie et discipline. # speaker: narrator # person: haddad gone
{held:
    Mais pas tout : Mme Haddad n’a appris l’histoire de samedi que lundi, quand elle vous a téléphoné. # speaker: narrator
}
{delay == 1:
    Vous avez signalé le lendemain matin. Les ragots du mess suffisaient déjà pour signaler le soir même. # speaker: narrator
}
{delay == 2:
    Il est arrivé après samedi. Ce qui s’est passé à {village} cet après-midi-là, un signalement le mercredi soir aurait peut-être pu l’empêcher. # speaker: narrator
}
{anon:
    Votre note n’est pas signée : personne ne peut vous appeler pour vous demander ce que vous avez vu. # speaker: narrator
}
{amadi:
    Et les deux mots discrets de M. Amadi ont fait comprendre à {driver} qu’on l’avait remarqué, avant que quiconque dont c’est le travail puisse examiner l’affaire. # speaker: narrator
}
Nul besoin de certitude. Une préoccupation suffit, et les faits nouveaux se signalent le jour même. # speaker: narrator # ending: reported-late
-> END

=== not_reported ===
{amadi:
    M. Amadi a réglé l’affaire au sein de sa section. Ses deux mots ont prévenu {driver}, et rien n’est parvenu à l’Équipe Déontologie et discipline. # speaker: narrator # person: haddad gone
- else:
    Rien n’est parvenu de votre part à l’Équipe Déontologie et discipline. # speaker: narrator # person: haddad gone
}
Une fille qui est peut-être une enfant est toujours payée pour du sexe par un membre de la mission, et vous le saviez. # speaker: narrator
Ne pas signaler l’exploitation et les atteintes sexuelles peut constituer en soi un manquement. C’est une erreur critique, quoi que vous ayez bien fait par ailleurs. # speaker: narrator # ending: not-reported
-> END
