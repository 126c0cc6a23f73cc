import { describe, expect, it } from 'vitest';
import { ChartFigure } from './chart-figure.js';

const figure = String(
  ChartFigure({
    id: 'answers',
    title: 'Svarstider',
    description: 'De flesta frågor besvarades i tid.',
    svg: '<svg viewBox="0 0 10 10"></svg>',
    table: {
      caption: 'Antal frågor efter svarstid',
      head: ['Svarstid', 'Antal'],
      rows: [
        ['Inom svarstiden', '1 234'],
        ['Inget svar', '12'],
      ],
    },
  }),
);

describe('ChartFigure', () => {
  it('names the chart image by its caption and describes it', () => {
    expect(figure).toContain('<figcaption id="answers-title">Svarstider</figcaption>');
    expect(figure).toMatch(
      /role="img" aria-labelledby="answers-title" aria-describedby="answers-desc"><svg viewBox/,
    );
    expect(figure).toContain('id="answers-desc">De flesta frågor besvarades i tid.</p>');
  });

  it('gives the chart data as a table with headers', () => {
    expect(figure).toContain('<caption>Antal frågor efter svarstid</caption>');
    expect(figure).toContain('<th scope="col">Svarstid</th><th scope="col" class="num">Antal</th>');
    expect(figure).toContain('<th scope="row">Inom svarstiden</th><td class="num">1 234</td>');
    expect(figure).toContain('<th scope="row">Inget svar</th><td class="num">12</td>');
  });

  it('escapes the texts it is given', () => {
    const html = String(
      ChartFigure({
        id: 'x',
        title: '<b>',
        description: 'a & b',
        svg: '',
        table: { caption: 'c', head: ['h'], rows: [['<i>']] },
      }),
    );
    expect(html).toContain('&lt;b&gt;');
    expect(html).toContain('a &amp; b');
    expect(html).toContain('&lt;i&gt;');
  });
});
