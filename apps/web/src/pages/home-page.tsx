import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useSession } from '../auth/session';
import { ErrorAlert, Loading } from '../components/feedback';
import { PageHeading } from '../components/page-heading';
import { RouterButtonLink } from '../components/router-link';
import { HomeQuestionsDocument } from '../gql/graphql';
import { QuestionList } from '../questions/question-list';

function Dashboard({ municipalityCode }: { municipalityCode: string | null }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: HomeQuestionsDocument,
    variables: { withMunicipality: municipalityCode !== null },
    requestPolicy: 'cache-and-network',
  });
  if (fetching && !data) return <Loading />;
  if (error && !data) return <ErrorAlert error={error} />;
  const nodes = <T,>(c: { edges: readonly { node: T }[] } | null | undefined): T[] =>
    (c?.edges ?? []).map((e) => e.node);
  return (
    <div className="ksp-sections">
      <section className="ksp-section" aria-labelledby="home-for-you">
        <Heading2 id="home-for-you">{t('home.forYou')}</Heading2>
        <QuestionList questions={nodes(data?.forYou)} empty={t('home.forYouEmpty')} />
      </section>
      <section className="ksp-section" aria-labelledby="home-mine">
        <Heading2 id="home-mine">{t('home.mine')}</Heading2>
        <QuestionList questions={nodes(data?.mine)} empty={t('home.mineEmpty')} showAddressees />
      </section>
      <section className="ksp-section" aria-labelledby="home-new">
        <Heading2 id="home-new">{t('home.newInRegion')}</Heading2>
        <QuestionList questions={nodes(data?.recent)} empty={t('home.newEmpty')} />
      </section>
    </div>
  );
}

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
      <Dashboard municipalityCode={user?.organisation.municipalityCode ?? null} />
    </>
  );
}
