/** Builds CSV text for import tests; cells with commas, quotes or line breaks are quoted. */
export function csvOf(rows: Record<string, string | number>[], columns = Object.keys(rows[0])): string {
  const cell = (value: string | number | undefined) => {
    const text = value === undefined ? '' : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return (
    [columns.join(','), ...rows.map((row) => columns.map((column) => cell(row[column])).join(','))].join(
      '\n',
    ) + '\n'
  );
}

export function goodRow(
  n: number,
  overrides: Record<string, string | number> = {},
): Record<string, string | number> {
  return {
    title: `Imported bag filter ${n}`,
    summary: 'Pulse-jet bag filter for brick kilns.',
    description: 'Skid-mounted; aramid bags; delivered in two containers.',
    category: 'end-of-pipe.fabric-filter',
    pollutants: 'pm2.5; pm10',
    removal_efficiency: 'pm2.5=99; pm10=99.5',
    sectors: 'industry.brick-kilns',
    trl: 8,
    capital_cost_min_usd: 60000,
    capital_cost_max_usd: 180000,
    deployment_countries: 'cn',
    reference_projects:
      'Tunnel kiln, Handan | CN | 2021 | Particulate 15 mg/Nm³\nZig-zag kiln, Bhaktapur | NP | 2024 | PM 42 mg/Nm³',
    supply_countries: 'NP; IN; BD',
    deal_types: 'sale; pilot',
    title_zh: `砖窑袋式除尘器 ${n}`,
    summary_zh: '撬装式布袋除尘器。',
    ...overrides,
  };
}
