import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Heading3,
  Paragraph,
  StatusBadge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { Suspense, lazy, useEffect, useRef, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../auth/session';
import { ErrorAlert, ErrorSummary, Loading, errorMessage, type FieldError } from '../components/feedback';
import { TextAreaField } from '../components/fields';
import { PageHeading } from '../components/page-heading';
import { RichText } from '../components/rich-text';
import { RouterLink } from '../components/router-link';
import { errorCode } from '../graphql/client';
import {
  AcceptAnswerDocument,
  AnswerQuestionDocument,
  DossiersWithItemDocument,
  FollowQuestionDocument,
  MeTooQuestionDocument,
  QuestionDocument,
  UnfollowQuestionDocument,
  type QuestionQuery,
} from '../gql/graphql';
import { QuestionMatches } from '../matching/question-matches';
import { formatDate } from '../questions/format';
import { NotFoundPage } from './not-found-page';

type Question = QuestionQuery['question'];

/** The coordinators' merge panel (with its item picker) loads only for those who may use it. */
const MarkDuplicate = lazy(() =>
  import('../questions/mark-duplicate').then((m) => ({ default: m.MarkDuplicate })),
);

/** A new answer refreshes the question (urql's document cache: by the types in the result). One
 * object for every render: urql runs the query again whenever its context object changes. */
const QUESTION_CONTEXT = { additionalTypenames: ['Answer'] };

function Actions({ question }: { question: Question }) {
  const { t } = useTranslation();
  const { snapshot } = useSession();
  const [follow, doFollow] = useMutation(FollowQuestionDocument);
  const [unfollow, doUnfollow] = useMutation(UnfollowQuestionDocument);
  const [meToo, doMeToo] = useMutation(MeTooQuestionDocument);
  if (snapshot.status !== 'authenticated') return null;
  const own = snapshot.user?.id === question.author.id;
  const error = follow.error ?? unfollow.error ?? meToo.error;
  return (
    <>
      <ButtonGroup>
        {own ? null : (
          <Button
            type="button"
            appearance="secondary-action-button"
            aria-pressed={question.meTooByMe}
            busy={meToo.fetching}
            onClick={() => void doMeToo({ id: question.id, meToo: !question.meTooByMe })}
          >
            {t('question.meToo')}
          </Button>
        )}
        <Button
          type="button"
          appearance="secondary-action-button"
          busy={follow.fetching || unfollow.fetching}
          onClick={() =>
            void (question.followedByMe ? doUnfollow({ id: question.id }) : doFollow({ id: question.id }))
          }
        >
          {question.followedByMe ? t('question.unfollow') : t('question.follow')}
        </Button>
      </ButtonGroup>
      <p className="ksp-meta" aria-live="polite">
        {t('question.meTooCount', { count: question.meTooCount })} ·{' '}
        {t('question.followers', { count: question.followerCount })}
      </p>
      <ErrorAlert error={error} />
    </>
  );
}

function Answers({ question }: { question: Question }) {
  const { t, i18n } = useTranslation();
  const [accepting, accept] = useMutation(AcceptAnswerDocument);
  // The accept button leaves once the question is loaded again: the focus goes to the
  // confirmation in the accepted answer.
  const [acceptedNow, setAcceptedNow] = useState<string | null>(null);
  const confirmed = question.answers.some((a) => a.id === acceptedNow && a.accepted);
  const confirmation = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirmed) confirmation.current?.focus();
  }, [confirmed, acceptedNow]);
  async function acceptAnswer(answerId: string) {
    const result = await accept({ answerId }, { additionalTypenames: ['Question'] });
    if (result.data) setAcceptedNow(answerId);
  }
  return (
    <section aria-labelledby="answers">
      <Heading2 id="answers">
        {t('question.answers')} ({question.answerCount})
      </Heading2>
      <ErrorAlert error={accepting.error} />
      {question.answers.length === 0 ? <Paragraph>{t('question.noAnswers')}</Paragraph> : null}
      {question.answers.map((answer) => (
        <article
          key={answer.id}
          className={`ksp-answer${answer.accepted ? ' ksp-answer--accepted' : ''}`}
          aria-labelledby={`answer-${answer.id}`}
        >
          <Heading3 id={`answer-${answer.id}`}>
            {t('question.answeredBy', {
              name: answer.author.displayName,
              organisation: answer.author.organisation.name,
              date: formatDate(answer.createdAt, i18n.language),
            })}
          </Heading3>
          {answer.accepted ? (
            <Paragraph>
              <StatusBadge status="safe">{t('question.accepted')}</StatusBadge>
            </Paragraph>
          ) : null}
          {answer.accepted && acceptedNow === answer.id ? (
            <div ref={confirmation} tabIndex={-1} className="ksp-focus-target">
              <Alert type="ok" role="status">
                <Paragraph>{t('question.acceptedNow')}</Paragraph>
              </Alert>
            </div>
          ) : null}
          <RichText html={answer.bodyHtml} />
          {question.viewerCanAccept && !answer.accepted ? (
            <Button
              type="button"
              appearance="secondary-action-button"
              busy={accepting.fetching}
              onClick={() => void acceptAnswer(answer.id)}
            >
              {t('question.accept')}
            </Button>
          ) : null}
        </article>
      ))}
    </section>
  );
}

function AnswerForm({ question }: { question: Question }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [posted, setPosted] = useState(false);
  const [{ fetching }, answer] = useMutation(AnswerQuestionDocument);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = body.trim() ? [] : [{ field: 'answer-body', message: t('question.answerRequired') }];
    setErrors(found);
    setAttempt((n) => n + 1);
    setFailure(null);
    setPosted(false);
    if (found.length > 0) return;
    const result = await answer({ input: { questionId: question.id, body: body.trim() } });
    if (result.data) {
      setBody('');
      setPosted(true);
    } else if (result.error) setFailure(errorMessage(t, result.error));
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="answer-form">
      <Heading2 id="answer-form">{t('question.yourAnswer')}</Heading2>
      <ErrorSummary errors={errors} attempt={attempt} />
      <ErrorAlert message={failure} />
      <TextAreaField
        id="answer-body"
        label={t('question.yourAnswer')}
        description={t('question.yourAnswerHint')}
        value={body}
        onChange={setBody}
        error={errors[0]?.message}
        required
      />
      <Button type="submit" appearance="primary-action-button" busy={fetching} disabled={fetching}>
        {t('question.submitAnswer')}
      </Button>
      {/* Always there, so that the confirmation is announced where the answer was sent. */}
      <Paragraph role="status" className="ksp-live-message">
        {posted ? t('question.answerPosted') : null}
      </Paragraph>
    </form>
  );
}

/** "Deze vraag is samengevoegd met …": after a merge it takes the focus (the panel it came from is gone). */
function MergedNotice({ target, focus }: { target: { id: string; title: string }; focus: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div ref={ref} tabIndex={-1} className="ksp-focus-target">
      <Alert type="info">
        <Paragraph>
          <Trans
            i18nKey="merge.mergedWith"
            values={{ title: target.title }}
            components={{ target: <RouterLink to={`/vragen/${target.id}`} /> }}
          />
        </Paragraph>
      </Alert>
    </div>
  );
}

/** The dossiers this question is part of (those the reader may see). */
function InDossiers({ questionId }: { questionId: string }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: DossiersWithItemDocument, variables: { itemId: questionId } });
  const dossiers = data?.dossiers.edges.map((e) => e.node) ?? [];
  if (dossiers.length === 0) return null;
  return (
    <section aria-labelledby="in-dossiers">
      <Heading2 id="in-dossiers">{t('question.inDossiers')}</Heading2>
      <ul className="ksp-list-plain">
        {dossiers.map((d) => (
          <li key={d.id}>
            <RouterLink to={`/dossiers/${d.id}`}>{d.title}</RouterLink>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** /vragen/:id — a question with its answers, per-gemeente status, follow and "ik wil dit ook weten". */
export function QuestionPage() {
  const { t, i18n } = useTranslation();
  const id = useParams()['id'] ?? '';
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const [{ data, fetching, error }] = useQuery({
    query: QuestionDocument,
    variables: { id },
    context: QUESTION_CONTEXT,
  });
  const [merged, setMerged] = useState(false);
  if (errorCode(error) === 'NOT_FOUND') return <NotFoundPage />;
  if (fetching && !data) return <Loading />;
  if (error && !data) return <ErrorAlert error={error} />;
  if (!data) return null;
  const q = data.question;
  const date = (iso: string) => formatDate(iso, i18n.language);
  return (
    <>
      {created ? (
        <Alert type="ok" role="status">
          <Paragraph>{t('question.created')}</Paragraph>
        </Alert>
      ) : null}
      <PageHeading>{q.title}</PageHeading>
      {q.duplicateOf ? <MergedNotice target={q.duplicateOf} focus={merged} /> : null}
      <Paragraph>
        <StatusBadge status={q.status === 'OPEN' ? 'safe' : 'neutral'}>
          {t(`question.status.${q.status}`)}
        </StatusBadge>{' '}
        {q.answers.some((a) => a.accepted) ? (
          <>
            <StatusBadge status="safe">{t('question.hasAccepted')}</StatusBadge>{' '}
          </>
        ) : null}
        <span className="ksp-meta">
          {t('question.askedBy', {
            name: q.author.displayName,
            organisation: q.author.organisation.name,
            date: date(q.createdAt),
          })}
        </span>
      </Paragraph>
      {q.closedReason ? (
        <Paragraph>{t('question.closedBecause', { reason: q.closedReason })}</Paragraph>
      ) : null}
      <RichText html={q.bodyHtml} />
      <DataList>
        {q.deadline ? (
          <DataListItem>
            <DataListKey>{t('ask.deadline')}</DataListKey>
            <DataListValue>{date(q.deadline)}</DataListValue>
          </DataListItem>
        ) : null}
        <DataListItem>
          <DataListKey>{t('question.domains')}</DataListKey>
          <DataListValue>{q.policyDomains.map((d) => `${d.code} ${d.name}`).join(', ')}</DataListValue>
        </DataListItem>
        {q.tags.length > 0 ? (
          <DataListItem>
            <DataListKey>{t('question.tags')}</DataListKey>
            <DataListValue>{q.tags.join(', ')}</DataListValue>
          </DataListItem>
        ) : null}
        <DataListItem>
          <DataListKey>{t('question.audience')}</DataListKey>
          <DataListValue>
            {q.audience.scope === 'NEIGHBOURS'
              ? t('question.audienceNeighbours', { name: q.author.organisation.name })
              : t(`ask.scope.${q.audience.scope}`)}
            {q.audience.regions.length > 0 ? `: ${q.audience.regions.map((r) => r.name).join(', ')}` : ''}
          </DataListValue>
        </DataListItem>
      </DataList>
      <Actions question={q} />
      {q.addressees.length > 0 ? (
        <section aria-labelledby="addressees">
          <Heading2 id="addressees">{t('question.addressees')}</Heading2>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('question.municipality')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('question.reply')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {q.addressees.map((a) => (
                <TableRow key={a.municipality.code}>
                  <TableCell>{a.municipality.name}</TableCell>
                  <TableCell>
                    {t(`question.addresseeStatus.${a.status}`)}
                    {a.reason ? `: ${a.reason}` : ''}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      ) : null}
      <Answers question={q} />
      {q.viewerCanAnswer ? <AnswerForm question={q} /> : null}
      <QuestionMatches questionId={q.id} />
      <InDossiers questionId={q.id} />
      {q.viewerCanMarkDuplicate ? (
        <Suspense fallback={<Loading />}>
          <MarkDuplicate question={q} onMerged={() => setMerged(true)} />
        </Suspense>
      ) : null}
    </>
  );
}
