import type { Publication } from './api-types.js';
import { el } from './dom.js';
import { lang, legalStatusText, type StringKey, t } from './i18n.js';
import { titleOf } from './patent-list.js';

const METHOD_TEXT: Record<string, StringKey> = {
  rule: 'methodRule',
  generic: 'methodGeneric',
  child: 'methodChild',
  fallback: 'methodFallback',
  model: 'methodModel',
};

/** One publication: titles, dates, parties, codes, abstract, and each label with the rule and evidence behind it. */
export function patentDetail(publication: Publication, back: (() => void) | null): HTMLElement {
  const backButton = back ? el('button', { text: t('back'), attrs: { type: 'button' } }) : null;
  if (backButton && back) backButton.addEventListener('click', back);
  const dates: [StringKey, string | null][] = [
    ['priorityDate', publication.priorityDate],
    ['applicationDate', publication.applicationDate],
    ['publicationDate', publication.publicationDate],
    ['grantDate', publication.grantDate],
  ];
  const abstract =
    publication.abstracts[lang()] ?? publication.abstracts.en ?? Object.values(publication.abstracts)[0];
  return el(
    'section',
    { className: 'patent-detail', attrs: { 'data-publication': publication.publicationNumber } },
    [
      backButton,
      el('h2', { text: `${t('detail')}: ${publication.publicationNumber}` }),
      el('p', { className: 'patent-title', text: titleOf(publication.titles) }),
      fact(
        t('applicants'),
        publication.applicants.map((p) => (p.country ? `${p.name} (${p.country})` : p.name)).join('; '),
      ),
      fact(t('inventors'), publication.inventors.map((p) => p.name).join('; ')),
      fact(
        t('dates'),
        dates
          .filter(([, value]) => value)
          .map(([key, value]) => `${t(key)} ${value}`)
          .join(lang() === 'zh' ? '；' : '; '),
      ),
      fact(t('legalStatus'), legalStatusText(publication.legalStatus)),
      fact(
        t('family'),
        publication.familyId
          ? `${publication.familyId}${publication.familySize !== null ? ` (${publication.familySize} ${t('familySize')})` : ''}`
          : '',
      ),
      fact(t('classification'), [...publication.ipc, ...publication.cpc.map((c) => `CPC ${c}`)].join(' ')),
      abstract
        ? el('div', {}, [
            el('h3', { text: t('abstract') }),
            el('p', { className: 'abstract', text: abstract }),
          ])
        : null,
      el('h3', { text: t('labels') }),
      publication.labels.length === 0
        ? el('p', { className: 'muted', text: t('noLabels') })
        : el('table', { className: 'labels' }, [
            el('thead', {}, [
              el('tr', {}, [
                el('th', { text: t('taxonomy') }),
                el('th', { text: t('labelCategory') }),
                el('th', { text: t('labelMethod') }),
                el('th', { text: t('labelWhy') }),
              ]),
            ]),
            el(
              'tbody',
              {},
              publication.labels.map((label) =>
                el('tr', {}, [
                  el('td', { text: label.taxonomy }),
                  el('td', { text: label.category }),
                  el('td', {
                    text: METHOD_TEXT[label.method]
                      ? t(METHOD_TEXT[label.method] as StringKey)
                      : label.method,
                  }),
                  el('td', {
                    text: [
                      label.rule,
                      label.score !== null ? `${t('score')} ${label.score.toFixed(2)}` : null,
                      label.evidence,
                    ]
                      .filter(Boolean)
                      .join(' · '),
                  }),
                ]),
              ),
            ),
          ]),
      publication.technicalEffects.length
        ? el('div', {}, [
            el('h3', { text: t('effects') }),
            el(
              'ul',
              {},
              publication.technicalEffects.map((e) =>
                el('li', { text: `${e.effect} (${e.polarity}, ${e.direction}): ${e.evidence}` }),
              ),
            ),
          ])
        : null,
    ],
  );
}

function fact(label: string, value: string): HTMLElement {
  return el('p', { className: 'fact' }, [
    el('span', { className: 'fact-label', text: label }),
    value || t('none'),
  ]);
}
