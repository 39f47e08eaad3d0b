// eslint-disable-next-line @typescript-eslint/no-explicit-any -- payload constructors take any arguments
export type JobClass<T extends object = object> = new (...args: any[]) => T;
