import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DataSource } from 'typeorm';
import { FileTokenSigner, ReportsService } from '@ksp/reports';
import { docxOf, errorCode, graphql, pdfOf, type GraphQLResponse } from '@ksp/testing';
import { addPerson, loginAdmin, withAdmin, type Person } from './testing/people';
import { startTestApp, type TestApp } from './testing/test-app';

// ---- documents made in the test

/** PDFs here have compressed streams, as most PDFs in the wild do. */
const pdf = (draw: (doc: PDFKit.PDFDocument) => void) => pdfOf(draw, { compress: true });

const EVALUATIE =
  'Evaluatie jeugdhulp regio Utrecht. De wachttijden voor specialistische jeugdhulp zijn in 2025 gedaald; ' +
  'gemeenten werken samen in één regionaal inkoopbureau.';

// ---- GraphQL

const REPORT_FIELDS = `
  id title summary authors publicationDate type status rejectionReason version link validUntil tags
  policyDomainCodes policyDomains { code name }
  publisher { code name } submittedBy { id displayName }
  audience { scope } textExcerpt viewerCanPublish viewerCanEdit publishedAt
  file { fileName mediaType size sha256 textStatus pageCount downloadUrl }
`;

interface ReportView {
  id: string;
  title: string;
  status: string;
  rejectionReason: string | null;
  version: number;
  tags: string[];
  policyDomainCodes: string[];
  policyDomains: { code: string; name: string }[];
  publisher: { code: string; name: string } | null;
  submittedBy: { id: string; displayName: string };
  audience: { scope: string };
  textExcerpt: string | null;
  viewerCanPublish: boolean;
  viewerCanEdit: boolean;
  publishedAt: string | null;
  link: string | null;
  file: {
    fileName: string;
    mediaType: string;
    size: number;
    sha256: string;
    textStatus: string;
    pageCount: number | null;
    downloadUrl: string;
  } | null;
}

interface Page {
  totalCount: number;
  edges: { node: { id: string; title: string; status: string } }[];
}

const SUBMIT = `mutation($i: SubmitReportInput!) { submitReport(input: $i) { ${REPORT_FIELDS} } }`;
const GET = `query($id: ID!) { report(id: $id) { ${REPORT_FIELDS} } }`;
const LIST = `query($f: ReportFilterInput, $s: ReportSort, $first: Int) {
  reports(filter: $f, sort: $s, first: $first) { totalCount edges { node { id title status } } }
}`;

function reportInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Evaluatie jeugdhulp regio Utrecht',
    summary: 'Hoe de regionale inkoop van jeugdhulp uitpakt.',
    publisherOrganisationCode: 'GM0344',
    authors: ['A. de Vries', 'B. Jansen'],
    publicationDate: '2025-06-30',
    type: 'EVALUATIE',
    policyDomainCodes: ['6.72'],
    link: 'https://www.utrecht.nl/jeugdhulp-evaluatie',
    ...overrides,
  };
}

async function submit(
  hub: TestApp,
  who: Person,
  overrides: Record<string, unknown> = {},
): Promise<ReportView> {
  const res = await graphql<{ submitReport: ReportView }>(
    hub.url,
    SUBMIT,
    { i: reportInput(overrides) },
    who.headers,
  );
  if (!res.data?.submitReport) throw new Error(`submitReport failed: ${JSON.stringify(res.errors)}`);
  return res.data.submitReport;
}

const get = (hub: TestApp, who: Person | null, id: string) =>
  graphql<{ report: ReportView }>(hub.url, GET, { id }, who?.headers ?? {});

async function list(
  hub: TestApp,
  who: Person,
  filter: Record<string, unknown> | null = null,
  first = 100,
): Promise<Page> {
  const res = await graphql<{ reports: Page }>(hub.url, LIST, { f: filter, first }, who.headers);
  if (!res.data?.reports) throw new Error(`reports failed: ${JSON.stringify(res.errors)}`);
  return res.data.reports;
}

const ids = (page: Page) => page.edges.map((e) => e.node.id);

async function uploadUrl(hub: TestApp, who: Person, reportId: string, fileName: string): Promise<string> {
  const res = await graphql<{ uploadReportFile: { uploadUrl: string; expiresAt: string } }>(
    hub.url,
    'mutation($r: ID!, $n: String!) { uploadReportFile(reportId: $r, fileName: $n) { uploadUrl expiresAt } }',
    { r: reportId, n: fileName },
    who.headers,
  );
  if (!res.data?.uploadReportFile) throw new Error(`uploadReportFile failed: ${JSON.stringify(res.errors)}`);
  const { uploadUrl: url, expiresAt } = res.data.uploadReportFile;
  expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now());
  return url;
}

interface PutResult {
  status: number;
  body: { file?: Record<string, unknown>; error?: { code: string; message: string } };
  headers: Headers;
}

async function put(
  url: string,
  bytes: Uint8Array,
  contentType = 'application/octet-stream',
): Promise<PutResult> {
  const res = await fetch(url, { method: 'PUT', headers: { 'content-type': contentType }, body: bytes });
  return { status: res.status, body: (await res.json()) as PutResult['body'], headers: res.headers };
}

async function upload(hub: TestApp, who: Person, reportId: string, fileName: string, bytes: Uint8Array) {
  return put(await uploadUrl(hub, who, reportId, fileName), bytes);
}

const mutate = (hub: TestApp, who: Person, op: string, id: string, extra = '') =>
  graphql<Record<string, ReportView>>(
    hub.url,
    `mutation($id: ID!) { ${op}(id: $id${extra}) { id status rejectionReason version viewerCanPublish } }`,
    { id },
    who.headers,
  );

function ok<T>(res: GraphQLResponse<T>): T {
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

describe('reports', () => {
  let hub: TestApp;
  let admin: Person;
  /** Members of Utrecht (GM0344, two colleagues), Zeist (GM0355, a buurgemeente) and Amsterdam (GM0363). */
  let utrecht: Person;
  let utrechtColleague: Person;
  let zeist: Person;
  let amsterdam: Person;
  /** A coordinator of veiligheidsregio Utrecht (VR09: Utrecht and Zeist), working for Zeist; and one of VR13 (Amsterdam). */
  let coordinatorVR09: Person;
  let coordinatorVR13: Person;
  let filesDir: string;
  const MAX_BYTES = 200_000;

  beforeAll(async () => {
    hub = await startTestApp(withAdmin({ UPLOAD_MAX_BYTES: String(MAX_BYTES) }));
    filesDir = join(dirname(hub.mailDir), 'files');
    admin = await loginAdmin(hub);
    const person = (email: string, organisationCode: string, extra: Record<string, unknown> = {}) =>
      addPerson(hub, admin, {
        email,
        organisationCode,
        displayName: email.split('@')[0]!.replace('.', ' '),
        ...extra,
      });
    utrecht = await person('anna.utrecht@utrecht.nl', 'GM0344');
    utrechtColleague = await person('bram.utrecht@utrecht.nl', 'GM0344');
    zeist = await person('zoe.zeist@zeist.nl', 'GM0355');
    amsterdam = await person('ahmed.amsterdam@amsterdam.nl', 'GM0363');
    coordinatorVR09 = await person('coby.coord@zeist.nl', 'GM0355', {
      roles: ['MEMBER', 'COORDINATOR'],
      coordinatorRegionIds: ['VR09'],
    });
    coordinatorVR13 = await person('dirk.coord@amsterdam.nl', 'GM0363', {
      roles: ['MEMBER', 'COORDINATOR'],
      coordinatorRegionIds: ['VR13'],
    });
  });
  afterAll(async () => hub?.close());

  const events = async (reportId: string) => {
    const rows = await hub.app
      .get(DataSource)
      .query(`SELECT type, payload FROM outbox_event WHERE aggregate_id = '${reportId}' ORDER BY id`);
    return (rows as { type: string; payload: string }[]).map((r) => ({
      type: r.type,
      payload: JSON.parse(r.payload) as Record<string, unknown>,
    }));
  };
  const storedFiles = (reportId: string) => {
    const dir = join(filesDir, 'reports', reportId);
    return existsSync(dir) ? readdirSync(dir) : [];
  };

  it('done when: a submitted report with a PDF is invisible to other members until a coordinator of the region publishes it', async () => {
    const pdfBytes = await pdf((d) => {
      d.fontSize(18).text('Evaluatie jeugdhulp regio Utrecht');
      d.fontSize(11).text(EVALUATIE.slice('Evaluatie jeugdhulp regio Utrecht. '.length));
    });
    const before = await list(hub, zeist);

    const submitted = await submit(hub, utrecht);
    expect(submitted).toMatchObject({
      status: 'SUBMITTED',
      version: 1,
      publisher: { code: 'GM0344', name: 'Gemeente Utrecht' },
      submittedBy: { id: utrecht.id, displayName: 'anna utrecht' },
      policyDomains: [{ code: '6.72' }],
      audience: { scope: 'MEMBERS' },
      viewerCanPublish: false,
      viewerCanEdit: true,
      file: null,
      textExcerpt: null,
      publishedAt: null,
    });

    // The submitter uploads a real PDF through a signed URL; its text is extracted and stored.
    const put1 = await upload(hub, utrecht, submitted.id, 'Evaluatie jeugdhulp 2025.pdf', pdfBytes);
    expect(put1.status).toBe(201);
    expect(put1.body.file).toMatchObject({
      fileName: 'Evaluatie jeugdhulp 2025.pdf',
      mediaType: 'application/pdf',
      size: pdfBytes.length,
      textStatus: 'EXTRACTED',
      pageCount: 1,
    });
    const stored = await hub.app.get(ReportsService).textForIndexing(submitted.id);
    expect(stored).toContain('Evaluatie jeugdhulp regio Utrecht');
    expect(stored).toContain('één regionaal inkoopbureau');
    expect(storedFiles(submitted.id)).toHaveLength(1);

    // Until it is published: NOT_FOUND for a member of Zeist, not in their lists or counts.
    expect(errorCode(await get(hub, zeist, submitted.id))).toBe('NOT_FOUND');
    expect(errorCode(await get(hub, amsterdam, submitted.id))).toBe('NOT_FOUND');
    expect(errorCode(await get(hub, null, submitted.id))).toBe('NOT_FOUND');
    const whileSubmitted = await list(hub, zeist);
    expect(ids(whileSubmitted)).not.toContain(submitted.id);
    expect(whileSubmitted.totalCount).toBe(before.totalCount);
    expect(ids(await list(hub, zeist, { status: 'SUBMITTED' }))).not.toContain(submitted.id);
    expect((await list(hub, zeist, { status: 'SUBMITTED' })).totalCount).toBe(0);
    // The submitter and their organisation see it; a member cannot publish their own report.
    expect(ok(await get(hub, utrechtColleague, submitted.id)).report.status).toBe('SUBMITTED');
    expect(errorCode(await mutate(hub, utrecht, 'publishReport', submitted.id))).toBe('FORBIDDEN');

    // A coordinator of another region (VR13) cannot see it, so cannot publish it either.
    expect(errorCode(await get(hub, coordinatorVR13, submitted.id))).toBe('NOT_FOUND');
    expect(errorCode(await mutate(hub, coordinatorVR13, 'publishReport', submitted.id))).toBe('NOT_FOUND');

    // A coordinator of VR09 finds it among the submitted reports and publishes it.
    const queue = await list(hub, coordinatorVR09, { status: 'SUBMITTED' });
    expect(ids(queue)).toContain(submitted.id);
    expect(ok(await get(hub, coordinatorVR09, submitted.id)).report.viewerCanPublish).toBe(true);
    const queued = await hub.app.get(ReportsService).reviewQueue({
      userId: coordinatorVR09.id,
      organisationCode: 'GM0355',
      municipalityCode: 'GM0355',
      roles: ['MEMBER', 'COORDINATOR'],
      coordinatorRegionIds: ['VR09'],
    });
    expect(queued.map((r) => r.id)).toContain(submitted.id);
    const published = ok(await mutate(hub, coordinatorVR09, 'publishReport', submitted.id)).publishReport!;
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 2, viewerCanPublish: false });
    expect(errorCode(await mutate(hub, coordinatorVR09, 'publishReport', submitted.id))).toBe('CONFLICT');

    // Now the member of Zeist (and of Amsterdam: the audience is all members) sees it with its text.
    const seen = ok(await get(hub, zeist, submitted.id)).report;
    expect(seen.status).toBe('PUBLISHED');
    expect(seen.textExcerpt).toContain('Evaluatie jeugdhulp regio Utrecht');
    expect(seen.viewerCanEdit).toBe(false);
    expect(ok(await get(hub, amsterdam, submitted.id)).report.id).toBe(submitted.id);
    const after = await list(hub, zeist);
    expect(ids(after)).toContain(submitted.id);
    expect(after.totalCount).toBe(before.totalCount + 1);
    expect(errorCode(await get(hub, null, submitted.id))).toBe('NOT_FOUND'); // members only

    // The download URL gives back the same bytes, as an attachment, with the hub's security headers.
    const download = await fetch(seen.file!.downloadUrl);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Evaluatie jeugdhulp 2025\.pdf"/,
    );
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(download.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await download.arrayBuffer()).equals(pdfBytes)).toBe(true);
    expect(seen.file!.sha256).toBe((put1.body.file as { sha256: string }).sha256);

    expect((await events(submitted.id)).map((e) => e.type)).toEqual([
      'report.submitted',
      'report.file_attached',
      'report.published',
    ]);
    expect((await events(submitted.id))[1]!.payload).toMatchObject({ textStatus: 'EXTRACTED' });
    const log = ok(
      await graphql<{ curationLog: { edges: { node: { type: string; detailsJson: string } }[] } }>(
        hub.url,
        '{ curationLog(type: REPORT_PUBLISHED) { edges { node { type detailsJson } } } }',
        {},
        admin.headers,
      ),
    );
    expect(log.curationLog.edges.map((e) => JSON.parse(e.node.detailsJson).reportId)).toContain(submitted.id);
  });

  it('publishes a coordinator’s own submission directly', async () => {
    const own = await submit(hub, coordinatorVR09, {
      title: 'Monitor sociaal domein Zeist',
      type: 'MONITOR',
      publisherOrganisationCode: 'GM0355',
    });
    expect(own).toMatchObject({ status: 'PUBLISHED', viewerCanPublish: false });
    expect(own.publishedAt).not.toBeNull();
    expect(ok(await get(hub, amsterdam, own.id)).report.status).toBe('PUBLISHED');
    expect((await events(own.id)).map((e) => e.type)).toEqual(['report.submitted', 'report.published']);
    // Likewise for VR13's coordinator, who works for Amsterdam (in VR13).
    expect((await submit(hub, coordinatorVR13, { publisherOrganisationCode: 'GM0363' })).status).toBe(
      'PUBLISHED',
    );
  });

  it('gives a published report the access of its audience: NEIGHBOURS, then MEMBERS, and PUBLIC for anyone', async () => {
    const report = await submit(hub, utrecht, {
      title: 'Evaluatie buurtteams',
      audience: { scope: 'NEIGHBOURS' },
    });
    ok(await mutate(hub, coordinatorVR09, 'publishReport', report.id));
    expect(ok(await get(hub, zeist, report.id)).report.audience.scope).toBe('NEIGHBOURS');
    expect(errorCode(await get(hub, amsterdam, report.id))).toBe('NOT_FOUND');
    expect(ids(await list(hub, amsterdam))).not.toContain(report.id);
    // A coordinator widens the audience: the access keys follow.
    const version = ok(await get(hub, coordinatorVR09, report.id)).report.version;
    const widened = await graphql(
      hub.url,
      'mutation($i: UpdateReportInput!) { updateReport(input: $i) { audience { scope } } }',
      { i: { id: report.id, expectedVersion: version, audience: { scope: 'MEMBERS' } } },
      coordinatorVR09.headers,
    );
    expect(widened.errors).toBeUndefined();
    expect(ok(await get(hub, amsterdam, report.id)).report.id).toBe(report.id);
    expect(errorCode(await get(hub, null, report.id))).toBe('NOT_FOUND');

    const open = await submit(hub, coordinatorVR09, {
      title: 'Openbare handreiking',
      type: 'HANDREIKING',
      publisherOrganisationCode: 'GM0355',
      audience: { scope: 'PUBLIC' },
    });
    await upload(
      hub,
      coordinatorVR09,
      open.id,
      'handreiking.pdf',
      await pdf((d) => d.text('Handreiking voor iedereen')),
    );
    const anonymous = ok(await get(hub, null, open.id)).report;
    expect(anonymous).toMatchObject({ viewerCanPublish: false, viewerCanEdit: false });
    expect((await fetch(anonymous.file!.downloadUrl)).status).toBe(200);
    const anonymousList = ok(await graphql<{ reports: Page }>(hub.url, LIST, { first: 100 }));
    expect(ids(anonymousList.reports)).toEqual([open.id]);
  });

  it('shows a rejection and its reason to the submitter, who can change the report and submit it again', async () => {
    const report = await submit(hub, utrecht, { title: 'Handreiking schuldhulp' });
    expect(errorCode(await mutate(hub, coordinatorVR09, 'rejectReport', report.id, ', reason: ""'))).toBe(
      'BAD_USER_INPUT',
    );
    const rejected = ok(
      await mutate(hub, coordinatorVR09, 'rejectReport', report.id, ', reason: "Voeg de bronnen toe."'),
    ).rejectReport!;
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: 'Voeg de bronnen toe.' });
    const seen = ok(await get(hub, utrecht, report.id)).report;
    expect(seen).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Voeg de bronnen toe.',
      viewerCanEdit: true,
    });
    expect(errorCode(await get(hub, zeist, report.id))).toBe('NOT_FOUND');
    expect(errorCode(await mutate(hub, coordinatorVR09, 'publishReport', report.id))).toBe('CONFLICT');

    const resubmitted = ok(
      await graphql<{ updateReport: ReportView }>(
        hub.url,
        `mutation($i: UpdateReportInput!) { updateReport(input: $i) { ${REPORT_FIELDS} } }`,
        { i: { id: report.id, expectedVersion: seen.version, summary: 'Met bronnen.' } },
        utrecht.headers,
      ),
    ).updateReport;
    expect(resubmitted).toMatchObject({
      status: 'SUBMITTED',
      rejectionReason: null,
      version: seen.version + 1,
    });
    expect(ok(await mutate(hub, coordinatorVR09, 'publishReport', report.id)).publishReport!.status).toBe(
      'PUBLISHED',
    );
    expect((await events(report.id)).map((e) => e.type)).toEqual([
      'report.submitted',
      'report.rejected',
      'report.updated',
      'report.submitted',
      'report.published',
    ]);
    // Once published, the submitter no longer edits it; a coordinator can, and can archive it.
    const update = (who: Person, version: number) =>
      graphql<{ updateReport: ReportView }>(
        hub.url,
        'mutation($i: UpdateReportInput!) { updateReport(input: $i) { status version title } }',
        { i: { id: report.id, expectedVersion: version, title: 'Handreiking schuldhulpverlening' } },
        who.headers,
      );
    const current = ok(await get(hub, coordinatorVR09, report.id)).report.version;
    expect(errorCode(await update(utrecht, current))).toBe('FORBIDDEN');
    expect(ok(await update(coordinatorVR09, current)).updateReport).toMatchObject({ status: 'PUBLISHED' });
    expect(ok(await mutate(hub, coordinatorVR09, 'archiveReport', report.id)).archiveReport!.status).toBe(
      'ARCHIVED',
    );
    expect(ok(await get(hub, amsterdam, report.id)).report.status).toBe('ARCHIVED');
    expect(errorCode(await update(coordinatorVR09, current + 2))).toBe('CONFLICT');
  });

  it('refuses a stale expectedVersion with CONFLICT and changes nothing', async () => {
    const report = await submit(hub, utrecht, { title: 'Beleidsnota Wmo' });
    const UPDATE = 'mutation($i: UpdateReportInput!) { updateReport(input: $i) { title version } }';
    const first = ok(
      await graphql<{ updateReport: { title: string; version: number } }>(
        hub.url,
        UPDATE,
        { i: { id: report.id, expectedVersion: 1, title: 'Beleidsnota Wmo 2026' } },
        utrecht.headers,
      ),
    ).updateReport;
    expect(first).toEqual({ title: 'Beleidsnota Wmo 2026', version: 2 });
    const stale = await graphql(
      hub.url,
      UPDATE,
      { i: { id: report.id, expectedVersion: 1, title: 'Oude titel' } },
      utrecht.headers,
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(ok(await get(hub, utrecht, report.id)).report).toMatchObject({
      title: 'Beleidsnota Wmo 2026',
      version: 2,
    });
    // A colleague sees it but may not edit it; someone elsewhere gets NOT_FOUND.
    expect(
      errorCode(
        await graphql(
          hub.url,
          UPDATE,
          { i: { id: report.id, expectedVersion: 2, title: 'x y z' } },
          utrechtColleague.headers,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await graphql(
          hub.url,
          UPDATE,
          { i: { id: report.id, expectedVersion: 2, title: 'x y z' } },
          zeist.headers,
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('validates the input with BAD_USER_INPUT naming what is wrong, and stores nothing', async () => {
    const before = await list(hub, utrecht, { status: 'SUBMITTED' });
    const refused = async (overrides: Record<string, unknown>, argument: string, text?: string) => {
      const res = await graphql(hub.url, SUBMIT, { i: reportInput(overrides) }, utrecht.headers);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      const error = res.errors![0]!;
      expect(JSON.stringify(error)).toContain(argument);
      if (text) expect(error.message).toContain(text);
    };
    await refused({ policyDomainCodes: ['6.72', '9.99'] }, 'policyDomainCodes', "'9.99'");
    await refused({ policyDomainCodes: [] }, 'policyDomainCodes');
    await refused(
      { publisherOrganisationCode: 'NIETBESTAAND' },
      'publisherOrganisationCode',
      "'NIETBESTAAND'",
    );
    await refused({ link: 'javascript:alert(1)' }, 'link');
    await refused({ link: 'ftp://example.org/rapport.pdf' }, 'link');
    await refused({ publicationDate: '2025-02-30' }, 'publicationDate', '2025-02-30');
    await refused({ validUntil: '2024-01-01' }, 'validUntil');
    await refused({ type: 'ROMAN' }, 'type');
    await refused({ title: '  ' }, 'title');
    await refused({ audience: { scope: 'REGIONS', regionIds: ['XX99'] } }, 'audience.regionIds', "'XX99'");
    expect((await list(hub, utrecht, { status: 'SUBMITTED' })).totalCount).toBe(before.totalCount);
    expect(
      errorCode(await graphql(hub.url, LIST, { f: { policyDomainCodes: ['9.99'] } }, utrecht.headers)),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await graphql(hub.url, LIST, { f: { regionId: 'XX99' } }, utrecht.headers))).toBe(
      'BAD_USER_INPUT',
    );
  });

  describe('files', () => {
    it('refuses a DOCX named .pdf with BAD_USER_INPUT and stores nothing', async () => {
      const report = await submit(hub, utrecht, { title: 'Nota met verkeerd bestand' });
      const res = await upload(hub, utrecht, report.id, 'nota.pdf', await docxOf('Beleidsnota Wmo Zeist'));
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining('DOCX'),
      });
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(ok(await get(hub, utrecht, report.id)).report.file).toBeNull();
      expect(storedFiles(report.id)).toEqual([]);
      expect((await events(report.id)).map((e) => e.type)).toEqual(['report.submitted']);
      // Nor anything that is not a PDF or DOCX, whatever its name; nor a broken PDF or an empty body.
      const html = Buffer.from('<html><body>geen rapport</body></html>');
      expect((await upload(hub, utrecht, report.id, 'rapport.pdf', html)).status).toBe(400);
      const broken = (await pdf((d) => d.text(EVALUATIE))).subarray(0, 400);
      expect((await upload(hub, utrecht, report.id, 'kapot.pdf', broken)).body.error?.code).toBe(
        'BAD_USER_INPUT',
      );
      expect((await upload(hub, utrecht, report.id, 'leeg.pdf', new Uint8Array(0))).status).toBe(400);
      expect(storedFiles(report.id)).toEqual([]);
      // A name that is not .pdf/.docx is refused before any URL is made.
      const badName = await graphql(
        hub.url,
        'mutation($r: ID!) { uploadReportFile(reportId: $r, fileName: "nota.exe") { uploadUrl } }',
        { r: report.id },
        utrecht.headers,
      );
      expect(errorCode(badName)).toBe('BAD_USER_INPUT');
    });

    it('accepts a real DOCX and extracts its text; a new upload replaces the file', async () => {
      const report = await submit(hub, coordinatorVR09, {
        title: 'Beleidsnota Wmo Zeist',
        type: 'BELEIDSNOTA',
        publisherOrganisationCode: 'GM0355',
      });
      const first = await upload(
        hub,
        coordinatorVR09,
        report.id,
        'nota.pdf',
        await pdf((d) => d.text('Eerste versie')),
      );
      expect(first.status).toBe(201);
      const bytes = await docxOf('Beleidsnota Wmo Zeist: maatwerkvoorzieningen voor inwoners.');
      const res = await upload(hub, coordinatorVR09, report.id, 'Beleidsnota Wmo.docx', bytes);
      expect(res.status).toBe(201);
      expect(res.body.file).toMatchObject({
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        textStatus: 'EXTRACTED',
        pageCount: null,
      });
      const seen = ok(await get(hub, zeist, report.id)).report;
      expect(seen.textExcerpt).toBe('Beleidsnota Wmo Zeist: maatwerkvoorzieningen voor inwoners.');
      expect(seen.file).toMatchObject({ fileName: 'Beleidsnota Wmo.docx', size: bytes.length });
      expect(storedFiles(report.id)).toHaveLength(1);
      const download = await fetch(seen.file!.downloadUrl);
      expect(download.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    });

    it('says NO_TEXT for a PDF without text (a scan) instead of failing', async () => {
      const report = await submit(hub, utrecht, { title: 'Gescand rapport' });
      const scan = await pdf((d) => d.rect(72, 72, 300, 200).fill('#555'));
      const res = await upload(hub, utrecht, report.id, 'scan.pdf', scan);
      expect(res.status).toBe(201);
      expect(res.body.file).toMatchObject({ textStatus: 'NO_TEXT', pageCount: 1 });
      const seen = ok(await get(hub, utrecht, report.id)).report;
      expect(seen.file!.textStatus).toBe('NO_TEXT');
      expect(seen.textExcerpt).toBeNull();
    });

    it('refuses a file over UPLOAD_MAX_BYTES with 413 and a JSON error', async () => {
      const report = await submit(hub, utrecht, { title: 'Te groot rapport' });
      const real = await pdf((d) => d.text(EVALUATIE));
      const big = Buffer.concat([real, Buffer.alloc(MAX_BYTES + 1 - real.length, 0x20)]);
      const res = await upload(hub, utrecht, report.id, 'groot.pdf', big);
      expect(res.status).toBe(413);
      expect(res.body.error).toMatchObject({ code: 'BAD_USER_INPUT', maxBytes: MAX_BYTES });
      expect(storedFiles(report.id)).toEqual([]);
      // One byte less is fine.
      expect((await upload(hub, utrecht, report.id, 'groot.pdf', big.subarray(0, MAX_BYTES))).status).toBe(
        201,
      );
    });

    it('refuses an expired or tampered link (401/403 JSON), and uploads only by who may edit', async () => {
      const report = await submit(hub, utrecht, { title: 'Rapport met verlopen link' });
      const bytes = await pdf((d) => d.text(EVALUATIE));
      const signer = hub.app.get(FileTokenSigner);
      const past = Math.floor(Date.now() / 1000) - 1;
      const expired = signer.sign({
        purpose: 'upload',
        reportId: report.id,
        fileName: 'x.pdf',
        userId: utrecht.id,
        asCurator: false,
        expiresAt: past,
      });
      const late = await put(`${hub.url}/uploads/${expired}`, bytes);
      expect(late.status).toBe(401);
      expect(late.body.error).toMatchObject({ code: 'UNAUTHENTICATED' });

      const url = await uploadUrl(hub, utrecht, report.id, 'x.pdf');
      const [base, token] = url.split('/uploads/') as [string, string];
      const [v, claims, mac] = token.split('.') as [string, string, string];
      const forgedClaims = Buffer.from(
        JSON.stringify({ ...JSON.parse(Buffer.from(claims, 'base64url').toString()), c: 1 }),
      ).toString('base64url');
      for (const forged of [
        `${v}.${forgedClaims}.${mac}`,
        `${v}.${claims}.${mac.slice(0, -2)}AA`,
        'f1.abc.def',
      ]) {
        const res = await put(`${base}/uploads/${forged}`, bytes);
        expect(res.status).toBe(403);
        expect(res.body.error).toMatchObject({ code: 'FORBIDDEN' });
      }
      // A download link is no upload link.
      const downloadToken = signer.sign({
        purpose: 'download',
        fileId: 'x',
        userId: null,
        expiresAt: past + 600,
      });
      expect((await put(`${hub.url}/uploads/${downloadToken}`, bytes)).status).toBe(403);
      expect(storedFiles(report.id)).toEqual([]);
      // An expired download link.
      const expiredDownload = await fetch(
        `${hub.url}/files/${signer.sign({ purpose: 'download', fileId: 'x', userId: null, expiresAt: past })}`,
      );
      expect(expiredDownload.status).toBe(401);
      expect(((await expiredDownload.json()) as PutResult['body']).error?.code).toBe('UNAUTHENTICATED');

      // Only the submitter (while under review) and the region's coordinators get an upload URL.
      const ask = (who: Person) =>
        graphql(
          hub.url,
          'mutation($r: ID!) { uploadReportFile(reportId: $r, fileName: "x.pdf") { uploadUrl } }',
          { r: report.id },
          who.headers,
        );
      expect(errorCode(await ask(utrechtColleague))).toBe('FORBIDDEN');
      expect(errorCode(await ask(zeist))).toBe('NOT_FOUND');
      expect(errorCode(await ask(coordinatorVR13))).toBe('NOT_FOUND');
      expect(errorCode(await ask(coordinatorVR09))).toBeUndefined();
      // The valid link works.
      expect((await put(url, bytes)).status).toBe(201);
    });

    it('makes no download URL for a report the reader may not see', async () => {
      // A member of Amsterdam asking for submitted reports gets none of Utrecht's, so no file URL either.
      const report = await submit(hub, utrecht, { title: 'Vertrouwelijk concept' });
      await upload(hub, utrecht, report.id, 'concept.pdf', await pdf((d) => d.text('Concept')));
      const page = await graphql<{
        reports: { edges: { node: { file: { downloadUrl: string } | null } }[] };
      }>(
        hub.url,
        '{ reports(filter: { status: SUBMITTED }, first: 100) { edges { node { file { downloadUrl } } } } }',
        {},
        amsterdam.headers,
      );
      expect(ok(page).reports.edges).toEqual([]);
    });
  });

  describe('lists', () => {
    it('filters by taakveld (with its descendants), type, year, gemeente, region and publisher; sorts', async () => {
      const a = await submit(hub, coordinatorVR09, {
        title: 'Armoedemonitor Zeist',
        type: 'MONITOR',
        publicationDate: '2023-03-01',
        policyDomainCodes: ['6.3'],
        publisherOrganisationCode: 'GM0355',
      });
      const b = await submit(hub, coordinatorVR13, {
        title: 'Onderzoek jeugd Amsterdam',
        type: 'ONDERZOEK',
        publicationDate: '2024-09-15',
        policyDomainCodes: ['6.72'],
        publisherOrganisationCode: 'GM0363',
      });
      const inList = async (filter: Record<string, unknown>) => ids(await list(hub, zeist, filter));
      expect(await inList({ policyDomainCodes: ['6'] })).toEqual(expect.arrayContaining([a.id, b.id]));
      expect(await inList({ policyDomainCodes: ['6.3'] })).toContain(a.id);
      expect(await inList({ policyDomainCodes: ['6.3'] })).not.toContain(b.id);
      expect(await inList({ type: 'MONITOR' })).toContain(a.id);
      expect(await inList({ type: 'MONITOR' })).not.toContain(b.id);
      expect(await inList({ year: 2024 })).toEqual(expect.arrayContaining([b.id]));
      expect(await inList({ year: 2024 })).not.toContain(a.id);
      expect(await inList({ municipalityCode: 'GM0363' })).toContain(b.id);
      expect(await inList({ municipalityCode: 'GM0363' })).not.toContain(a.id);
      expect(await inList({ regionId: 'VR09' })).toContain(a.id);
      expect(await inList({ regionId: 'VR09' })).not.toContain(b.id);
      expect(await inList({ publisherOrganisationCode: 'GM0363' })).toContain(b.id);
      expect(await inList({ publisherOrganisationCode: 'GM0363' })).not.toContain(a.id);
      expect(await inList({ municipalityCode: 'GM0355', regionId: 'VR13' })).toEqual([]);

      const sorted = async (s: string) =>
        ok(
          await graphql<{ reports: Page }>(hub.url, LIST, { s, first: 100 }, zeist.headers),
        ).reports.edges.map((e) => e.node.title);
      const titles = await sorted('TITLE');
      expect(titles).toEqual([...titles].sort((x, y) => x.toLowerCase().localeCompare(y.toLowerCase())));
      expect((await sorted('NEWEST'))[0]).toBe('Onderzoek jeugd Amsterdam');
    });

    it('stores tags in canonical form and filters by tag, its synonyms included', async () => {
      // Tagged 'jeugdzorg' before a coordinator made it a synonym of 'jeugdhulp'.
      const older = await submit(hub, coordinatorVR09, {
        title: 'Rapport over jeugdzorg',
        publisherOrganisationCode: 'GM0355',
        tags: [' Jeugdzorg ', 'wachttijden'],
      });
      expect(older.tags).toEqual(['jeugdzorg', 'wachttijden']);
      const synonyms = await graphql(
        hub.url,
        'mutation { setTagSynonyms(canonical: "jeugdhulp", synonyms: ["jeugdzorg"]) { canonical } }',
        {},
        coordinatorVR09.headers,
      );
      expect(synonyms.errors).toBeUndefined();
      const newer = await submit(hub, coordinatorVR09, {
        title: 'Rapport over jeugdhulp',
        publisherOrganisationCode: 'GM0355',
        tags: ['JEUGDZORG'],
      });
      expect(newer.tags).toEqual(['jeugdhulp']);
      for (const tag of ['jeugdhulp', 'Jeugdzorg']) {
        expect(ids(await list(hub, zeist, { tag })).sort()).toEqual([older.id, newer.id].sort());
      }
      expect(ids(await list(hub, zeist, { tag: 'wachttijden' }))).toEqual([older.id]);
      expect(ids(await list(hub, zeist, { tag: 'wmo' }))).toEqual([]);
    });

    it('sends a number of SQL statements that does not grow with the page size', async () => {
      for (let i = 0; i < 50; i++) {
        const r = await submit(hub, coordinatorVR09, {
          title: `Monitor ${i}`,
          publisherOrganisationCode: i % 2 ? 'GM0355' : 'GM0344',
          policyDomainCodes: ['6.72', '6.3'],
        });
        if (i < 3)
          await upload(hub, coordinatorVR09, r.id, `m${i}.pdf`, await pdf((d) => d.text(`Monitor ${i}`)));
      }
      const query = (first: number) => `{
        reports(first: ${first}) { totalCount edges { node {
          id title publisher { code name } policyDomains { code name } submittedBy { displayName }
          audience { scope regions { name } } tags textExcerpt viewerCanPublish viewerCanEdit
          file { fileName textStatus downloadUrl }
        } } }
      }`;
      const statements = (first: number) =>
        hub.statementsOf(async () => {
          const res = await graphql<{ reports: Page }>(hub.url, query(first), {}, zeist.headers);
          expect(res.errors).toBeUndefined();
          expect(res.data!.reports.edges).toHaveLength(first);
        });
      const small = await statements(5);
      const large = await statements(50);
      expect(large).toBe(small);
      expect(small).toBeLessThanOrEqual(6);
    });
  });

  it('gives curation the published reports past their "geldig tot" date, per coordinator', async () => {
    const old = await submit(hub, coordinatorVR09, {
      title: 'Verouderde monitor',
      publisherOrganisationCode: 'GM0355',
      publicationDate: '2020-01-01',
      validUntil: '2021-12-31',
    });
    const current = await submit(hub, coordinatorVR09, {
      title: 'Actuele monitor',
      publisherOrganisationCode: 'GM0355',
      publicationDate: '2020-01-01',
      validUntil: '2099-12-31',
    });
    const service = hub.app.get(ReportsService);
    const coordinator = (id: string, organisationCode: string, regionId: string) => ({
      userId: id,
      organisationCode,
      municipalityCode: organisationCode,
      roles: ['MEMBER', 'COORDINATOR'] as const,
      coordinatorRegionIds: [regionId],
    });
    const expired = (
      await service.expiredReports(coordinator(coordinatorVR09.id, 'GM0355', 'VR09'), new Date())
    ).map((r) => r.id);
    expect(expired).toContain(old.id);
    expect(expired).not.toContain(current.id);
    expect(
      (await service.expiredReports(coordinator(coordinatorVR13.id, 'GM0363', 'VR13'), new Date())).map(
        (r) => r.id,
      ),
    ).not.toContain(old.id);
  });

  it('answers the ReportLookup port (for citations) with the ids the actor may see', async () => {
    const hidden = await submit(hub, utrecht, { title: 'Nog niet gepubliceerd' });
    const visible = await submit(hub, coordinatorVR09, {
      title: 'Wel gepubliceerd',
      publisherOrganisationCode: 'GM0355',
    });
    const service = hub.app.get(ReportsService);
    const zeistActor = {
      userId: zeist.id,
      organisationCode: 'GM0355',
      municipalityCode: 'GM0355',
      roles: ['MEMBER'] as const,
      coordinatorRegionIds: [],
    };
    expect([...(await service.visibleReportIds(zeistActor, [hidden.id, visible.id, 'onbekend']))]).toEqual([
      visible.id,
    ]);
    expect([...(await service.visibleReportIds(null, [hidden.id, visible.id]))]).toEqual([]);
  });
});

describe('report file routes across origins (CORS_ORIGINS)', () => {
  let hub: TestApp;
  const origin = 'https://kennis.regio.nl';
  beforeAll(async () => {
    hub = await startTestApp({ CORS_ORIGINS: origin });
  });
  afterAll(async () => hub?.close());

  it('lets the web app on an allowed origin PUT to an upload URL (after a preflight) and read the answer', async () => {
    const preflight = await fetch(`${hub.url}/uploads/f1.abc.def`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('content-type');
    const refused = await fetch(`${hub.url}/uploads/f1.abc.def`, {
      method: 'PUT',
      headers: { origin, 'content-type': 'application/pdf' },
      body: '%PDF-',
    });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBe(origin);
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
    // Another site gets no CORS grant (its page cannot read the answer, nor send the PUT).
    const other = await fetch(`${hub.url}/uploads/f1.abc.def`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'PUT' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
