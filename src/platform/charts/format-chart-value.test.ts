import { describe, expect, it } from 'vitest';
import { formatChartValue } from './format-chart-value.js';

describe('formatChartValue', () => {
  it('writes shares as Swedish percent with a no-break space and a decimal comma', () => {
    expect(formatChartValue(0.72, 'percent', 'sv')).toBe('72\u00a0%');
    expect(formatChartValue(0.655, 'percent', 'sv')).toBe('65,5\u00a0%');
  });

  it('writes shares as English percent', () => {
    expect(formatChartValue(0.72, 'percent', 'en')).toBe('72%');
    expect(formatChartValue(0.655, 'percent', 'en')).toBe('65.5%');
  });

  it('groups the digits of counts', () => {
    expect(formatChartValue(1234, 'count', 'sv')).toBe('1\u00a0234');
    expect(formatChartValue(1234, 'count', 'en')).toBe('1,234');
  });
});
