/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

declare module 'virtual:bank' {
  import type { Question, QuestionMeta } from './domain/bank/schema';
  export const questions: QuestionMeta[];
  export function loadQuestion(id: string): Promise<Question>;
}

declare module 'virtual:bank-search' {
  const text: Record<string, string>;
  export default text;
}

declare module '*.py?raw' {
  const text: string;
  export default text;
}
