import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Finding } from '@/types/screening';
import { HighlightedText } from './highlighted-text';

const finding = (category: Finding['category'], start: number, end: number, severity: Finding['severity'] = 'HIGH'): Finding => ({
  ruleId: `${category}_RULE`,
  pack: 'p',
  category,
  severity,
  message: `${category} message`,
  start,
  end,
  suggestion: null,
});

describe('HighlightedText', () => {
  it('reproduces the text exactly and labels each finding after its span with number and category', () => {
    const text = '🎉 Jane Doe is cured!';
    const { container } = render(<HighlightedText text={text} findings={[finding('PHI', 3, 11, 'BLOCKER'), finding('MEDICAL_CLAIM', 15, 20)]} />);

    const marks = [...container.querySelectorAll('mark')];
    expect(marks.map((mark) => [mark.textContent, mark.className, mark.dataset.findings])).toEqual([
      ['Jane Doe', 'finding-mark finding-mark--phi', '1'],
      ['cured', 'finding-mark finding-mark--medical-claim', '2'],
    ]);
    expect([...container.querySelectorAll('.finding-ref')].map((label) => label.textContent)).toEqual(['(finding 1 PHI)', '(finding 2 Claim)']);
    const withoutLabels = container.cloneNode(true) as HTMLElement;
    withoutLabels.querySelectorAll('.finding-ref').forEach((label) => label.remove());
    expect(withoutLabels.textContent).toBe(text);
  });

  it('marks the overlap of two findings with both, styled after the more serious one', () => {
    const { container } = render(
      <HighlightedText text="abcdefghij" findings={[finding('MEDICAL_CLAIM', 1, 6), finding('PHI', 4, 9, 'BLOCKER')]} labels={false} />,
    );

    expect([...container.querySelectorAll('mark')].map((mark) => [mark.textContent, mark.dataset.findings, mark.classList.contains('finding-mark--overlap'), mark.classList[1]])).toEqual([
      ['bcd', '1', false, 'finding-mark--medical-claim'],
      ['ef', '1 2', true, 'finding-mark--phi'],
      ['ghi', '2', false, 'finding-mark--phi'],
    ]);
    expect(container.querySelectorAll('.finding-ref')).toHaveLength(0);
  });
});
