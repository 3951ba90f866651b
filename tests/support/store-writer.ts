// A process that does nothing but save the clinic store, over and over, until it is killed: the atomic-write test
// kills it at random moments. That test bundles it and runs it as: node store-writer.mjs <folder>
import { confStore } from './conf-store';

const folder = process.argv[2];
if (!folder) throw new Error('usage: store-writer <folder>');
const store = confStore(folder);
// Large enough that a write takes a while, so kills land in the middle of one.
const payload = 'x'.repeat(400_000);
// Stops once orphaned (its test process gone), rather than saving for ever on a shared machine.
const parent = process.ppid;
for (let n = 1; process.ppid === parent; n += 1) {
  store.write({ n, payload, check: payload.length + n });
  // Each finished save is announced, so the test can kill after a known number of them whatever the machine's speed.
  process.stdout.write(`${n}\n`);
}
