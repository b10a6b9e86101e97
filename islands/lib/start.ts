/**
 * Starts an island on every element that names it in `data-island`. The page works without it:
 * an island only adds to server-rendered HTML, takes its visible strings from that HTML, and does
 * nothing at all in a browser that lacks what it needs (`supported`).
 */
export function start(name: string, init: (root: HTMLElement) => void, supported: () => boolean = () => true): void {
  if (!supported()) return;
  const run = () => {
    for (const root of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) afterHydration(root, () => init(root));
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, {once: true});
  else run();
}

/**
 * Built pages carry no framework runtime, so an island starts at once. In development (npm run
 * dev) React still hydrates the page, and would undo changes made before it has: there, wait until
 * React has taken the element over.
 */
function afterHydration(root: HTMLElement, init: () => void, frames = 600): void {
  const hydrating = '__next_f' in self && !Object.keys(root).some((key) => key.startsWith('__reactFiber'));
  if (hydrating && frames > 0) requestAnimationFrame(() => afterHydration(root, init, frames - 1));
  else init();
}
