// Loaded into every Node process of a benchmarked command (NODE_OPTIONS=--import): at exit, each adds its peak
// resident memory in kB as a line of the file GTC_BENCH_PEAK_FILE names, so the bench can add up the command's.
import { appendFileSync } from 'node:fs';

process.on('exit', () => appendFileSync(process.env.GTC_BENCH_PEAK_FILE, `${process.resourceUsage().maxRSS}\n`));
