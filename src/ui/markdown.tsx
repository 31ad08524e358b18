// Renders Markdown to React elements from marked's tokens, never through innerHTML: raw HTML in
// the source shows as text, and only http(s) links become links.
import { lexer, type Token, type Tokens } from 'marked';
import { useMemo, type ReactNode } from 'react';

export function Markdown({ text, inline = false }: { text: string; inline?: boolean }) {
  const nodes = useMemo(() => {
    const tokens = lexer(text);
    // Inline use (list items, rubric points): a lone paragraph renders without its <p>.
    const only = tokens.length === 1 && tokens[0].type === 'paragraph' ? tokens[0].tokens : null;
    return renderTokens(inline && only ? only : tokens);
  }, [text, inline]);
  if (inline) return <>{nodes}</>;
  return <div className="markdown">{nodes}</div>;
}

/** A bullet list of short Markdown items (hints, follow-ups, pitfalls). */
export function MarkdownList({ items }: { items: readonly string[] }) {
  return (
    <ul>
      {items.map((text, i) => (
        <li key={i}>
          <Markdown text={text} inline />
        </li>
      ))}
    </ul>
  );
}

function safeHref(href: string): string | null {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function renderTokens(tokens: readonly Token[] = []): ReactNode[] {
  return tokens.map((token, i) => renderToken(token, i));
}

function renderToken(token: Token, key: number): ReactNode {
  const t = token as Tokens.Generic;
  switch (token.type) {
    case 'space':
      return null;
    case 'paragraph':
      return <p key={key}>{renderTokens(t.tokens)}</p>;
    case 'heading': {
      // Bank headings sit under the page's own h2/h3, so they start at h4.
      const Tag = (['h4', 'h5', 'h6'] as const)[Math.min(2, Math.max(0, (t.depth as number) - 1))];
      return <Tag key={key}>{renderTokens(t.tokens)}</Tag>;
    }
    case 'code':
      return (
        <pre key={key} tabIndex={0}>
          <code>{t.text as string}</code>
        </pre>
      );
    case 'blockquote':
      return <blockquote key={key}>{renderTokens(t.tokens)}</blockquote>;
    case 'hr':
      return <hr key={key} />;
    case 'list': {
      const list = token as Tokens.List;
      const items = list.items.map((item, j) => <li key={j}>{renderTokens(item.tokens)}</li>);
      return list.ordered ? (
        <ol key={key} start={typeof list.start === 'number' ? list.start : undefined}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'table': {
      const table = token as Tokens.Table;
      return (
        <div key={key} className="table-scroll" tabIndex={0}>
          <table>
            <thead>
              <tr>
                {table.header.map((cell, j) => (
                  <th key={j} scope="col">
                    {renderTokens(cell.tokens)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, j) => (
                    <td key={j}>{renderTokens(cell.tokens)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    }
    case 'strong':
      return <strong key={key}>{renderTokens(t.tokens)}</strong>;
    case 'em':
      return <em key={key}>{renderTokens(t.tokens)}</em>;
    case 'del':
      return <del key={key}>{renderTokens(t.tokens)}</del>;
    case 'codespan':
      return <code key={key}>{t.text as string}</code>;
    case 'br':
      return <br key={key} />;
    case 'link': {
      const href = safeHref(t.href as string);
      const children = renderTokens(t.tokens);
      return href ? (
        <a key={key} href={href} target="_blank" rel="noopener noreferrer">
          {children}
        </a>
      ) : (
        <span key={key}>{t.raw as string}</span>
      );
    }
    case 'image':
      // No remote images: show the alt text (offline-first and nothing loads from elsewhere).
      return <span key={key}>{t.text as string}</span>;
    case 'text':
      return t.tokens ? <span key={key}>{renderTokens(t.tokens)}</span> : (t.text as string);
    case 'escape':
      return t.text as string;
    default:
      // Raw HTML and anything unknown render as the literal source text.
      return t.raw as string;
  }
}
