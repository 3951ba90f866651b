import { withSourceKinds } from '../../shared/schemas/legacy-sources';
import type { UpgradeStep } from './versioned-document';

/**
 * Format 6 gave every source a kind; older citations become secondary, not yet reviewed. The clinic's protocols
 * and every saved version of them are upgraded; a saved version keeps its content hash, which names the version
 * as it was saved (and printed on handouts).
 */
export const sourcesV5ToV6: UpgradeStep = (v5) => ({ ...v5, protocols: withSourceKinds(v5.protocols), history: withSourceKinds(v5.history) });
