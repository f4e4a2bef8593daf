/**
 * English messages of classroom mode (a trainer running a scenario with a group): kept apart from en.ts so that
 * the classroom's words are in one place; en.ts spreads them in at its end.
 */
export const classroomEn = {
  mode_classroom: 'Classroom (group)',
  meaning_wrongVotes:
    'in classroom attempt {attempt}, the votes at decision {seq} do not give the choice taken (or count more people than were there)',
  // The trainer area: starting a session.
  classroomHeading: 'Classroom session',
  classroomIntro:
    'Run a scenario with a whole group: a second window shows it on the projector, the room discusses each decision and votes, you enter the votes, and the majority decides. It is recorded as the group’s session, never as any trainee’s attempt or on a certificate.',
  classroomScenario: 'The group plays',
  classroomLanguage: 'Played in',
  classroomHeadCount: 'Head count (optional)',
  classroomPresent: 'Trainees present (optional)',
  classroomStart: 'Start the classroom session',
  classroomBadHeadCount:
    'The head count must be a whole number from 1 to 500, and no fewer than the trainees ticked as present.',
  classroomPopupBlocked:
    'The browser did not open the projector window. Allow pop-ups for this page, then use “Open the projector window”.',
  // The presenter view.
  classroomBadge: 'Classroom session',
  classroomOpenAudience: 'Open the projector window',
  classroomEnd: 'End the session',
  classroomHeadCountIs: 'Head count: {n}',
  classroomNoHeadCount: 'Head count: not given',
  classroomDecision: 'Decision {n}',
  classroomWaiting: 'The story is moving on…',
  classroomVoteHint:
    'Press a choice’s number to add a vote, Shift and the number to take one away, or use the − and + buttons.',
  classroomAddVote: 'Add a vote for choice {n}',
  classroomRemoveVote: 'Take a vote away from choice {n}',
  classroomVotesFor: 'Votes for choice {n}',
  classroomTotal: '{n} voted',
  classroomTotalOf: '{n} of {total} voted',
  classroomReveal: 'Show the votes on the projector',
  classroomRevealed: 'The votes are shown on the projector.',
  classroomMajority: 'The group’s choice: {n}. {text}',
  classroomNoMajority: 'No majority yet: enter the votes, or take a choice for the group and say why.',
  classroomOverrideHeading: 'Take another choice for the group',
  classroomOverrideChoice: 'Choice',
  classroomOverrideReason: 'Why (one line, kept in the record)',
  classroomOverrideApply: 'Override the majority',
  classroomOverrideUndo: 'Undo the override',
  classroomOverrideNeedsReason: 'Give a reason, and a choice other than the majority’s.',
  classroomOverridden: 'Overridden: choice {n}, because: {reason}',
  classroomDecide: 'Go on with the group’s choice',
  classroomPrompts: 'Discussion prompts',
  classroomPromptsNote: 'For you only: never shown on the projector.',
  classroomAsk: 'Ask',
  classroomListenFor: 'Listen for',
  classroomNoPrompts: 'No discussion prompts for this decision.',
  classroomTimer: 'Discussion timer',
  classroomTimerMinutes: 'Minutes',
  classroomTimerStart: 'Start the timer',
  classroomTimerStop: 'Stop the timer',
  classroomTimerLeft: '{time} left',
  classroomTimerUp: 'Time is up.',
  classroomLoading: 'Loading the scenario…',
  classroomFailed: 'The session stopped: {error}',
  classroomBack: 'Back to the trainer area',
  // The projector.
  classroomAudienceTitle: 'Projector',
  classroomAudienceWaiting: 'Waiting for the trainer’s window…',
  classroomAudienceEnded: 'The classroom session has ended. You can close this window.',
  classroomVotes: { one: '{n} vote', other: '{n} votes' },
  classroomChosen: 'The group’s choice',
  // The group debrief.
  classroomDebrief: 'Group debrief',
  classroomDebriefPath: 'The group’s path',
  classroomDebriefResult: 'The group’s result: {outcome}, {percent}%',
  classroomDebriefEnding: 'Ending: {title}',
  classroomDebriefCriteria: 'The criteria',
  classroomChoice: 'Choice',
  classroomLevel: 'Level',
  classroomVotesColumn: 'Votes',
  classroomTaken: 'taken',
  classroomCritical: 'critical error',
  classroomGoodPractice: 'Good practice',
  classroomDebriefUnavailable:
    'The group’s path could not be drawn here; its votes and result are in the records.',
} as const;
