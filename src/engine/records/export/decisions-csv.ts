/**
 * The decisions CSV: one row per choice a trainee (or a classroom group) made, with the evidence it gave, and in a
 * classroom the group's votes.
 */
import type { Decision } from '../../scoring/decision.ts';
import { csvFile } from './csv.ts';
import { isoTime, orderedAttempts } from './input.ts';
import type { ExportInput } from './input.ts';

const COLUMNS = [
  'attempt_id',
  'profile_id',
  'scenario_id',
  'sequence',
  'where',
  'choice_index',
  'choice_text',
  'time',
  'evidence',
  'critical',
  // Classroom sessions only: the votes per choice index, whether they were shown to the room, and why the trainer
  // overrode the majority.
  'votes',
  'votes_revealed',
  'override_reason',
] as const;

/** `crsv.consent=3;crsv.listening=2`: one cell a spreadsheet can still split on `;`. */
export function evidenceText(evidence: Decision['evidence']): string {
  return evidence.map((e) => `${e.criterion}=${e.level}`).join(';');
}

/** `0=4;1=12;2=3`: votes per choice index, one cell. */
export function votesText(counts: readonly number[]): string {
  return counts.map((n, i) => `${i}=${n}`).join(';');
}

export function decisionsCsv(input: Pick<ExportInput, 'attempts'>): string {
  const rows = orderedAttempts(input.attempts).flatMap((a) => {
    const votes = new Map(a.classroom?.votes.map((v) => [v.seq, v]));
    return [...a.decisions]
      .sort((x, y) => x.seq - y.seq)
      .map((d) => {
        const vote = votes.get(d.seq);
        return [
          a.id,
          a.profileId,
          a.scenarioId,
          d.seq,
          d.where,
          d.choiceIndex,
          d.choiceText,
          isoTime(d.at),
          evidenceText(d.evidence),
          d.critical.join(';'),
          vote ? votesText(vote.counts) : '',
          vote ? (vote.revealed ? 'yes' : 'no') : '',
          vote?.override ?? '',
        ];
      });
  });
  return csvFile(COLUMNS, rows);
}
