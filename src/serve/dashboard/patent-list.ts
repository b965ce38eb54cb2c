import type { Filters, PatentPage, PatentRow } from './api-types.js';
import { el } from './dom.js';
import { formatNumber, lang, legalStatusText, t } from './i18n.js';

export interface ListView {
  heading: string;
  filters: Filters;
  page: PatentPage;
}

/** The title in the current language when the publication has one, else any. */
export function titleOf(titles: Record<string, string>): string {
  return titles[lang()] ?? titles.en ?? Object.values(titles)[0] ?? t('none');
}

/** The list of patents behind a chart element: the filters it used, a table, and paging. */
export function patentList(
  view: ListView,
  actions: { open: (publicationNumber: string) => void; page: (offset: number) => void },
): HTMLElement {
  const { page } = view;
  const filterText = Object.entries(view.filters)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
  const rows = page.rows.map((row) => patentRow(row, actions.open));
  const last = Math.min(page.offset + page.rows.length, page.total);
  return el('section', { className: 'patent-list' }, [
    el('h2', { text: `${t('patentsBehind')}: ${view.heading}` }),
    el('p', { className: 'muted', text: `${t('filtersApplied')} ${filterText || t('noFilters')}` }),
    el('p', { className: 'total', text: `${formatNumber(page.total)} ${t('total')}` }),
    page.rows.length === 0
      ? el('p', { text: t('noData') })
      : el('table', {}, [
          el('thead', {}, [
            el('tr', {}, [
              el('th', { text: t('publicationNumber') }),
              el('th', { text: t('titleCol') }),
              el('th', { text: t('applicants') }),
              el('th', { text: t('year') }),
              el('th', { text: t('legalStatus') }),
            ]),
          ]),
          el('tbody', {}, rows),
        ]),
    el('div', { className: 'pager' }, [
      pagerButton(t('previous'), page.offset > 0, () => actions.page(Math.max(0, page.offset - page.limit))),
      el('span', {
        text: page.total
          ? `${formatNumber(page.offset + 1)}–${formatNumber(last)} ${t('of')} ${formatNumber(page.total)}`
          : '',
      }),
      pagerButton(t('next'), last < page.total, () => actions.page(page.offset + page.limit)),
    ]),
  ]);
}

function patentRow(row: PatentRow, open: (publicationNumber: string) => void): HTMLElement {
  const link = el('button', { className: 'link', text: row.publicationNumber, attrs: { type: 'button' } });
  link.addEventListener('click', () => open(row.publicationNumber));
  return el('tr', { attrs: { 'data-publication': row.publicationNumber } }, [
    el('td', {}, [link]),
    el('td', { text: titleOf(row.titles) }),
    el('td', { text: row.applicants.join('; ') || t('none') }),
    el('td', { text: row.year === null ? t('none') : String(row.year) }),
    el('td', { text: legalStatusText(row.legalStatus) }),
  ]);
}

function pagerButton(text: string, enabled: boolean, onClick: () => void): HTMLButtonElement {
  const button = el('button', { text, attrs: { type: 'button' } });
  button.disabled = !enabled;
  button.addEventListener('click', onClick);
  return button;
}
