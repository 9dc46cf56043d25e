// The demo site's content collections: Trackbook's own, as any organisation's handbook declares them.
export { collections } from 'trackbook/content';
