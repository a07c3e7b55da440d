import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ColumnHeaders, numberColumn } from '../../components/column-headers.tsx';
import { FilterSelect } from '../../components/filter-field.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { BarChart, TrendChart } from './charts.tsx';
import {
  downloadCsv,
  downloadExcel,
  type Figure,
  figureCell,
  formatFigure,
  type KpiUnit,
} from './format-figure.ts';

/** The sections of `/nationellt`: key figures, the trend over the years, and the counties. */

export interface Kpi {
  id: string;
  title: string;
  definition: string;
  unit: KpiUnit;
}

export interface NationalFigure {
  kpiId: string;
  value: Figure;
  q1: Figure;
  q3: Figure;
  /** ".." for one or two förbund, which would name them. */
  contributors: Figure;
}

function ExportButtons({ name, rows }: { name: string; rows: () => (string | number | null)[][] }) {
  const { t } = useTranslation();
  return (
    <div className="national-toolbar">
      <button
        type="button"
        className="button button--secondary"
        onClick={() => downloadCsv(`${name}.csv`, rows())}
      >
        {t('nationalViews.exportCsv')}
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void downloadExcel(`${name}.xlsx`, name, rows())}
      >
        {t('nationalViews.exportExcel')}
      </button>
    </div>
  );
}

export function KeyFigures({
  year,
  kpis,
  figures,
}: {
  year: number;
  kpis: Kpi[];
  figures: NationalFigure[];
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const figureOf = (id: string) => figures.find((f) => f.kpiId === id);
  const rows = () => [
    [
      t('nationalViews.kpi'),
      t('nationalViews.value'),
      t('nationalViews.q1'),
      t('nationalViews.q3'),
      t('nationalViews.forbundBehind'),
    ],
    ...kpis.map((kpi) => {
      const f = figureOf(kpi.id);
      return [
        `${kpi.id} ${kpi.title}`,
        figureCell(f?.value),
        figureCell(f?.q1),
        figureCell(f?.q3),
        figureCell(f?.contributors ?? 0),
      ];
    }),
  ];
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('nationalViews.keyFiguresTitle', { year })}</h2>
      <ScrollRegion label={t('nationalViews.keyFiguresCaption', { year })}>
        <table className="national-table">
          <caption>{t('nationalViews.keyFiguresCaption', { year })}</caption>
          <ColumnHeaders
            columns={[
              t('nationalViews.kpi'),
              numberColumn(t('nationalViews.value')),
              numberColumn(t('nationalViews.q1')),
              numberColumn(t('nationalViews.q3')),
              numberColumn(t('nationalViews.forbundBehind')),
            ]}
          />
          <tbody>
            {kpis.map((kpi) => {
              const f = figureOf(kpi.id);
              return (
                <tr key={kpi.id}>
                  <th scope="row">
                    {kpi.title}
                    <details>
                      <summary>{t('nationalViews.definition', { id: kpi.id })}</summary>
                      <p className="national-definition">{kpi.definition}</p>
                    </details>
                  </th>
                  <td className="num">{formatFigure(f?.value, kpi.unit)}</td>
                  <td className="num">{f?.q1 === null ? '' : formatFigure(f?.q1, kpi.unit)}</td>
                  <td className="num">{f?.q3 === null ? '' : formatFigure(f?.q3, kpi.unit)}</td>
                  <td className="num">{formatFigure(f?.contributors ?? 0, 'count')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <ExportButtons name={`nyckeltal-${year}`} rows={rows} />
    </section>
  );
}

function KpiPicker({
  kpis,
  value,
  onChange,
  label,
}: {
  kpis: Kpi[];
  value: string;
  onChange: (id: string) => void;
  label: string;
}) {
  return (
    <FilterSelect
      label={label}
      value={value}
      onChange={onChange}
      choices={kpis.map((kpi) => ({ value: kpi.id, label: kpi.title }))}
    />
  );
}

export function Trend({
  kpis,
  trend,
}: {
  kpis: Kpi[];
  trend: { year: number; figures: NationalFigure[] }[];
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [kpiId, setKpiId] = useState('SAM002');
  const kpi = kpis.find((k) => k.id === kpiId) ?? kpis[0];
  if (!kpi) return null;
  const points = trend.map((year) => {
    const f = year.figures.find((figure) => figure.kpiId === kpi.id);
    return { label: String(year.year), value: f?.value ?? null, q1: f?.q1 ?? null, q3: f?.q3 ?? null };
  });
  const hasQuartiles = points.some((p) => p.q1 !== null);
  const rows = () => [
    [
      t('nationalViews.yearColumn'),
      kpi.title,
      ...(hasQuartiles ? [t('nationalViews.q1'), t('nationalViews.q3')] : []),
    ],
    ...points.map((p) => [
      p.label,
      figureCell(p.value),
      ...(hasQuartiles ? [figureCell(p.q1), figureCell(p.q3)] : []),
    ]),
  ];
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('nationalViews.trendTitle')}</h2>
      <KpiPicker kpis={kpis} value={kpi.id} onChange={setKpiId} label={t('nationalViews.trendKpi')} />
      <div className="national-chart-pair">
        <TrendChart points={points} unit={kpi.unit} />
        <ScrollRegion label={t('nationalViews.trendCaption', { kpi: kpi.title })}>
          <table className="national-table">
            <caption>{t('nationalViews.trendCaption', { kpi: kpi.title })}</caption>
            <ColumnHeaders
              columns={[
                t('nationalViews.yearColumn'),
                numberColumn(hasQuartiles ? t('nationalViews.median') : t('nationalViews.value')),
                ...(hasQuartiles
                  ? [numberColumn(t('nationalViews.q1')), numberColumn(t('nationalViews.q3'))]
                  : []),
              ]}
            />
            <tbody>
              {points.map((p) => (
                <tr key={p.label}>
                  <th scope="row">{p.label}</th>
                  <td className="num">{formatFigure(p.value, kpi.unit)}</td>
                  {hasQuartiles ? (
                    <>
                      <td className="num">{formatFigure(p.q1, kpi.unit)}</td>
                      <td className="num">{formatFigure(p.q3, kpi.unit)}</td>
                    </>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
      <ExportButtons name={`utveckling-${kpi.id}`} rows={rows} />
    </section>
  );
}

export function Counties({
  year,
  kpis,
  counties,
}: {
  year: number;
  kpis: Kpi[];
  counties: { countyCode: string; countyName: string; forbund: Figure; figures: NationalFigure[] }[];
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const countyKpis = kpis.filter((kpi) => counties[0]?.figures.some((f) => f.kpiId === kpi.id) ?? false);
  const [kpiId, setKpiId] = useState('SAM002');
  const kpi = countyKpis.find((k) => k.id === kpiId) ?? countyKpis[0];
  if (!kpi) return null;
  const bars = counties.map((county) => ({
    label: county.countyName,
    value: county.figures.find((f) => f.kpiId === kpi.id)?.value ?? null,
  }));
  const rows = () => [
    [t('nationalViews.county'), t('nationalViews.forbundInCounty'), kpi.title],
    ...counties.map((county, index) => [
      county.countyName,
      figureCell(county.forbund),
      figureCell(bars[index]?.value),
    ]),
  ];
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('nationalViews.countiesTitle', { year })}</h2>
      <KpiPicker kpis={countyKpis} value={kpi.id} onChange={setKpiId} label={t('nationalViews.countyKpi')} />
      {/* Chart above table, each the full width: beside the chart the table was cut off at 1280 px. */}
      <div className="national-chart-pair national-chart-pair--stacked">
        <BarChart bars={bars} unit={kpi.unit} />
        <ScrollRegion label={t('nationalViews.countiesCaption', { kpi: kpi.title, year })}>
          <table className="national-table">
            <caption>{t('nationalViews.countiesCaption', { kpi: kpi.title, year })}</caption>
            <ColumnHeaders
              columns={[
                t('nationalViews.county'),
                numberColumn(t('nationalViews.forbundInCounty')),
                numberColumn(kpi.title),
              ]}
            />
            <tbody>
              {counties.map((county, index) => (
                <tr key={county.countyCode}>
                  <th scope="row">{county.countyName}</th>
                  <td className="num">{formatFigure(county.forbund, 'count')}</td>
                  <td className="num">{formatFigure(bars[index]?.value, kpi.unit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
      <ExportButtons name={`lan-${kpi.id}-${year}`} rows={rows} />
    </section>
  );
}
