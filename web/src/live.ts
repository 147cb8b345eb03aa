// The #status live region: says something to screen-reader users without moving focus.

let timer: ReturnType<typeof setTimeout> | undefined;

/** Says something to screen-reader users (clears first so a repeated message is read again). */
export function announce(message: string): void {
  const region = typeof document === 'undefined' ? null : document.getElementById('status');
  if (!region) return;
  clearTimeout(timer);
  region.textContent = '';
  timer = setTimeout(() => {
    region.textContent = message;
  }, 100);
}
