import { graphql } from '@ksp/testing';
import { addPerson, loginAdmin, withAdmin } from './people';
import { startTestApp, TestApp } from './test-app';

describe('test people', () => {
  let hub: TestApp;
  beforeAll(async () => (hub = await startTestApp(withAdmin())));
  afterAll(async () => hub?.close());

  it('creates a logged-in coordinator of a region through the real invitation flow', async () => {
    const admin = await loginAdmin(hub);
    const coordinator = await addPerson(hub, admin, {
      email: 'c.devries@zeist.nl',
      organisationCode: 'GM0355',
      roles: ['MEMBER', 'COORDINATOR'],
      coordinatorRegionIds: ['VR09'],
    });
    const me = await graphql<{ me: { roles: string[]; organisation: { code: string } } }>(
      hub.url,
      '{ me { roles organisation { code } } }',
      {},
      coordinator.headers,
    );
    expect(me.data!.me).toEqual({ roles: ['MEMBER', 'COORDINATOR'], organisation: { code: 'GM0355' } });
  });
});
