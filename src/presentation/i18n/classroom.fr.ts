/** French messages of classroom mode; fr.ts spreads them in at its end. Every key of classroomEn is required. */
import type { classroomEn } from './classroom.en.ts';

type Forms = Readonly<{ one: string; other: string }>;

export const classroomFr: {
  readonly [K in keyof typeof classroomEn]: (typeof classroomEn)[K] extends string ? string : Forms;
} = {
  mode_classroom: 'Classe (groupe)',
  meaning_wrongVotes:
    'dans la séance en classe {attempt}, les votes de la décision {seq} ne donnent pas le choix retenu (ou comptent plus de personnes que de présents)',
  classroomHeading: 'Séance en classe',
  classroomIntro:
    'Faites jouer un scénario à tout un groupe : une seconde fenêtre l’affiche au vidéoprojecteur, la salle discute chaque décision et vote, vous saisissez les votes et la majorité décide. La séance est enregistrée comme celle du groupe, jamais comme la tentative d’un stagiaire ni sur une attestation.',
  classroomScenario: 'Le groupe joue',
  classroomLanguage: 'Jouée en',
  classroomHeadCount: 'Nombre de participants (facultatif)',
  classroomPresent: 'Stagiaires présents (facultatif)',
  classroomStart: 'Commencer la séance en classe',
  classroomBadHeadCount:
    'Le nombre de participants doit être un nombre entier de 1 à 500, et au moins égal au nombre de stagiaires cochés.',
  classroomPopupBlocked:
    'Le navigateur n’a pas ouvert la fenêtre du vidéoprojecteur. Autorisez les fenêtres surgissantes pour cette page, puis utilisez « Ouvrir la fenêtre du vidéoprojecteur ».',
  classroomBadge: 'Séance en classe',
  classroomOpenAudience: 'Ouvrir la fenêtre du vidéoprojecteur',
  classroomEnd: 'Terminer la séance',
  classroomHeadCountIs: 'Participants : {n}',
  classroomNoHeadCount: 'Participants : non précisé',
  classroomDecision: 'Décision {n}',
  classroomWaiting: 'L’histoire se poursuit…',
  classroomVoteHint:
    'Appuyez sur le numéro d’un choix pour ajouter une voix, sur Maj et le numéro pour en retirer une, ou utilisez les boutons − et +.',
  classroomAddVote: 'Ajouter une voix au choix {n}',
  classroomRemoveVote: 'Retirer une voix au choix {n}',
  classroomVotesFor: 'Voix pour le choix {n}',
  classroomTotal: '{n} votants',
  classroomTotalOf: '{n} votants sur {total}',
  classroomReveal: 'Afficher les votes au vidéoprojecteur',
  classroomRevealed: 'Les votes sont affichés au vidéoprojecteur.',
  classroomMajority: 'Choix du groupe : {n}. {text}',
  classroomNoMajority:
    'Pas encore de majorité : saisissez les votes, ou retenez un choix pour le groupe en disant pourquoi.',
  classroomOverrideHeading: 'Retenir un autre choix pour le groupe',
  classroomOverrideChoice: 'Choix',
  classroomOverrideReason: 'Pourquoi (une ligne, conservée dans l’enregistrement)',
  classroomOverrideApply: 'Passer outre la majorité',
  classroomOverrideUndo: 'Annuler ce choix',
  classroomOverrideNeedsReason: 'Donnez une raison, et un autre choix que celui de la majorité.',
  classroomOverridden: 'Choix imposé : {n}, parce que : {reason}',
  classroomDecide: 'Poursuivre avec le choix du groupe',
  classroomPrompts: 'Questions pour la discussion',
  classroomPromptsNote: 'Pour vous seul : jamais affichées au vidéoprojecteur.',
  classroomAsk: 'Demandez',
  classroomListenFor: 'À écouter',
  classroomNoPrompts: 'Pas de question pour cette décision.',
  classroomTimer: 'Minuteur de discussion',
  classroomTimerMinutes: 'Minutes',
  classroomTimerStart: 'Lancer le minuteur',
  classroomTimerStop: 'Arrêter le minuteur',
  classroomTimerLeft: 'Reste {time}',
  classroomTimerUp: 'Le temps est écoulé.',
  classroomLoading: 'Chargement du scénario…',
  classroomFailed: 'La séance s’est arrêtée : {error}',
  classroomBack: 'Retour à l’espace formateur',
  classroomAudienceTitle: 'Vidéoprojecteur',
  classroomAudienceWaiting: 'En attente de la fenêtre du formateur…',
  classroomAudienceEnded: 'La séance en classe est terminée. Vous pouvez fermer cette fenêtre.',
  classroomVotes: { one: '{n} voix', other: '{n} voix' },
  classroomChosen: 'Choix du groupe',
  classroomDebrief: 'Débriefing du groupe',
  classroomDebriefPath: 'Le parcours du groupe',
  classroomDebriefResult: 'Résultat du groupe : {outcome}, {percent} %',
  classroomDebriefEnding: 'Fin : {title}',
  classroomDebriefCriteria: 'Les critères',
  classroomChoice: 'Choix',
  classroomLevel: 'Niveau',
  classroomVotesColumn: 'Voix',
  classroomTaken: 'retenu',
  classroomCritical: 'erreur critique',
  classroomGoodPractice: 'Bonne pratique',
  classroomDebriefUnavailable:
    'Le parcours du groupe n’a pas pu être affiché ici ; ses votes et son résultat figurent dans les enregistrements.',
};
