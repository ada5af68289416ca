// The rule console against the real server: a rules administrator sees every pack, the broken pack that
// run-e2e.mjs planted in the temporary rules folder refused with its error, runs a pack's examples, tries a text
// and adds a staff name to the organisation's allow list.
import { openSession } from './browser-session.mjs';
import { storedZip } from './zip.mjs';

/** The pack run-e2e.mjs plants, broken, into its temporary copy of rules/. */
export const BROKEN_PACK = 'e2e-broken';

export async function runScenario(options) {
  const { page, step, shot, expect, signIn, close } = await openSession(options);

  await step('rules administrator opens the rule console', async () => {
    await signIn('rulesadmin');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rules' }).click();
    await page.getByRole('heading', { name: 'Rule packs' }).waitFor();
    await page.getByRole('table', { name: 'Rule packs' }).locator('tr[data-pack-id="hipaa-phi"]').waitFor();
  });

  await step('the planted broken pack is listed as refused, with the compiler’s error', async () => {
    const row = page.locator(`tr[data-pack-id="${BROKEN_PACK}"]`);
    await row.locator('.pack-status--refused').waitFor();
    const error = await page.getByLabel(`Why ${BROKEN_PACK} was refused`).textContent();
    expect(/broken\.drl/.test(error ?? ''), `the error does not name the DRL file: ${error}`);
    const active = await page.locator('tr[data-pack-id="hipaa-phi"] .pack-status--active').count();
    expect(active === 1, 'hipaa-phi is not active');
    await shot('20-rule-console-refused-pack');
  });

  await step('runs the examples of a pack and sees them pass', async () => {
    await page.getByRole('button', { name: 'Run the examples of medical-claims' }).click();
    const list = page.getByRole('list', { name: 'Examples of medical-claims' });
    await list.waitFor();
    const failed = await list.locator('li.example--failed').count();
    expect(failed === 0, `${failed} examples of medical-claims failed`);
    expect((await list.locator('li.example--passed').count()) > 0, 'no example ran');
  });

  await step('switches a pack off and on again (the temporary copy’s pack.yaml is rewritten)', async () => {
    const toggle = page.getByRole('switch', { name: 'testimonials enabled' });
    expect(await toggle.isChecked(), 'testimonials starts disabled');
    await toggle.click();
    await page.getByText('testimonials is now disabled: it no longer screens.').waitFor();
    await page.locator('tr[data-pack-id="testimonials"] .switch', { hasText: 'Off' }).waitFor();
    await page.getByRole('switch', { name: 'testimonials enabled' }).click();
    await page.getByText('testimonials is now enabled.').waitFor();
    await page.locator('tr[data-pack-id="testimonials"] .switch', { hasText: 'On' }).waitFor();
  });

  await step('uploads a pack zip whose DRL does not compile and reads why it was refused; nothing changes', async () => {
    const zip = storedZip({
      'e2e-upload/pack.yaml': 'id: e2e-upload\nname: Uploaded broken\nversion: 1.0.0\ndescription: Does not compile.\ncategories: [MEDICAL_CLAIM]\nenabled: true\n',
      'e2e-upload/bad.drl': 'package clearance.e2eupload;\n\nrule "E2E_UPLOAD"\nwhen\n    not even close\nthen\nend\n',
      'e2e-upload/examples/none.yaml': '- name: nothing\n  text: "Hello."\n  platform: FACEBOOK\n  kind: POST\n  expect: []\n',
    });
    await page.getByLabel(/^Pack zip/).setInputFiles({ name: 'e2e-upload-1.0.0.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    const why = page.getByLabel('Why the pack was refused');
    await why.waitFor();
    const text = await why.textContent();
    expect(/bad\.drl/.test(text ?? ''), `the refusal does not name the DRL file: ${text}`);
    expect((await page.locator('tr[data-pack-id="e2e-upload"]').count()) === 0, 'the refused upload is listed as a pack');
    await shot('22-rule-console-upload-refused');
  });

  await step('tries a text and sees the claim highlighted', async () => {
    await page.getByLabel('Sample text').fill('Our new joint therapy is guaranteed to cure arthritis.');
    await page.getByRole('button', { name: 'Screen', exact: true }).click();
    const result = page.getByRole('region', { name: 'Screening result' });
    await result.locator('mark', { hasText: 'guaranteed to cure' }).waitFor();
    await result.locator('.route-badge').waitFor();
    await shot('21-rule-console-try-it');
  });

  await step('adds a staff member to the organisation’s own identifiers; the try-it box stops flagging the name', async () => {
    // a name beside a patient word with no role before it ("our patient experience lead, Dana Whitfield" is staff by itself)
    const staff = 'Our patients love Dana Whitfield, and so did every patient who answered the survey.';
    const result = page.getByRole('region', { name: 'Screening result' });
    await page.getByLabel('Sample text').fill(staff);
    await page.getByRole('button', { name: 'Screen', exact: true }).click();
    // hipaa-phi's rule ids start with PHI_; other packs may still see a patient story in the sentence
    const phiFindings = result.getByRole('listitem', { name: /^Finding \d+: PHI_/ });
    await phiFindings.first().waitFor();

    const names = page.getByLabel('Staff names (the staff directory)');
    await names.fill(`${await names.inputValue()}\nDana Whitfield # patient experience lead`);
    await page.getByRole('button', { name: 'Save the allow list' }).click();
    const notice = page.getByText(/^Saved: hipaa-phi version \S+ screens with this list now\.$/);
    await notice.waitFor();
    const version = /version (\S+) screens/.exec((await notice.textContent()) ?? '')?.[1];
    await shot('23-rule-console-allow-list');

    await page.getByRole('button', { name: 'Screen', exact: true }).click();
    await result.locator('.muted', { hasText: `hipaa-phi ${version}` }).waitFor();
    const left = await phiFindings.count();
    expect(left === 0, `the name on the allow list is still a PHI finding (${left})`);
  });

  return close();
}
