import { ageInUnits, formatCount, inParentheses as paren, plural, type PluralForms } from './format.js';
import type { Messages } from './messages.js';

const n = (value: number) => formatCount('uk', value);
/** Ukrainian: `one` 1, 21, 31 …; `few` 2–4, 22–24 …; `many` 0, 5–20, 25 …; `other` fractions. */
const p = (value: number, forms: PluralForms<'one' | 'few' | 'many'>) => plural('uk', value, forms);

const AGE_UNITS = { second: 'с', minute: 'хв', hour: 'год' } as const;

/** The fields a search term names. */
const TERM_FIELDS = { admin: 'адміністратор', email: 'email', url: 'URL', ip: 'IP', method: 'метод', type: 'тип', path: 'шлях' } as const;

/** «1 запис», «2 записи», «5 записів», «21 запис». */
const records = (count: number) => `${n(count)} ${p(count, { one: 'запис', few: 'записи', many: 'записів', other: 'запису' })}`;

/** Ukrainian. */
export const uk: Messages = {
  range: {
    rangeLabel: 'Проміжок часу',
    dialogLabel: 'Виберіть проміжок часу',
    presetsLabel: 'Швидкий вибір',
    presets: {
      '15m': 'Останні 15 хвилин',
      '1h': 'Остання година',
      '24h': 'Останні 24 години',
      '7d': 'Останні 7 днів',
      '30d': 'Останні 30 днів',
      stock: 'Типово (±24 години)',
    },
    anyTime: 'Увесь час',
    between: (from, to) => `${from} – ${to}`,
    fromUntilNow: (from) => `${from} – зараз`,
    untilOnly: (to) => `До ${to}`,
    start: 'Початок',
    end: 'Кінець',
    endPlaceholder: 'зараз',
    formatHint: (format) => `Формат: ${format}. Порожній «Кінець» означає «до зараз».`,
    apply: 'Застосувати',
    cancel: 'Скасувати',
    invalidStart: (format) => `Початок не є датою у форматі ${format}.`,
    invalidEnd: (format) => `Кінець не є датою у форматі ${format}.`,
    endBeforeStart: 'Кінець раніше за початок.',
    calendarFailed: 'Не вдалося завантажити календар.',
    retry: 'Повторити',
  },
  nav: {
    zoomOut: 'Віддалити',
    earlier: 'Раніше',
    later: 'Пізніше',
    zoomBack: 'Попередній діапазон',
    zoomDouble: 'Подвоїти діапазон',
    goTo: 'Перейти до',
    goToInvalid: (format) => `Формат: ${format}`,
    rowsInView: (rows, range) => `Видимі рядки: ${rows} з ${range}`,
  },
  refresh: {
    autoRefresh: 'Автооновлення',
    interval: 'Інтервал',
    seconds: (seconds) => `${n(seconds)} с`,
    countdown: 'Час до наступного оновлення',
    nextRefreshIn: (seconds) => `Наступне оновлення через ${n(seconds)} с`,
    refreshing: 'Оновлення…',
    refreshNow: 'Оновити зараз',
    paused: (reason) => `Призупинено: ${reason}`,
    reasons: {
      off: 'вимкнено',
      hidden: 'вкладка прихована',
      error: 'помилка',
      unauthorized: 'сеанс завершився',
      'scrolled-away': 'список прокручено',
    },
    retryingIn: (seconds) => `помилка — повтор через ${n(seconds)} с`,
  },
  views: {
    views: 'Вигляди',
    newInViews: (count) => `${n(count)} ${p(count, { one: 'новий рядок', few: 'нові рядки', many: 'нових рядків', other: 'нового рядка' })} у відстежуваних виглядах`,
    name: 'Назва',
    save: 'Зберегти поточний вигляд',
    nameEmpty: 'Введіть назву.',
    nameTaken: 'Ця назва вже зайнята.',
    none: 'Збережених виглядів ще немає.',
    notKept: 'Діє до закриття сторінки (без current-admin або cache-key).',
    rename: 'Перейменувати',
    done: 'Готово',
    delete: 'Видалити',
    deleted: (name) => `«${name}» видалено.`,
    undo: 'Повернути',
    watch: 'Відстежувати',
    newRows: (count) => `${n(count)} нових`,
    broken: 'Цей вигляд більше не можна застосувати: період або сортування недійсні.',
    watchMarks: 'Відстежувати позначки',
    watchNewIp: 'Нові IP',
    watchBurst: 'Сплески',
    notify: 'Сповіщення на робочому столі',
    notifyDenied: 'Браузер не дозволив сповіщення.',
    notification: 'Нові рядки в журналі сесій',
  },
  table: {
    label: 'Журнал сеансів адміністраторів',
    keys: 'Клавіші зі стрілками переходять між рядками; Enter відкриває подробиці рядка.',
    date: 'Дата',
    ip: 'IP',
    admin: 'Адміністратор',
    url: 'URL',
    type: 'Тип',
    method: 'Метод',
    deletedAdmin: 'Видалений адміністратор',
    noIp: 'без IP',
    sortedLocally: '(завантажені рядки)',
    newIp: 'нова IP',
    burst: 'сплеск',
    repeats: (count) => `${count} раз.`,
    repeatsTitle: (count) => `${count} однакових запитів поспіль`,
  },
  sessions: {
    loading: 'Завантаження запитів…',
    empty: 'У цьому проміжку немає запитів.',
    logIn: 'Увійти знову',
    loadingMore: 'Завантаження наступних записів…',
    noLoadedMatches: (loaded) =>
      `Немає відповідних запитів серед ${n(loaded)} ${p(loaded, {
        one: 'завантаженого рядка',
        few: 'завантажених рядків',
        many: 'завантажених рядків',
        other: 'завантаженого рядка',
      })}.`,
    searchOlder: 'Шукати серед старіших запитів',
    partSlow: (part) => `Завантаження: ${{ range: 'вибір періоду', refresh: 'автооновлення', histogram: 'гістограма', details: 'подробиці', facets: 'фасети', views: 'збережені вигляди' }[part]}…`,
    partFailed: (part) => `Не вдалося завантажити: ${{ range: 'вибір періоду', refresh: 'автооновлення', histogram: 'гістограма', details: 'подробиці', facets: 'фасети', views: 'збережені вигляди' }[part]}.`,
    retry: 'Повторити',
    noMatches: 'Жоден запит у цьому проміжку не відповідає пошуку.',
    search: 'Пошук',
    searchPlaceholder: 'Пошук за адміністратором, email, IP, URL…',
    filters: 'Фільтри',
    facets: 'Фасети',
    hideMe: 'Без моїх запитів',
    timeZone: 'Часовий пояс',
    local: 'Місцевий',
    utc: 'UTC',
    server: (zone) => `Сервер (${zone})`,
    cached: (ageMs) => {
      const age = ageInUnits(ageMs);
      return `Рядки з кешу (станом на ${n(age.value)} ${AGE_UNITS[age.unit]} тому); оновлення…`;
    },
    shown: (count, total) =>
      total === null
        ? records(count)
        : `${n(count)} з ${n(total)} ${p(total, { one: 'запису', few: 'записів', many: 'записів', other: 'запису' })}`,
    localMatch: (fields, loaded) =>
      `Збіги в полях ${fields} шукаються лише серед ${n(loaded)} ${p(loaded, {
        one: 'завантаженого рядка',
        few: 'завантажених рядків',
        many: 'завантажених рядків',
        other: 'завантаженого рядка',
      })}.`,
    newEntries: (count) =>
      `${n(count)} ${p(count, { one: 'новий запис', few: 'нові записи', many: 'нових записів', other: 'нового запису' })}`,
    announced: (count) =>
      `Додано ${n(count)} ${p(count, { one: 'новий запис', few: 'нові записи', many: 'нових записів', other: 'нового запису' })}.`,
    fieldNames: { url: 'URL', method: 'метод', type: 'тип', admin: 'адміністратор', email: 'email', ip: 'IP', time: 'дата' },
    localTerms: (description) => `Відфільтровано серед завантажених рядків: ${description}.`,
    localTerm: (term) => {
      const not = term.negated;
      switch (term.kind) {
        case 'contains':
          if (term.field === 'any') return not ? `жодне поле не містить «${term.value}»` : `якесь поле містить «${term.value}»`;
          return `${TERM_FIELDS[term.field]} ${not ? 'не містить' : 'містить'} «${term.value}»`;
        case 'equals':
          return `${TERM_FIELDS[term.field]} ${not ? 'не' : '—'} ${term.value}`;
        case 'in-range':
          return `IP ${not ? 'поза діапазоном' : 'у діапазоні'} ${term.network}`;
        case 'flag':
          if (term.flag === 'new-ip') return not ? 'не з нової IP-адреси' : 'з нової для адміністратора IP-адреси';
          return not ? 'не частина сплеску' : 'частина сплеску змінювальних запитів';
      }
    },
    collapse: 'Згортати повтори',
    exportCsv: 'Експорт у CSV',
    exportJson: 'Експорт у JSON',
    exporting: (count, cap) => `Експортується рядків: ${n(count)} (не більше ${n(cap)})…`,
    exported: (count, capped, cap) => (capped ? `Експортовано перші ${n(count)} рядків: досягнуто межі ${n(cap)}.` : `Експортовано рядків: ${n(count)}.`),
    exportCancelled: 'Експорт скасовано.',
    exportFailed: (reason) => `Не вдалося експортувати: ${reason}`,
    cancel: 'Скасувати',
    copyLink: 'Копіювати посилання',
    copyFixedLink: 'Копіювати посилання з фіксованим часом',
    linkCopied: 'Посилання скопійовано.',
    linkNotCopied: 'Браузер не дозволив скопіювати. Скопіюйте посилання тут:',
    queryProblem: (problem) => {
      switch (problem.kind) {
        case 'unclosed-quote':
          return 'Лапки не закрито: додайте закривальну ".';
        case 'unknown-key':
          return problem.suggestion
            ? `Невідомий фільтр «${problem.key}:». Можливо, «${problem.suggestion}:»?`
            : `Невідомий фільтр «${problem.key}:». Фільтри: ${problem.known.map((k) => `${k}:`).join(', ')}; візьміть текст у лапки, щоб шукати його як є.`;
        case 'missing-value':
          return problem.spaced ? `«${problem.key}:» потребує значення одразу після двокрапки, без пробілу` : `«${problem.key}:» потребує значення`;
        case 'bad-method':
          return `«${problem.value}» — не HTTP-метод${problem.suggestion ? `. Можливо, ${problem.suggestion}?` : ` (${problem.methods.join(', ')})`}`;
        case 'bad-type':
          return `Тип запиту — web або api, а не «${problem.value}»`;
        case 'bad-is':
          return `Невідоме значення «is:» «${problem.value}». ${problem.suggestion ? `Можливо, is:${problem.suggestion}?` : `Використовуйте is:${problem.values.join(' або is:')}.`}`;
        case 'bad-prefix':
          return `«${problem.prefix}» — неприпустима довжина префікса для цієї адреси (0–${problem.width})`;
        case 'bad-cidr-base':
          return `«${problem.base}» — не IP-адреса, тож «${problem.value}» — не діапазон CIDR`;
        case 'bad-ip':
          return `«${problem.value}» — не IP-адреса і не діапазон CIDR (наприклад, 203.0.113.7, 10.0.0.0/8 або 2001:db8::/32)`;
      }
    },
  },
  columns: {
    menu: 'Стовпці',
    reset: 'Скинути стовпці',
    resize: (column) => `Змінити ширину: ${column}`,
  },
  histogram: {
    web: 'WEB',
    api: 'API',
    legend: 'Типи запитів',
    empty: 'Немає запитів у цьому діапазоні',
    failed: 'Лічильників немає: журнал не завантажився',
    loadedSpan: (span, range, toNow) => `Завантажено: останні ${span}${range ? ` із ${range}` : ''}${toNow ? '; діаграма закінчується зараз' : ''}`,
    loadMore: 'Завантажити ще',
    computedFrom: (rows) =>
      `Обчислено з ${n(rows)} ${p(rows, { one: 'завантаженого рядка', few: 'завантажених рядків', many: 'завантажених рядків', other: 'завантаженого рядка' })}`,
    bucket: (range, web, api) => `${range} · ${n(web)} WEB, ${n(api)} API`,
    // Accusative after «за»: «за хвилину», «за 5 хвилин», «за 3 години».
    bucketSize: {
      day: (count) => (count === 1 ? 'день' : `${n(count)} ${p(count, { one: 'день', few: 'дні', many: 'днів', other: 'дня' })}`),
      hour: (count) => (count === 1 ? 'годину' : `${n(count)} ${p(count, { one: 'годину', few: 'години', many: 'годин', other: 'години' })}`),
      minute: (count) => (count === 1 ? 'хвилину' : `${n(count)} ${p(count, { one: 'хвилину', few: 'хвилини', many: 'хвилин', other: 'хвилини' })}`),
      second: (count) => (count === 1 ? 'секунду' : `${n(count)} ${p(count, { one: 'секунду', few: 'секунди', many: 'секунд', other: 'секунди' })}`),
      millisecond: (count) =>
        count === 1 ? 'мілісекунду' : `${n(count)} ${p(count, { one: 'мілісекунду', few: 'мілісекунди', many: 'мілісекунд', other: 'мілісекунди' })}`,
    },
    summary: (per, first, last, total, web, api) =>
      `Кількість запитів за ${per} з ${first} до ${last}: усього ${n(total)}, WEB — ${n(web)}, API — ${n(api)}.`,
    peak: (peak, at) => ` Пік: ${n(peak)} (${at}).`,
    loadedOnly: (rows) =>
      ` Обчислено лише з ${n(rows)} ${p(rows, { one: 'завантаженого рядка', few: 'завантажених рядків', many: 'завантажених рядків', other: 'завантаженого рядка' })}.`,
    keys: ' Стрілки вліво та вправо переходять між стовпчиками, Enter наближає; щоб наблизити, можна також протягнути мишею по діаграмі.',
    noBucket: 'Стовпчик не вибрано',
  },
  facets: {
    title: 'Фасети',
    names: { admin: 'Адміністратори', ip: 'IP-адреси', path: 'Шляхи URL', method: 'Методи', type: 'Типи' },
    count: (count, share) => `${n(count)} · ${share}`,
    exclude: (facet, value) => `Виключити: ${TERM_FIELDS[facet]} ${value}`,
    none: 'Немає',
    fromLoaded: (loaded, total) =>
      `З ${n(loaded)} ${p(loaded, { one: 'завантаженого рядка', few: 'завантажених рядків', many: 'завантажених рядків', other: 'завантаженого рядка' })}${total === null ? '' : ` із ${n(total)}`}`,
    failed: 'Не вдалося завантажити фасети із сервера: пораховано із завантажених рядків.',
    loadMore: 'Завантажити ще',
    cancel: 'Скасувати',
  },
  keyboard: {
    suggestions: 'Підказки',
    shortcutsTitle: 'Клавіатурні скорочення',
    close: 'Закрити',
    shortcuts: {
      focusSearch: 'Перейти до поля пошуку',
      earlier: 'Раніше: діапазон на пів довжини назад',
      later: 'Пізніше: діапазон на пів довжини вперед',
      zoomOut: 'Віддалити: попередній діапазон або вдвічі ширший',
      showShortcuts: 'Показати ці скорочення',
    },
  },
  details: {
    title: 'Подробиці запиту',
    close: 'Закрити подробиці',
    url: 'URL',
    query: 'Рядок запиту',
    noQuery: 'немає',
    admin: 'Адміністратор',
    deletedAdmin: 'Видалений адміністратор',
    ip: 'IP-адреса',
    noIp: 'невідома',
    time: 'Час',
    utc: 'UTC',
    local: 'Місцевий',
    userAgent: 'Агент користувача',
    unknownAgent: 'Невідомо',
    unusual: 'Незвична активність',
    copy: 'Копіювати',
    copied: 'Скопійовано',
    notCopied: 'Браузер не дозволив скопіювати. Скопіюйте тут:',
    clipped: (shown, total) => `Показано перші ${n(shown)} з ${n(total)} символів; «Копіювати» копіює всі.`,
    thisPath: { only: 'Лише цей шлях URL', exclude: 'Виключити цей шлях URL' },
    thisAdmin: { only: 'Лише цей адміністратор', exclude: 'Виключити цього адміністратора' },
    thisIp: { only: 'Лише ця IP-адреса', exclude: 'Виключити цю IP-адресу' },
    thisMethod: { only: 'Лише цей метод', exclude: 'Виключити цей метод' },
    newIpReason: (ip, admin, earlier, others) =>
      `Перший запит з ${ip} для ${admin} у завантаженому діапазоні (раніше: ${earlier}${
        others ? ` та ще ${n(others)} ${p(others, { one: 'IP-адреса', few: 'IP-адреси', many: 'IP-адрес', other: 'IP-адреси' })}` : ''
      })`,
    burstReason: (count, admin, window) =>
      `${n(count)} ${p(count, { one: 'змінювальний запит', few: 'змінювальні запити', many: 'змінювальних запитів', other: 'змінювального запиту' })} від ${admin} протягом ${window}`,
    burstWindow: { second: (value) => `${n(value)} с`, minute: (value) => `${n(value)} хв` },
  },
  errors: {
    unauthorized: ({ detail }) => `Ваш сеанс завершився${paren(detail)}. Увійдіть знову, щоб переглянути журнал.`,
    forbidden: ({ detail }) => `У вас немає дозволу переглядати журнал сеансів адміністраторів${paren(detail)}.`,
    'not-found': ({ detail }) =>
      `Адресу журналу сеансів не знайдено (404)${paren(detail)}. Перевірте атрибут endpoint.`,
    'rate-limited': ({ detail, retryAfter }) =>
      `Сервер отримує забагато запитів${paren(detail)}.${retryAfter === null ? '' : ` Повтор через ${n(retryAfter)} с.`}`,
    server: ({ status, detail, retryAfter }) =>
      `Серверу не вдалося завантажити журнал (HTTP ${status}${detail ? `: ${detail}` : ''}).${retryAfter === null ? '' : ` Повтор через ${n(retryAfter)} с.`}`,
    network: ({ detail }) => `Не вдалося з’єднатися із сервером${paren(detail)}. Перевірте підключення.`,
    timeout: ({ timeoutSeconds, detail }) =>
      timeoutSeconds === null
        ? `Сервер не відповів вчасно${paren(detail)}.`
        : `Сервер не відповів протягом ${n(timeoutSeconds)} с${paren(detail)}.`,
    'bad-response': ({ status, detail }) =>
      status >= 300
        ? `Сервер відповів HTTP ${status}${paren(detail)}.`
        : `Відповідь сервера не є сторінкою журналу сеансів${paren(detail)}.`,
    config: ({ detail }) => `Елемент налаштовано неправильно${paren(detail)}.`,
    endpointMissing: 'Укажіть в атрибуті endpoint URL-адресу API журналу сеансів.',
    endpointNotHttp: (endpoint) => `Адреса «${endpoint}» в атрибуті endpoint не є URL-адресою http(s).`,
    endpointInvalid: (endpoint) => `Адреса «${endpoint}» в атрибуті endpoint не є дійсною URL-адресою.`,
  },
};
