/**
 * The data the classroom's two windows share: the group debrief (every choice offered at each decision, its level,
 * its votes, the one taken, the override's reason) and the channel's messages (only a view or a hello get through).
 */
import { describe, expect, it } from 'vitest';
import { groupDebriefOf } from '../../../src/presentation/html/classroom/debrief-data.ts';
import { audienceUrl, isAudienceUrl, readMessage } from '../../../src/presentation/html/classroom/view.ts';
import { validContent } from '../../helpers/fixtures.ts';
import { playedClassroom } from './played.ts';

const { scenarios, catalogue } = validContent();
const scenario = scenarios[0]!;

describe('the group debrief', () => {
  it('shows at each decision every choice offered, with its level and votes, and the one taken', () => {
    const session = playedClassroom(scenario, [
      { counts: [2, 7] },
      { counts: [1, 2, 5], override: { index: 1, reason: 'Consent first.' } },
    ]);
    const debrief = groupDebriefOf(
      {
        seed: session.seed,
        decisions: session.decisions,
        result: session.result!,
        ending: session.ending,
        votes: session.classroom!.votes,
      },
      scenario,
      catalogue,
      'fr',
    );
    expect(debrief.partial).toBe(false);
    expect(debrief.points.map((p) => p.choices.map((c) => c.votes))).toEqual([
      [2, 7],
      [1, 2, 5],
    ]);
    expect(debrief.points.map((p) => p.choices.findIndex((c) => c.taken))).toEqual([1, 1]);
    expect(debrief.points.map((p) => p.override)).toEqual([null, 'Consent first.']);
    // Every choice of the fixture is scored: its level is shown beside its votes.
    expect(debrief.points.every((p) => p.choices.every((c) => c.level !== null))).toBe(true);
    expect(debrief.criteria.map((c) => c.id)).toEqual(session.result!.criteria.map((c) => c.id));
    expect(debrief.passed).toBe(session.result!.passed);
  });
});

describe('the classroom channel', () => {
  it('reads a view or a hello, and nothing else', () => {
    expect(readMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(readMessage({ type: 'view', view: { session: 's', phase: 'playing', choices: [] } })?.type).toBe(
      'view',
    );
    expect(readMessage({ type: 'classroom.decide' })).toBeNull();
    expect(readMessage({ type: 'view', view: { phase: 'playing' } })).toBeNull();
    expect(readMessage('hello')).toBeNull();
  });

  it('opens the projector at this page with only the classroom parameter', () => {
    const url = audienceUrl(new URL('https://app.example/waypoint/index.html?lms=x#top'));
    expect(url).toBe('https://app.example/waypoint/index.html?classroom=audience');
    expect(isAudienceUrl(new URL(url))).toBe(true);
    expect(isAudienceUrl(new URL('https://app.example/?classroom=presenter'))).toBe(false);
  });
});
