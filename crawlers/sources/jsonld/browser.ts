/** Chromium for `render: "browser"`: playwright-core driving Debian's /usr/bin/chromium, headless. */
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function browserLaunchContext(userAgent: string) {
  return {
    launcher: chromium,
    userAgent,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true },
  };
}
