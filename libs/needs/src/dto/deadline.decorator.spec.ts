import { validateSync } from 'class-validator';
import { IsFutureDeadline } from './deadline.decorator';

class WithDeadline {
  @IsFutureDeadline()
  deadline!: string;
}

const messageFor = (deadline: string) =>
  validateSync(Object.assign(new WithDeadline(), { deadline }))[0]?.constraints?.isFutureDeadline;

describe('a need deadline', () => {
  afterEach(() => jest.useRealTimers());

  it("cites today's date (UTC) as the example, whatever day it is", () => {
    jest.useFakeTimers({ now: new Date('2031-02-27T23:30:00Z') });
    expect(messageFor('2031-02-26')).toMatch(/^deadline must be today \(2031-02-27\) or a later date/);
    expect(messageFor('2031-02-27')).toBeUndefined();
    jest.setSystemTime(new Date('2031-03-01T00:10:00Z'));
    expect(messageFor('2031-02-28')).toContain('(2031-03-01)');
  });
});
