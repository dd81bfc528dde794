import { useI18n } from '../../../app/i18n';
import type { DeadlineTone } from '../../../app/deadline';
import './BoardFilters.css';

export type BoardFilterValues = { channel: string; unit: string; deadline: DeadlineTone | 'none' | ''; search: string };
export const noFilters: BoardFilterValues = { channel: '', unit: '', deadline: '', search: '' };

type Option = { code: string; nameTh: string; nameEn: string };

type BoardFiltersProps = {
  value: BoardFilterValues;
  onChange: (value: BoardFilterValues) => void;
  channels: readonly Option[];
  divisions: readonly Option[];
};

export function BoardFilters({ value, onChange, channels, divisions }: BoardFiltersProps) {
  const { t, name } = useI18n();
  const f = t.board.filters;
  const set = <K extends keyof BoardFilterValues>(key: K, v: BoardFilterValues[K]) => onChange({ ...value, [key]: v });
  return (
    <div className="board-filters" role="search" aria-label={f.label}>
      <label>
        <span>{f.search}</span>
        <input
          type="search"
          name="search"
          value={value.search}
          placeholder={f.searchPlaceholder}
          onChange={(e) => set('search', e.target.value)}
        />
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
        <span>{f.deadline}</span>
        <select name="deadline" value={value.deadline} onChange={(e) => set('deadline', e.target.value as BoardFilterValues['deadline'])}>
          <option value="">{f.all}</option>
          <option value="overdue">{t.deadline.tone.overdue}</option>
          <option value="soon">{t.deadline.tone.soon}</option>
          <option value="ok">{t.deadline.tone.ok}</option>
          <option value="none">{f.noDeadline}</option>
        </select>
      </label>
      {(value.channel || value.unit || value.deadline || value.search) && (
        <button type="button" className="button button--small" onClick={() => onChange(noFilters)}>
          {f.clear}
        </button>
      )}
    </div>
  );
}
