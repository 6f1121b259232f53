// One control's save: the error stays next to the control that caused it (the page's status
// line says "Saved." for the good case).
import { useCallback, useState } from 'react';
import type { DeepPartial, Settings } from '@/lib/settings';
import { useSettings } from '../SettingsContext';

export function useFieldSave() {
  const { save } = useSettings();
  const [error, setError] = useState<string | null>(null);
  const saveField = useCallback(
    async (patch: DeepPartial<Settings>) => {
      const result = await save(patch);
      setError(result.ok ? null : result.message);
      return result.ok;
    },
    [save],
  );
  return { saveField, error };
}
