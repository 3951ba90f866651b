import { z } from 'zod';
import { withSourceKinds } from '../schemas/legacy-sources';
import { ProtocolSchema } from './protocol';

/** A file of protocols moved between clinics or machines. Its format version is independent of the store's. */
export const PACK_KIND = 'gene-therapy-companion.protocol-pack';

/** A pack written before sources said their kind still opens: its citations are secondary, not yet reviewed. */
export const ProtocolPackSchema = z.preprocess(
  withSourceKinds,
  z
    .object({
      kind: z.literal(PACK_KIND),
      formatVersion: z.literal(1),
      exportedAt: z.iso.datetime(),
      protocols: z
        .array(ProtocolSchema)
        .min(1, 'the pack holds no protocol')
        .max(200)
        .superRefine((protocols, ctx) => {
          const seen = new Set<string>();
          protocols.forEach((protocol, i) => {
            if (seen.has(protocol.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `protocol id "${protocol.id}" is in the pack twice` });
            seen.add(protocol.id);
          });
        }),
    })
    .strict(),
);
export type ProtocolPack = z.infer<typeof ProtocolPackSchema>;

/** Larger files are refused before they are parsed: a real pack of 200 protocols is far smaller. */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;
