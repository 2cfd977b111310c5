// End-to-end test of the dashboard in headless Chromium: load the page, search an actor by a
// Persian name, narrow the dates, click an edge, read its evidence. Screenshots go to the
// artefact folder so that a person can look at what the test saw.
//
// usage: node dashboard.test.mjs BASE_URL ARTEFACT_DIR
// Expects a store holding the bundled examples (examples/articles), served by `parley serve`.

import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const [base, artefacts] = process.argv.slice(2);
if (!base || !artefacts) {
  console.error('usage: node dashboard.test.mjs BASE_URL ARTEFACT_DIR');
  process.exit(2);
}
mkdirSync(artefacts, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  const step = async (name, body) => {
    process.stdout.write(`- ${name}: `);
    await body();
    console.log('ok');
  };

  await step('the page loads with network, timeline and stats', async () => {
    await page.goto(base);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
    assert.match(await page.textContent('#stats'), /\d+ interactions among \d+ actors from \d+ articles/);
    assert.ok(await page.locator('#network .node').count() >= 5, 'network shows the actors');
    assert.ok(await page.locator('#network .pair').count() >= 3, 'network shows the contacts');
    assert.ok(await page.locator('#timeline .mark').count() >= 5, 'timeline shows the contacts');
    assert.equal(await page.textContent('#message'), '');
    await page.screenshot({ path: path.join(artefacts, '1-overview.png'), fullPage: true });
  });

  await step('an actor is found by a Persian name and focused', async () => {
    await page.fill('#search', 'امیرعبداللهیان');
    const result = page.locator('#search-results li[data-actor="person:hossein-amir-abdollahian"]');
    await result.waitFor({ timeout: 5000 });
    assert.match(await result.textContent(), /Hossein Amir-Abdollahian/);
    await result.click();
    await page.waitForSelector('#network .node.focus[data-actor="person:hossein-amir-abdollahian"]');
    await page.waitForSelector('body[data-loading="false"]');
    assert.match(await page.textContent('#network-caption'), /focus: Hossein Amir-Abdollahian/);
    assert.ok(await page.locator('#clear-focus').isVisible());
  });

  let allMarks = 0;
  await step('narrowing the dates narrows the timeline', async () => {
    allMarks = await page.locator('#timeline .mark').count();
    await page.fill('#from', '2023-08-01');
    await page.fill('#to', '2023-08-31');
    await page.click('#apply');
    await page.waitForFunction(() => document.querySelector('#timeline-caption').textContent !== '' &&
      document.body.dataset.loading === 'false');
    await page.waitForFunction((before) => document.querySelectorAll('#timeline .mark').length < before, allMarks);
    const titles = await page.locator('#timeline .mark > title').allTextContents();
    assert.ok(titles.length > 0, 'some contacts remain in August 2023');
    for (const t of titles) assert.match(t, /^\w+ 2023-08/, `a mark outside the window: ${t}`);
    await page.screenshot({ path: path.join(artefacts, '2-focused-august.png'), fullPage: true });
  });

  await step('clicking an edge shows its evidence with the article', async () => {
    const edge = page.locator('#network .pair[data-pair*="person:hossein-amir-abdollahian"] .link-hit').first();
    await edge.click({ force: true });
    await page.waitForSelector('#evidence .mention blockquote');
    const quotes = await page.locator('#evidence .mention blockquote').allTextContents();
    assert.ok(quotes.every((q) => q.trim().length > 20), 'each mention quotes its sentence');
    assert.match(await page.textContent('#evidence h3'), /Hossein Amir-Abdollahian/);
    assert.match(await page.textContent('#evidence .interaction'), /(called|met|visited) 2023-08/);
    assert.ok(await page.locator('#evidence .mention .muted').count() > 0, 'each mention names its article');
    await page.screenshot({ path: path.join(artefacts, '3-evidence.png'), fullPage: true });
  });

  await step('an impossible date range is refused with a message', async () => {
    await page.fill('#from', '2024-01-01');
    await page.fill('#to', '2023-01-01');
    await page.click('#apply');
    await page.waitForFunction(() => document.querySelector('#message').textContent !== '');
    assert.match(await page.textContent('#message'), /start date is after the end date/);
  });

  assert.deepEqual(pageErrors, [], 'no JavaScript errors on the page');
} catch (error) {
  failed = true;
  console.log('FAILED');
  console.error(error);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
