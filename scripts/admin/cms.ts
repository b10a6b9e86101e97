// The editors' workspace: Sveltia CMS, bundled from its npm package by scripts/build-admin.ts into
// public/admin/ (served at /admin/). It reads /admin/config.yml, which the same script writes from
// the content schemas (lib/content/cms.ts). No public page loads anything of it.
import './finnish-first';
import CMS from '@sveltia/cms';

// The site's own stylesheet in the preview pane (empty under npm run dev, which builds no CSS file).
CMS.registerPreviewStyle('/admin/preview.css');
CMS.init();
