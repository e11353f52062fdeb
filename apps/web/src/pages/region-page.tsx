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
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useRoles } from '../auth/roles';
import { ErrorAlert, Loading } from '../components/feedback';
import { SelectField } from '../components/fields';
import { FilterForm } from '../components/list-page';
import { PageHeading } from '../components/page-heading';
import { RouterLink } from '../components/router-link';
import { FeaturedItems } from '../curation/featured-items';
import { errorCode } from '../graphql/client';
import {
  RegionChoiceDocument,
  RegionOverviewDocument,
  type ContentActivityCountsFragment,
} from '../gql/graphql';
import { EscalatedQuestions } from '../matching/escalated-questions';
import { formatDate } from '../questions/format';
import { NotFoundPage } from './not-found-page';

/** The periods offered (days back from now); the API counts what was asked, answered, published in it. */
const PERIODS = ['30', '90', '365'] as const;
type Period = (typeof PERIODS)[number];
const DEFAULT_PERIOD: Period = '90';
const isPeriod = (value: string | null): value is Period => PERIODS.includes(value as Period);

/**
 * /regio and /regio/:id?periode=90 — a coordinator's overview of their region: per gemeente what
 * its people asked, answered and published in the period, and what stands open now (open
 * questions, those past their deadline without an answer, reports waiting for review, findable
 * expertise profiles); for its coordinators the questions nobody answered in time (escalated) and
 * the region's featured items. The API counts the overview in one query
 * (`regionOverview`, over what the reader may see). A coordinator of several regions (or an
 * admin) chooses the region.
 */
export function RegionPage() {
  const { t } = useTranslation();
  const roles = useRoles();
  const navigate = useNavigate();
  const requested = useParams()['id'] ?? null;
  const [search] = useSearchParams();
  const asked = search.get('periode');
  const period = isPeriod(asked) ? asked : DEFAULT_PERIOD;
  const [{ data: choice, fetching, error }] = useQuery({ query: RegionChoiceDocument });
  const all = choice?.regions ?? [];
  const available = roles.admin ? all : all.filter((r) => roles.coordinatorRegionIds.includes(r.id));
  const regionId = requested ?? available[0]?.id ?? null;
  const [chosen, setChosen] = useState(regionId ?? '');
  const [chosenPeriod, setChosenPeriod] = useState<Period>(period);
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
      <FilterForm
        label={t('region.choose')}
        submitLabel={t('region.show')}
        onSubmit={() => {
          const target = available.length > 1 && chosen ? chosen : regionId;
          void navigate(`/regio/${encodeURIComponent(target)}?periode=${chosenPeriod}`);
        }}
      >
        {available.length > 1 ? (
          <SelectField id="region-choice" label={t('region.region')} value={chosen} onChange={setChosen}>
            {available.map((r) => (
              <SelectOption key={r.id} value={r.id}>
                {r.name} ({t(`municipality.regionKind.${r.kind}`)})
              </SelectOption>
            ))}
          </SelectField>
        ) : null}
        <SelectField
          id="region-period"
          label={t('region.period')}
          value={chosenPeriod}
          onChange={(value) => {
            if (isPeriod(value)) setChosenPeriod(value);
          }}
        >
          {PERIODS.map((p) => (
            <SelectOption key={p} value={p}>
              {t(`region.periods.${p}`)}
            </SelectOption>
          ))}
        </SelectField>
      </FilterForm>
      <RegionOverview
        key={`${regionId}-${period}`}
        regionId={regionId}
        period={period}
        mayCurate={mayCurate}
      />
    </>
  );
}

/** The columns of the table, in order: each a count of ContentActivity. */
const COLUMNS = [
  { count: 'questionsAsked', label: 'region.questionsAsked' },
  { count: 'answersGiven', label: 'region.answersGiven' },
  { count: 'openQuestions', label: 'region.openQuestions' },
  { count: 'overdueQuestions', label: 'region.overdue' },
  { count: 'reportsInReview', label: 'region.submittedReports' },
  { count: 'reportsPublished', label: 'region.publishedReports' },
  { count: 'findableExperts', label: 'region.experts' },
] as const satisfies readonly { count: keyof ContentActivityCountsFragment; label: string }[];

type Count = (typeof COLUMNS)[number]['count'];

/** Where a count leads: the list it counts, filtered (for one gemeente). */
function linkOf(count: Count, municipalityCode: string): string | null {
  const code = encodeURIComponent(municipalityCode);
  if (count === 'openQuestions') return `/vragen?gemeente=${code}&status=OPEN`;
  if (count === 'findableExperts') return `/expertise?gemeente=${code}`;
  return null;
}

function RegionOverview({
  regionId,
  period,
  mayCurate,
}: {
  regionId: string;
  period: Period;
  mayCurate: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: RegionOverviewDocument,
    variables: { regionId, days: Number(period) },
    requestPolicy: 'cache-and-network',
  });
  if (errorCode(error) === 'NOT_FOUND') return <NotFoundPage />;
  if (fetching && !data) return <Loading />;
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return null;
  const { region, municipalities, totals } = data.regionOverview;
  const periodName = t(`region.periods.${period}`).toLowerCase();
  return (
    <>
      <section aria-labelledby="region-summary">
        <Heading2 id="region-summary">
          {region.name} ({t(`municipality.regionKind.${region.kind}`)})
        </Heading2>
        <DataList>
          <DataListItem>
            <DataListKey>{t('region.municipalities')}</DataListKey>
            <DataListValue>{municipalities.length}</DataListValue>
          </DataListItem>
          {COLUMNS.map((c) => (
            <DataListItem key={c.count}>
              <DataListKey>{t(c.label)}</DataListKey>
              <DataListValue>
                {totals[c.count]}
                {c.count === 'reportsInReview' && totals.reportsInReview > 0 ? (
                  <>
                    {' '}
                    (<RouterLink to="/beoordelen">{t('region.toReview')}</RouterLink>)
                  </>
                ) : null}
              </DataListValue>
            </DataListItem>
          ))}
        </DataList>
        <Paragraph className="ksp-meta">
          {t('region.periodNote', { since: formatDate(data.regionOverview.since, i18n.language) })}{' '}
          {t('region.overdueHint')}
        </Paragraph>
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
              {t('region.tableCaption', { region: region.name, period: periodName })}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('region.municipality')}</TableHeaderCell>
                {COLUMNS.map((c) => (
                  <TableHeaderCell key={c.count} scope="col">
                    {t(c.label)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {municipalities.map(({ municipality: m, activity }) => (
                <TableRow key={m.code}>
                  <TableHeaderCell scope="row">
                    <RouterLink to={`/gemeenten/${m.code}`}>{m.name}</RouterLink>
                  </TableHeaderCell>
                  {COLUMNS.map((c) => {
                    const value = activity[c.count];
                    const link = value > 0 ? linkOf(c.count, m.code) : null;
                    return (
                      <TableCell key={c.count}>
                        {link ? <RouterLink to={link}>{value}</RouterLink> : value}
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
            </TableBody>
            <TableFooter>
              <TableRow>
                <TableHeaderCell scope="row">{t('region.total')}</TableHeaderCell>
                {COLUMNS.map((c) => (
                  <TableCell key={c.count}>{totals[c.count]}</TableCell>
                ))}
              </TableRow>
            </TableFooter>
          </Table>
        </div>
      </section>
      {mayCurate ? <EscalatedQuestions regionId={region.id} /> : null}
      {mayCurate ? <FeaturedItems region={region} /> : null}
    </>
  );
}
