/**
 * English messages of classroom mode (a trainer running a scenario with a group): kept apart from en.ts so that
 * the classroom's words are in one place; en.ts spreads them in at its end.
 */
export const classroomEn = {
  mode_classroom: 'Classroom (group)',
  meaning_wrongVotes:
    'in classroom attempt {attempt}, the votes at decision {seq} do not give the choice taken (or count more people than were there)',
} as const;
