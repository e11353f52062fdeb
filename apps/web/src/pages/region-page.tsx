import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useRoles } from '../auth/roles';
import { ErrorAlert, Loading } from '../components/feedback';
import { SelectField } from '../components/fields';
import { FilterForm } from '../components/list-page';
import { PageHeading } from '../components/page-heading';
import { RouterLink } from '../components/router-link';
import { FeaturedItems } from '../curation/featured-items';
import { overduePerMunicipality } from '../curation/matching';
import { errorCode } from '../graphql/client';
import { MunicipalityOverviewDocument, RegionChoiceDocument, RegionOverviewDocument } from '../gql/graphql';
import { NotFoundPage } from './not-found-page';

/** Open questions read to find those past their deadline without an answer (the API's largest page). */
const DEADLINE_WINDOW = 100;

/**
 * /regio and /regio/:id — a coordinator's overview of their region: per gemeente the open
 * questions, those past their deadline without an answer, reports waiting for review and
 * published, and findable expertise profiles; and the region's featured items. A coordinator of
 * several regions (or an admin) chooses the region.
 */
export function RegionPage() {
  const { t } = useTranslation();
  const roles = useRoles();
  const navigate = useNavigate();
  const requested = useParams()['id'] ?? null;
  const [{ data: choice, fetching, error }] = useQuery({ query: RegionChoiceDocument });
  const all = choice?.regions ?? [];
  const available = roles.admin ? all : all.filter((r) => roles.coordinatorRegionIds.includes(r.id));
  const regionId = requested ?? available[0]?.id ?? null;
  const [chosen, setChosen] = useState(regionId ?? '');
  const heading = <PageHeading>{t('region.title')}</PageHeading>;

  if (fetching && !choice)
    return (
      <>
        {heading}
        <Loading />
      </>
    );
  if (error && !choice)
    return (
      <>
        {heading}
        <ErrorAlert error={error} />
      </>
    );
  if (requested && !all.some((r) => r.id === requested)) return <NotFoundPage />;
  if (!regionId)
    return (
      <>
        {heading}
        <Paragraph>{t('region.noRegions')}</Paragraph>
      </>
    );
  const mayCurate = roles.admin || roles.coordinatorRegionIds.includes(regionId);
  return (
    <>
      {heading}
      <Paragraph>{t('region.intro')}</Paragraph>
      {available.length > 1 ? (
        <FilterForm
          label={t('region.choose')}
          submitLabel={t('region.show')}
          onSubmit={() => {
            if (chosen) void navigate(`/regio/${chosen}`);
          }}
        >
          <SelectField id="region-choice" label={t('region.region')} value={chosen} onChange={setChosen}>
            {available.map((r) => (
              <SelectOption key={r.id} value={r.id}>
                {r.name} ({t(`municipality.regionKind.${r.kind}`)})
              </SelectOption>
            ))}
          </SelectField>
        </FilterForm>
      ) : null}
      <RegionOverview key={regionId} regionId={regionId} mayCurate={mayCurate} />
    </>
  );
}

function RegionOverview({ regionId, mayCurate }: { regionId: string; mayCurate: boolean }) {
  const { t } = useTranslation();
  const [now] = useState(() => new Date());
  const [{ data, fetching, error }] = useQuery({
    query: RegionOverviewDocument,
    variables: { regionId, window: DEADLINE_WINDOW },
    requestPolicy: 'cache-and-network',
  });
  if (errorCode(error) === 'NOT_FOUND') return <NotFoundPage />;
  if (fetching && !data) return <Loading />;
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return null;
  const region = data.region;
  const overdue = overduePerMunicipality(data.byDeadline, now);
  const overdueText = (n: number) => (overdue.complete ? String(n) : t('region.atLeast', { count: n }));
  const municipalities = [...region.municipalities].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return (
    <>
      <section aria-labelledby="region-summary">
        <Heading2 id="region-summary">
          {region.name} ({t(`municipality.regionKind.${region.kind}`)})
        </Heading2>
        <DataList>
          <DataListItem>
            <DataListKey>{t('region.municipalities')}</DataListKey>
            <DataListValue>{region.municipalities.length}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('region.openQuestions')}</DataListKey>
            <DataListValue>{data.openQuestions.totalCount}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('region.overdue')}</DataListKey>
            <DataListValue>{overdueText(overdue.total)}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('region.submittedReports')}</DataListKey>
            <DataListValue>
              {data.submittedReports.totalCount}
              {data.submittedReports.totalCount > 0 ? (
                <>
                  {' '}
                  (<RouterLink to="/beoordelen">{t('region.toReview')}</RouterLink>)
                </>
              ) : null}
            </DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('region.publishedReports')}</DataListKey>
            <DataListValue>{data.publishedReports.totalCount}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('region.experts')}</DataListKey>
            <DataListValue>{data.experts.totalCount}</DataListValue>
          </DataListItem>
        </DataList>
        <Paragraph className="ksp-meta">{t('region.overdueHint')}</Paragraph>
      </section>
      <section aria-labelledby="region-table-heading">
        <Heading2 id="region-table-heading">{t('region.perMunicipality')}</Heading2>
        {/* Wide tables scroll sideways on small screens; the region is focusable for keyboards. */}
        <div
          className="ksp-table-scroll"
          role="region"
          aria-labelledby="region-table-heading"
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (WCAG 2.1.1)
          tabIndex={0}
        >
          <Table>
            <TableCaption className="ksp-visually-hidden">
              {t('region.tableCaption', { region: region.name })}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('region.municipality')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('region.openQuestions')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('region.overdue')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('region.submittedReports')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('region.publishedReports')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('region.experts')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {municipalities.map((m) => (
                <MunicipalityRow
                  key={m.code}
                  municipality={m}
                  overdue={overdueText(overdue.counts.get(m.code) ?? 0)}
                />
              ))}
            </TableBody>
            <TableFooter>
              <TableRow>
                <TableHeaderCell scope="row">{t('region.total')}</TableHeaderCell>
                <TableCell>{data.openQuestions.totalCount}</TableCell>
                <TableCell>{overdueText(overdue.total)}</TableCell>
                <TableCell>{data.submittedReports.totalCount}</TableCell>
                <TableCell>{data.publishedReports.totalCount}</TableCell>
                <TableCell>{data.experts.totalCount}</TableCell>
              </TableRow>
            </TableFooter>
          </Table>
        </div>
      </section>
      {mayCurate ? <FeaturedItems region={region} /> : null}
    </>
  );
}

function MunicipalityRow({
  municipality,
  overdue,
}: {
  municipality: { code: string; name: string };
  overdue: string;
}) {
  const { t } = useTranslation();
  const [{ data, error }] = useQuery({
    query: MunicipalityOverviewDocument,
    variables: { code: municipality.code },
    requestPolicy: 'cache-and-network',
  });
  const cell = (value: number | undefined, link?: string) =>
    error ? (
      t('region.unavailable')
    ) : value === undefined ? (
      <>
        <span aria-hidden="true">…</span>
        <span className="ksp-visually-hidden">{t('common.loading')}</span>
      </>
    ) : link && value > 0 ? (
      <RouterLink to={link}>{value}</RouterLink>
    ) : (
      value
    );
  const q = encodeURIComponent(municipality.code);
  return (
    <TableRow>
      <TableHeaderCell scope="row">
        <RouterLink to={`/gemeenten/${municipality.code}`}>{municipality.name}</RouterLink>
      </TableHeaderCell>
      <TableCell>{cell(data?.openQuestions.totalCount, `/vragen?gemeente=${q}&status=OPEN`)}</TableCell>
      <TableCell>{overdue}</TableCell>
      <TableCell>{cell(data?.submittedReports.totalCount)}</TableCell>
      <TableCell>{cell(data?.publishedReports.totalCount)}</TableCell>
      <TableCell>{cell(data?.experts.totalCount, `/expertise?gemeente=${q}`)}</TableCell>
    </TableRow>
  );
}
