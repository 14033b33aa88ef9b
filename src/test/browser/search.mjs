// Site search in headless Chromium, driven by the Java test SearchBrowserIT (and usable by hand on any built site).
//
//   node search.mjs --base http://127.0.0.1:PORT --queries queries.json --out result.json [--chromium /usr/bin/chromium]
//
// queries.json: [{"q": "晋政办〔2025〕12号", "year": "2021"?, "col": "<label>"?, "topic": "<label>"?}, …]. For each
// query it opens /search.html, types the query into the search box, picks the filters by their visible label,
// presses Enter and waits for the status line. Writes [{q, status, heading, hrefs[], marks[], ms}] (ms: the
// script's own time from submit to results, as it reports in the form's data-ms), plus the page's text
// without JavaScript under "nojs".
import { readFileSync, writeFileSync } from "node:fs";
import { chromium } from "playwright-core";

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith("--")) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const base = args.base.replace(/\/$/, "");
const queries = JSON.parse(readFileSync(args.queries, "utf8"));
const browser = await chromium.launch({
  executablePath: args.chromium || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
const out = { results: [], external: [] };
try {
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } });
  await context.route("**/*", (route) => {
    const u = new URL(route.request().url());
    if (u.origin === new URL(base).origin) return route.continue();
    out.external.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  for (const query of queries) {
    await page.goto(base + "/search.html", { waitUntil: "load" });
    await page.waitForSelector("#search-form:not([hidden])");
    await page.waitForFunction(() => document.querySelector("#s-col").options.length > 1);
    for (const [key, sel] of [["col", "#s-col"], ["year", "#s-year"], ["topic", "#s-topic"]]) {
      if (query[key]) await page.selectOption(sel, { label: query[key] });
    }
    await page.click("#sq");
    await page.locator("#sq").pressSequentially(query.q);
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => /^(找到|没有)/.test(document.querySelector("#search-status").textContent));
    out.results.push(await page.evaluate((q) => ({
      q,
      url: location.pathname + location.search,
      status: document.querySelector("#search-status").textContent,
      heading: document.querySelector("#search-results").hidden ? "" : document.querySelector("#results-heading").textContent,
      hrefs: [...document.querySelectorAll("#results > li h3 a")].map((a) => a.getAttribute("href")),
      marks: [...document.querySelectorAll("#results mark")].map((m) => m.textContent),
      ms: Number(document.querySelector("#search-form").getAttribute("data-ms")),
    }), query.q));
  }
  const nojs = await browser.newContext({ javaScriptEnabled: false, locale: "zh-CN" });
  const plain = await nojs.newPage();
  await plain.goto(base + "/search.html");
  out.nojs = {
    text: await plain.locator("main").innerText(),
    formVisible: await plain.locator("#search-form").isVisible(),
    links: await plain.locator("main noscript ~ *, main a").evaluateAll((as) => as.map((a) => a.getAttribute("href")).filter(Boolean)),
  };
} finally {
  await browser.close();
}
writeFileSync(args.out, JSON.stringify(out, null, 2));
