import type { Filters, TaxonomyOption } from './api-types.js';
import { el } from './dom.js';
import { lang, type StringKey, t } from './i18n.js';

/** The filter bar: taxonomy and category from the store, years, country, applicant, date basis and unit. */
export function filterForm(
  taxonomies: readonly TaxonomyOption[],
  current: Filters,
  onApply: (filters: Filters) => void,
): HTMLFormElement {
  const taxonomy = select('taxonomy', [
    ['', t('any')],
    ...taxonomies.map((x): [string, string] => [x.id, `${x.name[lang()]} (${x.id})`]),
  ]);
  const category = select('category', [['', t('any')]]);
  const fillCategories = () => {
    const chosen = taxonomies.find((x) => x.id === taxonomy.value);
    category.replaceChildren(
      option('', t('any')),
      ...(chosen?.categories ?? []).map((c) => option(c.id, `${c.name[lang()]} (${c.publications})`)),
    );
    category.disabled = !chosen;
  };
  taxonomy.addEventListener('change', fillCategories);
  const from = input('from', 'number', { min: '1900', max: '2100' });
  const to = input('to', 'number', { min: '1900', max: '2100' });
  const country = input('country', 'text', { maxlength: '2', placeholder: t('countryExample'), size: '6' });
  const applicant = input('applicant', 'text', {});
  const dateBasis = select('dateBasis', [
    ['priority', t('basisPriority')],
    ['application', t('basisApplication')],
    ['publication', t('basisPublication')],
  ]);
  const unit = select('unit', [
    ['family', t('unitFamily')],
    ['publication', t('unitPublication')],
  ]);
  const fields = { taxonomy, category, from, to, country, applicant, dateBasis, unit };
  const set = () => {
    taxonomy.value = current.taxonomy ?? '';
    fillCategories();
    category.value = current.category ?? '';
    from.value = current.from ?? '';
    to.value = current.to ?? '';
    country.value = current.country ?? '';
    applicant.value = current.applicant ?? '';
    dateBasis.value = current.dateBasis ?? 'priority';
    unit.value = current.unit ?? 'family';
  };
  set();
  const apply = el('button', { text: t('apply'), attrs: { type: 'submit' } });
  const reset = el('button', { text: t('reset'), attrs: { type: 'button' } });
  const form = el('form', { className: 'filters', attrs: { 'aria-label': t('filters') } }, [
    ...Object.entries(fields).map(([key, control]) =>
      el('label', {}, [el('span', { text: t(key as StringKey) }), control]),
    ),
    el('div', { className: 'buttons' }, [apply, reset]),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const filters: Filters = {};
    for (const [key, control] of Object.entries(fields)) {
      const value = control.value.trim();
      if (value) filters[key as keyof Filters] = value;
    }
    onApply(filters);
  });
  reset.addEventListener('click', () => onApply({}));
  return form;
}

function select(name: string, options: [string, string][]): HTMLSelectElement {
  return el(
    'select',
    { attrs: { name } },
    options.map(([value, text]) => option(value, text)),
  );
}

function option(value: string, text: string): HTMLOptionElement {
  const node = el('option', { text });
  node.value = value;
  return node;
}

function input(name: string, type: string, attrs: Record<string, string>): HTMLInputElement {
  return el('input', { attrs: { name, type, ...attrs } });
}
