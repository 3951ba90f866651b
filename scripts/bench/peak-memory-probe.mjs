// Loaded into every Node process of a benchmarked command (NODE_OPTIONS=--import): at exit, each adds a line to
// the file GTC_BENCH_PEAK_FILE names, its peak resident memory in kB and the processor time it used in µs (user
// and system), so the bench can add up the command's.
import { appendFileSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  appendFileSync(
    process.env.GTC_BENCH_PEAK_FILE,
    `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`,
  );
});
