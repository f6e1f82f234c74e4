/* global document, window, fetch, navigator, URLSearchParams, setTimeout, clearTimeout, setInterval, Node */
// The dashboard's one script. Served from this origin only (the Content-Security-Policy allows
// no inline script). Comment text, author names and post text are untrusted: this script never
// parses them as HTML. New cards are built with createElement and textContent only, and
// attributes it sets never take a URL from a payload.
'use strict';

(() => {
  // Styles that only make sense with this script running (the collapsed bulk bar) key on it.
  document.documentElement.classList.add('js');
  const csrfMeta = document.querySelector('meta[name="csrf-token"]');
  const csrf = csrfMeta ? csrfMeta.getAttribute('content') || '' : '';

  // --- Small helpers ----------------------------------------------------------------------

  /** Direction controls shown as markers, never applied (as src/web/html.ts does on the server). */
  function showBidi(text) {
    return text.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => {
      return '[U+' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') + ']';
    });
  }

  /** An element with attributes and children (strings become text nodes, never markup). */
  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children || []) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(showBidi(String(child))));
    }
    return node;
  }

  let toastTimer;
  function toast(message, kind) {
    const box = document.getElementById('toast');
    if (!box) return;
    box.textContent = message;
    box.className = 'toast' + (kind ? ' ' + kind : '');
    box.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => {
      box.hidden = true;
    }, 5000);
  }

  async function postJson(url, body) {
    const res = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'X-CSRF-Token': csrf,
      },
      body: JSON.stringify(body),
    });
    const data = await res.json().catch(() => ({}));
    if (res.status === 401)
      throw new Error('You are signed out. Reload the page to sign in again.');
    if (!res.ok) throw new Error(data.error || 'That did not work (HTTP ' + res.status + ').');
    return data;
  }

  function isTyping(target) {
    if (!(target instanceof window.HTMLElement)) return false;
    return (
      target.isContentEditable ||
      target.tagName === 'TEXTAREA' ||
      (target.tagName === 'INPUT' &&
        !['checkbox', 'radio', 'button', 'submit'].includes(target.type))
    );
  }

  // --- Every page ---------------------------------------------------------------------------

  // Times are sent in UTC; show them in the reader's own time zone, keeping UTC in the tooltip.
  function localizeTimes(root) {
    for (const t of root.querySelectorAll('time[datetime]')) {
      if (!/UTC$/.test(t.textContent || '')) continue;
      const d = new Date(t.getAttribute('datetime') || '');
      if (Number.isNaN(d.getTime())) continue;
      t.title = t.textContent || '';
      t.textContent = d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    }
  }
  localizeTimes(document);

  for (const form of document.querySelectorAll('form[data-autosubmit]')) {
    form.addEventListener('change', () => form.requestSubmit());
  }

  for (const button of document.querySelectorAll('button[data-copy]')) {
    button.addEventListener('click', async () => {
      const source = document.getElementById(button.getAttribute('data-copy') || '');
      if (!source) return;
      try {
        await navigator.clipboard.writeText(source.value);
        toast('Copied. Paste it into the page, then fill in the bracketed parts.');
      } catch {
        source.select();
        toast('Press Ctrl+C to copy the selected text.');
      }
    });
  }

  // --- Decision forms (queue, escalations, a comment's own page) -----------------------------

  const DEFAULT_BULK_REASON = {
    approve: 'not_a_violation',
    restore: 'hidden_in_error',
    escalate: 'needs_chief',
    hide: '',
  };

  function chosenDecision(form) {
    const radio = form.querySelector('input[name="decision"]:checked');
    return radio ? radio.value : '';
  }

  /** Shows only the reasons that fit the decision; keeps or sets a fitting one. */
  function fitReasons(form, decision, preferred) {
    const select = form.querySelector('select[name="reasonCode"]');
    if (!select) return;
    for (const option of select.options) {
      const fits =
        !option.value || (option.getAttribute('data-for') || '').split(' ').includes(decision);
      option.hidden = !fits;
      option.disabled = !fits;
    }
    const current = select.selectedOptions[0];
    if (preferred !== undefined && preferred !== null) select.value = preferred;
    else if (current && current.disabled) select.value = '';
  }

  function visibleReasons(form) {
    const select = form.querySelector('select[name="reasonCode"]');
    return select ? Array.from(select.options).filter((o) => o.value && !o.hidden) : [];
  }

  function showFormError(form, message) {
    const box = form.querySelector('.form-error');
    if (!box) {
      toast(message, 'error');
      return;
    }
    box.textContent = message;
    box.hidden = !message;
  }

  function readDecision(form) {
    const decision = chosenDecision(form);
    const select = form.querySelector('select[name="reasonCode"]');
    const note = form.querySelector('input[name="note"]');
    const reasonCode = select ? select.value : '';
    const noteText = note ? note.value.trim() : '';
    if (!decision) return { error: 'Choose a decision first.' };
    if (!reasonCode) return { error: 'Choose a reason.' };
    if (reasonCode === 'other' && !noteText)
      return { error: 'Write a note when the reason is “Other”.' };
    return { decision, reasonCode, note: noteText || undefined };
  }

  // --- The queue --------------------------------------------------------------------------

  const queue = document.getElementById('queue');
  const isRecordPage = document.body.classList.contains('comment-page');
  const bulkForm = document.getElementById('bulk-form');

  function items() {
    return queue ? Array.from(queue.querySelectorAll('.item')) : [];
  }

  let current = null;

  function setCurrent(item, focus) {
    if (current) {
      current.classList.remove('current');
      current.removeAttribute('aria-current');
    }
    current = item || null;
    if (!current) return;
    current.classList.add('current');
    current.setAttribute('aria-current', 'true');
    if (focus !== false) {
      current.focus({ preventScroll: true });
      current.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  }

  function move(step) {
    const list = items();
    if (list.length === 0) return;
    const at = current ? list.indexOf(current) : -1;
    const next = list[Math.min(list.length - 1, Math.max(0, at === -1 ? 0 : at + step))];
    setCurrent(next);
  }

  function selected() {
    return Array.from(document.querySelectorAll('.select-box:checked'));
  }

  function updateSelection() {
    const count = selected().length;
    const counter = document.getElementById('selected-count');
    if (counter) counter.textContent = String(count);
    document.body.classList.toggle('has-selection', count > 0);
    for (const item of items()) {
      const box = item.querySelector('.select-box');
      item.classList.toggle('selected', Boolean(box && box.checked));
    }
  }

  function setTotal(delta, absolute) {
    const total = document.getElementById('queue-total');
    if (!total) return;
    const value =
      absolute !== undefined ? absolute : Math.max(0, Number(total.textContent || '0') + delta);
    total.textContent = String(value);
    // The top bar's count follows the queue's (it was only right at page load).
    const nav = document.querySelector('.count[data-count="queue"]');
    if (nav) {
      nav.textContent = String(value);
      nav.hidden = value === 0;
    }
  }

  function refreshEmpty() {
    const empty = document.getElementById('queue-empty');
    if (empty) empty.hidden = items().length > 0;
  }

  /** Takes a decided card off the list and moves to the next one ("submit and next"). */
  function removeItem(item, moveOn) {
    const list = items();
    const at = list.indexOf(item);
    const next = list[at + 1] || list[at - 1] || null;
    const wasCurrent = item === current;
    item.remove();
    if (wasCurrent) {
      current = null;
      if (moveOn) setCurrent(next);
    }
    setTotal(-1);
    updateSelection();
    refreshEmpty();
  }

  /** Starts a decision on the current card, or on the selection when there is one. */
  function startDecision(decision) {
    const form =
      selected().length > 0 && bulkForm
        ? bulkForm
        : current
          ? current.querySelector('form.decide')
          : isRecordPage
            ? document.querySelector('form.decide')
            : null;
    if (!form) {
      toast(
        current || isRecordPage
          ? 'Your role cannot decide this comment.'
          : 'Move to a comment first (j / k).',
      );
      return;
    }
    const radio = form.querySelector('input[name="decision"][value="' + decision + '"]');
    if (!radio) {
      toast('“' + decision + '” does not apply to this comment in its current state.');
      return;
    }
    radio.checked = true;
    const preferred =
      form === bulkForm ? DEFAULT_BULK_REASON[decision] : radio.getAttribute('data-default-reason');
    fitReasons(form, decision, preferred || '');
    showFormError(form, '');
    // Focus goes to the submit button, never to the reason list: a letter typed next would
    // silently pick another reason there. Digits pick a reason, Enter submits, Esc cancels.
    const submit = form.querySelector('button[type="submit"]');
    if (submit) submit.focus();
  }

  async function submitDecision(form) {
    const request = readDecision(form);
    if (request.error) {
      showFormError(form, request.error);
      return;
    }
    const item = form.closest('.item');
    const button = form.querySelector('button[type="submit"]');
    if (button) button.disabled = true;
    try {
      const result = await postJson(form.getAttribute('action'), request);
      toast(result.message || 'Done.');
      if (isRecordPage) {
        window.location.reload();
        return;
      }
      if (item) removeItem(item, true);
    } catch (err) {
      showFormError(form, err.message);
    } finally {
      if (button) button.disabled = false;
    }
  }

  async function submitBulk(form) {
    const request = readDecision(form);
    if (request.error) {
      showFormError(form, request.error);
      return;
    }
    const ids = selected().map((box) => Number(box.value));
    if (ids.length === 0) {
      showFormError(form, 'Select comments first (x).');
      return;
    }
    showFormError(form, '');
    try {
      const result = await postJson(form.getAttribute('action'), { ...request, commentIds: ids });
      for (const r of result.results || []) {
        const item = document.getElementById('item-' + r.commentId);
        if (r.ok && item) removeItem(item, false);
      }
      const failed = (result.results || []).filter((r) => !r.ok);
      if (failed.length > 0) {
        showFormError(
          form,
          failed.length +
            ' not done: ' +
            failed.map((r) => 'comment ' + r.commentId + ': ' + r.message).join(' · '),
        );
      } else {
        form.reset();
        fitReasons(form, '', '');
      }
      toast(result.done + ' of ' + ids.length + ' done.');
      if (!current) setCurrent(items()[0]);
    } catch (err) {
      showFormError(form, err.message);
    }
  }

  // Form behaviour, delegated so cards added later behave the same.
  document.addEventListener('change', (event) => {
    const target = event.target;
    if (!(target instanceof window.HTMLInputElement)) return;
    if (target.name === 'decision' && target.form) {
      const preferred =
        target.form === bulkForm
          ? DEFAULT_BULK_REASON[target.value]
          : target.getAttribute('data-default-reason');
      fitReasons(target.form, target.value, preferred || '');
    }
    if (target.classList.contains('select-box')) updateSelection();
  });

  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof window.HTMLFormElement)) return;
    if (form.classList.contains('decide')) {
      event.preventDefault();
      void submitDecision(form);
    } else if (form === bulkForm) {
      event.preventDefault();
      void submitBulk(form);
    }
  });

  document.addEventListener('focusin', (event) => {
    const item = event.target instanceof window.HTMLElement ? event.target.closest('.item') : null;
    if (item && item !== current) setCurrent(item, false);
  });

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    const form =
      target instanceof window.HTMLElement ? target.closest('form.decide, #bulk-form') : null;
    if (form) {
      if (event.key === 'Escape') {
        event.preventDefault();
        if (current) current.focus({ preventScroll: true });
        else target.blur();
        return;
      }
      if (event.key === 'Enter' && !(target instanceof window.HTMLButtonElement)) {
        event.preventDefault();
        form.requestSubmit();
        return;
      }
      if (/^[1-9]$/.test(event.key) && !isTyping(target) && chosenDecision(form)) {
        const option = visibleReasons(form)[Number(event.key) - 1];
        if (option) {
          event.preventDefault();
          option.selected = true;
        }
        return;
      }
    }
    if (isTyping(target) || (target instanceof window.HTMLElement && target.tagName === 'SELECT'))
      return;
    if (!queue && !isRecordPage) return;
    switch (event.key) {
      case 'j':
        event.preventDefault();
        move(1);
        break;
      case 'k':
        event.preventDefault();
        move(-1);
        break;
      case 'x':
        if (current) {
          const box = current.querySelector('.select-box');
          if (box) {
            event.preventDefault();
            box.checked = !box.checked;
            updateSelection();
          }
        }
        break;
      case 'o':
        if (current) {
          const link = current.querySelector('a.record-link');
          if (link) window.location.assign(link.getAttribute('href'));
        }
        break;
      case 'a':
        event.preventDefault();
        startDecision('approve');
        break;
      case 'h':
        event.preventDefault();
        startDecision('hide');
        break;
      case 'r':
        event.preventDefault();
        startDecision('restore');
        break;
      case 'e':
        event.preventDefault();
        startDecision('escalate');
        break;
      case 'Enter':
        if (current && target === current) {
          const decide = current.querySelector('form.decide');
          if (decide && chosenDecision(decide)) {
            event.preventDefault();
            decide.requestSubmit();
          }
        }
        break;
      case '?': {
        const help = document.querySelector('details.shortcuts');
        if (help) help.open = !help.open;
        break;
      }
      default:
    }
  });

  // --- Cards for comments that arrive while the page is open -----------------------------------

  function contextEntry(c) {
    return el('li', {}, [
      el('bdi', { class: 'author' }, [c.author]),
      ' ',
      el('span', { class: 'meta' }, [
        el('time', { datetime: c.when }, [c.whenLabel]),
        c.state !== 'visible' ? ' · ' : null,
        c.state !== 'visible'
          ? el('span', { class: 'badge state-' + c.state }, [c.stateLabel])
          : null,
      ]),
      el('div', { class: 'context-text', dir: 'auto' }, [el('span', { class: 'ws' }, [c.text])]),
    ]);
  }

  function reasonSelect() {
    const select = el('select', { name: 'reasonCode', required: true }, []);
    const source = bulkForm ? bulkForm.querySelector('select[name="reasonCode"]') : null;
    if (source) for (const option of source.options) select.append(option.cloneNode(true));
    return select;
  }

  function decideForm(view, returnTo) {
    if (view.decisions.length === 0) return el('p', { class: 'locked' }, [view.locked]);
    return el(
      'form',
      { class: 'decide', method: 'post', action: '/comments/' + Number(view.id) + '/decide' },
      [
        el('input', { type: 'hidden', name: '_csrf', value: csrf }),
        el('input', { type: 'hidden', name: 'return', value: returnTo }),
        el(
          'fieldset',
          { class: 'choices' },
          [el('legend', { class: 'sr-only' }, ['Decision'])].concat(
            view.decisions.map((d) =>
              el('label', { class: 'choice choice-' + d.value }, [
                el('input', {
                  type: 'radio',
                  name: 'decision',
                  value: d.value,
                  'data-default-reason': d.defaultReason,
                  'aria-keyshortcuts': d.key,
                  required: true,
                }),
                ' ',
                el('span', {}, [d.label]),
                ' ',
                el('kbd', { 'aria-hidden': 'true' }, [d.key]),
              ]),
            ),
          ),
        ),
        el('label', { class: 'field reason' }, [
          el('span', { class: 'field-label' }, ['Reason']),
          ' ',
          reasonSelect(),
        ]),
        el('label', { class: 'field note' }, [
          el('span', { class: 'field-label' }, ['Note']),
          ' ',
          el('input', {
            type: 'text',
            name: 'note',
            maxlength: '2000',
            autocomplete: 'off',
            placeholder: 'Optional; required for “Other”',
          }),
        ]),
        el('button', { type: 'submit', class: 'button primary' }, [
          'Submit and next ',
          el('kbd', {}, ['↵']),
        ]),
        el('p', { class: 'form-error', role: 'alert', hidden: true }, []),
      ],
    );
  }

  function buildItem(view, returnTo) {
    const id = Number(view.id);
    const titleId = 'item-' + id + '-title';
    const marked = () =>
      el(
        'span',
        { class: 'ws' },
        view.segments.map((s) =>
          s.mark === null ? s.text : el('mark', { title: s.mark }, [s.text]),
        ),
      );
    // A long comment collapsed as the server renders it (queue-view.ts: collapsible).
    const plain = view.segments.map((s) => s.text).join('');
    const text = el('blockquote', { class: 'text', dir: 'auto' }, [
      plain.length <= 2000
        ? marked()
        : el('span', { class: 'long-text' }, [
            el('span', { class: 'ws preview' }, [plain.slice(0, 1200) + '…']),
            el('details', { class: 'show-all' }, [
              el('summary', {}, [
                'Show all ' + plain.length.toLocaleString('en-US') + ' characters',
              ]),
              marked(),
            ]),
          ]),
    ]);
    return el(
      'article',
      {
        class: 'item new',
        id: 'item-' + id,
        'data-id': id,
        'data-state': view.state,
        tabindex: '-1',
        'aria-labelledby': titleId,
      },
      [
        el('header', { class: 'item-head' }, [
          bulkForm
            ? el('label', { class: 'select' }, [
                el('input', {
                  type: 'checkbox',
                  class: 'select-box',
                  name: 'commentIds',
                  value: id,
                  form: 'bulk-form',
                }),
                el('span', { class: 'sr-only' }, ['Select this comment']),
              ])
            : null,
          el('h2', { class: 'item-title', id: titleId }, [
            el('bdi', { class: 'author' }, [view.author]),
            ' ',
            el('span', { class: 'where' }, [
              el('span', { class: 'platform platform-' + view.platform }, [view.platformLabel]),
              ' · ',
              el('bdi', {}, [view.pageName]),
              view.languageLabel ? ' · ' : null,
              view.languageLabel ? el('span', { class: 'language' }, [view.languageLabel]) : null,
            ]),
          ]),
          el('span', { class: 'badge state-' + view.state }, [view.stateLabel]),
          view.reviewState === 'escalated'
            ? el('span', { class: 'badge escalated' }, ['Escalated'])
            : null,
          el('time', { class: 'when', datetime: view.createdAt, title: view.createdLabel }, [
            view.seenAgo,
          ]),
          el('a', { class: 'record-link', href: '/comments/' + id }, ['Full record']),
        ]),
        view.post
          ? el('div', { class: 'post' }, [
              el('span', { class: 'context-label' }, ['Post']),
              el('div', { class: 'post-text', dir: 'auto' }, [
                el('span', { class: 'ws' }, [view.post.text]),
              ]),
            ])
          : null,
        view.thread.length > 0
          ? el('div', { class: 'thread' }, [
              el('span', { class: 'context-label' }, ['Replying to']),
              el('ol', {}, view.thread.map(contextEntry)),
            ])
          : null,
        text,
        view.flags.length > 0 || view.problems.length > 0
          ? el(
              'ul',
              { class: 'flags' },
              view.flags
                .map((f) =>
                  el('li', { class: 'flag' }, [
                    el('span', { class: 'flag-category' }, [f.categoryLabel]),
                    ' ',
                    f.score !== null
                      ? el('span', { class: 'flag-score' }, [f.score.toFixed(2)])
                      : null,
                    ' ',
                    el('span', { class: 'flag-why' }, [f.label]),
                    ' ',
                    el('span', { class: 'clause' }, [f.clause]),
                  ]),
                )
                .concat(view.problems.map((p) => el('li', { class: 'flag problem' }, [p]))),
            )
          : el('p', { class: 'no-flags' }, ['No policy category flagged.']),
        view.scores.length > 0
          ? el(
              'dl',
              { class: 'scores' },
              [el('span', { class: 'scores-label' }, ['Below the threshold:'])].concat(
                view.scores.map((s) =>
                  el('div', {}, [
                    el('dt', {}, [s.label]),
                    el('dd', {}, [
                      el(
                        'meter',
                        {
                          min: '0',
                          max: '1',
                          low: '0.5',
                          high: '0.9',
                          optimum: '0',
                          value: String(s.score),
                        },
                        [String(s.score)],
                      ),
                      ' ' + s.score.toFixed(2),
                    ]),
                  ]),
                ),
              ),
            )
          : null,
        view.lastAction
          ? el('p', { class: 'last-action' }, [
              el('time', { datetime: view.lastAction.at }, [view.lastAction.atLabel]),
              ' ',
              el('span', { class: 'who' }, [
                el('bdi', {}, [view.lastAction.who]),
                ': ' + view.lastAction.what,
              ]),
              ' — ',
              el('span', { dir: 'auto' }, [view.lastAction.reason]),
            ])
          : null,
        el('p', { class: 'hide-means' + (view.hide.reversible ? '' : ' warn') }, [view.hide.text]),
        view.history.length > 0
          ? el('details', { class: 'history' }, [
              el('summary', {}, [
                view.history.length +
                  ' earlier comment' +
                  (view.history.length === 1 ? '' : 's') +
                  ' by ',
                el('bdi', {}, [view.author]),
                ' on this page',
              ]),
              el('ol', {}, view.history.map(contextEntry)),
            ])
          : null,
        decideForm(view, returnTo),
      ],
    );
  }

  // --- Polling for new and decided comments ---------------------------------------------------

  const POLL_MS = Number((queue && queue.getAttribute('data-poll-ms')) || '8000');
  let lastId = Math.max(0, ...items().map((i) => Number(i.getAttribute('data-id'))));
  let polling = false;
  let stopped = false;

  async function poll() {
    if (!queue || polling || stopped || document.hidden) return;
    polling = true;
    try {
      const base = queue.getAttribute('data-poll') || '';
      const size = Number(queue.getAttribute('data-page-size') || '50');
      const shown = items();
      const params = new URLSearchParams({
        after: String(lastId),
        limit: String(Math.max(0, size - shown.length)),
        ids: shown.map((i) => i.getAttribute('data-id')).join(','),
      });
      const res = await fetch(base + (base.includes('?') ? '&' : '?') + params.toString(), {
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
      });
      if (res.status === 401) {
        stopped = true;
        toast('You are signed out. Reload the page to sign in again.', 'error');
        return;
      }
      if (!res.ok) return;
      const data = await res.json();
      for (const id of data.gone || []) {
        const item = document.getElementById('item-' + id);
        // Decided by someone else meanwhile: take it away unless this reviewer is in its form.
        if (item && !item.contains(document.activeElement)) {
          const wasCurrent = item === current;
          item.remove();
          if (wasCurrent) current = null;
        }
      }
      const returnTo = queue.getAttribute('data-return') || '/queue';
      for (const view of data.items || []) {
        lastId = Math.max(lastId, Number(view.id));
        if (document.getElementById('item-' + view.id)) continue;
        const card = buildItem(view, returnTo);
        queue.append(card);
        localizeTimes(card);
      }
      if ((data.items || []).length > 0) {
        toast(
          data.items.length +
            ' new comment' +
            (data.items.length === 1 ? '' : 's') +
            ' in the queue.',
        );
      }
      setTotal(0, data.total);
      updateSelection();
      refreshEmpty();
      if (!current && items().length > 0 && !isTyping(document.activeElement))
        setCurrent(items()[0], false);
    } catch {
      // A missed poll is retried on the next tick.
    } finally {
      polling = false;
    }
  }

  if (queue) {
    setCurrent(items()[0], false);
    setInterval(poll, POLL_MS);
    document.addEventListener('visibilitychange', () => {
      if (!document.hidden) void poll();
    });
  }
  // Reasons appear once a decision is chosen, so only fitting ones can be picked.
  for (const form of document.querySelectorAll('form.decide, #bulk-form')) fitReasons(form, '', '');
})();
