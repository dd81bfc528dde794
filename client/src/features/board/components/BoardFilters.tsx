import { useI18n } from '../../../app/i18n';
import type { ClockTone } from '../../../app/deadline';

export type BoardFilterValues = { channel: string; unit: string; clock: ClockTone | 'none' | ''; search: string };
export const noFilters: BoardFilterValues = { channel: '', unit: '', clock: '', search: '' };

type Option = { code: string; nameTh: string; nameEn: string };

type BoardFiltersProps = {
  value: BoardFilterValues;
  onChange: (value: BoardFilterValues) => void;
  channels: readonly Option[];
  divisions: readonly Option[];
};

export function BoardFilters({ value, onChange, channels, divisions }: BoardFiltersProps) {
  const { t, lang } = useI18n();
  const f = t.board.filters;
  const name = (o: Option) => (lang === 'en' ? o.nameEn : o.nameTh);
  const set = <K extends keyof BoardFilterValues>(key: K, v: BoardFilterValues[K]) => onChange({ ...value, [key]: v });
  return (
    <div className="board-filters" role="search" aria-label={f.label}>
      <label>
        <span>{f.search}</span>
        <input type="search" name="search" value={value.search} placeholder={f.searchPlaceholder} onChange={(e) => set('search', e.target.value)} />
      </label>
      <label>
        <span>{f.channel}</span>
        <select name="channel" value={value.channel} onChange={(e) => set('channel', e.target.value)}>
          <option value="">{f.all}</option>
          {channels.map((c) => (
            <option key={c.code} value={c.code}>
              {name(c)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{f.unit}</span>
        <select name="unit" value={value.unit} onChange={(e) => set('unit', e.target.value)}>
          <option value="">{f.all}</option>
          {divisions.map((d) => (
            <option key={d.code} value={d.code}>
              {name(d)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{f.clock}</span>
        <select name="clock" value={value.clock} onChange={(e) => set('clock', e.target.value as BoardFilterValues['clock'])}>
          <option value="">{f.all}</option>
          <option value="overdue">{t.clock.tone.overdue}</option>
          <option value="soon">{t.clock.tone.soon}</option>
          <option value="ok">{t.clock.tone.ok}</option>
          <option value="none">{f.noClock}</option>
        </select>
      </label>
      {(value.channel || value.unit || value.clock || value.search) && (
        <button type="button" className="button button--small" onClick={() => onChange(noFilters)}>
          {f.clear}
        </button>
      )}
    </div>
  );
}
