import { parseCaseStudy, type CaseStudy } from '../../../src/domain/practice';
import { refuse, type Refused } from './api-response';

/** A whole request body above this is refused before it is read further. */
export const MAX_BODY_CHARACTERS = 100_000;
/** Each long text of a case study (problem, what was done, impact) at most this. */
export const MAX_TEXT_CHARACTERS = 4000;
/** Names, titles, contact details and link titles at most this. */
export const MAX_SHORT_TEXT_CHARACTERS = 255;

const LONG_TEXTS = new Set(['problem', 'whatWasDone', 'impact']);
/** HTML markup of any kind: a case study is plain text, and markup is refused rather than stored. */
const MARKUP = /<\s*\/?\s*[a-z!?]/i;

/** Every string in the body, with its field path (`links[0].url`). */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((entry, index) => strings(entry, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, entry]) => strings(entry, path === '' ? key : `${path}.${key}`));
  }
  return [];
}

/** Limits and plain-text rules the shared library keeps beyond the case study's own validation. */
function contentProblems(body: unknown): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const [path, text] of strings(body)) {
    const limit = LONG_TEXTS.has(path) ? MAX_TEXT_CHARACTERS : MAX_SHORT_TEXT_CHARACTERS * (path.endsWith('.url') ? 8 : 1);
    if (text.length > limit) problems[path] = `${path} is ${text.length} characters long; at most ${limit} are allowed.`;
    else if (MARKUP.test(text)) problems[path] = `${path} contains HTML markup such as "<script>"; case studies are plain text, so remove the tags.`;
    else if (path.endsWith('.url') && !/^https:\/\//i.test(text.trim())) problems[path] = `${path} must be a web address starting https://.`;
  }
  return problems;
}

/** The case study in a request, or the refusal naming each field that is wrong (nothing is stored then). */
export function caseStudyFrom(body: unknown, verb: 'published' | 'saved'): { ok: true; value: CaseStudy } | { ok: false; refused: Refused } {
  const size = JSON.stringify(body ?? null).length;
  if (size > MAX_BODY_CHARACTERS)
    return { ok: false, refused: refuse(413, 'tooLarge', `The case study is ${size} characters long; at most ${MAX_BODY_CHARACTERS} are allowed.`) };
  const problems = contentProblems(body);
  const parsed = parseCaseStudy(body);
  const fields = { ...(parsed.ok ? {} : Object.fromEntries(parsed.errors.map((problem) => [problem.path, problem.message]))), ...problems };
  if (!parsed.ok || Object.keys(problems).length > 0) {
    return { ok: false, refused: refuse(400, 'invalidCaseStudy', `The case study cannot be ${verb}: ${Object.values(fields).join('; ')}`, fields) };
  }
  return { ok: true, value: parsed.value };
}
