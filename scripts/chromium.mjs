/**
 * The Chromium every browser run uses (e2e tests, the benchmark): Debian's package unless CHROMIUM
 * names another, with the flags measured to work on this kind of machine (../shared/notes/toolchain-facts.md).
 */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];
