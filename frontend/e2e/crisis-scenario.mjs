// The crisis story of issue 6 in real Chromium against the real backend: a reviewer reads the word diff of a revised
// post; a crisis lead declares an incident and every screen shows the banner; the lead sends an update from a
// template; compliance (a crisis approver) approves it in the inbox; the console shows it PUBLISHED with the time it
// took; the lead closes the incident and the banner goes; the dashboard shows the day. Screenshots at 1280×800 and
// 390 px.
import { DESKTOP, openSession } from './browser-session.mjs';

const PUBLISH_WAIT = 60_000;
const PHONE = { width: 390, height: 844 };

/** A REST call as an API client would make it (HTTP Basic; demo users' passwords are their names). */
async function api(baseUrl, user, method, path, body) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      Authorization: `Basic ${btoa(`${user}:${user}`)}`,
      'Content-Type': 'application/json',
      Accept: 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${method} ${path} as ${user}: ${response.status} ${await response.text()}`);
  }
  return response.status === 204 ? undefined : response.json();
}

export async function runScenario(options) {
  const { baseUrl } = options;
  const { page, step, shot, expect, signIn, signOut, close } = await openSession(options);
  const state = {};
  let outcome;
  const nav = (name) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
  const banner = page.getByRole('region', { name: 'Open crisis incidents' });

  /** Presses Tab until `target` has the focus (at most 60 times): it is reachable by keyboard. */
  async function tabTo(target) {
    for (let i = 0; i < 60; i++) {
      if (await target.evaluate((element) => element === document.activeElement)) {
        return;
      }
      await page.keyboard.press('Tab');
    }
    throw new Error(`could not reach ${target} with the Tab key`);
  }


  try {
    await step('a reviewer sees the words an author changed since the previous revision', async () => {
      const created = await api(baseUrl, 'author', 'POST', '/api/posts', {
        text: 'Join us this Saturday for our free community health fair at the main campus.',
        platforms: ['FACEBOOK'],
      });
      await api(baseUrl, 'author', 'PUT', `/api/posts/${created.id}`, {
        text: 'Join us this Saturday and Sunday for our free community health fair at the north campus.',
        platforms: ['FACEBOOK'],
        version: created.version,
      });
      await api(baseUrl, 'author', 'POST', `/api/posts/${created.id}/submit`);
      state.revisedPost = created.id;
      await signIn('compliance');
      await nav('Inbox');
      await page.getByRole('link', { name: `Open the task on post ${created.id}` }).click();
      const diff = page.getByLabel('Changes from revision 1 to 2');
      await diff.waitFor();
      const added = await diff.locator('ins').allTextContents();
      const removed = await diff.locator('del').allTextContents();
      expect(added.some((text) => text.includes('and Sunday')), `added: ${added.join(' | ')}`);
      expect(removed.some((text) => text.includes('main')) && added.some((text) => text.includes('north')), `removed: ${removed.join(' | ')}`);
      await shot('10-task-with-diff');
      await page.setViewportSize(PHONE);
      await shot('10b-task-with-diff-390px');
      await page.setViewportSize(DESKTOP);
      await signOut();
    });

    await step('a crisis lead declares an incident by keyboard and the banner shows on every screen', async () => {
      await signIn('crisis');
      await nav('Crisis');
      await page.getByRole('heading', { name: 'Crisis console' }).waitFor();
      // By keyboard only, checking that the focused control is visibly marked.
      await tabTo(page.getByLabel('Title'));
      await page.keyboard.type('Water main break at the north campus');
      await tabTo(page.getByLabel('Severity'));
      await page.getByLabel('Severity').selectOption('CRITICAL');
      const declare = page.getByRole('button', { name: 'Declare incident' });
      await tabTo(declare);
      const outline = await declare.evaluate((element) => getComputedStyle(element).outlineStyle + ' ' + getComputedStyle(element).outlineWidth);
      expect(!outline.startsWith('none') && !outline.endsWith(' 0px'), `no visible focus on the declare button: ${outline}`);
      await page.keyboard.press('Enter');
      await page.getByText(/Declared incident “Water main break at the north campus”/).waitFor();
      await banner.getByText(/Crisis incident open \(critical\): Water main break at the north campus/).waitFor();
      await nav('My posts');
      await page.getByRole('heading', { name: 'My posts' }).waitFor();
      await banner.waitFor();
      await nav('Crisis');
      await page.getByRole('listitem', { name: 'Incident Water main break at the north campus' }).waitFor();
    });

    await step('the crisis lead sends an update from a template for its one approval', async () => {
      const composer = page.getByRole('form', { name: 'Crisis update from a template' });
      await composer.getByLabel('Template').selectOption({ label: 'Closure' });
      const inputs = composer.locator('input[type="text"], input:not([type])');
      for (let i = 0; i < (await inputs.count()); i++) {
        const example = ((await inputs.nth(i).getAttribute('placeholder')) ?? '').replace(/^e\.g\. /, '');
        await inputs.nth(i).fill(example);
      }
      const preview = await composer.getByLabel('Update text').textContent();
      expect(!preview.includes('{{'), `placeholders left in the preview: ${preview}`);
      await composer.getByRole('button', { name: 'Send for approval' }).click();
      const sent = page.getByText(/^Update \d+ sent for approval\.$/);
      await sent.waitFor();
      state.updateId = Number(/Update (\d+)/.exec(await sent.textContent())[1]);
      const tracked = page.getByRole('listitem', { name: `Crisis update ${state.updateId}` });
      await tracked.locator('.status-badge', { hasText: 'In review' }).waitFor();
      await tracked.getByRole('timer', { name: 'Time since submission' }).waitFor();
      await tracked.getByText(/Screened \(done\): eligible for the fast track/).waitFor();
      await shot('11-crisis-console-update-sent');
      await signOut();
    });

    await step('compliance approves the crisis update in the inbox', async () => {
      await signIn('compliance');
      await banner.waitFor();
      await nav('Inbox');
      await page.getByRole('link', { name: `Open the task on post ${state.updateId}` }).click();
      await page.getByRole('heading', { name: `Crisis approval: post ${state.updateId}` }).waitFor();
      await page.getByRole('radio', { name: /Approve/ }).check();
      await page.getByRole('button', { name: 'Record decision' }).click();
      await page.getByText(`Recorded: approved post ${state.updateId}.`).waitFor();
      await signOut();
    });

    await step('the console shows the update PUBLISHED with the time it took', async () => {
      await signIn('crisis');
      await nav('Crisis');
      const tracked = page.getByRole('listitem', { name: `Crisis update ${state.updateId}` });
      await tracked.locator('.status-badge', { hasText: 'Published' }).waitFor({ timeout: PUBLISH_WAIT });
      const took = await tracked.getByRole('timer', { name: 'Time to publication' }).textContent();
      expect(/^\d+:\d\d$/.test(took), `time to publication: ${took}`);
      await tracked.getByText(/Approved \(done\): approved by compliance/).waitFor();
      await shot('12-crisis-console-published');
      await page.setViewportSize(PHONE);
      await shot('12b-crisis-console-390px');
      await page.setViewportSize(DESKTOP);
    });

    await step('the crisis lead closes the incident and the banner goes', async () => {
      await page.getByRole('button', { name: 'Close incident Water main break at the north campus' }).click();
      await page.getByText(/Closed incident “Water main break at the north campus”/).waitFor();
      await banner.waitFor({ state: 'detached' });
      await page.getByText(/No incident is open/).waitFor();
    });

    await step('compliance sees the day on the dashboard: queues, stage times and findings', async () => {
      await signOut();
      await signIn('compliance');
      await nav('Dashboard');
      const times = page.getByRole('img', { name: 'Time in each stage (completed tasks)' });
      await times.waitFor();
      expect((await times.locator('rect.chart__bar').count()) > 0, 'no completed stage drawn');
      await page.getByRole('figure', { name: 'Findings by category per day' }).waitFor();
      await shot('13-dashboard');
      await page.setViewportSize(PHONE);
      await shot('13b-dashboard-390px');
      await page.setViewportSize(DESKTOP);
    });

  } finally {
    outcome = await close();
  }
  return outcome;
}
