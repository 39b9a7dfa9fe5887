// The sidebar's contract is owned by the layer that drives it (lib/platforms, below components);
// the sidebar's files keep importing it from here.
export type * from '../../lib/platforms/sidebar/contract';
