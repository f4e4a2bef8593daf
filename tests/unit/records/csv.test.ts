import { describe, expect, it } from 'vitest';
import { attemptsCsv } from '../../../src/engine/records/export/attempts-csv.ts';
import { csvCell } from '../../../src/engine/records/export/csv.ts';
import { decisionsCsv } from '../../../src/engine/records/export/decisions-csv.ts';
import type { ExportInput } from '../../../src/engine/records/export/input.ts';
import type { Attempt } from '../../../src/engine/records/attempt.ts';
import { readCsv, readCsvRecords } from './csv-reader.ts';
import {
  amelie,
  catalogue,
  completed,
  decision,
  failing,
  ID_FAIL,
  ID_OPEN,
  ID_PASS,
  open,
  passing,
  patrol,
  survivorContact,
  tomas,
} from './fixtures.ts';

const DAY = 24 * 60 * 60 * 1000;

/** The same attempt, started (and decided and ended) `by` ms later. */
function shifted(a: Attempt, by: number): Attempt {
  return {
    ...a,
    startedAt: a.startedAt + by,
    endedAt: a.endedAt === null ? null : a.endedAt + by,
    decisions: a.decisions.map((d) => ({ ...d, at: d.at + by })),
  };
}

/**
 * Started failing (a day before), passing, then open (a day after): an order that is neither the order they are
 * given in nor the order of their ids, so only sorting by start time lists them in it.
 */
const input: ExportInput = {
  profiles: [amelie, tomas],
  attempts: [shifted(open, DAY), shifted(failing, -DAY), passing],
  scenarios: [survivorContact, patrol],
  catalogue,
};

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Click")', `"'=HYPERLINK(""http://evil.example"",""Click"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', `"'\r=1"`],
    ['＝1+1', "'＝1+1"],
    [' =1+1', "' =1+1"],
    ['\n=1+1', `"'\n=1+1"`],
    ['\u00A0=1+1', "'\u00A0=1+1"],
    ['\u200B=1+1', "'\u200B=1+1"],
    ['\uFEFF@SUM(A1)', "'\uFEFF@SUM(A1)"],
    ['\u202E+1', "'\u202E+1"],
  ])('neutralises a cell a spreadsheet would run as a formula: %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rlf', '"cr\rlf"'],
    ['Amélie', 'Amélie'],
    ['a=b', 'a=b'],
    [42, '42'],
    [-3, '-3'],
    [' plain', ' plain'],
    [null, ''],
  ])('quotes only when RFC 4180 needs it: %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('attempts CSV', () => {
  it('is UTF-8 with a byte order mark and CRLF line ends', () => {
    const csv = attemptsCsv(input);
    expect(csv.startsWith('\uFEFFattempt_id,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '').includes('\n')).toBe(false);
  });

  it('has one row per attempt, by start time, with the trainee and the outcome', () => {
    const rows = readCsvRecords(attemptsCsv(input));
    expect(rows.map((r) => r.attempt_id)).toEqual([ID_FAIL, ID_PASS, ID_OPEN]);
    const pass = rows.find((r) => r.attempt_id === ID_PASS);
    expect(pass).toMatchObject({
      profile_id: amelie.id,
      name: 'Amélie Ndiaye-Kouassi',
      service_number: 'SN-0042',
      component: 'police',
      sex: 'female',
      country: "Côte d'Ivoire",
      mission: 'MINUSCA',
      cohort: 'PDT-2025-03',
      stage: 'pre-deployment',
      // A record from before refreshers existed is a course attempt.
      mode: 'course',
      scenario_id: 'survivor-contact',
      scenario_title: 'First contact with a survivor',
      content_version: '1.0.0',
      app_version: '0.1.0',
      status: 'completed',
      started: '2025-03-14T08:30:00.000Z',
      ended: '2025-03-14T08:34:30.500Z',
      duration_seconds: '271',
      ending: 'care-in-time',
      score_percent: '100',
      passed: 'yes',
      critical_errors: '',
      decisions: '3',
    });
    const fail = rows.find((r) => r.attempt_id === ID_FAIL);
    expect(fail).toMatchObject({ passed: 'no', critical_errors: 'crsv.consent', score_percent: '10' });
    const pending = rows.find((r) => r.attempt_id === ID_OPEN);
    expect(pending).toMatchObject({
      status: 'in-progress',
      ended: '',
      score_percent: '',
      passed: '',
      decisions: '1',
    });
  });

  it('marks an in-mission refresher attempt as such', () => {
    const refresher = { ...passing, id: '5e1f0c2a-7b3d-4c8e-9f10-aabbccddeeff', mode: 'refresher' as const };
    const rows = readCsvRecords(attemptsCsv({ ...input, attempts: [...input.attempts, refresher] }));
    expect(rows.find((r) => r.attempt_id === refresher.id)?.mode).toBe('refresher');
    expect(rows.find((r) => r.attempt_id === ID_PASS)?.mode).toBe('course');
  });

  it('has one column per criterion used by the scenarios, in catalogue order, with levels', () => {
    const [header = []] = readCsv(attemptsCsv(input));
    expect(header.slice(24, 27)).toEqual(['verified', 'head_count', 'present']);
    expect(header.slice(27)).toEqual([
      'crsv.safety-privacy',
      'crsv.listening',
      'crsv.consent',
      'patrol.route',
    ]);
    const rows = readCsvRecords(attemptsCsv(input));
    const levels = (id: string) => {
      const r = rows.find((x) => x.attempt_id === id);
      return [r?.['crsv.safety-privacy'], r?.['crsv.listening'], r?.['crsv.consent'], r?.['patrol.route']];
    };
    expect(levels(ID_PASS)).toEqual(['3', '3', '3', '']);
    // Listening was not observed on the failing path; patrol.route is not in this scenario.
    expect(levels(ID_FAIL)).toEqual(['1', '', '0', '']);
    expect(levels(ID_OPEN)).toEqual(['', '', '', '']);
    expect(rows.every((r) => r.verified === 'yes')).toBe(true);
  });

  it('says when an attempt was imported unverified', () => {
    const unverified = { ...input, attempts: input.attempts.map((a) => ({ ...a, unverified: true })) };
    expect(readCsvRecords(attemptsCsv(unverified)).map((r) => r.verified)).toEqual(['no', 'no', 'no']);
  });

  it('keeps the result of a criterion the current content no longer has', () => {
    const old = completed(ID_PASS, amelie, [decision(1, [['crsv.retired', 2]])], {
      ...survivorContact,
      rubric: { passMark: 50, criteria: [{ id: 'crsv.retired', weight: 1 }] },
    });
    const rows = readCsvRecords(attemptsCsv({ ...input, attempts: [old] }));
    expect(rows[0]?.['crsv.retired']).toBe('2');
  });

  it('guards names against formula injection and keeps accents, commas and line breaks', () => {
    const mallory = {
      ...amelie,
      name: '=HYPERLINK("http://evil.example","Click")',
      mission: 'Bangui,\nSecteur "Centre"',
    };
    const rows = readCsvRecords(attemptsCsv({ ...input, profiles: [mallory], attempts: [passing] }));
    expect(rows[0]?.name).toBe(`'=HYPERLINK("http://evil.example","Click")`);
    expect(rows[0]?.mission).toBe('Bangui,\nSecteur "Centre"');
    expect(rows[0]?.country).toBe("Côte d'Ivoire");
  });

  it('still writes an attempt whose profile and scenario are unknown', () => {
    const rows = readCsvRecords(attemptsCsv({ ...input, profiles: [], scenarios: [] }));
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.name === '' && r.scenario_title === '')).toBe(true);
  });
});

describe('decisions CSV', () => {
  it('has one row per decision with evidence, critical ids and ISO times', () => {
    const rows = readCsvRecords(decisionsCsv(input));
    expect(rows).toHaveLength(3 + 2 + 1);
    // Attempts by start time, decisions in sequence within each.
    expect(rows.map((r) => `${r.attempt_id}/${r.sequence}`)).toEqual([
      `${ID_FAIL}/1`,
      `${ID_FAIL}/2`,
      `${ID_PASS}/1`,
      `${ID_PASS}/2`,
      `${ID_PASS}/3`,
      `${ID_OPEN}/1`,
    ]);
    const critical = rows.find((r) => r.attempt_id === ID_FAIL && r.sequence === '2');
    expect(critical).toEqual({
      attempt_id: ID_FAIL,
      profile_id: tomas.id,
      scenario_id: 'survivor-contact',
      sequence: '2',
      where: 'meeting.ask.2',
      choice_index: '2',
      choice_text: 'Report it,\nwith her name',
      time: '2025-03-13T08:32:00.000Z',
      evidence: 'crsv.consent=0',
      critical: 'crsv.consent',
      // A trainee's own decision: no group voted on it.
      votes: '',
      votes_revealed: '',
      override_reason: '',
    });
    const both = rows.find((r) => r.attempt_id === ID_PASS && r.sequence === '3');
    expect(both?.evidence).toBe('crsv.consent=3;crsv.listening=3');
    const quoted = rows.find((r) => r.attempt_id === ID_PASS && r.sequence === '2');
    expect(quoted?.choice_text).toBe('Ask her, quietly: "Where would you like to talk?"');
  });

  it('neutralises choice texts that start like a formula', () => {
    const sneaky = completed(ID_PASS, amelie, [
      decision(1, [['crsv.consent', 2]], { choiceText: '-2 points? @SUM(1)', where: '+knot' }),
    ]);
    const [row] = readCsvRecords(decisionsCsv({ attempts: [sneaky] }));
    expect(row?.choice_text).toBe("'-2 points? @SUM(1)");
    expect(row?.where).toBe("'+knot");
  });
});
