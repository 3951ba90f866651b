/**
 * The name under which the preload exposes the bridge in the page. Kept apart from the contract, which builds every
 * call's schemas when it loads: the renderer needs only this name to call, and its first screen no schema.
 */
export const BRIDGE_GLOBAL = 'gtc';
