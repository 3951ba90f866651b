import { z } from 'zod';
import { HandoutInputSchema, MAX_HANDOUT_INPUT_BYTES } from '@shared/handout/handout-input';
import { ProtocolSchema } from '@shared/protocol/protocol';
import { IdSchema } from '@shared/schemas/id';

/** The parts of a JSON Schema that say where a value is and how large it may be. */
interface JsonSchema {
  type?: string;
  pattern?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  maxProperties?: number;
  minimum?: number;
  maximum?: number;
}

export interface InputLimit {
  field: string;
  limit: string;
}

const count = (n: number) => n.toLocaleString('en-US');
const range = (min: number | undefined, max: number, unit: string) =>
  min !== undefined && min > 0
    ? `${count(min)} to ${count(max)}${unit}`
    : `at most ${count(max)}${unit}`;
const ID_PATTERN = (z.toJSONSchema(IdSchema) as JsonSchema).pattern;

/** Every limit under one JSON Schema node, by the field's place in the file (`<id>` stands for any id, `[]` for each entry). */
function limitsIn(node: JsonSchema, field: string): InputLimit[] {
  const own: InputLimit[] = [];
  // Ids have one rule, said once (ID_LIMIT) rather than at every id.
  if (node.maxLength !== undefined && node.pattern !== ID_PATTERN)
    own.push({ field, limit: range(node.minLength, node.maxLength, ' characters') });
  if (node.maxItems !== undefined)
    own.push({ field, limit: range(node.minItems, node.maxItems, ' entries') });
  if (node.maxProperties !== undefined)
    own.push({ field, limit: `at most ${count(node.maxProperties)} entries` });
  // A whole number with no upper bound of its own (a version) has no limit worth telling.
  if (node.maximum !== undefined && node.maximum < Number.MAX_SAFE_INTEGER)
    own.push({ field, limit: `${count(node.minimum ?? 0)} to ${count(node.maximum)}` });
  const children = [
    ...Object.entries(node.properties ?? {}).flatMap(([key, child]) =>
      limitsIn(child, field ? `${field}.${key}` : key),
    ),
    ...(node.items ? limitsIn(node.items, `${field}[]`) : []),
    // A map's keys are ids (key dates, tests) or, in a clinic's text, languages.
    ...(typeof node.additionalProperties === 'object'
      ? limitsIn(
          node.additionalProperties,
          `${field}.${node.propertyNames?.pattern === ID_PATTERN ? '<id>' : '<language>'}`,
        )
      : []),
    ...[...(node.anyOf ?? []), ...(node.oneOf ?? [])].flatMap((option) => limitsIn(option, field)),
  ];
  return [...own, ...children];
}

const jsonSchemaOf = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;

/**
 * Every limit a handout input is checked against, read from the schemas themselves, so what staff are told (in
 * docs/handout-input.md and by `--limits`) cannot drift from what is checked. The protocol is chosen by shape
 * (src/shared/handout/handout-input.ts), so a protocol written out in full is read from its own schema.
 */
export function inputLimits(): InputLimit[] {
  const id = jsonSchemaOf(IdSchema);
  // The id schema has a maximum; without one this line would tell staff nothing true.
  if (id.maxLength === undefined) throw new Error('IdSchema has no maximum length');
  const all = [
    {
      field: '(the whole file)',
      limit: `at most ${MAX_HANDOUT_INPUT_BYTES / 1024 / 1024} MB (${count(MAX_HANDOUT_INPUT_BYTES)} bytes)`,
    },
    {
      field: '(every id)',
      limit: `at most ${id.maxLength} characters: lowercase letters, digits and dashes`,
    },
    ...limitsIn(jsonSchemaOf(HandoutInputSchema), ''),
    ...limitsIn(jsonSchemaOf(ProtocolSchema), 'protocol'),
  ];
  // The kinds of a source share their citation: one row each.
  return all.filter(
    (row, index) =>
      all.findIndex((other) => other.field === row.field && other.limit === row.limit) === index,
  );
}

/** The limits as the Markdown table the input format's documentation holds. */
export function inputLimitsTable(): string {
  return [
    '| field | limit |',
    '| --- | --- |',
    ...inputLimits().map(
      ({ field, limit }) => `| ${field.startsWith('(') ? field : `\`${field}\``} | ${limit} |`,
    ),
  ].join('\n');
}
