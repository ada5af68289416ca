import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Finding } from '@/types/screening';
import { FindingList } from './finding-list';

const base: Finding = {
  ruleId: 'PHI_PATIENT_NAME',
  pack: 'hipaa-phi',
  category: 'PHI',
  severity: 'BLOCKER',
  message: 'Names a patient.',
  start: 11,
  end: 21,
  suggestion: 'our patient',
  advice: 'Replace the name with "our patient", or attach the signed authorization.',
};

describe('FindingList', () => {
  it('shows the advice apart from the suggested rewrite', () => {
    render(<FindingList findings={[base]} text="Proud of   John Smith today" />);

    expect(screen.getByText(/How to fix: Replace the name/).className).toBe('finding__advice');
    expect(screen.getByText(/Suggested rewrite:/).textContent).toBe('Suggested rewrite: our patient');
  });

  it('shows advice alone for a whole-post finding without a suggestion', () => {
    const wholePost: Finding = { ...base, ruleId: 'CONSENT_PATIENT_STORY', start: 0, end: 0, suggestion: null, advice: 'Attach the consent record.' };
    render(<FindingList findings={[wholePost]} text="A story" />);

    expect(screen.getByText('How to fix: Attach the consent record.').className).toBe('finding__advice');
    expect(screen.queryByText(/Suggested rewrite/)).toBeNull();
  });
});
