// The peer side of the comparison: aws-local-stepfunctions runs each shared workload in-process,
// its order-pipeline Task states bound by state name to the handlers of the workloads README.
// Checks every workload's output against NAME.expected.json, then measures executions per second
// and latency percentiles, sequentially and with 256 executions in flight, a few times over.
//
//   node peer.mjs WORKLOADS_DIR PEER_DIR OUT.json [--warmup S] [--duration S] [--repetitions R]
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [workloads, peerDir, out, ...rest] = process.argv.slice(2);
const option = (name, fallback) => {
  const at = rest.indexOf(name);
  return at >= 0 ? Number(rest[at + 1]) : fallback;
};
const warmupMs = option('--warmup', 2) * 1000;
const durationMs = option('--duration', 5) * 1000;
const repetitions = option('--repetitions', 3);
const IN_FLIGHT = 256;
const WORKLOADS = ['pass-chain', 'choice-loop', 'map-fanout', 'parallel-4', 'intrinsics', 'order-pipeline'];

const require = createRequire(resolve(peerDir, 'package.json'));
const { StateMachine } = require('aws-local-stepfunctions');
const peerVersion = JSON.parse(
  readFileSync(resolve(peerDir, 'node_modules', 'aws-local-stepfunctions', 'package.json'), 'utf8')).version;

const isInteger = (value) => Number.isInteger(value);
const handlers = {
  Validate: (order) => {
    const items = Array.isArray(order.items) ? order.items : [];
    const valid = typeof order.orderId === 'string' && order.orderId.length > 0 && items.length > 0
      && items.every((item) => isInteger(item.qty) && item.qty >= 1 && isInteger(item.unitPriceCents) && item.unitPriceCents >= 0);
    const totalQty = items.filter((item) => isInteger(item.qty)).reduce((sum, item) => sum + item.qty, 0);
    return { valid, itemCount: items.length, totalQty };
  },
  Price: ({ line, sku, qty, unitPriceCents, tier }) => {
    const grossCents = qty * unitPriceCents;
    const pct = tier === 'gold' ? 10 : tier === 'silver' ? 5 : 0;
    const discountCents = Math.floor((grossCents * pct) / 100);
    return { line, sku, qty, grossCents, discountCents, netCents: grossCents - discountCents };
  },
  Charge: ({ orderId, currency, lines }) => ({
    chargeId: 'ch_' + orderId,
    amountCents: lines.reduce((sum, line) => sum + line.netCents, 0),
    currency,
    status: 'CAPTURED',
    lineCount: lines.length,
  }),
};
// Handlers return values; the peer awaits whatever a handler gives, as it would a Lambda's reply.
const taskResourceLocalHandlers = Object.fromEntries(
  Object.entries(handlers).map(([state, handler]) => [state, async (input) => handler(input)]));

// Objects compare unordered, arrays ordered (the workloads README).
const sameJson = (a, b) => {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]));
  }
  return a === b;
};

const execute = (machine, inputText) => {
  // Bytes in, bytes out, as "one execution" means in the workloads README.
  const { result } = machine.run(JSON.parse(inputText), { overrides: { taskResourceLocalHandlers } });
  return result.then((output) => JSON.stringify(output));
};

const percentiles = (micros, runMs, count) => {
  micros.sort((a, b) => a - b);
  const at = (p) => micros[Math.min(micros.length - 1, Math.ceil((p / 100) * micros.length) - 1)];
  return {
    executions: count,
    throughput: count / (runMs / 1000),
    latencyMicros: { p50: at(50), p90: at(90), p99: at(99), 'p99.9': at(99.9), max: micros[micros.length - 1] },
  };
};

// Runs executions, at most `inFlight` at once, for `ms`; records each one's latency when `record`.
const drive = async (machine, inputText, inFlight, ms, record) => {
  const micros = [];
  const start = performance.now();
  const end = start + ms;
  const worker = async () => {
    while (performance.now() < end) {
      const begin = process.hrtime.bigint();
      await execute(machine, inputText);
      if (record) {
        micros.push(Number(process.hrtime.bigint() - begin) / 1000);
      }
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return record ? percentiles(micros, performance.now() - start, micros.length) : null;
};

const results = [];
for (const name of WORKLOADS) {
  const definition = JSON.parse(readFileSync(join(workloads, `${name}.asl.json`), 'utf8'));
  const inputText = JSON.stringify(JSON.parse(readFileSync(join(workloads, `${name}.input.json`), 'utf8')));
  const expected = JSON.parse(readFileSync(join(workloads, `${name}.expected.json`), 'utf8'));
  const machine = new StateMachine(definition);
  const output = JSON.parse(await execute(machine, inputText));
  const outputMatches = sameJson(output, expected);
  if (!outputMatches) {
    console.error(`${name}: output differs from ${name}.expected.json:\n${JSON.stringify(output)}`);
  }
  const runs = { sequential: [], inFlight256: [] };
  for (const [mode, inFlight] of [['sequential', 1], ['inFlight256', IN_FLIGHT]]) {
    await drive(machine, inputText, inFlight, warmupMs, false);
    for (let r = 0; r < repetitions; r++) {
      runs[mode].push(await drive(machine, inputText, inFlight, durationMs, true));
    }
    const median = runs[mode].map((run) => run.throughput).sort((a, b) => a - b)[Math.floor(repetitions / 2)];
    console.log(`${name} ${mode}: ${median.toFixed(0)} executions/s (median of ${repetitions})`);
  }
  results.push({ workload: name, outputMatches, ...runs });
}

writeFileSync(out, JSON.stringify({
  node: process.version, peer: `aws-local-stepfunctions ${peerVersion}`, inFlight: IN_FLIGHT,
  warmupSeconds: warmupMs / 1000, durationSeconds: durationMs / 1000, repetitions, finished: new Date().toISOString(), results,
}, null, 1) + '\n');
console.log(`Wrote ${out}`);
