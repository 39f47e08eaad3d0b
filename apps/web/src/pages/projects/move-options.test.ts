// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { stagesToOffer } from './move-options';

describe('stages offered in the move form', () => {
  it('offers the later pipeline stages, pause and end to a side', () => {
    expect(stagesToOffer({ stage: 'pilot', pausedFromStage: null, side: 'vendor' })).toEqual([
      'contract-signed',
      'deployed',
      'results-measured',
      'paused',
      'ended',
    ]);
  });

  it('offers a paused project its resume stage and the end; curators only pause and end', () => {
    expect(stagesToOffer({ stage: 'paused', pausedFromStage: 'proposal', side: 'need' })).toEqual([
      'proposal',
      'ended',
    ]);
    expect(stagesToOffer({ stage: 'proposal', pausedFromStage: null, side: 'curator' })).toEqual([
      'paused',
      'ended',
    ]);
    expect(stagesToOffer({ stage: 'ended', pausedFromStage: null, side: 'need' })).toEqual([]);
  });
});
