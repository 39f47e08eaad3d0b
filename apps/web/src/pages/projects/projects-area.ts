export { ImpactPage } from './ImpactPage';
export { ProjectPage } from './ProjectPage';
export { ProjectsPage } from './ProjectsPage';
