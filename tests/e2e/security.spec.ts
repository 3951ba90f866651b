import { contentSecurityPolicy } from '../../src/main/security/content-security-policy';
import { API_NAMES, BRIDGE_GLOBAL } from '@shared/contract/api-contract';
import { localeText } from '../support/locale-text';
import { expect, HOST, test } from './fixtures';
import {
  pastChecks,
  pastFeelings,
  pastHealth,
  pastLessons,
  pastQuestions,
  pastReview,
} from './walkthrough';

// The checks on the page as the app loads it share one app start: each is a step named as its own check, and none
// changes what the next one sees (the navigation checks end on a reload main starts, and the journey starts with one).
test('the loaded page is locked down: CSP, no way out, the contract calls only, malformed calls and permissions refused, navigations the page starts go nowhere; a whole journey requests nothing outside the app', async ({
  app,
}) => {
  // The journey walks every step: its own minute on top (the time limit only catches a hang).
  test.setTimeout(120_000);
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await test.step('an injected inline script is refused by the Content-Security-Policy', async () => {
    const outcome = await page.evaluate(async () => {
      const violation = new Promise<string>((resolve) =>
        document.addEventListener(
          'securitypolicyviolation',
          (event) => resolve(event.violatedDirective),
          { once: true },
        ),
      );
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      const directive = await violation;
      return {
        directive,
        ran: (window as unknown as { __injected?: boolean }).__injected === true,
      };
    });
    expect(outcome).toEqual({ directive: expect.stringMatching(/^script-src/), ran: false });
  });

  await test.step('the page can reach nothing but the app: no fetch, no remote image', async () => {
    const fetched = await page.evaluate(async () => {
      const violations: string[] = [];
      Object.assign(window, { gtcTestViolations: violations });
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(event.violatedDirective),
      );
      const answer = await fetch('https://example.com/').then(
        () => 'fetched',
        () => 'refused',
      );
      const image = new Image();
      image.src = 'https://example.com/pixel.png';
      document.body.append(image);
      return answer;
    });
    expect(fetched).toBe('refused');
    // The image's violation is reported when Chromium gets to it: waited for, never a fixed time.
    await expect
      .poll(() =>
        page.evaluate(
          () => (window as unknown as { gtcTestViolations: string[] }).gtcTestViolations,
        ),
      )
      .toEqual(expect.arrayContaining(['connect-src', 'img-src']));
  });

  await test.step('the page gets exactly the contract calls and nothing else from the bridge', async () => {
    const names = await page.evaluate(
      (global) => Object.keys((window as unknown as Record<string, object>)[global] ?? {}),
      BRIDGE_GLOBAL,
    );
    expect(names.sort()).toEqual([...API_NAMES].sort());
  });

  await test.step('calls with malformed arguments are refused by main', async () => {
    const answers = await page.evaluate(async (global) => {
      const api = (
        window as unknown as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>
      )[global];
      return Promise.all([
        api?.updateSession?.({ language: 'klingon' }),
        api?.updateSession?.({ firstName: 'x'.repeat(5000) }),
        api?.getProtocol?.({ id: '../../etc/passwd' }),
        api?.getProtocol?.('not an object'),
      ]);
    }, BRIDGE_GLOBAL);
    for (const answer of answers)
      expect(answer).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  await test.step('every permission the page asks for is denied, as the session guards deny it in Electron', async () => {
    const answers = await page.evaluate(async () => ({
      notification: await Notification.requestPermission(),
      queried: await Promise.all(
        (['geolocation', 'notifications', 'camera', 'microphone'] as const).map(
          async (name) => (await navigator.permissions.query({ name: name })).state,
        ),
      ),
    }));
    expect(answers).toEqual({
      notification: 'denied',
      queried: ['denied', 'denied', 'denied', 'denied'],
    });
  });

  await test.step('a navigation the page starts goes nowhere, its own reload included, as the guards in Electron make it', async () => {
    if (HOST === 'electron') {
      test.info().annotations.push({
        type: 'skip',
        description: 'inside Electron, electron-runtime.spec.ts checks the guards themselves',
      });
      return;
    }
    const before = page.url();
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
    await page.evaluate(() => window.location.reload());
    await expect.poll(() => app.cancelledNavigations()?.length).toBe(1);
    await page.evaluate(() => void (window.location.href = '/index.html?elsewhere'));
    await expect.poll(() => app.cancelledNavigations()?.length).toBe(2);
    expect(
      await page.evaluate(
        () => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage,
      ),
    ).toBe(true);
    expect(page.url()).toBe(before);
    // A reload main starts (a person pressing reload at home) goes through.
    await app.reload();
    expect(
      await page.evaluate(
        () => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage,
      ),
    ).toBeUndefined();
  });

  await test.step('the page comes from the app origin, never file://, with the CSP header', async () => {
    const response = await app.reload();
    const url = new URL(page.url());
    if (HOST === 'electron') expect(url.href).toBe('app://gtc/index.html');
    else expect([url.protocol, url.hostname]).toEqual(['http:', '127.0.0.1']);
    expect(await response?.headerValue('content-security-policy')).toBe(
      contentSecurityPolicy('header'),
    );
  });

  await test.step('a whole journey requests nothing outside the app', async () => {
    const outside: string[] = [];
    const appUrl = new URL(page.url());
    // The whole browser context: the page, its pdf.js worker and anything it might open.
    page.context().on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== appUrl.protocol || url.host !== appUrl.host) outside.push(request.url());
    });
    await app.reload();
    await page
      .getByRole('radio', { name: localeText('en', 'app', 'welcome.roles.patient'), exact: true })
      .check();
    await page.getByLabel(localeText('en', 'app', 'welcome.nameLabel')).fill('Ana');
    await page
      .getByRole('group', { name: localeText('en', 'app', 'welcome.therapyLabel') })
      .getByRole('radio')
      .first()
      .check();
    await page.getByRole('button', { name: localeText('en', 'app', 'nav.next') }).click();
    await pastLessons(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      localeText('en', 'app', 'checklist.heading'),
    );
    await page.getByRole('combobox').selectOption('ar');
    await page.getByRole('button', { name: localeText('ar', 'app', 'nav.next') }).click();
    await pastHealth(page, 'ar');
    await pastQuestions(page, 'ar');
    await pastFeelings(page, 'ar');
    await pastChecks(page, 'ar');
    await pastReview(page, 'ar');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      localeText('ar', 'app', 'handout.heading'),
    );
    expect(outside).toEqual([]);
  });
});
