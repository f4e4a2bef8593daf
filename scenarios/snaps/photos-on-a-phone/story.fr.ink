// Snap situation: photos on a phone.
// A colleague has photos that seem to show a sergeant of the contingent giving food to a local woman in exchange for
// sex, and wants to confront him or question her. Exchanging food for sex is sexual exploitation at any age
// (ST/SGB/2003/13 §3.2(c)); it goes to the Conduct and Discipline Team (CDT), who decide what else is needed.
// Peacekeepers do not investigate, confront or question, the woman's identity stays within need-to-know, and
// deleting the photos to spare her does not spare anyone the duty to report; the report keeps what was seen apart
// from what was assumed.
// Built from guidance/notes/external-public-guidance.md items 50, 52, 58, 59, 61, 62 and 64, and seed 001
// L3968-3973 (stigma, confidential complaint points).

VAR sergeant = ""        // the sergeant's name (shown)
VAR place = ""           // where the photos were taken (shown)
VAR food = ""            // what he gives her (shown)
VAR tipped = false       // the sergeant knows what is known (critical)
VAR shared = false       // the photos went to the platoon group (critical)
VAR deleted = false      // the photos were deleted and nothing was reported (critical)
VAR questioned = false   // the woman was questioned at the market
VAR watched = false      // a week of watching and photographing
VAR loose = false        // the trainee left the photos on Mendes's phone, to do with as he liked
VAR overstated = false   // the trainee gave the CDT an assumption as if it were fact
VAR leftout = false      // the trainee kept the two colleagues who saw the photos out of the report
VAR talked = false       // the trainee was drawn into talk with the sergeant and kept it to themselves

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ sergeant = "Kovac"
    ~ place = "derrière le marché"
    ~ food = "un sac de riz"
- 2:
    ~ sergeant = "Haidari"
    ~ place = "près du moulin à maïs"
    ~ food = "un carton de conserves de rations"
- else:
    ~ sergeant = "Kossi"
    ~ place = "sur le chemin de la rivière, en contrebas de la base"
    ~ food = "de la farine et de l’huile"
}
-> phone

// ---------------------------------------------------------------------------------------------------------------
=== phone ===
Le soir, derrière le parc de véhicules d’une base de la MINUKA, dans le nord du Kavara. # scene: base # speaker: narrator
Le soldat Tiago Mendes, de votre section, vous prend à part et vous tend son téléphone. # speaker: narrator # person: mendes wary
Regarde. Le sergent {sergeant}, {place}. Il lui donne {food}, et elle entre dans la maison avec lui. # speaker: mendes
Trois photos, prises de loin : le sergent, une jeune femme, quelque chose qui passe de main en main devant une porte. # speaker: narrator
C’est une preuve. Il la nourrit, et elle couche avec lui. Je ne les ai montrées qu’à deux gars. # speaker: mendes
Alors voilà : ce soir, on lui dit qu’on sait. Ou demain, on la trouve au marché et on lui pose la question franchement. Avec les photos, elle ne pourra pas nier. # speaker: mendes # person: mendes angry
+ [Lui dire de surveiller d’abord le sergent une semaine. Des photos plus nettes rendront le signalement solide # evidence: sea.no-investigation 1]
    ~ watched = true
    L’idée plaît à Mendes. Il commence à noter les allées et venues du sergent. # speaker: narrator # person: mendes calm
    Pendant une semaine, chaque soir, il se trouve là où il ne devrait pas être, téléphone à la main. # speaker: narrator
+ [Ni l’un ni l’autre : tous les deux à l’Équipe Déontologie et discipline aujourd’hui, et rien d’autre # evidence: sea.no-investigation 3]
    Mendes hésite. Et ils vont vraiment faire quelque chose ? # speaker: narrator # person: mendes wary
    Le décider, c’est leur travail, lui répondez-vous. Le nôtre, c’est de les informer, puis de ne plus nous en mêler. # speaker: narrator
    D’accord. Après le dîner. # speaker: mendes # person: mendes calm
+ [La trouver au marché avec lui, et lui demander gentiment si elle veut de l’aide # evidence: sea.no-investigation 0 # evidence: sea.confidentiality 1]
    ~ questioned = true
    Le lendemain matin, vous la trouvez à son étal. Mendes lui montre le téléphone. # speaker: narrator
    Elle regarde la photo, puis les deux soldats devant elle. Elle ne dit rien, remballe son étal et s’en va. # speaker: narrator
    À midi, les marchandes se demandent entre elles ce que les soldats lui voulaient. # speaker: narrator
+ [Dire d’abord deux mots au sergent. Il mérite une chance d’arrêter # evidence: sea.no-investigation 0 # critical: sea.no-investigation]
    ~ tipped = true
    Vous trouvez le sergent {sergeant} devant sa tente et lui dites, à voix basse, qu’il existe des photos, et qu’il devrait arrêter. # speaker: narrator # person: sergeant neutral
    Le sergent se fige. # speaker: narrator # person: sergeant angry
    Quelles photos ? Effacez-les. Et mêlez-vous de vos affaires. # speaker: sergeant
    Il s’éloigne. Il sait maintenant exactement ce que l’on sait, et qui le sait. # speaker: narrator # person: sergeant gone
- -> photos

// ---------------------------------------------------------------------------------------------------------------
=== photos ===
{
- tipped:
    De retour à votre tente, Mendes est en colère. Il va tout nier, maintenant. # speaker: narrator # person: mendes angry
- questioned:
    De retour à la base, Mendes fait de nouveau défiler les photos. Elle ne parlera jamais, maintenant. Alors, on va voir ceux de la déontologie. # speaker: narrator # person: mendes wary
- watched:
    Une semaine plus tard, Mendes a douze photos et un carnet. Maintenant, on va voir ceux de la déontologie. # speaker: narrator # person: mendes calm
- else:
    Après le dîner, sur le chemin du bureau de l’Équipe Déontologie et discipline, Mendes s’arrête. # speaker: narrator
}
D’abord, les photos. Je te les envoie, au cas où ? Et le groupe de la section devrait les voir. Les gens doivent savoir qui il est. # speaker: mendes
Ou alors on efface tout et on oublie. Si ça se sait, c’est elle qu’on montrera du doigt, pas lui. # speaker: mendes # person: mendes wary
+ [Approuver : les publier dans le groupe de la section. Les gens doivent savoir qui il est # evidence: sea.confidentiality 0 # critical: sea.confidentiality]
    ~ shared = true
    En moins d’une heure, quarante personnes ont vu les photos, et deux les ont transférées. # speaker: narrator
    Le visage de la jeune femme circule sur les téléphones de toute la base, et bientôt au-delà. # speaker: narrator
+ [Lui dire de ne les envoyer à personne. Elles vont à l’équipe, puis hors de son téléphone # evidence: sea.confidentiality 3]
    Mendes range son téléphone dans sa poche. Seulement à eux. Compris. # speaker: narrator # person: mendes calm
+ [Approuver : les effacer et ne plus en parler. Elle a subi assez de honte # evidence: sea.report 0 # critical: sea.report # evidence: sea.confidentiality 2]
    ~ deleted = true
    Mendes les efface une à une et vous montre le dossier vide. # speaker: narrator # person: mendes calm
    Vous rentrez à vos tentes. Ni l’un ni l’autre ne s’approche du bureau de l’Équipe Déontologie et discipline. # speaker: narrator # person: mendes gone
    -> aftermath
+ [Lui laisser les photos sur son téléphone. C’est lui qui les a prises, et il sait qu’il ne faut pas les diffuser # evidence: sea.confidentiality 1]
    ~ loose = true
    Il les garde. S’il les montre à d’autres, vous ne le lui demandez pas. # speaker: narrator
- -> office

// ---------------------------------------------------------------------------------------------------------------
=== office ===
Au bureau de l’Équipe Déontologie et discipline, Mme Leila Haddad écoute Mendes et regarde les photos. Puis elle se tourne vers vous. # speaker: narrator # person: mendes neutral # person: haddad calm
Et vous, que savez-vous par vous-même ? # speaker: haddad
+ [Dire que le sergent échange de la nourriture contre du sexe. Les photos le prouvent # evidence: sea.report 1]
    ~ overstated = true
    Mme Haddad lève les yeux. Vous l’avez vu vous-même ? # speaker: narrator # person: haddad wary
    Vous devez répondre non. Elle doit maintenant démêler ce que montrent les photos de ce que vous avez supposé tous les deux. # speaker: narrator
+ [Appuyer Mendes, mais taire les deux gars. Ils n’ont rien fait de mal # evidence: sea.report 2]
    ~ leftout = true
    Vous ne dites rien des deux gars qui ont vu les photos, et Mendes fait comme vous. # speaker: narrator
+ [Dire seulement ce que montrent les photos. Le reste, c’est ce que Mendes vous a dit, et vous le précisez # evidence: sea.report 3]
    Mme Haddad hoche la tête en écrivant. Ce que vous avez vu, et ce qu’on vous a dit. C’est la distinction dont nous avons besoin. # speaker: haddad
- Merci. À partir de maintenant, c’est notre affaire. Ne cherchez pas à en savoir plus, ne lui en parlez pas, et gardez cela pour vous. # speaker: haddad # person: haddad gone
{tipped:
    -> aftermath
}
-> tanks

// ---------------------------------------------------------------------------------------------------------------
=== tanks ===
Le lendemain soir, le sergent {sergeant} vous arrête près des citernes. # speaker: narrator # person: mendes gone # person: sergeant wary
{questioned:
    Le marché a jasé, et la section aussi. # speaker: narrator
}
Mendes montre des photos à tout le monde. Qu’est-ce qu’il raconte sur moi ? Tu es son ami. Dis-le-moi. # speaker: sergeant
+ [Bavarder une minute pour le calmer. Dire que ce ne sont que des ragots de caserne, et en rester là # evidence: sea.no-investigation 2]
    ~ talked = true
    Il se détend un peu. Juste des ragots. Bon. # speaker: narrator # person: sergeant calm
    Il s’éloigne. Personne dont c’est le travail ne sait qu’il est venu vous voir. # speaker: narrator # person: sergeant gone
+ [Lui dire discrètement d’arrêter de la voir, avant que cela tourne plus mal pour lui # evidence: sea.no-investigation 0 # critical: sea.no-investigation]
    ~ tipped = true
    Il vous regarde longuement, puis acquiesce. # speaker: narrator # person: sergeant wary
    Il sait maintenant ce que l’on sait. Ce qu’il en fera, vous ne pouvez pas le savoir. # speaker: narrator # person: sergeant gone
+ [Refuser d’en parler, partir, et dire à Mme Haddad qu’il est venu # evidence: sea.no-investigation 3]
    Il vous lance quelque chose dans le dos. Vous continuez votre chemin. # speaker: narrator # person: sergeant gone
    Le soir même, vous ajoutez une ligne à ce que l’équipe sait déjà : il est venu vous voir, et voici ce qu’il a demandé. # speaker: narrator
- -> aftermath

// ---------------------------------------------------------------------------------------------------------------
=== aftermath ===
{
- shared:
    -> photos_shared
- deleted:
    -> not_reported
- tipped:
    -> suspect_warned
- questioned || watched || loose || talked || overstated || leftout:
    -> traces_left
- else:
    -> left_to_cdt
}

=== left_to_cdt ===
L’Équipe Déontologie et discipline a tout ce que Mendes et vous savez, ce que vous avez vu bien distinct de ce qu’on vous a dit. Les photos ne sont allées qu’à elle, et pas plus loin. # speaker: narrator
Le sergent {sergeant} n’a rien appris de vous, et personne n’a approché la femme, sauf ceux dont c’est le travail. # speaker: narrator
Si elle veut de l’aide, et laquelle, c’est à elle d’en décider, avec des personnes formées pour cela. # speaker: narrator # ending: left-to-cdt
-> END

=== traces_left ===
L’Équipe Déontologie et discipline a ce que vous savez. Mais pas proprement. # speaker: narrator
{questioned:
    Deux soldats ont interrogé la femme devant tout le marché. Elle n’est pas revenue à son étal. # speaker: narrator
}
{watched:
    Une semaine de surveillance et de photos n’a rien apporté dont l’équipe avait besoin, et aurait pu l’alerter. # speaker: narrator
}
{loose:
    Mendes a gardé les photos, et personne ne lui a dit d’arrêter de les montrer. # speaker: narrator
}
{overstated:
    Vous avez présenté une supposition comme un fait, et l’équipe doit maintenant vérifier deux fois tout ce que vous avez dit. # speaker: narrator
}
{leftout:
    L’équipe n’a rien su des deux gars qui ont vu les photos : deux personnes de plus qui connaissent son visage, et qui auraient pu dire à l’équipe ce que Mendes racontait à ce moment-là. # speaker: narrator
}
{talked:
    Le sergent est venu vous voir, et l’équipe n’en a jamais rien su. # speaker: narrator
}
Signalez ce que vous savez, tel que vous le savez, et laissez le reste à l’équipe : c’est ainsi que l’on protège à la fois la femme et l’enquête. # speaker: narrator # ending: traces-left
-> END

=== suspect_warned ===
Le sergent {sergeant} savait ce que l’on savait avant qu’un enquêteur ne l’approche. # speaker: narrator
Il a eu le temps de faire pression sur la femme et d’effacer ses traces. Quand les enquêteurs arrivent, elle n’a rien à dire. # speaker: narrator
Interpeller ou prévenir un suspect est une erreur critique, quoi que vous ayez bien fait par ailleurs. # speaker: narrator # ending: suspect-warned
-> END

=== not_reported ===
Les photos ont disparu, et avec elles le seul signalement qu’il y aurait eu. # speaker: narrator
{tipped:
    Le sergent {sergeant} sait ce qui a été vu, et rien n’est parvenu à l’Équipe Déontologie et discipline. # speaker: narrator
- else:
    Rien n’est parvenu à l’Équipe Déontologie et discipline. Le sergent {sergeant} apporte toujours {food}, et la femme n’a toujours personne vers qui se tourner. # speaker: narrator
}
Vouloir lui épargner la honte partait d’une bonne intention. Mais l’équipe traite les signalements en toute confidentialité, et l’aide qu’elle peut recevoir commence par un signalement. Ne pas signaler l’exploitation et les atteintes sexuelles est une erreur critique, quoi que vous ayez bien fait par ailleurs. # speaker: narrator # ending: not-reported
-> END

=== photos_shared ===
Son visage a fait le tour de la section, puis de la base, puis du marché. # speaker: narrator
Dans un endroit si petit, chacun a désormais son histoire sur elle. C’est elle qui porte la honte, pas lui, et elle n’en parlera peut-être jamais à personne. # speaker: narrator
Divulguer l’identité d’une victime est une erreur critique, quoi que vous ayez bien fait par ailleurs. # speaker: narrator # ending: photos-shared
-> END
