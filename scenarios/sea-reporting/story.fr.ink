// SEA reporting.
// Setting: the MINUKA base above Mirambe, northern Kavara (the fictional country and mission of survivor-contact).
// A corporal of the trainee's own contingent trades rations for sex with a 16-year-old girl from Mirambe.
// This is sexual exploitation and abuse (SEA) by UN personnel, not conflict-related sexual violence by others: the
// trainee has a duty to report it through the Conduct and Discipline Team (CDT), and does not investigate. The
// victim-centred approach governs how the girl and her mother are treated: informed, consulted, never exposed.
// Acting at once to stop harm that is about to happen to a child (calling the duty officer and the military police)
// is not investigating: it is the duty of care towards women and children, and it comes with a report.
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
VAR stopped = false      // on Thursday the trainee had the military police stop Dillon at the shed, before the meeting

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
+ [En rire. Ici, la loi dit quinze ans, et il n’est qu’un invité dans leur pays # evidence: sea.recognise 0]
    Teo sourit. Kofi baisse les yeux sur son assiette. # speaker: narrator # person: teo calm # person: kofi sad
    Personne à table ne le dit : pour qui sert l’ONU, la loi locale n’a jamais été la mesure. # speaker: narrator
+ [Dire que c’est une zone grise : c’est leur pays, leur loi et leurs coutumes, pas les nôtres # evidence: sea.recognise 1]
    Exactement, dit Teo. Pas notre pays, pas nos règles. # speaker: narrator # person: teo calm
    Kofi fronce les sourcils, mais ne dit rien. # speaker: narrator # person: kofi wary
+ [Dire que pour l’ONU, c’est 18 ans, pas la loi locale, et jamais de sexe contre de la nourriture # evidence: sea.recognise 3]
    Teo hausse les sourcils. # speaker: narrator # person: teo wary
    Depuis quand ? # speaker: teo
    Pour toute personne au service de l’ONU, lui répondez-vous, moins de 18 ans, c’est un enfant, quel que soit l’âge de la majorité sexuelle dans le pays. # speaker: narrator
    Kofi hoche lentement la tête. # speaker: narrator # person: kofi calm
+ [Lui dire que c’est mal, quoi que dise la loi, et que vous ne voulez plus de blagues là-dessus # evidence: sea.recognise 2]
    Teo lève les mains. D’accord. Mais qu’est-ce qui ne va pas, au juste, si c’est légal ? # speaker: narrator # person: teo calm
    Vous ne savez pas trop quoi répondre. Kofi vous regarde, il attend la raison. # speaker: narrator # person: kofi wary
- -> first_move

// ---------------------------------------------------------------------------------------------------------------
=== first_move ===
Plus tard, de retour dans votre chambre, vous repensez à ce qu’a dit Kofi. # speaker: narrator # person: kofi gone # person: teo gone
Un caporal de votre propre contingent. Une fille de seize ans. Des rations contre du sexe. C’est peut-être vrai. Ce ne sont peut-être que des ragots. # speaker: narrator
+ [Attendre d’avoir une certitude. Ce ne sont peut-être que des ragots, et la carrière d’un homme est en jeu # evidence: sea.prompt 1]
    Vous décidez d’attendre d’en savoir plus. # speaker: narrator
    Si c’est vrai, cela continue pendant que vous attendez. # speaker: narrator
+ [Surveiller vous-même Dillon pendant quelques jours, pour voir s’il y a quelque chose de vrai # evidence: sea.no-investigation 1 # evidence: sea.prompt 1]
    Vous décidez d’observer où va Dillon, et à quelle heure. # speaker: narrator
    Si c’est vrai, cela continue pendant que vous observez. # speaker: narrator
+ [Toucher d’abord un mot à Dillon. Si ce ne sont que des ragots, il mérite de l’apprendre d’un camarade # evidence: sea.no-investigation 0 # critical: sea.no-investigation]
    ~ tipped = true
    Vous trouvez Dillon au parc à véhicules et lui répétez ce qui se dit. # speaker: narrator # person: dillon wary
    Il rit. Des ragots, mon vieux. Mais son regard file vers la clôture arrière. # speaker: narrator
    Maintenant, il sait qu’on parle, et que vous écoutez. # speaker: narrator # person: dillon gone
+ [Appeler ce soir la ligne Déontologie et discipline, et signaler ce que vous avez entendu, et de qui # evidence: sea.report 3 # evidence: sea.prompt 3]
    ~ reported = true
    ~ channel = "cdt"
    Mme Leila Haddad, spécialiste de la déontologie et de la discipline, prend votre appel. Vous lui dites que vous n’avez rien vu vous-même. # speaker: narrator
    Merci. Une simple préoccupation suffit pour faire un signalement. L’évaluer, c’est notre travail, pas le vôtre. # speaker: haddad
    Si vous apprenez autre chose, dites-le-moi. Ne cherchez pas à en savoir plus, ne lui parlez pas, et gardez cela pour vous. # speaker: haddad
+ [Demander discrètement dans le cantonnement qui est la fille et qui d’autre est au courant # evidence: sea.no-investigation 1 # evidence: sea.confidentiality 1]
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
{tipped:
    Votre petit mot d’hier soir n’a rien changé. # speaker: narrator
}
+ [Franchir le grillage et arrêter ça tout de suite, avant qu’elle prenne un carton de plus # evidence: sea.no-investigation 0 # critical: sea.no-investigation]
    ~ tipped = true
    Vous franchissez la brèche. Qu’est-ce que tu fabriques ? # speaker: narrator # person: dillon angry
    La fille lâche le carton et s’enfuit. # speaker: narrator # person: fatu gone
    Dillon vous fixe longuement. # speaker: narrator
    Mêle-toi de tes affaires. # speaker: dillon
    Il s’éloigne. Rien n’allait lui arriver ici ; ce qui l’aurait protégée, c’était un signalement. # speaker: narrator # person: dillon gone
    Maintenant, il sait ce que vous avez vu, et il a deux jours avant jeudi pour s’assurer qu’elle ne dira rien. # speaker: narrator
+ [Rester hors de vue. Plus tard, noter quand, où, ce que vous avez vu et entendu # evidence: sea.no-investigation 3]
    Vous restez immobile derrière les cartons. La fille redescend en hâte le sentier vers Mirambe, et Dillon retourne à l’intérieur. # speaker: narrator # person: fatu gone # person: dillon gone
    Puis vous écrivez quatre lignes dans votre carnet : quand, où, ce que vous avez vu, ce que vous avez entendu. Rien de plus. # speaker: narrator
+ [Les prendre en photo à travers le grillage. Sans preuve, c’est votre parole contre la sienne # evidence: sea.no-investigation 1 # evidence: sea.confidentiality 1]
    ~ photo = true
    Vous levez votre téléphone. Un déclic. # speaker: narrator
    Dillon ne remarque rien. La fille redescend en hâte le sentier vers Mirambe. # speaker: narrator # person: fatu gone # person: dillon gone
    Le visage d’une enfant est désormais dans votre téléphone, et prouver quoi que ce soit n’a jamais été votre rôle. # speaker: narrator
+ [Suivre la fille de loin sur le sentier, pour savoir qui elle est et où elle habite # evidence: sea.no-investigation 0 # evidence: sea.child 1]
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
+ {not reported} [Aller tout de suite au bureau Déontologie et discipline, et signaler ce que vous avez vu et entendu # evidence: sea.report 3 # evidence: sea.prompt 3]
    ~ reported = true
    ~ channel = "cdt"
    Mme Leila Haddad, spécialiste de la déontologie et de la discipline, vous écoute et prend des notes. # speaker: narrator # person: haddad calm
    Merci. Revenez demain à neuf heures, et nous reprendrons tout cela en détail. # speaker: haddad
    D’ici là, ne cherchez pas à en savoir plus, ne lui parlez pas, et gardez cela pour vous. # speaker: haddad # person: haddad gone
+ {reported} [En rester là pour l’instant. L’équipe a votre signalement, et Mme Haddad a dit de ne pas chercher # evidence: sea.prompt 1]
    Vous vous dites qu’ils en savent assez. Ils ne savent rien de jeudi. # speaker: narrator
    Ne pas chercher n’a jamais voulu dire garder pour vous ce que vous avez vu. # speaker: narrator
+ {reported} [Appeler immédiatement Mme Haddad et ajouter ce que vous venez de voir # evidence: sea.report 3 # evidence: sea.prompt 3]
    Au bout du fil, vous entendez Mme Haddad écrire pendant que vous parlez. # speaker: narrator
    Cela nous aide. Venez demain à neuf heures. Et merci de n’avoir rien tenté vous-même. # speaker: haddad
+ {not reported} [Écrire ce que vous avez vu, sans signer, et le glisser dans la boîte à plaintes verrouillée du réfectoire # evidence: sea.report 2 # evidence: sea.prompt 3]
    ~ reported = true
    ~ channel = "anon"
    Vous pliez la feuille en quatre et la glissez dans la fente. Pas de nom, et aucun moyen de vous poser la moindre question. # speaker: narrator
+ {not reported} [En parler à Mme Duarte, la Conseillère pour la protection des femmes. C’est son domaine # evidence: sea.report 1 # evidence: sea.prompt 2]
    ~ reported = true
    ~ channel = "cdt"
    ~ delay = 1
    Mme Duarte vous écoute, puis secoue la tête. # speaker: narrator # person: duarte calm
    Il s’agit d’exploitation sexuelle commise par l’un des nôtres. Cela relève de l’Équipe Déontologie et discipline, pas de moi. # speaker: duarte
    Je leur transmets l’information aujourd’hui. Ils vous appelleront, et c’est à eux que vous auriez dû vous adresser en premier. # speaker: duarte # person: duarte gone
    Dans l’après-midi, l’Équipe Déontologie et discipline vous appelle et vous demande de venir demain à neuf heures. # speaker: narrator
+ [Attendre jeudi, pour voir s’il la retrouve vraiment. Votre signalement n’en sera que plus solide # evidence: sea.prompt 1 # evidence: sea.no-investigation 1]
    Vous décidez d’attendre, et de surveiller le local jeudi. # speaker: narrator
    Jusqu’à jeudi, vous gardez pour vous ce que vous avez vu, et aucune des personnes qui pourraient la protéger n’est au courant. # speaker: narrator
- -> excuses

// ---------------------------------------------------------------------------------------------------------------
=== excuses ===
Mardi après-midi, dans la chambrée. Teo et quelques autres nettoient leur fusil. Kofi est allongé sur sa couchette. # speaker: narrator # person: teo neutral # person: kofi neutral
{tipped:
    Tout le monde sait que vous avez eu des mots avec Dillon. # speaker: narrator # person: teo wary
}
{asked && not tipped:
    Tout le monde sait que vous posiez des questions sur Dillon hier soir. # speaker: narrator # person: teo wary
}
Teo parle sans lever les yeux de son fusil. # speaker: narrator
Elle lui a dit qu’elle avait dix-huit ans. Et personne ne la force. C’est son choix. # speaker: teo
Sa famille est pauvre. Il les aide. Où est le mal ? # speaker: teo
+ [Approuver. Elle dit avoir dix-huit ans, elle a choisi, et sa famille mange mieux grâce à lui # evidence: sea.recognise 0 # evidence: sea.child 0]
    Teo acquiesce. Tu vois ? # speaker: narrator # person: teo calm
    Kofi se tourne vers le mur. # speaker: narrator # person: kofi sad
+ [Dire qu’avant 18 ans, c’est une enfant, quoi qu’elle dise, et que du sexe contre des vivres, c’est de l’exploitation # evidence: sea.recognise 3]
    Teo arrête de nettoyer. # speaker: narrator # person: teo wary
    L’avoir crue plus âgée n’excuse rien, lui dites-vous. Et c’est la pauvreté de sa famille qui en fait de l’exploitation, pas un service rendu. # speaker: narrator
    Il ne force personne, dit Teo, mais plus bas, cette fois. Kofi écoute. # speaker: narrator # person: kofi wary
+ [Dire que le vrai délit, ce sont les rations : elles appartiennent à l’ONU, donc c’est du vol # evidence: sea.recognise 1]
    Teo rit. Donc s’il les paie, tout va bien ? # speaker: narrator # person: teo calm
    Vous ne savez pas quoi répondre, parce que le vol n’a jamais été la question. # speaker: narrator
+ [Vous taire. Teo ne change jamais d’avis, et discuter ne ferait qu’envenimer les choses # evidence: sea.recognise 1 # evidence: sea.integrity 1]
    Votre silence emplit la pièce. Teo y voit un assentiment. # speaker: narrator # person: teo calm
- -> loyalty

// ---------------------------------------------------------------------------------------------------------------
=== loyalty ===
Teo pose son fusil et vous regarde. # speaker: narrator # person: teo angry
Ce que tu as vu ou entendu, tu ne l’as ni vu ni entendu. On ne balance pas un frère. # speaker: teo
Kofi se redresse sur sa couchette. # speaker: narrator # person: kofi wary
Si ça se sait, c’est tout le contingent qui sera déshonoré. Ici et au pays. # speaker: kofi
+ [Leur promettre de rester en dehors de tout ça. L’honneur du contingent compte aussi pour vous # evidence: sea.integrity 0]
    ~ pledged = true
    Teo vous donne une tape sur l’épaule. Bien. On prend soin des nôtres. # speaker: narrator # person: teo calm
    Kofi ne dit rien. # speaker: narrator # person: kofi sad
+ {not reported} [Leur dire que vous allez signaler Dillon, et qu’ils ont intérêt à ne pas le prévenir # evidence: sea.confidentiality 0 # evidence: sea.integrity 2 # critical: sea.confidentiality]
    ~ tipped = true
    Le silence se fait dans la pièce. # speaker: narrator # person: teo angry
    Dans l’heure, quelqu’un l’a prévenu malgré tout. # speaker: narrator
+ {reported} [Leur dire que c’est déjà signalé, alors autant arrêter de le couvrir # evidence: sea.confidentiality 0 # evidence: sea.integrity 2 # critical: sea.confidentiality]
    ~ tipped = true
    Le silence se fait dans la pièce. # speaker: narrator # person: teo angry
    Dans l’heure, Dillon est au courant. # speaker: narrator
+ [Ne rien dire et sortir. Ce soir, cette discussion est perdue d’avance # evidence: sea.integrity 1]
    Vous sortez. Derrière vous, Teo éclate de rire. # speaker: narrator # person: teo calm # person: kofi sad
+ [Dire que c’est l’exploitation qui déshonore le contingent, pas le signalement, et en rester là # evidence: sea.integrity 3 # evidence: sea.confidentiality 3]
    Personne ne répond. Teo reprend son fusil. # speaker: narrator # person: teo wary
    Vous ne dites rien de ce que vous avez vu ou fait. Kofi vous regarde longuement, comme s’il soupesait quelque chose. # speaker: narrator # person: kofi calm
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
+ {not reported} [Accepter. Il connaît Dillon, et l’unité peut régler ça dès ce soir, sans paperasse # evidence: sea.report 0 # critical: sea.report]
    ~ inhouse = true
    ~ tipped = true
    Ruiz sourit. Bien. On règle nos problèmes entre nous. # speaker: narrator # person: ruiz calm
    Le soir même, il dit deux mots à Dillon. # speaker: narrator
+ {reported} [Accepter de dire à l’équipe que c’était une erreur, et le laisser régler ça à sa façon # evidence: sea.report 0 # critical: sea.report]
    ~ reported = false
    ~ inhouse = true
    ~ tipped = true
    Ruiz sourit. Bien. On règle nos problèmes entre nous. # speaker: narrator # person: ruiz calm
    Vous appelez Mme Haddad pour lui dire que c’était une erreur. Le soir même, Ruiz dit deux mots à Dillon. # speaker: narrator
+ {not reported} [Dire que c’est plutôt au capitaine Rahman de trancher : le commandant de compagnie réglera ça # evidence: sea.report 1 # evidence: sea.prompt 1]
    Ruiz secoue la tête. Le capitaine te dira la même chose que moi. Laisse ça à l’unité. # speaker: narrator # person: ruiz calm
    Vous quittez son bureau sans avoir rien signalé. Ni le sergent-major ni le capitaine ne sont le canal prévu pour cela. # speaker: narrator
+ {not reported} [Dire que cela va à la Déontologie, lui demander de ne pas parler à Dillon, et y aller ce soir # evidence: sea.report 3 # evidence: sea.prompt 2]
    ~ reported = true
    ~ channel = "cdt"
    ~ delay = 1
    Le sourire de Ruiz s’efface. C’est ton choix, dit-il. # speaker: narrator # person: ruiz wary
    Mme Haddad, la spécialiste de la déontologie et de la discipline de permanence, enregistre votre signalement et vous demande de revenir demain à neuf heures. # speaker: narrator
+ {reported} [Dire que cela relève de la Déontologie, pas de l’unité, et lui demander de ne pas parler à Dillon # evidence: sea.report 3 # evidence: sea.no-investigation 3]
    Le sourire de Ruiz s’efface. Il vous dévisage. # speaker: narrator # person: ruiz wary
    C’est ton choix, dit-il. Vous ne dites rien de votre signalement. # speaker: narrator
+ {reported} [Lui dire que c’est déjà entre les mains de l’équipe Déontologie, avec tout ce que vous avez vu, donc hors de sa portée # evidence: sea.confidentiality 1]
    Le visage de Ruiz se ferme. Il n’avait pas besoin de savoir ce que vous avez vu, et maintenant il le sait. # speaker: narrator # person: ruiz angry
    Tu l’auras voulu, dit-il. # speaker: narrator
+ {not reported} [Dire qu’il vous faut la nuit pour y réfléchir. Après toutes ces années, vous lui devez bien ça # evidence: sea.prompt 1]
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
+ [Dire que vous n’en discuterez pas avec lui, et continuer votre chemin # evidence: sea.no-investigation 3]
    Il vous lance quelque chose. Vous continuez votre chemin. # speaker: narrator # person: dillon gone
    {reported:
        Le lendemain matin, vous informez Mme Haddad qu’il est venu vous trouver. # speaker: narrator
    }
+ [Lui dire que ce qu’il fait en dehors du service ne regarde que lui, et passer votre chemin # evidence: sea.recognise 0 # evidence: sea.integrity 0]
    Il sourit et vous donne une tape sur le bras. # speaker: narrator # person: dillon calm
    À jeudi, alors. # speaker: dillon # person: dillon gone
+ [L’avertir discrètement de ne plus s’approcher d’elle. Ça pourrait tout arrêter dès ce soir # evidence: sea.no-investigation 0 # critical: sea.no-investigation]
    ~ tipped = true
    Il vous fixe, puis hoche lentement la tête. # speaker: narrator # person: dillon wary
    Vous lui avez fait savoir qu’il est surveillé. Ce qu’il en fera, et ce qu’il lui fera, vous ne pouvez pas le savoir. # speaker: narrator # person: dillon gone
+ [Lui dire qu’il est fini : elle a seize ans, et vous {reported:l’avez déjà signalé|allez le signaler} # evidence: sea.no-investigation 0 # critical: sea.no-investigation]
    ~ tipped = true
    Son visage change. Il sait maintenant exactement ce que vous avez vu et ce que vous allez faire. # speaker: narrator # person: dillon afraid
    Il tourne les talons et s’en va, vite. # speaker: narrator # person: dillon gone
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
+ [Présenter aussi les bruits de chambrée comme des faits. Si vous nuancez, on ne vous prendra pas au sérieux # evidence: sea.report 1]
    Elle s’arrête d’écrire. Vous l’avez vu vous-même ? # speaker: narrator # person: haddad wary
    Vous devez admettre que non. Maintenant, elle doit vérifier deux fois tout ce que vous avez dit. # speaker: narrator
+ [Taire qui a dit quoi dans la chambrée. Vous ne voulez pas attirer d’ennuis à vos camarades # evidence: sea.report 2 # evidence: sea.integrity 1]
    Elle note ce que vous avez vu. Les témoins qui pourraient le confirmer restent anonymes. # speaker: narrator # person: haddad neutral
+ [Lui dire ce que vous avez vu, puis, à part, ce que vous avez seulement entendu, et de qui # evidence: sea.report 3]
    Elle écrit sans s’interrompre et ne demande que ce dont elle a besoin : heures, lieux, noms des témoins. # speaker: narrator # person: haddad calm
+ {photo} [Lui proposer la photo, et de la montrer dans la compagnie pour que quelqu’un nomme la fille # evidence: sea.confidentiality 0]
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
+ [Rester anonyme. Les faits sont dans la boîte, et votre nom n’y ajouterait rien # evidence: sea.report 2]
    La note est dans la boîte. Est-ce suffisant ? Impossible de le savoir, et personne ne peut vous poser la question. # speaker: narrator
+ [Aller au bureau Déontologie et discipline et signer votre signalement # evidence: sea.report 3]
    Mme Haddad vous remercie et reprend tout avec vous, point par point. # speaker: narrator # person: haddad calm
    Ne cherchez pas à en savoir plus, ne lui en parlez pas, et gardez cela pour vous. # speaker: haddad
    Si quelqu’un vous menace ou vous sanctionne pour ce signalement, venez me voir immédiatement. # speaker: haddad # person: haddad gone
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
+ [Aller tout de suite au bureau Déontologie et discipline pour le signaler. L’arrêter, c’est leur rôle # evidence: sea.report 3 # evidence: sea.prompt 0]
    ~ reported = true
    ~ delay = 2
    Le bureau de l’Équipe Déontologie et discipline est à dix minutes à pied. Mme Haddad enregistre votre signalement. # speaker: narrator # person: dillon gone # person: fatu gone # person: haddad calm
    Merci. Ne vous approchez pas de lui. # speaker: haddad
    Mais une enfant attendait au grillage, et vous avez fait le trajet à pied jusqu’ici. L’officier de permanence aurait pu envoyer la police militaire au local en quelques minutes. # speaker: haddad # person: haddad wary
    Et pourquoi avoir attendu jusqu’à aujourd’hui ? # speaker: haddad
    Vous n’avez pas de bonne réponse. Quand vous regardez à nouveau, le sentier près du local est vide. # speaker: narrator # person: haddad gone
+ [Appeler l’officier de permanence : police militaire au local, tout de suite. Puis la Déontologie # evidence: sea.report 3]
    ~ reported = true
    ~ stopped = true
    ~ delay = 2
    L’officier de permanence ne pose pas de questions. Deux policiers militaires atteignent le local en quelques minutes. # speaker: narrator # person: dillon afraid
    Ils arrêtent Dillon à la porte, le carton encore sous le bras. Une policière reste avec la fille, ne lui pose aucune question sur lui, et la laisse choisir jusqu’où être raccompagnée. # speaker: narrator # person: dillon gone # person: fatu gone
    Puis vous vous rendez au bureau de l’Équipe Déontologie et discipline et signalez tout : la rumeur, mardi à la clôture, et aujourd’hui. # speaker: narrator # person: haddad calm
    Vous avez bien fait d’appeler. Arrêter un mal sur le point de se produire, ce n’est pas enquêter. # speaker: haddad
    Mais vous les avez vus mardi. Pourquoi personne n’en a-t-il rien su avant aujourd’hui ? # speaker: haddad # person: haddad wary
    Vous n’avez pas de bonne réponse. # speaker: narrator # person: haddad gone
+ [Descendre en courant jusqu’au local et l’arrêter vous-même, avant qu’il soit trop tard # evidence: sea.no-investigation 0]
    ~ tipped = true
    Vous dévalez la colline en criant son nom. # speaker: narrator # person: dillon angry
    La fille s’enfuit. Dillon s’éloigne, lentement, et se retourne une fois vers vous. # speaker: narrator # person: fatu gone # person: dillon gone
    Aujourd’hui, elle a été épargnée. Mais personne ayant autorité n’a rien vu, rien n’est consigné nulle part, et il sait exactement qui le surveille. # speaker: narrator
    Un appel à l’officier de permanence aurait amené la police militaire à cette porte en quelques minutes, avec une trace écrite, et sans l’avertir. # speaker: narrator
+ [Appeler le sergent-major à la radio. Il a dit qu’il s’occuperait lui-même de Dillon # evidence: sea.report 1 # evidence: sea.prompt 0]
    {inhouse:
        C’est réglé, dit Ruiz. Laisse tomber. # speaker: narrator
    - else:
        Je t’ai dit de me laisser ça, dit Ruiz. Laisse tomber. # speaker: narrator
    }
    Il n’envoie personne. Quand vous regardez à nouveau, le sentier près du local est vide. # speaker: narrator # person: dillon gone # person: fatu gone
+ [Détourner le regard. Vous n’avez rien fait jusqu’ici, et ce ne sont pas vos affaires # evidence: sea.report 0 # critical: sea.report]
    Vous tournez le dos au local. # speaker: narrator # person: dillon gone # person: fatu gone
- -> gate

// ---------------------------------------------------------------------------------------------------------------
=== gate ===
{
- tipped:
    Kofi vous apprend que Dillon est descendu à Mirambe mercredi soir. Personne ne sait qui il y a vu. # speaker: narrator
- stopped:
    Jeudi, la police militaire a arrêté Dillon devant le local. Ce qui lui arrivera maintenant relève de l’Équipe Déontologie et discipline et des enquêteurs. # speaker: narrator
- reported && delay < 2:
    Jeudi, Dillon ne s’est pas approché de la clôture arrière. Vous ne savez pas pourquoi, et ce n’est pas à vous de le savoir. # speaker: narrator
}
Vendredi matin. Vous êtes de garde à l’entrée principale avec Teo. # speaker: narrator # person: haddad gone # person: teo neutral
Une femme au foulard vert se dispute avec lui à l’entrée piétonne. Une file de journaliers observe la scène. # speaker: narrator # person: adama angry
Un soldat de ce camp a eu des relations avec ma fille. Elle a seize ans. Je veux voir votre chef. # speaker: adama
Rentrez chez vous, maman. Ce n’est pas ici qu’on dépose les plaintes. # speaker: teo
+ [Soutenir Teo. La base ne reçoit pas de plaintes : les crimes, c’est au commissariat de la ville # evidence: sea.victim-assistance 0 # evidence: sea.report 1]
    Elle ne bouge pas. # speaker: narrator # person: adama angry
    Je suis allée à la police. Ils ont ri. Je resterai ici jusqu’à ce que quelqu’un m’écoute. # speaker: adama
    Elle s’appelle Adama. Finalement, c’est vous qui êtes encore là, face à elle. # speaker: narrator
+ [L’écouter ici même. Elle a assez attendu, et vous la comprenez bien # evidence: sea.victim-assistance 2 # evidence: sea.confidentiality 1]
    ~ leaked = true
    Elle s’appelle Adama. Elle parle fort, pour couvrir le bruit de la circulation. # speaker: narrator # person: adama wary
    Les journaliers de la file entendent chaque mot. # speaker: narrator
+ [Appeler le sergent-major à l’entrée. Les plaintes contre les hommes, c’est lui # evidence: sea.victim-assistance 1 # evidence: sea.report 1]
    Ruiz arrive, lui tapote le bras, lui dit qu’on va examiner l’affaire, et retourne à l’intérieur. # speaker: narrator # person: ruiz calm
    Elle ne bouge pas. Elle s’appelle Adama, et elle attend toujours que quelqu’un l’écoute. # speaker: narrator # person: ruiz gone # person: adama angry
+ [Intervenir, la saluer, et l’emmener à l’abri des visiteurs. Faire appeler Mariam # evidence: sea.victim-assistance 3 # evidence: sea.confidentiality 3]
    ~ mariam = true
    Teo reste à l’entrée. Dans l’abri, à l’écart de la file, vous lui proposez une chaise et de l’eau. # speaker: narrator # person: teo gone # person: adama wary
    Mariam, l’assistante linguistique, arrive quelques minutes plus tard et la salue dans sa langue. # speaker: narrator # person: mariam calm
    Elle s’appelle Adama. Elle s’assied, mais garde son sac sur les genoux. # speaker: narrator
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
+ [Être honnête : vous ne pouvez rien promettre sur son sort. L’aide pour Fatu n’a pas à attendre # evidence: sea.victim-assistance 3]
    L’Équipe Déontologie et discipline reçoit les plaintes comme la sienne, lui dites-vous, et ce sont les enquêteurs de son pays à lui qui décident. # speaker: narrator
    Elle vous regarde longuement. # speaker: narrator # person: adama sad
    Au moins, vous ne me mentez pas. # speaker: adama # person: adama calm
+ [Lui promettre qu’il sera puni et renvoyé chez lui. Elle a besoin d’entendre que quelqu’un va agir # evidence: sea.victim-assistance 1]
    ~ promised = true
    Elle vous serre la main. Vous me le promettez ? # speaker: narrator # person: adama hopeful
    Vous avez promis une chose qu’il ne vous appartient pas de donner. # speaker: narrator
+ [Lui donner un carton de rations du magasin, pour aider la famille en attendant # evidence: sea.victim-assistance 0]
    Elle regarde le carton, puis vous. # speaker: narrator # person: adama angry
    C’est comme ça que tout a commencé. # speaker: adama
+ [Dire qu’une fille qui accepte la nourriture des soldats doit savoir à quoi elle s’expose # evidence: sea.victim-assistance 0 # evidence: sea.child 0]
    Adama se lève. # speaker: narrator # person: adama angry
    C’est une enfant. Les adultes, c’est vous. # speaker: adama
- -> gate_help

=== gate_help ===
Et Fatu ? Qui aide Fatu ? # speaker: adama # person: adama sad
+ [Lui remettre une carte avec le numéro de la ligne directe Déontologie. Elle appellera quand elle sera prête # evidence: sea.victim-assistance 2]
    ~ family = 1
    Elle tourne et retourne la carte entre ses doigts. Elle ne parvient pas à lire les petits caractères, et personne ne lui a dit quelle aide elle pourrait demander. # speaker: narrator # person: adama wary
+ [Demander par radio à la Déontologie de venir à l’entrée recueillir sa déposition, pour ne rien perdre # evidence: sea.victim-assistance 1]
    ~ family = 1
    En entendant la radio, elle se raidit. # speaker: narrator # person: adama afraid
    Je n’ai pas dit que je voulais faire une déposition. J’ai demandé qui aide ma fille. # speaker: adama
+ {reported} [Dire que l’aide pour Fatu n’attend aucune enquête. Lui demander si elle la veut, et comment # evidence: sea.victim-assistance 3]
    ~ family = 2
    Soins médicaux, soutien psychologique, autres formes de soutien, lui dites-vous : rien de tout cela n’attend une enquête. L’Équipe Déontologie et discipline a une personne chargée des droits des victimes qui peut s’en occuper. # speaker: narrator
    Adama réfléchit. # speaker: narrator # person: adama wary
    Oui. Mais seulement moi, à l’église, pas chez nous. C’est Fatu qui décide si elle parle à quelqu’un. # speaker: adama # person: adama hopeful
    Vous transmettez exactement cela, et rien de plus, à la personne chargée des droits des victimes de l’Équipe Déontologie et discipline. # speaker: narrator
+ {not reported} [Dire que l’aide n’attend pas l’enquête, lui demander ce qu’elle veut, puis signaler vous-même, aujourd’hui # evidence: sea.victim-assistance 3 # evidence: sea.report 3]
    ~ family = 2
    ~ reported = true
    ~ delay = 2
    Soins médicaux, soutien psychologique, autres formes de soutien, lui dites-vous : rien de tout cela n’attend une enquête. L’Équipe Déontologie et discipline a une personne chargée des droits des victimes qui peut s’en occuper. # speaker: narrator
    Adama réfléchit. # speaker: narrator # person: adama wary
    Oui. Mais seulement moi, à l’église, pas chez nous. C’est Fatu qui décide si elle parle à quelqu’un. # speaker: adama # person: adama hopeful
    Dans l’après-midi, vous vous rendez au bureau de l’Équipe Déontologie et discipline, signalez ce que vous avez vu mardi, et transmettez les souhaits d’Adama, rien de plus. # speaker: narrator
+ [Lui dire que vous allez vous renseigner vous-même, et revenir vers elle avec ce que vous aurez appris # evidence: sea.victim-assistance 0 # evidence: sea.no-investigation 1]
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
+ [Demander doucement à Fatu ce qui s’est passé, avec sa mère à côté d’elle. L’équipe en aura besoin de toute façon # evidence: sea.child 0 # evidence: sea.no-investigation 0]
    Vous traversez la route avec Adama. Fatu voit un soldat approcher et se plaque contre l’arbre. # speaker: narrator # person: fatu afraid
    Elle ne dit pas un mot. Une enfant interrogée par un homme en uniforme, au sujet d’un autre homme en uniforme, a toutes les raisons d’avoir peur. # speaker: narrator
    Sa mère l’emmène. # speaker: narrator # person: adama angry
+ [Laisser Fatu en paix. Dire à Adama que rien n’est la faute de Fatu, et qu’elle ne parlera que si elle le veut # evidence: sea.child 3]
    Si un jour Fatu veut parler, dites-vous à Adama, des personnes formées l’écouteront, en présence d’une femme, et seulement si elle et sa mère le souhaitent. # speaker: narrator
    Adama acquiesce. # speaker: narrator # person: adama calm
    Je le lui dirai. Elle croit que c’est sa faute. # speaker: adama # person: adama sad
+ [Demander à voir la carte scolaire de Fatu, pour que son âge figure dans le signalement # evidence: sea.child 1]
    Adama vous dévisage. # speaker: narrator # person: adama angry
    Vous croyez que je mens sur l’âge de ma propre fille ? # speaker: adama
+ [Demander à Adama de tenir Fatu éloignée de la base pour l’instant, pour sa propre sécurité # evidence: sea.child 1]
    Adama pince les lèvres. # speaker: narrator # person: adama angry
    Ce n’est pas elle qui posait problème. # speaker: adama
- Adama prend la main de sa fille, et elles redescendent la route vers Mirambe. # speaker: narrator # person: adama gone # person: fatu gone # person: mariam gone # person: teo gone
~ mariam = false
-> section

// ---------------------------------------------------------------------------------------------------------------
=== section ===
Vendredi soir. Le capitaine Rahman, votre commandant de compagnie, vous arrête devant la salle des opérations. # speaker: narrator # person: rahman neutral
Toute la section ne parle que de Dillon et d’une fille du coin. Réunissez-les et faites cesser ça. # speaker: rahman
+ [Écrire dans le groupe de la section : « Arrêtez les histoires sur Dillon et la collégienne » # evidence: sea.confidentiality 1]
    ~ leaked = true
    Douze personnes le lisent dans la minute. Deux le transfèrent. # speaker: narrator # person: rahman wary
+ [Leur dire ce que vous savez, son nom compris. La vérité tue les rumeurs plus vite que le silence # evidence: sea.confidentiality 0 # critical: sea.confidentiality]
    ~ exposed = true
    Les rumeurs les plus folles cessent. Il n’en reste qu’une, avec le nom de Fatu dedans. # speaker: narrator # person: rahman angry
    Le lendemain matin, les chauffeurs et les cuisiniers originaires de Mirambe l’ont entendue eux aussi. # speaker: narrator
+ [Les réunir. Pas de noms, pas de détails : les ragots cessent, et les doutes vont à la Déontologie # evidence: sea.confidentiality 3 # evidence: sea.integrity 3]
    La section écoute en silence. Personne ne vous demande ce que vous savez, et vous ne le dites pas. # speaker: narrator # person: rahman calm
+ [Dire au capitaine que ce n’est pas votre rôle. Les ragots dans les rangs, c’est à lui de les gérer # evidence: sea.confidentiality 2]
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
+ {reported} [En parler à Mme Haddad : cela ressemble à des représailles après votre signalement # evidence: sea.integrity 3]
    Mme Haddad note tout. # speaker: narrator # person: teo gone # person: haddad calm
    Merci de me l’avoir dit. Personne ne doit être sanctionné pour avoir fait un signalement de bonne foi. Nous prenons le relais. # speaker: haddad
    Deux jours plus tard, le tableau des gardes de nuit est modifié. # speaker: narrator # person: haddad gone
+ {not reported} [Lui dire d’en parler plutôt au capitaine Rahman, et de garder ça dans la compagnie # evidence: sea.report 0 # critical: sea.report]
    Kofi hésite, puis acquiesce. Il va voir le capitaine, pas l’Équipe Déontologie et discipline. # speaker: narrator # person: kofi gone
    Quoi que la compagnie en fasse, ce que vous avez vu n’atteint personne qui puisse la protéger. # speaker: narrator
+ {reported} [Demander à Mme Haddad de retirer votre signalement. Une fois retiré, les choses se calmeront # evidence: sea.integrity 0 # evidence: sea.report 1]
    Mme Haddad vous écoute jusqu’au bout. # speaker: narrator # person: teo gone # person: haddad wary
    Je comprends. Mais il ne vous appartient pas de retirer ce signalement, et ce que vous avez vu reste vrai. Dites-moi qui vous fait ça. # speaker: haddad
    Vous ne dites rien. Celui qui a écrit sur votre casier a appris que ça marche. # speaker: narrator # person: haddad gone
+ {not reported} [L’accompagner, et dire à la Déontologie ce que vous avez vu # evidence: sea.report 3 # evidence: sea.integrity 3]
    ~ reported = true
    ~ delay = 2
    Mme Haddad vous écoute tous les deux. # speaker: narrator # person: haddad calm
    Pourquoi avoir attendu une semaine ? # speaker: haddad # person: haddad wary
    Vous n’avez pas de bonne réponse. # speaker: narrator # person: kofi gone # person: haddad gone
+ {reported} [Trouver qui l’a écrit, et avoir une explication avec lui, d’homme à homme # evidence: sea.integrity 1]
    Vous coincez Teo aux sanitaires. Le ton monte, et toute la compagnie entend vos cris. # speaker: narrator # person: teo angry
    Maintenant, c’est de votre comportement que l’on parle. # speaker: narrator # person: teo gone
+ {not reported} [L’en dissuader. Ce qui est fait est fait, et ça ne fera qu’attirer des ennuis # evidence: sea.report 0 # evidence: sea.integrity 0 # critical: sea.report]
    Kofi vous regarde longuement. Puis il hoche la tête, et s’en va. # speaker: narrator # person: kofi gone
+ {reported} [Repeindre par-dessus et assurer les gardes. Se plaindre ne ferait que leur donner raison # evidence: sea.integrity 1]
    Vous repeignez par-dessus le mot et assurez les gardes de nuit. Personne ne vous dit que rien ne vous y obligeait. # speaker: narrator # person: teo gone
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
{stopped:
    Jeudi, la police militaire est arrivée au local à temps. C’était de la chance autant que du discernement : un signalement le mardi n’en aurait pas eu besoin. # speaker: narrator
    Et avant jeudi, chaque carton a été une fois de plus une enfant exploitée, pendant que vous attendiez une certitude. # speaker: narrator
- else:
    Mais il est arrivé après jeudi. Tout ce qui s’est passé cet après-midi-là au local du groupe électrogène, un signalement le mardi aurait pu l’empêcher. # speaker: narrator
}
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
