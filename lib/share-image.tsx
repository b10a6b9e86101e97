import fs from 'node:fs/promises';
import path from 'node:path';
import {ImageResponse} from 'next/og';
import {suomifiDesignTokens as tokens} from 'suomifi-design-tokens';

// Share images (Open Graph, Twitter cards), drawn at build time in the Suomi.fi colours with the
// self-hosted Source Sans 3: nothing is fetched.
export const shareImageSize = {width: 1200, height: 630};

const font = (weight: number) =>
  fs.readFile(path.join(process.cwd(), `node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff`));

export async function shareImage({site, kicker, title, detail}: {site: string; kicker?: string; title: string; detail?: string}) {
  const [regular, semibold] = await Promise.all([font(400), font(600)]);
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: 72,
          background: tokens.colors.brandBase,
          color: tokens.colors.whiteBase,
          fontFamily: 'Source Sans 3'
        }}
      >
        <div style={{display: 'flex', fontSize: 36, fontWeight: 600}}>{site}</div>
        <div style={{display: 'flex', flexDirection: 'column'}}>
          {kicker ? <div style={{display: 'flex', fontSize: 34, marginBottom: 12}}>{kicker}</div> : null}
          <div style={{display: 'flex', fontSize: title.length > 60 ? 60 : 76, fontWeight: 600, lineHeight: 1.1}}>{title}</div>
          {detail ? <div style={{display: 'flex', fontSize: 34, marginTop: 24}}>{detail}</div> : null}
        </div>
        <div style={{display: 'flex', height: 12, width: 240, background: tokens.colors.accentBase}} />
      </div>
    ),
    {
      ...shareImageSize,
      fonts: [
        {name: 'Source Sans 3', data: regular, weight: 400, style: 'normal'},
        {name: 'Source Sans 3', data: semibold, weight: 600, style: 'normal'}
      ]
    }
  );
}
