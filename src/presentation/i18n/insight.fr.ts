/** Messages en français des vues d’analyse du formateur (les dossiers de tous les appareils, relus depuis le LRS). */
import type { insightEn } from './insight.en.ts';

type Forms = { one: string; other: string };
/** Every key of the English messages, each of the same kind. */
type InsightMessages = {
  readonly [K in keyof typeof insightEn]: (typeof insightEn)[K] extends string ? string : Forms;
};

export const insightFr: InsightMessages = {
  insightHeading: 'Analyse sur tous les appareils',
  insightOpen: 'Analyse sur tous les appareils',
  insightBack: 'Retour à l’espace formateur',
  insightIntro:
    'Ce que le groupe a choisi à chaque point de décision, comment chaque critère s’est passé, quelles décisions séparent ceux qui réussissent des autres, et quoi enseigner demain. À partir des dossiers de cet appareil, des lots importés et, s’il est configuré, du système de stockage d’apprentissage (LRS) auquel tous les appareils envoient. Les entraînements ne comptent que si le filtre de mode les demande.',
  insightSources:
    'Tentatives comptées : {attempts} (sur cet appareil : {device} ; depuis le LRS : {lrs} ; trouvées aux deux : {both}).',
  insightConflicts: {
    one: '{n} tentative est enregistrée différemment à deux endroits ; le dossier le plus complet est retenu.',
    other:
      '{n} tentatives sont enregistrées différemment à deux endroits ; le dossier le plus complet est retenu.',
  },
  insightLoading: 'Calcul des chiffres…',
  insightFailed: 'Les chiffres n’ont pas pu être calculés : {reason}',
  insightNone: 'Aucune tentative ne correspond à ces filtres.',
  insightFilters: 'Filtres des vues d’analyse',
  insightSex: 'Sexe',
  insightComponent: 'Composante',
  insightCountedModes: 'Cours et remise à niveau',
  insightPoint: 'Point de décision',
  insightCsv: 'Télécharger en CSV',
  insightLrsHeading: 'Relire depuis le LRS',
  insightLrsIntro:
    'Avec une clé autorisée à lire les déclarations, Waypoint récupère les déclarations de ce cours depuis le LRS et les garde sur cet appareil, pour que les vues fonctionnent hors ligne ; la récupération suivante ne demande que les nouvelles. La clé de lecture est gardée sur cet appareil comme la clé d’envoi : toute personne qui peut ouvrir l’espace formateur peut s’en servir.',
  insightLrsEndpoint: 'Adresse du LRS (lecture)',
  insightLrsKey: 'Clé de lecture',
  insightLrsSecret: 'Secret de lecture',
  insightLrsSave: 'Enregistrer les réglages de lecture',
  insightLrsSaved: 'Réglages de lecture enregistrés sur cet appareil.',
  insightLrsForget: 'Oublier les réglages de lecture et les déclarations récupérées',
  insightLrsForgotten:
    'Les réglages de lecture et les déclarations récupérées ont été retirés de cet appareil.',
  insightLrsNotSet: 'Aucun LRS à lire n’est configuré sur cet appareil.',
  insightFetch: 'Récupérer les nouvelles déclarations',
  insightResume: 'Reprendre la récupération',
  insightStop: 'Arrêter',
  insightProgress: 'Récupération des déclarations depuis le LRS',
  insightProgressCount: {
    one: '{n} déclaration récupérée jusqu’ici ({pages} pages).',
    other: '{n} déclarations récupérées jusqu’ici ({pages} pages).',
  },
  insightFetched: {
    one: '{n} déclaration gardée sur cet appareil ; dernière récupération {when}.',
    other: '{n} déclarations gardées sur cet appareil ; dernière récupération {when}.',
  },
  insightNeverFetched: 'Rien n’a encore été récupéré.',
  insightStopped: 'Arrêté. Ce qui a été récupéré est gardé ; reprenez pour récupérer le reste.',
  insightDone: 'À jour.',
  insightOffline: 'Hors ligne : affichage de ce qui a été récupéré auparavant.',
  insightFetchFailed: 'Le LRS n’a pas pu être lu : {reason} Ce qui a été récupéré auparavant est gardé.',
  insightSkipped: 'Déclarations non utilisées : {details}.',
  insightSkip_malformed: 'mal formées {n}',
  insightSkip_foreign: 'd’un autre cours {n}',
  insightSkip_duplicate: 'en double {n}',
  insightSkip_voided: 'annulées {n}',
  insightSkip_conflict: 'contredisant une autre {n}',
  insightProblem: 'Impossible : {reason}',
  pointsHeading: 'Points de décision',
  pointsIntro:
    'Pour chaque point de décision : combien de tentatives l’ont atteint et la part qui a pris chaque choix, avec le niveau du choix. Les points où le plus de participants se sont trompés viennent d’abord ; dans un point, les erreurs d’abord.',
  pointsScenario: '{title} : {n} tentatives',
  pointsDecision: 'Décision {n}',
  pointsReached: 'atteint par {n} ; erreurs {share}',
  pointsChoice: 'Choix',
  pointsTaken: 'Pris',
  pointsLevel: 'Niveau',
  pointsBearsOn: 'Porte sur',
  pointsCritical: 'erreur critique',
  pointsOtherVersion: '{n} tentatives d’une autre version de ce scénario ne sont pas montrées ici.',
  criteriaInsightHeading: 'Critères : niveaux, première tentative et dernière',
  criteriaInsightIntro:
    'Sur l’ensemble des tentatives, combien ont montré chaque niveau ; puis, par stagiaire, le niveau de sa première tentative qui a montré le critère et celui de sa dernière.',
  criteriaMean: 'Niveau moyen',
  criteriaFirst: 'Premières tentatives (par stagiaire)',
  criteriaLatest: 'Dernières tentatives (par stagiaire)',
  criteriaChange: 'Stagiaires qui ont recommencé : mieux, pareil, moins bien',
  criteriaChangeValue: '{improved}, {same}, {declined} (sur {n})',
  discriminationHeading: 'Les décisions qui séparent la réussite de l’échec',
  discriminationIntro:
    'Pour chaque point de décision, la part des stagiaires qui ont réussi et ont pris le meilleur choix, moins la part des autres qui l’ont pris. Chaque stagiaire compte une fois, par sa dernière tentative terminée. Près de 100 points : ceux qui ont réussi l’ont pris et les autres non. Près de 0 : ce choix ne les distingue pas. Avec moins de {min} stagiaires dans l’un des groupes, un seul stagiaire déplace une part de plus de dix points : ces chiffres sont marqués « trop peu » et disent peu de chose.',
  discriminationScenario: '{title} : {passers} ont réussi, {others} non',
  discriminationPassers: 'Ont réussi : ont pris le meilleur choix',
  discriminationOthers: 'N’ont pas réussi : l’ont pris',
  discriminationDifference: 'Écart (points, ± marge)',
  discriminationValue: '{difference} ± {margin}',
  discriminationTooFew: 'trop peu',
  discriminationShare: '{best} sur {n} ({share})',
  teachHeading: 'À enseigner demain',
  teachIntro:
    'Les trois points de décision où le groupe a le moins bien fait, avec les textes de référence à enseigner.',
  teachItem: '{title}, décision {n} : {share} des {reached} qui l’ont atteinte ont fait une erreur.',
  teachMistake: 'Erreur la plus fréquente',
  teachCriterion: 'Critère',
  teachGuidance: 'Référence',
  teachFew: 'Atteint par peu de tentatives : un signal faible.',
  teachNone: 'Aucun point de décision n’a encore assez de tentatives.',
};
