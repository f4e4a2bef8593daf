// Snap situation: she says no.
// Setting: a village in northern Kavara (fictional), UN mission MINUKA (fictional).
// Built from: survivor referrals in UNAMID's Women Protection Networks (DPO Gender/WPS Resource Package, 001
// L2708-2712; notes part 1, field case 16), no pressure to speak out (001 L3013-3014; notes part 2, CRSV-06), the
// Women's Protection Advisers' role (001 L3198-3201; 004 L242), and the IASC GBV Pocket Guide key messages on
// permission before any referral (external item 25) and honest information (items 24, 30). The team leader's
// "every incident goes up" echoes the unit reporting duty in 001 L4347-4349: the incident and the threat can be
// reported; her identity and a referral need her consent.
// CRSV by armed men, not by UN personnel. The harm is told in a few words, never shown.

VAR name = ""          // shown: her name
VAR where = ""         // shown: where you met her
VAR road = ""          // shown: where the armed men are
VAR family = ""        // shown: whom she fears will find out
VAR informed = false   // she knows what each service does and that she can change her mind
VAR pressed = false    // you pressed her after she said no
VAR promised = false   // you promised what no one can guarantee
VAR noted = false      // her first name went into the patrol report
VAR forced = false     // her name went to the adviser after she refused a referral (critical)

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ name = "Nasima"
    ~ where = "près du moulin à grain"
    ~ road = "la route du pont"
    ~ family = "mon mari"
- 2:
    ~ name = "Afiwa"
    ~ where = "au point d’eau"
    ~ road = "la piste des champs de manioc"
    ~ family = "mes frères"
- else:
    ~ name = "Nasima"
    ~ where = "devant l’école"
    ~ road = "le sentier de la forêt"
    ~ family = "mon père"
}
-> refusal

// ---------------------------------------------------------------------------------------------------------------
=== refusal ===
Il y a trois jours, {where}, {name} vous a dit en quelques mots que des hommes armés l’avaient agressée. Vous lui avez donné une petite carte avec le numéro de la Conseillère pour la protection des femmes de la mission. # scene: village # speaker: narrator
Aujourd’hui, votre patrouille repasse {where}. Elle attend que personne ne soit à proximité, puis s’approche. # speaker: narrator # person: woman wary
Elle vous glisse la carte dans la main. # speaker: narrator
Je ne veux pas de votre conseillère. Ni l’infirmière, ni personne. Si cela arrive aux oreilles de {family}, je suis perdue. Et si quelqu’un trouve cette carte sur moi... # speaker: woman # person: woman afraid
+ [Lui dire qu’elle se sentira mieux après en avoir parlé. Lui demander d’y réfléchir encore # evidence: crsv.consent 0 # evidence: crsv.referral 1]
    ~ pressed = true
    Ses lèvres se serrent. # speaker: narrator # person: woman angry
    Vous aussi ? J’ai dit non. # speaker: woman
    Vous le disiez avec gentillesse. Ce qu’elle a entendu, c’est que son non se discute. # speaker: narrator
+ [Reprendre la carte et la laisser partir. C’est son choix, et elle l’a fait # evidence: crsv.consent 2 # evidence: crsv.referral 1]
    Elle hoche la tête, presque surprise que ce soit si simple. # speaker: narrator # person: woman calm
    Son refus est respecté. Mais la carte était la seule aide qu’elle connaissait, et elle la rend sans savoir ce qui existe d’autre. # speaker: narrator
+ [Reprendre la carte. Dire qu’elle peut changer d’avis, et demander si elle veut savoir ce que fait chaque service # evidence: crsv.consent 3 # evidence: crsv.referral 3]
    ~ informed = true
    Elle réfléchit, puis hoche la tête une fois. Ses yeux restent sur la route. # speaker: narrator # person: woman wary
    En quelques mots, vous lui dites : le poste de santé soigne en toute confidentialité, et les soins ne dépendent d’aucun signalement ; le centre des femmes écoute ; la conseillère n’aide que si elle le demande. Rien ne se passe si elle ne le veut pas. # speaker: narrator
    Le poste de santé... Je peux y aller pour mon dos. Personne ne pose de questions sur un dos. Peut-être. Plus tard. # speaker: woman
- -> honest

// ---------------------------------------------------------------------------------------------------------------
=== honest ===
Elle hésite, et regarde le long de la route. # speaker: narrator
Et vous ? Vous ne direz rien à personne ? Ces hommes sont toujours sur {road}. # speaker: woman # person: woman afraid
+ [Dire que son nom reste avec vous, mais que vous ne pouvez pas promettre qu’on arrêtera ces hommes # evidence: crsv.no-promises 3]
    Elle vous regarde longuement. # speaker: narrator # person: woman wary
    Vous ajoutez que la patrouille signalera que des hommes armés menacent les femmes sur {road}, sans rien qui la désigne, et vous lui demandez si cela lui convient. # speaker: narrator
    Elle réfléchit, puis hoche la tête une fois. # speaker: narrator # person: woman calm
    Oui. Sans mon nom. # speaker: woman
+ [Lui dire de ne pas s’inquiéter, que vous allez voir ce qui peut être fait # evidence: crsv.no-promises 1]
    Elle attend la suite. Rien ne vient. # speaker: narrator # person: woman wary
    Elle a posé une question simple, et n’a reçu aucune réponse utile. # speaker: narrator
+ [Lui promettre que personne ne le saura jamais, et que la patrouille tiendra ces hommes loin d’elle # evidence: crsv.no-promises 0]
    ~ promised = true
    Elle vous regarde longuement, elle voudrait le croire. # speaker: narrator # person: woman hopeful
    La patrouille passe {where} une fois par semaine. Les hommes de {road} y sont tous les jours. # speaker: narrator
- -> leader

// ---------------------------------------------------------------------------------------------------------------
=== leader ===
De retour au véhicule, le sergent Rana, votre chef d’équipe, vous a observés tous les deux. # speaker: narrator # person: woman gone # person: rana neutral
C’est la femme que vous avez vue l’autre jour {where}, non ? Donnez-moi son nom et l’endroit où elle habite. Chaque incident remonte à la Conseillère pour la protection des femmes, et il me le faut dans le rapport de patrouille. # speaker: rana
+ [Lui donner seulement son prénom, pour que la conseillère puisse la retrouver plus tard # evidence: crsv.consent 1]
    ~ noted = true
    Il tape un seul mot dans le rapport. # speaker: narrator # person: rana calm
    Un prénom et un lieu, dans un petit village, suffisent pour la retrouver. Elle n’y a pas consenti. # speaker: narrator
+ [Signaler la menace sur ce chemin, pas elle. Lui dire qu’elle a refusé toute orientation # evidence: crsv.consent 3]
    Il fronce les sourcils. Refuser est son droit, ajoutez-vous. # speaker: narrator # person: rana wary
    Vous lui donnez l’incident et les hommes armés sur {road}, sans rien qui l’identifie, et proposez de demander à la conseillère un avis général sans la nommer. # speaker: narrator
    D’accord. Si elle a dit non, c’est non. # speaker: rana # person: rana calm
+ [Donner son nom et son adresse à la conseillère seulement, pas au rapport, pour qu’une spécialiste passe la voir discrètement # evidence: crsv.consent 0 # critical: crsv.consent]
    ~ forced = true
    Vous appelez le bureau de la conseillère et donnez son nom et l’endroit où elle habite. Cela vous semble être la chose à faire. # speaker: narrator # person: rana calm
- -> ending

// ---------------------------------------------------------------------------------------------------------------
=== ending ===
{
- forced:
    -> name_passed
- pressed || promised || noted:
    -> trust_lost
- informed:
    -> door_open
- else:
    -> no_facts
}

=== door_open ===
Elle repart sans rien dans la poche, mais avec tout ce qu’il lui faut en tête : ce que font le poste de santé, le centre des femmes et la conseillère, et qu’elle peut encore changer d’avis. # speaker: narrator
Son nom est resté avec vous. La suite est sa décision, et vous la lui avez laissée. # speaker: narrator # ending: door-open
-> END

=== no_facts ===
Son refus a été respecté, et son nom est resté avec vous. # speaker: narrator
Mais elle a rendu la seule carte qu’elle avait, et elle est partie sans savoir quelle autre aide existe, ni que l’aide peut être plus discrète qu’elle ne le craint. Si elle change d’avis, elle devra trouver le chemin seule. # speaker: narrator # ending: no-without-the-facts
-> END

=== trust_lost ===
{pressed:
    Vous avez insisté alors qu’elle avait dit non. Ce qu’elle en a retenu, c’est que son non ne compte pas. # speaker: narrator
}
{promised:
    Une semaine plus tard, les hommes sont toujours sur {road}. Rien de ce que vous avez promis ne s’est réalisé, et elle se souvient de qui l’a promis. # speaker: narrator
}
{noted:
    Une semaine plus tard, une patrouille d’une autre compagnie, qui a lu le rapport, demande {where} une femme du nom de {name}. Les femmes présentes échangent un regard. # speaker: narrator
}
Elle ne se montre plus {where} quand une patrouille est en vue. # speaker: narrator # ending: trust-lost
-> END

=== name_passed ===
Deux jours plus tard, une femme du bureau de la conseillère vient la chercher, aussi discrètement qu’on le lui a appris. # speaker: narrator
Mais elle avait dit non, et elle sait maintenant que son nom a circulé malgré tout. Elle n’ouvre pas la porte. # speaker: narrator
Une orientation qu’elle a refusée n’est pas une gentillesse. Transmettre son nom contre sa volonté est une erreur critique, quelle que soit la bonne intention. # speaker: narrator # ending: name-passed-on
-> END
