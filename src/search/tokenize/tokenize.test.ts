import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeWords } from './tokenize.js';

// Titles from the demo store (../shared/data/cn-titles-ipc and the istat AI sample).
describe('tokenize', () => {
  it('segments a Chinese title with jieba, keeping the sub-words of compounds and dropping boilerplate', () => {
    // CN113971489A: 一种 / 基于 / 的 / 方法 / 及 / 系统 are stop words; 神经网络 also gives 神经, 网络, 神经网.
    expect(tokenize('一种基于混合神经网络的剩余使用寿命预测方法及系统')).toEqual([
      '混合',
      '神经',
      '网络',
      '神经网',
      '神经网络',
      '剩余',
      '使用',
      '寿命',
      '使用寿命',
      '预测',
    ]);
  });

  it('splits Latin words out of Chinese text and keeps mixed letter-digit terms', () => {
    // CN114079727A
    const terms = tokenize('一种基于5G和人脸识别的无人机自动跟踪拍摄系统');
    expect(terms).toContain('5g');
    expect(terms).toContain('人脸识别');
    expect(terms).toContain('无人机');
    expect(terms).not.toContain('系统');
    expect(terms).not.toContain('和');
  });

  it('lower-cases, stems and drops English stop words and patent boilerplate', () => {
    // US10915793B2
    expect(
      tokenize(
        'Method and system for converting point cloud data for use with 2D convolutional neural networks',
      ),
    ).toEqual(['convert', 'point', 'cloud', 'data', '2d', 'convolut', 'neural', 'network']);
    // US10291506B2: "networks" and "network" meet on one term.
    expect(tokenize('Anomaly detection in industrial communications networks')).toEqual([
      'anomali',
      'detect',
      'industri',
      'commun',
      'network',
    ]);
  });

  it('folds full-width forms (NFKC) and drops pure numbers and single letters', () => {
    expect(tokenize('基于ＣＮＮ的ＡＩ模型 (10) a')).toEqual(['cnn', 'ai', '模型']);
  });

  it('gives a need and a document the same terms however they are spelled', () => {
    expect(tokenize('Neural-Networks')).toEqual(tokenize('neural network'));
    expect(tokenize('图像识别')).toEqual(expect.arrayContaining(tokenize('图像 识别')));
  });

  it('gives nothing for stop words, numbers and punctuation only', () => {
    expect(tokenize('a method and a system, 一种方法及装置 2024 !!!')).toEqual([]);
  });

  it('keeps the typed word beside each term', () => {
    expect(tokenizeWords('Batteries')).toEqual([{ term: 'batteri', word: 'batteries' }]);
  });
});
