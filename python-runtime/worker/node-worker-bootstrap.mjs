// Plain JavaScript on purpose: a worker thread does not inherit tsx from the parent (neither
// under the tsx command line nor under vitest), and `--import tsx` in execArgv registers its
// hooks too late for the entry module on Node 20. So the thread registers tsx itself, then
// imports the TypeScript entry given in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
