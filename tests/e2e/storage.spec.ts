/** When the browser cannot store records, the app says so, keeps playing, and offers the records as a file. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { decide, setUpOwnDevice } from './helpers.ts';

test('with no IndexedDB: a clear message, play goes on, and the records can be downloaded', async ({
  page,
}, info) => {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { get: () => undefined }));
  await page.goto('/');
  const notice = page.getByRole('alert').filter({ hasText: 'cannot be saved on this device' });
  await expect(notice).toContainText('this browser does not allow saving here');

  await setUpOwnDevice(page);
  await page.getByRole('button', { name: 'Start training' }).click();
  await page.getByLabel('Name', { exact: true }).fill('No Storage');
  await page.getByLabel('Contributing country').fill('Peru');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByRole('button', { name: 'Open: First contact with a survivor' }).click();
  await page.getByRole('button', { name: 'Begin scenario' }).click();
  await decide(page, () => page.keyboard.press('2'));
  await decide(page, () => page.keyboard.press('1'));

  const file = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download my records' }).click();
  const path = info.outputPath('records.json');
  await (await file).saveAs(path);
  const bundle = JSON.parse(readFileSync(path, 'utf8')) as {
    format: string;
    payload: { profiles: { name: string }[]; attempts: { status: string; decisions: unknown[] }[] };
  };
  expect(bundle.format).toBe('waypoint-bundle');
  expect(bundle.payload.profiles.map((p) => p.name)).toEqual(['No Storage']);
  expect(bundle.payload.attempts).toMatchObject([{ status: 'in-progress' }]);
  expect(bundle.payload.attempts[0]?.decisions).toHaveLength(2);
});
