// Compares schedulers on simulated learners preparing for an interview (issue 7): expected recall
// on the interview day, practice time, and recall per hour, under two memory models.
// Deterministic: the same configuration and seed print the same table.
import { BENCH_CONFIG, formatTable, runBenchmark } from './lib/simulate';

const config = BENCH_CONFIG;
const started = performance.now();
const results = runBenchmark(config);
const s = config.answerSeconds;
console.log(
  `${config.questions} questions, ${config.days} days (interview on day ${config.days}), budget ${config.dailyMinutes} min/day, ` +
    `${config.learners} learners per model, seed "${config.seed}"\n` +
    `answer seconds: first ${s.new}, Again ${s[1]}, Hard ${s[2]}, Good ${s[3]}, Easy ${s[4]}; ` +
    `deadline tuning: early retention ${config.tuning.earlyRetention}, window ${config.tuning.windowDays} days, ` +
    `min gain ${config.tuning.minGainPerMinute}/min\n`,
);
console.log(formatTable(results, config));
console.log(
  `\nrecall on day ${config.days}: expected recall at the interview, mean over the bank (unseen = 0), mean ± sd over learners; ` +
    'minutes practised: first answers and reviews, mean per learner; recalled per hour: questions recalled on the day per hour practised.',
);
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
