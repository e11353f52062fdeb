import { Button, ButtonGroup, Heading2, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { ErrorAlert, Loading, errorMessage } from '../components/feedback';
import { FeatureItemDocument, FeaturedItemsDocument, UnfeatureItemDocument } from '../gql/graphql';
import { itemMeta } from './item-meta';
import { ItemPicker } from './item-picker';
import { ItemLink, PICKABLE_TYPES } from './items';

/** The featured list as the API has it after a change (a removal returns only a Boolean). */
const FEATURED_CONTEXT = { additionalTypenames: ['FeaturedItem'] };

/**
 * What a region's coordinators feature on the home page of its members: pinned items first. Add
 * with the item picker, pin or unpin, stop featuring. After each change the list is read again
 * and the focus stays with the item (or goes to its neighbour, or the heading).
 */
export function FeaturedItems({ region }: { region: { id: string; name: string } }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const variables = { regionId: region.id };
  const [{ data, fetching, error }] = useQuery({
    query: FeaturedItemsDocument,
    variables,
    context: FEATURED_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  const [feature, doFeature] = useMutation(FeatureItemDocument);
  const [unfeature, doUnfeature] = useMutation(UnfeatureItemDocument);
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const focusAfterRender = useRef<string | null>(null);
  useEffect(() => {
    if (!focusAfterRender.current) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });
  const items = data?.featuredItems ?? [];

  /** Reads the list again, then announces the change and puts the focus where it belongs. */
  async function after(
    result: { error?: Parameters<typeof errorMessage>[1] },
    message: string,
    focus: string | null,
  ) {
    if (result.error) {
      setFailure(errorMessage(t, result.error));
      return;
    }
    setFailure(null);
    await client
      .query(FeaturedItemsDocument, variables, { ...FEATURED_CONTEXT, requestPolicy: 'network-only' })
      .toPromise();
    focusAfterRender.current = focus;
    setAnnouncement(message);
  }

  return (
    <section aria-labelledby="featured-heading" className="ksp-curator-panel">
      <Heading2 id="featured-heading" tabIndex={-1}>
        {t('featured.heading', { region: region.name })}
      </Heading2>
      <Paragraph>{t('featured.intro')}</Paragraph>
      <p role="status" aria-live="polite" className="ksp-visually-hidden">
        {announcement}
      </p>
      <ErrorAlert message={failure} />
      {fetching && !data ? <Loading /> : null}
      {error && !data ? <ErrorAlert error={error} /> : null}
      {data && items.length === 0 ? <Paragraph>{t('featured.none')}</Paragraph> : null}
      <ul className="ksp-list-plain">
        {items.map((f, index) => (
          <li key={f.id}>
            <p className="ksp-item-title">
              <span className="ksp-item-type">{t(`picker.types.${f.itemType}`)}</span>{' '}
              <ItemLink type={f.itemType} id={f.itemId}>
                {f.title}
              </ItemLink>{' '}
              {f.pinned ? <StatusBadge status="safe">{t('featured.pinned')}</StatusBadge> : null}
            </p>
            <p className="ksp-meta">{itemMeta(t, i18n.language, f.item)}</p>
            <ButtonGroup>
              <Button
                id={`featured-pin-${f.id}`}
                type="button"
                appearance="subtle-button"
                aria-pressed={f.pinned}
                aria-label={t('featured.pinNamed', { title: f.title })}
                busy={feature.fetching}
                onClick={() =>
                  void doFeature(
                    {
                      input: {
                        regionId: region.id,
                        itemType: f.itemType,
                        itemId: f.itemId,
                        pinned: !f.pinned,
                      },
                    },
                    FEATURED_CONTEXT,
                  ).then((result) =>
                    after(
                      result,
                      t(f.pinned ? 'featured.unpinnedNamed' : 'featured.pinnedNamed', { title: f.title }),
                      `featured-pin-${f.id}`,
                    ),
                  )
                }
              >
                {t('featured.pin')}
              </Button>
              <Button
                id={`featured-remove-${f.id}`}
                type="button"
                appearance="subtle-button"
                aria-label={t('featured.removeNamed', { title: f.title })}
                busy={unfeature.fetching}
                onClick={() => {
                  const neighbour = items[index + 1] ?? items[index - 1];
                  void doUnfeature({ id: f.id }, FEATURED_CONTEXT).then((result) =>
                    after(
                      result,
                      t('featured.removed', { title: f.title }),
                      neighbour ? `featured-remove-${neighbour.id}` : 'featured-heading',
                    ),
                  );
                }}
              >
                {t('featured.remove')}
              </Button>
            </ButtonGroup>
          </li>
        ))}
      </ul>
      <ItemPicker
        heading={t('featured.add')}
        types={PICKABLE_TYPES}
        isChosen={(type, id) => items.some((f) => f.itemType === type && f.itemId === id)}
        actionText={t('featured.feature')}
        actionLabel={(title) => t('featured.featureNamed', { title })}
        chosenText={t('featured.alreadyFeatured')}
        onPick={(picked) =>
          void doFeature(
            { input: { regionId: region.id, itemType: picked.type, itemId: picked.id, pinned: false } },
            FEATURED_CONTEXT,
          ).then((result) =>
            // The picker's button stays (now "al uitgelicht"), with the focus on it.
            after(result, t('featured.added', { title: picked.title }), null),
          )
        }
      />
    </section>
  );
}
