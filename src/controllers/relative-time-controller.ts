import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Largest unit first: a time is said in the first unit it spans one of. */
const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * `time-format="relative"`: times said as "3 min ago" (`Intl.RelativeTimeFormat`, in any language
 * the widget speaks), and a tick each minute that asks for them to be written again (`onTick`: the
 * table rewrites only its time cells). Its code comes on first use.
 */
export class RelativeTimeController implements ReactiveController {
  readonly #onTick: () => void;
  readonly #texts = new Map<string, (time: number) => string>();
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(host: ReactiveControllerHost, onTick: () => void) {
    this.#onTick = onTick;
    host.addController(this);
  }

  hostConnected(): void {
    this.#timer = setInterval(this.#onTick, 60_000);
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
  }

  /** The writer of `lang` ("3 min ago", "vor 3 Min.", "3 хв тому"): one function per language, so the table sees no change between renders. */
  text(lang: string): (time: number) => string {
    let text = this.#texts.get(lang);
    if (!text) {
      const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto', style: 'short' });
      text = (time) => {
        const ago = time - Date.now();
        const [unit, ms] = UNITS.find(([, ms]) => Math.abs(ago) >= ms) ?? UNITS[2]!;
        return format.format(Math.trunc(ago / ms), unit);
      };
      this.#texts.set(lang, text);
    }
    return text;
  }
}
