// Collects what the page computes, for run.mjs: window.__results[section] is either
// { ok: true, value } or { ok: false, error }. Each section also shows its JSON on the page.
window.__results = {};
window.__pageErrors = [];

window.report = async function report(section, compute) {
  let entry;
  try {
    entry = { ok: true, value: await compute() };
  } catch (error) {
    entry = { ok: false, error: error && error.stack ? String(error.stack) : String(error) };
  }
  window.__results[section] = entry;
  const pre = document.querySelector(`#${section} pre`);
  if (pre) pre.textContent = JSON.stringify(entry.ok ? entry.value : entry, null, 2);
  document.getElementById("status").textContent = `reported: ${Object.keys(window.__results).join(", ")}`;
};

window.addEventListener("error", (event) => window.__pageErrors.push(String(event.message)));
window.addEventListener("unhandledrejection", (event) => window.__pageErrors.push(String(event.reason)));
