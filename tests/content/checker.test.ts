/**
 * The content checker, fixture-driven: the valid fixture passes, and each rule has a variant of it that breaks
 * exactly that rule and must fail with a message naming the file (and line where there is one).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContent } from '../../tools/content/build-content.ts';
import { fileExploreCache } from '../../tools/content/explore-cache.ts';
import { formatProblem } from '../../tools/content/problem.ts';
import { ROOT, VALID_FIXTURE } from '../helpers/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'waypoint-checker-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A stand-in guidance library holding exactly the lines the fixture cites, so the test never needs ../shared. */
function fixtureGuidance(): string {
  const dir = join(work, 'guidance');
  mkdirSync(join(dir, 'seeds'), { recursive: true });
  mkdirSync(join(dir, 'notes'), { recursive: true });
  const lines = Array.from({ length: 3020 }, () => '');
  lines[3010] = 'violence benefit the entire community. Such messaging should not use personal ';
  lines[3011] = 'information or profiles without fully informed and voluntary consent from the ';
  lines[3012] = 'individual(s) in question nor pressure women to speak out';
  writeFileSync(join(dir, 'seeds', '001_75fa4b130f47a839.txt'), lines.join('\n'));
  writeFileSync(
    join(dir, 'notes', 'external-public-guidance.md'),
    '## (b)\n\n24. **DO remember your role.**\n    [IASC] **VERIFIED**. Quote: "Provide a listening ear, free of judgment."\n' +
      '25. **DO listen; Provide a listening ear, free of judgment.**\n    [IASC] **VERIFIED (heading)**.\n',
  );
  return dir;
}
const guidanceDir = fixtureGuidance();

let n = 0;
const identity = (s: string) => s;
/** Copies the valid fixture and applies one edit to one file (an edit giving null deletes the file). */
function variant(file: string, edit: (source: string) => string | null): string {
  n += 1;
  const dir = join(work, `case-${n}`);
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === null) {
    rmSync(path);
    return dir;
  }
  if (edit !== identity) expect(after, 'the edit must change the fixture').not.toBe(before);
  writeFileSync(path, after);
  return dir;
}

const check = (scenariosDir: string) =>
  buildContent({ scenariosDir, root: work, checkCitations: true, guidanceDir }).problems.map(formatProblem);

describe('content checker', () => {
  it('passes the valid fixture, citations included', () => {
    const content = buildContent({
      scenariosDir: VALID_FIXTURE,
      root: ROOT,
      checkCitations: true,
      guidanceDir,
    });
    expect(content.problems).toEqual([]);
    expect(content.citations?.checked).toBe(2);
    expect(content.scenarios[0]?.best).toEqual({ 'test.consent': 3, 'test.listening': 3 });
  });

  it.each([
    {
      rule: 'a path that stops without an ending',
      file: 'two-choices/ending.ink',
      edit: (s: string) => s.replace(' # ending: exposed', ''),
      expected:
        /two-choices\/story\.ink: a path stops without an "# ending:" tag, after choosing: .*"Give him her name"/,
    },
    {
      rule: 'an unknown tag',
      file: 'two-choices/story.ink',
      edit: (s: string) => s.replace('# person: amina wary', '# mood: amina wary'),
      expected: /two-choices\/story\.ink:7: unknown tag key "mood"/,
    },
    {
      rule: 'a malformed tag value',
      file: 'two-choices/story.ink',
      edit: (s: string) => s.replace('test.listening 3]', 'test.listening 5]'),
      expected: /two-choices\/story\.ink:9: evidence level must be 0, 1, 2 or 3/,
    },
    {
      rule: 'an unknown criterion',
      file: 'two-choices/story.ink',
      edit: (s: string) => s.replace('evidence: test.listening 0', 'evidence: test.listenning 0'),
      expected: /two-choices\/story\.ink:12: unknown criterion "test.listenning"/,
    },
    {
      rule: 'an unknown cast member',
      file: 'two-choices/story.ink',
      edit: (s: string) => s.replace('# speaker: amina', '# speaker: fatima'),
      expected: /two-choices\/story\.ink:8: "fatima" is not in the cast/,
    },
    {
      rule: 'an undeclared ending',
      file: 'two-choices/ending.ink',
      edit: (s: string) => s.replace('ending: exposed', 'ending: lost'),
      expected: /two-choices\/ending\.ink:5: ending "lost" is not declared/,
    },
    {
      rule: 'evidence on a line instead of a choice',
      file: 'two-choices/story.ink',
      edit: (s: string) =>
        s.replace(
          '[Hear her story # evidence: test.listening 3]',
          '[Hear her story] # evidence: test.listening 3',
        ),
      expected: /two-choices\/story\.ink:9: "# evidence: test.listening 3" must be on a choice/,
    },
    {
      rule: 'a criterion never evidenced',
      file: 'two-choices/story.ink',
      edit: (s: string) => s.replace(/ # evidence: test\.listening \d/g, ''),
      expected: /two-choices\/scenario\.yaml:\d+: criterion "test.listening" is never evidenced on any path/,
    },
    {
      rule: 'citation lines that do not exist',
      file: 'criteria/test.yaml',
      edit: (s: string) => s.replace('lines: 3011-3013', 'lines: 3011-9013'),
      expected: /criteria\/test\.yaml:\d+: test\.consent citation 1: lines 3011-9013 do not exist/,
    },
    {
      rule: 'an excerpt that does not match the cited lines',
      file: 'criteria/test.yaml',
      edit: (s: string) => s.replace('fully informed and voluntary consent', 'fully informed consent'),
      expected:
        /criteria\/test\.yaml:\d+: test\.consent citation 1: the verbatim excerpt does not match 001_75fa4b130f47a839\.txt L3011-3013/,
    },
    {
      rule: 'a verbatim excerpt that matches no quotation of the external item',
      file: 'criteria/test.yaml',
      edit: (s: string) => s.replace('Provide a listening ear', 'Offer a listening ear'),
      expected: /test\.listening citation 1: the verbatim excerpt matches no quotation of item 24/,
    },
    {
      rule: "the notes' paraphrase of an external item passed off as verbatim",
      file: 'criteria/test.yaml',
      edit: (s: string) =>
        s.replace('excerpt: Provide a listening ear, free of judgment.', 'excerpt: DO remember your role.'),
      expected:
        /criteria\/test\.yaml:\d+: test\.listening citation 1: item 24 gives this text as the notes' paraphrase, not a quotation/,
    },
    {
      rule: 'an external item that gives no quotation, cited as verbatim',
      file: 'criteria/test.yaml',
      edit: (s: string) => s.replace('external: 24', 'external: 25'),
      expected: /test\.listening citation 1: item 25 gives no quotation, only the notes' paraphrase/,
    },
    {
      rule: 'a citation that does not say whether it quotes or paraphrases',
      file: 'criteria/test.yaml',
      edit: (s: string) => s.replace('        quote: verbatim\n', ''),
      expected: /criteria\/test\.yaml:\d+: criteria\.0\.citations\.0.*say whether the excerpt is "verbatim"/,
    },
    {
      rule: 'a best choice that is also the longest at more than 40% of the scored decision points',
      file: 'two-choices/story.ink',
      edit: (s: string) => s.replace('[Hear her story #', '[Hear her story and let her speak #'),
      expected:
        /two-choices\/story\.ink: en: the best choice is also the longest text at 1 of 2 scored decision points \(50%; at most 40%\), at lines 9/,
    },
    {
      rule: 'a naive strategy (always the first choice) that passes',
      file: 'two-choices/story.ink',
      edit: (s: string) =>
        s.replace(
          '* [Give him her name # evidence: test.consent 0 # critical: test.consent]\n  -> finish(false)\n',
          '',
        ) + '* [Give him her name # evidence: test.consent 0 # critical: test.consent]\n  -> finish(false)\n',
      expected:
        /two-choices\/story\.ink: en: always taking the first choice passes with 100% of the best achievable \(seed 0\); a naive strategy must fail and score at most 60%/,
    },
    {
      rule: 'a choice more than three times as long as the shortest at its decision point',
      file: 'two-choices/story.ink',
      edit: (s: string) =>
        s.replace('[Ask her what happened #', '[Ask her to tell you exactly what happened, from the start #'),
      expected:
        /two-choices\/story\.ink:12: en: this choice is 4\.1× as long as the shortest at its decision point \("Hear her story"\)/,
    },
    {
      rule: 'a French choice more than three times as long as the shortest',
      file: 'two-choices/story.fr.ink',
      edit: (s: string) =>
        s.replace(
          '[Lui demander ce qui s’est passé #',
          '[Lui demander de raconter exactement ce qui s’est passé, depuis le début #',
        ),
      expected: /two-choices\/story\.fr\.ink:12: fr: this choice is 3\.\d× as long as the shortest/,
    },
    {
      rule: 'an ink compile error',
      file: 'two-choices/story.ink',
      edit: (s: string) => s.replace('- -> colleague', '- -> colleage'),
      expected: /two-choices\/story\.ink:14: ink error: .*colleage/,
    },
    {
      rule: 'a schema error in scenario.yaml',
      file: 'two-choices/scenario.yaml',
      edit: (s: string) => s.replace('passMark: 70', 'passMark: 170'),
      expected: /two-choices\/scenario\.yaml:\d+: rubric\.passMark: /,
    },
    {
      rule: 'a criterion without four levels',
      file: 'criteria/test.yaml',
      edit: (s: string) =>
        s.replace('      - { descriptor: Pressed a little., feedback: You pressed a little. }\n', ''),
      expected: /criteria\/test\.yaml:\d+: criteria\.1\.levels: give exactly four levels/,
    },
    {
      rule: 'a translated story with a line missing',
      file: 'two-choices/story.fr.ink',
      edit: (s: string) => s.replace('Un collègue demande qui elle est.\n', ''),
      expected: /two-choices\/story\.fr\.ink: the translation's structure differs from the English story/,
    },
    {
      rule: 'a translated story with a changed tag',
      file: 'two-choices/story.fr.ink',
      edit: (s: string) => s.replace('# person: amina calm', '# person: amina relieved'),
      expected: /two-choices\/story\.fr\.ink: the translation's structure differs/,
    },
    {
      rule: 'a cast member not translated',
      file: 'two-choices/scenario.fr.yaml',
      edit: (s: string) => s.replace('  amina: Amina\n', ''),
      expected: /two-choices\/scenario\.fr\.yaml: cast member "amina" is not translated/,
    },
    {
      rule: 'a scenario missing a required translation',
      file: 'two-choices/scenario.fr.yaml',
      edit: () => null,
      expected: /two-choices\/scenario\.yaml: no fr translation \(scenario\.fr\.yaml\)/,
    },
    {
      rule: 'a criterion missing a required translation',
      file: 'criteria/fr/test.yaml',
      edit: (s: string) => s.slice(0, s.indexOf('  test.listening:')),
      expected: /criteria\/test\.yaml:\d+: criterion "test\.listening" has no fr translation/,
    },
    {
      rule: 'a translated criterion with a citation missing',
      file: 'criteria/fr/test.yaml',
      edit: (s: string) =>
        s.replace(
          '    citations:\n      - { title: Guide de poche VBG de l’IASC (2022), section: Messages clés }',
          '    citations: []',
        ),
      expected: /criteria\/fr\/test\.yaml:\d+: "test\.listening" has 1 citations; the translation gives 0/,
    },
    {
      rule: 'a decision point with discussion prompts in English but not in French',
      file: 'two-choices/discussion.fr.yaml',
      edit: (s: string) => s.slice(0, s.indexOf('colleague:')),
      expected:
        /two-choices\/discussion\.yaml:\d+: decision point "colleague" has discussion prompts in en but not in fr \(discussion\.fr\.yaml\)/,
    },
    {
      rule: 'a decision point with discussion prompts in French but not in English',
      file: 'two-choices/discussion.yaml',
      edit: (s: string) => s.slice(0, s.indexOf('colleague:')),
      expected:
        /two-choices\/discussion\.fr\.yaml:\d+: decision point "colleague" has discussion prompts in fr but not in en \(discussion\.yaml\)/,
    },
    {
      rule: 'a translation with fewer discussion prompts than English',
      file: 'two-choices/discussion.fr.yaml',
      edit: (s: string) => s.slice(0, s.indexOf('  - ask: Que répondriez-vous')),
      expected:
        /two-choices\/discussion\.fr\.yaml:\d+: decision point "colleague" has 1 prompt\(s\) in fr; English has 2/,
    },
    {
      rule: 'discussion prompts for a decision point the story does not have',
      file: 'two-choices/discussion.yaml',
      edit: (s: string) => s.replace('colleague:', 'colleagues:'),
      expected: /two-choices\/discussion\.yaml:\d+: en: there is no decision point "colleagues" in the story/,
    },
    {
      rule: 'more than three discussion prompts at one decision point',
      file: 'two-choices/discussion.yaml',
      edit: (s: string) =>
        s.replace(
          'colleague:\n',
          'colleague:\n' + '  - { ask: One more question?, listenFor: Something. }\n'.repeat(2),
        ),
      expected: /two-choices\/discussion\.yaml:\d+: colleague: give at most three prompts/,
    },
  ])('fails on $rule', ({ file, edit, expected }) => {
    const problems = check(variant(file, edit));
    expect(problems.join('\n')).toMatch(expected);
  });
});

describe('findings that do not fail, and paraphrases', () => {
  const build = (dir: string) =>
    buildContent({ scenariosDir: dir, root: work, checkCitations: true, guidanceDir });

  it('warns, with file and line, about a choice between two and three times as long as the shortest', () => {
    const content = build(
      variant('two-choices/story.ink', (s) =>
        s.replace('[Ask her what happened #', '[Ask her to tell you what happened #'),
      ),
    );
    expect(content.problems).toEqual([]);
    expect(content.warnings.map(formatProblem)).toEqual([
      expect.stringMatching(/two-choices\/story\.ink:12: en: this choice is 2\.4× as long as the shortest/),
    ]);
  });

  it('accepts a paraphrase in its own words, and does not count it as a quotation', () => {
    const content = build(
      variant('criteria/test.yaml', (s) =>
        s
          .replace(
            '        quote: verbatim\n        excerpt: should not use',
            '        quote: paraphrase\n        excerpt: should not use',
          )
          .replace(
            'should not use personal information or profiles without fully informed and voluntary consent',
            'Personal details are used only with the person’s free and informed agreement.',
          ),
      ),
    );
    expect(content.problems).toEqual([]);
    expect(content.catalogue?.criteria[0]?.citations[0]).toMatchObject({ quote: 'paraphrase' });
  });
});

describe('discussion prompts for trainers (discussion.yaml)', () => {
  const MISSING_PROMPT = join(ROOT, 'tests/fixtures/content/missing-prompt');

  it('fail a course scenario whose scored decision point has no prompt, or none in French, with file and line', () => {
    const content = buildContent({ scenariosDir: MISSING_PROMPT, root: ROOT, checkCitations: false });
    expect(content.problems.map(formatProblem)).toEqual([
      'tests/fixtures/content/missing-prompt/two-choices/discussion.yaml:3: decision point "water_point" has ' +
        'discussion prompts in en but not in fr (discussion.fr.yaml)',
      'tests/fixtures/content/missing-prompt/two-choices/story.ink:18: scored decision point "colleague" has no ' +
        'discussion prompt for trainers: add "colleague:" to discussion.yaml and discussion.fr.yaml',
    ]);
  });

  it('are carried into the built scenario, per decision point (its choices) and language', () => {
    const content = buildContent({ scenariosDir: VALID_FIXTURE, root: ROOT, checkCitations: false });
    const scenario = content.scenarios[0];
    expect(scenario?.discussion?.map((p) => p.at)).toEqual(['water_point', 'colleague']);
    const colleague = scenario?.discussion?.[1];
    expect(colleague?.prompts.en?.[0]).toEqual({
      ask: 'Who may know her name, and who decides that?',
      listenFor: 'Her name is hers to share; ask her before telling anyone.',
    });
    expect(colleague?.prompts.fr).toHaveLength(2);
    // Every choice offered at the point finds it by the `where` a StoryChoice or a Decision carries.
    const offered = [...(content.reports[0]?.exploration.choices.values() ?? [])].filter((c) =>
      c.where.startsWith('colleague.'),
    );
    expect(offered).toHaveLength(3);
    for (const c of offered) expect(colleague?.choices).toContain(c.where);
  });

  it('are not required of a snap situation', () => {
    const dir = variant('two-choices/discussion.yaml', () => null);
    rmSync(join(dir, 'two-choices', 'discussion.fr.yaml'));
    mkdirSync(join(dir, 'snaps'));
    renameSync(join(dir, 'two-choices'), join(dir, 'snaps', 'two-choices'));
    const content = buildContent({ scenariosDir: dir, root: work, checkCitations: false });
    expect(content.problems).toEqual([]);
    expect(content.scenarios[0]?.discussion).toBeUndefined();
  });
});

describe('the real scenarios', () => {
  it('pass the checker with citations verified wherever the guidance library is present', () => {
    const content = buildContent({
      scenariosDir: join(ROOT, 'scenarios'),
      root: ROOT,
      checkCitations: true,
      exploreCache: fileExploreCache(join(ROOT, 'node_modules', '.cache', 'waypoint-explore')),
    });
    expect(content.problems.map(formatProblem)).toEqual([]);
    expect(content.scenarios.length).toBeGreaterThan(0);
    // On a fresh machine every story is walked here once (a minute or so on two cores); later runs reuse it.
  }, 300_000);
});

describe('npm run scenarios:check (the command line)', () => {
  const run = (dir: string) =>
    spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'tools/content/check-cli.ts'), dir], {
      encoding: 'utf8',
      env: { ...process.env, WAYPOINT_GUIDANCE: guidanceDir },
    });

  it('prints the report per scenario and exits 0 on valid content', () => {
    const out = run(VALID_FIXTURE);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/== two-choices \(v1\.0\.0\)/);
    expect(out.stdout).toMatch(/decisions per path +2 shortest, 2 longest/);
    expect(out.stdout).toMatch(/complete paths +6/);
    expect(out.stdout).toMatch(/test\.consent +3\/3 × 3 +critical/);
    expect(out.stdout).toMatch(/Citations: 2 checked/);
  });

  it('reports discussion prompt coverage, per scenario and across the course', () => {
    const out = run(VALID_FIXTURE);
    expect(out.stdout).toMatch(
      /discussion prompts +en 2, fr 2 of 2 scored decision points; 3 en, 3 fr prompts written/,
    );
    expect(out.stdout).toMatch(
      /^Discussion prompts: 1\/1 course scenarios, 2\/2 scored decision points, en\+fr$/m,
    );
    const gaps = run(join(ROOT, 'tests/fixtures/content/missing-prompt'));
    expect(gaps.status).toBe(1);
    expect(gaps.stdout).toMatch(
      /^Discussion prompts: 0\/1 course scenarios, 0\/2 scored decision points, en 1\/2, fr 0\/2$/m,
    );
    expect(gaps.stderr).toMatch(
      /two-choices\/story\.ink:18: scored decision point "colleague" has no discussion prompt/,
    );
  });

  it('exits 1 and lists each problem with file and line on broken content', () => {
    const out = run(
      variant('two-choices/story.ink', (s) => s.replace('# person: amina wary', '# mood: amina wary')),
    );
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(/two-choices\/story\.ink:7: unknown tag key "mood"/);
    expect(out.stderr).toMatch(/scenarios:check FAILED/);
  });

  it('refuses an unknown option in one line, with exit code 2', () => {
    const out = spawnSync(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      [join(ROOT, 'tools/content/check-cli.ts'), '--bogus', VALID_FIXTURE],
      { encoding: 'utf8' },
    );
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(
      /^scenarios:check: Unknown option '--bogus' \(usage: npm run scenarios:check [^\n]*\)\n$/,
    );
  });
});

describe('the criteria catalogue across files', () => {
  it('refuses a criterion defined in two files, naming both places', () => {
    const dir = variant('criteria/test.yaml', identity);
    const copy = readFileSync(join(dir, 'criteria', 'test.yaml'), 'utf8').replace(
      /^areas:[\s\S]*?criteria:/m,
      'criteria:',
    );
    writeFileSync(join(dir, 'criteria', 'zz-more.yaml'), copy);
    expect(check(dir).join('\n')).toMatch(
      /criteria\/zz-more\.yaml:\d+: criterion "test\.consent" is already defined at .*criteria\/test\.yaml:\d+/,
    );
  });
});

describe('snap situations (scenarios/snaps/<id>)', () => {
  /** The valid fixture with its scenario moved into snaps/, after one edit to a file of it. */
  function asSnap(file: string, edit: (source: string) => string): string {
    const dir = variant('languages.yaml', identity);
    mkdirSync(join(dir, 'snaps'));
    renameSync(join(dir, 'two-choices'), join(dir, 'snaps', 'two-choices'));
    const path = join(dir, 'snaps', 'two-choices', file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    return dir;
  }

  it('are checked like scenarios and marked as snaps', () => {
    const content = buildContent({
      scenariosDir: asSnap('story.ink', identity),
      root: work,
      checkCitations: false,
    });
    expect(content.problems).toEqual([]);
    expect(content.scenarios.map((s) => [s.id, s.kind])).toEqual([['two-choices', 'snap']]);
  });

  it('refuse a snap longer than three minutes', () => {
    const problems = check(asSnap('scenario.yaml', (s) => s.replace('minutes: 2', 'minutes: 10')));
    expect(problems.join('\n')).toMatch(
      /snaps\/two-choices\/scenario\.yaml:\d+: a snap situation lasts at most 3 minutes/,
    );
  });

  it('refuse a snap with fewer than two decisions on a path', () => {
    const problems = check(asSnap('story.ink', (s) => s.replace('-> water_point\n', '-> colleague\n')));
    expect(problems.join('\n')).toMatch(
      /snaps\/two-choices\/scenario\.yaml: a snap situation takes 2–4 decisions on every path; this one takes 1–1/,
    );
  });
});
