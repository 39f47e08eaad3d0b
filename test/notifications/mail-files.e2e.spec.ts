import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type TestApp, bootTestApp } from '../support/app';
import { factories } from '../support/factories';
import { NotificationKit } from './support/notification-kit';
import { waitFor } from './support/tally';

describe('e-mail without SMTP_URL', () => {
  let app: TestApp;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), '3ipet-mail-'));
    app = await bootTestApp('pglite', { DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes each message as an .eml file under DATA_DIR/mail', async () => {
    const notify = new NotificationKit(app, await factories(app));
    const vendor = await notify.organization({ kind: 'vendor', locales: ['zh'] });
    const agency = await notify.organization({ kind: 'agency', email: false });
    await notify.introduce([[vendor.organizationId, agency.organizationId]]);
    await waitFor(
      'the e-mail was written',
      async () => (await app.settle(), (await notify.unfinishedDeliveries()) === 0),
    );

    const files = readdirSync(join(dataDir, 'mail'));
    expect(files).toHaveLength(1);
    const eml = readFileSync(join(dataDir, 'mail', files[0]), 'utf8');
    expect(eml).toContain(`To: ${vendor.members[0].email}`);
    expect(eml).toMatch(/Content-Language: zh/);
  });
});
