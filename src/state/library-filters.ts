import { create } from 'zustand';
import type { Area } from '../domain/bank/vocabulary';

/** The library's filters, kept while the learner opens a question and comes back. */
export interface LibraryFilters {
  area: Area | '';
  topic: string;
  difficulty: '' | '1' | '2' | '3';
  role: string;
  text: string;
  set: (patch: Partial<Omit<LibraryFilters, 'set'>>) => void;
}

export const useLibraryFilters = create<LibraryFilters>((set) => ({
  area: '',
  topic: '',
  difficulty: '',
  role: '',
  text: '',
  set: (patch) => set(patch),
}));
