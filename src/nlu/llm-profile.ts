// With Azure OpenAI configured, free text is also read by the model, through langchain's
// withStructuredOutput with a zod schema of the Profile in which every value comes with the words it
// was read from. The message is redacted first (src/privacy). The rule-based reading wins wherever
// it found a value; the model only fills fields the rules left unknown; a field whose words are not
// in the message is dropped, and so is a value outside the vocabulary (counties, trades, interests).
// A timeout, an HTTP error or a reply that breaks the schema leaves the rule-based reading as it is.
import { AzureChatOpenAI } from '@langchain/openai';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { z } from 'zod';
import { ProfileSchema, type Profile, type ProfileField } from '../catalogue/schema';
import { COUNTIES } from '../catalogue/places';
import { redact } from '../privacy/redact';
import type { Logger } from '../log';
import type { Understanding } from './understand';
import { LlmTimeoutError, withTimeout } from '../llm-timeout';
import { fold } from '../normalise';

export interface LlmProfileOptions {
  endpoint: string;
  apiKey: string;
  apiVersion: string;
  /** The chat deployment name. */
  chatDeployment: string;
  timeoutMs: number;
  /** Canonical trade names and the interest vocabulary the model may choose from. */
  trades: readonly string[];
  interests: readonly string[];
  log?: Pick<Logger, 'warn'>;
  model?: string;
}

export type LlmProfileReader = (text: string, ruleBased: Understanding) => Promise<Understanding>;

const Phrase = z.string().min(1).max(300).describe('the exact words of the message the value is read from');

function evidence<T extends z.ZodType>(value: T, description: string) {
  return z.object({ value, phrase: Phrase }).describe(description).optional();
}

/** The schema the model fills: each Profile field as {value, phrase}. */
export function llmProfileSchema(trades: readonly string[], interests: readonly string[]) {
  const enumOf = (values: readonly string[]) => z.enum(values as [string, ...string[]]);
  return z
    .object({
      age: evidence(z.number().int().min(10).max(110), 'age in whole years, only when stated'),
      county: evidence(z.enum(COUNTIES), 'county where the person lives or works (not where a course, relative or holiday is)'),
      completedPrimarySchool: evidence(z.boolean(), 'finished grunnskole in Norway or stated equivalent'),
      completedUpperSecondary: evidence(z.boolean(), 'finished videregående'),
      hasTradeCertificate: evidence(z.boolean(), 'holds a fag- or svennebrev'),
      certificateTrade: evidence(enumOf(trades), 'the trade of the certificate held'),
      employed: evidence(z.boolean(), 'has paid work now; unknown when permittert or sykmeldt'),
      employmentPercent: evidence(z.number().min(0).max(100), 'current stilling in percent'),
      practiceYears: evidence(z.number().min(0).max(60), 'years of relevant work practice, full-time equivalent'),
      practicePercent: evidence(z.number().min(0).max(100), 'the stilling the practice was done in, when tied to it'),
      practiceAbroad: evidence(z.boolean(), 'some of the practice told was done outside Norway'),
      trade: evidence(enumOf(trades), 'the trade the person wants a certificate in, or the trade of their current work when no other goal'),
      navJobSeeker: evidence(z.boolean(), 'registered with NAV as job seeker, gets dagpenger or is on a NAV tiltak'),
      interests: evidence(z.array(enumOf(interests)).min(1), 'fields the person says they want to move to or work in'),
    })
    .strict();
}

const SYSTEM = [
  'You read a message a person in Norway wrote about their own situation to a career-guidance service.',
  'Fill only the fields the message states; leave out anything it does not say. Never guess.',
  'For every field, give the value and the exact words of the message it comes from.',
  'Places count only where the person lives or works. Personal data has been replaced by markers in brackets.',
].join(' ');

function folded(text: string): string {
  return fold(text.normalize('NFC'));
}

/** The model's fields that have words in the message, added where the rules found nothing. */
export function mergeModelFields(ruleBased: Understanding, redactedText: string, reply: unknown, schema: z.ZodType): Understanding {
  const parsed = schema.safeParse(reply);
  if (!parsed.success) return ruleBased;
  const message = folded(redactedText);
  const profile: Profile = { ...ruleBased.profile };
  const understood = [...ruleBased.understood];
  for (const [field, item] of Object.entries(parsed.data as Record<string, { value: unknown; phrase: string } | undefined>)) {
    if (!item || profile[field as ProfileField] !== undefined) continue;
    const phrase = folded(item.phrase);
    if (!phrase || !message.includes(phrase)) continue;
    const one = ProfileSchema.safeParse({ [field]: item.value });
    if (!one.success) continue;
    Object.assign(profile, one.data);
    understood.push({ field: field as ProfileField, phrase: item.phrase });
  }
  return { ...ruleBased, profile, understood };
}

export function createLlmProfileReader(options: LlmProfileOptions): LlmProfileReader {
  const schema = llmProfileSchema(options.trades, options.interests);
  const model = new AzureChatOpenAI({
    azureOpenAIApiKey: options.apiKey,
    azureOpenAIBasePath: `${options.endpoint.replace(/\/+$/, '')}/openai/deployments`,
    azureOpenAIApiDeploymentName: options.chatDeployment,
    azureOpenAIApiVersion: options.apiVersion,
    model: options.model ?? options.chatDeployment,
    temperature: 0,
    maxRetries: 0,
    timeout: options.timeoutMs,
  });
  const structured = model.withStructuredOutput(schema, { name: 'profile', method: 'functionCalling' });

  return async (text, ruleBased) => {
    const safe = redact(text);
    try {
      const reply = await withTimeout(options.timeoutMs, (signal) =>
        structured.invoke([new SystemMessage(SYSTEM), new HumanMessage(safe)], { signal }),
      );
      return mergeModelFields(ruleBased, safe, reply, schema);
    } catch (err) {
      options.log?.warn('llm-profile: using the rule-based reading only', {
        reason: err instanceof LlmTimeoutError ? 'timeout' : err instanceof Error ? err.name : 'error',
      });
      return ruleBased;
    }
  };
}
