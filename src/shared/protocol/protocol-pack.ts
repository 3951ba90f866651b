import { z } from 'zod';
import { ProtocolSchema } from './protocol';
import { upgradeProtocolFile } from './protocol-file-upgrades';

/** A file of protocols moved between clinics or machines. Its format version is independent of the store's. */
export const PACK_KIND = 'gene-therapy-companion.protocol-pack';
/** Format 2: every timing says which kind it is (an older pack is upgraded as it is read). */
export const PACK_FORMAT = 2;

export const ProtocolPackSchema = z
  .object({
    kind: z.literal(PACK_KIND),
    formatVersion: z.literal(PACK_FORMAT),
    exportedAt: z.iso.datetime(),
    protocols: z
      .array(ProtocolSchema)
      .min(1, 'the pack holds no protocol')
      .max(200)
      .superRefine((protocols, ctx) => {
        const seen = new Set<string>();
        protocols.forEach((protocol, i) => {
          if (seen.has(protocol.id))
            ctx.addIssue({
              code: 'custom',
              path: [i, 'id'],
              message: `protocol id "${protocol.id}" is in the pack twice`,
            });
          seen.add(protocol.id);
        });
      }),
  })
  .strict();
export type ProtocolPack = z.infer<typeof ProtocolPackSchema>;

/** A pack file as read: one of an older format is upgraded first, then checked like any other. */
export const PackFileSchema = z.preprocess(
  (file) => upgradeProtocolFile(file, PACK_FORMAT),
  ProtocolPackSchema,
);

/** Larger files are refused before they are parsed: a real pack of 200 protocols is far smaller. */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;
