import { type ReactNode, useId } from 'react';
import { useStatisticsT } from '../i18n/index.ts';

interface ChartFigureProps {
  title: string;
  /** A sentence under the heading: what is counted. */
  note?: ReactNode;
  /** The chart's accessible name: what kind of chart, of what (the figures are in the table). */
  chartLabel: string;
  /** The recharts chart; null when there is nothing to draw (`empty` says why). */
  chart: ReactNode | null;
  empty?: string;
  /** The same figures as a table (with its own caption). */
  table: ReactNode;
  tableLabel: string;
  /** Heading level inside the page's sections. */
  level?: 3 | 4;
}

/**
 * A chart with its data table beside it (below it on a narrow screen). The chart is one image with
 * a name for assistive technology; the table carries the figures, and scrolls sideways inside its
 * own focusable region when the screen is narrow.
 */
export function ChartFigure({
  title,
  note,
  chartLabel,
  chart,
  empty,
  table,
  tableLabel,
  level = 3,
}: ChartFigureProps) {
  const { t } = useStatisticsT();
  const id = useId();
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <section className="stat-block" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} className="stat-block__title">
        {title}
      </Heading>
      {note ? <p className="muted stat-block__note">{note}</p> : null}
      <div className="stat-block__body">
        {chart ? (
          <figure className="stat-chart">
            <div className="stat-chart__canvas" role="img" aria-label={chartLabel}>
              {chart}
            </div>
            <figcaption className="stat-chart__caption">{t('common.chartNote')}</figcaption>
          </figure>
        ) : (
          <p className="stat-chart stat-chart--empty">{empty ?? t('common.noChart')}</p>
        )}
        <TableRegion label={tableLabel}>{table}</TableRegion>
      </div>
    </section>
  );
}

/** A wide table that scrolls sideways in a named region a keyboard can reach (WCAG 1.4.10, 2.1.1). */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="stat-table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
