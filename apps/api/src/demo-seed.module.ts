import { Global, Module } from '@nestjs/common';
import { DEMO_SEED_EXTENSIONS, DemoSeedExtension } from '@3ipet/catalog';
import { seedEvents } from '@3ipet/events';
import { seedNeeds } from '@3ipet/needs';

const extensions: DemoSeedExtension[] = [seedNeeds, seedEvents];

/** Lets the catalog's demo seed (first embedded start, `npm run seed`) also write needs and events. */
@Global()
@Module({
  providers: [{ provide: DEMO_SEED_EXTENSIONS, useValue: extensions }],
  exports: [DEMO_SEED_EXTENSIONS],
})
export class DemoSeedModule {}
