// First contact with a survivor.
// Setting: Mirambe IDP site, northern Kavara (fictional), UN mission MINUKA (fictional).
// A non-specialist peacekeeper meets a woman who was attacked by armed men of a militia (CRSV by a party to
// the conflict, not by UN personnel). The harm is told, never shown.
// Choices are written without tells (docs/authoring.md): the wrong ones are the mistakes real peacekeepers make,
// for their real reasons; what makes a choice right or wrong is taught by what follows and by the debrief.

VAR trust = 2            // 0..6: how far Halima trusts you; moves with what you do
VAR place = "open"       // where you talk: "open", "tank" (behind the water tank) or "health" (health post)
VAR woman = false        // Mariam, the woman language assistant, is with her
VAR bello = false        // Sergeant Aisha Bello, the woman peacekeeper of the engagement team, sits with her
VAR idris_stayed = false // the male language assistant from her area heard everything
VAR exposed = false      // her identity has been recorded or given away without consent (critical)
VAR exposed_to = ""      // who learned it first: "photo", "chairman", "journalist", "commander"
VAR noted = false        // her first name is in Kofi's notebook
VAR hinted = false       // the journalist was told enough to guess
VAR chair_hint = false   // the chairman was told she has "been through" something
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
Deux femmes de l’équipe d’engagement de la mission accompagnent la patrouille aujourd’hui : la sergente Aisha Bello, et Mariam, l’assistante linguistique de l’équipe. Elles sont à l’autre bout du point d’eau et parlent avec les femmes au robinet. # speaker: narrator
Au point d’eau, des femmes et des filles font la queue avec des bidons jaunes. # speaker: narrator
À quarante mètres de là, quatre hommes armés de la milice qui tient la route sont assis à l’ombre d’un pick-up. # speaker: narrator
Une femme se tient à l’écart de la file, une fillette d’environ huit ans par la main. # speaker: narrator # person: halima wary # person: nia wary
Elle regarde votre casque bleu, puis le sol, puis de nouveau vous. Elle longe le bout de la file, passe devant les deux femmes de l’équipe d’engagement, et s’approche de vous. # speaker: narrator
Vous êtes l’ONU ? Vous aidez les femmes ? # speaker: halima # person: halima afraid
+ [Lui répondre sur place ; une patrouille doit se montrer à l’écoute # evidence: crsv.safety-privacy 1]
    ~ trust_down(1)
    Vous la saluez et lui demandez, devant tout le monde, ce que vous pouvez faire pour elle. # speaker: narrator
    Dans la file, les têtes se tournent. Sa voix se réduit à un murmure. # speaker: narrator # person: halima afraid
    Pas ici. S’il vous plaît. # speaker: halima
    Se montrer à l’écoute, c’est bon pour une patrouille. Pour une femme qui vient parler à des soldats, être vue peut coûter très cher. # speaker: narrator
+ [Faire signe à la sergente Bello ; c’est une affaire de femmes # evidence: crsv.safety-privacy 1]
    ~ trust_down(1)
    La sergente Bello remonte toute la file vers vous. Toutes les têtes la suivent. # speaker: narrator # person: bello neutral
    Halima recule, à moitié cachée derrière vous. # speaker: narrator # person: halima afraid
    La sergente Bello comprend d’un coup d’œil, et vous parle à voix basse. # speaker: narrator
    C’est vers vous qu’elle est venue. Restez avec elle. Si elle veut une femme, demandez-le-lui, et je serai tout près. # speaker: bello
    Elle retourne au robinet, comme si elle était seulement venue vous saluer. # speaker: narrator # person: bello gone
    Une collègue femme lui serait peut-être plus facile à aborder. Mais c’est Halima qui a choisi à qui s’adresser, et faire signe à quelqu’un devant la file l’a fait remarquer et l’a confiée à une autre sans le lui demander. # speaker: narrator
    Que vous soyez un homme ou une femme, c’est vers vous qu’elle est venue, et ce que vous faites maintenant compte. # speaker: narrator
+ [Baisser la voix, et lui demander où elle aimerait parler # evidence: crsv.safety-privacy 3]
    ~ trust_up(1)
    Vous la saluez calmement, à voix basse, et lui demandez où elle aimerait parler. # speaker: narrator
    Elle laisse échapper un soupir. # speaker: narrator # person: halima wary
+ [Lui dire de revenir plus tard à l’entrée de la base ; la patrouille doit repartir # evidence: crsv.referral 0]
    ~ trust_down(1)
    Elle lève les yeux vers la base, en haut de la colline, vers les barbelés et les sentinelles. # speaker: narrator # person: halima sad
    À l’entrée, il y a beaucoup de soldats. Tout le monde voit qui y va. # speaker: halima
    Elle se détourne pour partir. Sa fille la tire par la main et se retourne vers vous. # speaker: narrator # person: nia afraid
    Kofi croise votre regard. Vous la rappelez doucement, et elle s’arrête. # speaker: narrator # person: halima wary
    La renvoyer, c’est aussi une décision : elle ne demandera peut-être pas une deuxième fois. # speaker: narrator
- -> where

// ---------------------------------------------------------------------------------------------------------------
=== where ===
Elle indique deux endroits où les femmes peuvent parler sans être observées. # speaker: narrator
Derrière le réservoir d’eau, à l’ombre. Ou le coin des femmes, au poste de santé. Les femmes y attendent l’infirmière toute la journée. # speaker: halima
+ [La laisser partir devant vers le coin des femmes, et la suivre un peu après # evidence: crsv.safety-privacy 3]
    ~ place = "health"
    Elle part la première avec sa fille. Vous attendez, puis vous vous y rendez tranquillement, comme pendant votre ronde habituelle. # speaker: narrator # scene: health-post
    Dans le coin des femmes, derrière un paravent tressé, elle s’assoit sur un banc avec sa fille. Personne ne vous a vus arriver ensemble. # speaker: narrator # person: halima wary # person: nia wary
+ [L’accompagner tout de suite au poste de santé, entourée de la patrouille # evidence: crsv.safety-privacy 1]
    ~ place = "health"
    ~ trust_down(1)
    La patrouille lui fait traverser le site. Les gens s’interrompent pour regarder passer une femme escortée par des soldats. # speaker: narrator # scene: health-post
    Elle garde les yeux baissés tout le long du chemin. Ici, une escorte ne la protège de rien, et annonce à tout le site qu’il s’est passé quelque chose. # speaker: narrator # person: halima afraid
+ [Aller avec elle derrière le réservoir ; Kofi garde la patrouille au robinet # evidence: crsv.safety-privacy 3]
    ~ place = "tank"
    Kofi reste au robinet et bavarde avec les gens de la file. Derrière le réservoir, personne ne peut vous voir depuis la route. # speaker: narrator
    Elle s’assoit sur un seau retourné, sa fille blottie contre ses genoux. # speaker: narrator # person: halima wary # person: nia wary
- -> language

// ---------------------------------------------------------------------------------------------------------------
=== language ===
{place == "health":
    La sergente Bello et Mariam ont suivi la patrouille jusqu’au poste de santé, comme souvent. # speaker: narrator
- else:
    La sergente Bello et Mariam sont encore au robinet, à une minute à pied. # speaker: narrator
}
Idris s’approche pour traduire. Quand Halima le voit, elle s’interrompt et ramène son foulard sur son visage. # speaker: narrator # person: halima afraid
Le village d’Idris est à une heure du côté de la rivière, d’où elle vient. # speaker: narrator
+ [Lui demander si elle préfère des femmes ; deux sont tout près # evidence: crsv.safety-privacy 3]
    ~ woman = true
    ~ bello = true
    ~ trust_up(1)
    Elle acquiesce vivement. Idris comprend et s’éloigne hors de portée de voix. # speaker: narrator # person: idris gone
    {place == "tank": Une minute plus tard, la sergente Bello et Mariam contournent le réservoir, comme pour remplir un bidon.|La sergente Bello et Mariam quittent la file de la vaccination et vous rejoignent.} # speaker: narrator
    Mariam salue Halima dans leur langue. La sergente Bello s’assoit à côté d’elle. # speaker: narrator # person: mariam calm # person: bello calm # person: halima calm
    Vous restez là. Halima parle à Mariam, mais son regard revient sans cesse vers vous : c’est vers vous qu’elle est venue. Une femme à ses côtés l’aide à parler. Ce que vous dites et faites ensuite compte toujours. # speaker: narrator
+ [Demander à Idris de reculer de quelques pas et de traduire de là # evidence: crsv.safety-privacy 1 # evidence: crsv.confidentiality 1]
    ~ idris_stayed = true
    Idris recule et se tourne à moitié. Il entend encore chaque mot. # speaker: narrator # person: idris neutral
    Halima parle, mais plus lentement, et elle garde son foulard sur son visage. # speaker: narrator # person: halima wary
+ [Continuer avec Idris ; elle a déjà commencé, et il est là # evidence: crsv.safety-privacy 1 # evidence: crsv.confidentiality 1]
    ~ idris_stayed = true
    ~ trust_down(1)
    Idris traduit. Halima répond en aussi peu de mots que possible, les yeux baissés. # speaker: narrator # person: halima sad
    Elle n’a pas choisi de se confier à un homme de chez elle. Maintenant, il sait, qu’elle le veuille ou non. # speaker: narrator
+ [Garder Idris, et placer Kofi à côté d’elle avec son fusil # evidence: crsv.safety-privacy 0]
    ~ idris_stayed = true
    ~ trust_down(2)
    Kofi se poste à côté d’elle, le fusil en travers de la poitrine. # speaker: narrator # person: kofi neutral
    Elle se recroqueville pour s’écarter de lui comme d’Idris. # speaker: narrator # person: halima afraid
- -> disclosure

// ---------------------------------------------------------------------------------------------------------------
=== disclosure ===
Halima parle lentement, et {woman:Mariam|Idris} traduit à voix basse. # speaker: narrator
{bello:
    La sergente Bello est assise en silence à côté d’elle. C’est à vous qu’Halima parle. # speaker: narrator
}
Il y a deux jours, je suis venue chercher de l’eau avant le lever du soleil. # speaker: halima # person: halima sad
Des hommes de la route m’ont arrêtée sur le chemin. Ils m’ont emmenée dans la brousse. # speaker: halima
Elle s’interrompt. Elle regarde sa fille, puis le sol. # speaker: narrator # person: halima afraid
+ [Lui demander combien ils étaient et comment ils étaient habillés, pour agir # evidence: crsv.listening 1]
    ~ trust_down(1)
    Son regard se porte vers la route, là où se trouve le pick-up. # speaker: narrator # person: halima afraid
    Quatre. Peut-être cinq. Je ne sais pas. # speaker: halima
    Elle regarde le pick-up maintenant, pas vous. Ses premiers mots à l’ONU sont devenus un interrogatoire sur les hommes qu’elle craint le plus, sous leurs yeux. # speaker: narrator
+ [Lui demander de tout reprendre depuis le début, pour ne rien oublier # evidence: crsv.listening 0]
    ~ trust_down(2)
    Elle secoue la tête. Ses mains tremblent. # speaker: narrator # person: halima afraid
    Ils m’ont fait du mal. C’est tout. # speaker: halima
    Tout raconter de nouveau, étape par étape, à un inconnu, c’est une deuxième blessure. Les questions reviennent aux spécialistes qu’elle choisira, si elle le choisit. # speaker: narrator
+ [Ne rien dire pour l’instant, et attendre qu’elle soit prête à continuer # evidence: crsv.listening 2]
    Vous attendez. Au bout d’un moment, elle s’essuie les yeux avec le bout de son foulard. # speaker: narrator # person: halima sad
    Personne ne l’a questionnée. Elle ne sait pas encore si on la croit. # speaker: narrator
+ [Lui dire qu’elle n’a rien à ajouter. Vous la croyez ; ce n’était pas sa faute # evidence: crsv.listening 3]
    ~ trust_up(1)
    Quelque chose se détend sur son visage. # speaker: narrator # person: halima sad
    Personne ne m’avait dit ça. # speaker: halima
- -> record

// ---------------------------------------------------------------------------------------------------------------
=== record ===
Kofi s’approche, le carnet déjà ouvert, le téléphone dans l’autre main. # speaker: narrator # person: kofi neutral
C’est un crime. Prenons son nom, son numéro d’abri et une photo. Avec une déposition en bonne et due forme, justice pourra être rendue. # speaker: kofi
+ [Dire à Kofi à voix basse : pas de notes, pas de photo, pas même son nom # evidence: crsv.confidentiality 3]
    ~ trust_up(1)
    Kofi hésite, puis referme le carnet et range le téléphone. # speaker: narrator # person: kofi wary
    Vous avez raison. C’est son histoire. # speaker: kofi # person: kofi calm
+ [Noter seulement son prénom, pour que les bonnes personnes assurent le suivi # evidence: crsv.confidentiality 1]
    ~ noted = true
    ~ trust_down(1)
    Kofi écrit un seul mot. Halima ne quitte pas le stylo des yeux. # speaker: narrator # person: halima wary
+ [Accepter : une vraie déposition et une photo, tant que c’est frais # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    {not exposed:
        ~ exposed_to = "photo"
    }
    ~ exposed = true
    ~ trust_down(2)
    Kofi note son nom, son abri et ce qu’elle a dit, et lève le téléphone. # speaker: narrator
    Halima se détourne et se cache le visage, trop tard. # speaker: narrator # person: halima afraid
- -> fears

// ---------------------------------------------------------------------------------------------------------------
=== fears ===
Halima reprend la parole, plus vite maintenant. # speaker: narrator
J’ai peur d’être malade. Peur d’avoir un bébé. # speaker: halima # person: halima afraid
Si la famille de mon mari l’apprend, ils vont me chasser. # speaker: halima
+ [Lui dire qu’elle doit voir l’infirmière aujourd’hui ; vous l’y emmenez # evidence: crsv.medical-urgency 1 # evidence: crsv.consent 0]
    ~ trust_down(1)
    Elle recule. # speaker: narrator # person: halima afraid
    Maintenant ? Tout le monde va voir. # speaker: halima
    L’urgence est réelle. Mais on lui a dit quoi faire, pas ce que l’infirmière peut faire, et on a décidé à sa place. # speaker: narrator
+ [Lui dire : traitement anti-VIH sous 72 heures, contraception d’urgence sous cinq jours, sans plainte # evidence: crsv.medical-urgency 3 # evidence: crsv.no-promises 3]
    ~ knows_care = true
    ~ trust_up(1)
    Elle écoute attentivement. # speaker: narrator # person: halima hopeful
    C’est encore possible aujourd’hui ? # speaker: halima
    Oui, lui dites-vous. Les 72 heures expirent demain avant l’aube. L’infirmière soigne en toute discrétion, et les soins ne dépendent d’aucune plainte, ni à la police ni à personne. C’est à elle de choisir. # speaker: narrator
+ [Lui dire de porter plainte d’abord ; l’infirmière voudra le formulaire de police avant de la soigner # evidence: crsv.medical-urgency 0]
    ~ trust_down(1)
    La police ? # speaker: halima # person: halima afraid
    Le cousin de son mari est policier, dit-elle. Elle secoue la tête. # speaker: narrator
    C’est faux : les soins ne dépendent jamais d’une plainte. En le croyant, elle risque de laisser passer les 72 heures. # speaker: narrator
+ [Lui dire de ne pas s’inquiéter : les médecins veilleront à ce que tout aille bien # evidence: crsv.no-promises 0 # evidence: crsv.medical-urgency 1]
    ~ promised = true
    Elle vous regarde ; elle voudrait y croire. # speaker: narrator # person: halima hopeful
    Elle ne sait toujours pas que le traitement n’agit que s’il est commencé à temps. # speaker: narrator
- -> justice

// ---------------------------------------------------------------------------------------------------------------
=== justice ===
Sa voix se durcit. # speaker: narrator
Vous allez les attraper ? Vous allez les chasser de la route ? # speaker: halima # person: halima angry
+ [Lui promettre qu’on retrouvera ces hommes et qu’ils seront arrêtés # evidence: crsv.no-promises 0]
    ~ promised = true
    Elle soutient longuement votre regard, puis hoche la tête. # speaker: narrator # person: halima hopeful
    Vous ne commandez pas la police, et vous ne savez pas si cela arrivera. # speaker: narrator
+ [Lui promettre que des soldats garderont son abri dès ce soir # evidence: crsv.no-promises 0 # evidence: crsv.safety-privacy 1]
    ~ promised = true
    ~ trust_down(1)
    Ses yeux s’écarquillent. # speaker: narrator # person: halima afraid
    Des soldats devant ma porte ? Alors tout le monde saura. # speaker: halima
+ [Lui dire que les arrestations relèvent de la police, pas de la patrouille # evidence: crsv.no-promises 2]
    C’est vrai, et elle entend une porte se fermer. # speaker: narrator # person: halima sad
    Elle détourne le regard, vers la route. # speaker: narrator
+ [Dire que vous ne pouvez pas le promettre, mais que vous signalerez le danger sur son chemin # evidence: crsv.no-promises 3]
    ~ trust_up(1)
    Elle reste un moment silencieuse. # speaker: narrator # person: halima sad
    Sans mon nom ? # speaker: halima
    Sans votre nom, lui dites-vous. Des hommes armés sur le chemin du point d’eau à l’aube : cela suffit pour que la mission agisse. # speaker: narrator
    Au moins, vous ne me mentez pas. # speaker: halima # person: halima calm
- -> daughter

// ---------------------------------------------------------------------------------------------------------------
=== daughter ===
Nia, sa fille, se serre contre sa mère et observe les soldats. # speaker: narrator # person: nia afraid
Kofi s’accroupit et sourit à la fillette. # speaker: narrator
Je peux emmener la petite au véhicule pour lui donner un biscuit pendant que vous parlez ? # speaker: kofi
+ [Demander à Halima ce qu’elle souhaite pour sa fille # evidence: crsv.child 3]
    ~ trust_up(1)
    Halima passe un bras autour de Nia. # speaker: narrator # person: nia calm # person: halima calm
    Elle reste avec moi. # speaker: halima
+ [Oui, emmenez-la. Une enfant n’a pas à entendre ça # evidence: crsv.child 1 # evidence: crsv.safety-privacy 1]
    ~ trust_down(1)
    Kofi tend la main. Nia regarde son uniforme et ne bouge pas, jusqu’à ce que sa mère la lâche. # speaker: narrator
    Kofi l’emmène jusqu’au véhicule blanc. Halima suit sa fille des yeux tout le temps, et {place == "tank":les gens au robinet|les femmes qui attendent l’infirmière} aussi. # speaker: narrator # person: nia gone # person: halima afraid
    Au bout d’une minute, elle demande qu’on la lui ramène, et Kofi revient avec Nia. # speaker: narrator # person: nia wary
+ [Proposer que Nia rentre devant, pour qu’elle n’entende pas ça # evidence: crsv.child 0]
    ~ trust_down(2)
    Toute seule ? En passant par la route ? # speaker: halima # person: halima angry
    Elle serre Nia contre elle et ne la lâche plus. # speaker: narrator # person: nia afraid
+ [Dire non à Kofi ; Nia reste exactement où elle est # evidence: crsv.child 2]
    Kofi acquiesce et se relève. Nia reste serrée contre sa mère. # speaker: narrator # person: nia wary
    Halima ne dit rien. Personne ne lui a demandé son avis. # speaker: narrator
- Halima caresse les cheveux de sa fille. # speaker: narrator
Nia était sur le chemin avec moi. Elle s’est sauvée à la maison. Depuis, elle ne parle presque plus, et elle pleure la nuit. # speaker: halima # person: halima sad
+ [Rassurer Halima : Nia est petite, elle oubliera vite # evidence: crsv.child 1]
    Halima ne dit rien. # speaker: narrator # person: halima sad
    Nia écoute. Pour l’instant, elle n’a rien oublié. # speaker: narrator
+ [Lui dire qu’il y a de l’aide pour les enfants aussi, si elle le veut # evidence: crsv.child 3]
    ~ trust_up(1)
    L’infirmière et le centre des femmes aident aussi les enfants qui ont eu très peur, lui dites-vous, et personne ne questionnera Nia sans l’accord de sa mère. # speaker: narrator
    Halima regarde longuement sa fille. # speaker: narrator # person: halima hopeful
    Pour elle aussi ? C’est bien. # speaker: halima
+ [S’accroupir à hauteur de Nia et lui demander doucement ce qu’elle a vu # evidence: crsv.child 0]
    ~ trust_down(2)
    Nia se met à pleurer et se cache le visage. Sa mère la serre fort. # speaker: narrator # person: nia afraid # person: halima angry
    Chercher à savoir ce qui est arrivé à une enfant, ce n’est pas votre rôle. Ce sont des spécialistes qui le font, si cela doit se faire, avec l’accord de sa mère. # speaker: narrator
- -> chairman

// ---------------------------------------------------------------------------------------------------------------
=== chairman ===
Un homme en chemise repassée s’approche : M. Tamba, président du comité du site. # speaker: narrator # person: tamba wary
{woman:
    Mariam vient discrètement se placer entre lui et Halima. # speaker: narrator # person: mariam wary
- else:
    Halima détourne le visage. # speaker: narrator # person: halima afraid
}
Chef ! Qui est cette femme ? Qu’est-ce qu’elle raconte à l’ONU ? # speaker: tamba
+ [Lui demander d’aller chercher la famille de son mari ; elle a besoin d’eux # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    {not exposed:
        ~ exposed_to = "chairman"
    }
    ~ exposed = true
    ~ trust_down(4)
    Tamba hausse les sourcils. Il toise Halima de la tête aux pieds. # speaker: narrator # person: tamba angry # person: halima afraid
    Je les connais bien. S’il s’est passé quelque chose, c’est par moi qu’ils doivent l’apprendre. # speaker: tamba
    Elle vous a dit ce que ferait la famille de son mari si elle savait. Maintenant, le président va le leur dire. # speaker: narrator
+ [Dire que la patrouille parle à beaucoup de gens, et que c’est privé # evidence: crsv.confidentiality 3]
    Il fronce les sourcils, mais il n’a rien à y redire. # speaker: narrator # person: tamba neutral
+ [Lui demander de la laisser tranquille ; elle en a assez vu comme ça # evidence: crsv.confidentiality 1]
    ~ chair_hint = true
    ~ trust_down(1)
    Assez vu quoi ? Il la dévisage, puis vous regarde. # speaker: narrator # person: tamba wary # person: halima afraid
    Vous vouliez la protéger. Vous lui avez appris qu’il y avait de quoi la protéger. # speaker: narrator
- Il baisse la voix, mais pas beaucoup. # speaker: narrator
Vous savez, les gens du côté de la rivière inventent des histoires pour avoir plus de rations. # speaker: tamba # person: tamba angry
Halima l’entend. # speaker: narrator # person: halima sad
+ [Dire que vous vérifierez son récit auprès d’autres habitants # evidence: crsv.listening 0]
    ~ trust_down(2)
    Tamba hoche la tête, satisfait, et s’en va. Le visage d’Halima se ferme. # speaker: narrator # person: tamba gone # person: halima angry
    Elle était venue pour être crue. Elle vient d’entendre qu’on va la vérifier. # speaker: narrator
+ [Laisser passer la remarque ; discuter ne ferait que le retenir ici # evidence: crsv.listening 2]
    Tamba s’en va. Halima regarde le sol. # speaker: narrator # person: tamba gone # person: halima sad
    Elle l’a entendu le dire, et elle a entendu l’ONU ne rien répondre. # speaker: narrator
+ [Dire calmement que l’ONU aide chacun de la même façon, d’où qu’il vienne # evidence: crsv.listening 3]
    ~ trust_up(1)
    Tamba hausse les épaules et s’en va. Halima le regarde partir, puis se tourne vers vous. # speaker: narrator # person: tamba gone # person: halima calm
- -> road

// ---------------------------------------------------------------------------------------------------------------
=== road ===
{place == "health":
    Par une brèche dans le mur, vous voyez l’un des hommes armés s’avancer nonchalamment jusqu’à l’entrée du poste de santé et jeter un œil à l’intérieur. # speaker: narrator
- else:
    L’un des hommes armés quitte le pick-up d’un pas nonchalant et parcourt du regard la file du point d’eau. # speaker: narrator
}
Halima l’a vu. Elle se fige. # speaker: narrator # person: halima afraid
+ [Garder la routine de la patrouille, et la tenir hors de sa vue # evidence: crsv.safety-privacy 3]
    Kofi bavarde avec les gens alentour, comme n’importe quel jour de patrouille. Au bout d’un moment, l’homme retourne tranquillement vers le pick-up. # speaker: narrator
    Halima respire de nouveau. # speaker: narrator # person: halima wary
+ [Aller le voir avec Kofi et l’interroger franchement sur l’autre matin # evidence: crsv.safety-privacy 0]
    ~ trust_down(2)
    Il rit, et vous ignore pour dévisager une à une les femmes alentour. # speaker: narrator
    Halima se tourne pour qu’il ne voie pas son visage. Maintenant, il sait que l’ONU pose des questions, et il cherche qui a parlé. # speaker: narrator # person: halima afraid
+ [Faire monter Halima dans le véhicule, hors de sa portée # evidence: crsv.safety-privacy 1]
    ~ trust_down(1)
    Elle monte dans le véhicule blanc de l’ONU. Désormais, tout le monde alentour a vu où elle se trouve. # speaker: narrator # person: halima afraid
- {trust == 0: -> gone}
-> options

// ---------------------------------------------------------------------------------------------------------------
=== options ===
Halima vous regarde. # speaker: narrator # person: halima wary
Qu’est-ce que je peux faire ? # speaker: halima
+ [Proposer de la conduire à la police en ville ; c’est là qu’on porte plainte # evidence: crsv.consent 1 # evidence: crsv.referral 1]
    ~ trust_down(1)
    Elle secoue la tête. # speaker: narrator # person: halima afraid
    Pas la police. Pas maintenant. # speaker: halima
    La police est une voie parmi d’autres, et ce n’est pas celle qu’elle demandait. Des autres, elle n’a rien entendu. # speaker: narrator
+ [Lui dire ce que font l’infirmière, Mme Duarte et le centre. Lui demander. # evidence: crsv.consent 3 # evidence: crsv.referral 3]
    ~ offered = true
    ~ knows_wpa = true
    L’infirmière soigne les gens en toute discrétion, lui expliquez-vous. Mme Duarte, la Conseillère pour la protection des femmes, travaille pour la mission et aide les survivantes à trouver du soutien et à se mettre en sécurité. # speaker: narrator
    Au centre des femmes, on l’écoutera, et personne ne dira rien à sa famille. Personne d’autre ne saura, sauf si elle le dit. À elle de décider vers qui se tourner, ou de ne se tourner vers personne. # speaker: narrator
+ [Lui annoncer que Mme Duarte passera à son abri cette semaine pour tout expliquer # evidence: crsv.consent 1 # evidence: crsv.medical-urgency 1 # evidence: crsv.safety-privacy 1]
    ~ knows_wpa = true
    ~ trust_down(1)
    À mon abri ? La mère de mon mari y est toute la journée. # speaker: halima # person: halima afraid
    Et d’ici la fin de la semaine, les 72 heures seront passées depuis longtemps. # speaker: narrator
+ [Appeler Mme Duarte à la radio avec son nom ; chaque cas doit lui parvenir # evidence: crsv.consent 0 # evidence: crsv.referral 1 # critical: crsv.consent]
    ~ forced = true
    ~ trust_down(3)
    Vous prenez la radio et prononcez son nom. Halima se lève. # speaker: narrator # person: halima angry
    Je ne vous ai pas demandé de le dire à qui que ce soit. # speaker: halima
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
+ [Dire que c’est à Halima de le raconter, et attendre dehors # evidence: crsv.confidentiality 3]
    {woman:
        Halima prend la main de Mariam, et elles entrent ensemble. # speaker: narrator # person: halima calm
    - else:
        Halima entre avec l’infirmière. Une femme, cela lui suffit, dit-elle. # speaker: narrator # person: halima calm
    }
+ [Entrer et raconter à l’infirmière ce qu’elle vous a dit, pour lui épargner ça # evidence: crsv.confidentiality 1 # evidence: crsv.consent 1]
    Vous racontez tout à l’infirmière. Halima, assise, écoute sa propre histoire dans les mots de quelqu’un d’autre. # speaker: narrator # person: halima sad
    Une partie, elle n’aurait voulu la dire à personne d’autre. # speaker: narrator
- Plus tard, Halima ressort. Elle souhaite rencontrer la Conseillère pour la protection des femmes demain, au centre des femmes. # speaker: narrator # person: halima calm # person: esther gone
+ [Tout transmettre à Mme Duarte par radio, pour qu’elle n’ait pas à se répéter # evidence: crsv.consent 1]
    Halima entend son histoire partir sur les ondes, avec des mots qu’elle n’a pas choisis. # speaker: narrator # person: halima sad
+ [Lui demander ce que Mme Duarte doit savoir, et ne transmettre que cela # evidence: crsv.consent 3]
    Elle ne veut faire savoir qu’une chose à Mme Duarte : une femme viendra demain à dix heures au centre des femmes. # speaker: narrator # person: halima relieved
- -> journalist

// ---------------------------------------------------------------------------------------------------------------
=== declines ===
~ decision = "declined"
Halima ramasse son bidon. # speaker: narrator # person: halima wary
Pas aujourd’hui. La mère de mon mari attend l’eau. Si je suis en retard, elle va poser des questions. # speaker: halima
+ [Insister doucement : le temps presse, alors vous l’emmenez chez l’infirmière # evidence: crsv.consent 0 # critical: crsv.consent]
    ~ forced = true
    Vous marchez à ses côtés jusqu’au poste de santé. Elle ne dit pas un mot. # speaker: narrator # scene: health-post # person: halima angry
    Pendant que vous parlez à l’infirmière sur le pas de la porte, elle s’éclipse avec Nia. # speaker: narrator # person: halima gone # person: nia gone
+ [Dire que l’infirmière peut l’aider jusqu’à l’aube, si elle change d’avis # evidence: crsv.consent 3 # evidence: crsv.medical-urgency 3]
    ~ knows_care = true
    L’infirmière du poste de santé, ou le centre des femmes, lui dites-vous. Le traitement n’agit que s’il est commencé avant l’aube de demain. La porte reste ouverte. # speaker: narrator
    Elle le répète à mi-voix : l’infirmière, le centre des femmes, avant l’aube. # speaker: narrator # person: halima calm
+ {knows_care} [Accepter sa réponse, et la laisser rentrer avec l’eau # evidence: crsv.medical-urgency 2 # evidence: crsv.consent 2]
    Elle hoche la tête et s’en va. # speaker: narrator
+ {not knows_care} [Accepter sa réponse, et la laisser rentrer avec l’eau # evidence: crsv.medical-urgency 1 # evidence: crsv.consent 2]
    Elle hoche la tête et s’en va. # speaker: narrator
- -> journalist

// ---------------------------------------------------------------------------------------------------------------
=== gone ===
~ decision = "left"
Halima prend Nia par la main et s’éloigne rapidement, son bidon dans l’autre main. # speaker: narrator # person: halima gone # person: nia gone
Kofi la regarde partir. # speaker: narrator # person: kofi wary
On la suit jusqu’à son abri pour la convaincre d’aller voir l’infirmière ? # speaker: kofi
+ [Lui lancer doucement : l’infirmière, le centre des femmes, avant l’aube # evidence: crsv.referral 3 # evidence: crsv.consent 3]
    ~ knows_care = true
    Elle ne se retourne pas, mais, un instant, elle ralentit. # speaker: narrator
+ [La laisser partir ; c’est son choix, et vous devez le respecter # evidence: crsv.referral 1 # evidence: crsv.consent 2]
    Elle disparaît entre les abris, sans savoir où trouver de l’aide ni combien il reste peu de temps. # speaker: narrator
+ [La suivre chez elle avec Kofi pour la convaincre d’y aller # evidence: crsv.consent 0 # evidence: crsv.safety-privacy 0 # critical: crsv.consent]
    ~ forced = true
    Vous la rattrapez entre les abris. Les voisins sortent sur le pas de leur porte pour regarder. # speaker: narrator
    Elle ne vous regarde pas. Elle rentre chez elle et tire le rideau. # speaker: narrator
- -> journalist

// ---------------------------------------------------------------------------------------------------------------
=== journalist ===
Plus tard, de retour au point d’eau, un jeune homme muni d’un enregistreur et d’un appareil photo rattrape la patrouille. # scene: water-point # speaker: narrator # person: halima gone # person: nia gone # person: mariam gone # person: bello gone # person: joel neutral
Joel, de Radio Kavara. On dit que la milice a violé une femme ici. C’est celle à qui vous parliez ? Un nom et une photo, et le monde entier écoutera. # speaker: joel
+ [Dire que vous ne parlez d’aucune personne, et l’adresser au bureau de presse # evidence: crsv.confidentiality 3]
    Il soupire, mais il prend le numéro du bureau de l’information publique de la mission. # speaker: narrator # person: joel neutral
+ [Ne donner aucun nom, mais confirmer qu’une femme a été agressée ici il y a deux jours # evidence: crsv.confidentiality 1]
    ~ hinted = true
    Il hoche lentement la tête. Dans un site de cette taille, cela peut suffire pour que les gens devinent. # speaker: narrator # person: joel neutral
+ [Lui donner son nom ; le monde doit savoir ce que fait la milice # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    {not exposed:
        ~ exposed_to = "journalist"
    }
    ~ exposed = true
    Il le note et vous remercie. # speaker: narrator # person: joel hopeful
- Joel retourne à sa moto. # speaker: narrator # person: joel gone
-> base

// ---------------------------------------------------------------------------------------------------------------
=== base ===
Le soir, à la base, vous rendez compte au capitaine Rahman, votre commandant de compagnie. # scene: base # speaker: narrator # person: kofi gone # person: joel gone # person: rahman neutral
Bon travail aujourd’hui. Donnez-moi le nom de cette femme et son numéro d’abri. Je mettrai un groupe devant son abri la nuit. # speaker: rahman
+ [Dire que c’est confidentiel, et n’en rien mettre dans le rapport de patrouille # evidence: crsv.confidentiality 2]
    Il fronce les sourcils, puis n’insiste pas. Le rapport de patrouille ne dit rien des hommes armés sur le chemin du point d’eau. # speaker: narrator # person: rahman wary
    Son secret est bien gardé. La prochaine femme sur ce chemin à l’aube, elle, n’est pas protégée. # speaker: narrator
+ [Lui donner son nom et son abri, pour que la compagnie la protège # evidence: crsv.confidentiality 0 # critical: crsv.confidentiality]
    {not exposed:
        ~ exposed_to = "commander"
    }
    ~ exposed = true
    Il les inscrit au tableau blanc pour le briefing de la patrouille de nuit. # speaker: narrator # person: rahman calm
+ [Signaler les hommes armés sur le chemin de l’eau à l’aube ; demander des patrouilles # evidence: crsv.confidentiality 3]
    Vous lui donnez la menace et rien d’elle : ni nom, ni abri, rien de ce qu’elle vous a dit. # speaker: narrator
    Il réfléchit, puis hoche la tête. # speaker: narrator # person: rahman calm
    Entendu. Des patrouilles sur le chemin du point d’eau dès les premières lueurs, à partir de demain. # speaker: rahman
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
{chair_hint && not exposed:
    Dès le soir, M. Tamba demande autour de lui ce que la femme du point d’eau a bien pu « voir ». # speaker: narrator
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
    Demain, elle rencontrera Mme Duarte au centre des femmes, avec Mariam à ses côtés, selon ses propres conditions. # speaker: narrator
- else:
    Demain, elle rencontrera Mme Duarte au centre des femmes, selon ses propres conditions. # speaker: narrator
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
    Dès le soir, le président est allé demander à la famille de son mari ce que leur belle-fille raconte à l’ONU. # speaker: narrator
- "journalist":
    Ce soir-là, Radio Kavara donne son nom à l’antenne. # speaker: narrator
- else:
    Son nom et son numéro d’abri sont au tableau blanc pour la patrouille de nuit, et la patrouille de nuit parle. # speaker: narrator
}
La famille de son mari l’apprend. Les hommes de la route aussi, peut-être. # speaker: narrator # person: halima gone # person: nia gone
Avant l’aube, Halima et Nia quittent le site avec ce qu’elles peuvent emporter. # speaker: narrator
Son histoire, c’était à elle de la raconter. Révéler l’identité d’une survivante sans son consentement est une erreur critique, même si tout le reste s’est bien passé. # speaker: narrator # ending: identity-exposed
-> END
