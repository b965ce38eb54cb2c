import { getJson } from './api-client.js';
import type { ChartsResponse, Filters, IndicatorInfo } from './api-types.js';
import { type DrillValues, disposeCharts, drawChart } from './chart-view.js';
import { definitionLine } from './definition-line.js';
import { el, replaceChildren } from './dom.js';
import { lang, t } from './i18n.js';

export type DrillHandler = (chartTitle: string, drill: DrillValues) => void;

const PARALLEL_REQUESTS = 3;
let generation = 0;

/**
 * A card per indicator: its charts from /api/charts (in the current language, with the current filters) and its
 * definition under each chart. A newer call makes the cards of an older one stop drawing.
 */
export async function renderIndicatorCards(
  grid: HTMLElement,
  indicators: readonly IndicatorInfo[],
  filters: Filters,
  onDrill: DrillHandler,
  onError: (error: unknown) => void,
): Promise<void> {
  generation += 1;
  const mine = generation;
  disposeCharts();
  const cards = indicators.map((indicator) => {
    const body = el('div', { className: 'card-body' }, [el('p', { className: 'muted', text: t('loading') })]);
    const card = el('article', { className: 'card', attrs: { 'data-indicator': indicator.id } }, [
      el('h3', { text: indicator.title[lang()] }),
      el('p', { className: 'description', text: indicator.description[lang()] }),
      body,
    ]);
    return { indicator, card, body };
  });
  replaceChildren(
    grid,
    cards.map((c) => c.card),
  );
  let next = 0;
  const worker = async () => {
    while (next < cards.length && mine === generation) {
      const entry = cards[next];
      next += 1;
      if (!entry) break;
      try {
        const response = await getJson<ChartsResponse>(
          `/api/charts/${encodeURIComponent(entry.indicator.id)}`,
          {
            ...filters,
            lang: lang(),
          },
        );
        if (mine !== generation) return;
        await fillCard(entry.body, response, onDrill);
      } catch (error) {
        if (mine !== generation) return;
        replaceChildren(entry.body, [
          el('p', { className: 'error', text: `${t('failed')} ${messageOf(error)}` }),
        ]);
        onError(error);
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_REQUESTS }, worker));
}

async function fillCard(body: HTMLElement, response: ChartsResponse, onDrill: DrillHandler): Promise<void> {
  const definition = el('p', { className: 'definition', text: definitionLine(response.definition) });
  if (!response.supported) {
    replaceChildren(body, [
      el('p', {
        className: 'unsupported',
        text: `${t('unsupported')}${lang() === 'zh' ? '' : ' '}${response.message?.[lang()] ?? ''}`,
      }),
      definition,
    ]);
    return;
  }
  if (response.charts.length === 0) {
    replaceChildren(body, [el('p', { className: 'muted', text: t('noChart') }), definition]);
    return;
  }
  replaceChildren(body, []);
  for (const spec of response.charts) {
    const container = el('div', { className: 'chart', attrs: { 'data-chart': spec.id } });
    const figure = el('figure', {}, [
      response.charts.length > 1 ? el('figcaption', { text: spec.title }) : null,
      container,
      el('p', { className: 'definition', text: definitionLine(response.definition) }),
      spec.drillable ? el('p', { className: 'hint', text: t('drillHint') }) : null,
    ]);
    body.append(figure);
    await drawChart(container, spec, (drill) => onDrill(spec.title, drill));
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
