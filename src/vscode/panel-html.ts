/** The rubric panel's HTML shell: strict CSP with a fresh cryptographic nonce, theme CSS, the script. */
import * as vscode from 'vscode';

/** 128 random bits, hex: crypto.getRandomValues exists in the Node and the browser extension hosts. */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

export function localResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')];
}

export function panelHtml(webview: vscode.Webview, extensionUri: vscode.Uri, nonce: string): string {
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'panel.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'panel.css'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>Debrief rubric</title>
</head>
<body>
<section id="empty" hidden>
  <p>No answer is active. Open an answer (front matter with <code>profile:</code>, a <code>*.answer.md</code> file, or a folder with <code>.debrief.json</code>) or start a new one.</p>
  <button id="new-answer" type="button">New Answer…</button>
</section>
<main id="answer" hidden>
  <header>
    <h2 id="file"></h2>
    <label for="profile">Profile</label>
    <select id="profile"></select>
  </header>
  <p id="skipped" class="note" hidden></p>
  <h3>Rubric</h3>
  <ul id="axes"></ul>
  <h3>Findings</h3>
  <p id="no-findings" class="note" hidden>No findings.</p>
  <ul id="findings"></ul>
  <h3>Speaking time</h3>
  <p id="speaking"></p>
</main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
