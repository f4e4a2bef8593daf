/**
 * The criteria catalogue as a loaded value: fetched once however often it is asked for, absent until then (never an
 * empty stand-in that a refresher plan or a debrief could be built from), and fetched again after a failure.
 */
import { describe, expect, it } from 'vitest';
import { catalogueSource } from '../../src/app/catalogue.ts';
import { validContent } from '../helpers/fixtures.ts';

const { catalogue } = validContent();

describe('the catalogue source', () => {
  it('is absent until fetched, then fetched once and kept', async () => {
    let fetches = 0;
    const source = catalogueSource(async () => {
      fetches += 1;
      return catalogue;
    });
    expect(source.loaded()).toBeUndefined();
    const [a, b] = await Promise.all([source.load(), source.load()]);
    expect(a).toBe(catalogue);
    expect(b).toBe(catalogue);
    expect(source.loaded()).toBe(catalogue);
    await source.load();
    expect(fetches).toBe(1);
  });

  it('tries again after a failed fetch, and stays absent meanwhile', async () => {
    let online = false;
    const source = catalogueSource(async () => {
      if (!online) throw new Error('offline');
      return catalogue;
    });
    await expect(source.load()).rejects.toThrow('offline');
    expect(source.loaded()).toBeUndefined();
    online = true;
    await expect(source.load()).resolves.toBe(catalogue);
  });
});
