// A call to Azure OpenAI that takes too long is given up, whatever the client library does meanwhile:
// both the answerer and the profile reader fall back to their rule-based result then.
export class LlmTimeoutError extends Error {
  constructor(ms: number) {
    super(`no answer from Azure OpenAI within ${ms} ms`);
    this.name = 'LlmTimeoutError';
  }
}

/** Runs `work` with an AbortSignal that fires after `ms`; rejects with LlmTimeoutError then, whatever `work` does. */
export async function withTimeout<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new LlmTimeoutError(ms));
    }, ms);
  });
  try {
    return await Promise.race([work(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
