import { expect } from '@open-wc/testing';
import {
  decodePattern,
  decodeResponse,
  encodePattern,
  encodeResponse,
  decimalsOf,
  matchesPattern,
  toleranceRange,
  type InteractionValues,
} from '../../src/xapi/interactions.js';
import type { InteractionType } from '../../src/xapi/statement.js';

// The spec's own examples (xAPI 1.0.3, Data §2.4.4.1 Appendix C), as response strings.
const specExamples: { [T in InteractionType]: { text: string; value: InteractionValues[T] } } = {
  'true-false': { text: 'true', value: true },
  choice: { text: 'golf[,]tetris', value: ['golf', 'tetris'] },
  'fill-in': { text: "Bob's your uncle", value: ["Bob's your uncle"] },
  'long-fill-in': { text: 'To store and provide access to learning experiences.', value: ['To store and provide access to learning experiences.'] },
  matching: {
    text: 'ben[.]3[,]chris[.]2[,]troy[.]4[,]freddie[.]1',
    value: [['ben', '3'], ['chris', '2'], ['troy', '4'], ['freddie', '1']],
  },
  performance: { text: 'pong[.]1:[,]dg[.]:10[,]lunch[.]', value: [['pong', { min: 1 }], ['dg', { max: 10 }], ['lunch', '']] },
  sequencing: { text: 'tim[,]mike[,]ells[,]ben', value: ['tim', 'mike', 'ells', 'ben'] },
  likert: { text: 'likert_3', value: 'likert_3' },
  numeric: { text: '4[:]', value: { min: 4 } },
  other: { text: '(35.937432,-86.868896)', value: '(35.937432,-86.868896)' },
};

describe('xapi/interactions', () => {
  describe('spec examples round-trip', () => {
    for (const [type, { text, value }] of Object.entries(specExamples) as Array<[InteractionType, { text: string; value: never }]>) {
      it(`${type}: ${text}`, () => {
        expect(decodeResponse(type, text)).to.deep.equal(value);
        expect(encodeResponse(type, value)).to.equal(text);
        expect(decodePattern(type, text).value).to.deep.equal(value);
      });
    }
  });

  it('numeric ranges: upper bound only, both bounds, single value', () => {
    expect(decodeResponse('numeric', '[:]4')).to.deep.equal({ max: 4 });
    expect(encodeResponse('numeric', { min: 1.5, max: 3 })).to.equal('1.5[:]3');
    expect(decodeResponse('numeric', '42')).to.equal(42);
    expect(encodePattern('numeric', 42)).to.equal('42');
  });

  it('tolerance ranges are written at the precision of the definition, never with floating-point noise', () => {
    expect(decimalsOf(1.25)).to.equal(2);
    expect(decimalsOf(10)).to.equal(0);
    expect(decimalsOf(1e-3)).to.equal(3);
    expect(decimalsOf(2.5e-3)).to.equal(4);
    expect(toleranceRange(1.2, 0.3)).to.deep.equal({ min: 0.9, max: 1.5 });
    expect(encodePattern('numeric', toleranceRange(1.2, 0.3))).to.equal('0.9[:]1.5');
    expect(encodePattern('numeric', toleranceRange(0.1, 0.2))).to.equal('-0.1[:]0.3');
    expect(encodePattern('numeric', toleranceRange(10, 0.5))).to.equal('9.5[:]10.5');
    expect(encodePattern('numeric', toleranceRange(3, 0))).to.equal('3[:]3');
    // Every bound written for value ± tolerance on a 0.1 grid is the short decimal an author would write.
    for (let v = -20; v <= 20; v++) {
      for (let t = 0; t <= 10; t++) {
        const pattern = encodePattern('numeric', toleranceRange(v / 10, t / 10));
        expect(pattern, pattern).to.match(/^-?\d+(\.\d)?\[:\]-?\d+(\.\d)?$/);
      }
    }
  });

  it('numeric: the bounds are the verdict (no hidden margin)', () => {
    const pattern = [encodePattern('numeric', toleranceRange(1.5, 0.1))];
    expect(matchesPattern('numeric', 1.6, pattern)).to.equal(true);
    expect(matchesPattern('numeric', 1.4, pattern)).to.equal(true);
    expect(matchesPattern('numeric', 1.6000000001, pattern)).to.equal(false);
    expect(matchesPattern('numeric', 1.3999999999, pattern)).to.equal(false);
  });

  it('writes and reads characterstring parameters exactly as the spec', () => {
    const pattern = encodePattern('long-fill-in', ['To store and provide access to learning experiences.'], { caseMatters: false, lang: 'en' });
    expect(pattern).to.equal('{case_matters=false}{lang=en}To store and provide access to learning experiences.');
    expect(decodePattern('long-fill-in', pattern)).to.deep.equal({
      caseMatters: false,
      lang: 'en',
      value: ['To store and provide access to learning experiences.'],
    });
    const ordered = encodePattern('fill-in', ['rouge', 'bleu'], { caseMatters: true, orderMatters: false });
    expect(ordered).to.equal('{case_matters=true}{order_matters=false}rouge[,]bleu');
    expect(decodePattern('fill-in', ordered)).to.deep.equal({ caseMatters: true, orderMatters: false, value: ['rouge', 'bleu'] });
  });

  describe('matchesPattern', () => {
    it('any entry of the array may match, and all items of that entry must', () => {
      expect(matchesPattern('choice', ['foo', 'bar'], ['foo[,]bar', 'foo'])).to.equal(true);
      expect(matchesPattern('choice', ['foo'], ['foo[,]bar', 'foo'])).to.equal(true);
      expect(matchesPattern('choice', ['bar'], ['foo[,]bar', 'foo'])).to.equal(false);
      expect(matchesPattern('choice', ['bar', 'foo'], ['foo[,]bar'])).to.equal(true);
    });
    it('sequencing needs the exact order', () => {
      expect(matchesPattern('sequencing', ['a', 'b', 'c'], ['a[,]b[,]c'])).to.equal(true);
      expect(matchesPattern('sequencing', ['b', 'a', 'c'], ['a[,]b[,]c'])).to.equal(false);
    });
    it('matching compares pairs as a set', () => {
      expect(matchesPattern('matching', [['b', '2'], ['a', '1']], ['a[.]1[,]b[.]2'])).to.equal(true);
      expect(matchesPattern('matching', [['a', '2'], ['b', '1']], ['a[.]1[,]b[.]2'])).to.equal(false);
    });
    it('fill-in ignores case unless case_matters, and order when order_matters=false', () => {
      expect(matchesPattern('fill-in', ['Paris'], ['paris'])).to.equal(true);
      expect(matchesPattern('fill-in', ['Paris'], ['{case_matters=true}paris'])).to.equal(false);
      expect(matchesPattern('fill-in', ['b', 'a'], ['{order_matters=false}a[,]b'])).to.equal(true);
      expect(matchesPattern('fill-in', ['b', 'a'], ['a[,]b'])).to.equal(false);
    });
    it('numeric accepts values in the range', () => {
      expect(matchesPattern('numeric', 5, ['4[:]'])).to.equal(true);
      expect(matchesPattern('numeric', 3, ['4[:]'])).to.equal(false);
      expect(matchesPattern('numeric', 3, ['1[:]3'])).to.equal(true);
      expect(matchesPattern('numeric', 3, ['3'])).to.equal(true);
    });
    it('performance checks each step, string or range', () => {
      expect(matchesPattern('performance', [['pong', '2'], ['dg', '9'], ['lunch', '']], ['pong[.]1:[,]dg[.]:10[,]lunch[.]'])).to.equal(true);
      expect(matchesPattern('performance', [['pong', '0'], ['dg', '9'], ['lunch', '']], ['pong[.]1:[,]dg[.]:10[,]lunch[.]'])).to.equal(false);
    });
    it('true-false, likert and other compare the text; no pattern means no right answer', () => {
      expect(matchesPattern('true-false', false, ['false'])).to.equal(true);
      expect(matchesPattern('likert', 'likert_3', ['likert_2'])).to.equal(false);
      expect(matchesPattern('other', 'x', undefined)).to.equal(undefined);
    });
  });
});
