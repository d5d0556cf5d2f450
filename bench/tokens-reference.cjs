// The reference side of tokens-vs-tiktoken.sh.
//   node tokens-reference.cjs counts IMPL ENCODING LIST   one "count<TAB>path" line per file
//   node tokens-reference.cjs speed  IMPL ENCODING LIST THREADS RUNS
// IMPL is js (js-tiktoken, the reference Baton must equal) or wasm (the `tiktoken` package: OpenAI's Rust core
// compiled to WebAssembly). Files are read as UTF-8 strings before timing; MB means 10^6 UTF-8 bytes.
"use strict";

const fs = require("node:fs");
const { Worker, isMainThread, parentPort, workerData } = require("node:worker_threads");

function encoder(impl, encoding) {
  if (impl === "js") {
    const { Tiktoken } = require("js-tiktoken/lite");
    const ranks = require(`js-tiktoken/ranks/${encoding}`);
    const enc = new Tiktoken(ranks.default ?? ranks);
    return (text) => enc.encode(text, [], []).length;
  }
  if (impl === "wasm") {
    const enc = require("tiktoken").get_encoding(encoding);
    return (text) => enc.encode_ordinary(text).length;
  }
  throw new Error(`unknown implementation ${impl}; use js or wasm`);
}

const readList = (list) => fs.readFileSync(list, "utf8").split("\n").filter((l) => l.length > 0);

if (!isMainThread) {
  // A worker of the speed mode: counts the files it is given, each time the main thread says "run".
  const count = encoder(workerData.impl, workerData.encoding);
  const texts = workerData.files.map((f) => fs.readFileSync(f, "utf8"));
  parentPort.on("message", () => {
    let tokens = 0;
    for (const text of texts) tokens += count(text);
    parentPort.postMessage(tokens);
  });
  parentPort.postMessage("ready");
} else {
  const [mode, impl, encoding, list, threadsText = "1", runsText = "3"] = process.argv.slice(2);
  const files = readList(list);
  if (mode === "counts") {
    const count = encoder(impl, encoding);
    const out = [];
    for (const file of files) out.push(`${count(fs.readFileSync(file, "utf8"))}\t${file}`);
    process.stdout.write(out.join("\n") + "\n");
  } else if (mode === "speed") {
    speed(impl, encoding, files, Number(threadsText), Number(runsText));
  } else {
    console.error("usage: tokens-reference.cjs counts|speed js|wasm ENCODING LIST [THREADS RUNS]");
    process.exit(2);
  }
}

async function speed(impl, encoding, files, threads, runs) {
  const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(fs.readFileSync(f, "utf8"), "utf8"), 0);
  // Files are dealt round-robin by size so that both workers get a similar share (node has no shared work queue).
  const sorted = files.map((f) => [f, fs.statSync(f).size]).sort((a, b) => b[1] - a[1]);
  const shares = Array.from({ length: threads }, () => ({ files: [], size: 0 }));
  for (const [f, size] of sorted) {
    const share = shares.reduce((a, b) => (b.size < a.size ? b : a));
    share.files.push(f);
    share.size += size;
  }
  const workers = shares.map((s) => new Worker(__filename, { workerData: { impl, encoding, files: s.files } }));
  await Promise.all(workers.map((w) => once(w)));
  const seconds = [];
  const cpuSeconds = [];
  let tokens = 0;
  for (let run = 0; run < runs + 1; run++) {
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const totals = await Promise.all(workers.map((w) => { const p = once(w); w.postMessage("run"); return p; }));
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
    const used = process.cpuUsage(cpu);
    cpuSeconds.push((used.user + used.system) / 1e6);
    tokens = totals.reduce((a, b) => a + b, 0);
  }
  workers.forEach((w) => w.terminate());
  const warm = seconds.slice(1).sort((a, b) => a - b);
  const median = warm[Math.floor(warm.length / 2)];
  const cpuMedian = cpuSeconds.slice(1).sort((a, b) => a - b)[Math.floor(warm.length / 2)];
  const mb = bytes / 1e6;
  console.log(`impl=${impl} encoding=${encoding} threads=${threads} texts=${files.length} mb=${mb.toFixed(1)} tokens=${tokens} cold_mbps=${(mb / seconds[0]).toFixed(1)} median_mbps=${(mb / median).toFixed(1)} cpu_mbps_per_core=${(mb / cpuMedian).toFixed(1)} runs_s=${seconds.slice(1).map((s) => s.toFixed(3)).join(",")}`);
}

function once(worker) {
  return new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
}
