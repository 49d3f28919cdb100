/** Adds or removes a custom state (`:state(name)` in CSS); browsers without custom states simply get none. */
export function setCustomState(internals: ElementInternals, name: string, on: boolean): void {
  try {
    if (on) internals.states.add(name);
    else internals.states.delete(name);
  } catch {
    // No CustomStateSet here: nothing to style by.
  }
}
