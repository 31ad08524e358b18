// Splits the Markdown body into `##` sections and reads the list and code-block shapes that
// sections use, keeping line numbers so that problems point at the right place.

export interface Section {
  name: string;
  line: number;
  /** The section's lines, without its heading. */
  lines: string[];
}

export interface Located<T> {
  line: number;
  value: T;
}

const FENCE = /^(```|~~~)/;

export function splitSections(lines: string[], firstLine: number): { sections: Section[]; stray: number | null } {
  const sections: Section[] = [];
  let stray: number | null = null;
  let fence: string | null = null;
  lines.forEach((text, i) => {
    const line = firstLine + i;
    const marker = FENCE.exec(text)?.[1];
    if (marker && (fence === null || fence === marker)) fence = fence === null ? marker : null;
    const heading = fence === null && /^## (.+)$/.exec(text);
    if (heading) sections.push({ name: heading[1].trim(), line, lines: [] });
    else if (sections.length > 0) sections[sections.length - 1].lines.push(text);
    else if (text.trim() !== '' && stray === null) stray = line;
  });
  return { sections, stray };
}

export function sectionText(section: Section): string {
  return section.lines.join('\n').trim();
}

/** Items of a `- ` bullet list; indented lines continue the item above. */
export function bulletItems(section: Section): Located<string>[] | { line: number; reason: string } {
  const items: Located<string>[] = [];
  for (const [i, text] of section.lines.entries()) {
    const line = section.line + 1 + i;
    if (text.trim() === '') continue;
    const bullet = /^[-*] (.+)$/.exec(text);
    if (bullet) items.push({ line, value: bullet[1].trim() });
    else if (/^\s+\S/.test(text) && items.length > 0) items[items.length - 1].value += ` ${text.trim()}`;
    else return { line, reason: `expected a "- " list item in ${section.name}` };
  }
  return items;
}

/** The content of the section's single fenced code block. */
export function codeBlock(section: Section): Located<string> | { line: number; reason: string } {
  const start = section.lines.findIndex((text) => FENCE.test(text));
  if (start === -1) return { line: section.line, reason: `${section.name} needs a fenced python code block` };
  const opening = section.lines[start];
  if (!/^(```|~~~)python\s*$/.test(opening)) return { line: section.line + 1 + start, reason: `the code block in ${section.name} must be marked python` };
  const end = section.lines.findIndex((text, i) => i > start && text.trim() === opening.slice(0, 3));
  if (end === -1) return { line: section.line + 1 + start, reason: `code block in ${section.name} is not closed` };
  const outside = section.lines.filter((text, i) => (i < start || i > end) && text.trim() !== '');
  if (outside.length > 0) return { line: section.line, reason: `${section.name} must hold only one code block` };
  const value = section.lines.slice(start + 1, end).join('\n');
  if (value.trim() === '') return { line: section.line + 1 + start, reason: `the code block in ${section.name} is empty` };
  return { line: section.line + 2 + start, value };
}
