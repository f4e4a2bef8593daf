// Snap situation: at dusk, a minibus with four young women whose passports a man holds, and a boy of about ten
// travelling alone (French translation: same structure as story.ink, only the words differ).
// Setting: a joint checkpoint of MINUKA (fictional) and the Kavara National Police (fictional), as in the core
// checkpoint scenario. The signs of trafficking are signs, not proof: the checkpoint refers to specialists, it does
// not investigate. The boy is handed over only to child protection.
// Built from guidance/notes/external-public-guidance.md (a): item 14 (indicators: documents not in their own hands,
// fear of the person they travel with), item 15 (indicators are not proof; refer to specialists), item 16 (WHO:
// protect anonymity, no promises), item 17 (Vancouver Principles: care needs, chain of command, hand over to child
// protection actors), item 19 (keep children safe); and from the DPO Resource Package (001): L3726-3727 (best
// interests of the child, do no harm). Trafficking is told in a few words and never shown.

VAR place = ""    // shown: the checkpoint
VAR man = ""      // shown: the man who holds the passports
VAR border = ""   // shown: the border town the minibus is bound for
VAR woman = ""    // shown: the young woman who speaks up
VAR boy = ""      // shown: the boy's name
VAR village = ""  // shown: where the boy's mother put him on the bus
VAR elder = ""    // shown: the older woman who offers to take the boy

VAR women = "none"     // the minibus: "screened", "asked", "confronted", "waved", then "held", "passed", "sent", "gone", "exposed"
VAR clumsy = false     // the women were questioned or the man accused in front of everyone
VAR child = "none"     // the boy: "safe", "base", "alone", "handed"

~ temp v = RANDOM(1, 3)
{ v:
- 1:
    ~ place = "L’embranchement de la carrière"
    ~ man = "M. Fofana"
    ~ border = "Ruzanfa"
    ~ woman = "Adjoa"
    ~ boy = "Abdou"
    ~ village = "Tuvanda"
    ~ elder = "Mama Hawa"
- 2:
    ~ place = "Le pont à péage"
    ~ man = "M. Barry"
    ~ border = "Mbovesi"
    ~ woman = "Makena"
    ~ boy = "Sékou"
    ~ village = "Ombelani"
    ~ elder = "Mama Hawa"
- else:
    ~ place = "Le carrefour de la scierie"
    ~ man = "M. Kargbo"
    ~ border = "Zelanga"
    ~ woman = "Salamata"
    ~ boy = "Yao"
    ~ village = "Mabakiri"
    ~ elder = "Mama Hawa"
}
-> minibus

// ---------------------------------------------------------------------------------------------------------------
=== minibus ===
{place}, à la tombée du jour. La barrière ferme à la nuit, et le dernier minibus de la journée s’arrête, en route pour la frontière, à {border}. # scene: checkpoint # speaker: narrator # person: kone neutral
Quatre jeunes femmes sont assises à l’intérieur, les yeux baissés. {man} descend et tend au sergent Kone quatre passeports sortis de sa propre veste. # speaker: narrator # person: man calm
Mes cousines. Elles vont travailler dans des hôtels, de l’autre côté de la frontière. Nous devons passer avant la nuit. # speaker: man
Quand le sergent Kone demande leur nom aux femmes, {man} répond pour chacune d’elles. Au fond, un garçon d’une dizaine d’années est assis seul, un sac en plastique sur les genoux. # speaker: narrator # person: boy wary
+ [Demander aux femmes, là, près du minibus, si elles voyagent de leur plein gré # evidence: checkpoint.trafficking 1]
    ~ women = "asked"
    ~ clumsy = true
    Les femmes regardent {man} avant de répondre. La première dit que tout va bien. Les autres hochent la tête. # speaker: narrator # person: man calm
+ [Comparer les passeports aux visages, et faire signe au minibus de passer # evidence: checkpoint.trafficking 0]
    ~ women = "waved"
    Le sergent Kone rend les passeports. {man} sourit et remonte à bord. # speaker: narrator
+ [Contrôle de routine : l’agente Nkemba voit chaque femme seule, loin de lui # evidence: checkpoint.trafficking 3]
    ~ women = "screened"
    {man} remet les passeports sans un mot. Les femmes descendent et suivent l’agente Nkemba derrière le poste, une par une, chacune avec son propre passeport. # speaker: narrator # person: man wary # person: nkemba calm
    Hors de portée de voix, vous alertez par radio les spécialistes d’UNPOL : des signes à vérifier, pas une accusation. # speaker: narrator
+ [Lui demander, devant tout le monde, qui le paie pour ces femmes # evidence: checkpoint.trafficking 0]
    ~ women = "confronted"
    ~ clumsy = true
    {man} se renfrogne. # speaker: narrator # person: man angry
    Des cousines. Je vous l’ai dit. # speaker: man
    La plus jeune se met à pleurer. # speaker: narrator
- -> boy_alone

// ---------------------------------------------------------------------------------------------------------------
=== boy_alone ===
{
- women == "waved":
    Avant que la portière ne se referme, vous regardez de nouveau le garçon sur la banquette arrière. # speaker: narrator
- women == "screened":
    Le garçon reste sur la banquette arrière, son sac à la main. # speaker: narrator
- else:
    Le garçon n’a pas bougé de la banquette arrière. # speaker: narrator
}
Il s’appelle {boy}. Sa mère l’a mis dans le bus à {village} ; il va chez un oncle à {border}. Il n’a pas de numéro de téléphone, seulement le nom de son oncle. # speaker: narrator # person: boy wary
Une femme âgée assise à l’avant, {elder}, se penche à la fenêtre. # speaker: narrator # person: elder calm
Je connais {village}. Je vais à {border}, moi aussi. Je l’emmènerai chez son oncle. # speaker: elder
+ [Le laisser continuer : il connaît le nom de son oncle, et le chauffeur veillera sur lui # evidence: checkpoint.child-alone 0]
    ~ child = "alone"
    {boy} hoche la tête et retourne à sa place. # speaker: narrator # person: boy gone
+ [Le garder au poste avec l’agente Nkemba, et appeler la protection de l’enfance # evidence: checkpoint.child-alone 3]
    ~ child = "safe"
    L’agente Nkemba lui donne de l’eau et une place à l’ombre du poste, et ne lui pose aucune question qui pourrait l’effrayer. {boy} boit toute la bouteille. Elle lui trouve un biscuit. # speaker: narrator # person: boy calm # person: nkemba calm
    Vous prévenez votre chaîne de commandement. Mme Obi, spécialiste de la protection de l’enfance de la mission, répond tout de suite. Elle va venir avec une travailleuse sociale du district. # speaker: narrator
    Vous remerciez {elder} : si elle connaît la famille, Mme Obi voudra lui parler. Elle vous donne son nom et son numéro. # speaker: narrator
+ [Le faire descendre et le conduire à la base de la MINUKA pour la nuit # evidence: checkpoint.child-alone 1]
    ~ child = "base"
    {boy} regarde les soldats et le véhicule blanc, et ne bouge pas avant que l’agente Nkemba lui prenne la main. # speaker: narrator # person: boy afraid
+ [Accepter son aide et le placer sous sa protection ; elle connaît son village # evidence: checkpoint.child-alone 0 # critical: checkpoint.child-alone]
    ~ child = "handed"
    {elder} tapote le siège à côté d’elle, et {boy} va s’asseoir près d’elle. # speaker: narrator # person: boy gone
- -> route

=== route ===
{
- women == "screened":
    -> screened
- women == "asked":
    -> asked
- women == "confronted":
    -> confronted
- else:
    -> waved
}

// ---------------------------------------------------------------------------------------------------------------
=== screened ===
Derrière le poste, l’agente Nkemba vous fait signe. L’une des femmes, {woman}, parle vite et à voix basse. # speaker: narrator # person: elder gone # person: woman afraid
Il garde nos passeports. Il dit que nous lui devons le voyage et le travail. Je ne sais pas où nous allons. # speaker: woman
Je veux rentrer chez moi. # speaker: woman # person: woman sad
{man} s’approche de vous. # speaker: narrator # person: man wary
Qu’est-ce qu’elle vous a dit ? La nuit tombe. # speaker: man
Les passeports sont authentiques. Je ne peux pas les retenir sans motif. # speaker: kone # person: kone wary
+ [Lui dire que ça prend du temps ; en privé, faire retenir le minibus par Kone # evidence: checkpoint.trafficking 3]
    ~ women = "held"
    Vous ne dites rien à {man} de ce qu’elle a dit. Le sergent Kone regarde de nouveau les quatre passeports. # speaker: narrator # person: kone calm
    Quatre femmes, et un homme qui répond pour toutes. D’accord. Une vérification des documents, jusqu’à l’arrivée des spécialistes. Cela peut prendre un moment. # speaker: kone
+ [Les laisser partir avant la nuit, et signaler la plaque aux spécialistes d’UNPOL # evidence: checkpoint.trafficking 0]
    ~ women = "sent"
    Le minibus repart vers {border}. Derrière la vitre, {woman} ne se retourne pas. # speaker: narrator # person: man gone # person: woman gone
    Elle vous a dit qu’il garde leurs papiers et qu’elle veut rentrer chez elle. Dès cet instant, sa sécurité passait avant l’horaire : le minibus pouvait rester jusqu’à l’arrivée des spécialistes. # speaker: narrator
+ [Lui répéter ce qu’elle a dit, et observer sa réaction # evidence: checkpoint.trafficking 0 # critical: checkpoint.trafficking]
    ~ women = "exposed"
    {man} garde son sourire. Il regarde {woman} une longue seconde. # speaker: narrator # person: woman afraid
    Venez. Nous sommes en retard. # speaker: man
    Sans motif pour les retenir, le sergent Kone laisse partir le minibus. # speaker: narrator # person: man gone # person: woman gone
+ [La prendre à part et tout lui demander : qui le paie, et où elles vont # evidence: checkpoint.trafficking 1]
    ~ women = "passed"
    Elle commence à répondre, puis s’arrête. Son regard file vers la route, où {man} attend. # speaker: narrator # person: woman afraid
    Je ne sais pas. Je ne sais pas. # speaker: woman
    À la nuit, sans motif pour les retenir, le sergent Kone laisse partir le minibus. # speaker: narrator # person: man gone # person: woman gone
- -> close

// ---------------------------------------------------------------------------------------------------------------
=== asked ===
L’une des femmes n’a rien dit du tout. Maintenant, elle vous regarde. # speaker: narrator # person: elder gone # person: woman afraid
Le jour baisse. # speaker: kone # person: kone wary
+ [Dire aux femmes qu’elles peuvent rester ici sous la protection de l’ONU, et le laisser partir # evidence: checkpoint.trafficking 1]
    ~ women = "gone"
    Personne ne bouge. {man} dit quelque chose dans une langue que vous ne connaissez pas, et les femmes restent assises. # speaker: narrator
    Le minibus repart vers {border}. # speaker: narrator # person: man gone # person: woman gone
+ [Les remercier ; Nkemba les voit une par une, loin de lui, pendant que vous alertez les spécialistes # evidence: checkpoint.trafficking 2]
    ~ women = "held"
    Les femmes descendent une à une. {man} ne sourit plus. Vous demandez en privé au sergent Kone de retenir le minibus. # speaker: narrator # person: man wary
    Une vérification des documents, alors. Cela peut prendre un moment. # speaker: kone
+ [Les laisser partir : il a leurs papiers, et ils sont en retard # evidence: checkpoint.trafficking 0]
    ~ women = "gone"
    Le minibus repart vers {border}. # speaker: narrator # person: man gone # person: woman gone
- -> close

// ---------------------------------------------------------------------------------------------------------------
=== confronted ===
Le sergent Kone vous prend à part. # speaker: narrator # person: elder gone # person: kone angry
Maintenant, il sait. Si elles sont ce que vous croyez, elles le paieront cette nuit. # speaker: kone
+ [Vous excuser de votre ton, et reprendre discrètement un contrôle de routine # evidence: checkpoint.trafficking 1]
    ~ women = "held"
    L’agente Nkemba voit les femmes une par une, à l’écart de lui, et vous alertez les spécialistes par radio. Derrière le poste, aucune des femmes ne dit un mot. Le sergent Kone retient le minibus pour une vérification des documents, mais {man} surveille chaque geste. # speaker: narrator # person: man wary
+ [L’avertir que l’ONU a l’œil sur lui, et laisser partir le minibus # evidence: checkpoint.trafficking 0]
    ~ women = "gone"
    {man} hoche la tête, comme pour vous remercier de l’avertissement. Le minibus repart vers {border}. # speaker: narrator # person: man gone
+ [Dire aux femmes de descendre du bus : elles sont désormais sous la protection de l’ONU # evidence: checkpoint.trafficking 1]
    ~ women = "gone"
    Personne ne bouge. {man} dit quelque chose dans une langue que vous ne connaissez pas, et les femmes restent assises. # speaker: narrator
    Vous n’avez pas le pouvoir de faire ça. # speaker: kone
    Le minibus repart vers {border}. # speaker: narrator # person: man gone
- -> close

// ---------------------------------------------------------------------------------------------------------------
=== waved ===
Le minibus repart vers {border}. Par la vitre arrière, l’une des femmes vous regarde encore. # speaker: narrator # person: elder gone # person: man gone
Quatre femmes, et il a répondu pour chacune d’elles. # speaker: kone # person: kone wary
+ [Laisser filer ; c’est un poste de sécurité, pas un poste d’immigration # evidence: checkpoint.trafficking 0]
    ~ women = "gone"
    Le sergent Kone hausse les épaules et baisse la barrière pour la nuit. # speaker: narrator
+ [Signaler la plaque, l’itinéraire et une description aux spécialistes d’UNPOL # evidence: checkpoint.trafficking 2]
    ~ women = "passed"
    Quelqu’un, à UNPOL, prend note : des signes à vérifier, pas une accusation. Quelqu’un arrêtera-t-il le minibus avant la frontière ? Vous ne le saurez peut-être jamais. # speaker: narrator
- -> close

// ---------------------------------------------------------------------------------------------------------------
=== close ===
{women == "held":
    Quarante minutes plus tard arrivent deux membres d’UNPOL et une policière de l’unité spécialisée de la police du Kavara. Ils parlent avec les femmes une par une, loin de {man}. À partir de là, c’est leur travail. # speaker: narrator # person: man gone # person: woman gone
}
{
- child == "safe":
    Mme Obi arrive avec une travailleuse sociale et s’accroupit pour parler à {boy} à sa hauteur. Au matin, son équipe a joint son oncle à {border}. # speaker: narrator # person: obi calm # person: boy relieved
- child == "base":
    À la base, l’officier de permanence passe la soirée au téléphone à chercher quelqu’un qui sache quoi faire d’un enfant perdu. # speaker: narrator # person: boy gone
}
-> wrap

=== wrap ===
{
- women == "exposed" || child == "handed":
    -> harm_done
- clumsy || women != "held" || child != "safe":
    -> gaps
- else:
    -> protected
}

=== protected ===
Plus tard, vous repensez à la dernière heure de la journée. # speaker: narrator # person: man gone # person: woman gone # person: obi gone # person: boy gone # person: kone gone # person: nkemba gone
Personne n’a été accusé, et {man} n’a rien appris de vous. Les femmes sont avec des spécialistes, et le minibus est encore à la barrière. # speaker: narrator
Et {boy} a passé la soirée avec des personnes dont le métier est de ramener les enfants chez eux. # speaker: narrator # ending: protected
-> END

=== gaps ===
Plus tard, vous repensez à la dernière heure de la journée. Vous n’avez commis aucune erreur critique, mais certaines choses vous ont échappé. # speaker: narrator # person: man gone # person: woman gone # person: obi gone # person: boy gone # person: kone gone # person: nkemba gone
{clumsy:
    Vous avez posé vos questions là où {man} pouvait les entendre. Dès lors, les femmes ne pouvaient plus parler librement, et il savait qu’on le surveillait. # speaker: narrator
}
{women == "sent":
    {woman} vous a dit ce qu’il fait de leurs papiers, et a demandé à rentrer chez elle. Vous l’avez laissée repartir avec lui. # speaker: narrator
}
{women == "passed" || women == "gone" || women == "sent":
    Le minibus a continué vers {border} avec quatre jeunes femmes avant qu’aucun spécialiste ait pu les voir. # speaker: narrator
}
{child == "base":
    {boy} a passé la nuit dans une base militaire, loin de l’endroit où sa famille le cherchera. # speaker: narrator
}
{child == "alone":
    {boy} a continué seul, de nuit, sans personne à l’arrivée qui savait qu’il venait. # speaker: narrator
}
Des signes ne valent que s’ils parviennent à ceux qui peuvent agir. # speaker: narrator # ending: gaps
-> END

=== harm_done ===
Plus tard, vous repensez à la dernière heure de la journée. # speaker: narrator # person: man gone # person: woman gone # person: obi gone # person: boy gone # person: kone gone # person: nkemba gone
{women == "exposed":
    {man} sait maintenant ce qu’a dit {woman}. Vous ne saurez jamais ce que cela lui a coûté. # speaker: narrator
}
{child == "handed":
    {boy} est reparti dans la nuit avec une femme dont personne n’avait vérifié les dires. # speaker: narrator
}
Quoi qu’il se soit bien passé par ailleurs, quelqu’un qui faisait confiance au poste de contrôle a été mis en danger. C’est une erreur critique. # speaker: narrator # ending: harm-done
-> END
