/** The LMS packaging's command line (`npm run package:cmi5 -- …`), read by node:util's parseArgs. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePackageArgs } from '../../../tools/package/args.ts';

describe('the packaging command line', () => {
  it('reads the kind, moveOn, the app folder and the LMS origins', () => {
    expect(
      parsePackageArgs([
        'cmi5',
        '--move-on',
        'Passed',
        '--app',
        'dist-x',
        '--allow-origin',
        'https://lms.example.org',
        '--allow-origin=https://lms2.example.org',
      ]),
    ).toEqual({
      kind: 'cmi5',
      moveOn: 'Passed',
      app: resolve('dist-x'),
      origins: ['https://lms.example.org', 'https://lms2.example.org'],
    });
  });

  it('defaults to moveOn CompletedAndPassed, an app built now and no origins', () => {
    expect(parsePackageArgs(['scorm12'])).toEqual({
      kind: 'scorm12',
      moveOn: 'CompletedAndPassed',
      app: null,
      origins: [],
    });
  });

  it('asks for help', () => {
    expect(parsePackageArgs(['--help'])).toEqual({ help: true });
    expect(parsePackageArgs(['-h'])).toEqual({ help: true });
  });

  it.each([
    [['scorm12', '--bogus'], "Unknown option '--bogus'"],
    [['cmi5', '--app'], "Option '--app <value>' argument missing"],
    [[], 'say which package to build: scorm12 or cmi5'],
    [['zip'], 'say which package to build: scorm12 or cmi5'],
    [['scorm12', 'cmi5'], 'one package at a time (also given: cmi5)'],
    [['cmi5', '--move-on', 'Completed'], '--move-on must be one of Passed, CompletedAndPassed'],
    [
      ['cmi5', '--allow-origin', 'http://lms.example.org'],
      '--allow-origin takes bare https origins (https://lms.example.org): http://lms.example.org',
    ],
  ])('refuses %j in one line', (argv, error) => {
    expect(parsePackageArgs(argv)).toEqual({ error });
  });
});
