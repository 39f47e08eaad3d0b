import { getJobTypeDefinition, JobType } from './job-type.decorator';

describe('job type declaration', () => {
  it('fills in defaults for what the decorator leaves out', () => {
    @JobType('search.index-technology')
    class IndexTechnologyJob {}

    expect(getJobTypeDefinition(IndexTechnologyJob)).toEqual({
      name: 'search.index-technology',
      queue: 'default',
      attempts: 3,
      backoffMs: 1000,
    });
  });

  it('reads a static name and options', () => {
    class ReindexAllJob {
      static readonly jobType = 'search.reindex-all';
      static readonly jobOptions = { queue: 'search', attempts: 1 };
    }

    expect(getJobTypeDefinition(ReindexAllJob)).toEqual({
      name: 'search.reindex-all',
      queue: 'search',
      attempts: 1,
      backoffMs: 1000,
    });
  });

  it('does not pass a job type on to subclasses', () => {
    @JobType('catalog.publish')
    class PublishJob {}
    class UrgentPublishJob extends PublishJob {}

    expect(() => getJobTypeDefinition(UrgentPublishJob)).toThrow(
      "UrgentPublishJob is not a job type: decorate it with @JobType('<name>') or give it a static jobType",
    );
  });

  it.each([
    [{ queue: 'a:b' }, 'queue name "a:b" must be non-empty and contain no ":"'],
    [{ attempts: 0 }, 'attempts must be a positive integer, got 0'],
    [{ backoffMs: -1 }, 'backoffMs must be a non-negative number, got -1'],
  ])('refuses %j', (options, message) => {
    expect(() => JobType('x.bad', options)).toThrow(`Job type x.bad: ${message}`);
  });
});
