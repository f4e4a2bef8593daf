import { scenarioText } from '../../../engine/content/localize.ts';
import { h } from '../dom.ts';
import { t } from '../../i18n/t.ts';
import type { ScreenProps } from './context.ts';

/** Shown while a scenario's story is fetched (briefly; it comes from the service worker's cache offline). */
export function preparingScreen({ scenario, context }: ScreenProps): HTMLElement {
  return h(
    'section',
    { class: 'screen', 'aria-labelledby': 'screen-heading', 'aria-busy': 'true' },
    h('h1', { id: 'screen-heading' }, scenario ? scenarioText(scenario, context.language).title : ''),
    h('p', { role: 'status' }, t('loadingScenario')),
  );
}
