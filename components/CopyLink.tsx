'use client';

import {useEffect, useState} from 'react';

/**
 * The page's permanent address as text, which works everywhere; where the browser can copy to
 * the clipboard, a button does it and says so to screen readers too.
 */
export function CopyLink({url, addressLabel, buttonLabel, copiedLabel}: {url: string; addressLabel: string; buttonLabel: string; copiedLabel: string}) {
  const [canCopy, setCanCopy] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setCanCopy(typeof navigator !== 'undefined' && navigator.clipboard !== undefined), []);
  return (
    <div data-pagefind-ignore="all" className="no-print mt-xl flex flex-wrap items-center gap-xs border-t border-depth-light1 pt-s text-body-text-small">
      <span className="font-semibold">{addressLabel}</span>
      <code className="break-all">{url}</code>
      {canCopy ? (
        <button
          type="button"
          className="rounded-basic border border-highlight-base px-xs py-inset-xs font-semibold text-highlight-base hover:bg-highlight-light4"
          onClick={() => navigator.clipboard.writeText(url).then(() => setCopied(true))}
        >
          {buttonLabel}
        </button>
      ) : null}
      <span role="status" className="text-success-dark1">
        {copied ? copiedLabel : ''}
      </span>
    </div>
  );
}
