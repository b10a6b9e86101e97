import {IslandScript} from './IslandScript';

/**
 * The page's permanent address as text, which works everywhere. The copy-link island shows the
 * button where the browser can copy to the clipboard, and says so in the status line when it has.
 */
export function CopyLink({url, addressLabel, buttonLabel, copiedLabel}: {url: string; addressLabel: string; buttonLabel: string; copiedLabel: string}) {
  return (
    <div
      data-island="copy-link"
      data-copied={copiedLabel}
      className="no-print mt-xl flex flex-wrap items-center gap-xs border-t border-depth-light1 pt-s text-body-text-small"
    >
      <IslandScript name="copy-link" />
      <span className="font-semibold">{addressLabel}</span>
      <code className="break-all">{url}</code>
      <button
        type="button"
        hidden
        className="rounded-basic border border-highlight-base px-xs py-inset-xs font-semibold text-highlight-base hover:bg-highlight-light4"
      >
        {buttonLabel}
      </button>
      <span role="status" className="text-success-dark1" />
    </div>
  );
}
