/**
 * Cohort keys in the trainer area: create a key for a cohort (its code is then typed into each device of the
 * cohort), add a code made on another device, and choose the key this device signs its records with.
 */
import { addCohort, knownCohorts, setSigningCohort, signingCohort } from '../../../app/cohorts.ts';
import { cohortKeyOfCode, newCohortKey } from '../../../engine/records/bundle/index.ts';
import type { CohortKey } from '../../../engine/records/bundle/index.ts';
import type { RecordStore } from '../../../engine/ports/record-store.ts';
import { h } from '../dom.ts';
import { t } from '../../i18n/t.ts';

export function cohortKeysSection(store: RecordStore): HTMLElement {
  const list = h('ul', { class: 'cohort-keys' });
  const status = h('p', { role: 'status' });
  const signing = h('select', { id: 'signing-cohort' });
  const newName = h('input', { id: 'cohort-new-name', type: 'text', autocomplete: 'off' });
  const create = h('button', { type: 'button' }, t('cohortCreate'));
  const codeName = h('input', { id: 'cohort-code-name', type: 'text', autocomplete: 'off' });
  const code = h('input', { id: 'cohort-code', type: 'text', autocomplete: 'off', spellcheck: 'false' });
  const add = h('button', { type: 'button' }, t('cohortAdd'));

  const render = async () => {
    const [keys, current] = await Promise.all([knownCohorts(store), signingCohort(store)]);
    list.replaceChildren(
      ...keys.map((k) =>
        h(
          'li',
          {},
          h('strong', {}, k.name),
          ` (${k.id}) — `,
          h('code', { class: 'cohort-code' }, k.code),
          k.id === current?.id ? ` — ${t('cohortSigning')}` : '',
        ),
      ),
    );
    signing.replaceChildren(
      h('option', { value: '' }, t('cohortNoSigning')),
      ...keys.map((k) => h('option', { value: k.id }, `${k.name} (${k.id})`)),
    );
    signing.value = current?.id ?? '';
  };

  const keep = async (key: CohortKey, message: string) => {
    await addCohort(store, key);
    if (!(await signingCohort(store))) await setSigningCohort(store, key.id);
    await render();
    status.textContent = message;
  };

  create.addEventListener('click', () => {
    const name = newName.value.trim();
    if (!name) {
      status.textContent = t('cohortNameMissing');
      newName.focus();
      return;
    }
    void newCohortKey(name).then((key) => keep(key, t('cohortCreated', { name, code: key.code })));
  });
  add.addEventListener('click', () => {
    const name = codeName.value.trim() || t('cohortUnnamed');
    void cohortKeyOfCode(code.value, name).then((key) => {
      if (!key) {
        status.textContent = t('cohortCodeInvalid');
        code.focus();
        return;
      }
      void keep(key, t('cohortAdded', { name, id: key.id }));
    });
  });
  signing.addEventListener('change', () => {
    void setSigningCohort(store, signing.value || null).then(render);
  });
  void render();

  return h(
    'section',
    { 'aria-labelledby': 'cohort-keys-heading' },
    h('h2', { id: 'cohort-keys-heading' }, t('cohortKeysHeading')),
    h('p', {}, t('cohortKeysIntro')),
    list,
    h('div', { class: 'field' }, h('label', { for: 'signing-cohort' }, t('cohortSigningLabel')), signing),
    h('h3', {}, t('cohortCreateHeading')),
    h('div', { class: 'field' }, h('label', { for: 'cohort-new-name' }, t('cohortName')), newName),
    create,
    h('h3', {}, t('cohortAddHeading')),
    h('div', { class: 'field' }, h('label', { for: 'cohort-code-name' }, t('cohortName')), codeName),
    h('div', { class: 'field' }, h('label', { for: 'cohort-code' }, t('cohortCode')), code),
    add,
    status,
  );
}
