import { Button } from '@utrecht/component-library-react';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { useDebounced } from '../components/use-debounced';
import { SuggestDocument } from '../gql/graphql';
import { Highlighted } from '../search/highlighted';
import { searchItemPath } from '../search/paths';
import { SEARCH_PATH, searchHref } from '../search/search-state';

/** Suggestions start at this many characters, after the typing pauses this long. */
const MIN_PREFIX = 2;
const DEBOUNCE_MS = 200;
const SUGGESTIONS = 8;

/**
 * The search box in the header of every page: it submits to /zoeken, and suggests titles while
 * one types (the WAI-ARIA combobox pattern with a listbox popup: the focus stays in the text box,
 * arrow keys move the active option — aria-activedescendant —, Enter opens it, Escape closes the
 * list and then clears the box). Choosing a suggestion opens the item's page.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [focused, setFocused] = useState(false);

  // On the results page the box shows what was searched for (and follows back and forward).
  const shownQuery =
    location.pathname === SEARCH_PATH ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const [followed, setFollowed] = useState(shownQuery);
  if (followed !== shownQuery) {
    setFollowed(shownQuery);
    setText(shownQuery);
  }

  const typed = text.trim().toLowerCase();
  const prefix = useDebounced(text.trim(), DEBOUNCE_MS);
  // Suggestions for what is typed now: a start of it (while typing on, those still fit), never
  // those of an earlier text (the debounced value lags behind a cleared or replaced box).
  const fits = (start: string) => start.length >= MIN_PREFIX && typed.startsWith(start.toLowerCase());
  const wanted = open && focused && fits(prefix);
  const [{ data, operation }] = useQuery({
    query: SuggestDocument,
    variables: { prefix, first: SUGGESTIONS },
    pause: !wanted,
  });
  const answered = operation?.variables.prefix ?? '';
  const suggestions = open && focused && fits(answered) ? (data?.suggest ?? []) : [];
  const expanded = suggestions.length > 0;
  const current = expanded && active >= 0 && active < suggestions.length ? active : -1;

  function close() {
    setOpen(false);
    setActive(-1);
  }

  function choose(index: number) {
    const suggestion = suggestions[index];
    if (!suggestion) return;
    close();
    setText('');
    void navigate(searchItemPath(suggestion.type, suggestion.id));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(event.altKey ? -1 : 0);
        } else if (expanded && !event.altKey) setActive((current + 1) % suggestions.length);
        break;
      case 'ArrowUp':
        if (!expanded) break;
        event.preventDefault();
        setActive(current <= 0 ? suggestions.length - 1 : current - 1);
        break;
      case 'Enter':
        if (current >= 0) {
          event.preventDefault();
          choose(current);
        }
        break;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          close();
        } else if (text) {
          event.preventDefault();
          setText('');
        }
        break;
      case 'Tab':
        close();
        break;
    }
  }

  // The number of suggestions, for screen readers (the list itself is not announced).
  const announcement =
    focused && expanded ? t('shell.search.suggestions', { count: suggestions.length }) : '';

  return (
    <form
      role="search"
      aria-label={t('shell.search.landmark')}
      className="ksp-header-search"
      action={SEARCH_PATH}
      onSubmit={(event) => {
        event.preventDefault();
        close();
        void navigate(searchHref(text));
      }}
    >
      <label htmlFor={inputId} className="ksp-visually-hidden">
        {t('shell.search.label')}
      </label>
      <div className="ksp-combobox">
        <input
          id={inputId}
          name="q"
          type="text"
          className="utrecht-textbox utrecht-textbox--html-input ksp-header-search__input"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={current >= 0 ? optionId(current) : undefined}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          maxLength={200}
          placeholder={t('shell.search.placeholder')}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false);
            close();
          }}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t('shell.search.suggestionsLabel')}
          className="ksp-combobox__list"
          hidden={!expanded}
          // Choosing with the mouse keeps the focus in the text box (it would close the list).
          onMouseDown={(event) => event.preventDefault()}
        >
          {suggestions.map((s, index) => (
            // Keyboard users choose in the text box (arrow keys, Enter: aria-activedescendant), as the
            // combobox pattern has it; the options themselves never take the focus.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <li
              key={`${s.type}-${s.id}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === current}
              className="ksp-combobox__option"
              onClick={() => choose(index)}
            >
              <span className="ksp-combobox__type">{t(`search.types.${s.type}`)}</span>{' '}
              <span>
                <Highlighted html={s.highlighted} />
              </span>
            </li>
          ))}
        </ul>
      </div>
      <Button type="submit" appearance="secondary-action-button" className="ksp-header-search__submit">
        {t('shell.search.submit')}
      </Button>
      <div role="status" aria-live="polite" className="ksp-visually-hidden">
        {announcement}
      </div>
    </form>
  );
}
