import type { Finding, Report } from '@xxgk/model';
import { useEffect, useState } from 'react';
import { checkReport } from '../api/reports.js';

/** Milliseconds of quiet typing before the report is checked again. */
export const CHECK_DELAY_MS = 500;

/**
 * Re-checks the report being edited on the server (POST /api/check, with the report's id so
 * the text and last-year rules run as they do on save) once typing pauses,
 * cancelling a check that a newer edit has made stale.
 */
export function useLiveCheck(report: Report | null, enabled: boolean, reportId?: number) {
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!enabled || !report) {
      setFindings(null);
      setError(null);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    const timer = window.setTimeout(() => {
      checkReport(report, reportId, controller.signal).then(
        (r) => {
          setFindings(r.findings);
          setError(null);
          setLoading(false);
        },
        (e: unknown) => {
          if (controller.signal.aborted) return;
          setError(e instanceof Error ? e.message : '核查失败');
          setLoading(false);
        },
      );
    }, CHECK_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [report, enabled, reportId]);

  return { findings, loading, error };
}
