import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../pipeline/normalize/language.ts';

describe('detectLanguage', () => {
  const cases: [string, string][] = [
    [
      'Acme | Senior Backend Engineer | Remote. We are looking for an engineer to join our team and build the platform.',
      'en',
    ],
    ['【招聘】区块链后端开发工程师，熟悉 Go 和 Rust，有智能合约开发经验者优先。工作地点：上海。', 'zh'],
    ['职位：前端工程师 React / TypeScript / Node.js / Webpack / Vite，远程', 'zh'],
    ['私たちはバックエンドエンジニアを募集しています。Go と Kubernetes の経験がある方歓迎。', 'ja'],
    ['우리는 백엔드 개발자를 찾고 있습니다. 경험이 있는 분을 환영합니다.', 'ko'],
    ['Wir suchen eine Softwareentwicklerin für unser Team in Berlin. Du arbeitest mit Python und der Cloud.', 'de'],
    ['Nous recherchons un développeur pour rejoindre notre équipe à Paris. Vous travaillerez avec des données.', 'fr'],
    [
      'Buscamos un ingeniero de datos para nuestro equipo en Madrid. Trabajarás con Python y los datos del cliente.',
      'es',
    ],
    ['Python, Go', 'und'],
    ['', 'und'],
  ];
  for (const [text, want] of cases) it(`${want}: ${text.slice(0, 40)}`, () => expect(detectLanguage(text)).toBe(want));

  it('an English posting with a few Chinese characters stays English', () => {
    expect(
      detectLanguage(
        'We are hiring engineers in Shanghai (上海) to work on the data platform with our team and partners.',
      ),
    ).toBe('en');
  });
});
