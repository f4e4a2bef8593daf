// Snap situation: keep it in-house.
// The trainee has reported a concern of sexual exploitation to the Conduct and Discipline Team (CDT). The company
// commander asks for the report to be withdrawn "for the unit" and hints at the trainee's leave; the section wants
// to know what is going on. A report is not the reporter's to take back; in-house handling warns the suspect; the
// report stays between the reporter and the CDT (announcing it warns the suspect, as in the core SEA scenario);
// pressure and retaliation go to the CDT.
// Built from guidance/notes/external-public-guidance.md items 58, 59, 62, 65 and 69 (duty to report, channels,
// confidentiality, protection against retaliation, commanders' accountability) and seed 001 L3896-3897 and
// L3925-3926 (zero tolerance; SEA undermines trust and the UN's credibility).

VAR unit = ""            // the trainee's company (shown)
VAR spot = ""            // where the sergeant was seen (shown)
VAR month = ""           // when the trainee's leave falls (shown)
VAR reason = ""          // what the leave is for (shown)
VAR told = false         // the CDT knows about the commander's pressure
VAR announced = false    // the trainee told the section about the report and the pressure (critical)
VAR hinted = false       // the trainee dropped hints to the section
VAR silent = false       // the trainee walked past the section's guessing without a word
VAR gaveway = false      // the trainee agreed to withdraw the report (critical)
VAR onhold = false       // the trainee asked the CDT to pause or trade the report
VAR alone = false        // the trainee carried the pressure or retaliation alone, or fought it
VAR wavered = false      // the trainee left the commander with a "maybe"

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ unit = "la compagnie Bravo"
    ~ spot = "près de la clôture arrière"
    ~ month = "mars"
    ~ reason = "l’anniversaire de votre fille"
- 2:
    ~ unit = "la compagnie Charlie"
    ~ spot = "derrière les citernes"
    ~ month = "juin"
    ~ reason = "le mariage de votre frère"
- else:
    ~ unit = "la compagnie Delta"
    ~ spot = "près du portail de la blanchisserie"
    ~ month = "octobre"
    ~ reason = "les soixante-dix ans de votre mère"
}
-> office

// ---------------------------------------------------------------------------------------------------------------
=== office ===
Vendredi matin, dans une base de la MINUKA, dans le nord du Kavara. # scene: base # speaker: narrator
Mercredi, vous avez signalé une préoccupation à l’Équipe Déontologie et discipline : un sergent de {unit} vu en train de donner de la nourriture à une jeune femme {spot}, et ce qui se dit de ce qu’il obtient en échange. # speaker: narrator
Le capitaine Osei, votre commandant de compagnie, vous a fait appeler. Il ferme la porte derrière vous. # speaker: narrator # person: osei neutral
Je suis au courant de votre signalement. Vous savez ce que cela fait à {unit} ? À notre drapeau, ici et au pays ? # speaker: osei # person: osei angry
Retournez voir la Déontologie et discipline et dites-leur qu’il s’agit d’une erreur. Nous réglerons cela ici, au sein de la compagnie. Correctement. # speaker: osei
Votre permission tombe en {month}, n’est-ce pas ? Pour {reason}. Ce serait dommage que le tableau des permissions doive changer. # speaker: osei # person: osei calm
+ [Dire calmement que ce signalement ne se retire pas, et que vous n’en discuterez pas # evidence: sea.integrity 3 # evidence: sea.report 3]
    C’est votre dernier mot ? # speaker: osei # person: osei angry
    Oui, mon capitaine. C’est l’exploitation qui fait honte à une unité. Pas son signalement. # speaker: narrator
    Il vous regarde longuement. Rompez. # speaker: narrator
+ [Dire que vous allez réfléchir. Inutile de vous faire un ennemi de lui # evidence: sea.integrity 1]
    ~ wavered = true
    Il hoche lentement la tête. Réfléchissez bien. Et pensez à ce qui vous attend en {month}. # speaker: narrator
+ [Accepter de régler cela au sein de la compagnie. Il connaît le sergent, et il s’en occupera correctement # evidence: sea.report 0 # critical: sea.report # evidence: sea.integrity 0]
    ~ gaveway = true
    Il sourit. Bien. Je savais que vous étiez des nôtres. Je dirai deux mots au sergent ce soir. # speaker: narrator # person: osei calm
- -> corridor

// ---------------------------------------------------------------------------------------------------------------
=== corridor ===
Dans le couloir, deux membres de votre section vous attendent. # speaker: narrator # person: osei gone
Qu’est-ce qu’il voulait, le Vieux ? demande l’un d’eux. La moitié de la compagnie dit que quelqu’un a signalé un des sergents. # speaker: narrator
+ [Leur dire franchement : vous avez signalé un sergent, et le capitaine veut enterrer l’affaire # evidence: sea.confidentiality 0 # critical: sea.confidentiality # evidence: sea.integrity 2]
    ~ announced = true
    Ils sifflent. Le soir venu, toute la compagnie sait qu’il y a un signalement, que le capitaine veut l’enterrer, et qui l’a fait. # speaker: narrator
    Quelqu’un se met à deviner à voix haute de quel sergent il s’agit, et de quelle jeune femme. # speaker: narrator
+ [Dire seulement que quelqu’un de la compagnie a des ennuis, sans citer de noms # evidence: sea.confidentiality 1]
    ~ hinted = true
    Ils hochent la tête d’un air entendu. Le soir venu, les suppositions ont fait le tour du cantonnement : quel sergent, quelle jeune femme, et qui a parlé. # speaker: narrator
+ [Dire qu’il n’y a rien à en dire, et que les inquiétudes vont à la Déontologie # evidence: sea.confidentiality 3]
    Ils se regardent, puis laissent tomber. D’accord, dit l’un d’eux. # speaker: narrator
+ [Ne rien dire du tout, et passer devant eux pour retourner au travail # evidence: sea.confidentiality 2]
    ~ silent = true
    Derrière vous, les suppositions continuent. # speaker: narrator
- -> next_step

=== next_step ===
{
- gaveway:
    -> withdraw
- wavered:
    -> undecided
- else:
    -> after_refusal
}

// ---------------------------------------------------------------------------------------------------------------
=== after_refusal ===
De retour à votre bureau, vos mains tremblent un peu. Votre commandant vous a demandé de retirer un signalement, et a parlé de votre permission. # speaker: narrator
+ [Garder cela pour vous. Au fond, il ne vous est encore rien arrivé # evidence: sea.integrity 1]
    ~ alone = true
    Vous retournez au travail, et n’en parlez à personne. # speaker: narrator
+ [Demander à l’équipe de suspendre votre signalement jusqu’après votre permission. Personne n’y perd # evidence: sea.integrity 0 # evidence: sea.report 1]
    ~ onhold = true
    -> haddad_refuses ->
+ [Dire à Mme Haddad, à la Déontologie, ce que le capitaine a demandé et ce qu’il a dit de votre permission # evidence: sea.integrity 3]
    ~ told = true
    -> haddad_thanks ->
- -> roster

// ---------------------------------------------------------------------------------------------------------------
=== undecided ===
Cette nuit-là, vous ne dormez pas. Retirer le signalement et garder votre permission ? Ou le maintenir ? # speaker: narrator
+ [Demander à l’équipe de suspendre votre signalement jusqu’après votre permission. Ainsi, personne n’y perd # evidence: sea.report 1 # evidence: sea.integrity 0]
    ~ onhold = true
    -> haddad_refuses ->
+ [Aller voir l’équipe : confirmer votre signalement, et dire ce que le capitaine a dit # evidence: sea.report 3 # evidence: sea.integrity 3]
    ~ told = true
    -> haddad_thanks ->
+ [Dire au capitaine, dès demain matin, que vous allez le retirer # evidence: sea.report 0 # critical: sea.report # evidence: sea.integrity 0]
    ~ gaveway = true
    Le lendemain matin, le capitaine vous serre la main. Bien. Je dirai deux mots au sergent ce soir. # speaker: narrator # person: osei calm
    -> withdraw
- -> roster

// ---------------------------------------------------------------------------------------------------------------
=== haddad_thanks ===
Mme Leila Haddad, spécialiste de la déontologie et de la discipline, vous écoute jusqu’au bout. # speaker: narrator # person: haddad calm
Merci de me l’avoir dit. Personne n’a le droit de vous menacer ou de vous sanctionner pour un signalement fait de bonne foi. # speaker: haddad
Le rôle d’un commandant est de faire respecter les normes, pas d’enterrer un signalement. Je m’en occupe. Si quelque chose change pour vous, revenez me voir tout de suite. # speaker: haddad # person: haddad gone
->->

=== haddad_refuses ===
Mme Leila Haddad, spécialiste de la déontologie et de la discipline, secoue la tête. # speaker: narrator # person: haddad wary
Je ne peux pas. Un signalement ne se suspend pas et ne se retire pas, et ce que vous nous avez dit reste vrai. # speaker: haddad
Quelqu’un a fait pression sur vous ? Dites-moi qui. # speaker: haddad
Vous ne dites rien. # speaker: narrator # person: haddad gone
->->

// ---------------------------------------------------------------------------------------------------------------
=== withdraw ===
Cet après-midi-là, vous vous tenez dans le bureau de l’Équipe Déontologie et discipline. Mme Leila Haddad lève les yeux de son bureau. # speaker: narrator # person: osei gone # person: haddad calm
Vous vouliez me voir ? # speaker: haddad
+ [Lui dire que c’était une erreur, et lui demander de retirer votre signalement # evidence: sea.report 0 # critical: sea.report # evidence: sea.integrity 0]
    Un signalement ne s’efface pas comme ça. Ce que vous nous avez dit sera tout de même examiné. # speaker: haddad # person: haddad wary
    Quelqu’un vous a demandé de faire cela ? # speaker: haddad
    Vous répétez que c’était une erreur, et vous sortez. # speaker: narrator # person: haddad gone
+ [Lui dire la vérité : le capitaine vous a demandé de le retirer et a parlé de votre permission. Il est maintenu # evidence: sea.report 3 # evidence: sea.integrity 3]
    ~ told = true
    Merci de me l’avoir dit. Votre signalement est maintenu, et je vais m’occuper des pressions exercées sur vous. # speaker: haddad
    Mais le capitaine croit l’affaire réglée, et ce soir, il dit ses deux mots au sergent. # speaker: narrator # person: haddad gone
- -> aftermath

// ---------------------------------------------------------------------------------------------------------------
=== roster ===
Une semaine plus tard, le tableau des permissions est affiché devant le bureau de la compagnie. Votre permission prévue en {month} a disparu. À côté de votre nom : après la relève. # speaker: narrator
{announced:
    Depuis que vous en avez parlé à votre section, toute la compagnie sait qu’il y a un signalement, et devine qui il concerne. Quelqu’un a écrit BALANCE en travers de la porte de votre casier. # speaker: narrator
}
{told:
    L’Équipe Déontologie et discipline sait déjà ce que le capitaine vous a dit. # speaker: narrator
}
+ [Encaisser. Il y aura d’autres permissions, et faire des histoires n’arrangerait rien # evidence: sea.integrity 1]
    ~ alone = true
    Vous appelez chez vous : vous manquerez {reason}. # speaker: narrator
+ [Aller dans le bureau du capitaine et avoir une explication avec lui, d’homme à homme # evidence: sea.integrity 1]
    ~ alone = true
    On entend la dispute jusqu’au bout du couloir. Le soir venu, c’est de votre conduite que parle la compagnie. # speaker: narrator
+ [Dire à la Déontologie et discipline que cela ressemble à des représailles # evidence: sea.integrity 3]
    Vous parlez à Mme Haddad du tableau des permissions{not told: et de ce que le capitaine vous a dit dans son bureau}. Elle note tout. # speaker: narrator # person: haddad calm
    Merci. C’est exactement ce que nous avons besoin de savoir. Nous nous en chargeons. # speaker: haddad # person: haddad gone
    Deux semaines plus tard, votre nom figure de nouveau sur le tableau, en {month}. # speaker: narrator
+ [Dire à l’équipe que vous retirerez votre signalement si l’on vous rend votre permission # evidence: sea.integrity 0 # evidence: sea.report 1]
    ~ onhold = true
    Ce n’est pas un marché que quiconque peut conclure. Votre signalement est maintenu. Mais dites-moi qui a fait cela. # speaker: haddad # person: haddad wary
    Vous ne dites rien. Celui qui a modifié le tableau a appris que cela a failli marcher. # speaker: narrator # person: haddad gone
- -> aftermath

// ---------------------------------------------------------------------------------------------------------------
=== aftermath ===
{
- gaveway:
    -> gave_way
- announced:
    -> report_announced
- onhold || alone || hinted:
    -> held_alone
- else:
    -> stood_firm
}

=== stood_firm ===
Votre signalement est maintenu, et l’Équipe Déontologie et discipline est au courant des pressions et du tableau des permissions. # speaker: narrator
{wavered:
    Il vous a fallu une nuit pour décider, et le capitaine a pris votre silence pour un peut-être. La prochaine fois, vous pouvez dire non sur-le-champ, calmement. # speaker: narrator
}
{silent:
    Quand votre section faisait des suppositions à voix haute, vous avez continué votre chemin sans un mot. Quelques mots calmes l’auraient arrêtée : il n’y a rien à en dire, et les inquiétudes vont à la Déontologie et discipline. # speaker: narrator
}
L’affaire est désormais entre leurs mains, tout comme votre protection contre les représailles. Vous n’aviez à porter ni l’une ni l’autre. # speaker: narrator
La loyauté envers {unit}, c’était lui demander d’être à la hauteur des normes, et c’est ce que vous avez fait. # speaker: narrator # ending: stood-firm
-> END

=== held_alone ===
Votre signalement est maintenu, mais tout ne s’est pas passé comme il aurait fallu. # speaker: narrator
{hinted:
    Vos allusions ont lancé les suppositions : quel sergent, quelle jeune femme, et qui avait parlé. Dans un endroit si petit, une allusion peut suffire à la désigner. # speaker: narrator
}
{alone:
    Vous avez porté la pression sans aide, ou vous l’avez combattue par vous-même. Les représailles relèvent de l’Équipe Déontologie et discipline, qui ne peut agir que sur ce qu’elle apprend. # speaker: narrator
}
{onhold:
    L’équipe n’a ni suspendu votre signalement ni accepté de l’échanger contre votre permission. Mais celui qui a fait pression sur vous a appris que cela a failli marcher. # speaker: narrator
}
Tenir bon, c’est la moitié du chemin. L’autre moitié, c’est prévenir l’équipe, discrètement, quand quelqu’un riposte. # speaker: narrator # ending: held-alone
-> END

=== report_announced ===
Votre signalement est maintenu, mais toute la compagnie est au courant. # speaker: narrator
En le racontant à votre section, vous l’avez appris aussi au sergent : ce qui avait été signalé, et par qui, avant que quiconque dont c’est le travail puisse examiner l’affaire. Et le cantonnement cherche à deviner le nom de la jeune femme. # speaker: narrator
Un signalement reste entre vous et l’Équipe Déontologie et discipline. L’annoncer est une erreur critique, si fermement que vous ayez tenu bon. # speaker: narrator # ending: report-announced
-> END

=== gave_way ===
{told:
    Vous avez fini par dire la vérité à Mme Haddad, et votre signalement est maintenu. Mais vous aviez accepté d’étouffer l’affaire, et le capitaine a agi sur la foi de ce oui : ses deux mots ont prévenu le sergent avant que quiconque dont c’est le travail puisse examiner l’affaire. # speaker: narrator
- else:
    Vous avez demandé le retrait de votre signalement. L’équipe examinera tout de même ce que vous lui avez dit, mais les deux mots du capitaine ont prévenu le sergent, et la compagnie a appris que la pression fonctionne. # speaker: narrator
}
Accepter de garder un cas d’exploitation sexuelle au sein de l’unité est une erreur critique, quoi que vous ayez bien fait par ailleurs. # speaker: narrator # ending: gave-way
-> END
