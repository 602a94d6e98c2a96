// The VS Code extension: starts the tdkt language server (bundled, or the user's own `tdkt lsp`) for .tdkt files.
import { type ExtensionContext, workspace } from 'vscode';
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** The server: the user's `tdkt` command when configured, else the server bundled in the extension (offline). */
function serverOptions(context: ExtensionContext): ServerOptions {
  const command = workspace.getConfiguration('tdkt').get<string>('server.command', '').trim();
  if (command !== '')
    return { command, args: ['lsp'], transport: TransportKind.stdio, options: { shell: process.platform === 'win32' } };
  const module = context.asAbsolutePath('dist/server.mjs');
  return { run: { module, transport: TransportKind.stdio }, debug: { module, transport: TransportKind.stdio } };
}

export async function activate(context: ExtensionContext): Promise<void> {
  const lang = workspace.getConfiguration('tdkt').get<string>('lang', 'vi') === 'en' ? 'en' : 'vi';
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'tdkt' },
      { scheme: 'untitled', language: 'tdkt' },
    ],
    initializationOptions: { lang },
    // Sends `tdkt.*` settings to the server when they change (the language of messages), and tells it when a
    // .tdkt file changes on disk (an imported library edited elsewhere).
    synchronize: { configurationSection: 'tdkt', fileEvents: workspace.createFileSystemWatcher('**/*.tdkt') },
  };
  client = new LanguageClient('tdkt', 'tdkt', serverOptions(context), clientOptions);
  context.subscriptions.push(client);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
