import { Injectable } from '@nestjs/common';
import type { ImpactView } from '../dto/impact.views';

/** How old served figures may be when this process did not see the change (another api instance, matching). */
export const IMPACT_MAX_AGE_MS = 30_000;

/**
 * The last computed impact figures of this process, shared by concurrent requests (one computation at a time)
 * and dropped as soon as this process changes a project or a result; otherwise kept IMPACT_MAX_AGE_MS.
 */
@Injectable()
export class ImpactCache {
  private current?: { computedAt: number; figures: Promise<ImpactView> };

  get(compute: () => Promise<ImpactView>, now = Date.now()): Promise<ImpactView> {
    if (!this.current || now - this.current.computedAt >= IMPACT_MAX_AGE_MS) {
      const entry = {
        computedAt: now,
        figures: compute().catch((error: unknown) => {
          if (this.current === entry) this.current = undefined;
          throw error;
        }),
      };
      this.current = entry;
    }
    return this.current.figures;
  }

  invalidate(): void {
    this.current = undefined;
  }
}
