import { describe, expect, it } from 'vitest';
import { parseEpoCitationNumber } from './epo-citation-number.js';

// Inputs copied from `B561/text` elements of the EPO grant samples.
describe('parseEpoCitationNumber', () => {
  it.each([
    ['EP-A- 0 460 575', 'EP0460575A'],
    ['EP-A1- 3 109 871', 'EP3109871A1'],
    ['WO-A-03/008444', 'WO2003008444A'],
    ['WO-A1-00/20705', 'WO2000020705A1'],
    ['WO-A1-2014/114885', 'WO2014114885A1'],
    ['US-A- 5 948 634', 'US5948634A'],
    ['US-A1- 2007 204 872', 'US20070204872A1'],
    ['US-E- R E36 154', 'USRE36154E'],
    ['DE-A1-102009 041 527', 'DE102009041527A1'],
    ['DE-U1- 29 618 318', 'DE29618318U1'],
    ['CN-U- 202 128 028', 'CN202128028U'],
    ['FR-E- 84 247', 'FR84247E'],
    ['JP-A- 7 300 979', 'JP7300979A'],
  ])('%s -> %s', (raw, expected) => {
    expect(parseEpoCitationNumber(raw)).toBe(expected);
  });

  it('returns null for text that is no publication number', () => {
    expect(parseEpoCitationNumber('PATENT ABSTRACTS OF JAPAN vol. 9, no. 88')).toBeNull();
  });
});
