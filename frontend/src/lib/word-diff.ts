/** One run of a word-level diff: text both revisions share, or text only the older or the newer one has. */
export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** Words and the white space after them, so joining the tokens gives the text back exactly. */
export function tokenize(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/** Longer texts than this many tokens on both sides are diffed line by line in their middle, not word by word. */
const MAX_CELLS = 4_000_000;

/**
 * A word-level diff of `before` → `after` (longest common subsequence of tokens, white space kept as its own
 * token). Adjacent parts of the same kind are merged; joining the `same` and `removed` parts gives `before`,
 * joining the `same` and `added` parts gives `after`.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  // A common start and end need no table: revisions usually change a few words in the middle.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    start++;
  }
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) {
      last.text += text;
    } else if (text) {
      parts.push({ kind, text });
    }
  };
  push('same', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > MAX_CELLS) {
    push('removed', midA.join(''));
    push('added', midB.join(''));
  } else {
    // lengths[i][j]: the longest common subsequence of midA[i..] and midB[j..].
    const rows = midA.length + 1;
    const cols = midB.length + 1;
    const lengths = new Uint32Array(rows * cols);
    for (let i = midA.length - 1; i >= 0; i--) {
      for (let j = midB.length - 1; j >= 0; j--) {
        lengths[i * cols + j] =
          midA[i] === midB[j] ? lengths[(i + 1) * cols + j + 1] + 1 : Math.max(lengths[(i + 1) * cols + j], lengths[i * cols + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < midA.length && j < midB.length) {
      if (midA[i] === midB[j]) {
        push('same', midA[i]);
        i++;
        j++;
      } else if (lengths[(i + 1) * cols + j] >= lengths[i * cols + j + 1]) {
        push('removed', midA[i++]);
      } else {
        push('added', midB[j++]);
      }
    }
    push('removed', midA.slice(i).join(''));
    push('added', midB.slice(j).join(''));
  }
  push('same', a.slice(endA).join(''));
  return groupChanges(parts);
}

/**
 * Reads as a reviewer expects: white space alone between two changes belongs to the change, and each run of
 * changes shows everything removed, then everything added ("is guaranteed to cure" → "can help treat"), rather
 * than alternating word by word.
 */
function groupChanges(parts: DiffPart[]): DiffPart[] {
  const grouped: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) grouped.push({ kind: 'removed', text: removed });
    if (added) grouped.push({ kind: 'added', text: added });
    removed = '';
    added = '';
  };
  parts.forEach((part, index) => {
    const next = parts[index + 1];
    if (part.kind === 'same' && /^\s+$/.test(part.text) && (removed || added) && next && next.kind !== 'same') {
      removed += part.text;
      added += part.text;
    } else if (part.kind === 'same') {
      flush();
      grouped.push(part);
    } else if (part.kind === 'removed') {
      removed += part.text;
    } else {
      added += part.text;
    }
  });
  flush();
  return grouped;
}
