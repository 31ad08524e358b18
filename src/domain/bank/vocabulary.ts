// The controlled vocabulary of the bank. A question may only use these values, so that
// filters, coverage tables and weak-area statistics group by stable keys.

export const AREAS = ['coding', 'system-design', 'data', 'quality', 'behavioral'] as const;
export type Area = (typeof AREAS)[number];

export const AREA_LABELS: Record<Area, string> = {
  coding: 'Coding',
  'system-design': 'ML system design',
  data: 'Data understanding',
  quality: 'Quality thinking',
  behavioral: 'Behavioral',
};

export const TOPICS = {
  coding: [
    'models-from-scratch',
    'metrics',
    'sampling-splitting',
    'text-features',
    'event-processing',
    'serving-code',
  ],
  'system-design': [
    'recommendation',
    'feed-ranking',
    'people-you-may-know',
    'ads-ctr',
    'search-ranking',
    'typeahead',
    'visual-search',
    'fraud-detection',
    'content-moderation',
    'eta-prediction',
    'churn-uplift',
    'duplicate-detection',
    'language-identification',
    'rag-assistant',
    'embedding-service',
    'feature-store',
    'model-serving',
    'batch-scoring',
    'experimentation-platform',
    'training-pipeline',
  ],
  data: [
    'leakage',
    'train-serving-skew',
    'distribution-shift',
    'freshness',
    'missing-values',
    'selection-bias',
    'class-imbalance',
    'labels',
    'data-validation',
    'dataset-versioning',
  ],
  quality: [
    'metric-choice',
    'calibration',
    'offline-online',
    'ab-testing',
    'rollout',
    'slice-evaluation',
    'error-analysis',
    'monitoring',
    'retraining',
    'metric-investigation',
    'business-impact',
  ],
  behavioral: [
    'pitch',
    'project-deep-dive',
    'ownership',
    'ambiguity',
    'conflict',
    'mistake',
    'communication',
    'negative-result',
    'production-regression',
    'not-using-ml',
    'metric-pushback',
    'data-incident',
  ],
} as const satisfies Record<Area, readonly string[]>;
export type Topic = (typeof TOPICS)[Area][number];

// Rubric points are tagged with a dimension so mastery can be tracked per dimension.
export const DIMENSIONS = {
  coding: ['correctness', 'complexity', 'edge-cases', 'clarity'],
  'system-design': [
    'requirements',
    'metrics',
    'data',
    'features',
    'model',
    'evaluation',
    'serving',
    'monitoring',
  ],
  data: ['concept', 'detection', 'mitigation', 'trade-offs'],
  quality: ['concept', 'detection', 'mitigation', 'trade-offs'],
  behavioral: ['structure', 'ownership', 'result', 'reflection'],
} as const satisfies Record<Area, readonly string[]>;
export type Dimension = (typeof DIMENSIONS)[Area][number];

export const ROLES = ['ml-platform', 'applied-ml', 'applied-ai', 'ranking', 'fraud', 'mlops'] as const;
export type Role = (typeof ROLES)[number];
