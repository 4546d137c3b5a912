/**
 * The three browser engines readers use, behind one small interface so the reader scenarios in this
 * folder are written once: Chromium and Firefox through puppeteer-core (CDP and WebDriver BiDi), WebKit
 * (Safari's engine, as WebKitGTK's MiniBrowser) through W3C WebDriver with selenium-webdriver. Only
 * Debian's browsers are used; nothing is downloaded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { Builder, By, type WebDriver } from 'selenium-webdriver';
import { chromiumLaunchOptions } from '../support/browser.ts';

export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** One tab, as a scenario drives it. Selectors are CSS; `script` is an expression or an IIFE, as text. */
export interface EnginePage {
  goto(url: string): Promise<void>;
  evaluate<T>(script: string): Promise<T>;
  /** Polls `script` until it is truthy; fails naming `what` after `timeoutMs`. */
  waitFor(script: string, what: string, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  hover(selector: string): Promise<void>;
  /** Chooses the option with `value` in a <select>, as a reader does. */
  select(selector: string, value: string): Promise<void>;
  /** A touch on the element, as a finger gives it (pointerType "touch"). */
  tap(selector: string): Promise<void>;
  /** Real key presses into the focused page: `text` as typed characters. */
  type(selector: string, text: string): Promise<void>;
  /** Tab, Escape, Enter... */
  press(key: 'Tab' | 'Escape' | 'Enter' | 'ArrowDown' | 'ArrowRight'): Promise<void>;
  /** Sets the layout viewport's width and height in CSS pixels. */
  resize(width: number, height: number): Promise<void>;
  /** Script errors the page reported, where the driver can see them. */
  errors(): string[];
  close(): Promise<void>;
}

export interface Engine {
  name: EngineName;
  /** Why this engine cannot run on this machine, or null when it can. */
  missing(): string | null;
  /** What this engine's driver cannot do here, by scenario need, with the reason. */
  limits: { touch?: string };
  /** Opens a browser; `javaScript: false` opens one that runs no page script. */
  open(options?: { javaScript?: boolean }): Promise<{ page(): Promise<EnginePage>; close(): Promise<void> }>;
}

const chromiumPath = () => chromiumLaunchOptions().executablePath;
const FIREFOX = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env['WEBKIT_DRIVER_PATH'] ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env['MINIBROWSER_PATH'] ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Seen on WebKitGTK 2.50: a W3C touch pointer's actions reach the page as pointerType "mouse". */
const WEBKIT_TOUCH_LIMIT = "WebKitGTK's WebDriver delivers W3C touch actions as mouse input (pointerType \"mouse\"), so a tap cannot be told from a click";

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function poll(check: () => Promise<unknown>, what: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

const keyCodes = { Tab: '\uE004', Escape: '\uE00C', Enter: '\uE007', ArrowDown: '\uE015', ArrowRight: '\uE014' } as const;

function puppeteerPage(page: PuppeteerPage): EnginePage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: <T>(script: string) => page.evaluate(script) as Promise<T>,
    waitFor: (script, what, timeoutMs = 15_000) => poll(() => page.evaluate(script), what, timeoutMs),
    click: (selector) => page.click(selector),
    hover: (selector) => page.hover(selector),
    select: async (selector, value) => void (await page.select(selector, value)),
    tap: async (selector) => {
      // The middle of the element's first line box: a link that wraps has nothing of its own at the
      // middle of its bounding box.
      const point = await page.$eval(selector, (el) => {
        el.scrollIntoView({ block: 'center' });
        const line = el.getClientRects()[0];
        return line ? { x: line.left + line.width / 2, y: line.top + line.height / 2 } : null;
      });
      if (!point) throw new Error(`${selector} has no box to tap`);
      await page.touchscreen.tap(point.x, point.y);
    },
    type: async (selector, text) => {
      await page.focus(selector);
      await page.keyboard.type(text);
    },
    press: (key) => page.keyboard.press(key),
    resize: (width, height) => page.setViewport({ width, height }),
    errors: () => errors,
    close: () => page.close(),
  };
}

function puppeteerEngine(name: 'chromium' | 'firefox'): Engine {
  const executablePath = name === 'chromium' ? chromiumPath() : FIREFOX;
  return {
    name,
    limits: {},
    missing: () => (executablePath && existsSync(executablePath) ? null : `no ${name} binary (${executablePath ?? 'set CHROME_PATH'})`),
    async open({ javaScript = true } = {}) {
      if (!executablePath) throw new Error(`no ${name} binary`);
      const browser: PuppeteerBrowser =
        name === 'chromium'
          ? await puppeteer.launch({ browser: 'chrome', executablePath, headless: true, args: chromiumLaunchOptions().args ?? [] })
          : await puppeteer.launch({
              browser: 'firefox',
              executablePath,
              headless: true,
              extraPrefsFirefox: { 'javascript.enabled': javaScript },
            });
      return {
        async page() {
          const page = await browser.newPage();
          if (!javaScript && name === 'chromium') await page.setJavaScriptEnabled(false);
          await page.setViewport({ width: 1280, height: 900 });
          return puppeteerPage(page);
        },
        close: () => browser.close(),
      };
    },
  };
}

/** A free TCP port on loopback, for WebKitWebDriver. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** An X display for MiniBrowser, which has no headless mode: Xvfb on the first free display number. */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const display = await new Promise<string>((done, fail) => {
    xvfb.stdout?.once('data', (chunk: Buffer) => done(`:${chunk.toString().trim()}`));
    xvfb.once('error', fail);
    xvfb.once('exit', (code) => fail(new Error(`Xvfb exited with ${code}`)));
  });
  return { display, process: xvfb };
}

function webdriverPage(driver: WebDriver): EnginePage {
  const element = (selector: string) => driver.findElement(By.css(selector));
  /** The window's size that gives the page a `width` × `height` viewport, whatever the window's frame takes. */
  const resize = async (width: number, height: number) => {
    await driver.manage().window().setRect({ width, height });
    const inner = await driver.executeScript<{ w: number; h: number }>('return { w: window.innerWidth, h: window.innerHeight }');
    await driver.manage().window().setRect({ width: width + (width - inner.w), height: height + (height - inner.h) });
  };
  return {
    goto: (url) => driver.get(url),
    evaluate: (script) => driver.executeScript(`return (${script})`),
    waitFor: (script, what, timeoutMs = 15_000) => poll(() => driver.executeScript(`return (${script})`), what, timeoutMs),
    click: async (selector) => (await element(selector)).click(),
    hover: async (selector) => driver.actions({ async: true }).move({ origin: await element(selector) }).perform(),
    select: async (selector, value) => (await element(`${selector} option[value="${value}"]`)).click(),
    tap: () => Promise.reject(new Error(WEBKIT_TOUCH_LIMIT)),
    type: async (selector, text) => (await element(selector)).sendKeys(text),
    press: async (key) => driver.actions({ async: true }).sendKeys(keyCodes[key]).perform(),
    resize,
    errors: () => [],
    close: async () => undefined,
  };
}

function webkitEngine(): Engine {
  return {
    name: 'webkit',
    limits: { touch: WEBKIT_TOUCH_LIMIT },
    missing: () => {
      for (const [what, path] of [['WebKitWebDriver (webkit2gtk-driver)', WEBKIT_DRIVER], ['MiniBrowser', MINIBROWSER]] as const) {
        if (!existsSync(path)) return `no ${what} at ${path}`;
      }
      return null;
    },
    async open({ javaScript = true } = {}) {
      const xvfb = process.env['DISPLAY'] ? null : await startXvfb();
      const env = { ...process.env, ...(xvfb && { DISPLAY: xvfb.display }) };
      const port = await freePort();
      const driverProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`], { env, stdio: 'ignore' });
      await poll(() => fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok), 'WebKitWebDriver to start', 20_000);
      const args = ['--automation', ...(javaScript ? [] : ['--enable-javascript-markup=false'])];
      const sessions: WebDriver[] = [];
      const quit = async () => {
        for (const session of sessions) await session.quit().catch(() => undefined);
        driverProcess.kill();
        xvfb?.process.kill();
      };
      return {
        async page() {
          const driver = await new Builder()
            .usingServer(`http://127.0.0.1:${port}`)
            .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args } })
            .build();
          sessions.push(driver);
          const page = webdriverPage(driver);
          await page.resize(1280, 900);
          return page;
        },
        close: quit,
      };
    },
  };
}

export const ENGINES: Engine[] = [puppeteerEngine('chromium'), puppeteerEngine('firefox'), webkitEngine()];
