import { describe, expect, it } from 'vitest';
import { mergeInsightAttempts } from '../../../src/engine/insight/merge.ts';
import { rebuildAttempts } from '../../../src/engine/insight/rebuild.ts';
import { ACTIVITY_BASE, attempt, attemptId, scenario, statementsOf, trainee } from './cohort.ts';

const options = { activityBase: ACTIVITY_BASE, scenarios: [scenario] };
const amina = trainee(1, { cohort: 'North' });
const blaise = trainee(2);

describe('merging the device, bundles and the LRS', () => {
  it('counts an attempt held in several places once, and says where it was found', async () => {
    const here = attempt(amina, [0, 1], 1);
    const carried = attempt(blaise, [1, 2], 2, 1);
    const onlyLrs = attempt(blaise, [0, 2], 3, 2);
    const lrs = rebuildAttempts(await statementsOf([amina, blaise], [here, carried, onlyLrs]), options);
    const { attempts, report } = mergeInsightAttempts({
      device: { profiles: [amina], attempts: [here] },
      bundles: [
        { profiles: [amina, blaise], attempts: [here, carried] },
        { profiles: [blaise], attempts: [carried] },
      ],
      lrs: lrs.attempts,
    });
    expect(attempts.map((a) => [a.id, a.sources])).toEqual([
      [attemptId(1), ['device', 'bundle', 'lrs']],
      [attemptId(2), ['bundle', 'lrs']],
      [attemptId(3), ['lrs']],
    ]);
    expect(report).toMatchObject({ bySource: { device: 1, bundle: 2, lrs: 3 }, attempts: 3, inSeveral: 2 });
    expect(report.conflicts).toEqual([]);
    // The device's record is kept: it has the seed the LRS never had.
    expect(attempts[0]?.seed).toBe(here.seed);
    expect(attempts[2]?.seed).toBeNull();
  });

  it('keeps the completed record over an unfinished one, with the seed and details the others had', async () => {
    const unfinished = attempt(amina, [0], 1);
    const completed = attempt(amina, [0, 1], 1);
    const lrs = rebuildAttempts(await statementsOf([amina], [completed]), options);
    const { attempts } = mergeInsightAttempts({
      device: { profiles: [], attempts: [unfinished] },
      lrs: lrs.attempts,
    });
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ status: 'completed', passed: true, seed: unfinished.seed });
    expect(attempts[0]?.sources).toEqual(['device', 'lrs']);
    // The device had no profile for this trainee; the LRS's statements named the cohort.
    expect(attempts[0]?.trainee.cohort).toBe('North');
  });

  it('reports records of one id that name another trainee or verdict', async () => {
    const mine = attempt(amina, [0, 1], 1);
    const lrs = rebuildAttempts(await statementsOf([blaise], [{ ...mine, profileId: blaise.id }]), options);
    const failedCopy = { ...mine, result: mine.result && { ...mine.result, passed: false } };
    const { attempts, report } = mergeInsightAttempts({
      device: { profiles: [amina], attempts: [mine] },
      bundles: [{ profiles: [amina], attempts: [failedCopy] }],
      lrs: lrs.attempts,
    });
    expect(attempts).toHaveLength(1);
    expect(attempts[0]?.trainee.id).toBe(amina.id);
    expect(report.conflicts.map((c) => c.message)).toEqual([
      'the bundle record has another verdict',
      'the lrs record names another trainee or scenario',
    ]);
  });
});
