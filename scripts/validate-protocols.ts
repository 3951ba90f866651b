import path from 'node:path';
import { loadProtocolFolder } from '../src/main/protocol/example-protocols';

/** Validates every protocol file in a folder (default: the shipped examples) and lists each problem. */
const folder = path.resolve(process.argv[2] ?? 'resources/protocols');
try {
  for (const protocol of loadProtocolFolder(folder)) console.log(`valid: ${protocol.id}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
