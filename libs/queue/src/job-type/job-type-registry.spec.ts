import { JobType } from './job-type.decorator';
import { JobTypeRegistry } from './job-type-registry';

@JobType('needs.match')
class MatchJob {}

@JobType('needs.match')
class ImpostorMatchJob {}

describe('JobTypeRegistry', () => {
  it('accepts the same class registered by two modules once', () => {
    const registry = new JobTypeRegistry();
    registry.register([MatchJob]);
    registry.register([MatchJob]);

    expect(registry.all().map((entry) => entry.jobClass)).toEqual([MatchJob]);
  });

  it('refuses two classes that claim one job type', () => {
    const registry = new JobTypeRegistry();
    registry.register([MatchJob]);

    expect(() => registry.register([ImpostorMatchJob])).toThrow(
      'Job type needs.match is declared by two classes: MatchJob and ImpostorMatchJob',
    );
  });
});
