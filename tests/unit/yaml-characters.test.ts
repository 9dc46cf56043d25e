/** Invisible and look-alike characters where YAML's syntax is, and the same characters in text. */
import { describe, expect, it } from 'vitest';
import { findLookAlike } from '../../src/node/yaml-characters.ts';

describe('findLookAlike', () => {
  it.each([
    ['a tab indent', 'a:\n\tb: 1', true, '2:1 tab'],
    ['a non-breaking space indent', 'a:\n\u00a0\u00a0b: 1', false, '2:1 non-breaking'],
    ['a full-width space indent', 'a:\n\u3000b: 1', false, '2:1 full-width space'],
    ['a full-width colon', 'title：Agent', false, '1:6 full-width colon'],
    ['a full-width colon in a list that cannot be read', 'a:\n  - to：x\n b: [', true, '2:7 full-width colon'],
    ['a full-width space after a colon', 'grade:\u3000g2', false, '1:7 full-width space'],
    ['a non-breaking space after a dash', 'a:\n  -\u00a0x', false, '2:4 non-breaking'],
    ['curly quotes in YAML that cannot be read', 'summary: “Target: 90 %”', true, '1:10 curly'],
  ])('%s', (_label, yaml, errors, expected) => {
    const found = findLookAlike(yaml, errors);
    const [at, word] = expected.split(' ', 2);
    expect(`${found?.line}:${found?.column}`).toBe(at);
    expect(`${found?.message} ${found?.fix}`).toContain(word);
  });

  it.each([
    ['curly quotes in text that parses', 'summary: “Agent” of the year', false],
    ['a full-width colon inside a Chinese text', 'summary: 目标：处理投诉', false],
    ['a full-width colon in a list item that parses', 'metrics:\n  - CSAT：90 %', false],
    ['a full-width space inside a text', 'title: 一级　客服', false],
    ['a full-width space after an ordinary one', 'title: \u3000一级', false],
    ['Chinese paragraph indentation in a block text', 'summary: >\n  \u3000\u3000本级负责', false],
  ])('not %s', (_label, yaml, errors) => {
    expect(findLookAlike(yaml, errors)).toBeUndefined();
  });
});
