import {start} from './lib/start';

// The permanent address stands as text; where the browser can write to the clipboard, the hidden
// button appears and copies it, and the status line says so (to screen readers too).
//   <div data-island="copy-link" data-copied="Copied">
//     <code>https://…</code> <button type="button" hidden>Copy</button> <span role="status"></span>
//   </div>
start(
  'copy-link',
  (root) => {
    const address = root.querySelector('code');
    const button = root.querySelector('button');
    const status = root.querySelector('[role="status"]');
    if (!address || !button || !status) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      status.textContent = '';
      // A build for this machine shows only the path; copy it whole, on the address the page came from.
      navigator.clipboard.writeText(new URL(address.textContent ?? '', location.href).href).then(
        () => (status.textContent = root.dataset.copied ?? ''),
        () => button.focus()
      );
    });
  },
  () => typeof navigator.clipboard?.writeText === 'function'
);
