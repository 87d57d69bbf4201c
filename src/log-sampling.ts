// Warnings about what clients get wrong (4xx, forged tokens, limits reached, a full Direct Line) come in
// floods when someone scans or scripts the bot. Per kind, the first in an interval is logged at warn —
// with how many like it went to debug since the previous one — and the rest of the interval at debug:
// a flood costs one warn line per kind per interval, and nothing is lost at debug level.
import type { Logger } from './log';

type Fields = Record<string, unknown>;

export type SampledWarn = (kind: string, msg: string, fields?: Fields) => void;

export interface WarnSamplingOptions {
  /** How long after a warn others of its kind go to debug (default 10 s). */
  intervalMs?: number;
  now?: () => number;
  /** Most kinds remembered; past it they are forgotten all at once (kinds may carry a reason text). */
  maxKinds?: number;
}

export function sampledWarnings(log: Logger, options: WarnSamplingOptions = {}): SampledWarn {
  const intervalMs = options.intervalMs ?? 10_000;
  const now = options.now ?? Date.now;
  const maxKinds = options.maxKinds ?? 200;
  const kinds = new Map<string, { until: number; suppressed: number }>();
  return (kind, msg, fields = {}) => {
    const at = now();
    const seen = kinds.get(kind);
    if (seen && at < seen.until) {
      seen.suppressed++;
      log.debug(msg, fields);
      return;
    }
    if (!seen && kinds.size >= maxKinds) kinds.clear();
    kinds.set(kind, { until: at + intervalMs, suppressed: 0 });
    log.warn(msg, seen && seen.suppressed > 0 ? { ...fields, suppressed: seen.suppressed } : fields);
  };
}

const perLogger = new WeakMap<Logger, SampledWarn>();

/** The sampler of `log` (one per logger object, so every module writing to it shares the intervals). */
export function warnSampled(log: Logger, kind: string, msg: string, fields?: Fields): void {
  let sampler = perLogger.get(log);
  if (!sampler) {
    sampler = sampledWarnings(log);
    perLogger.set(log, sampler);
  }
  sampler(kind, msg, fields);
}
