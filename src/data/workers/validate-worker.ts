// Module worker: validates published files off the main thread (a 350k-row file takes about a second), so the
// dashboard never freezes while the catalog checks its data. One job per message; answers { id, summary } or
// { id, error }. Started by src/data/published-validation.ts.
import { runValidateJob, type ValidateJob, type ValidateSummary } from './validate-job.ts';

export type WorkerRequest = { id: number; job: ValidateJob };
export type WorkerResponse = { id: number; summary: ValidateSummary } | { id: number; error: string };

const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (e: MessageEvent<WorkerRequest>) => void): void;
  postMessage(message: WorkerResponse): void;
};

scope.addEventListener('message', (e) => {
  const { id, job } = e.data;
  runValidateJob(job).then(
    (summary) => scope.postMessage({ id, summary }),
    (err: unknown) => scope.postMessage({ id, error: err instanceof Error ? err.message : String(err) }),
  );
});
