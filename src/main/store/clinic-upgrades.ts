import { protocolToFormat2 } from '@shared/protocol/protocol-file-upgrades';
import { DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { NO_PIN } from '../clinician/pin-lock';
import { clinicWithProtocols } from './clinic-protocols-upgrade';
import type { UpgradeStep } from './versioned-document';

type Json = Record<string, unknown>;
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

const STAGE_OF_TOPIC: Readonly<Record<string, string>> = {
  deciding: 'deciding',
  risks: 'deciding',
  cost: 'deciding',
  logistics: 'preparing',
  'after-treatment': 'after-treatment',
};

/** Format 2 added test categories, question stages and the after-treatment part; they start empty. */
function protocolV1ToV2(protocol: Json): Json {
  return {
    ...protocol,
    tests: list(protocol.tests).map((test) => ({ category: 'other', ...test })),
    questions: list(protocol.questions).map((question) => ({
      stage: STAGE_OF_TOPIC[String(question.topic)] ?? 'deciding',
      ...question,
    })),
    afterTreatment: { warningSigns: [], contacts: [], lifestyle: [], followUp: [] },
  };
}

/**
 * Upgrade steps of the clinic file, one per released format: `[n]` turns format n into n + 1. Each has a
 * test starting from a fixture written by the release that used format n (tests/fixtures/clinic-store).
 */
export const CLINIC_UPGRADES: Readonly<Record<number, UpgradeStep>> = {
  // Format 1 copied the shipped examples into the file and had no editor, so those copies are dropped: the
  // examples shipped with the app now stay in resources/ and newer versions of them replace the old ones.
  1: (v1) => ({
    settings: { ...DEFAULT_CLINIC_SETTINGS, ...(v1.settings as Json | undefined) },
    clinician: NO_PIN,
    protocols: list(v1.protocols)
      .filter((protocol) => protocol.isExample !== true)
      .map(protocolV1ToV2),
    order: [],
    retired: [],
    history: {},
  }),
  // Format 3 added the kiosk's printer; until staff choose one, the system's default printer is used.
  2: (v2) => ({ ...v2, settings: { ...(v2.settings as Json), printer: '' } }),
  // Format 4 added how long a kiosk waits without a touch before warning; it starts at the default.
  3: (v3) => ({
    ...v3,
    settings: {
      ...(v3.settings as Json),
      kioskIdleMinutes: DEFAULT_CLINIC_SETTINGS.kioskIdleMinutes,
    },
  }),
  // Format 5 records when the computer's role was lost with a set-aside file; a file that opened was never that.
  4: (v4) => ({ ...v4, attention: null }),
  // Format 6: every timing says whether it is one day, a deadline or a span; warning signs have three levels and
  // can name a sign from the shipped list (readings that were unclear are marked for staff); every source says
  // whether it is primary (older ones are secondary, not yet reviewed); and the clinic can set its own crisis
  // line (until staff enter one, patients are shown the US 988 line).
  5: (v5) => {
    const v6 = clinicWithProtocols(protocolToFormat2)(v5);
    return {
      ...v6,
      settings: { ...(v6.settings as Json), crisisLine: DEFAULT_CLINIC_SETTINGS.crisisLine },
    };
  },
};
