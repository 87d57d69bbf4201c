/*
 * Veiviser chat widget. Used by the bot's own page (/ and /chat) and by the county's website:
 *
 *   <div id="veiviser-chat" data-veiviser-chat style="height: 640px"></div>    (optional)
 *   <script src="https://BOT-HOST/embed.js" defer></script>
 *
 * Three ways to show the chat:
 *   - inside the div: on wide screens the chat sits there; on phones (below 600 px) the div shows a
 *     "Chat med Veiviser" button that opens the chat over the whole screen;
 *   - without a div (or with data-veiviser-launcher on the script tag): a floating "Chat med Veiviser"
 *     button that opens the chat as a side panel on wide screens and over the whole screen on phones;
 *   - data-veiviser-layout="page" on the div (the bot's own page): always in the div, which the page
 *     makes fill the screen on phones.
 * Closing the panel only hides it: the conversation goes on where it was while the page lives.
 * Web Chat's bundle is loaded at once where the chat is visible, else when the button is first pressed.
 *
 * Everything (Web Chat's bundle, styles, configuration, tokens) comes from the origin this script was
 * loaded from; no CDN. The server writes the content-hashed file names into ASSETS below. The
 * configuration endpoint tells whether to use the bot's built-in Direct Line (local) or Azure Bot
 * Service's Direct Line (a token exchanged by the bot, the secret stays there).
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var botOrigin = script && script.src ? new URL(script.src, location.href).origin : location.origin;
  var ASSETS = /*veiviser:assets*/ null;
  var PHONE = window.matchMedia('(max-width: 599.98px)');

  var STRINGS = {
    loading: 'Chatten lastes …',
    connecting: 'Kobler til chatten …',
    unavailable: 'Chatten er ikke tilgjengelig akkurat nå. Prøv igjen om litt.',
    retry: 'Prøv igjen',
    regionLabel: function (name) { return 'Samtale med ' + name; },
    title: function (name) { return 'Chat med ' + name; },
    open: function (name) { return 'Chat med ' + name; },
    close: 'Lukk chatten',
    privacy: 'Personvern',
    privacyShort: 'Ikke skriv fødselsnummer, helseopplysninger eller andre sensitive opplysninger om deg selv.',
    privacyState: function (days) {
      return 'Det du forteller om situasjonen din i samtalen (for eksempel alder, utdanning og jobb) lagres i inntil ' +
        days + (days === 1 ? ' dag' : ' dager') + ', slik at veiviseren kan gi deg råd. Deretter slettes det automatisk.';
    },
    privacyFeedback: 'Tilbakemeldinger (👍/👎) og kommentarer lagres uten personopplysninger for å forbedre svarene.',
    privacyDelete: function (cmd) { return 'Skriv «' + cmd + '» i chatten for å slette alt som er lagret om deg.'; },
    privacySources: 'Se kildene svarene bygger på',
  };

  // Norwegian strings Web Chat's nb-NO pack lacks, and our own wording for the send box, the 👍/👎
  // on answers and the folded list of sources under an answer.
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
    VOTE_LIKE_ALT: 'Nyttig svar',
    VOTE_DISLIKE_ALT: 'Ikke nyttig svar',
    REFERENCE_LIST_HEADER_ONE: 'Kilder ($1)',
    REFERENCE_LIST_HEADER_TWO: 'Kilder ($1)',
    REFERENCE_LIST_HEADER_FEW: 'Kilder ($1)',
    REFERENCE_LIST_HEADER_MANY: 'Kilder ($1)',
    REFERENCE_LIST_HEADER_OTHER: 'Kilder ($1)',
  };

  function assetUrl(name) {
    return botOrigin + ((ASSETS && ASSETS[name]) || '/static/' + name);
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === 'text') node.textContent = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  function loadStyle(href) {
    if (document.querySelector('link[data-veiviser-style]')) return;
    document.head.appendChild(el('link', { rel: 'stylesheet', href: href, 'data-veiviser-style': '' }));
  }

  var bundle;
  function loadWebChat() {
    if (!bundle) {
      bundle = new Promise(function (resolve, reject) {
        if (window.WebChat) return resolve();
        var tag = el('script', { src: assetUrl('webchat.js'), async: '' });
        tag.onload = function () { resolve(); };
        tag.onerror = function () {
          bundle = undefined;
          tag.remove();
          reject(new Error('Kunne ikke laste ' + tag.src));
        };
        document.head.appendChild(tag);
      });
    }
    return bundle;
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

  function brandStyle(node, brand) {
    node.style.setProperty('--veiviser-brand', brand.primaryColor);
    node.style.setProperty('--veiviser-on-brand', brand.onPrimaryColor);
  }

  /** The chat itself: header (title, a one-line privacy link, close in a panel), status line, Web Chat. */
  function renderChat(config, onClose) {
    var brand = config.brand;
    var privacy = el('details', { class: 'veiviser__privacy' }, [
      el('summary', { text: STRINGS.privacy }),
      el('div', { class: 'veiviser__privacy-body' }, [
        el('ul', {}, [
          el('li', { text: STRINGS.privacyShort }),
          el('li', { text: STRINGS.privacyState(config.privacy.retentionDays) }),
          el('li', { text: STRINGS.privacyFeedback }),
          el('li', { text: STRINGS.privacyDelete(config.privacy.deleteCommand) }),
          el('li', {}, [el('a', { href: config.sourcesUrl, text: STRINGS.privacySources })]),
        ]),
      ]),
    ]);
    var close = el('button', { type: 'button', class: 'veiviser__close', 'aria-label': STRINGS.close, title: STRINGS.close }, [
      el('span', { 'aria-hidden': 'true', text: '×' }),
    ]);
    close.addEventListener('click', function () { onClose(); });
    // The details fold again with Escape or a tap anywhere else.
    privacy.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && privacy.open) {
        event.preventDefault();
        privacy.open = false;
        privacy.querySelector('summary').focus();
      }
    });
    document.addEventListener('click', function (event) {
      if (privacy.open && !privacy.contains(event.target)) privacy.open = false;
    });
    var header = el('div', { class: 'veiviser__header' }, [
      el('img', { class: 'veiviser__logo', src: brand.logoUrl, alt: '', width: '32', height: '32' }),
      el('h2', { id: 'veiviser-title', class: 'veiviser__title', text: STRINGS.title(brand.name) }),
      privacy,
      close,
    ]);
    var status = el('p', { class: 'veiviser__status', role: 'status', 'aria-live': 'polite', text: STRINGS.connecting });
    var chat = el('div', { class: 'veiviser__chat', role: 'region', 'aria-label': STRINGS.regionLabel(brand.name) });
    var section = el('section', { class: 'veiviser', lang: 'nb', 'aria-labelledby': 'veiviser-title' }, [header, status, chat]);
    foldSourceLists(chat);
    return { section: section, status: status, chat: chat, privacy: privacy };
  }

  /**
   * Web Chat shows the sources under an answer as an open <details> ("Kilder (3)"); fold each one
   * when it appears, so the answer comes first. A list someone opened stays open.
   */
  function foldSourceLists(root) {
    var fold = function () {
      var lists = root.querySelectorAll('details.webchat__link-definitions:not([data-veiviser-folded])');
      for (var i = 0; i < lists.length; i++) {
        lists[i].setAttribute('data-veiviser-folded', '');
        lists[i].open = false;
      }
    };
    new MutationObserver(fold).observe(root, { childList: true, subtree: true });
  }

  function showError(status, error, retry) {
    if (window.console) console.error('Veiviser:', error);
    status.textContent = STRINGS.unavailable;
    status.classList.add('veiviser__status--error');
    var button = el('button', { type: 'button', class: 'veiviser__retry', text: STRINGS.retry });
    button.addEventListener('click', function () { retry(); });
    status.appendChild(document.createTextNode(' '));
    status.appendChild(button);
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

  /** The same for cards and entities: markdown in TextBlocks, and urls that start with /kilder/. */
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
            var entities = activity.entities ? absolutiseDeep(activity.entities) : activity.entities;
            if (text !== activity.text || attachments !== activity.attachments || entities !== activity.entities) {
              var patched = Object.assign({}, activity, { text: text, attachments: attachments, entities: entities });
              action = Object.assign({}, action, { payload: Object.assign({}, action.payload, { activity: patched }) });
            }
          }
          return next(action);
        };
      };
    });
  }

  /** `roomy`: the chat sits in the page on a wide screen, with room for avatars beside the bubbles. */
  function styleOptions(brand, roomy) {
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
      botAvatarInitials: roomy ? initials(brand.name) : undefined,
      botAvatarBackgroundColor: brand.primaryColor,
      userAvatarInitials: roomy ? 'Du' : undefined,
      userAvatarBackgroundColor: '#4d4d4d',
      hideUploadButton: true,
      sendBoxButtonColor: brand.primaryColor,
      sendBoxTextWrap: true,
      sendBoxHeight: 44,
      // One row that scrolls sideways, however many suggestions there are.
      suggestedActionLayout: 'carousel',
      suggestedActionBorderColor: brand.primaryColor,
      suggestedActionTextColor: brand.primaryColor,
      suggestedActionBorderRadius: 22,
      suggestedActionBorderWidth: 2,
      suggestedActionHeight: 44,
      // The row's arrows (shown for a mouse) are buttons as wide as this and as high as the row.
      suggestedActionsCarouselFlipperBoxWidth: 44,
      transcriptVisualKeyboardIndicatorColor: brand.primaryColor,
      transcriptVisualKeyboardIndicatorWidth: 3,
      typingAnimationDuration: 15000,
    };
  }

  function hasVotes(activity) {
    return (activity.entities || []).some(function (entity) {
      return entity && entity['@id'] === '' && Array.isArray(entity.potentialAction) &&
        entity.potentialAction.some(function (a) { return a && (a['@type'] === 'LikeAction' || a['@type'] === 'DislikeAction'); });
    });
  }

  /**
   * Web Chat shows one status row (time, 👍/👎) per group of messages that arrive together, under the
   * last of them: a message right after an answer (the comment card after 👎, a question asked again
   * after an answer) would take the 👍/👎 away from the answer. An answer with 👍/👎 ends its group.
   */
  function groupActivitiesMiddleware() {
    return function (next) {
      return function (args) {
        var groups = next(args);
        var status = [];
        groups.status.forEach(function (group) {
          var current = [];
          group.forEach(function (activity) {
            current.push(activity);
            if (hasVotes(activity)) {
              status.push(current);
              current = [];
            }
          });
          if (current.length) status.push(current);
        });
        return Object.assign({}, groups, { status: status });
      };
    };
  }

  function focusSendBox(root) {
    var input = root.querySelector('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input');
    if (input) input.focus();
    return !!input;
  }

  /**
   * Connects once (the bundle and the token load side by side) and returns a render function: called
   * again (the chat moved between the page and the panel), it re-renders the same conversation.
   */
  function connect(config, parts, roomy) {
    return Promise.all([
      loadWebChat(),
      fetchJson(config.tokenUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }),
    ]).then(function (loaded) {
      var issued = loaded[1];
      var directLine = window.WebChat.createDirectLine({ token: issued.token, domain: config.domain });
      var store = createStore();
      var render = function (isRoomy) {
        window.WebChat.renderWebChat(
          {
            directLine: directLine,
            store: store,
            locale: 'nb-NO',
            overrideLocalizedStrings: LOCALIZED,
            groupActivitiesMiddleware: groupActivitiesMiddleware,
            styleOptions: styleOptions(config.brand, isRoomy),
          },
          parts.chat,
        );
      };
      render(roomy());
      parts.status.textContent = '';
      parts.section.setAttribute('data-veiviser-ready', 'true');
      return render;
    });
  }

  /**
   * iOS does not shrink the layout viewport for the on-screen keyboard (Android does, with the
   * page's interactive-widget=resizes-content): a full-screen chat follows the visual viewport, so
   * its send box stays above the keyboard.
   */
  function followVisualViewport(node) {
    var vv = window.visualViewport;
    if (!vv) return;
    var update = function () {
      node.style.setProperty('--veiviser-vvh', Math.round(vv.height) + 'px');
      node.style.setProperty('--veiviser-vvtop', Math.round(vv.offsetTop) + 'px');
    };
    vv.addEventListener('resize', update);
    vv.addEventListener('scroll', update);
    update();
  }

  function focusables(root) {
    return Array.prototype.filter.call(
      root.querySelectorAll('a[href], button, input, textarea, select, summary, [tabindex]:not([tabindex="-1"])'),
      function (node) { return !node.disabled && node.getClientRects().length > 0; },
    );
  }

  /** The widget on one page: where the chat lives, the panel and the buttons that open it. */
  function Widget(host, layout) {
    this.host = host;
    this.layout = layout; // 'page' | 'inline' | 'launcher'
    this.config = undefined;
    this.parts = undefined;
    this.connecting = undefined;
    this.panel = undefined;
    this.opener = undefined;
    this.openButtons = [];
  }

  Widget.prototype.boot = function () {
    var self = this;
    loadStyle(assetUrl('widget.css'));
    if (this.host) this.host.classList.add('veiviser-host');
    // Where the chat shows at once, fetch the bundle beside the configuration.
    if (this.inline()) loadWebChat().catch(function () { /* reported by connect() */ });
    return fetchJson(botOrigin + '/api/webchat/config')
      .then(function (config) {
        self.config = config;
        self.parts = renderChat(config, function () { self.close(); });
        self.arrange();
        PHONE.addEventListener('change', function () { self.arrange(); });
        if (self.inline()) self.start();
      })
      .catch(function (error) {
        var target = self.host || self.launcherRegion();
        target.textContent = '';
        var status = el('p', { class: 'veiviser__status', role: 'status', 'aria-live': 'polite' });
        target.appendChild(status);
        showError(status, error, function () { self.boot(); });
      });
  };

  /** True when the chat sits in the host div right now (not behind a button). */
  Widget.prototype.inline = function () {
    return this.layout === 'page' || (this.layout === 'inline' && !PHONE.matches);
  };

  Widget.prototype.start = function () {
    var self = this;
    if (!this.connecting) {
      this.parts.status.classList.remove('veiviser__status--error');
      this.parts.status.textContent = STRINGS.connecting;
      this.connecting = connect(this.config, this.parts, function () { return self.roomy(); }).catch(function (error) {
        self.connecting = undefined;
        showError(self.parts.status, error, function () { self.start(); });
      });
    }
    return this.connecting;
  };

  /** The chat sits in the page on a wide screen (not in a panel, not on a phone). */
  Widget.prototype.roomy = function () {
    return this.inline() && !PHONE.matches;
  };

  /** Puts the chat where it belongs for the layout and the screen width. */
  Widget.prototype.arrange = function () {
    var self = this;
    var section = this.parts.section;
    if (this.connecting) {
      this.connecting.then(function (render) { if (render) render(self.roomy()); });
    }
    if (this.inline()) {
      if (this.panel && !this.panel.hidden) this.close();
      this.host.classList.remove('veiviser-host--button');
      this.host.textContent = '';
      brandStyle(this.host, this.config.brand);
      this.host.appendChild(section);
      section.classList.remove('veiviser--in-panel');
      return;
    }
    var panel = this.ensurePanel();
    if (section.parentNode !== panel) panel.appendChild(section);
    section.classList.add('veiviser--in-panel');
    if (this.layout === 'inline') {
      // A phone: the div shows only the button; the chat opens over the whole screen.
      this.host.textContent = '';
      this.host.classList.add('veiviser-host--button');
      brandStyle(this.host, this.config.brand);
      this.host.appendChild(this.openButton('veiviser-open veiviser-open--in-page'));
    } else {
      this.launcherRegion();
    }
    this.panel.setAttribute('aria-modal', PHONE.matches ? 'true' : 'false');
    document.documentElement.classList.toggle('veiviser-scroll-lock', PHONE.matches && !this.panel.hidden);
  };

  Widget.prototype.openButton = function (className) {
    var self = this;
    var button = el('button', {
      type: 'button',
      class: className,
      'aria-haspopup': 'dialog',
      'aria-expanded': this.panel && !this.panel.hidden ? 'true' : 'false',
      'aria-controls': 'veiviser-panel',
    }, [
      el('span', { class: 'veiviser-open__icon', 'aria-hidden': 'true' }),
      el('span', { text: STRINGS.open(this.config ? this.config.brand.name : 'Veiviser') }),
    ]);
    button.addEventListener('click', function () { self.open(button); });
    this.openButtons.push(button);
    return button;
  };

  /** The floating button (launcher layout): an aside of its own at the end of the page. */
  Widget.prototype.launcherRegion = function () {
    if (!this.region) {
      var name = this.config ? this.config.brand.name : 'Veiviser';
      this.region = el('aside', { class: 'veiviser-launcher', 'aria-label': STRINGS.open(name), lang: 'nb' });
      document.body.appendChild(this.region);
    }
    if (this.config && !this.region.querySelector('.veiviser-open')) {
      brandStyle(this.region, this.config.brand);
      this.region.textContent = '';
      this.region.appendChild(this.openButton('veiviser-open veiviser-open--floating'));
    }
    return this.region;
  };

  Widget.prototype.ensurePanel = function () {
    var self = this;
    if (this.panel) return this.panel;
    var panel = el('div', {
      id: 'veiviser-panel',
      class: 'veiviser-host veiviser-host--panel',
      role: 'dialog',
      'aria-labelledby': 'veiviser-title',
      lang: 'nb',
    });
    panel.hidden = true;
    brandStyle(panel, this.config.brand);
    followVisualViewport(panel);
    panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        self.close();
      } else if (event.key === 'Tab' && panel.getAttribute('aria-modal') === 'true') {
        // Full screen on a phone: Tab goes round inside the chat, since nothing else is visible.
        var nodes = focusables(panel);
        if (!nodes.length) return;
        var first = nodes[0];
        var last = nodes[nodes.length - 1];
        if (event.shiftKey && document.activeElement === first) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault();
          first.focus();
        }
      }
    });
    document.body.appendChild(panel);
    this.panel = panel;
    return panel;
  };

  Widget.prototype.setExpanded = function (expanded) {
    this.openButtons.forEach(function (b) { b.setAttribute('aria-expanded', expanded ? 'true' : 'false'); });
  };

  Widget.prototype.open = function (opener) {
    if (!this.config) return;
    if (this.inline()) {
      focusSendBox(this.host) || this.host.focus();
      return;
    }
    var self = this;
    this.opener = opener || document.activeElement;
    this.ensurePanel().hidden = false;
    document.documentElement.classList.toggle('veiviser-scroll-lock', PHONE.matches);
    this.setExpanded(true);
    this.parts.section.querySelector('.veiviser__close').focus();
    this.start().then(function () {
      // Web Chat renders its send box a moment after renderWebChat returns.
      var tries = 0;
      var focusWhenReady = function () {
        if (self.panel.hidden) return;
        if (focusSendBox(self.panel) || ++tries > 50) return;
        requestAnimationFrame(focusWhenReady);
      };
      focusWhenReady();
    });
  };

  Widget.prototype.close = function () {
    if (!this.panel || this.panel.hidden) return;
    this.panel.hidden = true;
    document.documentElement.classList.remove('veiviser-scroll-lock');
    this.setExpanded(false);
    var back = this.opener && document.contains(this.opener) ? this.opener : this.openButtons[this.openButtons.length - 1];
    if (back) back.focus();
  };

  function findHost() {
    if (script && script.hasAttribute('data-veiviser-launcher')) return undefined;
    return document.querySelector('[data-veiviser-chat]') || document.getElementById('veiviser-chat') || undefined;
  }

  function boot() {
    var host = findHost();
    var layout = !host ? 'launcher' : host.getAttribute('data-veiviser-layout') === 'page' ? 'page' : 'inline';
    var widget = new Widget(host, layout);
    if (layout === 'page') followVisualViewport(host);
    widget.boot();

    // «Hopp til chatten» links and any element marked data-veiviser-open reach the chat.
    document.addEventListener('click', function (event) {
      var target = event.target && event.target.closest && event.target.closest('[data-veiviser-skip], [data-veiviser-open]');
      if (!target) return;
      event.preventDefault();
      widget.open(target);
    });
    window.Veiviser = {
      open: function () { widget.open(); },
      close: function () { widget.close(); },
    };
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
  else boot();
})();
