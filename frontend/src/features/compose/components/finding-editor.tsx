import { useLayoutEffect, type ChangeEvent, type RefObject } from 'react';
import { HighlightedText } from '@/components/ui/highlighted-text';
import type { Finding } from '@/types/screening';

type FindingEditorProps = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  findings: readonly Finding[];
  activeIndex?: number;
  textareaRef: RefObject<HTMLTextAreaElement>;
  describedBy?: string;
  maxLength?: number;
};

/**
 * A textarea with the findings drawn on its text: a mirror element behind the (transparent) textarea
 * repeats the text with each finding marked, glyph for glyph. The textarea grows with its text, so the
 * two never scroll apart.
 */
export function FindingEditor({ id, value, onChange, findings, activeIndex, textareaRef, describedBy, maxLength }: FindingEditorProps) {
  useLayoutEffect(() => {
    const textarea = textareaRef.current;
    if (textarea) {
      textarea.style.height = 'auto';
      textarea.style.height = `${textarea.scrollHeight}px`;
    }
  }, [value, textareaRef]);

  return (
    <div className="finding-editor">
      <div className="finding-editor__mirror" aria-hidden="true" data-testid="finding-mirror">
        <HighlightedText text={value} findings={findings} labels={false} activeIndex={activeIndex} />
        {/* keeps a trailing newline's empty line as tall as in the textarea */}
        {'\u200b'}
      </div>
      <textarea
        id={id}
        ref={textareaRef}
        className="finding-editor__input"
        value={value}
        rows={6}
        maxLength={maxLength}
        spellCheck
        aria-describedby={describedBy}
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
      />
    </div>
  );
}
