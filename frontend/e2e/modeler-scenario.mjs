// The process modeler against the real server and engine: a post waits in compliance review (live count on the
// diagram); the modeler opens the post-approval process, adds a user task into the SLA escalation path (connected
// on both sides), gives it Clearance's "Medical review" element template, sees validation name the unnamed task and
// select it, names it, compares with the deployed version, saves a draft, deploys it with a comment and sees the new
// version in the list; an administrator previews and applies the migration of the waiting instance to it.
import { openSession } from './browser-session.mjs';

const PROCESS_TABLE = 'Deployed versions of Post approval, newest first';
const NEW_TASK = 'Notify the team lead';
const COUNT_WAIT = 30_000;

async function api(baseUrl, user, method, path, body) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { Authorization: `Basic ${btoa(`${user}:${user}`)}`, 'Content-Type': 'application/json', Accept: 'application/json' },
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
  const editor = page.locator('.bpmn-editor__canvas');
  const element = (id) => editor.locator(`.djs-element[data-element-id="${id}"]`);

  async function centre(locator) {
    const box = await locator.boundingBox();
    expect(box, 'element not on screen');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  async function drag(from, to) {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) {
      await page.mouse.move(from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10);
    }
    await page.mouse.up();
  }

  await step('an author submits a post, so one instance waits in compliance review', async () => {
    const post = await api(baseUrl, 'author', 'POST', '/api/posts', { text: 'Our flu clinic opens on Saturday at 9am.', platforms: ['FACEBOOK'] });
    await api(baseUrl, 'author', 'POST', `/api/posts/${post.id}/submit`);
    state.postId = post.id;
  });

  await step('modeler opens the post-approval process and sees the waiting instance counted on the diagram', async () => {
    await signIn('modeler');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Processes' }).click();
    const table = page.getByRole('table', { name: PROCESS_TABLE });
    await table.waitFor();
    state.versions = await table.locator('tbody tr').count();
    await table.locator('tbody tr').first().getByRole('link', { name: /^Version / }).click();
    await page.getByRole('heading', { name: /^Post approval, version \d+$/ }).waitFor();
    state.fromVersion = Number(/version (\d+)$/.exec(await page.getByRole('heading', { level: 1 }).textContent())[1]);
    await page.locator('.bpmn-viewer .djs-container svg').first().waitFor();
    await page
      .locator('.activity-count[data-activity-id="Task_ComplianceReview"] .activity-count__instances')
      .first()
      .waitFor({ timeout: COUNT_WAIT });
    await shot('30-modeler-version-live-counts');
  });

  await step('opens it in the modeler with the Camunda properties panel and the element templates', async () => {
    await page.getByRole('link', { name: 'Edit in the modeler' }).click();
    await element('Task_PublishPost').waitFor();
    await element('Task_PublishPost').click();
    await page.locator('.bpmn-editor__properties .bio-properties-panel').waitFor();
    // The publish task carries Clearance's "Publish" element template.
    await page.locator('.bpmn-editor__properties .bio-properties-panel-header').getByText('Publish', { exact: false }).first().waitFor();
    await shot('31-modeler-editor');
  });

  await step('adds a user task into the escalation path, connected on both sides', async () => {
    // Make room: move the escalation's end event to the right, then drop a new task onto the longer flow.
    const end = await centre(element('EndEvent_ComplianceEscalated'));
    await drag(end, { x: end.x + 90, y: end.y });
    const flow = await centre(element('Flow_ComplianceEscalated'));
    const before = new Set(await editor.locator('.djs-shape[data-element-id^="Activity_"]').evaluateAll((nodes) => nodes.map((node) => node.dataset.elementId)));
    const palette = page.locator('.djs-palette [data-action="create.task"]');
    const start = await centre(palette);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 15; i++) {
      await page.mouse.move(start.x + ((flow.x - start.x) * i) / 15, start.y + ((flow.y - start.y) * i) / 15);
    }
    await page.mouse.up();
    await page.keyboard.press('Escape'); // leave the label editing that opens on a new task
    const added = await editor
      .locator('.djs-shape[data-element-id^="Activity_"]')
      .evaluateAll((nodes, known) => nodes.map((node) => node.dataset.elementId).filter((id) => !known.includes(id)), [...before]);
    expect(added.length === 1, `expected one new task, found ${added.join(', ') || 'none'}`);
    // Make it a user task through the context pad's replace menu.
    await element(added[0]).click();
    await page.locator('.djs-context-pad [data-action="replace"]').click();
    await page.locator('.djs-popup [data-id="replace-with-user-task"]').click();
    const userTasks = await editor.locator('.djs-shape[data-element-id^="Activity_"]').evaluateAll((nodes) => nodes.map((node) => node.dataset.elementId));
    state.taskId = userTasks.find((id) => !before.has(id));
    expect(state.taskId, 'the user task is not on the diagram');
    const incoming = await editor.locator('.djs-connection').evaluateAll((nodes) => nodes.map((node) => node.dataset.elementId));
    expect(incoming.length > 0, 'no connections');
  });

  await step('picks Clearance’s “Medical review” element template for it from the chooser', async () => {
    const header = page.locator('.bpmn-editor__properties .bio-properties-panel-header-type');
    if ((await header.textContent()) !== 'User Task') {
      await element(state.taskId).click();
    }
    await header.getByText('User Task').waitFor();
    const templateGroup = page.locator('.bpmn-editor__properties .bio-properties-panel-templates-group');
    await templateGroup.getByRole('button', { name: /Select/ }).click();
    const chooser = page.locator('.djs-popup');
    await chooser.getByText('Medical review (custom review step)').click();
    await page.locator('.bpmn-editor__properties .bio-properties-panel-header').getByText('Medical review', { exact: false }).first().waitFor();
    await shot('31b-modeler-template-applied');
  });

  await step('validation on the server names the unnamed task; clicking it selects the task', async () => {
    await page.getByRole('button', { name: 'Validate' }).click();
    const problems = page.getByRole('list', { name: 'Problems found by the server' });
    await problems.waitFor();
    const text = await problems.textContent();
    expect(text.includes(state.taskId), `no problem names ${state.taskId}: ${text}`);
    await page.getByRole('button', { name: `Show ${state.taskId} in the diagram` }).first().click();
    await editor.locator(`.djs-element.selected[data-element-id="${state.taskId}"]`).waitFor();
    await editor.locator(`.djs-element.validation-problem[data-element-id="${state.taskId}"]`).waitFor();
    await shot('32-modeler-validation-problem');
  });

  await step('names the task in the properties panel; validation passes', async () => {
    const general = page.locator('.bpmn-editor__properties [data-group-id="group-general"]');
    if (!(await page.locator('#bio-properties-panel-name').isVisible())) {
      await general.locator('.bio-properties-panel-group-header').click();
    }
    await page.locator('#bio-properties-panel-name').fill(NEW_TASK);
    await element(state.taskId).getByText(NEW_TASK).waitFor();
    await page.getByRole('button', { name: 'Validate' }).click();
    await page.getByText('The server found no problem: this diagram can be deployed.').waitFor();
  });

  await step('compares with the deployed version: the new task is marked as added', async () => {
    await page.getByRole('button', { name: 'Compare with deployed' }).click();
    const changes = page.getByRole('list', { name: 'Changed elements' });
    await changes.waitFor();
    await changes.getByText(`Added UserTask “${NEW_TASK}”`, { exact: false }).waitFor();
    await page.locator(`.diff-view .djs-element.diff-added[data-element-id="${state.taskId}"]`).waitFor();
    await shot('33-modeler-diff');
    await page.getByRole('button', { name: 'Back to editing' }).click();
  });

  await step('saves a draft, then deploys it with a comment and sees the new version in the list', async () => {
    await page.getByLabel('Draft name').fill('Escalation notifies the team lead');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.getByText('Saved the draft “Escalation notifies the team lead”', { exact: false }).waitFor();
    const draftId = /\/processes\/drafts\/(\d+)$/.exec(page.url())?.[1];
    expect(draftId, `the address does not name the draft: ${page.url()}`);
    // Connected on both sides: the escalation leads to the new task, and the new task to the end event.
    const { xml } = await api(baseUrl, 'modeler', 'GET', `/api/process-drafts/${draftId}`);
    const flow = (source, target) => new RegExp(`<bpmn:sequenceFlow [^>]*sourceRef="${source}" targetRef="${target}"`).test(xml);
    expect(flow('Task_EscalateComplianceReview', state.taskId), 'no flow from the escalation to the new task');
    expect(flow(state.taskId, 'EndEvent_ComplianceEscalated'), 'no flow from the new task to the end event');
    expect(new RegExp(`<bpmn:userTask id="${state.taskId}" name="${NEW_TASK}"`).test(xml), 'the draft has no named user task');
    expect(new RegExp(`<bpmn:userTask id="${state.taskId}"[^>]*camunda:candidateGroups="compliance"`).test(xml), 'the template did not set the candidate group');
    await page.getByRole('button', { name: 'Deploy…' }).click();
    await page.getByLabel('Deployment comment').fill('Escalated compliance reviews now notify the team lead.');
    await page.getByRole('button', { name: 'Deploy new version' }).click();
    state.toVersion = state.fromVersion + 1;
    await page.getByText(`Deployed PostApprovalProcess version ${state.toVersion}.`).waitFor();
    const row = page.getByRole('table', { name: PROCESS_TABLE }).locator('tbody tr').first();
    await row.getByRole('link', { name: `Version ${state.toVersion}`, exact: true }).waitFor();
    expect((await row.locator('td[data-label="Source"]').textContent()) === 'modeler', 'the new version is not marked as from the modeler');
    expect((await row.locator('td[data-label="Deployed"]').textContent()).includes('by modeler'), 'the deployer is not shown');
    await shot('34-modeler-deployed');
    await row.getByRole('link', { name: `Version ${state.toVersion}`, exact: true }).click();
    await page.locator('.bpmn-viewer').getByText(NEW_TASK).first().waitFor();
    await page.getByText('Escalated compliance reviews now notify the team lead.').waitFor();
    await signOut();
  });

  await step('an administrator previews and applies the migration of the waiting instance to the new version', async () => {
    await signIn('admin');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Processes' }).click();
    const table = page.getByRole('table', { name: PROCESS_TABLE });
    await table.getByRole('link', { name: `Version ${state.fromVersion}`, exact: true }).click();
    expect((await page.getByRole('link', { name: 'Edit in the modeler' }).count()) === 0, 'an administrator is offered the editor');
    await page.getByRole('link', { name: 'Migrate instances' }).click();
    await page.getByRole('heading', { name: `Migrate instances of Post approval, version ${state.fromVersion}` }).waitFor();
    await page.getByRole('button', { name: 'Preview migration' }).click();
    const plan = page.getByRole('heading', { name: /^Plan: \d+ instances? to version/ });
    await plan.waitFor();
    const instances = Number(/Plan: (\d+)/.exec(await plan.textContent())[1]);
    expect(instances >= 1, `the plan moves ${instances} instances`);
    await shot('35-migration-preview');
    await page.getByRole('checkbox', { name: /^Move \d+ running instances? to version/ }).check();
    await page.getByRole('button', { name: 'Apply migration' }).click();
    await page.getByText(new RegExp(`^Migrated ${instances} instances? to version ${state.toVersion}\\.$`)).waitFor();
    await signOut();
  });

  return close();
}
