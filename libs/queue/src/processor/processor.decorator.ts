import 'reflect-metadata';
import type { JobContext } from '../job-context';
import type { JobClass } from '../job-type/job-class';

const PROCESSOR_METHODS = Symbol('3ipet.queue.processor-methods');

export interface ProcessorMethod {
  methodName: string | symbol;
  jobClass: JobClass;
}

type JobHandler<T> = (job: T, context: JobContext) => Promise<unknown>;

/** Marks a provider method as the handler of one job type; the method's payload type is checked against it. */
export function Processor<T extends object>(jobClass: JobClass<T>) {
  return <Handler extends JobHandler<T>>(
    target: object,
    methodName: string | symbol,
    _descriptor: TypedPropertyDescriptor<Handler>,
  ): void => {
    const inherited: ProcessorMethod[] = Reflect.getMetadata(PROCESSOR_METHODS, target.constructor) ?? [];
    Reflect.defineMetadata(PROCESSOR_METHODS, [...inherited, { methodName, jobClass }], target.constructor);
  };
}

export function getProcessorMethods(providerClass: object): ProcessorMethod[] {
  return Reflect.getMetadata(PROCESSOR_METHODS, providerClass) ?? [];
}
