/** French messages of classroom mode; fr.ts spreads them in at its end. Every key of classroomEn is required. */
import type { classroomEn } from './classroom.en.ts';

type Forms = Readonly<{ one: string; other: string }>;

export const classroomFr: {
  readonly [K in keyof typeof classroomEn]: (typeof classroomEn)[K] extends string ? string : Forms;
} = {
  mode_classroom: 'Classe (groupe)',
  meaning_wrongVotes:
    'dans la séance en classe {attempt}, les votes de la décision {seq} ne donnent pas le choix retenu (ou comptent plus de personnes que de présents)',
};
