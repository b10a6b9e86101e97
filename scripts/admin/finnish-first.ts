// Finnish unless the editor has chosen a language in the workspace's settings. Sveltia CMS keeps
// that choice in its preferences and has no configuration option for a default; this module runs
// before the CMS module is evaluated (it is imported first), so the CMS starts in Finnish.
const prefsKey = 'sveltia-cms.prefs';
try {
  const prefs = JSON.parse(localStorage.getItem(prefsKey) ?? '{}') as {locale?: string};
  if (!prefs.locale || prefs.locale === 'auto') localStorage.setItem(prefsKey, JSON.stringify({...prefs, locale: 'fi'}));
} catch {
  // Storage blocked: the workspace follows the browser's language.
}
