/** The decisions CSV: one row per choice a trainee made, with the evidence it gave. */
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
] as const;

/** `crsv.consent=3;crsv.listening=2`: one cell a spreadsheet can still split on `;`. */
export function evidenceText(evidence: Decision['evidence']): string {
  return evidence.map((e) => `${e.criterion}=${e.level}`).join(';');
}

export function decisionsCsv(input: Pick<ExportInput, 'attempts'>): string {
  const rows = orderedAttempts(input.attempts).flatMap((a) =>
    [...a.decisions]
      .sort((x, y) => x.seq - y.seq)
      .map((d) => [
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
      ]),
  );
  return csvFile(COLUMNS, rows);
}
