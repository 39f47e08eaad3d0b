export { ListingEditorPage } from './ListingEditorPage';
export { MyListingsPage } from './MyListingsPage';
export { OpportunitiesPage } from './OpportunitiesPage';
