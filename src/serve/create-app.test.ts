import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastJson, runCli } from '../../test/helpers/run-cli.js';
import { makeServeStore } from '../../test/helpers/serve-store.js';
import { openStore } from '../store/open-store.js';
import { createApp } from './create-app.js';
import { openStorePool, StorePool } from './store-pool.js';

const TOKEN = 'a-long-enough-test-token';
let db: string;
let pool: StorePool;
let app: FastifyInstance;
let secured: FastifyInstance;
let showJson: unknown;

beforeAll(async () => {
  db = await makeServeStore();
  pool = await openStorePool(db, 2);
  app = createApp({ pool });
  secured = createApp({ pool, token: TOKEN });
});

afterAll(async () => {
  await app?.close();
  await secured?.close();
  pool?.close();
});

const get = async (url: string, target = app, headers: Record<string, string> = {}) => {
  const response = await target.inject({ method: 'GET', url, headers });
  return { status: response.statusCode, body: response.json() as Record<string, unknown>, response };
};

describe('indicator endpoints', () => {
  it('lists the registry with titles in both languages', async () => {
    const cli = await runCli(['indicators', '--list', '--json']);
    const ids = lastJson<{ id: string }[]>(cli).map((i) => i.id);
    const { status, body } = await get('/api/indicators');
    expect(status).toBe(200);
    const list = body as unknown as { id: string; title: { en: string; zh: string } }[];
    expect(list.map((i) => i.id)).toEqual(ids);
    expect(list.find((i) => i.id === 'filing-trend')?.title.zh).toMatch(/专利申请/);
  });

  it.each([
    ['filing-trend', ['--taxonomy', 'techstack'], 'taxonomy=techstack'],
    [
      'top-applicants',
      ['--from', '2014', '--to', '2016', '--top', '5', '--country', 'cn'],
      'from=2014&to=2016&top=5&country=cn',
    ],
  ])('%s equals `patlas indicators --json` with the same filters', async (id, flags, query) => {
    const cli = await runCli(['indicators', id, '--db', db, '--json', ...flags]);
    expect(cli.code, cli.stderr).toBe(0);
    const { status, body } = await get(`/api/indicators/${id}?${query}`);
    expect(status).toBe(200);
    expect(body).toEqual(lastJson(cli));
  });

  it('gives the charts of an indicator with its definition, in the asked language', async () => {
    const { status, body } = await get('/api/charts/filing-trend?lang=zh&dateBasis=publication');
    expect(status).toBe(200);
    const charts = body.charts as { indicatorId: string; title: string }[];
    expect(charts.length).toBeGreaterThan(0);
    expect(charts[0]?.indicatorId).toBe('filing-trend');
    expect(charts[0]?.title).toMatch(/[\u4e00-\u9fff]/);
    expect((body.definition as { dateBasis: string }).dateBasis).toBe('publication');
  });
});

describe('patents', () => {
  it('lists the units a chart counted: the fixture publications of 2019-2020', async () => {
    // Only the four hostile-fixture records are published after 2016 (the drones export ends there).
    const { status, body } = await get('/api/patents?dateBasis=publication&unit=publication&from=2019');
    expect(status).toBe(200);
    expect(body.total).toBe(4);
    const rows = body.rows as {
      publicationNumber: string;
      titles: Record<string, string>;
      applicants: string[];
    }[];
    expect(rows.map((r) => r.publicationNumber).sort()).toEqual([
      'CN110000003A',
      'EP3500004A1',
      'US10000002B2',
      'US20190000001A1',
    ]);
    const first = rows.find((r) => r.publicationNumber === 'US20190000001A1');
    expect(Object.values(first?.titles ?? {})).toEqual([
      '<script>alert(1)</script> Neural Network Accelerator',
    ]);
    expect(first?.applicants).toEqual(['"><img src=x onerror=alert(1)> Corp']);
  });

  it('pages through the scope and counts what filing-trend counts', async () => {
    const trend = await get('/api/indicators/filing-trend?dateBasis=publication');
    const data =
      (trend.body.indicators as Record<string, { data: { count: number }[] }>)['filing-trend']?.data ?? [];
    const counted = data.reduce((sum, row) => sum + row.count, 0);
    const page = await get('/api/patents?dateBasis=publication&limit=7&offset=3');
    expect(page.body.total).toBe(counted);
    expect((page.body.rows as unknown[]).length).toBe(7);
  });

  it.each([['US20190000001A1'], ['us 2019/0000001 a1'], ['US-2019-0000001']])(
    'shows %s as `patlas show --json` does',
    async (spelling) => {
      showJson ??= lastJson(await runCli(['show', 'US20190000001A1', '--db', db, '--json']));
      const { status, body } = await get(`/api/patents/${encodeURIComponent(spelling)}`);
      expect(status).toBe(200);
      expect(body).toEqual(showJson);
    },
  );

  it('answers 404 for a publication that is not in the store', async () => {
    const { status, body } = await get('/api/patents/EP9999999A1');
    expect(status).toBe(404);
    expect((body.error as { message: string }).message).toMatch(/EP9999999A1/);
  });
});

describe('search and match', () => {
  it('narrows the patents behind a chart by full text', async () => {
    // Among the publications of 2019-2020 (the hostile fixture) only US 2019/0000001 A1 says "accelerator".
    const { status, body } = await get(
      '/api/patents?q=accelerator&dateBasis=publication&unit=publication&from=2019',
    );
    expect(status).toBe(200);
    expect(body.total).toBe(1);
    expect((body.rows as { publicationNumber: string }[])[0]?.publicationNumber).toBe('US20190000001A1');
  });

  it('matches a need and explains it', async () => {
    const { status, body } = await get('/api/match?q=neural%20network%20accelerator&top=5');
    expect(status).toBe(200);
    const patents = body.patents as { publicationNumber: string; matchedTerms: { word: string }[] }[];
    const hit = patents.find((p) => p.publicationNumber === 'US20190000001A1');
    expect(hit?.matchedTerms.map((t) => t.word)).toEqual(expect.arrayContaining(['accelerator']));
  });

  it('answers 503 with the fix when the store has no text index', async () => {
    const bare = new StorePool([await openStore(':memory:', { create: true })]);
    const server = createApp({ pool: bare });
    try {
      const { status, body } = await get('/api/match?q=drone', server);
      expect(status).toBe(503);
      expect((body.error as { hint: string }).hint).toMatch(/patlas index/);
    } finally {
      await server.close();
      bare.close();
    }
  });
});

describe('bad input', () => {
  it.each([
    ['/api/indicators/filing-trend?from=abc', 400, /from/],
    ['/api/indicators/filing-trend?from=2019&to=2010', 400, /from/],
    ['/api/indicators/filing-trend?country=CHN', 400, /country/],
    ['/api/indicators/filing-trend?unit=invention', 400, /unit/],
    ['/api/indicators/filing-trend?dateBasis=grant', 400, /dateBasis/],
    ['/api/indicators/filing-trend?top=0', 400, /top/],
    ['/api/indicators/filing-trend?top=1e9', 400, /top/],
    ['/api/indicators/filing-trend?cutoff=2020-13', 400, /cutoff/],
    ['/api/indicators/filing-trend?category=ai', 400, /category/],
    ['/api/indicators/filing-trend?includeIncomplete=maybe', 400, /includeIncomplete/],
    ['/api/indicators/filing-trend?form=2010', 400, /form.*from/],
    ['/api/indicators/filing-trend?from=2010&from=2011', 400, /from/],
    ['/api/indicators/filing-trend?taxonomy=nope', 400, /taxonomy/],
    ['/api/indicators/filing-trend?taxonomy=techstack&category=nope', 400, /category/],
    ['/api/indicators/filing-trend?applicant=nobody-at-all', 400, /applicant/],
    ["/api/indicators/filing-trend?applicant=x'%20OR%201=1--", 400, /applicant/],
    ['/api/indicators/filing-trnd', 404, /did you mean filing-trend/],
    ['/api/charts/filing-trend?lang=fr', 400, /lang/],
    ['/api/patents?limit=0', 400, /limit/],
    ['/api/patents?offset=-1', 400, /offset/],
    ['/api/patents?limit=ten', 400, /limit/],
    ['/api/patents/not%20a%20number', 400, /publication number/],
    ['/api/patents/US20190000001A1?x=1', 400, /x/],
    ['/api/match', 400, /q/],
    ['/api/match?q=a', 400, /q/],
    ['/api/match?q=drone&top=500', 400, /top/],
    ['/api/nothing-here', 404, /no such route/],
    ['/api/indicators/filing-trend/extra', 404, /no such route/],
    ['/no-such-page', 404, /no such route/],
    ['/api/indicators/filing-trend?from=%E0%A4%A', 400, /./],
  ])('%s -> %i', async (url, status, message) => {
    const result = await get(url);
    expect(result.status).toBe(status);
    expect((result.body.error as { message: string }).message).toMatch(message);
  });
});

describe('token', () => {
  it('refuses the API without the bearer token and answers with it', async () => {
    expect((await get('/api/indicators', secured)).status).toBe(401);
    expect((await get('/openapi.json', secured)).status).toBe(401);
    expect(
      (await get('/api/indicators', secured, { authorization: 'Bearer wrong-token-of-some-length' })).status,
    ).toBe(401);
    expect((await get('/api/indicators', secured, { authorization: TOKEN })).status).toBe(401);
    expect((await get('/api/indicators', secured, { authorization: `Bearer ${TOKEN}` })).status).toBe(200);
    expect((await get('/openapi.json', secured, { authorization: `bearer ${TOKEN}` })).status).toBe(200);
  });

  it('keeps unknown routes behind the token too', async () => {
    expect((await get('/api/nothing-here', secured)).status).toBe(401);
  });
});

describe('openapi.json', () => {
  it('describes every route with the filters of the zod schema', async () => {
    const { status, body } = await get('/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    const paths = body.paths as Record<string, { get: { parameters?: { name: string }[] } }>;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/api/indicators/{id}',
        '/api/charts/{id}',
        '/api/patents',
        '/api/patents/{number}',
      ]),
    );
    const names = paths['/api/indicators/{id}']?.get.parameters?.map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'from',
        'to',
        'taxonomy',
        'category',
        'country',
        'applicant',
        'dateBasis',
        'unit',
        'top',
      ]),
    );
  });
});
