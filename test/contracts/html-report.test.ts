/**
 * The HTML report is self-contained and readable in a real browser: Debian's Chromium, driven by
 * playwright-core (as the consent-page test does). Each case shows its verdict, rule and source,
 * and the evidence exchanges with request and response; tokens and secrets are masked.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { runContracts, toHtml, type ContractRunResult } from '../../contracts/index.ts';
import { naiveClient } from '../../examples/clients/naive-client.ts';

const CHROMIUM = process.env.SAGE_MOCK_CHROMIUM ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available)
  console.warn(`html-report: ${CHROMIUM} is missing, so the report cannot be opened in a browser; run scripts/ensure-chromium.sh as root.`);

describe.runIf(available)('the HTML report in headless Chromium', () => {
  let browser: Browser;
  let run: ContractRunResult;
  let html: string;
  let file: string;
  beforeAll(async () => {
    run = await runContracts({ client: naiveClient, cases: ['auth.rotation', 'writes.idempotency-id', 'business.discovery'] });
    html = toHtml(run);
    file = join(mkdtempSync(join(tmpdir(), 'contract-html-')), 'report.html');
    writeFileSync(file, html);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('shows every case with its verdict, reason, rule and source, and the evidence exchanges', async () => {
    const page = await browser.newPage();
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) external.push(r.url());
    });
    await page.goto(pathToFileURL(file).href);
    expect(await page.title()).toBe('sage-mock contracts: function naiveClient');
    expect(await page.locator('section.case').count()).toBe(3);
    expect(await page.locator('section.case.fail').count()).toBe(3);
    expect(await page.textContent('#summary')).toContain('3 fail');
    const idem = page.locator('section[id="writes.idempotency-id"]');
    expect(await idem.locator('.verdict').textContent()).toBe('FAIL');
    expect(await idem.locator('.reason').textContent()).toBe(run.results.find((r) => r.id === 'writes.idempotency-id')!.reason);
    expect(await idem.locator('.rule a').getAttribute('href')).toBe('https://developer.sage.com/accounting/guides/concepts/idempotency/');
    // The evidence: the dropped create and its duplicate, each with request and response.
    const exchanges = idem.locator('details.exchange');
    expect(await exchanges.count()).toBeGreaterThanOrEqual(2);
    await exchanges.first().locator('summary').click();
    expect(await exchanges.first().locator('pre.request').isVisible()).toBe(true);
    expect(await exchanges.first().locator('pre.request').textContent()).toMatch(/^POST \/v3\.1\/sales_invoices\n[\s\S]*idempotency-key: /);
    expect(await exchanges.nth(1).locator('pre.response').textContent()).toMatch(/^201\n/);
    expect(external).toEqual([]);
  });

  it('masks tokens and secrets', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
    const rotation = page.locator('section[id="auth.rotation"] details.exchange');
    await rotation.first().locator('summary').click();
    const request = await rotation.first().locator('pre.request').textContent();
    expect(request).toMatch(/refresh_token=eyJ\w…\w{4} \[masked\]/);
    expect(request).toMatch(/client_secret=\w{4}…\w{4} \[masked\]/);
    const text = (await page.content()) + JSON.stringify(run);
    expect(text).not.toMatch(/eyJ[\w-]{30,}/); // no whole JWT anywhere
    expect(text).not.toMatch(/Bearer (?!\w{4}…\w{4} \[masked\])/);
  });
});
