import { describe, expect, it } from 'vitest';
import { parsePublicationNumber } from './publication-number.js';

describe('parsePublicationNumber', () => {
  it.each([
    ['EP 3782854 A1', 'EP3782854A1'],
    ['US 8,926,509 B2', 'US8926509B2'],
    ['US-7849036-B2', 'US7849036B2'],
    ['us8926509', 'US8926509'],
    ['US08926509B2', 'US8926509B2'],
    ['CN109711551A', 'CN109711551A'],
    ['CN 109711551 A', 'CN109711551A'],
    ['US 2013/0101709 A1', 'US20130101709A1'],
    ['US2013101709A1', 'US20130101709A1'],
    ['USD0435854S1', 'USD435854S1'],
    ['USRE045678E', 'USRE45678E'],
    ['WO 2019/012345 A1', 'WO2019012345A1'],
    ['WO 99/12345', 'WO1999012345'],
    ['WO9912345A1', 'WO1999012345A1'],
    ['EP 123456 B1', 'EP0123456B1'],
    ['AT 399980 B', 'AT399980B'],
    ['kr20190012345a', 'KR20190012345A'],
    ['kr1020010067590', 'KR20010067590'],
    ['TWI123456B', 'TWI123456B'],
    ['BR PI0512345 A', 'BRPI0512345A'],
    ['JP H05123456 A', 'JPH05123456A'],
  ])('%s -> %s', (raw, expected) => {
    expect(parsePublicationNumber(raw)?.publicationNumber).toBe(expected);
  });

  it('splits country, number and kind', () => {
    expect(parsePublicationNumber('US 8,926,509 B2')).toEqual({
      publicationNumber: 'US8926509B2',
      country: 'US',
      docNumber: '8926509',
      kind: 'B2',
    });
  });

  it('uses a separate country and kind when the number comes alone', () => {
    expect(parsePublicationNumber('2017207839', { country: 'jp', kind: 'A' })?.publicationNumber).toBe(
      'JP2017207839A',
    );
  });

  it('does not add a default kind to a number that has one', () => {
    expect(parsePublicationNumber('US 2013/0101709 A1', { kind: 'A1' })?.publicationNumber).toBe(
      'US20130101709A1',
    );
  });

  it.each(['', 'hello world', 'US', '12345', 'US0000000B1', 'USQ123456B1', '1.02E+11'])(
    'rejects %j',
    (raw) => {
      expect(parsePublicationNumber(raw)).toBeNull();
    },
  );
});
