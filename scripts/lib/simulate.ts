// A deterministic simulator of learners, for comparing schedulers on recall on an interview day.
//
// Each simulated learner has a bank of questions and a hidden memory model that decides, at each
// review, whether the answer is recalled (and so the rating) and how the memory changes. A
// scheduler only sees the ratings. Every day the learner works through the scheduler's queue in
// order and stops before an item that could overrun the daily time budget. The same budget, the
// same answer times, the same memory model, the same new-question pace and the same random
// draws per question (common random numbers) hold for every scheduler. At the end the expected
// recall on the interview day is computed exactly from the hidden memory (no sampling).
import { AREAS } from '../../src/domain/bank/vocabulary';
import { deadlinePlan, deadlineQueue, deadlineRetention, DEADLINE_TUNING, type AnswerSeconds, type Deadline, type DeadlineTuning } from '../../src/domain/scheduler/deadline';
import { fitForgetting, reviewOutcomes, type AnsweredAttempt } from '../../src/domain/scheduler/calibration';
import { rate } from '../../src/domain/scheduler/fsrs';
import { CALIBRATION_ANSWERS } from '../../src/domain/scheduler/plan';
import { newCard, type Card, type Rating } from '../../src/domain/scheduler/memory';
import { todayQueue } from '../../src/domain/scheduler/queue';

const DAY = 86_400_000;
/** Day 0 at noon UTC (May: no daylight-saving change in the 90 days that follow in most zones). */
const T0 = Date.UTC(2026, 4, 4, 12);
const ROLLOVER = 4;

// ---------------------------------------------------------------- random numbers

/** A seeded generator of uniform numbers in [0, 1) (sfc32 seeded by a string hash). */
export function prng(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  const next = () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
  let a = next();
  let b = next();
  let c = next();
  let d = next();
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

function pick<T>(rng: () => number, values: readonly T[], weights: readonly number[]): T {
  let x = rng() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < values.length; i++) {
    x -= weights[i];
    if (x < 0) return values[i];
  }
  return values[values.length - 1];
}

function normal(rng: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

// ---------------------------------------------------------------- configuration

export interface SimConfig {
  questions: number;
  /** Practice days; the interview is at the start of day `days` (noon, like every review). */
  days: number;
  dailyMinutes: number;
  learners: number;
  seed: string;
  answerSeconds: AnswerSeconds;
  /** Probabilities of Again, Hard, Good, Easy on a first answer (FSRS simulator defaults). */
  firstRating: readonly [number, number, number, number];
  /** Probabilities of Hard, Good, Easy when a review is recalled (FSRS simulator defaults). */
  recallRating: readonly [number, number, number];
  tuning: DeadlineTuning;
}

export const BENCH_CONFIG: SimConfig = {
  questions: 300,
  days: 90,
  dailyMinutes: 60,
  learners: 5,
  seed: 'bridge-bench',
  answerSeconds: { new: 240, 1: 180, 2: 150, 3: 120, 4: 90 },
  firstRating: [0.24, 0.094, 0.495, 0.171],
  recallRating: [0.224, 0.632, 0.144],
  tuning: DEADLINE_TUNING,
};

interface SimQuestion {
  id: string;
  area: (typeof AREAS)[number];
  difficulty: 1 | 2 | 3;
  /** The question's own random stream: the n-th review of it draws the same numbers under every scheduler. */
  rng: () => number;
  /** Per-question ease (exponential model): >1 easier, <1 harder. */
  ease: number;
}

function makeBank(config: SimConfig, learner: number): SimQuestion[] {
  const rng = prng(`${config.seed}:bank:${learner}`);
  return Array.from({ length: config.questions }, (_, i) => {
    const difficulty = pick(rng, [1, 2, 3] as const, [0.3, 0.45, 0.25]);
    const ease = Math.exp(0.5 * normal(rng)) * { 1: 1.3, 2: 1, 3: 0.7 }[difficulty];
    const id = `q-${String(i).padStart(3, '0')}`;
    return { id, area: AREAS[i % AREAS.length], difficulty, ease, rng: prng(`${config.seed}:q:${learner}:${id}`) };
  });
}

// ---------------------------------------------------------------- memory models

/** The hidden memory of one question: what the simulator knows and no scheduler sees. */
interface Trace {
  last: number;
  stability: number;
  difficulty: number;
}

export interface MemoryModel {
  name: string;
  /** First sight of a question: returns the rating and the memory it leaves. */
  first(q: SimQuestion, config: SimConfig): { rating: Rating; trace: Trace };
  /** Probability of recall `days` after the last review. */
  recall(q: SimQuestion, trace: Trace, days: number): number;
  /** The memory after a review: recalled (with rating 2-4) or forgotten (1). */
  update(q: SimQuestion, trace: Trace, rating: Rating, recallThen: number, day: number): Trace;
}

// FSRS-6 default parameters (the same numbers ts-fsrs 5.4 ships as default_w), written out so
// the simulated memory does not depend on the scheduler's code.
const W = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542];
const DECAY = -W[20];
const FACTOR = Math.pow(0.9, 1 / DECAY) - 1;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const initDifficulty = (g: number) => W[4] - Math.exp((g - 1) * W[5]) + 1;

/** FSRS-6 with its default parameters, long-term only (no same-day steps), as ground truth. */
export const FSRS6_MODEL: MemoryModel = {
  name: 'FSRS-6 default',
  first(q, config) {
    const rating = pick(q.rng, [1, 2, 3, 4] as const, config.firstRating);
    return { rating, trace: { last: 0, stability: W[rating - 1], difficulty: clamp(initDifficulty(rating), 1, 10) } };
  },
  recall(_q, trace, days) {
    return Math.pow(1 + (FACTOR * days) / trace.stability, DECAY);
  },
  update(_q, { stability: s, difficulty: d }, g, r, day) {
    let stability: number;
    if (g === 1) {
      const forget = W[11] * Math.pow(d, -W[12]) * (Math.pow(s + 1, W[13]) - 1) * Math.exp((1 - r) * W[14]);
      stability = clamp(Math.min(s, forget), 0.001, 36500);
    } else {
      const hard = g === 2 ? W[15] : 1;
      const easy = g === 4 ? W[16] : 1;
      stability = s * (1 + Math.exp(W[8]) * (11 - d) * Math.pow(s, -W[9]) * (Math.exp((1 - r) * W[10]) - 1) * hard * easy);
    }
    const next = d + (-W[6] * (g - 3) * (10 - d)) / 9;
    const difficulty = clamp(W[7] * initDifficulty(4) + (1 - W[7]) * next, 1, 10);
    return { last: day, stability, difficulty };
  },
};

/**
 * Not FSRS: exponential forgetting R = 0.9^(t/S) (much steeper tail than FSRS-6's power curve),
 * a per-question ease drawn once per learner (log-normal, shifted by the question's difficulty),
 * stability growth that depends on recall at the review through its square root (FSRS: nearly
 * linear), no saturation with stability, a lapse keeps 30% of the stability, and the rating of a
 * recalled answer says nothing about the memory.
 */
export const EXPONENTIAL_MODEL: MemoryModel = {
  name: 'exponential + per-question ease',
  first(q, config) {
    const again = Math.min(0.7, config.firstRating[0] / q.ease);
    const recalled = q.rng() >= again;
    const rating: Rating = recalled ? pick(q.rng, [2, 3, 4] as const, config.recallRating) : 1;
    return { rating, trace: { last: 0, stability: (recalled ? 2 : 0.4) * q.ease, difficulty: 0 } };
  },
  recall(_q, trace, days) {
    return Math.pow(0.9, days / trace.stability);
  },
  update(q, trace, g, r, day) {
    const stability = g === 1 ? Math.max(0.4 * q.ease, 0.3 * trace.stability) : trace.stability * (1 + 6 * Math.sqrt(q.ease) * Math.sqrt(1 - r));
    return { last: day, stability, difficulty: 0 };
  },
};

// FSRS-4.5 default parameters: power curve R = (1 + 19/81 t/S)^-0.5, steeper than FSRS-6's.
const W45 = [0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474, 0.1367, 1.0461, 2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755];
const init45 = (g: number) => clamp(W45[4] - (g - 3) * W45[5], 1, 10);

/** FSRS-4.5 with its default parameters: another curve and other parameters than the scheduler's. */
export const FSRS45_MODEL: MemoryModel = {
  name: 'FSRS-4.5 default',
  first(q, config) {
    const rating = pick(q.rng, [1, 2, 3, 4] as const, config.firstRating);
    return { rating, trace: { last: 0, stability: W45[rating - 1], difficulty: init45(rating) } };
  },
  recall(_q, trace, days) {
    return Math.pow(1 + ((19 / 81) * days) / trace.stability, -0.5);
  },
  update(_q, { stability: s, difficulty: d }, g, r, day) {
    const stability =
      g === 1
        ? Math.min(s, W45[11] * Math.pow(d, -W45[12]) * (Math.pow(s + 1, W45[13]) - 1) * Math.exp((1 - r) * W45[14]))
        : s * (1 + Math.exp(W45[8]) * (11 - d) * Math.pow(s, -W45[9]) * (Math.exp((1 - r) * W45[10]) - 1) * (g === 2 ? W45[15] : 1) * (g === 4 ? W45[16] : 1));
    const difficulty = clamp(W45[7] * init45(3) + (1 - W45[7]) * (d - W45[6] * (g - 3)), 1, 10);
    return { last: day, stability, difficulty };
  },
};

export const MODELS: readonly MemoryModel[] = [FSRS6_MODEL, FSRS45_MODEL, EXPONENTIAL_MODEL];

// ---------------------------------------------------------------- schedulers

export interface Pending {
  index: number;
  isNew: boolean;
}

export interface SimScheduler {
  /** Today's queue, in the order the learner takes it. */
  queue(day: number): Pending[];
  answer(index: number, rating: Rating, day: number): void;
}

export interface SchedulerContext {
  bank: SimQuestion[];
  config: SimConfig;
  /** New questions a day, the same for every scheduler. */
  newPerDay: number;
  /** The order in which new questions are introduced (Bridge's: easiest first, areas round-robin). */
  newOrder: number[];
  rng: () => number;
}

export interface SchedulerSpec {
  name: string;
  create(ctx: SchedulerContext): SimScheduler;
}

const now = (day: number) => T0 + day * DAY;

export function bridge(ctx: SchedulerContext, deadline: Deadline | null, retention: number, calibrate = false): SimScheduler {
  const cards = new Map<string, Card>();
  // The learner's answers, fitted as the app fits its attempts. The answer times are the
  // simulator's: what the app would measure.
  const attempts: AnsweredAttempt[] = [];
  let plan = deadline && { ...deadline, answerSeconds: ctx.config.answerSeconds };
  const indexOf = new Map(ctx.bank.map((q, i) => [q.id, i]));
  const settings = { newPerDay: ctx.newPerDay, reviewsPerDay: 10_000, rolloverHour: ROLLOVER };
  return {
    queue(day) {
      const input = { questions: ctx.bank, cards, settings, done: { reviews: 0, news: 0 }, now: now(day) };
      if (plan && calibrate) plan = { ...plan, forgetting: fitForgetting(reviewOutcomes(attempts.slice(-CALIBRATION_ANSWERS))) };
      const queue = plan ? deadlineQueue({ ...input, deadline: plan, spentSeconds: 0, tuning: ctx.config.tuning }) : todayQueue(input);
      return queue.map((item) => ({ index: indexOf.get(item.questionId)!, isNew: item.kind === 'new' }));
    },
    answer(index, rating, day) {
      const id = ctx.bank[index].id;
      const card = cards.get(id) ?? newCard(id);
      attempts.push({ at: now(day), rating, durationMs: 0, before: card.memory });
      const r = deadlineRetention(plan, now(day), ROLLOVER, retention, card.memory, ctx.config.tuning);
      cards.set(id, { ...card, memory: rate(card.memory, id, rating, now(day), r) });
    },
  };
}

/** Due questions first (most overdue first), then new ones at the common pace. */
function dueThenNew(ctx: SchedulerContext, due: Map<number, number>, day: number): Pending[] {
  const reviews = [...due].filter(([, d]) => d <= day).sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([index]) => ({ index, isNew: false }));
  const fresh = ctx.newOrder.filter((i) => !due.has(i)).slice(0, ctx.newPerDay).map((index) => ({ index, isNew: true }));
  return [...reviews, ...fresh];
}

/** Anki's SM-2 in whole days: graduating interval 1 day, easy interval 4, starting ease 250%. */
function sm2(ctx: SchedulerContext): SimScheduler {
  const due = new Map<number, number>();
  const state = new Map<number, { ivl: number; ease: number; last: number }>();
  return {
    queue: (day) => dueThenNew(ctx, due, day),
    answer(index, rating, day) {
      const s = state.get(index);
      let next: { ivl: number; ease: number; last: number };
      if (!s) next = { ivl: rating === 4 ? 4 : 1, ease: 2.5, last: day };
      else {
        const late = Math.max(0, day - (s.last + s.ivl));
        if (rating === 1) next = { ivl: 1, ease: Math.max(1.3, s.ease - 0.2), last: day };
        else {
          const hard = Math.max(s.ivl + 1, s.ivl * 1.2);
          const good = Math.max(hard + 1, (s.ivl + late / 2) * s.ease);
          const easy = Math.max(good + 1, (s.ivl + late) * s.ease * 1.3);
          const ivl = Math.round(rating === 2 ? hard : rating === 3 ? good : easy);
          const ease = rating === 2 ? Math.max(1.3, s.ease - 0.15) : rating === 4 ? s.ease + 0.15 : s.ease;
          next = { ivl, ease, last: day };
        }
      }
      state.set(index, next);
      due.set(index, day + next.ivl);
    },
  };
}

/** Leitner boxes with intervals 1, 2, 4, 8, 16, 32 days: recalled moves up a box, forgotten back to the first. */
function leitner(ctx: SchedulerContext): SimScheduler {
  const intervals = [1, 2, 4, 8, 16, 32];
  const due = new Map<number, number>();
  const box = new Map<number, number>();
  return {
    queue: (day) => dueThenNew(ctx, due, day),
    answer(index, rating, day) {
      const b = !box.has(index) || rating === 1 ? 0 : Math.min(intervals.length - 1, box.get(index)! + 1);
      box.set(index, b);
      due.set(index, day + intervals[b]);
    },
  };
}

/** Fixed intervals that ignore the answers: 1, 3, 7, 14, 30, 60 days after the previous review. */
function fixed(ctx: SchedulerContext): SimScheduler {
  const intervals = [1, 3, 7, 14, 30, 60];
  const due = new Map<number, number>();
  const step = new Map<number, number>();
  return {
    queue: (day) => dueThenNew(ctx, due, day),
    answer(index, _rating, day) {
      const k = step.get(index) ?? 0;
      step.set(index, k + 1);
      due.set(index, day + intervals[Math.min(k, intervals.length - 1)]);
    },
  };
}

/** New questions at the common pace, then questions already seen in random order until the budget is spent. */
function random(ctx: SchedulerContext): SimScheduler {
  const seen = new Set<number>();
  return {
    queue() {
      const fresh = ctx.newOrder.filter((i) => !seen.has(i)).slice(0, ctx.newPerDay);
      const old = [...seen];
      for (let i = old.length - 1; i > 0; i--) {
        const j = Math.floor(ctx.rng() * (i + 1));
        [old[i], old[j]] = [old[j], old[i]];
      }
      return [...fresh.map((index) => ({ index, isNew: true })), ...old.map((index) => ({ index, isNew: false }))];
    },
    answer(index) {
      seen.add(index);
    },
  };
}

export const SCHEDULERS: readonly SchedulerSpec[] = [
  { name: 'Bridge deadline', create: (ctx) => bridge(ctx, { interviewAt: now(ctx.config.days), dailyMinutes: ctx.config.dailyMinutes }, 0.9, true) },
  { name: 'Bridge deadline, uncalibrated', create: (ctx) => bridge(ctx, { interviewAt: now(ctx.config.days), dailyMinutes: ctx.config.dailyMinutes }, 0.9) },
  { name: 'Bridge FSRS 0.90', create: (ctx) => bridge(ctx, null, 0.9) },
  { name: 'Anki SM-2', create: sm2 },
  { name: 'Leitner 1-32d', create: leitner },
  { name: 'fixed 1-3-7-14-30-60d', create: fixed },
  { name: 'random practice', create: random },
];

// ---------------------------------------------------------------- the run

export interface SimResult {
  model: string;
  scheduler: string;
  /** Expected recall on the interview day, mean over the bank, mean over learners. */
  recall: number;
  /** Standard deviation of that mean across learners. */
  recallSd: number;
  /** Minutes practised over the whole run (first answers and reviews), mean over learners. */
  minutes: number;
  /** Answers given (first answers and reviews), mean over learners. */
  answers: number;
  /** The heaviest day of any learner, in minutes. */
  peakMinutes: number;
  /** Questions never seen by the interview, mean over learners. */
  unseen: number;
}

/** One learner under one memory model and one scheduler. */
export function simulateLearner(config: SimConfig, model: MemoryModel, spec: SchedulerSpec, learner: number) {
  const bank = makeBank(config, learner);
  const plan = deadlinePlan({
    interviewAt: now(config.days),
    now: now(0),
    rolloverHour: ROLLOVER,
    dailyMinutes: config.dailyMinutes,
    scopeSize: bank.length,
    introduced: 0,
    newToday: 0,
    answerSeconds: config.answerSeconds,
    tuning: config.tuning,
  });
  const newOrder = todayQueue({
    questions: bank,
    cards: new Map(),
    settings: { newPerDay: bank.length, reviewsPerDay: 0, rolloverHour: ROLLOVER },
    done: { reviews: 0, news: 0 },
    now: now(0),
  }).map((item) => bank.findIndex((q) => q.id === item.questionId));
  const scheduler = spec.create({ bank, config, newPerDay: plan.newPerDay, newOrder, rng: prng(`${config.seed}:sched:${learner}:${spec.name}`) });
  const traces = new Map<number, Trace>();
  const budget = config.dailyMinutes * 60;
  const costs = config.answerSeconds;
  let seconds = 0;
  let answers = 0;
  let peak = 0;
  const dailyMinutes: number[] = [];
  for (let day = 0; day < config.days; day++) {
    let used = 0;
    for (const { index, isNew } of scheduler.queue(day)) {
      const q = bank[index];
      const trace = traces.get(index);
      // Stop before an answer that could overrun the budget (a review costs at most an Again).
      if (used + (trace ? costs[1] : costs.new) > budget) break;
      let rating: Rating;
      if (!trace) {
        const first = model.first(q, config);
        rating = first.rating;
        traces.set(index, { ...first.trace, last: day });
        used += costs.new;
      } else {
        const r = model.recall(q, trace, day - trace.last);
        const recalled = q.rng() < r;
        rating = recalled ? pick(q.rng, [2, 3, 4] as const, config.recallRating) : 1;
        traces.set(index, model.update(q, trace, rating, r, day));
        used += costs[rating];
      }
      if (isNew !== !trace) throw new Error(`${spec.name}: ${q.id} ${isNew ? 'is not new' : 'is new'} on day ${day}`);
      scheduler.answer(index, rating, day);
      answers++;
    }
    seconds += used;
    peak = Math.max(peak, used);
    dailyMinutes.push(used / 60);
  }
  const finalRecall = bank.map((q, index) => {
    const trace = traces.get(index);
    return trace ? model.recall(q, trace, config.days - trace.last) : 0;
  });
  return {
    recall: finalRecall.reduce((a, b) => a + b, 0) / bank.length,
    minutes: seconds / 60,
    answers,
    peakMinutes: peak / 60,
    unseen: bank.length - traces.size,
    finalRecall,
    lastReview: bank.map((_, index) => traces.get(index)?.last ?? null),
    dailyMinutes,
  };
}

export function simulate(config: SimConfig, model: MemoryModel, spec: SchedulerSpec): SimResult {
  const runs = Array.from({ length: config.learners }, (_, learner) => simulateLearner(config, model, spec, learner));
  const mean = (f: (r: (typeof runs)[number]) => number) => runs.reduce((a, r) => a + f(r), 0) / runs.length;
  const recall = mean((r) => r.recall);
  return {
    model: model.name,
    scheduler: spec.name,
    recall,
    recallSd: Math.sqrt(mean((r) => (r.recall - recall) ** 2)),
    minutes: mean((r) => r.minutes),
    answers: mean((r) => r.answers),
    peakMinutes: Math.max(...runs.map((r) => r.peakMinutes)),
    unseen: mean((r) => r.unseen),
  };
}

export function runBenchmark(config: SimConfig, models = MODELS, schedulers = SCHEDULERS): SimResult[] {
  return models.flatMap((model) => schedulers.map((spec) => simulate(config, model, spec)));
}

/** Expected questions recalled on the day per hour practised. */
export function recalledPerHour(result: SimResult, questions: number): number {
  return (result.recall * questions) / (result.minutes / 60);
}

export function formatTable(results: readonly SimResult[], config: SimConfig): string {
  const head = `| memory model | scheduler | recall on day ${config.days} | minutes practised | answers | heaviest day (min) | never seen | recalled per hour |`;
  const rule = '|---|---|---:|---:|---:|---:|---:|---:|';
  const rows = results.map(
    (r) =>
      `| ${r.model} | ${r.scheduler} | ${r.recall.toFixed(3)} ± ${r.recallSd.toFixed(3)} | ${Math.round(r.minutes)} | ${Math.round(r.answers)} | ${r.peakMinutes.toFixed(0)} | ${r.unseen.toFixed(1)} | ${recalledPerHour(r, config.questions).toFixed(2)} |`,
  );
  return [head, rule, ...rows].join('\n');
}
