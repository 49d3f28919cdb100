import { ageInUnits, formatCount, inParentheses as paren, plural, type PluralForms } from './format.js';
import type { Messages } from './messages.js';

const n = (value: number) => formatCount('de', value);
const p = (value: number, forms: PluralForms<'one'>) => plural('de', value, forms);

const AGE_UNITS = { second: 's', minute: 'min', hour: 'Std.' } as const;

/** The fields a search term names, as the start of a sentence. */
const TERM_FIELDS = { admin: 'Admin', email: 'E-Mail', url: 'URL', ip: 'IP', method: 'Methode', type: 'Typ', path: 'Pfad' } as const;

/** German (Sie-Form, as admin panels usually address their users). */
export const de: Messages = {
  range: {
    rangeLabel: 'Zeitraum',
    dialogLabel: 'Zeitraum auswählen',
    presetsLabel: 'Schnellauswahl',
    presets: {
      '15m': 'Letzte 15 Minuten',
      '1h': 'Letzte Stunde',
      '24h': 'Letzte 24 Stunden',
      '7d': 'Letzte 7 Tage',
      '30d': 'Letzte 30 Tage',
      stock: 'Standard (±24 Stunden)',
    },
    anyTime: 'Gesamter Zeitraum',
    between: (from, to) => `${from} – ${to}`,
    fromUntilNow: (from) => `${from} – jetzt`,
    untilOnly: (to) => `Bis ${to}`,
    start: 'Beginn',
    end: 'Ende',
    endPlaceholder: 'jetzt',
    formatHint: (format) => `Format: ${format}. Ende leer lassen für „bis jetzt“.`,
    apply: 'Übernehmen',
    cancel: 'Abbrechen',
    invalidStart: (format) => `Der Beginn ist kein Datum im Format ${format}.`,
    invalidEnd: (format) => `Das Ende ist kein Datum im Format ${format}.`,
    endBeforeStart: 'Das Ende liegt vor dem Beginn.',
    calendarFailed: 'Der Kalender konnte nicht geladen werden.',
    retry: 'Erneut versuchen',
  },
  nav: {
    zoomOut: 'Herauszoomen',
    earlier: 'Früher',
    later: 'Später',
    zoomBack: 'Zurück zum letzten Zeitraum',
    zoomDouble: 'Zeitraum verdoppeln',
    goTo: 'Gehe zu',
    goToInvalid: (format) => `Im Format ${format}`,
    rowsInView: (rows, range) => `Sichtbare Zeilen: ${rows} von ${range}`,
  },
  refresh: {
    autoRefresh: 'Automatisch aktualisieren',
    interval: 'Intervall',
    seconds: (seconds) => `${n(seconds)} s`,
    countdown: 'Zeit bis zur nächsten Aktualisierung',
    nextRefreshIn: (seconds) => `Nächste Aktualisierung in ${n(seconds)} s`,
    refreshing: 'Wird aktualisiert…',
    refreshNow: 'Jetzt aktualisieren',
    paused: (reason) => `Pausiert: ${reason}`,
    reasons: {
      off: 'aus',
      hidden: 'Tab im Hintergrund',
      error: 'Fehler',
      unauthorized: 'Sitzung abgelaufen',
      'scrolled-away': 'nicht am Listenanfang',
    },
    retryingIn: (seconds) => `Fehler – neuer Versuch in ${n(seconds)} s`,
  },
  views: {
    views: 'Ansichten',
    newInViews: (count) => `${n(count)} neue ${p(count, { one: 'Zeile', other: 'Zeilen' })} in beobachteten Ansichten`,
    name: 'Name',
    save: 'Aktuelle Ansicht speichern',
    nameEmpty: 'Geben Sie einen Namen ein.',
    nameTaken: 'Dieser Name ist vergeben.',
    none: 'Noch keine gespeicherten Ansichten.',
    notKept: 'Gilt bis zum Schließen der Seite (ohne current-admin oder cache-key).',
    rename: 'Umbenennen',
    done: 'Fertig',
    delete: 'Löschen',
    deleted: (name) => `„${name}“ gelöscht.`,
    undo: 'Rückgängig',
    watch: 'Beobachten',
    newRows: (count) => `${n(count)} neu`,
    broken: 'Diese Ansicht ist nicht mehr anwendbar: Zeitraum oder Sortierung ist ungültig.',
    watchMarks: 'Markierungen beobachten',
    watchNewIp: 'Neue IPs',
    watchBurst: 'Häufungen',
    notify: 'Desktop-Benachrichtigungen',
    notifyDenied: 'Der Browser hat Benachrichtigungen nicht erlaubt.',
    notification: 'Neue Zeilen im Sitzungsprotokoll',
  },
  table: {
    label: 'Protokoll der Admin-Sitzungen',
    keys: 'Pfeiltasten wechseln die Zeile; Enter öffnet die Details einer Zeile.',
    date: 'Datum',
    ip: 'IP',
    admin: 'Admin',
    url: 'URL',
    type: 'Typ',
    method: 'Methode',
    deletedAdmin: 'Gelöschter Admin',
    noIp: 'keine IP',
    sortedLocally: '(geladene Zeilen)',
    newIp: 'neue IP',
    burst: 'Häufung',
    repeats: (count) => `${count}×`,
    repeatsTitle: (count) => `${count} gleiche Anfragen hintereinander`,
  },
  sessions: {
    loading: 'Anfragen werden geladen…',
    empty: 'Keine Anfragen in diesem Zeitraum.',
    logIn: 'Erneut anmelden',
    loadingMore: 'Weitere werden geladen…',
    noLoadedMatches: (loaded) =>
      `Keine passenden Anfragen ${p(loaded, { one: `in der ${n(loaded)} geladenen Zeile`, other: `in den ${n(loaded)} geladenen Zeilen` })}.`,
    searchOlder: 'Ältere Anfragen durchsuchen',
    partSlow: (part) => `${{ range: 'Zeitraumauswahl', refresh: 'Automatische Aktualisierung', histogram: 'Histogramm', details: 'Details', facets: 'Facettenübersicht', views: 'Gespeicherte Ansichten' }[part]} wird geladen…`,
    partFailed: (part) => `${{ range: 'Die Zeitraumauswahl', refresh: 'Die automatische Aktualisierung', histogram: 'Das Histogramm', details: 'Die Details', facets: 'Die Facettenübersicht', views: 'Die gespeicherten Ansichten' }[part]} konnte nicht geladen werden.`,
    retry: 'Erneut versuchen',
    noMatches: 'Keine Anfragen in diesem Zeitraum passen zur Suche.',
    search: 'Suchen',
    searchPlaceholder: 'Admin, E-Mail, IP, URL suchen…',
    filters: 'Filter',
    facets: 'Facetten',
    hideMe: 'Mich ausblenden',
    timeZone: 'Zeitzone',
    local: 'Lokal',
    utc: 'UTC',
    server: (zone) => `Server (${zone})`,
    cached: (ageMs) => {
      const age = ageInUnits(ageMs);
      return `Zeilen aus dem Cache (Stand: vor ${n(age.value)} ${AGE_UNITS[age.unit]}); wird aktualisiert…`;
    },
    shown: (count, total) =>
      total === null
        ? `${n(count)} ${p(count, { one: 'Anfrage', other: 'Anfragen' })}`
        : `${n(count)} von ${n(total)} ${p(total, { one: 'Anfrage', other: 'Anfragen' })}`,
    localMatch: (fields, loaded) =>
      `Treffer in ${fields} werden nur ${p(loaded, {
        one: `in der ${n(loaded)} geladenen Zeile`,
        other: `in den ${n(loaded)} geladenen Zeilen`,
      })} gesucht.`,
    newEntries: (count) => `${n(count)} ${p(count, { one: 'neuer Eintrag', other: 'neue Einträge' })}`,
    announced: (count) => `${n(count)} ${p(count, { one: 'neue Anfrage', other: 'neue Anfragen' })} protokolliert.`,
    fieldNames: { url: 'URL', method: 'Methode', type: 'Typ', admin: 'Admin', email: 'E-Mail', ip: 'IP', time: 'Datum' },
    localTerms: (description) => `In den geladenen Zeilen gefiltert: ${description}.`,
    localTerm: (term) => {
      const not = term.negated;
      switch (term.kind) {
        case 'contains':
          if (term.field === 'any') return `${not ? 'kein Feld' : 'ein Feld'} enthält „${term.value}“`;
          return `${TERM_FIELDS[term.field]} enthält ${not ? 'nicht ' : ''}„${term.value}“`;
        case 'equals':
          return `${TERM_FIELDS[term.field]} ist ${not ? 'nicht ' : ''}${term.value}`;
        case 'in-range':
          return `IP ${not ? 'nicht ' : ''}im Bereich ${term.network}`;
        case 'flag':
          if (term.flag === 'new-ip') return not ? 'nicht von einer neuen IP' : 'von einer für den Admin neuen IP';
          return not ? 'nicht Teil einer Häufung' : 'Teil einer Häufung ändernder Anfragen';
      }
    },
    collapse: 'Wiederholungen zusammenfassen',
    exportCsv: 'Als CSV exportieren',
    exportJson: 'Als JSON exportieren',
    exporting: (count, cap) => `${n(count)} Zeilen werden exportiert (höchstens ${n(cap)})…`,
    exported: (count, capped, cap) => (capped ? `Die ersten ${n(count)} Zeilen exportiert: die Grenze von ${n(cap)} ist erreicht.` : `${n(count)} Zeilen exportiert.`),
    exportCancelled: 'Export abgebrochen.',
    exportFailed: (reason) => `Export fehlgeschlagen: ${reason}`,
    cancel: 'Abbrechen',
    copyLink: 'Link kopieren',
    copyFixedLink: 'Link mit festen Zeiten kopieren',
    linkCopied: 'Link kopiert.',
    linkNotCopied: 'Der Browser hat das Kopieren nicht erlaubt. Kopieren Sie den Link hier:',
    queryProblem: (problem) => {
      switch (problem.kind) {
        case 'unclosed-quote':
          return 'Dieses Anführungszeichen wird nie geschlossen: Fügen Sie ein schließendes " hinzu.';
        case 'unknown-key':
          return problem.suggestion
            ? `Unbekannter Filter „${problem.key}:“. Meinten Sie „${problem.suggestion}:“?`
            : `Unbekannter Filter „${problem.key}:“. Filter sind ${problem.known.map((k) => `${k}:`).join(', ')}; setzen Sie den Text in Anführungszeichen, um genau nach ihm zu suchen.`;
        case 'missing-value':
          return problem.spaced ? `„${problem.key}:“ braucht einen Wert direkt nach dem Doppelpunkt, ohne Leerzeichen` : `„${problem.key}:“ braucht einen Wert`;
        case 'bad-method':
          return `„${problem.value}“ ist keine HTTP-Methode${problem.suggestion ? `. Meinten Sie ${problem.suggestion}?` : ` (${problem.methods.join(', ')})`}`;
        case 'bad-type':
          return `Der Anfragetyp ist web oder api, nicht „${problem.value}“`;
        case 'bad-is':
          return `Unbekannter „is:“-Wert „${problem.value}“. ${problem.suggestion ? `Meinten Sie is:${problem.suggestion}?` : `Verwenden Sie is:${problem.values.join(' oder is:')}.`}`;
        case 'bad-prefix':
          return `„${problem.prefix}“ ist keine gültige Präfixlänge für diese Adresse (0–${problem.width})`;
        case 'bad-cidr-base':
          return `„${problem.base}“ ist keine IP-Adresse, also ist „${problem.value}“ kein CIDR-Bereich`;
        case 'bad-ip':
          return `„${problem.value}“ ist keine IP-Adresse und kein CIDR-Bereich (z. B. 203.0.113.7, 10.0.0.0/8 oder 2001:db8::/32)`;
      }
    },
  },
  columns: {
    menu: 'Spalten',
    reset: 'Spalten zurücksetzen',
    resize: (column) => `Breite von ${column} ändern`,
  },
  histogram: {
    web: 'WEB',
    api: 'API',
    legend: 'Anfragetypen',
    empty: 'Keine Anfragen in diesem Zeitraum',
    failed: 'Keine Zahlen: Das Protokoll wurde nicht geladen',
    loadedSpan: (span, range, toNow) => `Geladen: die letzten ${span}${range ? ` von ${range}` : ''}${toNow ? '; das Diagramm endet jetzt' : ''}`,
    loadMore: 'Mehr laden',
    computedFrom: (rows) => `Berechnet aus ${p(rows, { one: 'der', other: 'den' })} ${n(rows)} geladenen ${p(rows, { one: 'Zeile', other: 'Zeilen' })}`,
    bucket: (range, web, api) => `${range} · ${n(web)} WEB, ${n(api)} API`,
    bucketSize: {
      day: (count) => (count === 1 ? 'Tag' : `${n(count)} ${p(count, { one: 'Tag', other: 'Tage' })}`),
      hour: (count) => (count === 1 ? 'Stunde' : `${n(count)} ${p(count, { one: 'Stunde', other: 'Stunden' })}`),
      minute: (count) => (count === 1 ? 'Minute' : `${n(count)} ${p(count, { one: 'Minute', other: 'Minuten' })}`),
      second: (count) => (count === 1 ? 'Sekunde' : `${n(count)} ${p(count, { one: 'Sekunde', other: 'Sekunden' })}`),
      millisecond: (count) => (count === 1 ? 'Millisekunde' : `${n(count)} ${p(count, { one: 'Millisekunde', other: 'Millisekunden' })}`),
    },
    summary: (per, first, last, total, web, api) =>
      `Anfragen pro ${per} von ${first} bis ${last}: ${n(total)} insgesamt, ${n(web)} WEB und ${n(api)} API.`,
    peak: (peak, at) => ` Höchstwert: ${n(peak)} (${at}).`,
    loadedOnly: (rows) => ` Nur aus ${n(rows)} geladenen ${p(rows, { one: 'Zeile', other: 'Zeilen' })} berechnet.`,
    keys: ' Mit den Pfeiltasten links und rechts zwischen den Balken wechseln, mit der Eingabetaste hineinzoomen; zum Zoomen auch über das Diagramm ziehen.',
    noBucket: 'Kein Balken gewählt',
  },
  facets: {
    title: 'Facetten',
    names: { admin: 'Admins', ip: 'IPs', path: 'URL-Pfade', method: 'Methoden', type: 'Typen' },
    count: (count, share) => `${n(count)} · ${share}`,
    exclude: (facet, value) => `${{ admin: 'Admin', ip: 'IP', path: 'Pfad', method: 'Methode', type: 'Typ' }[facet]} ${value} ausschließen`,
    none: 'Keine',
    fromLoaded: (loaded, total) => `Aus ${p(loaded, { one: 'der', other: 'den' })} ${n(loaded)} geladenen ${p(loaded, { one: 'Zeile', other: 'Zeilen' })}${total === null ? '' : ` von ${n(total)}`}`,
    failed: 'Die Facetten des Servers konnten nicht geladen werden: aus den geladenen Zeilen gezählt.',
    loadMore: 'Mehr laden',
    cancel: 'Abbrechen',
  },
  keyboard: {
    suggestions: 'Vorschläge',
    shortcutsTitle: 'Tastenkürzel',
    close: 'Schließen',
    shortcuts: {
      focusSearch: 'Zum Suchfeld',
      earlier: 'Früher: den Zeitraum um die halbe Spanne zurück',
      later: 'Später: den Zeitraum um die halbe Spanne vor',
      zoomOut: 'Herauszoomen: zurück zum letzten Zeitraum oder ihn verdoppeln',
      showShortcuts: 'Diese Tastenkürzel anzeigen',
    },
  },
  details: {
    title: 'Details der Anfrage',
    close: 'Details schließen',
    url: 'URL',
    query: 'Query-String',
    noQuery: 'keiner',
    admin: 'Admin',
    deletedAdmin: 'Gelöschter Admin',
    ip: 'IP-Adresse',
    noIp: 'unbekannt',
    time: 'Zeit',
    utc: 'UTC',
    local: 'Lokal',
    userAgent: 'User-Agent',
    unknownAgent: 'Unbekannt',
    unusual: 'Auffällige Aktivität',
    copy: 'Kopieren',
    copied: 'Kopiert',
    notCopied: 'Der Browser hat das Kopieren nicht erlaubt. Hier kopieren:',
    clipped: (shown, total) => `Die ersten ${n(shown)} von ${n(total)} Zeichen werden angezeigt; „Kopieren“ kopiert alle.`,
    thisPath: { only: 'Nur dieser URL-Pfad', exclude: 'Diesen URL-Pfad ausschließen' },
    thisAdmin: { only: 'Nur dieser Admin', exclude: 'Diesen Admin ausschließen' },
    thisIp: { only: 'Nur diese IP', exclude: 'Diese IP ausschließen' },
    thisMethod: { only: 'Nur diese Methode', exclude: 'Diese Methode ausschließen' },
    newIpReason: (ip, admin, earlier, others) =>
      `Erste Anfrage von ${ip} für ${admin} im geladenen Zeitraum (vorher: ${earlier}${
        others ? ` und ${n(others)} ${p(others, { one: 'weitere IP', other: 'weitere IPs' })}` : ''
      })`,
    burstReason: (count, admin, window) =>
      `${n(count)} ändernde ${p(count, { one: 'Anfrage', other: 'Anfragen' })} von ${admin} innerhalb von ${window}`,
    burstWindow: { second: (value) => `${n(value)} s`, minute: (value) => `${n(value)} min` },
  },
  errors: {
    unauthorized: ({ detail }) =>
      `Ihre Sitzung ist abgelaufen${paren(detail)}. Melden Sie sich erneut an, um das Protokoll zu sehen.`,
    forbidden: ({ detail }) => `Sie haben keine Berechtigung, das Protokoll der Admin-Sitzungen anzusehen${paren(detail)}.`,
    'not-found': ({ detail }) =>
      `Der Endpunkt des Sitzungsprotokolls wurde nicht gefunden (404)${paren(detail)}. Prüfen Sie das Attribut „endpoint“.`,
    'rate-limited': ({ detail, retryAfter }) =>
      `Der Server erhält zu viele Anfragen${paren(detail)}.${retryAfter === null ? '' : ` Neuer Versuch in ${n(retryAfter)} s.`}`,
    server: ({ status, detail, retryAfter }) =>
      `Der Server konnte das Protokoll nicht laden (HTTP ${status}${detail ? `: ${detail}` : ''}).${retryAfter === null ? '' : ` Neuer Versuch in ${n(retryAfter)} s.`}`,
    network: ({ detail }) => `Der Server ist nicht erreichbar${paren(detail)}. Bitte prüfen Sie die Verbindung.`,
    timeout: ({ timeoutSeconds, detail }) =>
      timeoutSeconds === null
        ? `Der Server hat nicht rechtzeitig geantwortet${paren(detail)}.`
        : `Der Server hat nicht innerhalb von ${n(timeoutSeconds)} s geantwortet${paren(detail)}.`,
    'bad-response': ({ status, detail }) =>
      status >= 300
        ? `Der Server antwortete mit HTTP ${status}${paren(detail)}.`
        : `Die Antwort des Servers ist keine Seite des Sitzungsprotokolls${paren(detail)}.`,
    config: ({ detail }) => `Das Element ist nicht richtig konfiguriert${paren(detail)}.`,
    endpointMissing: 'Setzen Sie das Attribut „endpoint“ auf die URL der Sitzungsprotokoll-API.',
    endpointNotHttp: (endpoint) => `Der Endpunkt „${endpoint}“ ist keine http(s)-URL.`,
    endpointInvalid: (endpoint) => `Der Endpunkt „${endpoint}“ ist keine gültige URL.`,
  },
};
