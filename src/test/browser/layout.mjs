// The reader's side of the layout, measured in headless Chromium on every page of a built site (issue 22):
//  1. at 1280 px (normal and 长者模式) and at 1600 px no table, image, SVG or pre is wider than its container, no table box has to
//     scroll sideways, and no date in a table breaks over two lines;
//  2. at 375 px, after each report table that scrolls is scrolled fully sideways, every row label (th in tbody)
//     is still inside the table's box: the row-label column stays in view;
//  3. no header cell's text wraps inside a word: the rendered line boxes of every th are found character by
//     character and each line break must fall on a word boundary of Chromium's own Chinese word segmenter
//     (Intl.Segmenter, ICU's dictionary) that does not split one of the compound terms of the report format
//     ICU's dictionary misses (NEVER_SPLIT).
// Usage: node layout.mjs --base URL --pages pages.json --out DIR [--chromium PATH]
// Writes DIR/layout.json: {pages, checked{...}, problems[]}.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith("--")) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const base = args.base.replace(/\/$/, "");
const pages = JSON.parse(readFileSync(args.pages, "utf8"));
// Terms of the report format that ICU's dictionary splits although they are one word.
const NEVER_SPLIT = ["行政复议", "复议", "结转", "本年", "办结", "制发", "第二十条", "新收", "补正", "信访", "举报", "出具",
  "自然人", "总计", "维持", "审结"];
const MODES = [
  { name: "desktop", width: 1280, height: 900, elder: false, fit: true },
  { name: "wide", width: 1600, height: 900, elder: false, fit: true },
  { name: "mobile", width: 375, height: 812, elder: false, sticky: true },
  { name: "elder", width: 1280, height: 900, elder: true, fit: true },
  { name: "elder-mobile", width: 375, height: 812, elder: true, sticky: true },
];

const problems = [];
const checked = { fitElements: 0, scrolledTables: 0, stickyLabels: 0, headerCells: 0, wrappedHeaderCells: 0, lineBreaks: 0 };
const browser = await chromium.launch({
  executablePath: args.chromium || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});

/** In the page: every line break inside a th, and whether the segmenter allows it. */
function headerBreaks(neverSplit) {
  const seg = new Intl.Segmenter("zh", { granularity: "word" });
  const out = { cells: 0, wrapped: 0, breaks: 0, bad: [] };
  for (const th of document.querySelectorAll("main th")) {
    if (!th.offsetParent && getComputedStyle(th).position !== "fixed") continue;
    const chars = [];
    const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (let i = 0; i < n.data.length; i++) chars.push({ node: n, i, ch: n.data[i] });
    }
    const text = chars.map((c) => c.ch).join("");
    if (!text.trim()) continue;
    out.cells++;
    const allowed = new Set();
    let at = 0;
    for (const s of seg.segment(text)) {
      allowed.add(at);
      at += s.segment.length;
    }
    for (const term of neverSplit) {
      for (let k = text.indexOf(term); k >= 0; k = text.indexOf(term, k + 1)) {
        for (let j = k + 1; j < k + term.length; j++) allowed.delete(j);
      }
    }
    const range = document.createRange();
    let prev = null;
    let lines = 1;
    chars.forEach((c, idx) => {
      if (/\s/.test(c.ch)) return;
      range.setStart(c.node, c.i);
      range.setEnd(c.node, c.i + 1);
      const r = range.getClientRects()[0];
      if (!r) return;
      if (prev && r.top > prev.top + prev.height / 2) {
        lines++;
        out.breaks++;
        if (!allowed.has(idx)) out.bad.push(`${text.slice(0, idx)}/${text.slice(idx)}`);
      }
      prev = r;
    });
    if (lines > 1) out.wrapped++;
  }
  return out;
}

try {
  for (const mode of MODES) {
    const context = await browser.newContext({ viewport: { width: mode.width, height: mode.height }, locale: "zh-CN" });
    if (mode.elder) await context.addInitScript(() => window.localStorage.setItem("gksite.elder", "1"));
    const page = await context.newPage();
    page.setDefaultTimeout(20000);
    for (const p of pages) {
      await page.goto(base + p, { waitUntil: "load" });
      const where = `${mode.name} ${p}`;
      if (mode.fit) {
        const fit = await page.evaluate(() => {
          const bad = [];
          let n = 0;
          const block = (e) => {
            let c = e.parentElement;
            while (c && getComputedStyle(c).display.startsWith("inline")) c = c.parentElement;
            return c;
          };
          for (const e of document.querySelectorAll("table, img, pre, svg, video, iframe")) {
            if (e.closest("svg") && e.tagName.toLowerCase() !== "svg" || e.parentElement.closest("svg")) continue;
            const r = e.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue;
            n++;
            const c = block(e);
            const cs = getComputedStyle(c);
            const inner = c.getBoundingClientRect();
            const left = inner.left + parseFloat(cs.borderLeftWidth);
            const right = inner.right - parseFloat(cs.borderRightWidth);
            if (r.width > right - left + 0.5) {
              bad.push(`${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""} is ${r.width.toFixed(1)}px wide in a ${(right - left).toFixed(1)}px ${c.tagName.toLowerCase()}${c.className ? "." + c.className.split(" ")[0] : ""}`);
            }
          }
          for (const s of document.querySelectorAll(".table-scroll")) {
            if (s.scrollWidth > s.clientWidth + 0.5) bad.push(`${s.querySelector("table")?.id || "table"} scrolls sideways by ${s.scrollWidth - s.clientWidth}px`);
          }
          // A date in a table is read as one word: 2026-01-27, not 2026-01- / 27.
          for (const t of document.querySelectorAll("main td time, main th time")) {
            const tops = new Set([...t.getClientRects()].map((r) => Math.round(r.top)));
            if (tops.size > 1) bad.push(`date ${t.textContent} breaks over ${tops.size} lines`);
          }
          return { n, bad };
        });
        checked.fitElements += fit.n;
        fit.bad.forEach((b) => problems.push(`${where}: ${b}`));
      }
      if (mode.sticky) {
        const sticky = await page.evaluate(async () => {
          const bad = [];
          let scrolled = 0;
          let labels = 0;
          for (const s of document.querySelectorAll(".table-scroll")) {
            const heads = [...s.querySelectorAll("tbody th")];
            if (s.scrollWidth <= s.clientWidth + 0.5 || heads.length === 0) continue;
            s.scrollLeft = s.scrollWidth;
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            if (s.scrollLeft < 1) continue;
            scrolled++;
            const box = s.getBoundingClientRect();
            for (const th of heads) {
              const r = th.getBoundingClientRect();
              if (r.width === 0) continue;
              labels++;
              // A full-width title row (表二's block rows) only needs its start in view.
              const end = Math.min(r.right, r.left + box.width);
              if (r.left < box.left - 1 || end > box.right + 1) {
                bad.push(`${s.querySelector("table").id}: row label “${th.textContent.trim().slice(0, 20)}” at ${r.left.toFixed(0)}–${r.right.toFixed(0)}px, box ${box.left.toFixed(0)}–${box.right.toFixed(0)}px after scrolling ${s.scrollLeft}px`);
              }
            }
            s.scrollLeft = 0;
          }
          return { scrolled, labels, bad };
        });
        checked.scrolledTables += sticky.scrolled;
        checked.stickyLabels += sticky.labels;
        sticky.bad.forEach((b) => problems.push(`${where}: ${b}`));
      }
      const breaks = await page.evaluate(headerBreaks, NEVER_SPLIT);
      checked.headerCells += breaks.cells;
      checked.wrappedHeaderCells += breaks.wrapped;
      checked.lineBreaks += breaks.breaks;
      breaks.bad.forEach((b) => problems.push(`${where}: header text wraps inside a word: ${b}`));
    }
    await context.close();
  }
} finally {
  await browser.close();
}
writeFileSync(path.join(args.out, "layout.json"), JSON.stringify({ pages: pages.length, checked, problems }, null, 1));
console.log(`layout: ${pages.length} pages × ${MODES.length} modes, ${JSON.stringify(checked)}, ${problems.length} problems`);
