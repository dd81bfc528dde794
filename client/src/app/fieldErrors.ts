import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { Lang } from './i18n';
import type { Messages } from './messages/th';

// Issue 14, item 7: a refusal names its field as the clerk knows it ("ผู้ถูกกล่าวหาคนที่ 1: ชื่อ-สกุล"),
// never as the API does (`accused.0.fullName`, `at`), says its limit, and sits next to that field.

type FieldMessages = Messages['fields'];

const numbered: [RegExp, keyof Pick<FieldMessages, 'accusedN' | 'evidenceN' | 'memberN'>][] = [
  [/^accused\.(\d+)(?:\.(.+))?$/, 'accusedN'],
  [/^evidence\.(\d+)(?:\.(.+))?$/, 'evidenceN'],
  [/^members\.(\d+)(?:\.(.+))?$/, 'memberN'],
];

/**
 * The label of a field the API names by its input path (`receivedAt`, `complainant.address.postcode`,
 * `accused.0.fullName`, `input.at`); `own` overrides the table for one form's own words.
 */
export function fieldLabelOf(path: string, messages: FieldMessages, own: Record<string, string> = {}): string {
  const bare = path.replace(/^input\./, '');
  if (own[bare]) return own[bare];
  for (const [pattern, key] of numbered) {
    const match = pattern.exec(bare);
    if (!match) continue;
    const item = messages[key](Number(match[1]) + 1);
    return match[2] ? `${item} — ${fieldLabelOf(match[2], messages)}` : item;
  }
  const leaf = bare.split('.').at(-1) ?? bare;
  return messages.labels[bare] ?? messages.labels[leaf] ?? messages.unknown;
}

/** class-validator's English problem (the server's `fields[].problems`) as the limit it states. */
export function limitOf(problem: string, messages: FieldMessages): string {
  const number = (pattern: RegExp) => Number(pattern.exec(problem)?.[1]);
  if (/shorter than or equal to/.test(problem)) return messages.maxLength(number(/equal to (\d+)/));
  if (/longer than or equal to/.test(problem)) return messages.minLength(number(/equal to (\d+)/));
  if (/must not be greater than/.test(problem)) return messages.max(number(/than (-?\d+)/));
  if (/must not be less than/.test(problem)) return messages.min(number(/than (-?\d+)/));
  if (/at least (\d+) elements/.test(problem)) return messages.minItems(number(/at least (\d+)/));
  return messages.invalid;
}

/**
 * The fields an API error refuses, by path, each with the sentence to show beside it (the field's
 * label, then the server's words or the limit). Empty when the error names no field.
 */
export function serverFieldErrors(
  error: unknown,
  lang: Lang,
  messages: FieldMessages,
  own: Record<string, string> = {},
): Record<string, string> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const found: Record<string, string> = {};
  for (const { extensions } of error.errors) {
    if (extensions?.code !== 'BAD_USER_INPUT') continue;
    const text = extensions[lang === 'en' ? 'messageEn' : 'messageTh'];
    if (typeof extensions.field === 'string' && typeof text === 'string') {
      const label = fieldLabelOf(extensions.field, messages, own);
      const leaf = bareField(extensions.field).split('.').at(-1)!;
      // Some English messages open with the internal name ("at may not lie in the future"): the label instead.
      const said = text.startsWith(`${leaf} `) ? `${label}${text.slice(leaf.length)}` : text;
      // The server's Thai often names the field itself ("วันเวลาที่ดำเนินการต้องไม่อยู่ในอนาคต"): not twice.
      found[bareField(extensions.field)] = said.includes(label) ? said : messages.problem(label, said);
    }
    const listed = extensions.fields as { field: string; problems: string[]; messageTh?: string }[] | undefined;
    for (const { field, problems, messageTh } of Array.isArray(listed) ? listed : []) {
      const limit = limitOf(problems[0] ?? '', messages);
      // A problem the client cannot state: the server's own Thai for the field, when it gives one.
      found[bareField(field)] =
        limit === messages.invalid && lang === 'th' && typeof messageTh === 'string'
          ? messageTh
          : messages.problem(fieldLabelOf(field, messages, own), limit);
    }
  }
  return found;
}

const bareField = (path: string) => path.replace(/^input\./, '');

/** A form's errors without one field's: the clerk changed it, so what was said of it is stale. */
export function withoutField<E extends Record<string, unknown>>(errors: E, field: string): E {
  if (!Object.keys(errors).some((key) => key === field || key.startsWith(`${field}.`))) return errors;
  return Object.fromEntries(Object.entries(errors).filter(([key]) => key !== field && !key.startsWith(`${field}.`))) as E;
}
