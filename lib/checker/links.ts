/**
 * The checker's links, for the layers above: the content script asks the live link check about
 * exactly the addresses the link rules see, and lib/links probes only the public ones.
 */
export { findLinks, type FoundLink } from './rules/links/find';
export { internalKindOf } from './rules/links/host';
export { LinkStatus } from './rules/links/status';
