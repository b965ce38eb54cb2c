import { ApiError, getJson, savedToken, saveToken } from './api-client.js';
import type { Filters, IndicatorInfo, Lang, PatentPage, Publication, TaxonomyOption } from './api-types.js';
import { resizeCharts } from './chart-view.js';
import { el, replaceChildren } from './dom.js';
import { filterForm } from './filter-form.js';
import { setLang, t } from './i18n.js';
import { messageOf, renderIndicatorCards } from './indicator-cards.js';
import { matchBox } from './match-box.js';
import { patentDetail } from './patent-detail.js';
import { type ListView, patentList } from './patent-list.js';

const PAGE_SIZE = 20;
const LANG_KEY = 'patlas-lang';

type Panel =
  | { kind: 'list'; view: ListView }
  | { kind: 'detail'; publication: Publication; back: ListView | null };

const state: {
  lang: Lang;
  filters: Filters;
  indicators: IndicatorInfo[];
  taxonomies: TaxonomyOption[];
  panel: Panel | null;
} = {
  lang: initialLang(),
  filters: {},
  indicators: [],
  taxonomies: [],
  panel: null,
};

const root = document.getElementById('app') ?? document.body;
const banner = el('p', { className: 'banner', attrs: { role: 'alert' } });
const grid = el('div', { className: 'cards' });
const aside = el('aside', { className: 'panel' });

function initialLang(): Lang {
  const saved = sessionStorage.getItem(LANG_KEY);
  if (saved === 'zh' || saved === 'en') return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

function showError(error: unknown): void {
  banner.textContent =
    error instanceof ApiError && error.status === 401
      ? t('tokenNeeded')
      : `${t('failed')} ${messageOf(error)}`;
  banner.hidden = false;
}

async function load(): Promise<void> {
  banner.hidden = true;
  try {
    [state.indicators, state.taxonomies] = await Promise.all([
      getJson<IndicatorInfo[]>('/api/indicators'),
      getJson<TaxonomyOption[]>('/api/taxonomies'),
    ]);
  } catch (error) {
    showError(error);
  }
  render();
}

function render(): void {
  setLang(state.lang);
  document.title = t('title');
  const langButton = el('button', {
    className: 'lang',
    text: t('switchLang'),
    attrs: { type: 'button', 'aria-label': t('switchLangLabel') },
  });
  langButton.addEventListener('click', () => {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    sessionStorage.setItem(LANG_KEY, state.lang);
    render();
  });
  replaceChildren(root, [
    el('header', {}, [
      el('div', {}, [el('h1', { text: t('title') }), el('p', { className: 'muted', text: t('subtitle') })]),
      el('div', { className: 'header-tools' }, [tokenForm(), langButton]),
    ]),
    banner,
    filterForm(state.taxonomies, state.filters, (filters) => {
      state.filters = filters;
      drawCards();
    }),
    el('div', { className: 'layout' }, [el('main', {}, [grid, matchBox(openDetail)]), aside]),
  ]);
  drawCards();
  drawPanel();
}

function drawCards(): void {
  void renderIndicatorCards(grid, state.indicators, state.filters, openList, showError);
}

function tokenForm(): HTMLFormElement {
  const input = el('input', {
    attrs: { type: 'password', name: 'token', autocomplete: 'off', 'aria-label': t('token') },
  });
  input.placeholder = t('token');
  input.value = savedToken();
  const form = el('form', { className: 'token' }, [
    input,
    el('button', { text: t('tokenSave'), attrs: { type: 'submit' } }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    saveToken(input.value.trim());
    void load();
  });
  return form;
}

async function openList(heading: string, drill: Record<string, string | number>, offset = 0): Promise<void> {
  const filters: Filters = { ...state.filters };
  for (const [key, value] of Object.entries(drill)) filters[key as keyof Filters] = String(value);
  await openPage(heading, filters, offset);
}

async function openDetail(publicationNumber: string): Promise<void> {
  try {
    const publication = await getJson<Publication>(`/api/patents/${encodeURIComponent(publicationNumber)}`);
    const back = state.panel?.kind === 'list' ? state.panel.view : null;
    state.panel = { kind: 'detail', publication, back };
    drawPanel();
  } catch (error) {
    showError(error);
  }
}

function drawPanel(): void {
  const panel = state.panel;
  aside.hidden = panel === null;
  if (!panel) return;
  const close = el('button', { className: 'close', text: t('close'), attrs: { type: 'button' } });
  close.addEventListener('click', () => {
    state.panel = null;
    drawPanel();
    resizeCharts();
  });
  const content =
    panel.kind === 'list'
      ? patentList(panel.view, {
          open: (n) => void openDetail(n),
          page: (offset) => {
            const { heading, filters } = panel.view;
            void openPage(heading, filters, offset);
          },
        })
      : patentDetail(
          panel.publication,
          panel.back
            ? () => {
                state.panel = panel.back ? { kind: 'list', view: panel.back } : null;
                drawPanel();
              }
            : null,
        );
  replaceChildren(aside, [close, content]);
  aside.scrollTop = 0;
}

async function openPage(heading: string, filters: Filters, offset: number): Promise<void> {
  try {
    const page = await getJson<PatentPage>('/api/patents', { ...filters, limit: PAGE_SIZE, offset });
    state.panel = { kind: 'list', view: { heading, filters, page } };
    drawPanel();
  } catch (error) {
    showError(error);
  }
}

window.addEventListener('resize', resizeCharts);
void load();
