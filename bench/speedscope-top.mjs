// Sums a speedscope profile (as `dotnet-trace convert --format Speedscope` or `collect --format Speedscope` writes
// it) by frame: exclusive time is the time a frame was on top of its thread's stack, inclusive the time it was
// anywhere on it (counted once per thread however often it recurses). dotnet-trace's sampler records every managed
// thread, running or not, so a thread that waits (a lock, an idle pool thread, a blocking read) shows as its wait
// frame on top: those frames are summed apart as "waiting", and the table lists the frames that ran.
//
//   node bench/speedscope-top.mjs PROFILE.speedscope.json [top]     # top: rows to print (default 15)
import fs from 'node:fs';

const [file, topArg] = process.argv.slice(2);
const top = Number(topArg ?? 15);
const data = JSON.parse(fs.readFileSync(file, 'utf8'));
const frames = data.shared.frames.map((f) => f.name);

// A thread parked in the runtime or the OS: not CPU. Matched on the leaf frame's name.
const waiting = /(WaitHandle\.Wait|WaitOne|WaitAny|WaitAll|Monitor\.(Wait|Enter|ReliableEnter)|LowLevelLifoSemaphore|LowLevelMonitor|SemaphoreSlim\.Wait|ManualResetEventSlim\.Wait|Thread\.Sleep|SpinWait|Task\.(Wait|SpinThenBlockingWait|InternalWait)|TaskAwaiter|BlockingCollection.*Take|PortableThreadPool\.(GateThread|WorkerThread\.WorkerThreadStart)|WaitSubsystem|ThreadPoolWorkQueue\.Dispatch$|Interop\+Sys\.(Read|Poll|WaitForSocketEvents|WaitPid)|Thread\.Join|SocketAsyncEngine\.EventLoop|SafeWaitHandle|ConsoleStream|Process\.WaitForExit|Interop\+Sys\.ReadStdin|ThreadNative::)/;

const exclusive = new Map();
const inclusive = new Map();
let waited = 0;
let nativeMs = 0;
const native = new Map();
let ran = 0;
let span = 0;
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
for (const profile of data.profiles) {
  span = Math.max(span, profile.endValue);
  const stack = [];
  const onStack = new Map();
  let last = profile.startValue;
  const account = (at) => {
    const ms = at - last;
    last = at;
    if (ms <= 0 || stack.length === 0) return;
    // The sampler marks each sample's top with a pseudo-frame: CPU_TIME (in managed code) or UNMANAGED_CODE_TIME
    // (in native code or the OS: a system call, a wait). The frame below it is the one the thread was in.
    let top = stack.length - 1;
    const marker = frames[stack[top]];
    if (/^(CPU_TIME|UNMANAGED_CODE_TIME)$/.test(marker) && top > 0) top--;
    const leaf = frames[stack[top]];
    if (marker === 'UNMANAGED_CODE_TIME') {
      if (waiting.test(leaf)) { waited += ms; return; }
      add(native, leaf, ms);
      nativeMs += ms;
      return;
    }
    if (waiting.test(leaf)) { waited += ms; return; }
    ran += ms;
    add(exclusive, leaf, ms);
    for (const frame of onStack.keys()) add(inclusive, frames[frame], ms);
  };
  for (const event of profile.events) {
    account(event.at);
    if (event.type === 'O') {
      stack.push(event.frame);
      onStack.set(event.frame, (onStack.get(event.frame) ?? 0) + 1);
    } else {
      stack.pop();
      const n = onStack.get(event.frame) - 1;
      if (n === 0) onStack.delete(event.frame); else onStack.set(event.frame, n);
    }
  }
}

const short = (name) => (name.length > 110 ? `${name.slice(0, 107)}…` : name);
const row = (ms, name) => `${ms.toFixed(0).padStart(8)} ms ${(100 * ms / ran).toFixed(1).padStart(5)} %  ${short(name)}`;
console.log(`Profile: ${data.profiles.length} threads over ${(span / 1000).toFixed(2)} s of thread time: ${(ran / 1000).toFixed(2)} s in managed code, ${(nativeMs / 1000).toFixed(2)} s in native code or the OS, ${(waited / 1000).toFixed(2)} s waiting (not counted below).`);
console.log('(Thread time, not CPU time: on a loaded machine a runnable thread is sampled as running.)');
console.log(`\nTop ${top} frames by exclusive time in managed code:`);
for (const [name, ms] of [...exclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(row(ms, name));
console.log(`\nTop ${Math.min(top, 10)} frames calling native code or the OS (system calls: file writes, reads):`);
for (const [name, ms] of [...native].sort((a, b) => b[1] - a[1]).slice(0, Math.min(top, 10))) console.log(row(ms, name));
const only = new RegExp(process.env.FRAMES ?? "^PolicyKb\\.");
const ours = [...inclusive].filter(([name]) => only.test(name) && !/(Main|Pipeline|Timed|Run|Execute|Program|Command|Invoke)/.test(name));
console.log(`\nTop ${top} PolicyKb frames by inclusive time (managed code):`);
for (const [name, ms] of ours.sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(row(ms, name));
