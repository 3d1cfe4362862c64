// The page's side of the upload worker: one session per file, promise-based, with progress and batch callbacks.
// `cancel()` terminates the worker at once (also mid-parse or mid-validation); pending promises then reject with
// UploadCancelled.
import type { DatasetId } from '../contract.ts';
import type { FreeType } from './infer-types.ts';
import type {
  ContractSummary,
  FreeSummary,
  FromWorker,
  Inspection,
  OfficialReferences,
  Phase,
  ToWorker,
} from './upload-protocol.ts';

export class UploadCancelled extends Error {
  constructor() {
    super('Unggahan dibatalkan');
    this.name = 'UploadCancelled';
  }
}

export interface SessionCallbacks {
  onProgress?: (phase: Phase, done: number, total: number) => void;
  /** Arrow IPC batches in order; the promise returned is awaited before the next one is handed over. */
  onBatch?: (ipc: Uint8Array, rows: number) => Promise<void>;
}

type Pending = {
  resolve: (msg: FromWorker) => void;
  reject: (err: Error) => void;
  until: FromWorker['type'];
};

export class UploadSession {
  private worker: Worker;
  private pending: Pending | null = null;
  private callbacks: SessionCallbacks = {};
  private batches: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(readonly file: File) {
    this.worker = new Worker(new URL('./upload.worker.ts', import.meta.url), { type: 'module', name: 'upload' });
    this.worker.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data);
    this.worker.onerror = (e) => this.fail(new Error(e.message || 'Pekerja unggahan gagal'));
  }

  private receive(msg: FromWorker) {
    if (msg.type === 'progress') {
      this.callbacks.onProgress?.(msg.phase, msg.done, msg.total);
      return;
    }
    if (msg.type === 'batch') {
      const onBatch = this.callbacks.onBatch;
      const ack = () => {
        if (!this.closed) this.worker.postMessage({ type: 'ack' } satisfies ToWorker);
      };
      // A failed insert fails the request now: the worker may be waiting for this ack and never finish.
      this.batches = this.batches
        .then(() => (onBatch ? onBatch(msg.ipc, msg.rows) : undefined))
        .then(ack, (err: unknown) => {
          this.fail(err instanceof Error ? err : new Error(String(err)));
          throw err;
        });
      this.batches.catch(() => undefined); // handled by fail() above and by the request's own then()
      return;
    }
    if (msg.type === 'error') {
      this.fail(new Error(msg.message));
      return;
    }
    const p = this.pending;
    if (p && p.until === msg.type) {
      this.pending = null;
      // Every batch is inserted before the summary is handed on.
      this.batches.then(
        () => p.resolve(msg),
        (err: unknown) => p.reject(err instanceof Error ? err : new Error(String(err))),
      );
    }
  }

  private fail(err: Error) {
    const p = this.pending;
    this.pending = null;
    p?.reject(err);
  }

  private request(msg: ToWorker, until: FromWorker['type'], callbacks: SessionCallbacks = {}): Promise<FromWorker> {
    if (this.closed) return Promise.reject(new UploadCancelled());
    this.callbacks = callbacks;
    this.batches = Promise.resolve();
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject, until };
      this.worker.postMessage(msg);
    });
  }

  async inspect(callbacks?: SessionCallbacks): Promise<Inspection> {
    const msg = await this.request({ type: 'inspect', file: this.file }, 'inspected', callbacks);
    return (msg as Extract<FromWorker, { type: 'inspected' }>).inspection;
  }

  async validate(
    dataset: DatasetId,
    references: OfficialReferences,
    callbacks: SessionCallbacks,
  ): Promise<ContractSummary> {
    const msg = await this.request({ type: 'validate', dataset, references }, 'validated', callbacks);
    return (msg as Extract<FromWorker, { type: 'validated' }>).summary;
  }

  async loadFree(types: FreeType[], callbacks: SessionCallbacks): Promise<FreeSummary> {
    const msg = await this.request({ type: 'load-free', types }, 'loaded', callbacks);
    return (msg as Extract<FromWorker, { type: 'loaded' }>).summary;
  }

  /** Stops the worker now; a pending request rejects with UploadCancelled. */
  cancel(): void {
    if (this.closed) return;
    this.worker.terminate();
    this.closed = true;
    this.fail(new UploadCancelled());
  }

  /** Frees the worker after a finished session. */
  close(): void {
    if (this.closed) return;
    this.worker.terminate();
    this.closed = true;
  }
}
