// SEA reporting.
// Setting: the MINUKA base above Mirambe, northern Kavara (the fictional country and mission of survivor-contact).
// A corporal of the trainee's own contingent trades rations for sex with a 16-year-old girl from Mirambe.
// This is sexual exploitation and abuse (SEA) by UN personnel, not conflict-related sexual violence by others: the
// trainee has a duty to report it through the Conduct and Discipline Team (CDT), and does not investigate. The
// victim-centred approach governs how the girl and her mother are treated: informed, consulted, never exposed.
// What happened is told in a few words and never shown.

VAR reported = false     // the trainee's concern has reached the Conduct and Discipline Team
VAR delay = 0            // 0: reported at the first chance; 1: later the same day; 2: only after another meeting
VAR channel = ""         // how the report went in, while it matters: "cdt" (named) or "anon" (complaint box)
VAR inhouse = false      // the trainee agreed to let the Sergeant Major "handle it in-house" (critical)
VAR tipped = false       // Corporal Dillon knows he has been seen or reported
VAR asked = false        // the trainee asked around the lines about the rumour (until Dillon hears of it)
VAR photo = false        // a photo of the girl is on the trainee's phone (until the CDT interview)
VAR pledged = false      // the trainee promised the barracks to keep out of it (until the Sergeant Major hears)
VAR mariam = false       // Mariam, the woman language assistant, is with the mother at the gate
VAR leaked = false       // people beyond need-to-know heard hints about the girl
VAR exposed = false      // the girl's identity was given away (critical)
VAR family = 0           // 0: no way to help; 1: a number or a rushed call; 2: informed, consulted, linked
VAR promised = false     // the trainee promised the mother an outcome no one can guarantee

-> rumour

// ---------------------------------------------------------------------------------------------------------------
=== rumour ===
Lundi soir, à la base de la MINUKA qui surplombe Mirambe, dans le nord du Kavara. # scene: base # speaker: narrator
Vous dînez au réfectoire avec deux soldats de votre contingent, le caporal Kofi Mensah et le soldat Teo Banda. # speaker: narrator # person: kofi neutral # person: teo neutral
Kofi se penche vers vous et baisse la voix. # speaker: narrator # person: kofi wary
Il paraît que le caporal Dillon sort des rations du magasin. Pour une fille de Mirambe. Seize ans, à ce qu’on dit. # speaker: kofi
Et elle lui donne ce qu’il veut en échange. # speaker: kofi
Teo hausse les épaules. # speaker: narrator # person: teo calm
Ici, la majorité sexuelle, c’est quinze ans. J’ai vérifié. Alors, où est le problème ? # speaker: teo
+ [Répondre que les règles de l’ONU ne suivent pas la loi locale : toute personne de moins de 18 ans est un enfant, un point c’est tout. Et échanger de la nourriture contre des relations sexuelles est interdit, quel que soit l’âge # evidence: sea.recognise 3]
    Teo hausse les sourcils. # speaker: narrator # person: teo wary
    Depuis quand ? # speaker: teo
    Pour toute personne au service de l’ONU, lui répondez-vous, quel que soit l’âge de la majorité sexuelle dans le pays. # speaker: narrator
    Kofi hoche lentement la tête. # speaker: narrator # person: kofi calm
+ [Rire avec eux. Si la loi locale dit quinze ans, c’est légal # evidence: sea.recognise 0]
    Teo sourit. Kofi baisse les yeux sur son assiette. # speaker: narrator # person: teo calm # person: kofi sad
+ [Dire que c’est une zone grise : autres pays, autres règles # evidence: sea.recognise 1]
    Exactement, dit Teo. Pas notre pays, pas nos règles. # speaker: narrator # person: teo calm
    Kofi fronce les sourcils, mais ne dit rien. # speaker: narrator # person: kofi wary
+ [Changer de sujet. Vous préférez ne pas en parler # evidence: sea.recognise 1]
    Vous parlez football. La rumeur reste sur la table, entre vous. # speaker: narrator # person: kofi wary
- -> first_move

// ---------------------------------------------------------------------------------------------------------------
=== first_move ===
Plus tard, de retour dans votre chambre, vous repensez à ce qu’a dit Kofi. # speaker: narrator # person: kofi gone # person: teo gone
Un caporal de votre propre contingent. Une fille de seize ans. Des rations contre du sexe. C’est peut-être vrai. Ce ne sont peut-être que des ragots. # speaker: narrator
+ [Appeler ce soir la ligne directe de l’Équipe Déontologie et discipline. Faire part de votre préoccupation : ce que vous avez entendu, de qui, et le fait que vous n’avez rien vu vous-même # evidence: sea.report 3 # evidence: sea.prompt 3]
    ~ reported = true
    ~ channel = "cdt"
    Mme Leila Haddad, spécialiste de la déontologie et de la discipline, prend votre appel. # speaker: narrator
    Merci. Une simple préoccupation suffit pour faire un signalement. L’évaluer, c’est notre travail, pas le vôtre. # speaker: haddad
    Si vous apprenez autre chose, dites-le-moi. Ne cherchez pas à en savoir plus, ne lui parlez pas, et gardez cela pour vous. # speaker: haddad
+ [Attendre de voir. Ce ne sont peut-être que des ragots de caserne, et la réputation d’un homme est en jeu # evidence: sea.prompt 2]
    Vous décidez d’attendre d’en savoir plus. # speaker: narrator
+ [Surveiller vous-même Dillon pendant quelques jours, pour savoir si c’est vrai # evidence: sea.no-investigation 1 # evidence: sea.prompt 2]
    Vous décidez d’observer où va Dillon, et à quelle heure. # speaker: narrator
+ [Demander dans le cantonnement qui est la fille et qui d’autre est au courant # evidence: sea.no-investigation 1 # evidence: sea.confidentiality 1]
    ~ asked = true
    À minuit, la moitié de la compagnie sait que vous posez des questions sur Dillon et une fille. # speaker: narrator
- -> fence

// ---------------------------------------------------------------------------------------------------------------
=== fence ===
Mardi matin. Vous êtes de corvée au magasin et empilez des cartons près de la clôture arrière. # speaker: narrator
{reported:
    Les mots de Mme Haddad vous reviennent : ne cherchez pas à en savoir plus. # speaker: narrator
}
Par une brèche dans le grillage, vous voyez le caporal Dillon remettre un carton de rations à une fille en uniforme scolaire. # speaker: narrator # person: dillon neutral # person: fatu afraid
Elle a l’air d’avoir seize ans. Il lui glisse quelque chose à l’oreille. # speaker: narrator
Jeudi. Même heure. Le vieux local du groupe électrogène. # speaker: dillon
Elle acquiesce sans le regarder. Dillon ne s’est pas aperçu de votre présence. # speaker: narrator
+ [Rester hors de vue. Une fois qu’ils sont partis, noter la date, l’heure, le lieu, et ce que vous avez vu et entendu. Rien de plus # evidence: sea.no-investigation 3]
    Vous restez immobile derrière les cartons. La fille redescend en hâte le sentier vers Mirambe, et Dillon retourne à l’intérieur. # speaker: narrator # person: fatu gone # person: dillon gone
    Puis vous écrivez quatre lignes dans votre carnet : quand, où, ce que vous avez vu, ce que vous avez entendu. # speaker: narrator
+ [Sortir de votre cachette et interpeller Dillon sur-le-champ # evidence: sea.no-investigation 0 # critical: sea.no-investigation]
    ~ tipped = true
    Vous franchissez la brèche. Qu’est-ce que tu fabriques ? # speaker: narrator # person: dillon angry
    La fille lâche le carton et s’enfuit. # speaker: narrator # person: fatu gone
    Dillon vous fixe longuement. # speaker: narrator
    Mêle-toi de tes affaires. # speaker: dillon
    Il s’éloigne. Maintenant, il sait ce que vous avez vu, et il a deux jours devant lui avant jeudi. # speaker: narrator # person: dillon gone
+ [Les prendre en photo à travers le grillage. Sans preuve, c’est votre parole contre la sienne # evidence: sea.no-investigation 1 # evidence: sea.confidentiality 1]
    ~ photo = true
    Vous levez votre téléphone. Un déclic. # speaker: narrator
    Dillon ne remarque rien. La fille redescend en hâte le sentier vers Mirambe. # speaker: narrator # person: fatu gone # person: dillon gone
    Son visage est désormais dans votre téléphone. # speaker: narrator
+ [Suivre la fille sur le sentier, pour savoir qui elle est et où elle habite # evidence: sea.no-investigation 0 # evidence: sea.child 1]
    Dillon retourne à l’intérieur. Vous vous glissez par la brèche derrière la fille. # speaker: narrator # person: dillon gone
    Elle jette un regard en arrière, voit un soldat derrière elle, et se met à courir. # speaker: narrator # person: fatu afraid
    Vous la perdez de vue entre les maisons de Mirambe. Une enfant a désormais peur d’être suivie jusque chez elle. # speaker: narrator # person: fatu gone
- -> after_fence

// ---------------------------------------------------------------------------------------------------------------
=== after_fence ===
De retour au magasin, vous vous asseyez sur une caisse. Ce que vous avez vu n’est plus une rumeur. # speaker: narrator
{reported:
    L’Équipe Déontologie et discipline a reçu votre signalement hier soir, mais elle ignore ce que vous venez de voir. # speaker: narrator
}
+ {not reported} [Aller tout de suite au bureau de l’Équipe Déontologie et discipline et signaler ce que vous avez vu et entendu # evidence: sea.report 3 # evidence: sea.prompt 3]
    ~ reported = true
    ~ channel = "cdt"
    Mme Leila Haddad, spécialiste de la déontologie et de la discipline, vous écoute et prend des notes. # speaker: narrator # person: haddad calm
    Merci. Revenez demain à neuf heures, et nous reprendrons tout cela en détail. # speaker: haddad
    D’ici là, ne cherchez pas à en savoir plus, ne lui parlez pas, et gardez cela pour vous. # speaker: haddad # person: haddad gone
+ {not reported} [Écrire ce que vous avez vu, sans signer, et le glisser dans la boîte à plaintes verrouillée devant le réfectoire # evidence: sea.report 2 # evidence: sea.prompt 3]
    ~ reported = true
    ~ channel = "anon"
    Vous pliez la feuille en quatre et la glissez dans la fente. Pas de nom, aucun moyen de vous poser la moindre question. # speaker: narrator
+ {not reported} [En parler à Mme Duarte, la Conseillère pour la protection des femmes. Les violences sexuelles, c’est son domaine # evidence: sea.report 1 # evidence: sea.prompt 2]
    ~ reported = true
    ~ channel = "cdt"
    ~ delay = 1
    Mme Duarte vous écoute, puis secoue la tête. # speaker: narrator # person: duarte calm
    Il s’agit d’exploitation sexuelle commise par l’un des nôtres. Cela relève de l’Équipe Déontologie et discipline, pas de moi. # speaker: duarte
    Je leur transmets l’information aujourd’hui. Ils vous appelleront, et c’est à eux que vous auriez dû vous adresser en premier. # speaker: duarte # person: duarte gone
    Dans l’après-midi, l’Équipe Déontologie et discipline vous appelle et vous demande de venir demain à neuf heures. # speaker: narrator
+ {reported} [Appeler immédiatement Mme Haddad et ajouter ce que vous venez de voir # evidence: sea.report 3 # evidence: sea.prompt 3]
    Au bout du fil, vous entendez Mme Haddad écrire pendant que vous parlez. # speaker: narrator
    Cela nous aide. Venez demain à neuf heures. Et merci de n’avoir rien tenté vous-même. # speaker: haddad
+ {reported} [En rester là. L’Équipe Déontologie et discipline a déjà votre signalement # evidence: sea.prompt 1]
    Vous vous dites qu’ils en savent assez. Ils ne savent rien de jeudi. # speaker: narrator
+ [Attendre jeudi, pour voir s’il la retrouve vraiment. Votre signalement n’en sera que plus solide # evidence: sea.prompt 1 # evidence: sea.no-investigation 1]
    Vous décidez d’attendre, et de surveiller le local jeudi. # speaker: narrator
    Jusqu’à jeudi, vous gardez pour vous ce que vous avez vu, et aucune des personnes qui pourraient la protéger n’est au courant. # speaker: narrator
- -> excuses

// ---------------------------------------------------------------------------------------------------------------
=== excuses ===
Mardi après-midi, dans la chambrée. Teo et quelques autres nettoient leur fusil. Kofi est allongé sur sa couchette. # speaker: narrator # person: teo neutral # person: kofi neutral
{tipped:
    Tout le monde a entendu parler de votre altercation avec Dillon près de la clôture. # speaker: narrator # person: teo wary
}
{asked && not tipped:
    Tout le monde sait que vous posiez des questions sur Dillon hier soir. # speaker: narrator # person: teo wary
}
Teo parle sans lever les yeux de son fusil. # speaker: narrator
Elle lui a dit qu’elle avait dix-huit ans. Et personne ne la force. C’est son choix. # speaker: teo
Sa famille est pauvre. Il les aide. Où est le mal ? # speaker: teo
+ [Dire que toute relation sexuelle avec une personne de moins de 18 ans est interdite au personnel de l’ONU, quoi qu’elle dise, et que l’avoir crue plus âgée n’excuse rien. Du sexe contre de la nourriture, c’est de l’exploitation : c’est justement parce qu’elle est pauvre # evidence: sea.recognise 3]
    Teo arrête de nettoyer. # speaker: narrator # person: teo wary
    Il ne force personne, dit-il, mais plus bas, cette fois. # speaker: narrator
    Kofi écoute. # speaker: narrator # person: kofi wary
+ [Approuver. Elle sait ce qu’elle fait, et si elle dit qu’elle a dix-huit ans, il est couvert # evidence: sea.recognise 0 # evidence: sea.child 0]
    Teo acquiesce. Tu vois ? # speaker: narrator # person: teo calm
    Kofi se tourne vers le mur. # speaker: narrator # person: kofi sad
+ [Dire que le vrai problème, ce sont les rations : elles appartiennent à l’ONU, donc c’est du vol # evidence: sea.recognise 1]
    Teo rit. Donc s’il les paie, tout va bien ? # speaker: narrator # person: teo calm
    Vous ne savez pas quoi répondre, parce que le vol n’a jamais été la question. # speaker: narrator
+ [Vous taire. Discuter ne changera rien # evidence: sea.recognise 1 # evidence: sea.integrity 1]
    Votre silence emplit la pièce. Teo y voit un assentiment. # speaker: narrator # person: teo calm
- -> loyalty

// ---------------------------------------------------------------------------------------------------------------
=== loyalty ===
Teo pose son fusil et vous regarde. # speaker: narrator # person: teo angry
Ce que tu as vu ou entendu, tu ne l’as ni vu ni entendu. On ne balance pas un frère. # speaker: teo
Kofi se redresse sur sa couchette. # speaker: narrator # person: kofi wary
Si ça se sait, c’est tout le contingent qui sera déshonoré. Ici et au pays. # speaker: kofi
+ [Dire qu’être loyal, c’est tenir le contingent à ses propres normes : c’est l’exploitation qui le déshonore, pas le signalement. Puis en rester là, sans un mot sur ce que vous avez vu ou fait # evidence: sea.integrity 3 # evidence: sea.confidentiality 3]
    Personne ne répond. Teo reprend son fusil. # speaker: narrator # person: teo wary
    Kofi vous regarde longuement, comme s’il soupesait quelque chose. # speaker: narrator # person: kofi calm
+ [Leur promettre de rester en dehors de tout ça # evidence: sea.integrity 0]
    ~ pledged = true
    Teo vous donne une tape sur l’épaule. Bien. On prend soin des nôtres. # speaker: narrator # person: teo calm
    Kofi ne dit rien. # speaker: narrator # person: kofi sad
+ {not reported} [Leur dire que vous allez signaler Dillon, et qu’ils ont intérêt à ne pas le prévenir # evidence: sea.confidentiality 0 # evidence: sea.integrity 2 # critical: sea.confidentiality]
    ~ tipped = true
    Le silence se fait dans la pièce. # speaker: narrator # person: teo angry
    Dans l’heure, quelqu’un l’a prévenu malgré tout. # speaker: narrator
+ {reported} [Leur dire que vous avez déjà signalé Dillon, alors autant arrêter de le couvrir # evidence: sea.confidentiality 0 # evidence: sea.integrity 2 # critical: sea.confidentiality]
    ~ tipped = true
    Le silence se fait dans la pièce. # speaker: narrator # person: teo angry
    Dans l’heure, Dillon est au courant. # speaker: narrator
+ [Ne rien dire et quitter la pièce # evidence: sea.integrity 1]
    Vous sortez. Derrière vous, Teo éclate de rire. # speaker: narrator # person: teo calm # person: kofi sad
- -> ruiz

// ---------------------------------------------------------------------------------------------------------------
=== ruiz ===
Mardi soir. Le sergent-major Tomas Ruiz vous fait venir dans son bureau. Il vous connaît depuis des années. Il vous sert du thé. # speaker: narrator # person: teo gone # person: kofi gone # person: ruiz calm
Il paraît qu’on parle de Dillon et d’une fille du coin. # speaker: ruiz
{pledged:
    Les gars disent que tu as promis de ne pas t’en mêler. C’est bien. # speaker: ruiz
}
~ pledged = false
Laisse-moi ça. Je vais lui dire deux mots, le mettre de nuit, et on n’en parle plus. # speaker: ruiz
Pas de paperasse, pas de gens de la Déontologie, pas de honte pour le contingent. Et pense un peu à ta carrière. # speaker: ruiz
+ {not reported} [Accepter. Il est votre supérieur, il connaît Dillon, et l’unité peut régler ça dès ce soir # evidence: sea.report 0 # critical: sea.report]
    ~ inhouse = true
    ~ tipped = true
    Ruiz sourit. Bien. On règle nos problèmes entre nous. # speaker: narrator # person: ruiz calm
    Le soir même, il dit deux mots à Dillon. # speaker: narrator
+ {reported} [Accepter de dire à l’Équipe Déontologie et discipline que c’était une erreur, et lui laisser l’affaire # evidence: sea.report 0 # critical: sea.report]
    ~ reported = false
    ~ inhouse = true
    ~ tipped = true
    Ruiz sourit. Bien. On règle nos problèmes entre nous. # speaker: narrator # person: ruiz calm
    Vous appelez Mme Haddad pour lui dire que c’était une erreur. Le soir même, Ruiz dit deux mots à Dillon. # speaker: narrator
+ {not reported} [Le remercier, mais dire que l’exploitation sexuelle doit être signalée à l’Équipe Déontologie et discipline. Lui demander de ne pas parler à Dillon, et vous rendre ce soir au bureau de l’équipe # evidence: sea.report 3 # evidence: sea.prompt 2]
    ~ reported = true
    ~ channel = "cdt"
    ~ delay = 1
    Le sourire de Ruiz s’efface. C’est ton choix, dit-il. # speaker: narrator # person: ruiz wary
    Mme Haddad, la spécialiste de la déontologie et de la discipline de permanence, enregistre votre signalement et vous demande de revenir demain à neuf heures. # speaker: narrator
+ {reported} [Le remercier, mais dire que l’exploitation sexuelle relève de l’Équipe Déontologie et discipline, pas de l’unité. Lui demander de ne pas parler à Dillon, et ne rien dire de plus # evidence: sea.report 3 # evidence: sea.no-investigation 3]
    Le sourire de Ruiz s’efface. Il vous dévisage. # speaker: narrator # person: ruiz wary
    C’est ton choix, dit-il. # speaker: narrator
+ {reported} [Lui dire que vous avez déjà fait un signalement à l’Équipe Déontologie et discipline, avec tout ce que vous avez vu # evidence: sea.confidentiality 1]
    Le visage de Ruiz se ferme. Il n’avait pas besoin de savoir ce que vous avez vu, et maintenant il le sait. # speaker: narrator # person: ruiz angry
    Tu l’auras voulu, dit-il. # speaker: narrator
+ {not reported} [Dire que vous allez y réfléchir # evidence: sea.prompt 1]
    Ne réfléchis pas trop longtemps, dit Ruiz. # speaker: narrator # person: ruiz calm
- -> dillon

// ---------------------------------------------------------------------------------------------------------------
=== dillon ===
Tard dans la nuit, alors que vous revenez des douches, le caporal Dillon surgit de l’ombre du parc à véhicules. # speaker: narrator # person: ruiz gone # person: dillon angry
{
- inhouse:
    Le sergent-major m’a dit deux mots. Merci pour rien. # speaker: dillon
- tipped:
    Tu parles trop, toi. # speaker: dillon
- asked:
    Il paraît que tu poses des questions sur moi. # speaker: dillon
- else:
    T’étais de corvée au magasin ce matin. Près de la clôture arrière. # speaker: dillon
}
~ asked = false
Elle m’a dit qu’elle avait dix-huit ans. C’est ma copine. J’aide sa famille. # speaker: dillon
Tu briserais la vie d’un homme pour quelques rations ? # speaker: dillon
+ [Dire que vous n’en discuterez pas avec lui, et partir # evidence: sea.no-investigation 3]
    Il vous lance quelque chose. Vous continuez votre chemin. # speaker: narrator # person: dillon gone
    {reported:
        Le lendemain matin, vous informez Mme Haddad qu’il est venu vous trouver. # speaker: narrator
    }
+ [Lui dire qu’il est fini : vous avez tout vu, elle a seize ans, et vous {reported:avez déjà fait|allez faire} un signalement contre lui # evidence: sea.no-investigation 0 # critical: sea.no-investigation]
    ~ tipped = true
    Son visage change. Il sait maintenant exactement ce que vous avez vu et ce que vous allez faire. # speaker: narrator # person: dillon afraid
    Il tourne les talons et s’en va, vite. # speaker: narrator # person: dillon gone
+ [L’avertir discrètement de ne plus s’approcher d’elle désormais. Ça pourrait tout arrêter dès ce soir # evidence: sea.no-investigation 0 # critical: sea.no-investigation]
    ~ tipped = true
    Il vous fixe, puis hoche lentement la tête. # speaker: narrator # person: dillon wary
    Vous lui avez fait savoir qu’il est surveillé. Ce qu’il en fera, vous ne pouvez pas le savoir. # speaker: narrator # person: dillon gone
+ [Lui dire que ce qu’il fait en dehors du service ne regarde que lui # evidence: sea.recognise 0 # evidence: sea.integrity 0]
    Il sourit et vous donne une tape sur le bras. # speaker: narrator # person: dillon calm
    À jeudi, alors. # speaker: dillon # person: dillon gone
- -> wednesday

// ---------------------------------------------------------------------------------------------------------------
=== wednesday ===
{
- reported && channel == "cdt":
    -> interview
- reported:
    -> unsigned
- else:
    -> thursday
}

=== interview ===
Mercredi, neuf heures. Mme Haddad ferme la porte du bureau de l’Équipe Déontologie et discipline. # speaker: narrator # person: haddad calm
Dites-moi ce que vous savez. Ce que vous avez vu vous-même, et ce que d’autres vous ont dit. # speaker: haddad
+ [Lui dire exactement ce que vous avez vu et entendu, quand et où, en précisant clairement ce qui n’est que bruit de caserne et qui l’a dit # evidence: sea.report 3]
    Elle écrit sans s’interrompre et ne demande que ce dont elle a besoin : heures, lieux, noms des témoins. # speaker: narrator # person: haddad calm
+ [Présenter comme des faits ce qui se dit dans la chambrée, pour qu’on vous prenne au sérieux # evidence: sea.report 1]
    Elle s’arrête d’écrire. Vous l’avez vu vous-même ? # speaker: narrator # person: haddad wary
    Vous devez admettre que non. Maintenant, elle doit vérifier deux fois tout ce que vous avez dit. # speaker: narrator
+ [Taire qui a dit quoi dans la chambrée. Vous ne voulez pas attirer d’ennuis à vos camarades # evidence: sea.report 2 # evidence: sea.integrity 1]
    Elle note ce que vous avez vu. Les témoins qui pourraient le confirmer restent anonymes. # speaker: narrator # person: haddad neutral
+ {photo} [Lui parler de la photo, et proposer de la montrer dans la compagnie pour que quelqu’un identifie la fille # evidence: sea.confidentiality 0]
    ~ leaked = true
    Mme Haddad pose son stylo. # speaker: narrator # person: haddad angry
    Certainement pas. C’est une enfant. L’identifier n’est pas votre rôle, et faire circuler sa photo l’expose. # speaker: haddad
- Mme Haddad lève les yeux de ses notes. # speaker: narrator # person: haddad calm
{photo:
    Envoyez-moi cette photo par le canal sécurisé, puis effacez-la de votre téléphone. Ne la montrez à personne. # speaker: haddad
}
~ photo = false
Merci. À partir de maintenant, c’est notre affaire et celle des enquêteurs. # speaker: haddad
Ne cherchez pas à en savoir plus, ne lui en parlez pas, et gardez cela pour vous. # speaker: haddad
Si quelqu’un vous menace ou vous sanctionne pour ce signalement, venez me voir immédiatement. # speaker: haddad
~ channel = ""
-> gate

=== unsigned ===
Mercredi. Personne ne vous appelle. Derrière une note non signée, il n’y a personne à rappeler. # speaker: narrator
+ [Vous rendre au bureau de l’Équipe Déontologie et discipline et signer votre signalement, pour qu’on puisse vous interroger sur ce que vous avez vu # evidence: sea.report 3]
    Mme Haddad vous remercie et reprend tout avec vous, point par point. # speaker: narrator # person: haddad calm
    Ne cherchez pas à en savoir plus, ne lui en parlez pas, et gardez cela pour vous. # speaker: haddad
    Si quelqu’un vous menace ou vous sanctionne pour ce signalement, venez me voir immédiatement. # speaker: haddad # person: haddad gone
+ [Rester anonyme. Ils ont les faits # evidence: sea.report 2]
    La note est dans la boîte. Est-ce suffisant ? Impossible de le savoir. # speaker: narrator
- Le mercredi s’achève. # speaker: narrator
{photo:
    La photo est toujours dans votre téléphone. Vous l’effacez. # speaker: narrator
}
~ photo = false
~ channel = ""
-> gate

=== thursday ===
Le mercredi passe. # speaker: narrator
{photo:
    La photo de la fille est toujours dans votre téléphone. Vous l’effacez. Elle ne prouve rien qu’il vous revenait de prouver. # speaker: narrator
}
~ photo = false
Jeudi après-midi, depuis le mirador, vous voyez Dillon se diriger vers le vieux local du groupe électrogène, un carton sous le bras. # speaker: narrator # person: dillon neutral
{inhouse:
    Voilà ce qu’ont donné les deux mots du sergent-major. # speaker: narrator
}
À la brèche du grillage, la fille en uniforme scolaire attend. # speaker: narrator # person: fatu afraid
+ [Aller tout de suite au bureau de l’Équipe Déontologie et discipline et signaler ce que vous venez de voir # evidence: sea.report 3 # evidence: sea.prompt 0]
    ~ reported = true
    ~ delay = 2
    Mme Haddad enregistre votre signalement. # speaker: narrator # person: dillon gone # person: fatu gone # person: haddad calm
    Merci. Ne vous approchez pas de lui. C’est à nous de nous en occuper, maintenant. # speaker: haddad
    Pourquoi avoir attendu jusqu’à aujourd’hui ? # speaker: haddad # person: haddad wary
    Vous n’avez pas de bonne réponse. Quand vous regardez à nouveau, le sentier près du local est vide. # speaker: narrator # person: haddad gone
+ [Descendre en courant et l’arrêter vous-même # evidence: sea.no-investigation 0 # critical: sea.no-investigation]
    ~ tipped = true
    Vous dévalez la colline en criant son nom. # speaker: narrator # person: dillon angry
    La fille s’enfuit. Dillon s’éloigne, lentement, et se retourne une fois vers vous. # speaker: narrator # person: fatu gone # person: dillon gone
+ [Appeler le sergent-major à la radio. Il a dit qu’il s’en occuperait # evidence: sea.report 1 # evidence: sea.prompt 0]
    {inhouse:
        C’est réglé, dit Ruiz. Laisse tomber. # speaker: narrator
    - else:
        Je t’ai dit de me laisser ça, dit Ruiz. Laisse tomber. # speaker: narrator
    }
    Quand vous regardez à nouveau, le sentier près du local est vide. # speaker: narrator # person: dillon gone # person: fatu gone
+ [Détourner le regard. Ce ne sont pas vos affaires # evidence: sea.report 0 # critical: sea.report]
    Vous tournez le dos au local. # speaker: narrator # person: dillon gone # person: fatu gone
- -> gate

// ---------------------------------------------------------------------------------------------------------------
=== gate ===
{
- tipped:
    Kofi vous apprend que Dillon est descendu à Mirambe mercredi soir. Personne ne sait qui il y a vu. # speaker: narrator
- reported && delay < 2:
    Jeudi, Dillon ne s’est pas approché de la clôture arrière. Vous ne savez pas pourquoi, et ce n’est pas à vous de le savoir. # speaker: narrator
}
Vendredi matin. Vous êtes de garde à l’entrée principale avec Teo. # speaker: narrator # person: haddad gone # person: teo neutral
Une femme au foulard vert se dispute avec lui à l’entrée piétonne. Une file de journaliers observe la scène. # speaker: narrator # person: adama angry
Un soldat de ce camp a eu des relations avec ma fille. Elle a seize ans. Je veux voir votre chef. # speaker: adama
Rentrez chez vous, maman. Ce n’est pas ici qu’on dépose les plaintes. # speaker: teo
+ [Intervenir. La saluer avec respect, l’emmener à l’abri des visiteurs, à l’écart de la file, et faire appeler Mariam, l’assistante linguistique # evidence: sea.victim-assistance 3 # evidence: sea.confidentiality 3]
    ~ mariam = true
    Teo reste à l’entrée. Dans l’abri, vous lui proposez une chaise et de l’eau. # speaker: narrator # person: teo gone # person: adama wary
    Mariam arrive quelques minutes plus tard et la salue dans sa langue. # speaker: narrator # person: mariam calm
    Elle s’appelle Adama. Elle s’assied, mais garde son sac sur les genoux. # speaker: narrator
+ [Lui parler sur place, à l’entrée. Vous la comprenez assez bien # evidence: sea.victim-assistance 2 # evidence: sea.confidentiality 1]
    ~ leaked = true
    Elle s’appelle Adama. Elle parle fort, pour couvrir le bruit de la circulation. # speaker: narrator # person: adama wary
    Les journaliers de la file entendent chaque mot. # speaker: narrator
+ [Lui dire que c’est le sergent-major qui s’occupe de ce genre d’affaires, et appeler Ruiz à l’entrée # evidence: sea.victim-assistance 1 # evidence: sea.report 1]
    Ruiz arrive, lui tapote le bras, lui dit qu’on va examiner l’affaire, et retourne à l’intérieur. # speaker: narrator # person: ruiz calm
    Elle ne bouge pas. Elle s’appelle Adama, et elle attend toujours que quelqu’un l’écoute. # speaker: narrator # person: ruiz gone # person: adama angry
+ [Soutenir Teo. La base ne reçoit pas les plaintes : elle doit s’adresser à la police de la ville # evidence: sea.victim-assistance 0 # evidence: sea.report 1]
    Elle ne bouge pas. # speaker: narrator # person: adama angry
    Je suis allée à la police. Ils ont ri. Je resterai ici jusqu’à ce que quelqu’un m’écoute. # speaker: adama
    Elle s’appelle Adama. Finalement, c’est vous qui êtes encore là, face à elle. # speaker: narrator
- -> gate_questions

=== gate_questions ===
{mariam:
    Adama parle, et Mariam traduit à voix basse. # speaker: narrator
}
Ma fille s’appelle Fatu. Il lui a donné de la nourriture. Maintenant, elle ne va plus à l’école. Elle ne mange plus. Elle pleure la nuit. # speaker: adama # person: adama sad
{tipped:
    Et mercredi soir, un soldat est venu chez nous. Il a dit à Fatu de se taire, sinon il n’y aurait plus de nourriture. # speaker: adama # person: adama afraid
}
Est-ce qu’il sera puni ? Est-ce qu’ils vont le renvoyer ? Est-ce qu’ils vont nous dédommager ? # speaker: adama # person: adama angry
+ [Lui dire honnêtement que vous ne pouvez pas promettre ce qui lui arrivera : l’Équipe Déontologie et discipline reçoit les plaintes comme la sienne, et ce sont les enquêteurs de son pays qui décident. L’aide pour sa fille, elle, n’a pas à attendre # evidence: sea.victim-assistance 3]
    Elle vous regarde longuement. # speaker: narrator # person: adama sad
    Au moins, vous ne me mentez pas. # speaker: adama # person: adama calm
+ [Lui promettre qu’il ira en prison et sera renvoyé chez lui. Elle a besoin d’entendre que quelqu’un va agir # evidence: sea.victim-assistance 1]
    ~ promised = true
    Elle vous serre la main. Vous me le promettez ? # speaker: narrator # person: adama hopeful
    Vous avez promis une chose qu’il ne vous appartient pas de donner. # speaker: narrator
+ [Lui donner un carton de rations du magasin, pour aider la famille en attendant # evidence: sea.victim-assistance 0]
    Elle regarde le carton, puis vous. # speaker: narrator # person: adama angry
    C’est comme ça que tout a commencé. # speaker: adama
+ [Lui dire qu’une fille qui accepte de la nourriture de soldats sait ce qu’elle fait # evidence: sea.victim-assistance 0 # evidence: sea.child 0]
    Adama se lève. # speaker: narrator # person: adama angry
    C’est une enfant. Les adultes, c’est vous. # speaker: adama
- -> gate_help

=== gate_help ===
Et Fatu ? Qui aide Fatu ? # speaker: adama # person: adama sad
+ {reported} [Lui dire que l’aide pour Fatu et sa famille (soins médicaux, soutien psychologique, autres formes de soutien) n’attend aucune enquête. Lui demander si la famille souhaite que vous la mettiez en contact avec la personne chargée des droits des victimes, et de quelle manière # evidence: sea.victim-assistance 3]
    ~ family = 2
    Adama réfléchit. # speaker: narrator # person: adama wary
    Oui. Mais seulement moi, à l’église, pas chez nous. C’est Fatu qui décide si elle parle à quelqu’un. # speaker: adama # person: adama hopeful
    Vous transmettez exactement cela, et rien de plus, à la personne chargée des droits des victimes de l’Équipe Déontologie et discipline. # speaker: narrator
+ {not reported} [Lui dire que l’aide pour Fatu et sa famille n’attend aucune enquête, et lui demander si la famille souhaite être mise en contact avec la personne chargée des droits des victimes. Puis signaler vous-même, aujourd’hui, ce que vous avez vu à l’Équipe Déontologie et discipline # evidence: sea.victim-assistance 3 # evidence: sea.report 3]
    ~ family = 2
    ~ reported = true
    ~ delay = 2
    Adama réfléchit. # speaker: narrator # person: adama wary
    Oui. Mais seulement moi, à l’église, pas chez nous. C’est Fatu qui décide si elle parle à quelqu’un. # speaker: adama # person: adama hopeful
    Dans l’après-midi, vous vous rendez au bureau de l’Équipe Déontologie et discipline, signalez ce que vous avez vu mardi, et transmettez les souhaits d’Adama, rien de plus. # speaker: narrator
+ [Lui remettre une carte avec le numéro de la ligne directe de l’Équipe Déontologie et discipline, et lui souhaiter bon courage # evidence: sea.victim-assistance 2]
    ~ family = 1
    Elle tourne et retourne la carte entre ses doigts. Elle ne parvient pas à lire les petits caractères. # speaker: narrator # person: adama wary
+ [Demander par radio à l’Équipe Déontologie et discipline de venir tout de suite à l’entrée recueillir sa déposition, pour que rien ne se perde # evidence: sea.victim-assistance 1]
    ~ family = 1
    En entendant la radio, elle se raidit. # speaker: narrator # person: adama afraid
    Je n’ai pas dit que je voulais faire une déposition. J’ai demandé qui aide ma fille. # speaker: adama
+ [Lui dire que vous allez vous renseigner vous-même, et que vous reviendrez vers elle avec ce que vous aurez appris # evidence: sea.victim-assistance 0 # evidence: sea.no-investigation 1]
    Elle attend une date, un nom, n’importe quoi. Vous n’avez rien à lui donner. # speaker: narrator # person: adama sad
- -> gate_child

=== gate_child ===
Fatu est dehors, au bord de la route. Elle n’a pas voulu entrer. # speaker: adama
De l’autre côté de la route, la fille de la clôture se tient sous un arbre, les bras serrés contre elle. # speaker: narrator # person: fatu afraid
{mariam:
    Teo a quitté l’entrée pour vous rejoindre. # speaker: narrator
}
Teo se penche vers vous. # speaker: narrator # person: teo wary
Fais entrer la fille et interroge-la toi-même. Comme ça, tu sauras si c’est vrai. # speaker: teo
+ [Ne pas interroger Fatu. Dire à Adama que des personnes formées n’écouteront Fatu que si elle et sa mère le souhaitent, en présence d’une femme, et lui demander de dire à Fatu que rien de tout cela n’est sa faute # evidence: sea.child 3]
    Adama acquiesce. # speaker: narrator # person: adama calm
    Je le lui dirai. Elle croit que c’est sa faute. # speaker: adama # person: adama sad
+ [Sortir et demander vous-même à Fatu ce qui s’est passé avec Dillon. L’Équipe Déontologie et discipline devra de toute façon l’entendre # evidence: sea.child 0 # evidence: sea.no-investigation 0]
    Vous traversez la route. Fatu voit un soldat approcher et se plaque contre l’arbre. # speaker: narrator # person: fatu afraid
    Elle ne dit pas un mot. Sa mère vient la chercher et l’emmène. # speaker: narrator # person: adama angry
+ [Demander à voir la carte scolaire de Fatu, pour vérifier qu’elle a vraiment moins de 18 ans # evidence: sea.child 1]
    Adama vous dévisage. # speaker: narrator # person: adama angry
    Vous croyez que je mens sur l’âge de ma propre fille ? # speaker: adama
+ [Demander à Adama de tenir Fatu éloignée de la base désormais, pour lui éviter les ennuis # evidence: sea.child 1]
    Adama pince les lèvres. # speaker: narrator # person: adama angry
    Ce n’est pas elle qui posait problème. # speaker: adama
- Adama prend la main de sa fille, et elles redescendent la route vers Mirambe. # speaker: narrator # person: adama gone # person: fatu gone # person: mariam gone # person: teo gone
~ mariam = false
-> section

// ---------------------------------------------------------------------------------------------------------------
=== section ===
Vendredi soir. Le capitaine Rahman, votre commandant de compagnie, vous arrête devant la salle des opérations. # speaker: narrator # person: rahman neutral
Toute la section ne parle que de Dillon et d’une fille du coin. Réunissez-les et faites cesser ça. # speaker: rahman
+ [Réunir la section. Pas de noms, pas de détails : les commérages sur qui que ce soit s’arrêtent maintenant, et quiconque a un doute sur la conduite de quelqu’un s’adresse à l’Équipe Déontologie et discipline # evidence: sea.confidentiality 3 # evidence: sea.integrity 3]
    La section écoute en silence. Personne ne vous demande ce que vous savez, et vous ne le dites pas. # speaker: narrator # person: rahman calm
+ [Leur dire franchement ce que vous savez, y compris le nom de la fille. La vérité fera taire les rumeurs plus vite que le silence # evidence: sea.confidentiality 0 # critical: sea.confidentiality]
    ~ exposed = true
    Les rumeurs les plus folles cessent. Il n’en reste qu’une, avec le nom de Fatu dedans. # speaker: narrator # person: rahman angry
    Le lendemain matin, les chauffeurs et les cuisiniers originaires de Mirambe l’ont entendue eux aussi. # speaker: narrator
+ [Publier dans le groupe de discussion de la section : « Arrêtez de colporter des histoires sur Dillon et la collégienne de Mirambe » # evidence: sea.confidentiality 1]
    ~ leaked = true
    Douze personnes le lisent dans la minute. Deux le transfèrent. # speaker: narrator # person: rahman wary
+ [Dire au capitaine que ce n’est pas votre rôle, et en rester là # evidence: sea.confidentiality 2]
    Il fronce les sourcils. Les bavardages continuent, mais pas de votre fait. # speaker: narrator # person: rahman wary
- -> next_week

// ---------------------------------------------------------------------------------------------------------------
=== next_week ===
{reported:
    Lundi. Quelqu’un a griffonné BALANCE en travers de la porte de votre casier. # speaker: narrator # person: rahman gone # person: teo angry
    Le sergent-major Ruiz vous a mis de garde de nuit pour les trois prochaines semaines. # speaker: narrator
    Alors, ça en valait la peine ? lance Teo en passant. # speaker: narrator
- else:
    Lundi. Kofi vous trouve derrière le magasin. Il a l’air de ne pas avoir dormi. # speaker: narrator # person: rahman gone # person: kofi sad
    Je ne peux pas garder ça pour moi. Je vais voir les gens de la Déontologie. Tu viens avec moi leur dire ce que tu as vu ? # speaker: kofi
}
+ {reported} [Dire à Mme Haddad, de l’Équipe Déontologie et discipline, que cela ressemble à des représailles à la suite de votre signalement # evidence: sea.integrity 3]
    Mme Haddad note tout. # speaker: narrator # person: teo gone # person: haddad calm
    Merci de me l’avoir dit. Personne ne doit être sanctionné pour avoir fait un signalement de bonne foi. Nous prenons le relais. # speaker: haddad
    Deux jours plus tard, le tableau des gardes de nuit est modifié. # speaker: narrator # person: haddad gone
+ {reported} [Demander à Mme Haddad de retirer votre signalement, pour que les choses se calment # evidence: sea.integrity 0 # evidence: sea.report 1]
    Mme Haddad vous écoute jusqu’au bout. # speaker: narrator # person: teo gone # person: haddad wary
    Je comprends. Mais il ne vous appartient pas de retirer ce signalement, et ce que vous avez vu reste vrai. Dites-moi qui vous fait ça. # speaker: haddad
    Vous ne dites rien. Celui qui a écrit sur votre casier a appris que ça marche. # speaker: narrator # person: haddad gone
+ {reported} [Trouver qui l’a écrit, et avoir une explication avec lui # evidence: sea.integrity 1]
    Vous coincez Teo aux sanitaires. Le ton monte, et toute la compagnie entend vos cris. # speaker: narrator # person: teo angry
    Maintenant, c’est de votre comportement que l’on parle. # speaker: narrator # person: teo gone
+ {reported} [Faire profil bas et encaisser # evidence: sea.integrity 1]
    Vous repeignez par-dessus le mot et assurez les gardes de nuit. Personne ne vous dit que rien ne vous y obligeait. # speaker: narrator # person: teo gone
+ {not reported} [L’accompagner, et dire à l’Équipe Déontologie et discipline ce que vous avez vu # evidence: sea.report 3 # evidence: sea.integrity 3]
    ~ reported = true
    ~ delay = 2
    Mme Haddad vous écoute tous les deux. # speaker: narrator # person: haddad calm
    Pourquoi avoir attendu une semaine ? # speaker: haddad # person: haddad wary
    Vous n’avez pas de bonne réponse. # speaker: narrator # person: kofi gone # person: haddad gone
+ {not reported} [L’en dissuader : ce qui est fait est fait, et ça ne fera qu’attirer des ennuis # evidence: sea.report 0 # evidence: sea.integrity 0 # critical: sea.report]
    Kofi vous regarde longuement. Puis il hoche la tête, et s’en va. # speaker: narrator # person: kofi gone
+ {not reported} [Lui dire de faire ce qu’il estime juste, mais de vous laisser en dehors de ça # evidence: sea.report 0 # critical: sea.report]
    Kofi y va seul. Il dit à l’Équipe Déontologie et discipline ce qu’il a entendu. Ce que vous avez vu, vous le gardez pour vous. # speaker: narrator # person: kofi gone
- -> aftermath

// ---------------------------------------------------------------------------------------------------------------
=== aftermath ===
{promised:
    Les semaines passent. Ce qui arrivera à Dillon ne dépend pas de vous, et Adama se souvient de qui lui avait promis le contraire. # speaker: narrator
}
{leaked && not exposed:
    Les allusions circulent. Au marché de Mirambe, les gens commencent à se demander à quelle famille appartient la fille dont parlent les soldats. # speaker: narrator
}
{
- exposed:
    -> identity_exposed
- not reported:
    -> covered_up
- tipped:
    -> compromised
- delay >= 2:
    -> reported_late
- family == 0:
    -> left_alone
- else:
    -> reported_right
}

=== reported_right ===
Votre signalement est parvenu à l’Équipe Déontologie et discipline {delay == 0:sans délai|dans la journée}, par le canal prévu à cet effet. # speaker: narrator
{leaked:
    Dillon n’a rien appris de vous, même si des allusions à Fatu ont circulé plus loin qu’elles n’auraient dû. # speaker: narrator
- else:
    Dillon n’a rien appris de vous. Le nom de Fatu n’est pas allé plus loin que les personnes qui ont besoin de le connaître. # speaker: narrator
}
{family == 2:
    Adama sait quelle aide existe pour sa fille, et la personne chargée des droits des victimes de l’Équipe Déontologie et discipline la rencontrera à l’église, comme elle l’a demandé. # speaker: narrator
- else:
    Adama a le numéro de l’Équipe Déontologie et discipline. C’est à elle de décider si elle l’utilise, et quand. # speaker: narrator
}
Vous ne saurez peut-être jamais comment l’affaire se termine. Ce n’est pas un échec : c’est ainsi que les choses doivent se passer. # speaker: narrator # ending: reported-right
-> END

=== left_alone ===
Votre signalement est parvenu à l’Équipe Déontologie et discipline, et Dillon n’a rien appris de vous. # speaker: narrator
Mais Adama est repartie de l’entrée les mains vides : pas de nom, pas de numéro, aucune idée de l’aide qui existe pour sa fille. # speaker: narrator
L’aide pour Fatu n’avait pas à attendre une enquête. Elle attend pourtant. # speaker: narrator # ending: left-alone
-> END

=== reported_late ===
Votre signalement a fini par parvenir à l’Équipe Déontologie et discipline. # speaker: narrator
Mais il est arrivé après jeudi. Tout ce qui s’est passé cet après-midi-là au local du groupe électrogène, un signalement le mardi aurait pu l’empêcher. # speaker: narrator
Vous n’aviez pas besoin de certitude. Une préoccupation suffisait, et le devoir était de la signaler sans délai. # speaker: narrator # ending: reported-late
-> END

=== compromised ===
Dillon a su qu’on l’avait vu avant qu’aucun enquêteur ne le sache. # speaker: narrator
{inhouse:
    Les deux mots du sergent-major lui ont appris exactement qui avait vu quoi. # speaker: narrator
}
Quand les enquêteurs arrivent à Mirambe, Fatu ne dit rien. Un soldat lui a dit de se taire, et elle l’a cru. # speaker: narrator
L’affaire ne sera peut-être jamais prouvée. Prévenir un suspect, c’est lui laisser du temps et mettre l’enfant en danger. C’est une erreur critique, quoi que vous ayez bien fait par ailleurs. # speaker: narrator # ending: compromised
-> END

=== covered_up ===
{inhouse:
    Le sergent-major a réglé ça en interne. Dillon est de nuit désormais, et c’est la nuit que la clôture arrière est la plus sombre. # speaker: narrator
- else:
    Rien n’est parvenu de votre part à l’Équipe Déontologie et discipline. # speaker: narrator
}
{family > 0:
    Si Adama utilise le numéro que vous lui avez donné, l’Équipe Déontologie et discipline l’apprendra par elle. Pas par vous, qui avez tout vu. # speaker: narrator
}
Une enfant a été exploitée par l’un des vôtres, et vous le saviez. Ne pas signaler l’exploitation et les atteintes sexuelles peut constituer en soi un manquement. C’est une erreur critique, quoi que vous ayez bien fait par ailleurs. # speaker: narrator # ending: covered-up
-> END

=== identity_exposed ===
Au jour de marché suivant, tout Mirambe connaît le nom de Fatu et ce que l’on dit d’elle. # speaker: narrator
Elle cesse d’aller à l’école. Les voisins ne saluent plus sa mère. # speaker: narrator
L’identité d’une enfant lui appartient, à elle et à sa famille : ce n’était pas à vous d’en disposer. La divulguer est une erreur critique, quoi que vous ayez bien fait par ailleurs. # speaker: narrator # ending: identity-exposed
-> END
