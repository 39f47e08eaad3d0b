import { Global, Module } from '@nestjs/common';
import { DEMO_SEED_EXTENSIONS, DemoSeedExtension } from '@3ipet/catalog';
import { seedEvents } from '@3ipet/events';
import { seedLibrary } from '@3ipet/library';
import { seedNeeds } from '@3ipet/needs';
import { seedProjects } from '@3ipet/projects';

const extensions: DemoSeedExtension[] = [seedNeeds, seedEvents, seedProjects, seedLibrary];

/** Lets the catalog's demo seed (first embedded start, `npm run seed`) also write needs, events, projects and
 * the library. */
@Global()
@Module({
  providers: [{ provide: DEMO_SEED_EXTENSIONS, useValue: extensions }],
  exports: [DEMO_SEED_EXTENSIONS],
})
export class DemoSeedModule {}
