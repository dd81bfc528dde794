import { formatInstant } from '../../../app/format';
import { useI18n } from '../../../app/i18n';

/** An instant of the file in office time, or a dash when there is none (yet). */
export function Instant({ value }: { value: string | null | undefined }) {
  const { t, lang } = useI18n();
  return value ? <time dateTime={value}>{formatInstant(value, lang)}</time> : t.file.none;
}
