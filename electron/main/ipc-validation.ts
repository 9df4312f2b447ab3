import type { ExportFormat, ExportRequest, MenuCommand, PaneLayout, PaperSize } from '../api.ts';
import { MAX_DOCUMENT_BYTES } from './document-store.ts';
import { sanitizeLayout } from './window-state.ts';

/**
 * Validators for every IPC payload. The renderer is treated as untrusted (a compromised page could
 * call the bridge with anything), so each handler runs its arguments through these first; anything
 * unexpected throws, and Electron turns the throw into a rejected promise in the renderer.
 */
export class IpcPayloadError extends Error {
  override readonly name = 'IpcPayloadError';
}

/** UTF-16 units; a 20 MB file can hold at most 20 M of them. */
export const MAX_TEXT_LENGTH = MAX_DOCUMENT_BYTES;
const MAX_NAME_LENGTH = 255;
const MAX_PATH_LENGTH = 4096;
const MAX_URL_LENGTH = 2048;
const MAX_TRACKS = 200;

const exportFormats: readonly ExportFormat[] = ['html', 'pdf', 'md', 'csv', 'json'];
const paperSizes: readonly PaperSize[] = ['a4', 'letter'];
export const menuCommands: readonly MenuCommand[] = [
  'new', 'new-from-template', 'open', 'save', 'save-as', 'revert', 'import-csv', 'import-track',
  'export-html', 'export-pdf', 'export-md', 'export-csv', 'export-json', 'find', 'replace',
  'format-document', 'toggle-preview', 'show-parity', 'show-problems', 'next-problem',
];

function fail(what: string): never {
  throw new IpcPayloadError(`Rejected a malformed request: ${what}.`);
}

export function expectArgs(args: readonly unknown[], count: number): void {
  if (args.length !== count) fail(`expected ${count} argument(s), got ${args.length}`);
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

/** A file name to suggest in a dialog: no folders, nothing that could climb out of one. */
export function fileName(value: unknown, what = 'file name'): string {
  const name = string(value, what, MAX_NAME_LENGTH);
  if (/[/\\\0]/.test(name) || name === '.' || name === '..') fail(`${what} must be a plain file name`);
  return name;
}

export function saveArgs(args: readonly unknown[]): { documentId: string | null; text: string; suggestedName: string } {
  expectArgs(args, 3);
  return { documentId: documentIdOrNull(args[0]), text: documentText(args[1]), suggestedName: fileName(args[2], 'suggested name') };
}

export function exportRequest(value: unknown): ExportRequest {
  const v = plainObject(value, 'export request', ['format', 'text', 'baseName', 'tracks', 'paper']);
  const request: ExportRequest = {
    format: oneOf(v.format, exportFormats, 'export format'),
    text: documentText(v.text),
    baseName: fileName(v.baseName, 'export name'),
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
  return { title: string(v.title, 'title', MAX_NAME_LENGTH), dirty: v.dirty, documentId: documentIdOrNull(v.documentId) };
}

export function paneLayout(value: unknown): PaneLayout {
  const v = plainObject(value, 'layout', Object.keys(typeof value === 'object' && value !== null ? value : {}));
  if (Object.keys(v).length > 16) fail('layout has too many panes');
  return sanitizeLayout(v);
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
