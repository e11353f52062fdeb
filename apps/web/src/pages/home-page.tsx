import { Button, Heading2, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { useSession } from '../auth/session';
import { ErrorAlert, Loading } from '../components/feedback';
import { PageHeading } from '../components/page-heading';
import { RouterButtonLink, RouterLink } from '../components/router-link';
import { itemPath } from '../curation/items';
import {
  DeclineRoutingDocument,
  HomeFeaturedDocument,
  HomeQuestionsDocument,
  HomeToMunicipalityDocument,
  QuestionsForMeDocument,
} from '../gql/graphql';
import { QuestionEntry, QuestionList } from '../questions/question-list';

const nodes = <T,>(c: { edges: readonly { node: T }[] } | null | undefined): T[] =>
  (c?.edges ?? []).map((e) => e.node);

/** One section of the home page: a heading, and its content once loaded (or why not). */
function HomeSection(props: {
  id: string;
  title: string;
  loading: boolean;
  error: CombinedError | undefined;
  children: ReactNode;
}) {
  return (
    <section className="ksp-section" aria-labelledby={props.id}>
      <Heading2 id={props.id}>{props.title}</Heading2>
      {props.loading ? <Loading /> : props.error ? <ErrorAlert error={props.error} /> : props.children}
    </section>
  );
}

/** Whatever the matching may add to "Vragen voor jou" changes it (declines, new routings). */
const FOR_YOU_CONTEXT = { additionalTypenames: ['RoutedQuestion'] };

/**
 * "Vragen voor jou": the questions the hub routed to the reader (matched to their expertise
 * profile), with why, and "niet mijn expertise" to pass one on to the next expert. After a
 * decline the entry is gone: the focus goes to the confirmation.
 */
function ForYouSection() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: QuestionsForMeDocument,
    requestPolicy: 'cache-and-network',
    context: FOR_YOU_CONTEXT,
  });
  const [declining, decline] = useMutation(DeclineRoutingDocument);
  const [declined, setDeclined] = useState<string | null>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (declined) confirmation.current?.focus();
  }, [declined]);
  const routed = nodes(data?.questionsForMe);
  return (
    <HomeSection id="home-for-you" title={t('home.forYou')} loading={fetching && !data} error={error}>
      <Paragraph className="ksp-meta">{t('home.forYouIntro')}</Paragraph>
      {declined ? (
        <div ref={confirmation} tabIndex={-1} className="ksp-focus-target" role="status">
          <Paragraph>{t('home.declined', { title: declined })}</Paragraph>
        </div>
      ) : null}
      <ErrorAlert error={declining.error} />
      {routed.length === 0 ? (
        <Paragraph>
          {t('home.forYouEmpty')} <RouterLink to="/mijn-profiel">{t('home.forYouProfile')}</RouterLink>
        </Paragraph>
      ) : (
        <ul className="ksp-list-plain">
          {routed.map((r) => (
            <li key={r.id}>
              <QuestionEntry question={r.question} />
              {r.reasons.length > 0 ? (
                <p className="ksp-meta ksp-reasons">
                  {t('home.forYouReasons', { reasons: r.reasons.join(' · ') })}
                </p>
              ) : null}
              <Button
                type="button"
                appearance="subtle-button"
                className="ksp-decline"
                // Which question (several buttons have the same text); the visible text comes first.
                aria-label={t('home.declineNamed', { title: r.question.title })}
                busy={declining.fetching}
                disabled={declining.fetching}
                onClick={() =>
                  void decline({ id: r.id, reason: 'NOT_MY_EXPERTISE' }, FOR_YOU_CONTEXT).then((result) => {
                    if (result.data) setDeclined(r.question.title);
                  })
                }
              >
                {t('home.decline')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </HomeSection>
  );
}

/** Open questions addressed to the reader's gemeente (absent for people without one). */
function ToMunicipalitySection() {
  const { t } = useTranslation();
  const { snapshot } = useSession();
  const hasMunicipality = !!snapshot.user?.organisation.municipalityCode;
  const [{ data, fetching, error }] = useQuery({
    query: HomeToMunicipalityDocument,
    pause: !hasMunicipality,
    requestPolicy: 'cache-and-network',
  });
  if (!hasMunicipality) return null;
  return (
    <HomeSection
      id="home-to-municipality"
      title={t('home.toMunicipality')}
      loading={fetching && !data}
      error={error}
    >
      <QuestionList questions={nodes(data?.toMunicipality)} empty={t('home.toMunicipalityEmpty')} />
    </HomeSection>
  );
}

function MyQuestionsSections() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: HomeQuestionsDocument,
    requestPolicy: 'cache-and-network',
  });
  const loading = fetching && !data;
  return (
    <>
      <HomeSection id="home-mine" title={t('home.mine')} loading={loading} error={error}>
        <QuestionList questions={nodes(data?.mine)} empty={t('home.mineEmpty')} showAddressees />
      </HomeSection>
      <HomeSection id="home-new" title={t('home.newInRegion')} loading={loading} error={error}>
        <QuestionList questions={nodes(data?.recent)} empty={t('home.newEmpty')} />
        <Paragraph>
          <RouterLink to="/vragen">{t('home.allQuestions')}</RouterLink>
        </Paragraph>
      </HomeSection>
    </>
  );
}

/** What the coordinators of the reader's regions feature (pinned first); absent when there is none. */
function FeaturedSection() {
  const { t } = useTranslation();
  const [{ data, error }] = useQuery({ query: HomeFeaturedDocument, requestPolicy: 'cache-and-network' });
  const items = data?.featuredItems ?? [];
  if (error || items.length === 0) return null;
  return (
    <HomeSection id="home-featured" title={t('home.featured')} loading={false} error={undefined}>
      <ul className="ksp-list-plain">
        {items.map((f) => {
          const path = itemPath(f.itemType, f.itemId);
          return (
            <li key={f.id}>
              {path ? <RouterLink to={path}>{f.title}</RouterLink> : f.title}{' '}
              {f.pinned ? <StatusBadge status="safe">{t('featured.pinned')}</StatusBadge> : null}
              <p className="ksp-meta">{t(`picker.types.${f.itemType}`)}</p>
            </li>
          );
        })}
      </ul>
    </HomeSection>
  );
}

/** The sections of the logged-in home page, in their order. */
const SECTIONS = [
  { key: 'for-you', Section: ForYouSection },
  { key: 'to-municipality', Section: ToMunicipalitySection },
  { key: 'questions', Section: MyQuestionsSections },
  { key: 'featured', Section: FeaturedSection },
] as const;

export function HomePage() {
  const { t } = useTranslation();
  const { snapshot } = useSession();
  if (snapshot.status === 'restoring') return <Loading />;
  if (snapshot.status === 'anonymous') {
    return (
      <>
        <PageHeading>{t('home.title')}</PageHeading>
        <Paragraph appearance="lead">{t('home.intro')}</Paragraph>
        <Paragraph>{t('home.anonymousIntro')}</Paragraph>
        <Paragraph>
          <RouterButtonLink to="/inloggen">{t('shell.logIn')}</RouterButtonLink>
        </Paragraph>
      </>
    );
  }
  const user = snapshot.user;
  return (
    <>
      <PageHeading title={t('home.title')}>
        {user ? t('home.welcome', { name: user.displayName }) : t('home.title')}
      </PageHeading>
      <Paragraph appearance="lead">{t('home.intro')}</Paragraph>
      <Paragraph>
        <RouterButtonLink to="/vragen/nieuw">{t('home.ask')}</RouterButtonLink>
      </Paragraph>
      <div className="ksp-sections">
        {SECTIONS.map(({ key, Section }) => (
          <Section key={key} />
        ))}
      </div>
    </>
  );
}
