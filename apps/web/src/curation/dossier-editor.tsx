import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useRoles } from '../auth/roles';
import {
  AudienceChooser,
  REGIONS_FIELD,
  type AudienceRegion,
  type ChosenScope,
} from '../components/audience-chooser';
import { ErrorAlert, ErrorSummary, errorMessage, type FieldError } from '../components/feedback';
import { TextField } from '../components/fields';
import { MarkdownField } from '../components/markdown-field';
import { toggled } from '../components/policy-domain-picker';
import {
  CreateDossierDocument,
  DeleteDossierDocument,
  UpdateDossierDocument,
  type AudienceInput,
  type AudienceScope,
  type DossierFieldsFragment,
  type DossierFormQuery,
} from '../gql/graphql';
import { DOSSIER_CONTEXT } from './dossier-labels';
import { ItemPicker } from './item-picker';
import { ItemLink, PICKABLE_TYPES, type PickableType } from './items';
import { itemMeta } from './item-meta';

const TITLE_MAX = 200;
const NOTE_MAX = 500;
const CHOSEN: readonly AudienceScope[] = ['NEIGHBOURS', 'REGIONS', 'MEMBERS', 'PUBLIC'];

interface EditorItem {
  readonly type: PickableType;
  readonly id: string;
  readonly title: string;
  readonly meta: string;
  readonly note: string;
}

/** An element id for an item's controls (ids are UUIDs; anything else is made safe). */
const keyOf = (item: { type: string; id: string }) => `${item.type}-${item.id}`.replace(/[^\w-]/g, '_');

/**
 * Create or edit a dossier: title, Markdown introduction with preview, who may see it (the
 * audience chooser of "vraag stellen"), and its items in order, each with an optional note; items
 * are found with the item picker. The editor is a coordinator (or admin): the page checks it.
 */
export function DossierEditor({
  dossier,
  options,
}: {
  /** The dossier to edit; none: a new one. */
  dossier?: DossierFieldsFragment;
  options: DossierFormQuery;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const roles = useRoles();
  const municipality = options.municipality ?? null;

  // The regions offered: those the person coordinates, then those of their gemeente (admins
  // without either: all).
  const byId = new Map(options.regions.map((r) => [r.id, r]));
  const offered: AudienceRegion[] = [
    ...roles.coordinatorRegionIds.flatMap((id) => byId.get(id) ?? []),
    ...(municipality?.regions ?? []).filter((r) => !roles.coordinatorRegionIds.includes(r.id)),
  ];
  for (const id of dossier?.audience.regionIds ?? [])
    if (!offered.some((r) => r.id === id) && byId.has(id)) offered.push(byId.get(id)!);
  const regions = offered.length > 0 ? offered : options.regions;

  const [title, setTitle] = useState(dossier?.title ?? '');
  const [introduction, setIntroduction] = useState(dossier?.introduction ?? '');
  const [scope, setScope] = useState<AudienceScope>(
    dossier?.audience.scope ?? (roles.coordinatorRegionIds.length > 0 ? 'REGIONS' : 'MEMBERS'),
  );
  const [regionIds, setRegionIds] = useState<ReadonlySet<string>>(
    new Set(dossier ? dossier.audience.regionIds : roles.coordinatorRegionIds),
  );
  const [items, setItems] = useState<EditorItem[]>(
    (dossier?.items ?? []).flatMap((i) =>
      i.itemType === 'ANSWER'
        ? []
        : [
            {
              type: i.itemType,
              id: i.itemId,
              title: i.title,
              meta: itemMeta(t, i18n.language, i.item),
              note: i.note ?? '',
            },
          ],
    ),
  );
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [create, doCreate] = useMutation(CreateDossierDocument);
  const [update, doUpdate] = useMutation(UpdateDossierDocument);
  const saving = create.fetching || update.fetching;

  // After a move or a removal React re-renders the list: then the focus goes where it belongs.
  const focusAfterRender = useRef<string | null>(null);
  useEffect(() => {
    if (!focusAfterRender.current) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });
  const setFocusId = (id: string) => {
    focusAfterRender.current = id;
  };

  function move(index: number, by: -1 | 1) {
    const target = index + by;
    if (target < 0 || target >= items.length) return;
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(target, 0, item!);
    setItems(next);
    const atEdge = target === 0 || target === next.length - 1;
    // The button pressed stays under the focus, unless it became disabled at the top or bottom.
    const direction = atEdge ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down';
    setFocusId(`dossier-item-${direction}-${keyOf(item!)}`);
    setAnnouncement(
      t('dossier.moved', {
        title: item!.title,
        position: target + 1,
        count: next.length,
      }),
    );
  }

  function remove(index: number) {
    const item = items[index]!;
    const next = items.filter((_, i) => i !== index);
    setItems(next);
    const neighbour = next[index] ?? next[index - 1];
    setFocusId(neighbour ? `dossier-item-remove-${keyOf(neighbour)}` : 'dossier-items-heading');
    setAnnouncement(t('dossier.removed', { title: item.title }));
  }

  function audience(): AudienceInput {
    if (CHOSEN.includes(scope)) return { scope, regionIds: scope === 'REGIONS' ? [...regionIds] : null };
    // An audience this form does not offer (set through the API) stays as it was.
    return {
      scope,
      regionIds: dossier?.audience.regionIds ?? null,
      municipalityCodes: dossier?.audience.municipalityCodes ?? null,
    };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = [];
    if (!title.trim()) found.push({ field: 'dossier-title', message: t('dossier.titleRequired') });
    if (scope === 'REGIONS' && regionIds.size === 0)
      found.push({ field: REGIONS_FIELD, message: t('ask.regionsRequired') });
    setErrors(found);
    setAttempt((n) => n + 1);
    setFailure(null);
    if (found.length > 0) return;
    const input = {
      title: title.trim(),
      introduction,
      audience: audience(),
      items: items.map((i) => ({ itemType: i.type, itemId: i.id, note: i.note.trim() || null })),
    };
    const result = dossier
      ? await doUpdate(
          { input: { ...input, id: dossier.id, expectedVersion: dossier.version } },
          DOSSIER_CONTEXT,
        )
      : await doCreate({ input }, DOSSIER_CONTEXT);
    if (result.error) {
      setFailure(errorMessage(t, result.error));
      return;
    }
    const saved =
      result.data && ('createDossier' in result.data ? result.data.createDossier : result.data.updateDossier);
    if (saved) void navigate(`/dossiers/${saved.id}`, { state: { saved: true } });
  }

  const error_ = (field: string) => errors.find((e) => e.field === field)?.message;
  return (
    <>
      <ErrorSummary errors={errors} attempt={attempt} />
      <ErrorAlert message={failure} />
      <form id="dossier-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id="dossier-title"
          label={t('dossier.titleLabel')}
          value={title}
          onChange={setTitle}
          maxLength={TITLE_MAX}
          error={error_('dossier-title')}
          required
        />
        <MarkdownField
          id="dossier-introduction"
          label={t('dossier.introduction')}
          description={t('dossier.introductionHint')}
          value={introduction}
          onChange={setIntroduction}
        />
        <AudienceChooser
          legend={t('dossier.audience')}
          municipality={municipality}
          regions={regions}
          scope={scope as ChosenScope}
          onScope={setScope}
          regionIds={regionIds}
          onToggleRegion={(id) => setRegionIds((set) => toggled(set, id))}
          regionsError={error_(REGIONS_FIELD)}
        />
        {!CHOSEN.includes(scope) ? (
          <Paragraph className="ksp-meta">
            {t('dossier.keptAudience', { audience: t(`ask.scope.${scope}`) })}
          </Paragraph>
        ) : null}
      </form>

      <section aria-labelledby="dossier-items-heading" className="ksp-dossier-items">
        <Heading2 id="dossier-items-heading" tabIndex={-1}>
          {t('dossier.items', { count: items.length })}
        </Heading2>
        <p role="status" aria-live="polite" className="ksp-visually-hidden">
          {announcement}
        </p>
        {items.length === 0 ? <Paragraph>{t('dossier.noItemsYet')}</Paragraph> : null}
        {/* Said to every editor of an existing dossier: whether there are such items is not theirs to know. */}
        {dossier ? <Paragraph className="ksp-meta">{t('dossier.hiddenItemsKept')}</Paragraph> : null}
        <ol className="ksp-item-list">
          {items.map((item, index) => {
            const key = keyOf(item);
            return (
              <li key={key}>
                <p className="ksp-item-title">
                  <span className="ksp-item-type">{t(`picker.types.${item.type}`)}</span>{' '}
                  <ItemLink type={item.type} id={item.id}>
                    {item.title}
                  </ItemLink>
                </p>
                <p className="ksp-meta">{item.meta}</p>
                <TextField
                  id={`dossier-item-note-${key}`}
                  label={
                    <>
                      {t('dossier.note')}
                      <span className="ksp-visually-hidden">
                        {' '}
                        {t('dossier.noteFor', { title: item.title })}
                      </span>{' '}
                      {t('common.optional')}
                    </>
                  }
                  value={item.note}
                  maxLength={NOTE_MAX}
                  onChange={(note) =>
                    setItems((list) => list.map((i) => (keyOf(i) === key ? { ...i, note } : i)))
                  }
                />
                <ButtonGroup>
                  <Button
                    id={`dossier-item-up-${key}`}
                    type="button"
                    appearance="subtle-button"
                    disabled={index === 0}
                    aria-label={t('dossier.moveUpNamed', { title: item.title })}
                    onClick={() => move(index, -1)}
                  >
                    {t('dossier.moveUp')}
                  </Button>
                  <Button
                    id={`dossier-item-down-${key}`}
                    type="button"
                    appearance="subtle-button"
                    disabled={index === items.length - 1}
                    aria-label={t('dossier.moveDownNamed', { title: item.title })}
                    onClick={() => move(index, 1)}
                  >
                    {t('dossier.moveDown')}
                  </Button>
                  <Button
                    id={`dossier-item-remove-${key}`}
                    type="button"
                    appearance="subtle-button"
                    aria-label={t('dossier.removeNamed', { title: item.title })}
                    onClick={() => remove(index)}
                  >
                    {t('dossier.remove')}
                  </Button>
                </ButtonGroup>
              </li>
            );
          })}
        </ol>
        <ItemPicker
          heading={t('dossier.addItem')}
          types={PICKABLE_TYPES}
          isChosen={(type, id) => items.some((i) => i.type === type && i.id === id)}
          actionText={t('dossier.add')}
          actionLabel={(itemTitle) => t('dossier.addNamed', { title: itemTitle })}
          chosenText={t('dossier.inDossier')}
          onPick={(picked) => {
            setItems((list) => [...list, { ...picked, note: '' }]);
            setAnnouncement(
              t('dossier.added', {
                title: picked.title,
                position: items.length + 1,
                count: items.length + 1,
              }),
            );
          }}
        />
      </section>

      <ButtonGroup className="ksp-form-actions">
        <Button
          type="submit"
          form="dossier-form"
          appearance="primary-action-button"
          busy={saving}
          disabled={saving}
        >
          {saving ? t('dossier.saving') : t('dossier.save')}
        </Button>
      </ButtonGroup>
      {dossier ? <DeleteDossier id={dossier.id} title={dossier.title} /> : null}
    </>
  );
}

/** Deleting asks first; "Annuleren" returns the focus to the button that asked. */
function DeleteDossier({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, doDelete] = useMutation(DeleteDossierDocument);
  const ask = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  return (
    <section aria-labelledby="dossier-delete" className="ksp-danger-zone">
      <Heading2 id="dossier-delete">{t('dossier.delete')}</Heading2>
      <ErrorAlert message={failure} />
      {asking ? (
        <div role="group" aria-labelledby="dossier-delete-question">
          <Paragraph id="dossier-delete-question">{t('dossier.deleteQuestion', { title })}</Paragraph>
          <ButtonGroup>
            <Button
              ref={confirm}
              type="button"
              appearance="primary-action-button"
              busy={fetching}
              disabled={fetching}
              onClick={() =>
                void doDelete({ id }, DOSSIER_CONTEXT).then((result) => {
                  if (result.error) setFailure(errorMessage(t, result.error));
                  else void navigate('/dossiers', { state: { deleted: title } });
                })
              }
            >
              {t('dossier.deleteConfirm')}
            </Button>
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() => {
                setAsking(false);
                requestAnimationFrame(() => ask.current?.focus());
              }}
            >
              {t('common.cancel')}
            </Button>
          </ButtonGroup>
        </div>
      ) : (
        <Button ref={ask} type="button" appearance="secondary-action-button" onClick={() => setAsking(true)}>
          {t('dossier.delete')}
        </Button>
      )}
    </section>
  );
}
