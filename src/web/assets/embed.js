/*
 * Veiviser chat widget. Used by the bot's own page (/ and /chat) and by the county's website:
 *
 *   <div id="veiviser-chat" data-veiviser-chat style="height: 640px"></div>
 *   <script src="https://BOT-HOST/embed.js" defer></script>
 *
 * Everything (Web Chat's bundle, styles, configuration, tokens) comes from the origin this script was
 * loaded from; no CDN. The configuration endpoint tells whether to use the bot's built-in Direct Line
 * (local) or Azure Bot Service's Direct Line (a token exchanged by the bot, the secret stays there).
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var botOrigin = script && script.src ? new URL(script.src, location.href).origin : location.origin;
  // The server writes the content-hashed file names in here (see src/web/static.ts).
  var ASSETS = /*veiviser:assets*/ null;

  function assetUrl(name) {
    return botOrigin + ((ASSETS && ASSETS[name]) || '/static/' + name);
  }

  var STRINGS = {
    connecting: 'Kobler til chatten …',
    unavailable: 'Chatten er ikke tilgjengelig akkurat nå. Prøv igjen om litt.',
    retry: 'Prøv igjen',
    regionLabel: function (name) { return 'Samtale med ' + name; },
    title: function (name) { return 'Chat med ' + name; },
    privacyShort: 'Ikke skriv fødselsnummer, helseopplysninger eller andre sensitive opplysninger om deg selv.',
    privacyMore: 'Hva lagres, og hvor lenge?',
    privacyState: function (days) {
      return 'Det du forteller om situasjonen din i samtalen (for eksempel alder, utdanning og jobb) lagres i inntil ' +
        days + (days === 1 ? ' dag' : ' dager') + ', slik at veiviseren kan gi deg råd. Deretter slettes det automatisk.';
    },
    privacyFeedback: 'Tilbakemeldinger (👍/👎) og kommentarer lagres uten personopplysninger for å forbedre svarene.',
    privacyDelete: function (cmd) { return 'Skriv «' + cmd + '» i chatten for å slette alt som er lagret om deg.'; },
    privacySources: 'Se kildene svarene bygger på',
  };

  // Norwegian strings Web Chat's nb-NO pack lacks, and our own wording for the send box.
  var LOCALIZED = {
    TEXT_INPUT_PLACEHOLDER: 'Skriv spørsmålet ditt her',
    TEXT_INPUT_ALT: 'Skriv en melding',
    TEXT_INPUT_SEND_BUTTON_ALT: 'Send',
    TEXT_INPUT_DROP_ZONE: 'Slipp filer her',
    TEXT_INPUT_LENGTH_EXCEEDED_ALT: 'Meldingen er for lang',
    TEXT_INPUT_TELEPHONE_KEYPAD_BUTTON_ALT: 'Telefontastatur',
    TELEPHONE_KEYPAD_INPUT_MESSAGE: 'Bare ett siffer om gangen',
    TEXT_INPUT_ATTACHMENTS_ONE: '1 vedlegg',
    TEXT_INPUT_ATTACHMENTS_TWO: '$1 vedlegg',
    TEXT_INPUT_ATTACHMENTS_FEW: '$1 vedlegg',
    TEXT_INPUT_ATTACHMENTS_MANY: '$1 vedlegg',
    TEXT_INPUT_ATTACHMENTS_OTHER: '$1 vedlegg',
  };

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === 'text') node.textContent = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  function findHost() {
    var host = document.querySelector('[data-veiviser-chat]') || document.getElementById('veiviser-chat');
    if (!host) {
      host = el('div', { id: 'veiviser-chat', 'data-veiviser-chat': '' });
      if (script && script.parentNode) script.parentNode.insertBefore(host, script);
      else document.body.appendChild(host);
    }
    return host;
  }

  function loadStyle(href) {
    if (document.querySelector('link[data-veiviser-style]')) return;
    document.head.appendChild(el('link', { rel: 'stylesheet', href: href, 'data-veiviser-style': '' }));
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      if (window.WebChat) return resolve();
      var tag = el('script', { src: src, async: '' });
      tag.onload = function () { resolve(); };
      tag.onerror = function () { reject(new Error('Kunne ikke laste ' + src)); };
      document.head.appendChild(tag);
    });
  }

  function fetchJson(url, init) {
    return fetch(url, init).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (body) {
        if (!res.ok) throw new Error((body && (body.error && body.error.message || body.error)) || 'HTTP ' + res.status);
        return body;
      });
    });
  }

  function initials(name) {
    var letters = String(name).split(/\s+/).filter(Boolean).map(function (w) { return w[0]; }).join('');
    return (letters || 'V').slice(0, 2).toUpperCase();
  }

  function renderShell(host, config) {
    var brand = config.brand;
    host.classList.add('veiviser-host');
    host.style.setProperty('--veiviser-brand', brand.primaryColor);
    host.style.setProperty('--veiviser-on-brand', brand.onPrimaryColor);
    host.textContent = '';

    var title = el('h2', { id: 'veiviser-title', class: 'veiviser__title', text: STRINGS.title(brand.name) });
    var header = el('div', { class: 'veiviser__header' }, [
      el('img', { class: 'veiviser__logo', src: brand.logoUrl, alt: '', width: '32', height: '32' }),
      title,
    ]);
    var details = el('details', { class: 'veiviser__details' }, [
      el('summary', { text: STRINGS.privacyMore }),
      el('ul', {}, [
        el('li', { text: STRINGS.privacyState(config.privacy.retentionDays) }),
        el('li', { text: STRINGS.privacyFeedback }),
        el('li', { text: STRINGS.privacyDelete(config.privacy.deleteCommand) }),
        el('li', {}, [el('a', { href: config.sourcesUrl, text: STRINGS.privacySources })]),
      ]),
    ]);
    var privacy = el('div', { class: 'veiviser__privacy', role: 'note', 'aria-label': 'Personvern' }, [
      el('p', {}, [el('strong', { text: 'Personvern: ' }), document.createTextNode(STRINGS.privacyShort + ' ' + STRINGS.privacyDelete(config.privacy.deleteCommand))]),
      details,
    ]);
    var status = el('p', { class: 'veiviser__status', role: 'status', 'aria-live': 'polite', text: STRINGS.connecting });
    var chat = el('div', { class: 'veiviser__chat', role: 'region', 'aria-label': STRINGS.regionLabel(brand.name) });
    var section = el('section', { class: 'veiviser', lang: 'nb', 'aria-labelledby': 'veiviser-title' }, [header, privacy, status, chat]);
    host.appendChild(section);
    return { chat: chat, status: status };
  }

  function showError(host, parts, error, retry) {
    if (window.console) console.error('Veiviser:', error);
    parts.status.textContent = STRINGS.unavailable;
    parts.status.classList.add('veiviser__status--error');
    var button = el('button', { type: 'button', class: 'veiviser__retry', text: STRINGS.retry });
    button.addEventListener('click', function () { retry(); });
    parts.status.appendChild(document.createTextNode(' '));
    parts.status.appendChild(button);
  }

  /**
   * Answers link to /kilder/… . Web Chat only renders absolute http(s) links as links (relative ones
   * become inert buttons), and when embedded on another site they must point at the bot anyway.
   */
  function absolutiseSourceLinks(text) {
    if (typeof text !== 'string' || text.indexOf('/kilder/') < 0) return text;
    return text
      .replace(/\]\(\s*(<?)\/kilder\//g, ']($1' + botOrigin + '/kilder/')
      .replace(/^(\s*\[[^\]]+\]:\s*<?)\/kilder\//gm, '$1' + botOrigin + '/kilder/');
  }

  /** The same for cards: markdown in TextBlocks, and Action.OpenUrl / image urls that start with /kilder/. */
  function absolutiseDeep(value) {
    if (typeof value === 'string') {
      return value.indexOf('/kilder/') === 0 ? botOrigin + value : absolutiseSourceLinks(value);
    }
    if (Array.isArray(value)) {
      var changedArray = false;
      var array = value.map(function (item) {
        var next = absolutiseDeep(item);
        if (next !== item) changedArray = true;
        return next;
      });
      return changedArray ? array : value;
    }
    if (value && typeof value === 'object') {
      var changed = false;
      var copy = {};
      Object.keys(value).forEach(function (key) {
        copy[key] = absolutiseDeep(value[key]);
        if (copy[key] !== value[key]) changed = true;
      });
      return changed ? copy : value;
    }
    return value;
  }

  function createStore() {
    return window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && action.payload.activity) {
            var activity = action.payload.activity;
            var text = absolutiseSourceLinks(activity.text);
            var attachments = activity.attachments ? absolutiseDeep(activity.attachments) : activity.attachments;
            if (text !== activity.text || attachments !== activity.attachments) {
              var patched = Object.assign({}, activity, { text: text, attachments: attachments });
              action = Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: patched }) });
            }
          }
          return next(action);
        };
      };
    });
  }

  function styleOptions(brand) {
    return {
      accent: brand.primaryColor,
      primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
      rootHeight: '100%',
      rootWidth: '100%',
      backgroundColor: '#ffffff',
      subtle: '#595959',
      // White bubbles: Adaptive Cards' coloured text (Attention, Warning) keeps 4.5:1 contrast on white.
      bubbleBackground: '#ffffff',
      bubbleBorderColor: '#c9ced6',
      bubbleBorderWidth: 1,
      bubbleBorderRadius: 8,
      bubbleTextColor: '#1a1a1a',
      bubbleFromUserBackground: brand.primaryColor,
      bubbleFromUserTextColor: brand.onPrimaryColor,
      bubbleFromUserBorderRadius: 8,
      bubbleMaxWidth: 640,
      botAvatarInitials: initials(brand.name),
      botAvatarBackgroundColor: brand.primaryColor,
      userAvatarInitials: 'Du',
      userAvatarBackgroundColor: '#4d4d4d',
      hideUploadButton: true,
      sendBoxButtonColor: brand.primaryColor,
      sendBoxTextWrap: true,
      suggestedActionLayout: 'flow',
      suggestedActionBorderColor: brand.primaryColor,
      suggestedActionTextColor: brand.primaryColor,
      suggestedActionBorderRadius: 6,
      suggestedActionBorderWidth: 2,
      suggestedActionHeight: 40,
      transcriptVisualKeyboardIndicatorColor: brand.primaryColor,
      transcriptVisualKeyboardIndicatorWidth: 3,
      typingAnimationDuration: 15000,
    };
  }

  function focusSendBox(host) {
    var input = host.querySelector('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input');
    if (input) input.focus();
    else host.focus();
  }

  function start(host, config, parts) {
    return loadScript(assetUrl('webchat.js'))
      .then(function () {
        return fetchJson(config.tokenUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      })
      .then(function (issued) {
        var directLine = window.WebChat.createDirectLine({ token: issued.token, domain: config.domain });
        window.WebChat.renderWebChat(
          {
            directLine: directLine,
            store: createStore(),
            locale: 'nb-NO',
            overrideLocalizedStrings: LOCALIZED,
            styleOptions: styleOptions(config.brand),
          },
          parts.chat,
        );
        parts.status.textContent = '';
        host.setAttribute('data-veiviser-ready', 'true');
        return directLine;
      });
  }

  function boot() {
    var host = findHost();
    loadStyle(assetUrl('widget.css'));
    var retry = function () { boot(); };
    fetchJson(botOrigin + '/api/webchat/config')
      .then(function (config) {
        var parts = renderShell(host, config);
        return start(host, config, parts).catch(function (error) { showError(host, parts, error, retry); });
      })
      .catch(function (error) {
        host.textContent = '';
        var parts = { status: el('p', { class: 'veiviser__status', role: 'status', 'aria-live': 'polite' }) };
        host.appendChild(parts.status);
        showError(host, parts, error, retry);
      });

    var skip = document.querySelector('[data-veiviser-skip]');
    if (skip && !skip.hasAttribute('data-veiviser-bound')) {
      skip.setAttribute('data-veiviser-bound', '');
      skip.addEventListener('click', function (event) {
        event.preventDefault();
        focusSendBox(host);
      });
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
  else boot();
})();
