import { getJson } from './api-client.js';
import type { MatchResponse } from './api-types.js';
import { el, replaceChildren } from './dom.js';
import { formatNumber, lang, legalStatusText, t } from './i18n.js';
import { messageOf } from './indicator-cards.js';

/** A need in, ranked patents and applicants out, each match with its reasons (terms, CPC, effects). */
export function matchBox(open: (publicationNumber: string) => void): HTMLElement {
  const need = el('textarea', { attrs: { name: 'need', rows: '3', 'aria-label': t('match') } });
  const button = el('button', { text: t('matchButton'), attrs: { type: 'submit' } });
  const results = el('div', { className: 'match-results' });
  const form = el('form', { className: 'match-form' }, [need, button]);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const q = need.value.trim();
    if (!q) return;
    replaceChildren(results, [el('p', { className: 'muted', text: t('loading') })]);
    try {
      const response = await getJson<MatchResponse>('/api/match', { q, top: 10 });
      replaceChildren(results, matchResults(response, open));
    } catch (error) {
      replaceChildren(results, [el('p', { className: 'error', text: `${t('failed')} ${messageOf(error)}` })]);
    }
  });
  return el('section', { className: 'match' }, [
    el('h2', { text: t('match') }),
    el('p', { className: 'muted', text: t('matchHint') }),
    form,
    results,
  ]);
}

function matchResults(response: MatchResponse, open: (publicationNumber: string) => void): HTMLElement[] {
  if (response.patents.length === 0) return [el('p', { text: t('matchNone') })];
  const patents = response.patents.map((p) => {
    const link = el('button', { className: 'link', text: p.publicationNumber, attrs: { type: 'button' } });
    link.addEventListener('click', () => open(p.publicationNumber));
    const why = [
      `${t('sharedTerms')}: ${[...new Set(p.matchedTerms.map((m) => m.word))].join(', ')}`,
      p.sharedCpc.length ? `CPC ${p.sharedCpc.join(' ')}` : null,
      p.effects.length
        ? `${t('effects')}: ${p.effects.map((e) => `${e.effect} ${e.direction}`).join(', ')}`
        : null,
      `${p.originCountries.join('/') || p.country}`,
      legalStatusText(p.legalStatus),
    ];
    return el('li', { attrs: { 'data-publication': p.publicationNumber } }, [
      link,
      ` ${p.title ?? t('none')} — ${p.applicants.map((a) => a.name).join('; ') || t('none')}`,
      el('span', { className: 'score', text: ` ${t('score')} ${formatNumber(p.score)}` }),
      el('p', { className: 'why', text: why.filter(Boolean).join(lang() === 'zh' ? '；' : ' · ') }),
    ]);
  });
  const applicants = response.applicants.map((a) =>
    el('li', {}, [
      `${a.name} (${a.countries.join(', ') || t('none')})`,
      el('span', {
        className: 'score',
        text: ` ${t('score')} ${formatNumber(a.score)} · ${formatNumber(a.matchingPatents)} · ${a.bestPatents.join(', ')}`,
      }),
    ]),
  );
  return [
    el('p', { className: 'muted', text: response.method[lang()] }),
    el('h3', { text: t('matchPatents') }),
    el('ol', {}, patents),
    el('h3', { text: t('matchApplicants') }),
    el('ol', {}, applicants),
  ];
}
