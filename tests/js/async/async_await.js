// Promises and async/await ordering relative to timers.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function main() {
  console.log("start");
  await sleep(5);
  console.log("after sleep");
  const r = await Promise.all([1, Promise.resolve(2), sleep(1).then(() => 3)]);
  console.log(r);
  try { await Promise.reject(new Error("nope")); } catch (e) { console.log("caught", e.message); }
}
main().then(() => console.log("done"));
Promise.resolve().then(() => console.log("microtask"));
console.log("sync");
