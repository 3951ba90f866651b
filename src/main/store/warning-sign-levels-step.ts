import { upgradeWarningSigns } from '../../shared/protocol/warning-sign-levels-upgrade';
import type { UpgradeStep } from './versioned-document';

type Json = Record<string, unknown>;
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

/**
 * The clinic format that gave warning signs three levels and the shipped list: every protocol, and every saved
 * version of one (the editor compares them), gets its signs in the new shape.
 */
export const warningSignLevelsStep: UpgradeStep = (previous) => {
  const history = (previous.history ?? {}) as Record<string, unknown>;
  return {
    ...previous,
    protocols: list(previous.protocols).map(upgradeWarningSigns),
    history: Object.fromEntries(Object.entries(history).map(([id, versions]) => [id, list(versions).map((version) => ({ ...version, protocol: upgradeWarningSigns(version.protocol) }))])),
  };
};
