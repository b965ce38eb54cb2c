import { describe, expect, it } from 'vitest';
import { parseClassificationText, parseLegacyIpc } from './epo-classification-text.js';

// Every input below is copied from a `<text>` / `B511`-`B513` element of the EPO samples.
describe('parseClassificationText', () => {
  it('reads the padded 50-position IPC layout', () => {
    expect(parseClassificationText('B60R   7/06        20060101AFI20191025BHEP        ', 'ipc')).toEqual({
      scheme: 'ipc',
      symbol: 'B60R7/06',
      value: 'inventive',
      isFirst: true,
      version: '20060101',
    });
    expect(
      parseClassificationText('C08L 101/14        20060101ALI20210224BHEP        ', 'ipc'),
    ).toMatchObject({
      symbol: 'C08L101/14',
      value: 'inventive',
      isFirst: false,
    });
    expect(
      parseClassificationText('F16B  35/06        20060101ALN20071009BHEP        ', 'ipc'),
    ).toMatchObject({
      value: 'additional',
      isFirst: false,
    });
  });

  it('reads the whitespace-collapsed layout', () => {
    expect(parseClassificationText('E04B 1/84 20060101ALN20070316BHEP ', 'ipc')).toMatchObject({
      symbol: 'E04B1/84',
      value: 'additional',
      version: '20060101',
    });
  });

  it('reads CPC with a blank level and value I or A', () => {
    expect(
      parseClassificationText('F16D  48/06        20130101 FI20211026BHEP        ', 'cpc'),
    ).toMatchObject({
      scheme: 'cpc',
      symbol: 'F16D48/06',
      value: 'inventive',
      isFirst: true,
      version: '20130101',
    });
    expect(
      parseClassificationText('F16D2500/10437     20130101 LA20211026BHEP        ', 'cpc'),
    ).toMatchObject({
      symbol: 'F16D2500/10437',
      value: 'additional',
      isFirst: false,
    });
    expect(parseClassificationText('Y02A  50/30        20180101 LA20200801RGEP        ', 'cpc')?.symbol).toBe(
      'Y02A50/30',
    );
  });

  it('reads the converted old layout with level and value only', () => {
    expect(parseClassificationText('B05B 7/ 00 A I ', 'ipc')).toEqual({
      scheme: 'ipc',
      symbol: 'B05B7/00',
      value: 'inventive',
      isFirst: false,
      version: null,
    });
  });

  it('returns null for text that is not a symbol', () => {
    expect(parseClassificationText('see description', 'ipc')).toBeNull();
  });
});

describe('parseLegacyIpc', () => {
  it('drops the edition prefix and the type letter', () => {
    expect(parseLegacyIpc(' 7C 07C  29/44   A')).toBe('C07C29/44');
    expect(parseLegacyIpc('2C 07D 307/12 A')).toBe('C07D307/12');
    expect(parseLegacyIpc('2A 01N 43/08 -')).toBe('A01N43/08');
  });
});
