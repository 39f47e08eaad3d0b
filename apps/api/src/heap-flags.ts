import { setFlagsFromString } from 'node:v8';

/**
 * Imported first by main.ts, before anything else allocates: turns off V8's allocation-site pretenuring for the
 * api process. While the api starts, the embedded database and Nest allocate in bursts, objects from some
 * allocation sites survive the collections of that moment, and V8 then allocates everything from those sites
 * straight into the old generation, for the life of the process. In about one start in six, one of them was a
 * site every request allocates from: each request's garbage then lands in the old generation and keeps the young
 * objects it points to alive through every scavenge (20 ms each, 20 MB promoted), the heap grows by 250 MB and
 * each request costs about 60% more CPU until the process restarts (measured with bench/http-overhead's probe:
 * 7 slow processes in 40 starts; 0 in 36 with pretenuring off). The api's long-lived data is small, so
 * allocating it young first costs little.
 */
setFlagsFromString('--no-allocation-site-pretenuring');
