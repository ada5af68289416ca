import { useId, type TextareaHTMLAttributes } from 'react';

type TextareaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & {
  label: string;
  hint?: string;
};

/** A textarea that always has a visible, associated label (and an optional hint read with it). */
export function TextareaField({ label, hint, className, ...props }: TextareaFieldProps) {
  const id = useId();
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      )}
      <textarea id={id} aria-describedby={hint ? `${id}-hint` : undefined} {...props} />
    </div>
  );
}
