// First contact with a survivor.
// Setting: Mirambe IDP site, northern Kavara (fictional), UN mission MINUKA (fictional).
// A non-specialist peacekeeper meets a woman who was attacked by armed men of a militia (CRSV by a party to
// the conflict, not by UN personnel). The harm is told, never shown.

VAR trust = 2            // 0..6: how far Halima trusts you; moves with what you do
VAR place = "open"       // where you talk: "open", "tank" (behind the water tank) or "health" (health post)
VAR woman = false        // Mariam, the woman language assistant, is with her
VAR idris_stayed = false // the male language assistant from her area heard everything
VAR exposed = false      // her identity has been recorded or given away without consent (critical)
VAR exposed_to = ""      // who learned it first: "photo", "chairman", "journalist", "commander"
VAR noted = false        // her first name is in Kofi's notebook
VAR hinted = false       // the journalist was told enough to guess
VAR knows_care = false   // she knows what the nurse can do and that HIV prevention works only within 72 hours
VAR knows_wpa = false    // she knows about the Women's Protection Adviser and the women's centre
VAR offered = false      // you set out her options
VAR promised = false     // you promised something you cannot guarantee
VAR forced = false       // you acted against her will or pushed a referral she refused (critical)
VAR decision = "none"    // what she decided: "accepted", "declined", "left"

-> arrival

=== function trust_up(n) ===
~ trust = MIN(trust + n, 6)

=== function trust_down(n) ===
~ trust = MAX(trust - n, 0)

// ---------------------------------------------------------------------------------------------------------------
=== arrival ===
Site de personnes déplacées de Mirambe, dans le nord du Kavara. Vous effectuez une patrouille à pied de routine pour la MINUKA, la mission des Nations Unies. # scene: water-point # speaker: narrator
Le caporal Kofi Mensah marche à vos côtés. Idris, l’assistant linguistique de la patrouille, a grandi dans un village tout près d’ici. # speaker: narrator # person: kofi neutral # person: idris neutral
Au point d’eau, des femmes et des filles font la queue avec des bidons jaunes. # speaker: narrator
À quarante mètres de là, quatre hommes armés de la milice qui tient la route sont assis à l’ombre d’un pick-up. # speaker: narrator
Une femme se tient à l’écart de la file, une fillette d’environ huit ans par la main. # speaker: narrator # person: halima wary # person: nia wary
Elle regarde votre casque bleu, puis le sol, puis de nouveau vous. Elle s’approche. # speaker: narrator
Vous êtes l’ONU ? Vous aidez les femmes ? # speaker: halima # person: halima afraid
+ [Lui répondre là où elle se trouve, devant la file # evidence: crsv.safety-privacy 1]
    ~ trust_down(1)
    Vous la saluez et lui demandez, devant tout le monde, ce que vous pouvez faire pour elle. # speaker: narrator
    Dans la file, les têtes se tournent. Sa voix se réduit à un murmure. # speaker: narrator # person: halima afraid
    Pas ici. S’il vous plaît. # speaker: halima
+ [La saluer discrètement et lui demander où elle se sentirait en sécurité pour parler, hors de portée de voix et hors de vue des hommes armés # evidence: crsv.safety-privacy 3]
    ~ trust_up(1)
    Vous la saluez calmement, à voix basse, et lui demandez où elle aimerait parler. # speaker: narrator
    Elle laisse échapper un soupir. # speaker: narrator # person: halima wary
+ [Lui dire que la patrouille est occupée, mais qu’elle peut venir plus tard à l’entrée de la base # evidence: crsv.referral 0]
    ~ trust_down(1)
    Elle lève les yeux vers la base, en haut de la colline, vers les barbelés et les sentinelles. # speaker: narrator # person: halima sad
    À l’entrée, il y a beaucoup de soldats. Tout le monde voit qui y va. # speaker: halima
    Elle se détourne pour partir. Sa fille la tire par la main et se retourne vers vous. # speaker: narrator # person: nia afraid
    Kofi croise votre regard. Vous la rappelez doucement, et elle s’arrête. # speaker: narrator # person: halima wary
- -> where

// ---------------------------------------------------------------------------------------------------------------
=== where ===
Elle indique deux endroits où les femmes peuvent parler sans être observées. # speaker: narrator
Derrière le réservoir d’eau, à l’ombre. Ou le coin des femmes, au poste de santé. Les femmes y attendent l’infirmière toute la journée. # speaker: halima
+ [Proposer le coin des femmes. Elle part devant avec sa fille, et vous suivez quelques minutes plus tard pour que personne ne fasse le lien # evidence: crsv.safety-privacy 3]
    ~ place = "health"
    Elle part la première. Vous attendez, puis vous vous y rendez tranquillement, comme si vous faisiez votre ronde habituelle. # speaker: narrator # scene: health-post
    Dans le coin des femmes, derrière un paravent tressé, elle s’assoit sur un banc avec sa fille. # speaker: narrator # person: halima wary # person: nia wary
+ [Aller tout de suite avec elle à l’ombre derrière le réservoir, pendant que Kofi garde la patrouille bien visible au robinet # evidence: crsv.safety-privacy 3]
    ~ place = "tank"
    Kofi reste au robinet et bavarde avec les gens de la file. Derrière le réservoir, personne ne peut vous voir depuis la route. # speaker: narrator
    Elle s’assoit sur un seau retourné, sa fille blottie contre ses genoux. # speaker: narrator # person: halima wary # person: nia wary
+ [L’accompagner immédiatement au poste de santé, entourée de toute la patrouille # evidence: crsv.safety-privacy 1]
    ~ place = "health"
    ~ trust_down(1)
    La patrouille lui fait traverser le site. Les gens s’interrompent pour regarder passer une femme escortée par des soldats. # speaker: narrator # scene: health-post
    Elle garde les yeux baissés tout le long du chemin. # speaker: narrator # person: halima afraid
- -> language

// ---------------------------------------------------------------------------------------------------------------
=== language ===
{place == "health":
    Mariam, l’assistante linguistique de l’équipe d’engagement de la mission, est là aujourd’hui : elle aide à une séance de vaccination. # speaker: narrator
- else:
    Mariam, l’assistante linguistique de l’équipe d’engagement de la mission, est au poste de santé, à cinq minutes d’ici. # speaker: narrator
}
Idris s’approche pour traduire. Quand Halima le voit, elle s’interrompt et ramène son foulard sur son visage. # speaker: narrator # person: halima afraid
+ [Continuer avec Idris : c’est l’assistant linguistique de la patrouille # evidence: crsv.safety-privacy 1]
    ~ idris_stayed = true
    ~ trust_down(1)
    Idris traduit. Halima répond en aussi peu de mots que possible, les yeux baissés. # speaker: narrator # person: halima sad
+ [Lui demander, avec des mots simples et un geste, si elle préférerait parler à une femme. Si oui, appeler Mariam et demander à Idris de s’éloigner # evidence: crsv.safety-privacy 3]
    ~ woman = true
    ~ trust_up(1)
    Elle acquiesce vivement. Idris comprend et s’éloigne hors de portée de voix. # speaker: narrator # person: idris gone
    {place == "tank": Mariam arrive quelques minutes plus tard.|Mariam quitte discrètement la file de la vaccination.} Elle salue Halima dans leur langue. # speaker: narrator # person: mariam calm # person: halima calm
+ [Garder Idris pour traduire, et placer Kofi juste à côté d’elle avec son fusil pour qu’elle se sente protégée # evidence: crsv.safety-privacy 0]
    ~ idris_stayed = true
    ~ trust_down(2)
    Kofi se poste à côté d’elle, le fusil en travers de la poitrine. # speaker: narrator # person: kofi neutral
    Elle se recroqueville pour s’écarter de lui comme d’Idris. # speaker: narrator # person: halima afraid
- -> disclosure

// ---------------------------------------------------------------------------------------------------------------
=== disclosure ===
Halima parle lentement, et {woman:Mariam|Idris} traduit à voix basse. # speaker: narrator
Il y a deux jours, je suis venue chercher de l’eau avant le lever du soleil. # speaker: halima # person: halima sad
Des hommes de la route m’ont arrêtée sur le chemin. Ils m’ont emmenée dans la brousse. # speaker: halima
Elle s’interrompt. Elle regarde sa fille, puis le sol. # speaker: narrator # person: halima afraid
+ [Lui demander de vous raconter exactement ce qu’ils ont fait, depuis le début # evidence: crsv.listening 0]
    ~ trust_down(2)
    Elle secoue la tête. Ses mains tremblent. # speaker: narrator # person: halima afraid
    Ils m’ont fait du mal. C’est tout. # speaker: halima
+ [Lui demander combien d’hommes il y avait et comment ils étaient habillés, pour que la patrouille puisse les retrouver # evidence: crsv.listening 1]
    ~ trust_down(1)
    Son regard se porte vers la route, là où se trouve le pick-up. # speaker: narrator # person: halima afraid
    Quatre. Peut-être cinq. Je ne sais pas. # speaker: halima
+ [Lui dire qu’elle n’a pas besoin d’en dire plus. Vous la croyez, et ce n’était pas sa faute # evidence: crsv.listening 3]
    ~ trust_up(1)
    Quelque chose se détend sur son visage. # speaker: narrator # person: halima sad
    Personne ne m’avait dit ça. # speaker: halima
+ [Ne rien dire, et lui laisser le temps # evidence: crsv.listening 2]
    Vous attendez. Au bout d’un moment, elle s’essuie les yeux avec le bout de son foulard. # speaker: narrator # person: halima sad
- -> record

// ---------------------------------------------------------------------------------------------------------------
=== record ===
Kofi s’approche, le carnet déjà ouvert, le téléphone dans l’autre main. # speaker: narrator # person: kofi neutral
C’est un crime. Prenons son nom, son numéro d’abri et une photo. Avec une déposition en bonne et due forme, justice pourra être rendue. # speaker: kofi
+ [Accepter. Kofi note son nom, son abri et ce qu’elle a dit, et la prend en photo # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    {not exposed: 
        ~ exposed_to = "photo"
    }
    ~ exposed = true
    ~ trust_down(2)
    Halima se détourne du téléphone et se cache le visage, trop tard. # speaker: narrator # person: halima afraid
+ [Noter seulement son prénom, pour que quelqu’un puisse assurer le suivi # evidence: crsv.confidentiality 1]
    ~ noted = true
    ~ trust_down(1)
    Kofi écrit un seul mot. Halima ne quitte pas le stylo des yeux. # speaker: narrator # person: halima wary
+ [Dire doucement à Kofi : pas de notes, pas de photos. Recueillir des déclarations, c’est le rôle des spécialistes, et seulement si elle est d’accord # evidence: crsv.confidentiality 3]
    ~ trust_up(1)
    Kofi hésite, puis referme le carnet et range le téléphone. # speaker: narrator # person: kofi wary
    Vous avez raison. C’est son histoire. # speaker: kofi # person: kofi calm
- -> fears

// ---------------------------------------------------------------------------------------------------------------
=== fears ===
Halima reprend la parole, plus vite maintenant. # speaker: narrator
J’ai peur d’être malade. Peur d’avoir un bébé. # speaker: halima # person: halima afraid
Si la famille de mon mari l’apprend, ils vont me chasser. # speaker: halima
+ [Expliquer ce que l’infirmière peut faire : le traitement préventif du VIH n’agit que s’il est commencé dans les 72 heures, la contraception d’urgence dans les cinq jours, et être soignée ne l’oblige pas à porter plainte. C’est à elle de choisir # evidence: crsv.medical-urgency 3 # evidence: crsv.no-promises 3]
    ~ knows_care = true
    ~ trust_up(1)
    Elle écoute attentivement. # speaker: narrator # person: halima hopeful
    C’est encore possible aujourd’hui ? # speaker: halima
    Oui, lui dites-vous. Les 72 heures expirent demain avant l’aube. # speaker: narrator
+ [Lui dire qu’elle doit voir l’infirmière maintenant, et que vous allez l’y conduire # evidence: crsv.medical-urgency 1 # evidence: crsv.consent 0]
    ~ trust_down(1)
    Elle recule. # speaker: narrator # person: halima afraid
    Maintenant ? Tout le monde va voir. # speaker: halima
+ [Lui dire que l’infirmière aura besoin d’une déclaration à la police avant de la soigner, et qu’elle doit donc d’abord porter plainte # evidence: crsv.medical-urgency 0]
    ~ trust_down(1)
    La police ? # speaker: halima # person: halima afraid
    Le cousin de son mari est policier, dit-elle. Elle secoue la tête. # speaker: narrator
+ [Lui dire de ne pas s’inquiéter : les médecins feront en sorte que rien de grave n’arrive # evidence: crsv.no-promises 0 # evidence: crsv.medical-urgency 1]
    ~ promised = true
    Elle vous regarde ; elle voudrait y croire. # speaker: narrator # person: halima hopeful
- -> justice

// ---------------------------------------------------------------------------------------------------------------
=== justice ===
Sa voix se durcit. # speaker: narrator
Vous allez les attraper ? Vous allez les chasser de la route ? # speaker: halima # person: halima angry
+ [Lui promettre que ces hommes seront arrêtés # evidence: crsv.no-promises 0]
    ~ promised = true
    Elle soutient longuement votre regard, puis hoche la tête. # speaker: narrator # person: halima hopeful
+ [Lui promettre que des soldats garderont son abri dès ce soir # evidence: crsv.no-promises 0 # evidence: crsv.safety-privacy 1]
    ~ promised = true
    ~ trust_down(1)
    Ses yeux s’écarquillent. # speaker: narrator # person: halima afraid
    Des soldats devant ma porte ? Alors tout le monde saura. # speaker: halima
+ [Dire honnêtement que vous ne pouvez pas promettre d’arrestations. Vous pouvez signaler que des hommes armés menacent les femmes sur le chemin du point d’eau, sans la nommer, et lui dire qui aide les survivantes, si elle le souhaite # evidence: crsv.no-promises 3]
    ~ trust_up(1)
    Elle reste un moment silencieuse. # speaker: narrator # person: halima sad
    Au moins, vous ne me mentez pas. # speaker: halima # person: halima calm
- -> daughter

// ---------------------------------------------------------------------------------------------------------------
=== daughter ===
Nia, sa fille, se serre contre sa mère et observe les soldats. # speaker: narrator # person: nia afraid
Kofi s’accroupit et sourit à la fillette. # speaker: narrator
Je peux emmener la petite au véhicule pour lui donner un biscuit pendant que vous parlez ? # speaker: kofi
+ [Oui. Il vaut mieux pour elle qu’elle n’entende pas ça # evidence: crsv.child 1]
    ~ trust_down(1)
    Kofi emmène Nia. Halima ne quitte pas sa fille des yeux. # speaker: narrator # person: nia gone # person: halima afraid
    Au bout d’une minute, elle demande qu’on la lui ramène, et Kofi revient avec Nia. # speaker: narrator # person: nia wary
+ [Demander à Halima ce qu’elle souhaite pour sa fille. Elle garde Nia à ses côtés # evidence: crsv.child 3]
    ~ trust_up(1)
    Halima passe un bras autour de Nia. # speaker: narrator # person: nia calm # person: halima calm
    Elle reste avec moi. # speaker: halima
+ [Proposer que Nia rentre à la maison, pour qu’elle n’ait pas à entendre ça # evidence: crsv.child 0]
    ~ trust_down(2)
    Toute seule ? En passant par la route ? # speaker: halima # person: halima angry
    Elle serre Nia contre elle et ne la lâche plus. # speaker: narrator # person: nia afraid
- Halima caresse les cheveux de sa fille. # speaker: narrator
Nia était sur le chemin avec moi. Elle s’est sauvée à la maison. Depuis, elle ne parle presque plus, et elle pleure la nuit. # speaker: halima # person: halima sad
+ [Dire à Halima que les services peuvent aussi aider les enfants qui ont eu très peur, si elle le souhaite pour Nia. Leur laisser toutes les questions # evidence: crsv.child 3]
    ~ trust_up(1)
    Halima regarde longuement sa fille. # speaker: narrator # person: halima hopeful
    Pour elle aussi ? C’est bien. # speaker: halima
+ [S’accroupir et demander doucement à Nia de vous raconter ce qu’elle a vu sur le chemin # evidence: crsv.child 0]
    ~ trust_down(2)
    Nia se met à pleurer et se cache le visage. Sa mère la serre fort. # speaker: narrator # person: nia afraid # person: halima angry
+ [Rassurer Halima : Nia est petite, elle oubliera vite # evidence: crsv.child 1]
    Halima ne dit rien. # speaker: narrator # person: halima sad
- -> chairman

// ---------------------------------------------------------------------------------------------------------------
=== chairman ===
Un homme en chemise repassée s’approche : M. Tamba, président du comité du site. # speaker: narrator # person: tamba wary
{woman:
    Mariam vient discrètement se placer entre lui et Halima. # speaker: narrator # person: mariam wary
- else:
    Halima détourne le visage. # speaker: narrator # person: halima afraid
}
Chef ! Qui est cette femme ? Qu’est-ce qu’elle raconte à l’ONU ? # speaker: tamba
+ [Lui dire qu’elle a signalé une agression commise par la milice, pour que le comité veille sur elle # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    {not exposed: 
        ~ exposed_to = "chairman"
    }
    ~ exposed = true
    ~ trust_down(4)
    Tamba hausse les sourcils. Il toise Halima de la tête aux pieds. # speaker: narrator # person: tamba angry # person: halima afraid
    Une agression ? Par les hommes de la route ? Elle va nous attirer des ennuis à tous. # speaker: tamba
+ [Lui demander s’il connaît sa famille, pour que quelqu’un garde un œil sur elle # evidence: crsv.confidentiality 1]
    ~ trust_down(1)
    Il la dévisage. Oui, il connaît la famille de son mari. Pourquoi l’ONU veut-elle le savoir ? # speaker: narrator # person: tamba wary # person: halima afraid
+ [Lui dire que la patrouille parle de l’eau et de la sécurité avec de nombreux habitants, et que ce qu’on dit à l’ONU reste confidentiel # evidence: crsv.confidentiality 3]
    Il fronce les sourcils, mais il n’a rien à y redire. # speaker: narrator # person: tamba neutral
- Il baisse la voix, mais pas beaucoup. # speaker: narrator
Vous savez, les gens du côté de la rivière inventent des histoires pour avoir plus de rations. # speaker: tamba # person: tamba angry
Halima l’entend. # speaker: narrator # person: halima sad
+ [Convenir avec lui que vous vérifierez son récit auprès d’autres habitants # evidence: crsv.listening 0]
    ~ trust_down(2)
    Tamba hoche la tête, satisfait, et s’en va. Le visage d’Halima se ferme. # speaker: narrator # person: tamba gone # person: halima angry
+ [Dire calmement que l’ONU traite de la même façon toute personne qui demande de l’aide, qui qu’elle soit et d’où qu’elle vienne # evidence: crsv.listening 3]
    ~ trust_up(1)
    Tamba hausse les épaules et s’en va. Halima le regarde partir, puis se tourne vers vous. # speaker: narrator # person: tamba gone # person: halima calm
+ [Laisser passer la remarque et revenir vers Halima # evidence: crsv.listening 2]
    Tamba s’en va. Halima regarde le sol. # speaker: narrator # person: tamba gone # person: halima sad
- -> road

// ---------------------------------------------------------------------------------------------------------------
=== road ===
{place == "health":
    Par une brèche dans le mur, vous voyez l’un des hommes armés s’avancer nonchalamment jusqu’à l’entrée du poste de santé et jeter un œil à l’intérieur. # speaker: narrator
- else:
    L’un des hommes armés quitte le pick-up d’un pas nonchalant et parcourt du regard la file du point d’eau. # speaker: narrator
}
Halima l’a vu. Elle se fige. # speaker: narrator # person: halima afraid
+ [Aller le voir avec Kofi et lui demander franchement si son groupe a agressé une femme il y a deux jours, au petit matin # evidence: crsv.safety-privacy 0]
    ~ trust_down(2)
    Il rit, et vous ignore pour dévisager une à une les femmes alentour. # speaker: narrator
    Halima se tourne pour qu’il ne voie pas son visage. # speaker: narrator # person: halima afraid
+ [Garder bien visible la routine de la patrouille, et tenir Halima hors de sa vue jusqu’à ce qu’il s’en aille # evidence: crsv.safety-privacy 3]
    Kofi bavarde avec les gens alentour, comme n’importe quel jour de patrouille. Au bout d’un moment, l’homme retourne tranquillement vers le pick-up. # speaker: narrator
    Halima respire de nouveau. # speaker: narrator # person: halima wary
+ [Faire asseoir Halima dans le véhicule de patrouille, hors de sa portée # evidence: crsv.safety-privacy 1]
    ~ trust_down(1)
    Elle monte dans le véhicule blanc de l’ONU. Désormais, tout le monde alentour a vu où elle se trouve. # speaker: narrator # person: halima afraid
- {trust == 0: -> gone}
-> options

// ---------------------------------------------------------------------------------------------------------------
=== options ===
Halima vous regarde. # speaker: narrator # person: halima wary
Qu’est-ce que je peux faire ? # speaker: halima
+ [Lui expliquer les possibilités : l’infirmière, la Conseillère pour la protection des femmes de la mission, le centre local des femmes. Dire ce que chacune offre et qui serait au courant, et qu’elle peut en choisir une, toutes ou aucune # evidence: crsv.consent 3 # evidence: crsv.referral 3]
    ~ offered = true
    ~ knows_wpa = true
    L’infirmière soigne les gens en toute discrétion, lui expliquez-vous. Mme Duarte, la Conseillère pour la protection des femmes, travaille pour la mission et aide les survivantes à trouver du soutien et à se mettre en sécurité. # speaker: narrator
    Au centre des femmes, on l’écoutera, et personne ne dira rien à sa famille. À elle de décider vers qui se tourner, ou de ne se tourner vers personne. # speaker: narrator
+ [Lui dire que la Conseillère pour la protection des femmes doit être informée de chaque cas, et appeler la conseillère à la radio en donnant son nom # evidence: crsv.consent 0 # evidence: crsv.referral 1 # critical: crsv.consent]
    ~ forced = true
    ~ trust_down(3)
    Vous prenez la radio et prononcez son nom. Halima se lève. # speaker: narrator # person: halima angry
    Je ne vous ai pas demandé de le dire à qui que ce soit. # speaker: halima
+ [Lui dire que c’est au commissariat de la ville qu’il faut aller, et lui proposer de l’y conduire # evidence: crsv.consent 1 # evidence: crsv.referral 1]
    ~ trust_down(1)
    Elle secoue la tête. # speaker: narrator # person: halima afraid
    Pas la police. Pas maintenant. # speaker: halima
+ [Lui dire qu’elle trouvera de l’aide si elle en cherche, et lui souhaiter bonne chance # evidence: crsv.referral 0]
    Elle attend la suite. Rien ne vient. # speaker: narrator # person: halima sad
- -> answer

=== answer ===
{
- forced:
    -> gone
- trust == 0:
    -> gone
- offered && trust >= 5 && place == "health":
    -> accepts
- offered && trust < 2:
    -> gone
- else:
    -> declines
}

// ---------------------------------------------------------------------------------------------------------------
=== accepts ===
~ decision = "accepted"
Halima reste longtemps silencieuse. Puis elle hoche la tête. # speaker: narrator # person: halima hopeful
Je vais voir l’infirmière. Maintenant, pendant que je suis ici. # speaker: halima
L’infirmière Esther sort de la salle de consultation et vous regarde. # speaker: narrator # person: esther calm
Entrez avec elle. Vous pourrez me dire ce qui s’est passé, comme ça elle n’aura pas à le faire. # speaker: esther
+ [Dire que c’est à Halima de raconter ce qu’elle choisit de raconter, et attendre dehors # evidence: crsv.confidentiality 3]
    {woman:
        Halima prend la main de Mariam, et elles entrent ensemble. # speaker: narrator # person: halima calm
    - else:
        Halima entre avec l’infirmière. Une femme, cela lui suffit, dit-elle. # speaker: narrator # person: halima calm
    }
+ [Entrer et raconter à l’infirmière tout ce qu’Halima vous a dit # evidence: crsv.confidentiality 1]
    Vous racontez tout à l’infirmière. Halima, assise, écoute sa propre histoire dans les mots de quelqu’un d’autre. # speaker: narrator # person: halima sad
- Plus tard, Halima ressort. Elle souhaite rencontrer la Conseillère pour la protection des femmes demain, au centre des femmes. # speaker: narrator # person: halima calm # person: esther gone
+ [Lui demander ce qu’elle veut que Mme Duarte sache, et ne transmettre que cela # evidence: crsv.consent 3]
    Elle ne veut faire savoir qu’une chose à Mme Duarte : une femme viendra demain à dix heures au centre des femmes. # speaker: narrator # person: halima relieved
+ [Appeler Mme Duarte à la radio et lui transmettre tout ce que vous savez, pour qu’Halima n’ait pas à se répéter # evidence: crsv.consent 1]
    Halima entend son histoire partir sur les ondes, avec des mots qu’elle n’a pas choisis. # speaker: narrator # person: halima sad
- -> journalist

// ---------------------------------------------------------------------------------------------------------------
=== declines ===
~ decision = "declined"
Halima ramasse son bidon. # speaker: narrator # person: halima wary
Pas aujourd’hui. La mère de mon mari attend l’eau. Si je suis en retard, elle va poser des questions. # speaker: halima
+ [Respecter sa décision. Lui dire brièvement où trouver l’infirmière et le centre des femmes, que le traitement préventif du VIH doit être commencé avant l’aube de demain, et qu’elle peut changer d’avis à tout moment # evidence: crsv.consent 3 # evidence: crsv.medical-urgency 3]
    ~ knows_care = true
    Elle le répète à mi-voix : l’infirmière, le centre des femmes, avant l’aube. # speaker: narrator # person: halima calm
+ [Insister. Le temps presse, alors vous l’accompagnez tout de suite chez l’infirmière # evidence: crsv.consent 0 # critical: crsv.consent]
    ~ forced = true
    Vous marchez à ses côtés jusqu’au poste de santé. Elle ne dit pas un mot. # speaker: narrator # scene: health-post # person: halima angry
    Pendant que vous parlez à l’infirmière sur le pas de la porte, elle s’éclipse avec Nia. # speaker: narrator # person: halima gone # person: nia gone
+ {knows_care} [Accepter sa décision et lui dire au revoir # evidence: crsv.medical-urgency 2 # evidence: crsv.consent 2]
    Elle hoche la tête et s’en va. # speaker: narrator
+ {not knows_care} [Accepter sa décision et lui dire au revoir # evidence: crsv.medical-urgency 1 # evidence: crsv.consent 2]
    Elle hoche la tête et s’en va. # speaker: narrator
- -> journalist

// ---------------------------------------------------------------------------------------------------------------
=== gone ===
~ decision = "left"
Halima prend Nia par la main et s’éloigne rapidement, son bidon dans l’autre main. # speaker: narrator # person: halima gone # person: nia gone
Kofi la regarde partir. # speaker: narrator # person: kofi wary
On la suit jusqu’à son abri pour la convaincre d’aller voir l’infirmière ? # speaker: kofi
+ [La suivre jusqu’à son abri et la convaincre # evidence: crsv.consent 0 # evidence: crsv.safety-privacy 0 # critical: crsv.consent]
    ~ forced = true
    Vous la rattrapez entre les abris. Les voisins sortent sur le pas de leur porte pour regarder. # speaker: narrator
    Elle ne vous regarde pas. Elle rentre chez elle et tire le rideau. # speaker: narrator
+ [Avant qu’elle ne soit hors de portée de voix, lui dire doucement où trouver l’infirmière et le centre des femmes, et que le traitement n’agit que s’il est commencé dans les 72 heures. Puis la laisser partir # evidence: crsv.referral 3 # evidence: crsv.consent 3]
    ~ knows_care = true
    Elle ne se retourne pas, mais, un instant, elle ralentit. # speaker: narrator
+ [La laisser partir sans un mot # evidence: crsv.referral 1 # evidence: crsv.consent 2]
    Elle disparaît entre les abris. # speaker: narrator
- -> journalist

// ---------------------------------------------------------------------------------------------------------------
=== journalist ===
Plus tard, de retour au point d’eau, un jeune homme muni d’un enregistreur et d’un appareil photo rattrape la patrouille. # scene: water-point # speaker: narrator # person: halima gone # person: nia gone # person: mariam gone # person: joel neutral
Joel, de Radio Kavara. On dit que la milice a violé une femme ici. C’est celle à qui vous parliez ? Un nom et une photo, et le monde entier écoutera. # speaker: joel
+ [Lui donner son nom. Le monde doit savoir ce que fait la milice # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    {not exposed: 
        ~ exposed_to = "journalist"
    }
    ~ exposed = true
    Il le note et vous remercie. # speaker: narrator # person: joel hopeful
+ [Ne donner aucun nom, mais confirmer qu’une femme a été agressée près du point d’eau il y a deux jours, au petit matin # evidence: crsv.confidentiality 1]
    ~ hinted = true
    Il hoche lentement la tête. Dans un site de cette taille, cela peut suffire pour que les gens devinent. # speaker: narrator # person: joel neutral
+ [Dire que vous ne pouvez parler d’aucune personne en particulier, et lui donner le numéro du bureau de l’information publique de la mission # evidence: crsv.confidentiality 3]
    Il soupire, mais il prend le numéro. # speaker: narrator # person: joel neutral
- Joel retourne à sa moto. # speaker: narrator # person: joel gone
-> base

// ---------------------------------------------------------------------------------------------------------------
=== base ===
Le soir, à la base, vous rendez compte au capitaine Rahman, votre commandant de compagnie. # scene: base # speaker: narrator # person: kofi gone # person: joel gone # person: rahman neutral
Bon travail aujourd’hui. Donnez-moi le nom de cette femme et son numéro d’abri. Je mettrai un groupe devant son abri la nuit. # speaker: rahman
+ [Lui donner son nom et son numéro d’abri, pour que la compagnie puisse la protéger # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    {not exposed: 
        ~ exposed_to = "commander"
    }
    ~ exposed = true
    Il les inscrit au tableau blanc pour le briefing de la patrouille de nuit. # speaker: narrator # person: rahman calm
+ [Signaler la présence d’hommes armés sur le chemin du point d’eau à l’aube et le risque pour les femmes qui vont chercher de l’eau, et demander des patrouilles à cet endroit dès les premières lueurs. Aucun nom, rien de ce qu’elle vous a dit # evidence: crsv.confidentiality 3]
    Il réfléchit, puis hoche la tête. # speaker: narrator # person: rahman calm
    Entendu. Des patrouilles sur le chemin du point d’eau dès les premières lueurs, à partir de demain. # speaker: rahman
+ [Lui dire que vous préférez ne pas en parler # evidence: crsv.confidentiality 2]
    Il fronce les sourcils, puis n’insiste pas. Le rapport de patrouille ne dit rien des hommes armés sur le chemin du point d’eau. # speaker: narrator # person: rahman wary
- -> ending

// ---------------------------------------------------------------------------------------------------------------
=== ending ===
{promised:
    Les jours passent. Personne n’est arrêté, et rien de ce que vous avez promis ne se réalise. Elle se souvient de qui le lui avait promis. # speaker: narrator
}
{idris_stayed && not exposed:
    Il se trouve qu’Idris ne répète à personne ce qu’il a entendu. Mais Halima ne pouvait pas le savoir, et vous non plus. # speaker: narrator
}
{noted && not exposed:
    Le carnet de Kofi contient toujours son nom. Un carnet, ça se perd, et ça se lit. # speaker: narrator
}
{hinted && not exposed:
    Ce soir-là, Radio Kavara annonce une agression au point d’eau de Mirambe. Sur le site, les gens commencent à deviner de qui il s’agit. # speaker: narrator
}
{
- exposed:
    -> identity_exposed
- forced:
    -> trust_broken
- decision == "accepted":
    -> care_in_time
- decision == "declined" && knows_care:
    -> informed_choice
- decision == "declined":
    -> without_help
- else:
    -> trust_broken
}

=== care_in_time ===
Halima commence le traitement l’après-midi même, à temps. # speaker: narrator
{woman:
    Demain, elle rencontrera Mme Duarte au centre des femmes, avec Mariam à ses côtés, selon ses propres conditions. # speaker: narrator
- else:
    Demain, elle rencontrera Mme Duarte au centre des femmes, selon ses propres conditions. # speaker: narrator
}
Vous n’en saurez jamais plus que ce qu’elle a choisi de vous dire. C’est ainsi que cela doit être. # speaker: narrator # ending: care-in-time
-> END

=== informed_choice ===
Halima rentre chez elle avec l’eau. Elle sait ce que l’infirmière peut faire, où se trouve le centre des femmes, et que le traitement préventif du VIH doit être commencé avant l’aube de demain. # speaker: narrator # person: halima gone
Y aller ou non, c’est sa décision, et vous la lui avez laissée. # speaker: narrator
Vous ne saurez peut-être jamais ce qu’elle a choisi. Respecter cela fait partie du travail. # speaker: narrator # ending: informed-choice
-> END

=== without_help ===
Halima rentre chez elle avec l’eau. # speaker: narrator # person: halima gone
{knows_wpa:
    Elle sait qu’il existe une infirmière et une Conseillère pour la protection des femmes, mais pas que le traitement préventif du VIH doit être commencé avant l’aube de demain. # speaker: narrator
- else:
    Elle ne sait pas ce que l’infirmière pourrait faire pour elle, ni que le traitement préventif du VIH doit être commencé avant l’aube de demain. # speaker: narrator
}
Si elle finit par demander, il sera peut-être trop tard. La laisser sans ces informations était aussi un choix. # speaker: narrator # ending: left-without-help
-> END

=== trust_broken ===
{forced:
    Vous lui avez imposé une aide qu’elle n’avait pas acceptée. Ce qu’elle a appris aujourd’hui, c’est que se confier à un Casque bleu, c’est perdre la maîtrise de sa propre histoire. # speaker: narrator
- else:
    Elle est partie parce que la conversation avait cessé de lui paraître sûre. # speaker: narrator
}
{knows_care:
    Elle sait tout de même où trouver l’infirmière, et que le temps presse. Fera-t-elle encore un jour confiance à quelqu’un qui porte un casque bleu ? Vous ne pouvez pas le savoir. # speaker: narrator
- else:
    Elle ne sait pas ce que l’infirmière pourrait faire pour elle, ni combien il reste peu de temps. # speaker: narrator
}
Désormais, elle ne va chercher de l’eau que lorsqu’aucune patrouille n’est en vue. # speaker: narrator # ending: trust-broken
-> END

=== identity_exposed ===
{exposed_to:
- "photo":
    La photo prise avec le téléphone de Kofi circule dans un groupe de discussion de la patrouille, « pour mémoire ». Quelqu’un la montre à quelqu’un d’autre. # speaker: narrator
- "chairman":
    Dès le soir, le président en a parlé à son comité, et le comité à tout le site. # speaker: narrator
- "journalist":
    Ce soir-là, Radio Kavara donne son nom à l’antenne. # speaker: narrator
- else:
    Son nom et son numéro d’abri sont au tableau blanc pour la patrouille de nuit, et la patrouille de nuit parle. # speaker: narrator
}
La famille de son mari l’apprend. Les hommes de la route aussi, peut-être. # speaker: narrator # person: halima gone # person: nia gone
Avant l’aube, Halima et Nia quittent le site avec ce qu’elles peuvent emporter. # speaker: narrator
Son histoire, c’était à elle de la raconter. Révéler l’identité d’une survivante sans son consentement est une erreur critique, même si tout le reste s’est bien passé. # speaker: narrator # ending: identity-exposed
-> END
