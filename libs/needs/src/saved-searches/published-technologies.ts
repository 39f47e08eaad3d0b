import { Injectable } from '@nestjs/common';
import { NotFoundProblem } from '@3ipet/common';
import { TechnologyQueriesService } from '@3ipet/catalog';

/** Asks the catalog (its public read service) whether a listing is published right now. */
@Injectable()
export class PublishedTechnologies {
  constructor(private readonly technologies: TechnologyQueriesService) {}

  async isPublished(technologyId: string): Promise<boolean> {
    try {
      // An anonymous caller sees a listing exactly when it is published.
      await this.technologies.get(null, technologyId);
      return true;
    } catch (error) {
      if (error instanceof NotFoundProblem) return false;
      throw error;
    }
  }
}
