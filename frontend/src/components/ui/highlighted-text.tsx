import { Fragment } from 'react';
import { kebab, mostSerious } from '@/lib/findings';
import { splitIntoSegments } from '@/lib/text-spans';
import { CATEGORY_LABELS, type Finding } from '@/types/screening';

type HighlightedTextProps = {
  text: string;
  /** Numbered in the order given (1-based), as the list of findings next to it should be. */
  findings: readonly Finding[];
  /** Show a numbered label after each finding; off for a mirror behind a textarea, where it would shift the text. */
  labels?: boolean;
  /** Index of the finding to emphasise (e.g. the one focused in the list). */
  activeIndex?: number;
  className?: string;
};

/**
 * The text with every finding marked at its exact span. Each mark carries its category in its class
 * (a distinct underline style per category, not only a colour) and, with `labels`, a numbered label such
 * as "1 PHI" after it. Overlapping findings share the overlapping part, marked as an overlap.
 */
export function HighlightedText({ text, findings, labels = true, activeIndex, className }: HighlightedTextProps) {
  const numbered = findings.map((finding, index) => ({ ...finding, number: index + 1 }));
  const segments = splitIntoSegments(text, numbered);
  return (
    <span className={['highlighted-text', className].filter(Boolean).join(' ')}>
      {segments.map((segment) => {
        if (segment.marks.length === 0) {
          return <Fragment key={segment.start}>{segment.text}</Fragment>;
        }
        const primary = mostSerious(segment.marks)!;
        const classes = [
          'finding-mark',
          `finding-mark--${kebab(primary.category)}`,
          segment.marks.length > 1 ? 'finding-mark--overlap' : '',
          segment.marks.some((mark) => mark.number - 1 === activeIndex) ? 'finding-mark--active' : '',
        ];
        return (
          <Fragment key={segment.start}>
            <mark
              className={classes.filter(Boolean).join(' ')}
              data-findings={segment.marks.map((mark) => mark.number).join(' ')}
              title={labels ? segment.marks.map((mark) => `${mark.number}. ${mark.message}`).join('\n') : undefined}
            >
              {segment.text}
            </mark>
            {labels &&
              segment.ending.map((mark) => (
                <span key={mark.number} className={`finding-ref finding-ref--${kebab(mark.category)}`}>
                  <span className="visually-hidden">(finding </span>
                  {mark.number} {CATEGORY_LABELS[mark.category]?.short ?? mark.category}
                  <span className="visually-hidden">)</span>
                </span>
              ))}
          </Fragment>
        );
      })}
    </span>
  );
}
