// Colours for the charts: each at least 3:1 against white (WCAG 1.4.11) and told apart by more
// than hue where it matters (the line styles, the legend and the table beside every chart).

export const chartColors = {
  primary: '#1d4e89',
  secondary: '#146c43',
  accent: '#8a4b08',
  purple: '#6b3fa0',
  grey: '#5b6472',
  goal: '#b42318',
  grid: '#d8dde3',
  text: '#4a5462',
} as const;

/** Koladas exit categories A–E. */
export const categoryColors = {
  A: chartColors.primary,
  B: chartColors.secondary,
  C: chartColors.accent,
  D: chartColors.purple,
  E: chartColors.grey,
} as const;

/** One colour per survival cohort, oldest first. */
export const cohortColors = [chartColors.grey, chartColors.accent, chartColors.primary] as const;

export const axisTick = { fill: chartColors.text, fontSize: 13 } as const;

export const chartHeight = 260;
