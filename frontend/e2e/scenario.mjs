// The publishing scenario of issue 6, step by step, in real Chromium against the real backend:
// an author writes a post naming a patient, sees the highlight, applies the suggestions until no PHI finding is
// left, keeps a medical claim that routes to legal and submits; compliance claims and approves it in the inbox;
// legal signs off; the author sees it PUBLISHED on the post record with its timeline. Along the way the inbox's
// filters are checked to be the server's (sent as query parameters), and an author's answers to a reviewer's
// suggested edits are checked to survive a reload.
import { readFileSync } from 'node:fs';
import { DESKTOP, WAIT, openSession } from './browser-session.mjs';

const PUBLISH_WAIT = 60_000;
const PHONE = { width: 390, height: 844 };

const TEXT =
  'Congratulations to our patient John Smith, who was discharged today after a long stay with us! ' +
  'Our new joint therapy is guaranteed to cure arthritis.';

export async function runScenario(options) {
  const { baseUrl } = options;
  /** A REST call as a demo user (HTTP Basic), for set-up the scenario does not test through the screens. */
  const api = async (user, method, path, body) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        Authorization: `Basic ${Buffer.from(`${user}:${user}`).toString('base64')}`,
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`${method} ${path}: ${response.status} ${text}`);
    }
    return text ? JSON.parse(text) : undefined;
  };
  const { page, step, shot, expect, signIn, signOut, close } = await openSession(options);
  const state = {};
  let outcome;
  const summary = page.locator('#screening-summary');
  /** Waits until the live screening has answered for the text as it is now. */
  const screeningSettled = () =>
    page.waitForFunction(() => {
      const text = document.querySelector('#screening-summary')?.textContent ?? '';
      return text !== '' && text !== 'Screening…';
    }, null, { timeout: WAIT });
  const phiFindings = page.locator('li.finding').filter({ hasText: 'Protected health information' });



  try {
    await step('author signs in', () => signIn('author', '01-sign-in'));

    await step('author writes a post naming a patient and sees the name highlighted', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compose' }).click();
      await page.getByRole('heading', { name: 'New post' }).waitFor();
      await page.getByRole('checkbox', { name: 'X', exact: true }).check();
      await page.getByLabel('Post text').fill(TEXT);
      await page.locator('[data-testid="finding-mirror"] mark', { hasText: 'John Smith' }).waitFor();
      await screeningSettled();
      expect((await phiFindings.count()) > 0, 'no PHI finding listed');
      expect((await summary.textContent()).includes('finding'), `summary says "${await summary.textContent()}"`);
      await page.getByRole('article', { name: 'X preview' }).locator('mark', { hasText: 'John Smith' }).waitFor();
      await shot('02-composer-phi-highlighted');
    });

    await step('author applies suggestions until no PHI finding is left', async () => {
      for (let round = 0; (await phiFindings.count()) > 0; round++) {
        expect(round < 5, 'PHI findings keep coming back after 5 suggestions');
        const apply = phiFindings.first().getByRole('button', { name: /^Apply suggestion/ });
        expect((await apply.count()) === 1, `a PHI finding has no suggestion to apply: ${await phiFindings.first().textContent()}`);
        await apply.click();
        await screeningSettled();
      }
      const text = await page.getByLabel('Post text').inputValue();
      expect(!text.includes('John Smith'), `the name is still in the text: ${text}`);
      expect(text.includes('guaranteed to cure'), 'the claim should still be there');
      await page.locator('li.finding').filter({ hasText: 'CLAIM_GUARANTEE' }).waitFor();
      await shot('03-composer-suggestion-applied');
    });

    await step('a patient story without consent stays blocked until the author drops the story', async () => {
      // Without a name it is still a story about one patient, and no consent is on file: patient-consent blocks it.
      await page.locator('li.finding').filter({ hasText: 'CONSENT_' }).first().waitFor();
      await page.locator('.findings-panel .route-badge', { hasText: 'Blocked' }).waitFor();
      const text = await page.getByLabel('Post text').inputValue();
      const claim = text.slice(text.indexOf('Our new joint therapy'));
      expect(claim.startsWith('Our new joint therapy'), `unexpected text: ${text}`);
      await page.getByLabel('Post text').fill(claim);
      await screeningSettled();
      expect((await page.locator('li.finding').filter({ hasText: 'CONSENT_' }).count()) === 0,
        'the consent finding is still listed');
      await page.locator('.findings-panel .route-badge', { hasText: 'Needs legal' }).waitFor();
      await shot('03b-composer-story-dropped');
    });

    await step('author submits; screening sends it to compliance, then legal', async () => {
      await page.getByRole('button', { name: 'Submit for review' }).click();
      await page.getByText('Submitted. Screening routed it to compliance, then legal.').waitFor();
      await page.locator('.composer__title .status-badge', { hasText: 'In review' }).waitFor();
      const match = /\/compose\/(\d+)$/.exec(page.url());
      expect(match, `no post id in ${page.url()}`);
      state.postId = Number(match[1]);
      await shot('04-composer-submitted');
      await page.setViewportSize(PHONE);
      await page.getByLabel('Post text').waitFor();
      await shot('04b-composer-390px');
      await page.setViewportSize(DESKTOP);
    });

    await step('author sees the post in review on My posts, with its timeline', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My posts' }).click();
      await page.getByRole('heading', { name: 'My posts' }).waitFor();
      const card = page.locator('li.post-card').filter({ hasText: `Post ${state.postId},` });
      await card.locator('.status-badge', { hasText: 'In review' }).waitFor();
      await card.getByRole('button', { name: 'Show timeline' }).click();
      await card.getByRole('list', { name: `Timeline of post ${state.postId}` }).getByText('Submitted').waitFor();
      await shot('05-my-posts-timeline');
      await signOut();
    });

    await step('compliance sees the dashboard drawn as charts, each with its figures in words', async () => {
      await signIn('compliance');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
      const queues = page.getByRole('img', { name: 'Open tasks per stage' });
      await queues.waitFor();
      expect((await queues.locator('rect.chart__bar').count()) > 0, 'no bar in the queue chart');
      expect((await page.getByRole('img').count()) === 6, `expected 6 charts, found ${await page.getByRole('img').count()}`);
      await shot('05b-dashboard');
    });

    await step('compliance finds the post in the inbox and claims it', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inbox' }).click();
      const row = page.locator(`tr:has(a:text-is("Post ${state.postId}"))`);
      await row.waitFor();
      await row.locator('.route-badge', { hasText: 'Needs legal' }).waitFor();
      await shot('06-inbox-compliance');
      await page.setViewportSize(PHONE);
      await shot('06b-inbox-390px');
      await page.setViewportSize(DESKTOP);
      // The filters are the server's: sent as query parameters of GET /api/tasks, the count is the server's total.
      const [filteredRequest] = await Promise.all([
        page.waitForRequest((request) => request.url().includes('/api/tasks?') && request.url().includes('platform=TWITTER')),
        page.goto(`${baseUrl}/inbox?platform=TWITTER&route=NEEDS_LEGAL`),
      ]);
      expect(filteredRequest.url().includes('route=NEEDS_LEGAL'), `filters not sent: ${filteredRequest.url()}`);
      await row.waitFor();
      await page.getByText(/\d+ matching tasks?/).waitFor();
      await Promise.all([
        page.waitForRequest((request) => request.url().includes('platform=INSTAGRAM')),
        page.goto(`${baseUrl}/inbox?platform=INSTAGRAM`),
      ]);
      await page.getByRole('combobox', { name: 'Platform' }).waitFor();
      await page.waitForFunction(() => !document.querySelector('[role="status"]')?.textContent?.includes('Loading'));
      expect((await row.count()) === 0, 'a post on Facebook and X is listed under Instagram');
      await shot('06c-inbox-filtered');
      await page.goto(`${baseUrl}/inbox`);
      await row.waitFor();
      await page.getByRole('checkbox', { name: `Select the task on post ${state.postId}` }).check();
      await page.getByRole('button', { name: 'Claim selected (1)' }).click();
      await page.getByText('Claimed 1 of 1 task.').waitFor();
      await row.getByText('you', { exact: true }).waitFor();
    });

    await step('compliance reads the post with its claim highlighted and approves', async () => {
      await page.getByRole('link', { name: `Open the task on post ${state.postId}` }).click();
      await page.getByRole('heading', { name: `Compliance review: post ${state.postId}` }).waitFor();
      await page.getByRole('article', { name: 'Facebook preview' }).locator('mark', { hasText: 'guaranteed to cure' }).waitFor();
      await page.getByRole('radio', { name: /Approve/ }).check();
      await shot('07-task-compliance');
      await page.getByRole('button', { name: 'Record decision' }).click();
      await page.getByText(`Recorded: approved post ${state.postId}.`).waitFor();
      await signOut();
    });

    await step('legal signs off', async () => {
      await signIn('legal');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inbox' }).click();
      await page.getByRole('link', { name: `Open the task on post ${state.postId}` }).click();
      await page.getByRole('heading', { name: `Legal sign-off: post ${state.postId}` }).waitFor();
      await page.getByRole('region', { name: 'Earlier decisions' }).getByText('Compliance: Approved').waitFor();
      await page.getByRole('radio', { name: /Approve/ }).check();
      await page.getByLabel('Comment (optional)').fill('Claim reviewed; acceptable for this campaign.');
      await shot('08-task-legal');
      await page.getByRole('button', { name: 'Record decision' }).click();
      await page.getByText(`Recorded: approved post ${state.postId}.`).waitFor();
      await signOut();
    });

    await step('author sees the post PUBLISHED on its record, with publications and the audit timeline', async () => {
      await signIn('author');
      await page.goto(`${baseUrl}/posts/${state.postId}`);
      await page.getByRole('heading', { name: `Post ${state.postId}` }).waitFor();
      await page.locator('.page-title .status-badge', { hasText: 'Published' }).waitFor({ timeout: PUBLISH_WAIT });
      const timeline = page.getByRole('list', { name: 'Audit timeline' });
      for (const entry of ['Created', 'Submitted', 'Screened', 'Review decision', 'Approved', 'Published']) {
        await timeline.getByText(entry, { exact: true }).first().waitFor();
      }
      const publications = page.getByRole('list', { name: 'Publications' }).getByRole('listitem');
      expect((await publications.count()) === 2, `expected 2 publications, found ${await publications.count()}`);
      await shot('09-post-record-published');
    });

    await step('the record exports as JSON and CSV', async () => {
      const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
      const record = JSON.parse(readFileSync(await json.path(), 'utf8'));
      expect(record.post.id === state.postId && record.post.status === 'PUBLISHED', 'JSON export does not hold the published post');
      const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export audit CSV' }).click()]);
      const lines = readFileSync(await csv.path(), 'utf8').trim().split('\r\n');
      expect(lines[0] === 'sequence,at,actor,type,revision,from,to,detail,hash', `CSV header: ${lines[0]}`);
      expect(lines.length === record.history.length + 1, 'CSV has one row per audit entry');
    });

    await step('the author’s answers to a reviewer’s suggested edits survive a reload', async () => {
      const claim = 'Our new knee therapy is guaranteed to cure arthritis, 100% effective!';
      const created = await api('author', 'POST', '/api/posts', { text: claim, platforms: ['FACEBOOK'], kind: 'POST' });
      await api('author', 'POST', `/api/posts/${created.id}/submit`);
      const task = (await api('compliance', 'GET', '/api/tasks?limit=1000')).find((t) => t.postId === created.id);
      expect(task, `no compliance task for post ${created.id}`);
      const start = claim.indexOf('guaranteed to cure');
      await api('compliance', 'POST', `/api/tasks/${task.id}/decision`, {
        decision: 'REQUEST_CHANGES',
        comment: 'No cure claims.',
        suggestedEdits: [
          { start, end: start + 'guaranteed to cure'.length, replacement: 'designed to ease' },
          { start: claim.indexOf(', 100% effective'), end: claim.length - 1, replacement: '' },
        ],
      });
      await page.goto(`${baseUrl}/compose/${created.id}`);
      const suggestions = page.getByRole('list', { name: 'Suggested edits' }).getByRole('listitem');
      await suggestions.first().waitFor();
      await suggestions.nth(1).getByRole('button', { name: 'Ignore' }).click();
      await suggestions.nth(1).getByText('Ignored.').waitFor();
      await page.getByRole('button', { name: /^Accept suggestion 1/ }).click();
      await page.getByRole('button', { name: 'Save draft' }).click();
      await suggestions.first().getByText('Accepted: part of the saved text.').waitFor();
      await page.reload();
      await suggestions.first().getByText('Accepted: part of the saved text.').waitFor();
      await suggestions.nth(1).getByText('Ignored.').waitFor();
      const text = await page.getByLabel('Post text').inputValue();
      expect(text.includes('designed to ease') && text.includes('100% effective'), `unexpected text after reload: ${text}`);
      await shot('10-composer-suggestions-answered');
    });

  } finally {
    outcome = await close();
  }
  return outcome;
}
