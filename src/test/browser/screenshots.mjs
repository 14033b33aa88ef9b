// Screenshots for review: home, a list, a document and the annual report, at 1280 px and 375 px, normal
// and 长者模式, full page, plus the report in print media (PNG, and printed to PDF). Usage: node screenshots.mjs SITE_DIR OUT_DIR
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";

const [siteDir = "site", outDir = "screenshots"] = process.argv.slice(2);
const PAGES = {
  home: "/",
  list: "/xxgk/zfxxgkzl/ml/02/",
  document: "/xxgk/zfxxgkzl/ml/02/jzb-2025-31.html",
  report: "/xxgk/zfxxgkzl/ndbg/2025/",
};
mkdirSync(outDir, { recursive: true });
const server = await serve(path.resolve(siteDir));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
try {
  for (const width of [1280, 375]) {
    for (const elder of [false, true]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "zh-CN" });
      if (elder) await context.addInitScript(() => window.localStorage.setItem("gksite.elder", "1"));
      const page = await context.newPage();
      for (const [name, url] of Object.entries(PAGES)) {
        await page.goto(base + url, { waitUntil: "load" });
        const file = path.join(outDir, `${name}-${width}${elder ? "-elder" : ""}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await context.close();
    }
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base + PAGES.report, { waitUntil: "load" });
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: path.join(outDir, "report-print-media.png"), fullPage: true });
  console.log(path.join(outDir, "report-print-media.png"));
  await page.pdf({ path: path.join(outDir, "report-print.pdf"), format: "A4", preferCSSPageSize: true });
  console.log(path.join(outDir, "report-print.pdf"));
} finally {
  await browser.close();
  server.close();
}
