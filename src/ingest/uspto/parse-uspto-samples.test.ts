import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PatentRecord } from '../../domain/patent-record.js';
import { parseUsptoDocument } from './parse-uspto-document.js';

function recordOf(path: string): PatentRecord {
  const bytes = readFileSync(new URL(`../../../../shared/data/uspto-xml/${path}`, import.meta.url));
  const item = parseUsptoDocument(bytes, { file: path, byteOffset: 0 });
  if (item.kind !== 'record') throw new Error(`${path}: expected a record, got: ${item.reason}`);
  return item.record;
}

describe('parseUsptoDocument: every sample gives its number and title', () => {
  it.each([
    [
      'go-uspto/grant/v4-0-B2.xml',
      'US6857133B2',
      'Method and apparatus for manufacturing and installing water resistant cover on a limb',
      'v4.0',
    ],
    [
      'go-uspto/grant/v4-5-B1.xml',
      'US9358892B1',
      'System and method for pre-charging a hybrid vehicle for improving reverse driving performance',
      'v4.5',
    ],
    ['go-uspto/grant/v4-5-B2.xml', 'US11147202B2', 'Wheeled hand truck', 'v4.5'],
    ['xml2004/US06859910.xml', 'US6859910B2', 'Methods and systems for transactional tunneling', 'v4.0'],
    [
      'xml2004/US06970935.xml',
      'US6970935B1',
      'Conversational networking via transport, coding and control conversational protocols',
      'v4.0',
    ],
    [
      'xml2006/US07272630B2.xml',
      'US7272630B2',
      'Locating potentially identical objects across multiple computers based on stochastic partitioning of workload',
      'v4.2',
    ],
    [
      'xml2014/US08930553.xml',
      'US8930553B2',
      'Managing mid-dialog session initiation protocol (SIP) messages',
      'v4.5',
    ],
  ])('grant %s -> %s', (path, number, title, version) => {
    const r = recordOf(path);
    expect([r.publicationNumber, r.titles.en, r.source.formatVersion]).toEqual([number, title, version]);
    expect([r.documentType, r.source.format]).toEqual(['grant', 'uspto-grant-xml']);
  });

  it.each([
    ['go-uspto/application/v4-0-A1.xml', 'US20050000001A1', 'Novelty jeans', 'v4.0'],
    [
      'go-uspto/application/v4-0-A2_1.xml',
      'US20050004655A2',
      'METHODS AND APPARATUS FOR A STENT HAVING AN EXPANDABLE WEB STRUCTURE',
      'v4.0',
    ],
    [
      'go-uspto/application/v4-4-A1.xml',
      'US20210267109A1',
      'METHODS AND APPARATUS FOR YARD AND GARDEN DEBRIS COLLECTION',
      'v4.4',
    ],
    [
      'go-uspto/application/v4-4-A2.xml',
      'US20150075015A2',
      'RAZOR WITH CUTTING BLADE ROTATABLE ABOUT MULTIPLE AXES',
      'v4.4',
    ],
    [
      'go-uspto/application/v4-5-A1.xml',
      'US20220159901A1',
      'SEED DISTRIBUTOR USED FOR AGRICULTURAL MACHINES',
      'v4.5',
    ],
    ['go-uspto/application/v4-5-A2.xml', 'US20220160114A2', 'CARRYING CASE WITH PIVOTING HOUSING', 'v4.5'],
    [
      'xmlApp2004/US20050004437A1.xml',
      'US20050004437A1',
      'Simulation device for playful evaluation and display of blood sugar levels',
      'v4.0',
    ],
    ['xmlApp2004/US20050004974A1.xml', 'US20050004974A1', 'Device model agent', 'v4.0'],
  ])('application %s -> %s', (path, number, title, version) => {
    const r = recordOf(path);
    expect([r.publicationNumber, r.titles.en, r.source.formatVersion]).toEqual([number, title, version]);
    expect([r.documentType, r.source.format]).toEqual(['application', 'uspto-application-xml']);
  });

  it.each([
    ['go-uspto/grant/v2-5-B1.xml', 'US6334226B1', 'Faucet support member', 'grant', 'v2.5'],
    [
      'go-uspto/grant/v2-5-B2.xml',
      'US6530116B2',
      'Vacuum cleaner with muffled detachable blower exhaust',
      'grant',
      'v2.5',
    ],
    [
      'go-uspto/grant/v2-5-S1.xml',
      'USD452599S1',
      'Confection item in the form of a tied braid',
      'design',
      'v2.5',
    ],
    [
      'sgml/US06336130.xml',
      'US6336130B1',
      'Arrangement for improving availability of services in a communication system',
      'grant',
      'v2.5',
    ],
    ['sgml/US06337117.xml', 'US6337117B1', 'Optical memory device', 'grant', 'v2.5'],
    ['sgml/USD435854S1.xml', 'USD435854S', 'Disc cartridge', 'design', 'v2.4'],
  ])('ST.32 %s -> %s', (path, number, title, type, version) => {
    const r = recordOf(path);
    expect([r.publicationNumber, r.titles.en, r.documentType, r.source.formatVersion]).toEqual([
      number,
      title,
      type,
      version,
    ]);
    expect(r.source.format).toBe('uspto-st32-xml');
  });

  it.each([
    [
      'pap/US20010000044A1.xml',
      'US20010000044A1',
      'Systems and Methods For Transacting Business Over A Global Communications Network Such As The Internet',
    ],
    [
      'pap/US20010000943A1.xml',
      'US20010000943A1',
      'Organic electroluminescence device and method of manufacturing same',
    ],
    [
      'pap/US20010009014A1.xml',
      'US20010009014A1',
      'Facilitating real-time, multi-point communications over the internet',
    ],
    [
      'go-uspto/application/v1-5-A1_1.xml',
      'US20010000001A1',
      'Solvent mixture for use in a vapor degreaser and method of cleaning an article in a vapor degreaser utilizing said solvent',
    ],
    [
      'go-uspto/application/v1-5-A1_2.xml',
      'US20010000002A1',
      'Process for detecting and correcting a fiber orientation cross direction profile change',
    ],
  ])('pre-grant publication %s -> %s', (path, number, title) => {
    const r = recordOf(path);
    expect([r.publicationNumber, r.titles.en, r.documentType, r.source.format]).toEqual([
      number,
      title,
      'application',
      'uspto-pap-xml',
    ]);
  });
});
