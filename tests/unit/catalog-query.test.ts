/** The training catalog's filter: read from and written to the URL, matched against a card's values. */
import { describe, expect, it } from 'vitest';
import { matches, readFilter, writeFilter } from '../../src/islands/catalog-query.ts';

describe('readFilter', () => {
  it.each([
    ['', {}],
    ['?format=workshop', { format: 'workshop' }],
    ['?format=workshop&track=vip-accounts&utm=x', { format: 'workshop', track: 'vip-accounts' }],
    ['?phase=&competency=%20', {}],
  ])('%s', (search, filter) => {
    expect(readFilter(search)).toEqual(filter);
  });
});

describe('writeFilter', () => {
  it.each([
    ['', {}, ''],
    ['', { format: 'exam' }, '?format=exam'],
    ['?format=exam&lang=x', { phase: 'pre-job' }, '?lang=x&phase=pre-job'],
    ['?format=exam', {}, ''],
  ])('%s with %j', (search, filter, expected) => {
    expect(writeFilter(search, filter)).toBe(expected);
  });
});

describe('matches', () => {
  const card = {
    format: 'workshop',
    phase: 'on-the-job',
    competency: 'communication complaint-handling',
    track: 'customer-service vip-accounts',
  };
  it.each([
    [{}, true],
    [{ format: 'workshop' }, true],
    [{ format: 'exam' }, false],
    [{ competency: 'complaint-handling', track: 'vip-accounts' }, true],
    [{ competency: 'complaint' }, false],
    [{ format: 'workshop', phase: 'pre-job' }, false],
  ])('%j → %s', (filter, expected) => {
    expect(matches(card, filter)).toBe(expected);
  });
});
