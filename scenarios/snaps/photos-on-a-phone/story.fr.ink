// Snap situation: photos on a phone.
// A colleague has photos that seem to show a sergeant of the contingent giving food to a local woman in exchange for
// sex, and wants to confront him or question her. Exchanging food for sex is sexual exploitation at any age
// (ST/SGB/2003/13 §3.2(c)); it goes to the Conduct and Discipline Team (CDT), who decide what else is needed.
// Peacekeepers do not investigate, confront or question, and the woman's identity stays within need-to-know.
// Built from guidance/notes/external-public-guidance.md items 50, 59, 62 and 64, and seed 001 L3968-3973
// (stigma, confidential complaint points).

VAR sergeant = ""        // the sergeant's name (shown)
VAR place = ""           // where the photos were taken (shown)
VAR food = ""            // what he gives her (shown)
VAR tipped = false       // the sergeant knows what is known (critical)
VAR shared = false       // the photos went to the platoon group (critical)
VAR questioned = false   // the woman was questioned at the market
VAR watched = false      // a week of watching and photographing
VAR copied = false       // the photos are on the trainee's phone too
VAR loose = false        // the trainee did nothing to stop the photos travelling
VAR talked = false       // the trainee was drawn into talk with the sergeant and kept it to themselves

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ sergeant = "Kovac"
    ~ place = "derrière le marché de Lumbi"
    ~ food = "un sac de riz"
- 2:
    ~ sergeant = "Haidari"
    ~ place = "près du moulin de Sanza"
    ~ food = "un carton de conserves de rations"
- else:
    ~ sergeant = "Obi"
    ~ place = "sur le chemin de la rivière, en contrebas de Mboko"
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
+ [Lui dire que les photos ne prouvent encore rien. Qu’il surveille le sergent pendant une semaine et en prenne de plus nettes, puis qu’il signale # evidence: sea.no-investigation 1]
    ~ watched = true
    L’idée plaît à Mendes. Il commence à noter les allées et venues du sergent. # speaker: narrator # person: mendes calm
    Pendant une semaine, chaque soir, il se trouve là où il ne devrait pas être, téléphone à la main. # speaker: narrator
+ [Trouver le sergent ce soir, ensemble, et lui dire que c’est fini : vous avez vu les photos # evidence: sea.no-investigation 0 # critical: sea.no-investigation]
    ~ tipped = true
    Vous trouvez le sergent {sergeant} devant sa tente. Mendes brandit le téléphone. # speaker: narrator # person: sergeant neutral
    Le sergent se fige. # speaker: narrator # person: sergeant angry
    Effacez ça. Et mêlez-vous de vos affaires. # speaker: sergeant
    Il s’éloigne. Il sait maintenant exactement ce que l’on sait, et qui le sait. # speaker: narrator # person: sergeant gone
+ [Lui dire ni l’un ni l’autre. Vous n’êtes pas enquêteurs. Vous apportez tous les deux ce que vous savez à l’Équipe Déontologie et discipline aujourd’hui, et c’est elle qui décide de ce qu’il faut de plus # evidence: sea.no-investigation 3]
    Mendes hésite. Et ils vont vraiment faire quelque chose ? # speaker: narrator # person: mendes wary
    Le décider, c’est leur travail, lui répondez-vous. Le nôtre, c’est de les informer, puis de ne plus nous en mêler. # speaker: narrator
    D’accord. Après le dîner. # speaker: mendes # person: mendes calm
+ [Aller avec lui au marché demain et demander gentiment à la femme si c’est vrai. Si elle confirme, le dossier est solide et elle pourra recevoir de l’aide # evidence: sea.no-investigation 0 # evidence: sea.confidentiality 1]
    ~ questioned = true
    Le lendemain matin, vous la trouvez à son étal. Mendes lui montre le téléphone. # speaker: narrator
    Elle regarde la photo, puis les deux soldats devant elle. Elle ne dit rien, remballe son étal et s’en va. # speaker: narrator
    À midi, les marchandes se demandent entre elles ce que les soldats lui voulaient. # speaker: narrator
- -> photos

// ---------------------------------------------------------------------------------------------------------------
=== photos ===
{
- tipped:
    De retour à votre tente, Mendes est toujours en colère. Il va tout nier, maintenant. # speaker: narrator # person: mendes angry
- questioned:
    De retour à la base, Mendes fait de nouveau défiler les photos. Elle ne parlera jamais, maintenant. Alors, on va voir ceux de la déontologie. # speaker: narrator # person: mendes wary
- watched:
    Une semaine plus tard, Mendes a douze photos et un carnet. Maintenant, on va voir ceux de la déontologie. # speaker: narrator # person: mendes calm
- else:
    Après le dîner, sur le chemin du bureau de l’Équipe Déontologie et discipline, Mendes s’arrête. # speaker: narrator
}
D’abord, les photos. Je te les envoie, au cas où ? Et le groupe de la section devrait les voir. Les gens doivent savoir qui il est. # speaker: mendes
+ [Hausser les épaules. Les photos sont à lui. Ce qu’il en fait, c’est son affaire # evidence: sea.confidentiality 2]
    ~ loose = true
    Il les garde. S’il les montre à d’autres, vous ne le lui demandez pas. # speaker: narrator
+ [Lui dire de ne les envoyer à personne et de ne les montrer à personne. Elles vont uniquement à l’Équipe Déontologie et discipline, par son canal sécurisé, puis il les efface de son téléphone # evidence: sea.confidentiality 3]
    Mendes range son téléphone dans sa poche. Seulement à eux. Compris. # speaker: narrator # person: mendes calm
+ [Approuver : les publier dans le groupe de la section. Tout le monde doit savoir qui est vraiment le sergent {sergeant} # evidence: sea.confidentiality 0 # critical: sea.confidentiality]
    ~ shared = true
    En moins d’une heure, quarante personnes ont vu les photos, et deux les ont transférées. # speaker: narrator
    Le visage de la jeune femme circule sur les téléphones de toute la base, et bientôt au-delà. # speaker: narrator
+ [Lui demander de vous les envoyer aussi, au cas où il arriverait quelque chose à son téléphone et que la preuve soit perdue # evidence: sea.confidentiality 1]
    ~ copied = true
    Votre téléphone vibre trois fois. Son visage est maintenant sur deux téléphones. # speaker: narrator
- Au bureau de l’Équipe Déontologie et discipline, Mme Leila Haddad vous écoute tous les deux et note tout. # speaker: narrator # person: mendes gone # person: haddad calm
Merci. À partir de maintenant, c’est notre affaire. Ne cherchez pas à en savoir plus, ne lui en parlez pas, et gardez cela pour vous. # speaker: haddad # person: haddad gone
{tipped:
    -> aftermath
}
-> tanks

// ---------------------------------------------------------------------------------------------------------------
=== tanks ===
Le lendemain soir, le sergent {sergeant} vous arrête près des citernes. # speaker: narrator # person: sergeant wary
{questioned:
    Le marché a jasé, et la section aussi. # speaker: narrator
}
Mendes montre des photos à tout le monde. Qu’est-ce qu’il raconte sur moi ? Tu es son ami. Dis-le-moi. # speaker: sergeant
+ [Dire que vous n’en discuterez pas, partir, et prévenir Mme Haddad qu’il est venu vous voir # evidence: sea.no-investigation 3]
    Il vous lance quelque chose dans le dos. Vous continuez votre chemin. # speaker: narrator # person: sergeant gone
    Le soir même, vous ajoutez une ligne à ce que l’équipe sait déjà : il est venu vous voir, et voici ce qu’il a demandé. # speaker: narrator
+ [Bavarder une minute avec lui pour calmer le jeu. Dire que ce ne sont que des ragots de caserne, et garder cette conversation pour vous # evidence: sea.no-investigation 2]
    ~ talked = true
    Il se détend un peu. Juste des ragots. Bon. # speaker: narrator # person: sergeant calm
    Il s’éloigne. Personne dont c’est le travail ne sait qu’il est venu vous voir. # speaker: narrator # person: sergeant gone
+ [Lui dire discrètement d’arrêter de la voir, avant que les choses ne tournent plus mal pour lui # evidence: sea.no-investigation 0 # critical: sea.no-investigation]
    ~ tipped = true
    Il vous regarde longuement, puis acquiesce. # speaker: narrator # person: sergeant wary
    Il sait maintenant ce que l’on sait. Ce qu’il en fera, vous ne pouvez pas le savoir. # speaker: narrator # person: sergeant gone
- -> aftermath

// ---------------------------------------------------------------------------------------------------------------
=== aftermath ===
{
- shared:
    -> photos_shared
- tipped:
    -> suspect_warned
- questioned || watched || copied || loose || talked:
    -> traces_left
- else:
    -> left_to_cdt
}

=== left_to_cdt ===
L’Équipe Déontologie et discipline a tout ce que Mendes et vous savez. À partir de là, les photos ne sont allées qu’à elle, et pas plus loin. # speaker: narrator
Le sergent {sergeant} n’a rien appris de vous, et personne n’a approché la femme, sauf ceux dont c’est le travail. # speaker: narrator
Si elle veut de l’aide, et laquelle, c’est à elle d’en décider, avec des personnes formées pour cela. # speaker: narrator # ending: left-to-cdt
-> END

=== traces_left ===
L’Équipe Déontologie et discipline a ce que vous savez. Mais vous avez laissé des traces en chemin. # speaker: narrator
{questioned:
    Deux soldats ont interrogé la femme devant tout le marché. Elle n’est pas revenue à son étal. # speaker: narrator
}
{watched:
    Une semaine de surveillance et de photos n’a rien apporté dont l’équipe avait besoin, et aurait pu l’alerter. # speaker: narrator
}
{copied:
    Ses photos sont restées sur votre téléphone jusqu’à ce que Mme Haddad vous demande de les envoyer par le canal sécurisé et de les effacer. # speaker: narrator
}
{loose:
    Mendes a gardé les photos, et personne ne lui a dit d’arrêter de les montrer. # speaker: narrator
}
{talked:
    Le sergent est venu vous voir, et l’équipe n’en a jamais rien su. # speaker: narrator
}
Signalez ce que vous savez, et laissez le reste à l’équipe : c’est ainsi que l’on protège à la fois la femme et l’enquête. # speaker: narrator # ending: traces-left
-> END

=== suspect_warned ===
Le sergent {sergeant} savait ce que l’on savait avant qu’un enquêteur ne l’approche. # speaker: narrator
Il a eu le temps de faire pression sur la femme et d’effacer ses traces. Quand les enquêteurs arrivent, elle n’a rien à dire. # speaker: narrator
Interpeller ou prévenir un suspect est une erreur critique, quoi que vous ayez bien fait par ailleurs. # speaker: narrator # ending: suspect-warned
-> END

=== photos_shared ===
Son visage a fait le tour de la section, puis de la base, puis du marché. # speaker: narrator
Dans un endroit si petit, chacun a désormais son histoire sur elle. C’est elle qui porte la honte, pas lui, et elle n’en parlera peut-être jamais à personne. # speaker: narrator
Divulguer l’identité d’une victime est une erreur critique, quoi que vous ayez bien fait par ailleurs. # speaker: narrator # ending: photos-shared
-> END
