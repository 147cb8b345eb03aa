// A modal drawer on a <dialog>: opened with showModal() (the rest of the page is inert), focus kept
// inside (Tab and Shift+Tab wrap), Esc, the close button ([data-drawer-close]) or a click on the
// backdrop closes it; the caller puts focus back where it was.

export interface Drawer {
  /** Closes the drawer; `notify` false skips onClose (the caller is replacing it). */
  close(notify?: boolean): void;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function openDrawer(dialog: HTMLDialogElement, options: { onClose: () => void }): Drawer {
  let closed = false;

  const finish = (notify: boolean) => {
    if (closed) return;
    closed = true;
    dialog.removeEventListener('keydown', onKey);
    dialog.removeEventListener('close', onNativeClose);
    dialog.removeEventListener('click', onClick);
    if (dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
    document.documentElement.classList.remove('drawer-open');
    if (notify) options.onClose();
  };

  // Closed by the browser (Esc); a drawer taken out of the page (re-rendered) closes quietly.
  const onNativeClose = () => finish(dialog.isConnected);

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      finish(true);
      return;
    }
    if (event.key !== 'Tab') return;
    const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null || el === document.activeElement);
    if (items.length === 0) {
      event.preventDefault();
      return;
    }
    const first = items[0]!;
    const last = items.at(-1)!;
    const active = document.activeElement as HTMLElement | null;
    const inside = !!active && items.includes(active);
    if (event.shiftKey && (active === first || !inside)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !inside)) {
      event.preventDefault();
      first.focus();
    }
  };

  const onClick = (event: MouseEvent) => {
    const target = event.target as HTMLElement;
    if (target === dialog || target.closest('[data-drawer-close]')) finish(true);
  };

  dialog.addEventListener('keydown', onKey);
  dialog.addEventListener('close', onNativeClose);
  dialog.addEventListener('click', onClick);
  if (typeof dialog.showModal === 'function') {
    if (!dialog.open) dialog.showModal();
  } else {
    dialog.setAttribute('open', '');
  }
  document.documentElement.classList.add('drawer-open');
  (dialog.querySelector<HTMLElement>('h2[tabindex="-1"]') ?? dialog.querySelector<HTMLElement>(FOCUSABLE))?.focus();

  return { close: (notify = true) => finish(notify) };
}
