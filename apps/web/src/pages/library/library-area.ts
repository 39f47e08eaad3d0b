export { LibraryPage } from './LibraryPage';
export { ResourcePage } from './ResourcePage';
export { LibraryDeskPage } from './LibraryDeskPage';
export { ResourceEditorPage } from './ResourceEditorPage';
