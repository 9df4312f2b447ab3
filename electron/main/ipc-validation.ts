import { MAX_TEXT_LENGTH as CORE_MAX_TEXT_LENGTH } from '../../core/parse.ts';
import { exportFormatIds } from '../../core/render/export.ts';
import type { ExportRequest, MenuCommand, PaperSize } from '../../host-api/api.ts';
import { nativeMenuCommands } from '../../host-api/commands.ts';

/**
 * Validators for every IPC payload. The renderer is treated as untrusted (a compromised page could
 * call the bridge with anything), so each handler runs its arguments through these first; anything
 * unexpected throws, and Electron turns the throw into a rejected promise in the renderer.
 */
export class IpcPayloadError extends Error {
  override readonly name = 'IpcPayloadError';
}

/** UTF-16 units: core's own limit, so text main accepts is text core will check. */
export const MAX_TEXT_LENGTH = CORE_MAX_TEXT_LENGTH;
const MAX_NAME_LENGTH = 255;
/**
 * Titles carry the file name plus the dirty dot and app name ("• <name> — Rungs"), and names may
 * hold up to 255 characters, so the cap sits well above both.
 */
const MAX_TITLE_LENGTH = 1024;
/** A name the renderer suggests for a dialog; sanitised where it is used, so only its size is capped here. */
const MAX_SUGGESTED_NAME_LENGTH = 1024;
const MAX_PATH_LENGTH = 4096;
const MAX_URL_LENGTH = 2048;
const MAX_TRACKS = 200;

const paperSizes: readonly PaperSize[] = ['a4', 'letter'];
/** The commands the native menu may send, from the command table. */
export const menuCommands = nativeMenuCommands as readonly MenuCommand[];

function fail(what: string): never {
  throw new IpcPayloadError(`Rejected a malformed request: ${what}.`);
}

export function expectArgs(args: readonly unknown[], count: number, most = count): void {
  if (args.length < count || args.length > most) fail(`expected ${count === most ? count : `${count} to ${most}`} argument(s), got ${args.length}`);
}

export function string(value: unknown, what: string, maxLength: number, minLength = 0): string {
  if (typeof value !== 'string') fail(`${what} must be text`);
  if (value.length < minLength) fail(`${what} is empty`);
  if (value.length > maxLength) fail(`${what} is longer than ${maxLength} characters`);
  return value;
}

function plainObject(value: unknown, what: string, allowed: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`${what} must be an object`);
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) fail(`${what} must be a plain object`);
  for (const key of Object.keys(value)) if (!allowed.includes(key)) fail(`${what} has an unexpected field '${key.slice(0, 40)}'`);
  return value as Record<string, unknown>;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) fail(`${what} must be one of ${allowed.join(', ')}`);
  return value as T;
}

/** Document, recent and draft ids are ours: short and made of safe characters. */
export function opaqueId(value: unknown, what = 'id'): string {
  const id = string(value, what, 64, 1);
  if (!/^[A-Za-z0-9-]+$/.test(id)) fail(`${what} has unexpected characters`);
  return id;
}

export function documentIdOrNull(value: unknown): string | null {
  return value === null ? null : opaqueId(value, 'document id');
}

export function documentText(value: unknown): string {
  return string(value, 'document text', MAX_TEXT_LENGTH);
}

/**
 * A name the renderer suggests for a Save or Export dialog. Only text and size are checked here:
 * the name of an open file is whatever the file system allowed (`a\\b.yaml` is a fine name on
 * Linux and macOS), and a plain Save never uses it. Where it does become a dialog's default,
 * safeFileName() makes it fit the platform.
 */
export function suggestedName(value: unknown, what = 'suggested name'): string {
  return string(value, what, MAX_SUGGESTED_NAME_LENGTH);
}

/** Characters no file name may hold: / and NUL everywhere; on Windows also its reserved set and controls. */
const invalidOnPosix = /[/\0]/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what Windows refuses
const invalidOnWindows = /[<>:"/\\|?*\u0000-\u001f]/g;
const reservedOnWindows = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * Turns a suggested name into one the platform accepts as a single file name, replacing what it
 * cannot hold instead of refusing the save: a dialog default is only a suggestion the user can
 * still change, and a name with a stray character should not make saving impossible.
 */
export function safeFileName(name: string, platform: NodeJS.Platform = process.platform, fallback = 'framework'): string {
  let safe = name.replace(platform === 'win32' ? invalidOnWindows : invalidOnPosix, '_');
  // Windows drops trailing dots and spaces, and keeps device names for itself.
  if (platform === 'win32') {
    safe = safe.replace(/[. ]+$/, '');
    if (reservedOnWindows.test(safe)) safe = `_${safe}`;
  }
  safe = safe.trim();
  // Most file systems allow 255 bytes a name; leave room for an extension the dialog may add.
  while (new TextEncoder().encode(safe).length > 240) safe = Array.from(safe).slice(0, -1).join('');
  return safe === '' || safe === '.' || safe === '..' ? fallback : safe;
}

export function saveArgs(args: readonly unknown[]): { documentId: string | null; text: string; suggestedName: string } {
  expectArgs(args, 3);
  return { documentId: documentIdOrNull(args[0]), text: documentText(args[1]), suggestedName: suggestedName(args[2]) };
}

export function exportRequest(value: unknown): ExportRequest {
  const v = plainObject(value, 'export request', ['format', 'text', 'baseName', 'tracks', 'paper']);
  const request: ExportRequest = {
    format: oneOf(v.format, exportFormatIds, 'export format'),
    text: documentText(v.text),
    baseName: suggestedName(v.baseName, 'export name'),
  };
  if (v.tracks !== undefined) {
    if (!Array.isArray(v.tracks) || v.tracks.length > MAX_TRACKS) fail(`tracks must be a list of at most ${MAX_TRACKS} ids`);
    request.tracks = v.tracks.map((t: unknown) => string(t, 'track id', 200, 1));
  }
  if (v.paper !== undefined) request.paper = oneOf(v.paper, paperSizes, 'paper size');
  return request;
}

export function draftPayload(value: unknown): { draftId?: string; documentId: string | null; name: string; text: string } {
  const v = plainObject(value, 'draft', ['draftId', 'documentId', 'name', 'text']);
  return {
    ...(v.draftId === undefined ? {} : { draftId: opaqueId(v.draftId, 'draft id') }),
    documentId: documentIdOrNull(v.documentId),
    name: string(v.name, 'draft name', MAX_NAME_LENGTH),
    text: documentText(v.text),
  };
}

export function documentState(value: unknown): { title: string; dirty: boolean; documentId: string | null } {
  const v = plainObject(value, 'document state', ['title', 'dirty', 'documentId']);
  if (typeof v.dirty !== 'boolean') fail('dirty must be true or false');
  return { title: string(v.title, 'title', MAX_TITLE_LENGTH), dirty: v.dirty, documentId: documentIdOrNull(v.documentId) };
}

/** A dropped file's path, as the preload read it with webUtils: absolute, and a YAML file. */
export function droppedPath(value: unknown): string {
  const file = string(value, 'dropped file', MAX_PATH_LENGTH, 1);
  if (file.includes('\0')) fail('dropped file has a NUL character');
  if (!(file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file) || file.startsWith('\\\\'))) fail('dropped file must be an absolute path');
  return file;
}

/** Only links a browser should open: http(s) and mailto. `file:`, `javascript:` and custom schemes are refused. */
export function externalUrl(value: unknown): string {
  const raw = string(value, 'link', MAX_URL_LENGTH, 1);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    fail('link is not a valid address');
  }
  if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) fail('only http, https and mailto links can be opened');
  return url.toString();
}

export function menuCommand(value: unknown): MenuCommand {
  return oneOf(value, menuCommands, 'menu command');
}

/** The parts of an IPC event the sender check reads (IpcMainEvent and IpcMainInvokeEvent both fit). */
export interface SenderInfo {
  sender: { id: number };
  senderFrame: { url: string; parent?: unknown } | null;
}

export interface TrustedSender {
  /** The webContents ids of our own windows. */
  webContentsIds: () => readonly number[];
  /** The URL prefixes our renderer is served from (the app:// origin, or the dev server). */
  origins: readonly string[];
}

/**
 * Whether an IPC message came from our own window's top frame at our own origin. Anything else
 * (an iframe, a page that navigated away, another webContents) is refused before its payload is read.
 */
export function isTrustedSender(event: SenderInfo, trusted: TrustedSender): boolean {
  if (!trusted.webContentsIds().includes(event.sender.id)) return false;
  const frame = event.senderFrame;
  if (!frame || (frame.parent !== null && frame.parent !== undefined)) return false;
  const origin = originOf(frame.url);
  return origin !== undefined && trusted.origins.some((allowed) => originOf(allowed) === origin);
}

/**
 * scheme://host[:port]. Built by hand because the URL standard gives custom schemes such as
 * app:// an opaque 'null' origin, which would make every custom-scheme page look alike.
 */
function originOf(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    if (!url.host) return undefined;
    return `${url.protocol}//${url.host}`;
  } catch {
    return undefined;
  }
}

export function assertTrustedSender(event: SenderInfo, trusted: TrustedSender): void {
  if (!isTrustedSender(event, trusted)) throw new IpcPayloadError('Rejected a request from a page that is not the Rungs studio.');
}
