export { MyNeedsPage } from './MyNeedsPage';
export { NeedDetailPage } from './NeedDetailPage';
export { NeedEditorPage } from './NeedEditorPage';
export { SavedSearchesPage } from './SavedSearchesPage';
