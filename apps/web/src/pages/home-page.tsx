import { Heading2, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, type CombinedError } from 'urql';
import { useSession } from '../auth/session';
import { ErrorAlert, Loading } from '../components/feedback';
import { PageHeading } from '../components/page-heading';
import { RouterButtonLink, RouterLink } from '../components/router-link';
import { itemPath } from '../curation/items';
import { HomeFeaturedDocument, HomeForYouDocument, HomeQuestionsDocument } from '../gql/graphql';
import { QuestionList } from '../questions/question-list';

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

/**
 * "Vragen voor jou": today the open questions addressed to the reader's gemeente. Its own slot
 * with its own query, so that the matching API (issue 6: questions matched to the reader's
 * expertise) replaces this one component and nothing else on the page.
 */
function ForYouSection() {
  const { t } = useTranslation();
  const { snapshot } = useSession();
  const hasMunicipality = !!snapshot.user?.organisation.municipalityCode;
  const [{ data, fetching, error }] = useQuery({
    query: HomeForYouDocument,
    pause: !hasMunicipality,
    requestPolicy: 'cache-and-network',
  });
  return (
    <HomeSection id="home-for-you" title={t('home.forYou')} loading={fetching && !data} error={error}>
      <QuestionList questions={nodes(data?.forYou)} empty={t('home.forYouEmpty')} />
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
