/**
 * Counts and numbers as a trainee or trainer reads them, in English and in French: the plural form each language
 * uses for the count (French takes the singular for 0 and 1) and numbers grouped and punctuated per language.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUES, levelName, messagesIn } from '../../src/presentation/i18n/t.ts';

const en = messagesIn('en');
const fr = messagesIn('fr');
/** French separates thousands with a narrow no-break space and puts a no-break space before "%". */
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('plural forms', () => {
  it('English: one attempt, otherwise attempts (zero included)', () => {
    expect(en.tn('trainerAttemptsCaption', 1)).toBe('1 attempt, newest first');
    expect(en.tn('trainerAttemptsCaption', 2)).toBe('2 attempts, newest first');
    expect(en.tn('trainerAttemptsCaption', 0)).toBe('0 attempts, newest first');
    expect(en.tn('trainerImportUnverified', 1)).toBe('1 attempt marked unverified.');
    expect(en.tn('unfinished', 1)).toBe('Unfinished: 1 decision made so far.');
    expect(en.tn('unfinished', 3)).toBe('Unfinished: 3 decisions made so far.');
    expect(en.tn('minutes', 1)).toBe('1 minute');
    expect(en.tn('minutes', 15)).toBe('15 minutes');
  });

  it('French: 0 and 1 take the singular, 2 and more the plural', () => {
    expect(fr.tn('trainerImportUnverified', 0)).toBe('0 tentative marquée non vérifiée.');
    expect(fr.tn('trainerImportUnverified', 1)).toBe('1 tentative marquée non vérifiée.');
    expect(fr.tn('trainerImportUnverified', 2)).toBe('2 tentatives marquées non vérifiées.');
    expect(fr.tn('trainerImportedAdded', 0)).toBe(`0${NBSP}tentative ajoutée`);
    expect(fr.tn('trainerImportedAdded', 2)).toBe(`2${NBSP}tentatives ajoutées`);
    expect(fr.tn('minutes', 0)).toBe(`0${NBSP}minute`);
    expect(fr.tn('minutes', 15)).toBe(`15${NBSP}minutes`);
    expect(fr.tn('unfinished', 1)).toBe(`Inachevé${NBSP}: 1 décision prise jusqu’ici.`);
    expect(fr.tn('unfinished', 2)).toBe(`Inachevé${NBSP}: 2 décisions prises jusqu’ici.`);
  });

  it('French millions (plural category "many") use the plural form', () => {
    expect(fr.tn('trainerAttemptsCaption', 1_000_000)).toBe(
      `1${NNBSP}000${NNBSP}000${NBSP}tentatives, des plus récentes aux plus anciennes`,
    );
  });

  it('fills the other placeholders of a counting message', () => {
    expect(en.tn('lrsDelivered', 1, { time: '10:04' })).toBe(
      'Last delivered at 10:04 (1 statement since this page was opened).',
    );
    expect(fr.tn('lrsDelivered', 0, { time: '10:04' })).toBe(
      `Dernier envoi réussi à 10:04 (0${NBSP}déclaration depuis l’ouverture de cette page).`,
    );
  });

  it('words an import report with a count in each part', () => {
    const report = (m: typeof en, added: number, updated: number, unchanged: number, conflicts: number) =>
      m.t('trainerImported', {
        added: m.tn('trainerImportedAdded', added),
        updated: m.tn('trainerImportedUpdated', updated),
        unchanged: m.tn('trainerImportedUnchanged', unchanged),
        conflicts: m.tn('trainerImportedConflicts', conflicts),
      });
    expect(report(en, 0, 0, 1, 0)).toBe(
      '0 attempts added, 0 updated, 1 already here, 0 conflicts kept as they were.',
    );
    expect(report(en, 1, 2, 0, 1)).toBe(
      '1 attempt added, 2 updated, 0 already here, 1 conflict kept as it was.',
    );
    expect(report(fr, 0, 2, 1, 0)).toBe(
      `0${NBSP}tentative ajoutée${NBSP}; 2${NBSP}mises à jour${NBSP}; 1${NBSP}déjà présente${NBSP}; 0${NBSP}conflit laissé en l’état.`,
    );
  });

  it('every form of every counting message, in every language, shows the count', () => {
    for (const [language, catalogue] of Object.entries(CATALOGUES)) {
      for (const [key, message] of Object.entries(catalogue)) {
        if (typeof message === 'string') continue;
        for (const [category, form] of Object.entries(message)) {
          expect(form, `${language} ${key}.${category}`).toContain('{n}');
        }
      }
    }
  });
});

describe('numbers', () => {
  it('are grouped and punctuated per language', () => {
    expect(en.formatNumber(12345)).toBe('12,345');
    expect(fr.formatNumber(12345)).toBe(`12${NNBSP}345`);
    expect(en.formatNumber(1.5)).toBe('1.5');
    expect(fr.formatNumber(1.5)).toBe('1,5');
  });

  it('are formatted in counts and in any message', () => {
    expect(en.tn('trainerAttemptsCaption', 1234)).toBe('1,234 attempts, newest first');
    expect(fr.tn('trainerAttemptsCaption', 1234)).toBe(
      `1${NNBSP}234${NBSP}tentatives, des plus récentes aux plus anciennes`,
    );
    expect(en.t('quarantineHeading', { n: 1234 })).toBe('Entries set aside (1,234)');
    expect(fr.t('quarantineHeading', { n: 1234 })).toBe(`Entrées mises de côté (1${NNBSP}234)`);
  });

  it('leave a number passed as a label (a line number) as it is', () => {
    expect(en.t('lines', { from: '3899', to: '3901' })).toBe('lines 3899–3901');
  });

  it('percentages: "87%" in English, "87 %" in French', () => {
    expect(en.formatPercent(87)).toBe('87%');
    expect(fr.formatPercent(87)).toBe(`87${NBSP}%`);
    expect(en.t('scoreOf', { percent: 87, passMark: 80 })).toBe('87% of the best achievable (pass mark 80%)');
    expect(fr.t('scoreOf', { percent: 87, passMark: 80 })).toBe(
      `87${NBSP}% du meilleur résultat possible (seuil de réussite${NBSP}: 80${NBSP}%)`,
    );
  });
});

describe('level names', () => {
  it('names a level, and says when a criterion was not observed', () => {
    expect(levelName(2)).toBe('Competent');
    expect(levelName(null)).toBe('Not observed');
    expect(levelName(null, 'First time')).toBe('First time');
  });
});
